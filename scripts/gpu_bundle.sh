#!/usr/bin/env bash
# Builds here (no GPU needed) what scripts/gpu_tests.sh runs on a GPU machine, where bertc
# and the cpu programs do not run (no LLVM, OpenBLAS or other -dev packages there), in one
# folder to carry (default build/gpu_tests, ignored by git; about 10 MiB):
#   tiny_cls.cuda/, bf16.cuda/   tests/fixtures/check_step's spec compiled for --target cuda,
#                                in fp32 and with precision bf16
#   tiny_cls.cpu/                the same for the cpu target (compile_for's copy; not run there)
#   tiny_ner.cuda/               tests/fixtures/check_step_ner's spec (token classification)
#   tiny_qa.cuda/                tests/fixtures/check_step_tiny_qa's spec (question answering)
#   cpu_outputs/                 the cpu program's check-step --dropout on|off outputs for the
#                                cases tests/gpu/dropout.sh compares with the GPU's
#   bin/                         st_compare and test_rt_device_cuda (they need only libc)
# Usage: scripts/gpu_bundle.sh [BUILD_DIR [BUNDLE_DIR]]   (defaults build, build/gpu_tests)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${1:-build} bundle=${2:-build/gpu_tests}
bertc=$build/compiler/bertc
fx=tests/fixtures/check_step
for f in "$bertc" "$build/tests/st_compare" "$build/tests/test_rt_device_cuda"; do
  [ -x "$f" ] || { echo "gpu_bundle.sh: $f is missing: build the project first (scripts/test.sh)" >&2; exit 1; }
done
spec=$(sed -n 's/^#.*spec \([^ ;,)]*\.yaml\).*/\1/p' "$fx/cases.txt" | head -1)
spec=${spec:-specs/tiny_cls.yaml}
stem=$(basename "$spec" .yaml)
name=$(awk '$1 == "name:" { print $2; exit }' "$spec")
rm -rf "$bundle" && mkdir -p "$bundle/bin" "$bundle/cpu_outputs"
"$bertc" compile "$spec" --target cuda -o "$bundle/$stem.cuda"
sed 's/^precision:.*//' "$spec" >"$bundle/bf16.yaml" && echo "precision: bf16" >>"$bundle/bf16.yaml"
"$bertc" compile "$bundle/bf16.yaml" --target cuda -o "$bundle/bf16.cuda"
"$bertc" compile "$spec" -o "$bundle/$stem.cpu"
"$bertc" compile specs/tiny_ner.yaml --target cuda -o "$bundle/tiny_ner.cuda"
"$bertc" compile specs/tiny_qa.yaml --target cuda -o "$bundle/tiny_qa.cuda"
# shellcheck source=../tests/gpu/lib.sh
. tests/gpu/lib.sh # dropout_cases
for c in "${dropout_cases[@]}"; do
  read -r case steps <<<"$c"
  for dropout in on off; do
    "$bundle/$stem.cpu/$name" check-step --weights "$fx/weights.safetensors" \
      --inputs "$fx/$case.inputs.safetensors" --steps "$steps" --dropout "$dropout" \
      --out "$bundle/cpu_outputs/cpu.$case.$dropout.safetensors"
  done
done
cp "$build/tests/st_compare" "$build/tests/test_rt_device_cuda" "$bundle/bin/"
git rev-parse HEAD >"$bundle/commit.txt" 2>/dev/null || true
echo "gpu_bundle.sh: $bundle ($(du -sh "$bundle" | cut -f1)); on the GPU machine: scripts/gpu_tests.sh $bundle"
