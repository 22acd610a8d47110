# tests/cuda_emu/lib.sh — sourced by tests/cuda_emu/*.sh: compiling a spec for a target,
# building an emulated kernels module, and running a cuda program under the CUDA emulator.
# Needs: $bertc (the compiler) and $src (the source tree).
# shellcheck shell=bash disable=SC2034,SC2154 # NO_DEVICE is the sourcer's; bertc, src are set by it

skip() { echo "SKIP: $*"; exit 77; }

# The line a cuda program prints (runtime/device_cuda.h) when the driver gives it no device.
NO_DEVICE="no CUDA device found"

# compile_for TARGET SPEC DIR: bertc compile SPEC --target TARGET -o DIR, or exit: 77 when
# --target cuda cannot find libnvrtc (compiler/main.c: "--target cuda needs NVRTC ..."),
# else 1.
compile_for() {
  local target=$1 spec=$2 dir=$3
  if ! "$bertc" compile "$spec" --target "$target" -o "$dir" >"$dir.log" 2>&1; then
    if [ "$target" = cuda ] && grep -qiE "needs NVRTC|libnvrtc not found" "$dir.log"; then
      skip "cannot compile for --target cuda here: $(grep -iE -m1 "NVRTC|libnvrtc" "$dir.log")"
    fi
    echo "FAIL: bertc compile $spec --target $target failed:"; cat "$dir.log"; exit 1
  fi
}

# build_kernels CU SO [G++ OPTION...]: the emulated kernels module (emu_abi.h) of kernels.cu
# text CU: CU after emu_prelude.h, then one EMU_BODY line per __global__ function
# (emu_bodies.awk), compiled by g++ for the host (IEEE math, no fast-math flags); g++'s
# warnings are shown, not fatal (the numbers judge the code). Exits 77 without g++, 1 when
# it fails.
build_kernels() {
  local cu=$1 so=$2 emu="$src/tests/cuda_emu"
  shift 2
  command -v g++ >/dev/null || skip "no g++ to compile kernels.cu for the host"
  local bodies
  bodies=$(awk -f "$emu/emu_bodies.awk" "$cu") || { echo "FAIL: no __global__ function in $cu"; exit 1; }
  printf '#include "emu_prelude.h"\n#include "%s"\n%s\n' "$cu" "$bodies" >"$so.cpp" || exit 1
  if ! g++ -std=c++17 -O2 -fPIC -shared -Wall -Wextra -Wno-unused-parameter "$@" -I"$emu" \
       "$so.cpp" -o "$so" >"$so.log" 2>&1; then
    echo "FAIL: g++ could not compile $cu for the emulator:"; head -50 "$so.log"; exit 1
  fi
  if [ -s "$so.log" ]; then echo "g++ warnings on $cu:"; head -20 "$so.log"; fi
}

# emulate LIBEMUCUDA LIBEMUCUBLASLT KERNELS_SO: cuda programs run from now on load the
# emulated driver and cuBLASLt, and the driver the kernels module.
emulate() {
  export BERTC_LIBCUDA=$1 BERTC_LIBCUBLASLT=$2 BERTC_EMU_KERNELS=$3
  unset BERTC_CUDA_DEVICE
}

# The program a compiled spec produced: DIR/<the spec's name:>.
program_of() {
  local name
  name=$(awk '$1 == "name:" { print $2; exit }' "$1")
  echo "$2/$name"
}

# st_compare exceptions for every layer of SPEC, the rule of tests/e2e/check_step.sh: the
# attention key bias's gradient is zero in exact arithmetic (it must be tiny) and it is left
# out after N steps (Adam turns its rounding noise into +-lr steps).
key_bias_exceptions() {
  local layers l
  layers=$(awk '$1 == "num_hidden_layers:" { print $2; exit }' "$1")
  exceptions=()
  for ((l = 0; l < layers; l++)); do
    exceptions+=(--tiny "grad/bert.encoder.layer.$l.attention.self.key.bias=1e-5"
                 --skip "param/bert.encoder.layer.$l.attention.self.key.bias")
  done
}
