#!/usr/bin/env bash
# The emulated kernels module of a compiled cuda program, DIR/kernels.emu.so from
# DIR/kernels.cu (lib.sh build_kernels), which the emulated driver loads for the program in
# DIR. Run by tests/gpu/lib.sh compile_for under the emulator (lib.sh emulate).
#   kernels_beside.sh SRC DIR
set -u
src=$1 dir=$2
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
build_kernels "$dir/kernels.cu" "$dir/kernels.emu.so"
