#!/usr/bin/env bash
# A masked-LM program continues from any BERT checkpoint: tests/fixtures/hf_tiny_base (a plain
# BertModel, F16, no "bert." prefix; specs/tiny_mlm.yaml's sizes) through `convert` and
# `train --init` of a compiled tiny_mlm lists the MLM head's five tensors as newly initialised
# (the unused pooler as ignored) and writes a BertForMaskedLM that fill-mask reads.
#   mlm_init.sh BERTC SRC
set -u
tool=$1 src=$2
fx=$src/tests/fixtures
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$tool" compile "$src/specs/tiny_mlm.yaml" -o "$work/prog" >/dev/null || fail "compile"
prog=$work/prog/tiny_mlm
head_tensors=(cls.predictions.transform.dense.weight cls.predictions.transform.dense.bias
              cls.predictions.transform.LayerNorm.weight cls.predictions.transform.LayerNorm.bias
              cls.predictions.bias)
"$prog" convert --model "$fx/hf_tiny_base" --out "$work/conv" 2>"$work/err" ||
  fail "convert: $(cat "$work/err")"
for name in "${head_tensors[@]}"; do
  grep -q "newly initialized: $name" "$work/err" || fail "convert does not list $name: $(cat "$work/err")"
done
grep -q "ignored 2 tensors .*pooler.dense" "$work/err" || fail "no note on the pooler: $(cat "$work/err")"
grep -q '"BertForMaskedLM"' "$work/conv/config.json" || fail "convert: not a BertForMaskedLM config"

"$prog" train --init "$fx/hf_tiny_base" --train "$fx/mlm_train/lines.txt" --holdout 0.1 \
  --epochs 1 --threads 2 --out "$work/run" >"$work/train.txt" 2>"$work/err" ||
  fail "train --init: $(cat "$work/err")"
for name in "${head_tensors[@]}"; do
  grep -q "$name: newly initialized" "$work/train.txt" ||
    fail "train --init does not list $name: $(head -8 "$work/train.txt")"
done
grep -q '"BertForMaskedLM"' "$work/run/best/config.json" || fail "best/ is not BertForMaskedLM"
"$prog" fill-mask --model "$work/run/best" --top-k 1 "the movie was [MASK]" >"$work/fill.txt" ||
  fail "fill-mask on the trained run"
grep -q "\[MASK\] 1 of 1" "$work/fill.txt" || fail "fill-mask: $(cat "$work/fill.txt")"
echo "convert and train --init list the five cls.predictions tensors as new; fill-mask reads best/"
