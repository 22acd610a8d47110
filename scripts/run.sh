#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, compile the flagship spec
# (bert-base-multilingual-cased + 2-label head) for the CPU, then compile the tiny spec and
# run its numerical check-step against the PyTorch fixture, printing the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
bertc=build/compiler/bertc
out=${BERTC_RUN_DIR:-runs/main}
mkdir -p "$out"

echo "== bertc check specs/mbert_cls.yaml"
"$bertc" check specs/mbert_cls.yaml
echo "== bertc compile specs/mbert_cls.yaml"
"$bertc" compile specs/mbert_cls.yaml -o "$out/mbert_cls"

echo "== tiny_cls: check-step against PyTorch (tests/fixtures/check_step)"
"$bertc" compile specs/tiny_cls.yaml -o "$out/tiny_cls"
fx=tests/fixtures/check_step
"$out/tiny_cls/tiny_trainer" check-step --weights "$fx/weights.safetensors" \
  --inputs "$fx/full_b3_s20_n5.inputs.safetensors" --out "$out/check_step.safetensors" \
  --steps 5 --lr 1e-3 --strategy full
build/tests/st_compare "$out/check_step.safetensors" "$fx/full_b3_s20_n5.expected.safetensors" \
  --tol 1e-4 --skip param/bert.encoder.layer.0.attention.self.key.bias \
  --skip param/bert.encoder.layer.1.attention.self.key.bias \
  --tiny grad/bert.encoder.layer.0.attention.self.key.bias=1e-5 \
  --tiny grad/bert.encoder.layer.1.attention.self.key.bias=1e-5
echo "outputs in $out/ (program: $out/mbert_cls/nsmc_trainer, plan: $out/mbert_cls/plan.txt)"
