#!/usr/bin/env bash
# Dropout masks under the CUDA emulator: tiny_cls compiled for --target cpu and --target cuda,
# `check-step --dropout on` on the same fixture weights and inputs (Philox masks keyed by the
# program's seed and step, runtime/philox_impl.h embedded in kernels.cu, so both targets draw
# the same masks by construction): logits, loss, gradients and parameters after N steps agree
# to 1e-4 relative. To show the comparison can fail, the logits with dropout on must differ
# from those with dropout off on each target (the masks are really applied).
# Exits 77 (skipped) without libnvrtc or without g++.
#   dropout.sh BERTC ST_COMPARE SRC WORK LIBEMUCUDA LIBEMUCUBLASLT
set -u
bertc=$1 compare=$2 src=$3 work=$4 libcuda=$5 liblt=$6
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/cuda_emu/lib.sh"
fx="$src/tests/fixtures/check_step"
spec="$src/specs/tiny_cls.yaml" # the fixtures' spec (cases.txt)
rm -rf "$work" && mkdir -p "$work" || exit 1
command -v g++ >/dev/null || skip "no g++ to compile kernels.cu for the host"
compile_for cuda "$spec" "$work/cuda"
compile_for cpu "$spec" "$work/cpu"
build_kernels "$work/cuda/kernels.cu" "$work/kernels.so"
emulate "$libcuda" "$liblt" "$work/kernels.so"
key_bias_exceptions "$spec"

# step TARGET CASE STEPS DROPOUT: check-step into $work/TARGET.CASE.DROPOUT.safetensors
step() {
  local target=$1 name=$2 steps=$3 dropout=$4 prog
  local out="$work/$target.$name.$dropout"
  prog=$(program_of "$spec" "$work/$target")
  if ! "$prog" check-step --weights "$fx/weights.safetensors" --inputs "$fx/$name.inputs.safetensors" \
       --out "$out.safetensors" --steps "$steps" --dropout "$dropout" </dev/null 2>"$out.err"; then
    echo "FAIL: $target check-step --dropout $dropout on $name failed:"; cat "$out.err"; exit 1
  fi
}

# Two cases: one forward/backward on a full batch; 5 optimizer steps with a partial batch.
cases=("full_b8_s16_n0 0" "full_b3_s20_n5 5")
fail=0
for c in "${cases[@]}"; do
  read -r name steps <<<"$c"
  for target in cpu cuda; do
    step $target "$name" "$steps" on
    step $target "$name" "$steps" off
  done
  echo "== $name, $steps steps, dropout on: emulated cuda against cpu"
  "$compare" "$work/cuda.$name.on.safetensors" "$work/cpu.$name.on.safetensors" --tol 1e-4 \
    "${exceptions[@]}" || { echo "FAIL: $name: cuda and cpu differ with dropout on"; fail=1; }
  for target in cpu cuda; do
    # dropout 0.1 moves tiny_cls's logits by 15-35% of their norm; 1e-2 leaves a wide margin
    "$compare" "$work/$target.$name.on.safetensors" "$work/$target.$name.off.safetensors" \
      --only-prefix logits --tol 1e-2 >"$work/$target.$name.onoff.txt" 2>&1
    status=$?
    case $status in
      1) echo "ok: $target: dropout on changes the logits of $name: $(tail -1 "$work/$target.$name.onoff.txt")" ;;
      0) echo "FAIL: $target: --dropout on gives the logits of dropout off on $name (no mask applied?)"
         cat "$work/$target.$name.onoff.txt"; fail=1 ;;
      *) echo "FAIL: $target: st_compare exit $status"; cat "$work/$target.$name.onoff.txt"; fail=1 ;;
    esac
  done
done
echo "dropout masks under the CUDA emulator: $([ $fail = 0 ] && echo cpu and cuda agree, and the masks are applied || echo FAILED)"
exit $fail
