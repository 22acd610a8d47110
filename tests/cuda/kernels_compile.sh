#!/usr/bin/env bash
# `bertc compile SPEC --target cuda --emit-only` for one spec: kernels.cu compiles with NVRTC
# for sm_80 and sm_90, every kernel (each shared body, body_N) has resource figures for
# both, and none spills. Prints the time taken.
# Exits 77 (skipped) when libnvrtc is not found.
set -u
bertc=$1 spec=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
if ! "$bertc" compile "$spec" -o "$work/out" --target cuda --arch sm_80,sm_90 --emit-only \
    2>"$work/err"; then
  echo "FAIL: $spec does not compile for --target cuda"; cat "$work/err"; exit 1
fi
echo "time: $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') s for the emit and NVRTC (sm_80, sm_90, PTX), $(wc -c <"$work/out/kernels.cu") bytes of kernels.cu"
plan=$work/out/plan.cuda.txt
if grep -q "^cuda kernels: not compiled" "$plan"; then
  echo "SKIP: $(grep '^cuda kernels' "$plan")"; exit 77
fi
fail=0
kernels=$(grep -c '^extern "C" __global__' "$work/out/kernels.cu")
for arch in sm_80 sm_90; do
  line=$(grep -E "^  $arch +cubin" "$plan") || { echo "FAIL: no $arch cubin in plan.cuda.txt"; fail=1; continue; }
  n=$(sed -E 's/.* ([0-9]+) kernels,.*/\1/' <<<"$line")
  spill=$(sed -E 's/.*spill bytes ([0-9]+).*/\1/' <<<"$line")
  [ "$n" = "$kernels" ] || { echo "FAIL: $arch: $n kernels compiled, kernels.cu has $kernels"; fail=1; }
  [ "$spill" = 0 ] || { echo "FAIL: $arch: $spill spill bytes"; fail=1; }
  echo "ok: $line"
done
grep -qE "^  compute_80 +ptx +[1-9]" "$plan" || { echo "FAIL: no PTX fallback"; fail=1; }
# per kernel: "  NAME  sm_80-columns regs spill smem  sm_90-columns regs spill smem"
spilling=$(awk '/^  kernel /{t=1; next} t && NF==7 && ($3!=0 || $6!=0)' "$plan")
rows=$(awk '/^  kernel /{t=1; next} t && NF==7' "$plan" | wc -l)
[ "$rows" = "$kernels" ] || { echo "FAIL: $rows per-kernel lines, kernels.cu has $kernels"; fail=1; }
[ -z "$spilling" ] || { echo "FAIL: kernels that spill:"; echo "$spilling"; fail=1; }
grep -q "warning" "$work/err" && { echo "FAIL: warnings:"; cat "$work/err"; fail=1; }
[ $fail = 0 ] && echo "ok: $kernels kernels, none spills"
exit $fail
