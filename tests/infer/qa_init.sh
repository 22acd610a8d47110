#!/usr/bin/env bash
# A question-answering program starts from any BERT checkpoint: tests/fixtures/hf_tiny_base (a
# plain BertModel, F16, no "bert." prefix; specs/tiny_qa.yaml's sizes) through `convert` and
# `train --init` of a compiled tiny_qa lists the new qa_outputs.weight and qa_outputs.bias as
# newly initialised (and the unused pooler as ignored), and writes a BertForQuestionAnswering.
#   qa_init.sh BERTC SRC
set -u
tool=$1 src=$2
fx=$src/tests/fixtures
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$tool" compile "$src/specs/tiny_qa.yaml" -o "$work/prog" >/dev/null || fail "compile"
prog=$work/prog/tiny_qa

"$prog" convert --model "$fx/hf_tiny_base" --out "$work/conv" 2>"$work/err" ||
  fail "convert: $(cat "$work/err")"
for name in qa_outputs.weight qa_outputs.bias; do
  grep -q "newly initialized: $name" "$work/err" || fail "convert does not list $name: $(cat "$work/err")"
done
grep -q "ignored 2 tensors .*pooler.dense" "$work/err" || fail "no note on the pooler: $(cat "$work/err")"
grep -q '"BertForQuestionAnswering"' "$work/conv/config.json" || fail "convert: not a QA config"

"$prog" train --init "$fx/hf_tiny_base" --train "$fx/qa_train/train.json" \
  --test "$fx/qa_train/test.json" --epochs 1 --threads 2 --out "$work/run" >"$work/train.txt" \
  2>"$work/err" || fail "train --init: $(cat "$work/err")"
for name in qa_outputs.weight qa_outputs.bias; do
  grep -q "$name: newly initialized" "$work/train.txt" ||
    fail "train --init does not list $name: $(head -5 "$work/train.txt")"
done
grep -q '"BertForQuestionAnswering"' "$work/run/best/config.json" || fail "best/ is not a QA model"
"$prog" predict --model "$work/run/best" --question "Where does Alice work?" \
  --context "Alice works as a pilot at Globex." >/dev/null || fail "predict on the trained run"
echo "convert and train --init list qa_outputs.weight and qa_outputs.bias as new"
