#!/usr/bin/env bash
# On a GPU machine: the `gpu`-labelled tests (tests/gpu/*.sh and the runtime's GEMM test)
# on programs built beforehand by scripts/gpu_bundle.sh, since bertc does not run there.
# Prints one line per test and a summary; logs go to $OUT (the device tool's folder) or
# runs/gpu_tests. Exit status: 0 when every test passed.
# Usage: scripts/gpu_tests.sh [BUNDLE_DIR]   (default build/gpu_tests)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bundle=$(cd "${1:-build/gpu_tests}" && pwd) || exit 1
out=${OUT:-runs/gpu_tests}
mkdir -p "$out"
export BERTC_GPU_BUNDLE=$bundle
work=$(mktemp -d)
compare=$bundle/bin/st_compare
{
  date -u +"date %Y-%m-%dT%H:%M:%SZ"
  echo "bundle commit $(cat "$bundle/commit.txt" 2>/dev/null), tree commit $(git rev-parse HEAD 2>/dev/null)"
  nvidia-smi -L 2>&1 || true
} | tee "$out/gpu_tests.txt"
failed=0
run() { # run NAME COMMAND...
  local name=$1; shift
  local start=$SECONDS
  "$@" >"$out/$name.log" 2>&1
  local rc=$?
  local verdict=FAILED
  [ $rc = 0 ] && verdict=passed
  [ $rc = 77 ] && verdict=SKIPPED
  [ $rc = 0 ] || failed=1
  echo "$name: $verdict (exit $rc, $((SECONDS - start)) s)" | tee -a "$out/gpu_tests.txt"
}
run runtime_gemm "$bundle/bin/test_rt_device_cuda" gpu
run check_step bash tests/gpu/check_step.sh none "$compare" "$root" "$work/check_step"
run check_step_ner bash tests/gpu/check_step.sh none "$compare" "$root" "$work/check_step_ner" \
  "$root/tests/fixtures/check_step_ner"
run check_step_tiny_qa bash tests/gpu/check_step.sh none "$compare" "$root" "$work/check_step_tiny_qa" \
  "$root/tests/fixtures/check_step_tiny_qa"
run dropout bash tests/gpu/dropout.sh none "$compare" "$root" "$work/dropout"
run bf16 bash tests/gpu/bf16.sh none "$compare" "$root" "$work/bf16"
run no_device bash tests/gpu/no_device.sh none "$root" "$work/no_device"
rm -rf "$work"
echo "gpu tests: $([ $failed = 0 ] && echo all passed || echo some FAILED or SKIPPED); logs in $out" |
  tee -a "$out/gpu_tests.txt"
exit $failed
