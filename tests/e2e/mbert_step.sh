#!/usr/bin/env bash
# specs/mbert_cls.yaml (bert-base-multilingual-cased + 2 labels) compiles and links for the
# cpu target, and its program runs one check-step (and one AdamW step) with B=1, S=32 on
# HF-initialised random weights: the outputs exist with their shapes, are finite, and the
# loss of an untrained 2-label head is near ln 2. Full numerics are checked on tiny_cls.
set -u
bertc=$1 fixture=$2 compare=$3 src=$4
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
SECONDS=0
"$bertc" compile "$src/specs/mbert_cls.yaml" -o "$work/m" || exit 1
echo "compile + link: ${SECONDS} s"
"$work/m/nsmc_trainer" check-step --weights random:7 \
  --inputs "$src/tests/fixtures/mbert_step/inputs.safetensors" --out "$work/o.safetensors" \
  --steps 1 || { echo "FAIL: check-step"; exit 1; }
# Shapes and finiteness: compared against zeros of the expected shapes with no real bound.
"$fixture" "$work/shapes.safetensors" logits:f32:1x2=0 grad/classifier.weight:f32:2x768=0 \
  grad/classifier.bias:f32:2=0 grad/bert.pooler.dense.weight:f32:768x768=0 \
  grad/bert.encoder.layer.0.attention.self.query.weight:f32:768x768=0 \
  grad/bert.encoder.layer.11.output.LayerNorm.weight:f32:768=0 \
  grad/bert.embeddings.token_type_embeddings.weight:f32:2x768=0 \
  param/classifier.bias:f32:2=0 param/bert.pooler.dense.bias:f32:768=0 || exit 1
"$compare" "$work/o.safetensors" "$work/shapes.safetensors" --tol 1e30 || { echo "FAIL: shapes"; exit 1; }
"$fixture" "$work/loss.safetensors" loss:f32:=0.6931472 || exit 1
"$compare" "$work/o.safetensors" "$work/loss.safetensors" --tol 0.5 || { echo "FAIL: loss"; exit 1; }
echo "ok: mbert_cls check-step on random weights"
