#!/usr/bin/env bash
# The runtime's own GPU test under the CUDA emulator: tests/runtime/test_device_cuda.c in
# its gpu mode (device choice, image choice, zeroed and aligned allocations, copies, memset,
# launches, and bertrt_cuda_gemm against a naive loop for both transposes, every batching
# mode, alpha/beta and less aligned pointers) on the emulated driver and cuBLASLt, with
# launch_check.cu, the CUDA C++ of its PTX kernels, as the kernels module. It must run and
# pass, not skip: the emulator is its device. Then the emulator's own checks: with a body_0
# whose __syncwarp names lanes that returned, or that stores past the end of its buffer, the
# same test must die with the emulator's report of that bug.
# Exits 77 (skipped) without g++.
#   runtime.sh TEST_RT_DEVICE_CUDA SRC WORK LIBEMUCUDA LIBEMUCUBLASLT
set -u
test_bin=$1 src=$2 work=$3 libcuda=$4 liblt=$5
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
rm -rf "$work" && mkdir -p "$work" || exit 1
ulimit -c 0 # the broken kernels below abort: no core files
cu="$src/tests/cuda_emu/launch_check.cu"
build_kernels "$cu" "$work/kernels.so"
emulate "$libcuda" "$liblt" "$work/kernels.so"
BERTC_EMU_STATS=1 "$test_bin" gpu
status=$?
if [ $status = 77 ]; then echo "FAIL: test_device_cuda skipped: no device in the emulator"; exit 1; fi
[ $status = 0 ] || { echo "FAIL: test_device_cuda gpu under the emulator: exit $status"; exit 1; }

fail=0
# broken MACRO REPORT: body_0 built with -DMACRO; test_device_cuda must die printing REPORT.
broken() {
  local macro=$1 report=$2
  build_kernels "$cu" "$work/$macro.so" "-D$macro"
  BERTC_EMU_KERNELS="$work/$macro.so" "$test_bin" gpu >"$work/$macro.out" 2>&1
  local st=$?
  if [ $st != 0 ] && grep -qE "$report" "$work/$macro.out"; then
    echo "ok: $macro: exit $st, $(grep -m1 -E "$report" "$work/$macro.out")"
  else
    echo "FAIL: $macro: exit $st without the emulator's report /$report/:"
    tail -5 "$work/$macro.out"; fail=1
  fi
}
broken BREAK_BARRIER "^emulated device: __syncwarp with mask 0xffffffff, but lane 16 has returned .* in body_0"
broken BREAK_BOUNDS "^emulated device: segmentation fault at .* past the end of the allocation of 4000 bytes .* in body_0"
exit $fail
