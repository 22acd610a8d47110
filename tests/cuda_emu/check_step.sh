#!/usr/bin/env bash
# The cuda target's whole program path without a GPU: tiny_cls compiled with --target cuda,
# its generated host code and the real runtime (runtime/device_cuda.c) on the emulated
# driver and cuBLASLt (fake_cuda.c, fake_cublaslt.c), its own kernels.cu compiled for the
# host (emu_prelude.h). Every case of tests/fixtures/check_step is compared with the PyTorch
# fixture exactly as tests/e2e/check_step.sh compares the cpu program's (same arguments,
# 1e-4 relative for logits, loss, every gradient and every parameter after N steps).
# Exits 77 (skipped) without libnvrtc (bertc cannot compile for cuda) or without g++.
#   check_step.sh BERTC ST_COMPARE SRC WORK LIBEMUCUDA LIBEMUCUBLASLT
set -u
bertc=$1 compare=$2 src=$3 work=$4 libcuda=$5 liblt=$6
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
fx="$src/tests/fixtures/check_step"
spec="$src/specs/tiny_cls.yaml" # the fixtures' spec (cases.txt)
rm -rf "$work" && mkdir -p "$work" || exit 1
command -v g++ >/dev/null || skip "no g++ to compile kernels.cu for the host"
compile_for cuda "$spec" "$work/cuda"
prog=$(program_of "$spec" "$work/cuda")
build_kernels "$work/cuda/kernels.cu" "$work/kernels.so"
emulate "$libcuda" "$liblt" "$work/kernels.so"
key_bias_exceptions "$spec"
fail=0 n=0
while read -r name strategy steps lr _b _s; do
  if [ -z "$name" ] || [ "${name:0:1}" = "#" ]; then continue; fi
  n=$((n + 1))
  echo "== $name ($strategy, $steps steps, lr $lr) under the CUDA emulator"
  start=$SECONDS
  if ! BERTC_EMU_STATS=1 "$prog" check-step --weights "$fx/weights.safetensors" \
       --inputs "$fx/$name.inputs.safetensors" --out "$work/$name.safetensors" \
       --steps "$steps" --lr "$lr" --strategy "$strategy" </dev/null 2>"$work/$name.err"; then
    echo "FAIL: $name: check-step failed:"; cat "$work/$name.err"; fail=1; continue
  fi
  if grep -qF "$NO_DEVICE" "$work/$name.err"; then
    echo "FAIL: $name: the program did not use the emulated driver:"; cat "$work/$name.err"
    fail=1; continue
  fi
  cat "$work/$name.err"
  "$compare" "$work/$name.safetensors" "$fx/$name.expected.safetensors" --tol 1e-4 \
    "${exceptions[@]}" || { echo "FAIL: $name"; fail=1; }
  echo "($((SECONDS - start)) s)"
done <"$fx/cases.txt"
[ "$n" -gt 0 ] || { echo "FAIL: no cases in $fx/cases.txt"; exit 1; }
echo "$n cases under the CUDA emulator, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
