#!/usr/bin/env bash
# Restructuring the compiler must not change a single bit of what its programs compute: the
# compiler and runtime of the baseline commit (tests/e2e/numerics_baseline.txt) are built from
# this checkout's git history, every spec (specs/*.yaml and the tests' extra specs) is compiled
# by both, and the two programs' check-step outputs (logits, loss, every gradient, every
# parameter after 2 AdamW steps, dropout on) must be byte-identical, for every training
# strategy the spec compiles, on the cpu target and, under the CUDA emulator, on the cuda
# target (fp32 and bf16). Weights are seeded random (check-step --weights random:SEED), the
# batch has padded rows, and each spec runs a short row in its smallest bucket and a long one
# in its largest. mBERT-sized specs (a vocabulary over 50,000) are left out: bench_base runs
# the same code at bert-base's sizes, in a fraction of the time. A change meant to alter numerics moves the baseline to its own commit.
# Exits 77 (skipped) when the baseline commit is not in this checkout's history (a shallow or
# exported tree): the test needs it to build the baseline. The baseline build is kept in
# WORK/base-COMMIT between runs.
#   numerics_unchanged.sh BERTC ST_FIXTURE SRC WORK [LIBEMUCUDA LIBEMUCUBLASLT]
set -u
bertc_new=$1 fixture=$2 src=$3 work=$4 libcuda=${5:-} liblt=${6:-}
base=$(sed -n 's/^commit \([0-9a-f]\{7,40\}\).*/\1/p' "$src/tests/e2e/numerics_baseline.txt")
[ -n "$base" ] || { echo "FAIL: no 'commit HASH' line in tests/e2e/numerics_baseline.txt"; exit 1; }
if ! git -C "$src" cat-file -e "$base^{commit}" 2>/dev/null; then
  echo "SKIP: the baseline commit $base is not in $src's git history (clone with history to run this)"
  exit 77
fi
mkdir -p "$work" || exit 1

# ---- the baseline compiler, built once per baseline commit ------------------------------------
bdir="$work/base-$base"
if [ ! -x "$bdir/build/compiler/bertc" ]; then
  rm -rf "$bdir" && mkdir -p "$bdir/src" || exit 1
  git -C "$src" archive "$base" | tar -x -C "$bdir/src" || { echo "FAIL: git archive $base"; exit 1; }
  if ! { cmake -S "$bdir/src" -B "$bdir/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
         cmake --build "$bdir/build" --target bertc -j"$(nproc)"; } >"$bdir/build.log" 2>&1; then
    echo "FAIL: the baseline $base does not build:"; tail -30 "$bdir/build.log"; exit 1
  fi
fi
bertc_base="$bdir/build/compiler/bertc"

# ---- the cases --------------------------------------------------------------------------------
# shellcheck source=SCRIPTDIR/../cuda_emu/lib.sh
bertc=$bertc_new . "$src/tests/cuda_emu/lib.sh"
fail=0 cases=0
yaml_value() { awk -v k="$1:" '$1 == k { sub(/#.*/, ""); sub(/^[^:]*:[ \t]*/, ""); print; exit }' "$2"; }

# inputs SPEC OUT: one batch of at most 3 rows, the first S_short tokens long and padded
# (smallest bucket), or S_long (largest bucket) with rows padded to different lengths.
make_inputs() {
  local spec=$1 out=$2 S=$3 B V C labels mask
  B=$(yaml_value batch_size "$spec") V=$(yaml_value vocab_size "$spec")
  [ "$B" -gt 3 ] && B=3
  labels=$(yaml_value labels "$spec" | tr -cd ',' | wc -c) C=$((labels + 1))
  mask=$(awk -v B="$B" -v S="$S" 'BEGIN { for (r = 0; r < B; r++) for (c = 0; c < S; c++)
    printf "%s%d", r || c ? "," : "", c < S - r * int(S / (B + 1)) }')
  # the head's labels: a class per row or per token; start and end tokens (QA); for the
  # masked LM a token at every 8th unpadded position and -100 elsewhere (under the spec's
  # bound on masked rows), and for pretraining a next-sentence label per row as well
  local labels_arg
  case $(yaml_value type "$spec") in
    token_classification) labels_arg=("labels:i32:${B}x$S=rand:8:0:$C") ;;
    question_answering)
      labels_arg=("start_positions:i32:$B=rand:8:0:$S" "end_positions:i32:$B=rand:10:0:$S") ;;
    masked_lm | pretraining)
      labels_arg=("labels:i32:${B}x$S=$(awk -v B="$B" -v S="$S" -v V="$V" 'BEGIN {
        for (r = 0; r < B; r++) for (c = 0; c < S; c++)
          printf "%s%d", r || c ? "," : "",
            c % 8 == 1 && c < S - r * int(S / (B + 1)) ? (r * 31 + c * 17) % V : -100 }')")
      [ "$(yaml_value type "$spec")" = pretraining ] &&
        labels_arg+=("next_sentence_label:i32:$B=rand:12:0:2") ;;
    *) labels_arg=("labels:i32:$B=rand:8:0:$C") ;;
  esac
  "$fixture" "$out" "input_ids:i32:${B}x$S=rand:7:0:$V" "attention_mask:i32:${B}x$S=$mask" \
    "token_type_ids:i32:${B}x$S=rand:9:0:2" "${labels_arg[@]}"
}

# run_both NAME TARGET SPEC: compile SPEC with both compilers, check-step every case, compare.
run_both() {
  local name=$1 target=$2 spec=$3 d="$work/$1" s strategies buckets
  rm -rf "$d" && mkdir -p "$d" || exit 1
  # a spec the baseline's compiler rejects (a head added since) has nothing to compare with
  if ! "$bertc_base" compile "$spec" --target "$target" --arch none -o "$d/probe" --emit-only \
       >"$d/probe.log" 2>&1; then
    echo "note: $name: the baseline compiler rejects $(basename "$spec") (new since $base): not compared"
    return
  fi
  bertc=$bertc_base compile_for "$target" "$spec" "$d/base"
  bertc=$bertc_new compile_for "$target" "$spec" "$d/new"
  strategies=$(yaml_value strategy "$spec" | tr -d '[],')
  buckets=$(yaml_value seq_len "$spec" | tr -d '[],')
  local short long
  short=$(echo "$buckets" | awk '{ print $1 - 3 }') long=$(echo "$buckets" | awk '{ print $NF }')
  # QA's span softmax runs over the whole bucket: its rows are a bucket long (padded inside)
  [ "$(yaml_value type "$spec")" = question_answering ] && short=$((short + 3))
  for S in $short $long; do
    make_inputs "$spec" "$d/in_s$S.safetensors" "$S" >/dev/null || exit 1
    for s in ${strategies:-full}; do
      cases=$((cases + 1))
      for side in base new; do
        if ! "$(program_of "$spec" "$d/$side")" check-step --weights random:11 \
             --inputs "$d/in_s$S.safetensors" --out "$d/$side.$s.s$S.safetensors" --steps 2 \
             --dropout on --strategy "$s" </dev/null >"$d/$side.$s.s$S.log" 2>&1; then
          echo "FAIL: $name ($side compiler): check-step $s S=$S failed:"; cat "$d/$side.$s.s$S.log"
          fail=1; continue 2
        fi
      done
      if cmp -s "$d/base.$s.s$S.safetensors" "$d/new.$s.s$S.safetensors"; then
        echo "ok: $name $s S=$S: bit-identical to $base"
      else
        echo "FAIL: $name $s S=$S: check-step outputs differ from the baseline $base's"; fail=1
      fi
    done
  done
}

for spec in "$src"/specs/*.yaml "$src/tests/cuda_emu/heads64.yaml" "$src/tests/fuse/wide_heads.yaml"; do
  [ "$(yaml_value vocab_size "$spec")" -gt 50000 ] && continue
  run_both "cpu_$(basename "$spec" .yaml)" cpu "$spec"
done

# cuda: the emulated device (tests/cuda_emu), fp32 for both heads and bf16 for one; in a
# subshell, whose exit 77 (no libnvrtc or g++) skips the cuda part only
if [ -n "$libcuda" ]; then
  sed 's/^precision:.*//' "$src/specs/tiny_cls.yaml" >"$work/tiny_cls_bf16.yaml" &&
    echo "precision: bf16" >>"$work/tiny_cls_bf16.yaml"
  (
    cases=0
    command -v g++ >/dev/null || skip "no g++ to build kernels.cu for the emulator"
    emulate "$libcuda" "$liblt" /nonexistent/kernels.so # each program's kernels.emu.so instead
    for spec in "$src/specs/tiny_cls.yaml" "$src/specs/tiny_ner.yaml" "$work/tiny_cls_bf16.yaml"; do
      run_both "cuda_$(basename "$spec" .yaml)" cuda "$spec"
    done
    echo "$cases cuda cases"
    exit $fail
  )
  case $? in
    0) ;;
    77) echo "note: the cuda cases were skipped (above)" ;;
    *) fail=1 ;;
  esac
fi
[ $cases -gt 0 ] || { echo "FAIL: no cases ran"; exit 1; }
echo "$cases cpu cases (and the cuda ones above), $([ $fail = 0 ] && echo "all bit-identical to $base" || echo "some DIFFER")"
exit $fail
