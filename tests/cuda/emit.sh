#!/usr/bin/env bash
# The cuda emit without NVRTC (--arch none): kernels.cu is byte-identical across runs,
# embeds runtime/philox_impl.h verbatim (the CPU and CUDA dropout masks come from one
# text), shares kernel bodies (each distinct one once; a launch table maps every kernel to
# its body, bases and sites; body_N the cpu target's body_N of the same kernel), writes kernels.cu, host.cuda.ll and plan.cuda.txt beside the cpu
# target's host.ll and plan.txt without touching them, and a cuda program without an
# architecture (--arch none without --emit-only) is refused with exit 2.
set -u
bertc=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
spec=$src/specs/tiny_cls.yaml
cuda() { "$bertc" compile "$spec" -o "$1" --target cuda --arch none --emit-only 2>"$work/err" ||
  { echo "FAIL: cuda emit into $1"; cat "$work/err"; fail=1; }; }

# determinism
cuda "$work/a"; cuda "$work/b"
if cmp -s "$work/a/kernels.cu" "$work/b/kernels.cu"; then echo "ok: kernels.cu is deterministic"
else echo "FAIL: two renders of kernels.cu differ"; diff "$work/a/kernels.cu" "$work/b/kernels.cu" | head; fail=1; fi

# Philox, verbatim
sed -n '/^\/\/ ---- runtime\/philox_impl.h, verbatim ----$/,/^\/\/ ---- end of runtime\/philox_impl.h ----$/p' \
  "$work/a/kernels.cu" | sed '1d;$d' >"$work/philox.h"
if cmp -s "$work/philox.h" "$src/runtime/philox_impl.h"; then echo "ok: kernels.cu embeds runtime/philox_impl.h"
else echo "FAIL: the Philox in kernels.cu is not runtime/philox_impl.h"; diff "$work/philox.h" "$src/runtime/philox_impl.h" | head; fail=1; fi
grep -q "bertrt_philox_uniform(ctx->seed, ctx->step, " "$work/a/kernels.cu" ||
  { echo "FAIL: dropout does not draw from bertrt_philox_uniform"; fail=1; }

# shared bodies: each distinct kernel once, as body_N in order of first use; the launch
# table names a body for every kernel, with as many buffer and site arguments as it takes
awk -v fail=0 '
  /^\/\/ ==== [0-9]+ bodies for [0-9]+ kernels/ { bodies = $3; kernels = $6 }
  /^body_[0-9]+\(/ {
    name = substr($0, 1, index($0, "(") - 1)
    if (name in args) { print "FAIL: " name " defined twice"; fail = 1 }
    if (name != "body_" (defined + 0)) { print "FAIL: " name " out of order"; fail = 1 }
    defined++
    args[name] = gsub(/(float|int) \*(__restrict__ )?b[0-9]+/, "&") " " gsub(/uint32_t site[0-9]+/, "&")
  }
  /^\/\/ ==== launch table/ { table = 1 }
  table && / body_[0-9]+  grid [0-9]+, block [0-9]+ / {
    for (i = 1; i <= NF; i++) if ($i ~ /^body_[0-9]+$/) name = $i
    if (!(name in args)) { print "FAIL: the table names " name ", not defined"; fail = 1 }
    if (!(name in used)) {
      if (name != "body_" (n_used + 0)) { print "FAIL: " name " first used out of order"; fail = 1 }
      used[name] = 1; n_used++
    }
    n_calls++
    if (gsub(/ b[0-9]+ [A-Z_]+\+[0-9]+/, "&") " " gsub(/ site[0-9]+ [0-9]+/, "&") != args[name]) {
      print "FAIL: arguments of " $0 " do not match " name; fail = 1
    }
  }
  END {
    if (defined != bodies || n_used != bodies || n_calls != kernels || bodies >= kernels) {
      printf "FAIL: %d bodies defined, %d used, %d calls; header: %d bodies, %d kernels\n",
        defined, n_used, n_calls, bodies, kernels; fail = 1
    } else if (!fail) printf "ok: %d kernels share %d bodies, numbered in order of first use\n", kernels, bodies
    exit fail
  }' "$work/a/kernels.cu" || fail=1
# host.cuda.ll: deterministic, and every launch it makes is the launch table's (body, grid,
# block, bases as (arena, offset), sites), every GEMM a bertrt_cuda_gemm call
if cmp -s "$work/a/host.cuda.ll" "$work/b/host.cuda.ll"; then echo "ok: host.cuda.ll is deterministic"
else echo "FAIL: two renders of host.cuda.ll differ"; fail=1; fi
awk '
  BEGIN { split("PARAMS GRADS ADAM_M ADAM_V ACTS IO", names, " "); for (i in names) arena[names[i]] = i - 1 }
  FNR == 1 { file++ }
  file == 1 && /^\/\/ [a-z0-9_]+: [0-9]+ kernels, activation peak/ { prog = substr($2, 1, length($2) - 1) }
  file == 1 && prog != "" && / body_[0-9]+  grid / {
    name = $2; sub(/:$/, "", name); sub(/__epilogue$/, "", name)
    key = prog "__" name; fn = $3; sub(/body_/, "", fn); grid = $5; sub(/,/, "", grid)
    v = fn " " grid " " $7; b = ""; s = ""
    for (i = 8; i <= NF; i++) {
      if ($i ~ /^b[0-9]+$/) { split($(i + 1), ao, "+"); b = b " " arena[ao[1]] " " ao[2]; i++ }
      else if ($i ~ /^site[0-9]+$/) { s = s " " $(i + 1); i++ }
    }
    want[key] = v " |" b " |" s; n_want++
  }
  file == 1 && /GEMM \(cuBLASLt, host code\)/ { n_gemm++ }
  file == 2 && /^@[a-z0-9_]+\.launch\.(bases|sites) = / {
    key = $1; sub(/^@/, "", key); part = key; sub(/\.launch\..*/, "", key); sub(/.*\./, "", part)
    line = $0; sub(/^[^]]*\] \[/, "", line); gsub(/i64 |,|\]/, "", line); list[key, part] = " " line
  }
  file == 2 && /^@[a-z0-9_]+\.launch = / {
    key = $1; sub(/^@/, "", key); sub(/\.launch$/, "", key)
    line = $0; sub(/.*\{ /, "", line); split(line, f, ", ")
    v = f[1] " " f[2] " " f[3]; gsub(/i64 /, "", v)
    got[key] = v " |" list[key, "bases"] " |" list[key, "sites"]
  }
  file == 2 && /call void @bertrt_cuda_run/ { n_run++ }
  file == 2 && /call void @bertrt_cuda_gemm/ { n_sgemm++ }
  END {
    bad = 0
    for (k in want) if (got[k] != want[k]) {
      if (bad++ < 5) printf "FAIL: %s launches \"%s\", the table says \"%s\"\n", k, got[k], want[k]
    }
    if (n_run != n_want || n_sgemm != n_gemm) {
      printf "FAIL: %d bertrt_cuda_run calls for %d table launches, %d sgemm calls for %d GEMMs\n", n_run, n_want, n_sgemm, n_gemm; bad++
    }
    if (!bad) printf "ok: host.cuda.ll makes the launch table'"'"'s %d launches and %d GEMM calls\n", n_want, n_gemm
    exit bad > 0
  }' "$work/a/kernels.cu" "$work/a/host.cuda.ll" || fail=1
grep -q "ctx.arena" "$work/a/kernels.cu" &&
  { echo "FAIL: a body addresses an arena (bases are arguments)"; fail=1; }

# the cpu outputs in the same directory stay as they are
"$bertc" compile "$spec" -o "$work/both" --emit-only 2>"$work/err" || { echo "FAIL: cpu emit"; cat "$work/err"; fail=1; }
cp "$work/both/host.ll" "$work/host.ll.before"; cp "$work/both/plan.txt" "$work/plan.txt.before"
touch -d '2001-01-01' "$work/both/host.ll" "$work/both/plan.txt"
cuda "$work/both"
for f in host.ll plan.txt; do
  cmp -s "$work/both/$f" "$work/$f.before" && [ "$(stat -c %Y "$work/both/$f")" = "$(date -d 2001-01-01 +%s)" ] ||
    { echo "FAIL: the cuda emit changed $f"; fail=1; }
done
cmp -s "$work/both/kernels.cu" "$work/a/kernels.cu" || { echo "FAIL: kernels.cu beside cpu outputs differs"; fail=1; }
head -c "$(stat -c %s "$work/both/plan.txt")" "$work/both/plan.cuda.txt" | cmp -s - "$work/both/plan.txt" ||
  { echo "FAIL: plan.cuda.txt does not start with plan.txt"; fail=1; }
grep -q "^cuda kernels: not compiled (--arch none)" "$work/both/plan.cuda.txt" ||
  { echo "FAIL: plan.cuda.txt does not say the kernels were not compiled"; fail=1; }
[ $fail = 0 ] && echo "ok: cuda emit leaves host.ll and plan.txt untouched"

# one schedule for both targets: a kernel with a body on both runs the same body_N in
# host.ll (its wrapper's call) and kernels.cu (the launch table)
awk '
  FNR == 1 { file++ }
  file == 1 && /^\/\/ [a-z0-9_]+: [0-9]+ kernels, activation peak/ { prog = substr($2, 1, length($2) - 1) }
  file == 1 && prog != "" && / body_[0-9]+  grid / { name = $2; sub(/:$/, "", name); cuda[prog "__" name] = $3 }
  file == 2 && /^define internal void @/ && !/@body_/ { fn = $4; sub(/^@/, "", fn); sub(/\(.*/, "", fn) }
  file == 2 && fn != "" && /call void @body_[0-9]+\(/ {
    b = $0; sub(/.*call void @/, "", b); sub(/\(.*/, "", b); cpu[fn] = b
  }
  file == 2 && /^}/ { fn = "" }
  END {
    for (k in cpu) if (k in cuda) { n++; if (cpu[k] != cuda[k] && bad++ < 5) printf "FAIL: %s runs %s on the cpu, %s on cuda\n", k, cpu[k], cuda[k] }
    if (!n) { print "FAIL: no kernel has a body on both targets"; bad++ }
    if (!bad) printf "ok: %d kernels run the same body_N on both targets\n", n
    exit bad > 0
  }' "$work/a/kernels.cu" "$work/both/host.ll" || fail=1

# refused: a cuda program without kernels (--arch none), a bad --arch
"$bertc" compile "$spec" -o "$work/full" --target cuda --arch none >"$work/out" 2>"$work/err"; rc=$?
if [ $rc != 2 ] || ! grep -q "needs at least one architecture" "$work/err" || [ -e "$work/full" ]; then
  echo "FAIL: --target cuda --arch none without --emit-only: exit $rc"; cat "$work/err"; fail=1
else echo "ok: --target cuda --arch none without --emit-only exits 2: $(head -1 "$work/err")"; fi
for arch in sm_8 sm_80,,sm_90 compute_80 ""; do
  "$bertc" compile "$spec" -o "$work/arch" --target cuda --arch "$arch" --emit-only >/dev/null 2>&1; rc=$?
  [ $rc = 2 ] && [ ! -e "$work/arch" ] || { echo "FAIL: --arch '$arch': exit $rc"; fail=1; }
done
exit $fail
