#!/usr/bin/env bash
# A program compiled for --target cuda on a machine without a usable CUDA device exits 1
# with the line runtime/device_cuda.h promises (BERTRT_NO_CUDA_DEVICE) on stderr, without
# crashing and without writing its output: check-step's --out, train's --out run folder and
# embed's --out file do not exist afterwards; time-step says the same.
# Checked everywhere, GPU or not: once with CUDA_VISIBLE_DEVICES= (the driver then reports
# no device even on a GPU machine), then as the machine is: where nvidia-smi lists a GPU,
# check-step must succeed and write its output instead.
# Exits 77 (skipped) only when the cuda program cannot be compiled here (no libnvrtc).
#   no_device.sh BERTC SRC WORK
set -u
bertc=$1 src=$2 work=$3
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/gpu/lib.sh"
rm -rf "$work" && mkdir -p "$work" || exit 1
spec="$src/specs/tiny_cls.yaml"
fx="$src/tests/fixtures"
compile_for cuda "$spec" "$work/cuda"
prog=$(program_of "$spec" "$work/cuda")
[ -x "$prog" ] || { echo "FAIL: bertc compile --target cuda did not produce $prog"; exit 1; }
fail=0

# no_device WHAT OUTPUT CMD...: CMD must exit 1, print the no-device line, leave OUTPUT absent
no_device() {
  local what=$1 output=$2; shift 2
  "$@" </dev/null >"$work/out.txt" 2>"$work/err.txt"
  local got=$?
  if [ "$got" != 1 ]; then
    echo "FAIL: $what: exit $got, expected 1"; cat "$work/err.txt"; fail=1
  elif ! grep -qF "$NO_DEVICE" "$work/err.txt"; then
    echo "FAIL: $what: stderr lacks \"$NO_DEVICE\":"; cat "$work/err.txt"; fail=1
  elif [ -n "$output" ] && [ -e "$output" ]; then
    echo "FAIL: $what: wrote $output although it could not run"; fail=1
  else
    echo "ok: $what: exit 1, $(grep -F -m1 "no CUDA device found" "$work/err.txt")"
  fi
  rm -rf "$output"
}

check_step=(check-step --weights "$fx/check_step/weights.safetensors"
            --inputs "$fx/check_step/full_b8_s16_n0.inputs.safetensors")
run_all() { # run_all LABEL ENV...: every command without a device
  local label=$1; shift
  no_device "$label check-step" "$work/cs.safetensors" \
    env "$@" "$prog" "${check_step[@]}" --out "$work/cs.safetensors"
  no_device "$label time-step" "" env "$@" "$prog" time-step --steps 1 --warmup 0
  no_device "$label train" "$work/run" \
    env "$@" "$prog" train --train "$fx/train/train.txt" --test "$fx/train/test.txt" \
    --vocab "$fx/hf_tiny/vocab.txt" --epochs 1 --out "$work/run"
  no_device "$label embed" "$work/emb.tsv" \
    env "$@" "$prog" embed --model "$fx/hf_tiny" --out "$work/emb.tsv" "a sentence"
}

run_all "CUDA_VISIBLE_DEVICES= :" CUDA_VISIBLE_DEVICES=
if nvidia-smi -L 2>/dev/null | grep -q '^GPU '; then
  echo "== a GPU is present ($(nvidia-smi -L | head -1)): check-step must run"
  if ! "$prog" "${check_step[@]}" --out "$work/cs.safetensors" </dev/null 2>"$work/err.txt"; then
    echo "FAIL: check-step on the GPU failed:"; cat "$work/err.txt"; fail=1
  elif [ ! -s "$work/cs.safetensors" ]; then
    echo "FAIL: check-step on the GPU exited 0 without writing its output"; fail=1
  else
    echo "ok: check-step ran on the GPU and wrote $(wc -c <"$work/cs.safetensors") bytes"
  fi
else
  echo "== no GPU listed by nvidia-smi: the machine as it is"
  run_all "no GPU:"
fi
exit $fail
