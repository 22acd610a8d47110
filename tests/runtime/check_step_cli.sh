#!/usr/bin/env bash
# check-step and time-step of a program linked from the hand-written descriptor
# fake_model.c: exact outputs (logits, loss, grad/* of the trainable suffix, param/* after
# N steps of the HF linear schedule, dropout off, padding to the bucket), and every input
# problem an exit 2 with an error naming the file, the tensor and expected vs found.
set -u
prog=$1 fixture=$2 compare=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
expect() { # expect CODE DESCRIPTION MESSAGE -- COMMAND...: exit CODE, MESSAGE in the output
  local want=$1 what=$2 msg=$3; shift 4
  "$@" >"$work/out" 2>&1; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/out"; fail=1
  elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$work/out"; then
    echo "FAIL: $what: output lacks \"$msg\""; cat "$work/out"; fail=1
  else echo "ok: $what"; fi
}
E=bert.embeddings.word_embeddings.weight
W="$work/w.st" I="$work/i.st"
good_w=("$E:f32:10x4=0.1" "classifier.weight:f32:2x4=1,0,0,0,2,0,0,0" "classifier.bias:f32:2=0.5,-0.5")
"$fixture" "$W" "${good_w[@]}"
"$fixture" "$I" input_ids:i64:2x3=1,2,3,4,5,6 attention_mask:i64:2x3=1,1,0,1,1,1 \
  token_type_ids:i64:2x3=0 labels:i64:2=1,0

# full, B = batch_size, S = 3 in bucket 4, 5 steps (warmup int(0.5) = 0: sum of lr 0.3)
"$fixture" "$work/want1.st" logits:f32:2x2=3.5,5.5,15.5,29.5 loss:f32:=10.5 \
  "grad/$E:f32:10x4=0.5" grad/classifier.weight:f32:2x4=7.5,0,0,0,1.5,0,0,0 \
  grad/classifier.bias:f32:2=0.5,0.5 "param/$E:f32:10x4=-0.05" \
  param/classifier.weight:f32:2x4=-1.25,0,0,0,1.55,0,0,0 param/classifier.bias:f32:2=0.35,-0.65
expect 0 "check-step full, 5 steps" "" -- "$prog" check-step --weights "$W" --inputs "$I" \
  --out "$work/out1.st" --steps 5 --lr 0.1 --strategy full
expect 0 "outputs match" "" -- "$compare" "$work/out1.st" "$work/want1.st" --tol 1e-6
expect 0 "no other outputs" "" -- "$compare" "$work/want1.st" "$work/out1.st" --tol 1e-6

# feature_extraction, B = 1 < batch_size (padded row out of the loss), S = 5 in bucket 8,
# int32 inputs, no steps: classifier gradients only, no param/*
"$fixture" "$work/i2.st" input_ids:i32:1x5=1 attention_mask:i32:1x5=1 token_type_ids:i32:1x5=0 \
  labels:i32:1=0
"$fixture" "$work/want2.st" logits:f32:1x2=5.5,9.5 loss:f32:=5.5 \
  grad/classifier.weight:f32:2x4=5,0,0,0,0,0,0,0 grad/classifier.bias:f32:2=1,0
expect 0 "check-step feature_extraction, 0 steps" "" -- "$prog" check-step --weights "$W" \
  --inputs "$work/i2.st" --out "$work/out2.st" --strategy=feature_extraction
expect 0 "outputs match" "" -- "$compare" "$work/out2.st" "$work/want2.st" --tol 1e-6
expect 0 "no other outputs" "" -- "$compare" "$work/want2.st" "$work/out2.st" --tol 1e-6

# default strategy (the first variant) and lr (the spec's 0.1); 10 steps, warmup 1:
# lr 0, then 0.1 * (10 - k) / 9: sum 0.5
"$fixture" "$work/want3.st" param/classifier.bias:f32:2=0.25,-0.75
expect 0 "check-step defaults, 10 steps" "" -- "$prog" check-step --weights "$W" --inputs "$I" \
  --out "$work/out3.st" --steps 10
expect 0 "warmup schedule" "" -- "$compare" "$work/out3.st" "$work/want3.st" --tol 1e-6

run() { "$prog" check-step --weights "$1" --inputs "$2" --out "$work/o.st" --steps 1; }
"$fixture" "$work/w_missing.st" "${good_w[@]:0:2}"
expect 2 "missing weight" "$work/w_missing.st: 1 problem with the weights:" -- run "$work/w_missing.st" "$I"
grep -qF "missing tensor 'classifier.bias' (expected F32 [2])" "$work/out" || { echo "FAIL: names it"; fail=1; }
"$fixture" "$work/w_shape.st" "$E:f32:10x4=0.1" classifier.weight:f32:4x2=0 classifier.bias:f32:2=0
expect 2 "mis-shaped weight" "tensor 'classifier.weight' is F32 [4, 2], expected F32 [2, 4]" -- \
  run "$work/w_shape.st" "$I"
"$fixture" "$work/w_extra.st" "${good_w[@]}" bert.pooler.dense.bias:f32:4=0
expect 2 "extra weight" "unexpected tensor 'bert.pooler.dense.bias' [4]" -- run "$work/w_extra.st" "$I"
"$fixture" "$work/w_dtype.st" "${good_w[@]:0:2}" classifier.bias:f64:2=0
expect 2 "float64 weight" "tensor 'classifier.bias' is F64 [2], expected F32 [2]" -- \
  run "$work/w_dtype.st" "$I"
head -c 20 "$W" >"$work/w_trunc.st"
expect 2 "truncated weights" "$work/w_trunc.st: truncated" -- run "$work/w_trunc.st" "$I"
expect 2 "no weights file" "$work/none.st: cannot open" -- run "$work/none.st" "$I"

inputs() { # inputs FILE B S [labels shape]
  "$fixture" "$1" "input_ids:i64:$2x$3=1" "attention_mask:i64:$2x$3=1" "token_type_ids:i64:$2x$3=0" \
    "labels:i64:${4:-$2}=0"
}
inputs "$work/i_b3.st" 3 4
expect 2 "B > batch_size" "inputs are [3, 4], but fake_trainer was compiled for at most batch_size 2 and seq_len 8" -- \
  run "$W" "$work/i_b3.st"
inputs "$work/i_s9.st" 2 9
expect 2 "S > largest bucket" "inputs are [2, 9]" -- run "$W" "$work/i_s9.st"
inputs "$work/i_lab.st" 2 4 2x1
expect 2 "labels shape" "labels has shape [2, 1], expected [2] (from input_ids)" -- run "$W" "$work/i_lab.st"
"$fixture" "$work/i_nolab.st" input_ids:i64:1x4=1 attention_mask:i64:1x4=1 token_type_ids:i64:1x4=0
expect 2 "missing labels" "$work/i_nolab.st: missing tensor 'labels'" -- run "$W" "$work/i_nolab.st"
"$fixture" "$work/i_float.st" input_ids:f32:1x4=1 attention_mask:i64:1x4=1 token_type_ids:i64:1x4=0 labels:i64:1=0
expect 2 "float ids" "tensor 'input_ids' is F32, expected an integer dtype" -- run "$W" "$work/i_float.st"
"$fixture" "$work/i_vocab.st" input_ids:i64:1x4=1,2,10,3 attention_mask:i64:1x4=1 token_type_ids:i64:1x4=0 labels:i64:1=0
expect 2 "id out of the vocabulary" "input_ids[0, 2] is 10, expected 0 to 9" -- run "$W" "$work/i_vocab.st"
"$fixture" "$work/i_extra.st" input_ids:i64:1x4=1 attention_mask:i64:1x4=1 token_type_ids:i64:1x4=0 labels:i64:1=0 position_ids:i64:1x4=0
expect 2 "unexpected input" "unexpected tensor 'position_ids'" -- run "$W" "$work/i_extra.st"

expect 2 "unknown strategy" "--strategy is 'gradual_unfreezing', but fake_trainer was compiled for: full, feature_extraction" -- \
  "$prog" check-step --weights "$W" --inputs "$I" --out "$work/o.st" --strategy gradual_unfreezing
expect 2 "missing --out" "check-step needs --weights, --inputs and --out" -- \
  "$prog" check-step --weights "$W" --inputs "$I"
expect 2 "bad --steps" "--steps is 'x'" -- "$prog" check-step --weights "$W" --inputs "$I" --out "$work/o.st" --steps x
expect 2 "bad --lr" "--lr is '-1'" -- "$prog" check-step --weights "$W" --inputs "$I" --out "$work/o.st" --lr -1
expect 2 "unknown option" "unknown argument '--bogus'" -- "$prog" check-step --bogus 1
expect 2 "option without a value" "--out needs a value" -- "$prog" check-step --out
expect 1 "unwritable output" "/nonexistent-dir/o.st: cannot" -- \
  "$prog" check-step --weights "$W" --inputs "$I" --out /nonexistent-dir/o.st
expect 2 "errors are prefixed" "fake_trainer: error: " -- "$prog" check-step --bogus 1

expect 0 "--help" "check-step --weights" -- "$prog" --help
grep -q "time-step" "$work/out" || { echo "FAIL: --help lists time-step"; fail=1; }
expect 0 "check-step --help" "usage: fake_trainer check-step" -- "$prog" check-step --help
expect 0 "--version" "fake_trainer" -- "$prog" --version
expect 2 "no command" "no command" -- "$prog"
expect 2 "unknown command" "unknown command 'frobnicate'" -- "$prog" frobnicate
expect 2 "bad BERTC_THREADS" "BERTC_THREADS" -- env BERTC_THREADS=zero "$prog" time-step --steps 1

expect 0 "time-step" "ms_per_step_median=" -- "$prog" time-step --steps 3 --warmup 1 --threads 2 --seq-len 5
grep -q "seq_len=8 threads=2" "$work/out" || { echo "FAIL: time-step picks bucket 8"; cat "$work/out"; fail=1; }
awk -F'loss_first=' '{ exit !($2 + 0 > 500) }' "$work/out" ||
  { echo "FAIL: time-step runs with dropout on (the fake adds 1000 to its loss)"; cat "$work/out"; fail=1; }
expect 2 "time-step --seq-len too long" "--seq-len is '9'" -- "$prog" time-step --seq-len 9
exit $fail
