# tests/cuda_emu/lib.sh — sourced by tests/cuda_emu/*.sh (and tests/train/train.sh): the GPU
# tests' helpers (tests/gpu/lib.sh: skip, compile_for, program_of, key_bias_exceptions),
# plus building an emulated kernels module and running cuda programs under the CUDA
# emulator.
# Needs: $bertc (the compiler) and $src (the source tree).
# shellcheck shell=bash disable=SC2154 # bertc, src are set by the sourcer
# shellcheck source=SCRIPTDIR/../gpu/lib.sh
. "$src/tests/gpu/lib.sh"

# build_kernels CU SO [G++ OPTION...]: the emulated kernels module (emu_abi.h) of kernels.cu
# text CU: CU after emu_prelude.h, then one EMU_BODY line per __global__ function
# (emu_bodies.awk), compiled by g++ for the host (IEEE math, no fast-math flags). Exits 77
# without g++, 1 when it fails.
build_kernels() {
  local cu=$1 so=$2 emu="$src/tests/cuda_emu"
  shift 2
  command -v g++ >/dev/null || skip "no g++ to compile kernels.cu for the host"
  {
    echo '#include "emu_prelude.h"'
    echo "#include \"$cu\""
    awk -f "$emu/emu_bodies.awk" "$cu" || return 1
  } >"$so.cpp" || { echo "FAIL: no __global__ functions found in $cu"; exit 1; }
  if ! g++ -std=c++17 -O2 -fPIC -shared -Wall -Wextra -Wno-unused-parameter -Wno-unknown-pragmas -Werror "$@" \
       -I"$emu" "$so.cpp" -o "$so" >"$so.log" 2>&1; then
    echo "FAIL: g++ could not compile $cu for the emulator:"; head -50 "$so.log"; exit 1
  fi
}

# emulate LIBEMUCUDA LIBEMUCUBLASLT KERNELS_SO: cuda programs run from now on load the
# emulated driver and cuBLASLt, and the driver the kernels module; a program that
# compile_for compiles from now on gets its own, kernels.emu.so beside it (which the driver
# prefers), so that a test may compile programs with other kernels (another precision).
emulate() {
  export BERTC_LIBCUDA=$1 BERTC_LIBCUBLASLT=$2 BERTC_EMU_KERNELS=$3
  export BERTC_AFTER_CUDA_COMPILE="bash $src/tests/cuda_emu/kernels_beside.sh $src"
  unset BERTC_CUDA_DEVICE
}
