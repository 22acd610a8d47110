#!/usr/bin/env bash
# The numerical contract on the GPU: the check-step fixtures' spec compiled for
# --target cuda, every case of tests/fixtures/check_step run on the device and compared
# with the PyTorch fixture exactly as tests/e2e/check_step.sh compares the CPU program's
# (1e-4 relative for logits, loss, every gradient and every parameter after N steps; fp32).
# Exits 77 (skipped) without libnvrtc or without a CUDA device.
#   check_step.sh BERTC ST_COMPARE SRC WORK [FIXTURE_DIR (default tests/fixtures/check_step)]
set -u
bertc=$1 compare=$2 src=$3 work=$4
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/gpu/lib.sh"
fx="${5:-$src/tests/fixtures/check_step}"
rm -rf "$work" && mkdir -p "$work" || exit 1
spec="$src/$(fixture_spec "$fx")"
compile_for cuda "$spec" "$work/cuda"
prog=$(program_of "$spec" "$work/cuda")
key_bias_exceptions "$spec"
fail=0 n=0
while read -r name strategy steps lr _b _s; do
  if [ -z "$name" ] || [ "${name:0:1}" = "#" ]; then continue; fi
  n=$((n + 1))
  echo "== $name ($strategy, $steps steps, lr $lr) on the GPU"
  if ! "$prog" check-step --weights "$fx/weights.safetensors" --inputs "$fx/$name.inputs.safetensors" \
       --out "$work/$name.safetensors" --steps "$steps" --lr "$lr" --strategy "$strategy" \
       </dev/null 2>"$work/$name.err"; then
    skip_if_no_device "$work/$name.err"
    echo "FAIL: $name: check-step failed:"; cat "$work/$name.err"; fail=1; continue
  fi
  cat "$work/$name.err"
  "$compare" "$work/$name.safetensors" "$fx/$name.expected.safetensors" --tol 1e-4 \
    "${exceptions[@]}" || { echo "FAIL: $name"; fail=1; }
done <"$fx/cases.txt"
[ "$n" -gt 0 ] || { echo "FAIL: no cases in $fx/cases.txt"; exit 1; }
echo "$n cases on the GPU, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
