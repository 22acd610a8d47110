# tests/gpu/lib.sh — sourced by tests/gpu/*.sh (and, for key_bias_exceptions, by the other
# check-step scripts): compiling for a target, and the two ways a GPU test is skipped (exit
# 77, ctest's SKIP_RETURN_CODE): no libnvrtc to compile the kernels with, or no CUDA device
# to run them on.
# Needs: $bertc (the compiler).
# shellcheck shell=bash disable=SC2034,SC2154 # NO_DEVICE and exceptions are the sourcer's; bertc is set by it

# The line a program compiled for --target cuda prints (runtime/device_cuda.h,
# BERTRT_NO_CUDA_DEVICE) when the machine has no usable CUDA device.
NO_DEVICE="no CUDA device found; this program was compiled for --target cuda; recompile with --target cpu"

skip() { echo "SKIP: $*"; exit 77; }

# The check-step cases tests/gpu/dropout.sh runs with dropout on and off ("CASE STEPS"): one
# forward/backward on a full batch; 5 optimizer steps with a partial batch.
# scripts/gpu_bundle.sh computes the cpu program's outputs for the same cases.
dropout_cases=("full_b8_s16_n0 0" "full_b3_s20_n5 5")

# compile_for TARGET SPEC DIR: bertc compile SPEC --target TARGET -o DIR, or exit: 77 when
# --target cuda cannot find libnvrtc (compiler/main.c: "--target cuda needs NVRTC ...:
# libnvrtc not found (...)"), else 1. With $BERTC_GPU_BUNDLE (a GPU machine, where bertc
# does not run: scripts/gpu_bundle.sh built the programs beforehand) DIR is a copy of the
# bundle's STEM.TARGET, STEM the spec file's name without .yaml. With
# $BERTC_AFTER_CUDA_COMPILE set (tests/cuda_emu/lib.sh emulate), that command then runs on
# each cuda program's DIR.
compile_for() {
  local target=$1 spec=$2 dir=$3
  if [ -n "${BERTC_GPU_BUNDLE:-}" ]; then
    local built="$BERTC_GPU_BUNDLE/$(basename "$spec" .yaml).$target"
    [ -d "$built" ] || { echo "FAIL: $built is not in the bundle (scripts/gpu_bundle.sh)"; exit 1; }
    rm -rf "$dir" && cp -r "$built" "$dir" || exit 1
    return
  fi
  if ! "$bertc" compile "$spec" --target "$target" -o "$dir" >"$dir.log" 2>&1; then
    if [ "$target" = cuda ] && grep -qiE "needs NVRTC|libnvrtc not found" "$dir.log"; then
      skip "cannot compile for --target cuda here: $(grep -iE -m1 "NVRTC|libnvrtc" "$dir.log")"
    fi
    echo "FAIL: bertc compile $spec --target $target failed:"; cat "$dir.log"; exit 1
  fi
  # a CUDA emulator standing in for the GPU builds the program's kernels for the host here
  if [ "$target" = cuda ] && [ -n "${BERTC_AFTER_CUDA_COMPILE:-}" ]; then
    $BERTC_AFTER_CUDA_COMPILE "$dir" || exit 1
  fi
}

# skip_if_no_device ERRFILE: exit 77 when a cuda program's stderr says there is no device.
skip_if_no_device() {
  if grep -qF "no CUDA device found" "$1"; then
    skip "no CUDA device: $(grep -F -m1 'no CUDA device found' "$1")"
  fi
}

# The spec of the check-step fixtures: "spec specs/X.yaml" in cases.txt's header comment.
fixture_spec() {
  local s
  s=$(sed -n 's/^#.*spec \([^ ;,)]*\.yaml\).*/\1/p' "$1/cases.txt" | head -1)
  echo "${s:-specs/tiny_cls.yaml}"
}

# The program a compiled spec produced: DIR/<the spec's name:>.
program_of() {
  local name
  name=$(awk '$1 == "name:" { print $2; exit }' "$1")
  echo "$2/$name"
}

# st_compare exceptions for every layer of SPEC: the attention key bias's gradient is zero
# in exact arithmetic (it must be tiny) and left out after N steps (Adam turns its rounding
# noise into +-lr steps): the same rule as tests/e2e/check_step.sh. So are those of a
# question-answering head's qa_outputs.bias and the last layer's output LayerNorm bias: each
# shifts every start (or end) logit of a row alike, which the softmax over the tokens ignores
# (tests/oracle/check_step.py span_invariant).
key_bias_exceptions() {
  local layers l
  layers=$(awk '$1 == "num_hidden_layers:" { print $2; exit }' "$1")
  exceptions=()
  for ((l = 0; l < layers; l++)); do
    exceptions+=(--tiny "grad/bert.encoder.layer.$l.attention.self.key.bias=1e-5"
                 --skip "param/bert.encoder.layer.$l.attention.self.key.bias")
  done
  if grep -q '^ *type: question_answering' "$1"; then
    local ln="bert.encoder.layer.$((layers - 1)).output.LayerNorm.bias"
    exceptions+=(--tiny "grad/qa_outputs.bias=1e-5" --skip "param/qa_outputs.bias"
                 --tiny "grad/$ln=1e-5" --skip "param/$ln")
  fi
}
