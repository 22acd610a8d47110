#!/usr/bin/env bash
# Runs one of the GPU tests (tests/gpu/*.sh) with the CUDA emulator as its GPU, so the very
# scripts a GPU machine runs check the cuda program in CI: SPEC compiled for --target cuda,
# its kernels.cu built for the host (lib.sh build_kernels), the emulated driver and cuBLASLt
# exported (lib.sh emulate), then COMMAND. Every program the test compiles from SPEC (or a
# copy differing only in precision) has that kernels.cu. A skip (77) of COMMAND is a
# failure here: the emulator is the device. Exits 77 itself without libnvrtc or g++.
#   under_emulator.sh BERTC SRC WORK LIBEMUCUDA LIBEMUCUBLASLT SPEC -- COMMAND...
set -u
bertc=$1 src=$2 work=$3 libcuda=$4 liblt=$5 spec=$6
shift 6
[ "${1:-}" = -- ] && shift
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
rm -rf "$work" && mkdir -p "$work" || exit 1
command -v g++ >/dev/null || skip "no g++ to compile kernels.cu for the host"
compile_for cuda "$spec" "$work/cuda"
build_kernels "$work/cuda/kernels.cu" "$work/kernels.so"
emulate "$libcuda" "$liblt" "$work/kernels.so"
"$@"
status=$?
if [ $status = 77 ]; then
  echo "FAIL: the test skipped under the CUDA emulator (did the program load the emulated driver?)"
  exit 1
fi
exit $status
