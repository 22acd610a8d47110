#!/usr/bin/env bash
# The pretraining tasks end to end on the synthetic text of tests/fixtures/mlm_train (made by
# make.py there): masked LM (tiny_mlm_train.yaml on lines.txt) and masked LM + next sentence
# (tiny_pretraining_train.yaml on pairs.txt). One behaviour per CASE:
#   mlm.sh setup BERTC SRC WORK     builds the vocabulary and compiles both programs
#   mlm.sh CASE  BERTC SRC WORK     runs CASE
# Every case exits non-zero on failure, naming what went wrong.
set -u
case_name=$1 tool=$2 src=$3 work=$4
fx="$src/tests/fixtures/mlm_train"
mlm="$work/mlm/tiny_mlm_train" nsp="$work/nsp/tiny_pretraining_train"
fail() { echo "FAIL: $case_name: $*"; exit 1; }
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/train/lib.sh"

if [ "$case_name" = setup ]; then
  rm -rf "$work" && mkdir -p "$work" || exit 1
  "$tool" vocab build --size 300 "$fx/lines.txt" -o "$work/vocab.txt" || exit 1
  "$tool" compile "$fx/tiny_mlm_train.yaml" -o "$work/mlm" || exit 1
  "$tool" compile "$fx/tiny_pretraining_train.yaml" -o "$work/nsp" || exit 1
  exit 0
fi
[ -x "$mlm" ] && [ -x "$nsp" ] || { echo "SKIP: the programs were not built (setup)"; exit 77; }
tmp="$work/$case_name"
rm -rf "$tmp" && mkdir -p "$tmp" || exit 1
lines=(--train "$fx/lines.txt" --holdout 0.1 --vocab "$work/vocab.txt" --threads 2)
json_number() { grep -o "\"$1\":[-0-9.e]*" "$2" | head -1 | cut -d: -f2; }
epoch_field() { grep '"type":"epoch"' "$1/metrics.jsonl" | sed -n "$3p" |
  grep -o "\"$2\":[-0-9.e]*" | cut -d: -f2; }

case $case_name in
masked_lm_trains_evaluates_and_loads_as_an_encoder)
  "$mlm" train "${lines[@]}" --out "$tmp/run" >"$tmp/train.txt" || fail "train failed"
  grep -q "train 540 sequences from 540 documents" "$tmp/train.txt" ||
    fail "$(head -1 "$tmp/train.txt")"
  grep -q "perplexity [0-9.]*" "$tmp/train.txt" || fail "the epoch line lacks the perplexity"
  for f in epoch-1/model.safetensors best/config.json best/vocab.txt state/trainer.safetensors \
           metrics.jsonl report.html; do
    [ -s "$tmp/run/$f" ] || fail "missing $f"
  done
  grep -q '"BertForMaskedLM"' "$tmp/run/best/config.json" || fail "best/ is not BertForMaskedLM"
  l1=$(epoch_field "$tmp/run" train_loss 1) l2=$(epoch_field "$tmp/run" train_loss 8)
  awk -v a="$l1" -v b="$l2" 'BEGIN { exit !(b < a - 1) }' || fail "train loss $l1 -> $l2"
  grep -q '"mlm_probability"' "$tmp/run/metrics.jsonl" || fail "metrics.jsonl lacks the masking"
  # eval on the held-out text: the same figures as the best epoch's test loss
  "$mlm" eval --model "$tmp/run/best" --data "$fx/lines.txt" --json >"$tmp/eval.json" ||
    fail "eval --json failed"
  for key in masked_tokens accuracy loss perplexity; do
    grep -q "\"$key\":" "$tmp/eval.json" || fail "eval --json lacks $key: $(cat "$tmp/eval.json")"
  done
  # the templates' words are drawn uniformly from short lists: ~0.2 is what context allows
  acc=$(json_number accuracy "$tmp/eval.json") ppl=$(json_number perplexity "$tmp/eval.json")
  awk -v a="$acc" -v p="$ppl" 'BEGIN { exit !(a > 0.12 && p < 60) }' ||
    fail "masked-token accuracy $acc, perplexity $ppl after 8 epochs (uniform: 300)"
  "$mlm" eval --model "$tmp/run/best" --data "$fx/lines.txt" >"$tmp/eval.txt" || fail "eval failed"
  grep -q "masked-token accuracy .* perplexity" "$tmp/eval.txt" || fail "$(cat "$tmp/eval.txt")"
  for section in "Masked tokens" "Masked-token accuracy per epoch" "Perplexity of the masked tokens"; do
    grep -qF "$section" "$tmp/run/report.html" || fail "report.html lacks $section"
  done
  expect 2 "fill-mask" "$mlm" predict --model "$tmp/run/best" "the [MASK] was great"
  echo "masked LM: train loss $l1 -> $l2, held-in accuracy $acc"
  ;;
pretraining_scores_next_sentences)
  "$nsp" train --train "$fx/pairs.txt" --holdout 0.2 --vocab "$work/vocab.txt" --threads 2 \
    --out "$tmp/run" >"$tmp/train.txt" || fail "train failed"
  grep -q "sentence pairs from 120 documents" "$tmp/train.txt" || fail "$(head -1 "$tmp/train.txt")"
  grep -q "next-sentence acc [0-9.]*" "$tmp/train.txt" || fail "the epoch line lacks NSP"
  grep -q '"BertForPreTraining"' "$tmp/run/best/config.json" || fail "best/ is not BertForPreTraining"
  [ "$(grep -c '"test_nsp_acc":' "$tmp/run/metrics.jsonl")" = 8 ] || fail "no test_nsp_acc per epoch"
  grep -qF "Next-sentence accuracy per epoch" "$tmp/run/report.html" || fail "report.html lacks NSP"
  "$nsp" eval --model "$tmp/run/best" --data "$fx/pairs.txt" --json >"$tmp/eval.json" ||
    fail "eval failed"
  grep -q '"next_sentence_accuracy":' "$tmp/eval.json" || fail "$(cat "$tmp/eval.json")"
  "$nsp" train --train "$fx/pairs.txt" --holdout 0.2 --vocab "$work/vocab.txt" --epochs 1 \
    --sample 50 --out "$tmp/sampled" >"$tmp/sampled.txt" || fail "train --sample failed"
  grep -q "train 50 sentence pairs drawn of" "$tmp/sampled.txt" || fail "$(head -1 "$tmp/sampled.txt")"
  expect 2 "--pack is for masked_lm programs" "$nsp" train --train "$fx/pairs.txt" \
    --holdout 0.2 --vocab "$work/vocab.txt" --pack --out "$tmp/packed"
  echo "pretraining: $(grep -o 'next-sentence acc [0-9.]*' "$tmp/train.txt" | tail -1)"
  ;;
packed_whole_word_run_resumes_bit_identical)
  "$mlm" train "${lines[@]}" --pack --whole-word-mask --out "$tmp/straight" >/dev/null ||
    fail "straight run failed"
  "$mlm" train "${lines[@]}" --pack --whole-word-mask --out "$tmp/split" --stop-after 1 \
    >/dev/null || fail "first part failed"
  "$mlm" train --resume "$tmp/split" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-2/model.safetensors" "$tmp/split/epoch-2/model.safetensors" ||
    fail "resumed weights differ"
  grep -q '"whole_word_mask"' "$tmp/split/metrics.jsonl" || fail "the settings lack the masking"
  echo "epoch-2/model.safetensors byte-identical (packed, whole-word masks)"
  ;;
sigint_mid_epoch_resumes_with_the_same_masks)
  "$mlm" train "${lines[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$mlm" train "${lines[@]}" --out "$tmp/cut" >"$tmp/cut.txt" 2>&1 &
  pid=$!
  # mid-epoch 2 (34 steps an epoch): the resumed run redraws epoch 2's masks from the seed
  for _ in $(seq 600); do
    [ "$(grep -c '"type":"step"' "$tmp/cut/metrics.jsonl" 2>/dev/null)" -ge 45 ] && break
    sleep 0.01
  done
  kill -INT "$pid"
  wait "$pid"
  [ $? = 130 ] || fail "exit after SIGINT: $(cat "$tmp/cut.txt")"
  [ -d "$tmp/cut/epoch-8" ] && fail "the run was not interrupted"
  "$mlm" train --resume "$tmp/cut" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-8/model.safetensors" "$tmp/cut/epoch-8/model.safetensors" ||
    fail "resumed weights differ"
  echo "$(grep 'interrupted' "$tmp/cut.txt"); epoch-8 byte-identical"
  ;;
encoder_fine_tunes_from_the_pretrained_run)
  "$mlm" train "${lines[@]}" --epochs 1 --out "$tmp/pre" >/dev/null || fail "pretraining failed"
  sed -e 's/name: tiny_mlm_train/name: tiny_cls_from_mlm/' -e 's/type: masked_lm/type: sequence_classification/' \
    -e 's/epochs: 8/epochs: 1/' "$fx/tiny_mlm_train.yaml" >"$tmp/cls.yaml"
  "$tool" compile "$tmp/cls.yaml" -o "$tmp/cls" >/dev/null || fail "compile the classifier"
  printf 'id\tdocument\tlabel\n' >"$tmp/cls.txt"
  awk '{ printf "%d\t%s\t%d\n", NR, $0, ($0 ~ /great|좋았다|funny|재미/) }' "$fx/lines.txt" >>"$tmp/cls.txt"
  "$tmp/cls/tiny_cls_from_mlm" train --init "$tmp/pre/best" --train "$tmp/cls.txt" \
    --test "$tmp/cls.txt" --epochs 1 --out "$tmp/ft" >"$tmp/ft.txt" 2>&1 || fail "$(cat "$tmp/ft.txt")"
  grep -q "ignored 5 tensors of pretraining heads" "$tmp/ft.txt" &&
    grep -q "classifier.weight: newly initialized" "$tmp/ft.txt" || fail "$(head -5 "$tmp/ft.txt")"
  echo "classifier from the masked-LM run: head new, encoder loaded"
  ;;
bad_inputs_are_clear_errors)
  printf 'ok line\n\xff\xfe broken\n' >"$tmp/bad.txt"
  expect 2 "bad.txt:2: expected UTF-8" "$mlm" train --train "$tmp/bad.txt" --holdout 0.5 \
    --vocab "$work/vocab.txt" --out "$tmp/r1"
  expect 2 "--mlm-probability 0.5 masks up to" "$mlm" train "${lines[@]}" --mlm-probability 0.5 \
    --out "$tmp/r2"
  expect 2 "--mlm-probability is 'x'" "$mlm" train "${lines[@]}" --mlm-probability x --out "$tmp/r3"
  : >"$tmp/empty.txt"
  expect 2 "empty.txt" "$mlm" train --train "$tmp/empty.txt" --holdout 0.5 \
    --vocab "$work/vocab.txt" --out "$tmp/r4"
  ;;
*) fail "unknown case" ;;
esac
