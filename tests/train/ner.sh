#!/usr/bin/env bash
# The token-classification task end to end on the synthetic fixtures of tests/fixtures/ner_train
# (KLUE-NER's character layout and CoNLL's word layout; made by make.py there) with
# tests/fixtures/ner_train/tiny_ner_train.yaml. One behaviour per CASE:
#   ner.sh setup BERTC SRC WORK            builds the vocabulary and compiles the program
#   ner.sh CASE  ST_COMPARE SRC WORK       runs CASE against WORK/prog/tiny_ner_train
# Every case exits non-zero on failure, naming what went wrong. With TRAIN_TARGET=cuda the
# program is compiled for --target cuda and run by the CUDA emulator (as tests/train/train.sh).
set -u
case_name=$1 tool=$2 src=$3 work=$4
fx="$src/tests/fixtures/ner_train"
prog="$work/prog/tiny_ner_train"
export LC_ALL=C.UTF-8 # ${text:start:length} counts code points
fail() { echo "FAIL: $case_name: $*"; exit 1; }
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/train/lib.sh"

if [ "$case_name" = setup ]; then
  rm -rf "$work" && mkdir -p "$work" || exit 1
  "$tool" vocab build --size 400 "$fx/train.tsv" "$fx/conll_train.txt" -o "$work/vocab.txt" || exit 1
  setup_program "$fx/tiny_ner_train.yaml"
  "$tool" compile "$src/specs/tiny_ner.yaml" -o "$work/tiny_ner" || exit 1 # for --init
  # for vocab_build_reads_the_sentences_not_the_tags: the same build on other corpus files
  printf '#!/bin/sh\nexec "%s" vocab build --size 400 "$1" "$2" -o "$3"\n' "$tool" \
    >"$work/bertc_vocab_from_text" && chmod +x "$work/bertc_vocab_from_text"
  exit 0
fi
[ -x "$prog" ] || { echo "SKIP: $prog was not built (see the setup test)"; exit 77; }
compare=$tool
tmp="$work/$case_name"
rm -rf "$tmp" && mkdir -p "$tmp" || exit 1
klue=(--train "$fx/train.tsv" --test "$fx/test.tsv" --vocab "$work/vocab.txt" --threads 2)

# json_number KEY FILE: the first number after "KEY": in FILE
json_number() { grep -o "\"$1\":[-0-9.e]*" "$2" | head -1 | cut -d: -f2; }

# check_entities JSONL: every entity's "text" is the code-point slice [start, end) of "text"
check_entities() {
  local line text n=0
  while IFS= read -r line; do
    text=$(sed 's/^{"text":"\([^"]*\)".*/\1/' <<<"$line")
    while read -r start end piece; do
      [ -n "$start" ] || continue
      [ "${text:start:end-start}" = "$piece" ] ||
        fail "entity [$start, $end) is '$piece' but the text there is '${text:start:end-start}'"
      n=$((n + 1))
    done < <(grep -o '"start":[0-9]*,"end":[0-9]*,"text":"[^"]*"' <<<"$line" |
             sed 's/"start":\([0-9]*\),"end":\([0-9]*\),"text":"\(.*\)"/\1 \2 \3/')
  done <"$1"
  [ "$n" -gt 0 ] || fail "no entities predicted in $1"
  echo "$n predicted entities are the slices their offsets name"
}

case $case_name in
train_eval_predict_and_report)
  "$prog" train "${klue[@]}" --out "$tmp/run" >"$tmp/train.txt" || fail "train failed"
  for f in epoch-1/model.safetensors epoch-3/config.json best/model.safetensors best/vocab.txt \
           state/trainer.safetensors metrics.jsonl report.html; do
    [ -s "$tmp/run/$f" ] || fail "missing $f"
  done
  m="$tmp/run/metrics.jsonl"
  grep -q '"task":"token_classification"' "$m" || fail "metrics.jsonl does not name the task"
  grep -q '"entity_scores":\[{"type":"DT"' "$m" || fail "no per-type entity scores"
  grep -q '"char_macro_f1":' "$m" || fail "no character F1"
  [ "$(grep -c '"test_f1":' "$m")" = 3 ] || fail "expected an entity F1 for each of 3 epochs"
  grep -q '"BertForTokenClassification"' "$tmp/run/best/config.json" &&
    grep -q '"B-PS": 1' "$tmp/run/best/config.json" || fail "best/config.json is not a token classifier"
  # the best epoch's F1 is the best checkpoint's, and eval reproduces it
  best=$(grep '"type":"epoch"' "$m" | sed 's/.*"test_f1":\([^,]*\),.*/\1/' | sort -g | tail -1)
  "$prog" eval --model "$tmp/run/best" --data "$fx/test.tsv" --json >"$tmp/eval.json" ||
    fail "eval --json failed"
  for key in precision recall f1 macro_f1 per_type char_macro_f1 unit_accuracy loss windowed; do
    grep -q "\"$key\":" "$tmp/eval.json" || fail "eval --json lacks $key"
  done
  [ "$(json_number f1 "$tmp/eval.json")" = "$best" ] ||
    fail "eval's F1 $(json_number f1 "$tmp/eval.json") is not the best epoch's $best"
  awk -v f="$best" 'BEGIN { exit !(f > 0.5) }' || fail "entity F1 $best after 3 epochs"
  [ "$(json_number windowed "$tmp/eval.json")" = 4 ] || fail "the 4 long test sentences are not windowed"
  "$prog" eval --model "$tmp/run/best" --data "$fx/test.tsv" >"$tmp/eval.txt" || fail "eval failed"
  grep -q "64 sentences (KLUE-NER characters; 4 in windows)" "$tmp/eval.txt" &&
    grep -q "micro avg" "$tmp/eval.txt" && grep -q "character macro F1" "$tmp/eval.txt" ||
    fail "eval text: $(cat "$tmp/eval.txt")"
  echo "eval: entity F1 $best, the best epoch's; 4 sentences in windows"
  sentences=("김민준 씨는 어제 부산에서 한빛전자 사람들을 만났다." "🙂 이서연과 박지호는 새벽신문 동료이다.")
  "$prog" predict --model "$tmp/run/best" --json "${sentences[@]}" >"$tmp/p.jsonl" || fail "predict --json"
  [ "$(wc -l <"$tmp/p.jsonl")" = 2 ] || fail "expected one JSON line per text"
  check_entities "$tmp/p.jsonl"
  printf '%s\n\n' "${sentences[0]}" | "$prog" predict --model "$tmp/run/best" >"$tmp/p.txt" ||
    fail "predict from stdin"
  [ "$(wc -l <"$tmp/p.txt")" = 2 ] && grep -q '<[^<>]*:[A-Z]*>' "$tmp/p.txt" ||
    fail "plain predictions: $(cat "$tmp/p.txt")"
  printf '%s\n' "${sentences[@]}" | "$prog" embed --model "$tmp/run/best" --similarity \
    >"$tmp/embed.txt" || fail "embed"
  grep -q "cosine similarity (mean embeddings)" "$tmp/embed.txt" || fail "embed: $(cat "$tmp/embed.txt")"
  expect 2 "has no 'pooled_output' output" "$prog" embed --model "$tmp/run/best" --pooling pooler x
  for section in "Test entity F1" "Entity scores" "Tag confusion" 'class="ent'; do
    grep -qF "$section" "$tmp/run/report.html" || fail "report.html lacks $section"
  done
  ;;
conll_words_train_and_predict)
  "$prog" train --train "$fx/conll_train.txt" --test "$fx/conll_test.txt" --vocab "$work/vocab.txt" \
    --threads 2 --out "$tmp/run" >"$tmp/train.txt" || fail "train failed"
  grep -q "160 sentences (CoNLL words" "$tmp/train.txt" || fail "$(head -1 "$tmp/train.txt")"
  "$prog" eval --model "$tmp/run/best" --data "$fx/conll_test.txt" --json >"$tmp/eval.json" || fail "eval"
  grep -q '"format":"conll"' "$tmp/eval.json" || fail "not read as CoNLL"
  grep -q '"char_macro_f1"' "$tmp/eval.json" && fail "character F1 reported for word data"
  f1=$(json_number f1 "$tmp/eval.json")
  awk -v f="$f1" 'BEGIN { exit !(f > 0.5) }' || fail "entity F1 $f1"
  "$prog" predict --model "$tmp/run/best" --units words --json "Alice Smith works for Acme Corp in Paris ." \
    >"$tmp/p.jsonl" || fail "predict --units words"
  check_entities "$tmp/p.jsonl"
  echo "CoNLL: entity F1 $f1"
  ;;
resume_is_bit_identical)
  "$prog" train "${klue[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$prog" train "${klue[@]}" --out "$tmp/split" --stop-after 1 >/dev/null || fail "first part failed"
  [ -d "$tmp/split/epoch-2" ] && fail "--stop-after 1 ran epoch 2"
  "$prog" train --resume "$tmp/split" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-3/model.safetensors" "$tmp/split/epoch-3/model.safetensors" ||
    fail "resumed weights differ"
  echo "epoch-3/model.safetensors byte-identical"
  ;;
holdout_splits_sentences_and_resumes)
  h=(--train "$fx/train.tsv" --holdout 0.25 --vocab "$work/vocab.txt" --threads 2 --epochs 2)
  "$prog" train "${h[@]}" --out "$tmp/straight" >"$tmp/train.txt" || fail "train --holdout failed"
  grep -q "train 240 sentences" "$tmp/train.txt" && grep -q "test 80;" "$tmp/train.txt" ||
    fail "320 sentences not split 240/80: $(head -1 "$tmp/train.txt")"
  grep -q '"holdout":"0.25"' "$tmp/straight/metrics.jsonl" || fail "the holdout is not recorded"
  "$prog" train "${h[@]}" --out "$tmp/split" --stop-after 1 >/dev/null || fail "first part failed"
  "$prog" train --resume "$tmp/split" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-2/model.safetensors" "$tmp/split/epoch-2/model.safetensors" ||
    fail "resumed weights differ"
  echo "240/80 split; resumed epoch-2 byte-identical"
  ;;
vocab_build_reads_the_sentences_not_the_tags)
  # the same vocabulary from the NER files as from their sentences written out as plain lines
  awk -F'\t' '/^##/ { next } NF == 0 { if (s != "") print s; s = ""; next } { s = s $1 }
       END { if (s != "") print s }' "$fx/train.tsv" >"$tmp/klue_text.txt"
  awk '/^-DOCSTART-/ { next } NF == 0 { if (s != "") print s; s = ""; next }
       { s = s == "" ? $1 : s " " $1 } END { if (s != "") print s }' "$fx/conll_train.txt" \
    >"$tmp/conll_text.txt"
  [ "$(wc -l <"$tmp/klue_text.txt")" = 320 ] && [ "$(wc -l <"$tmp/conll_text.txt")" = 160 ] ||
    fail "the fixtures' sentences were not extracted"
  "$work/bertc_vocab_from_text" "$tmp/klue_text.txt" "$tmp/conll_text.txt" "$tmp/from_text.txt" ||
    fail "vocab build on plain text"
  cmp "$work/vocab.txt" "$tmp/from_text.txt" || fail "the NER files' vocabulary differs from their text's"
  echo "vocab.txt from train.tsv + conll_train.txt == from their sentences as plain text"
  ;;
init_from_a_base_model_names_the_new_classifier)
  # specs/tiny_ner.yaml has hf_tiny_base's encoder (BertModel names, F16); its tags lack DT
  for f in train test; do sed 's/\t[BI]-DT$/\tO/' "$fx/$f.tsv" >"$tmp/$f.tsv"; done
  "$work/tiny_ner/tiny_ner" train --train "$tmp/train.tsv" --test "$tmp/test.tsv" --epochs 1 --threads 2 \
    --init "$src/tests/fixtures/hf_tiny_base" --out "$tmp/run" >"$tmp/train.txt" || fail "--init failed"
  grep -q "note: classifier.weight: newly initialized" "$tmp/train.txt" &&
    grep -q "classifier.bias: newly initialized" "$tmp/train.txt" ||
    fail "the new classifier is not listed: $(head -3 "$tmp/train.txt")"
  "$compare" "$tmp/run/epoch-1/model.safetensors" "$src/tests/fixtures/hf_tiny_base/model.safetensors" \
    --tol 1e-30 --only-prefix bert.encoder >/dev/null && fail "the encoder did not train"
  echo "encoder from hf_tiny_base, classifier listed as new"
  ;;
bad_inputs_are_clear_errors)
  sed '5s/\tI-PS$/\tI-XX/' "$fx/train.tsv" >"$tmp/bad_tag.tsv"
  sed '5s/\tI-PS$/\tO\tI-PS/' "$fx/train.tsv" >"$tmp/bad_line.tsv"
  v=(--vocab "$work/vocab.txt" --threads 2)
  expect 2 "bad_tag.tsv:5: tag 'I-XX' is not one of the head's labels" \
    "$prog" train --train "$tmp/bad_tag.tsv" --test "$fx/test.tsv" "${v[@]}" --out "$tmp/x1"
  expect 2 "bad_line.tsv:5:" "$prog" train --train "$tmp/bad_line.tsv" --test "$fx/test.tsv" "${v[@]}" --out "$tmp/x2"
  expect 2 "--holdout is '1.5', expected a fraction" \
    "$prog" train --train "$fx/train.tsv" --holdout 1.5 "${v[@]}" --out "$tmp/x3"
  expect 2 "--holdout and --test are exclusive" \
    "$prog" train --train "$fx/train.tsv" --test "$fx/test.tsv" --holdout 0.2 "${v[@]}" --out "$tmp/x4"
  expect 2 "train needs --train FILE and either --test FILE or --holdout FRACTION" \
    "$prog" train --train "$fx/train.tsv" "${v[@]}" --out "$tmp/x5"
  "$prog" train "${klue[@]}" --epochs 1 --out "$tmp/run" >/dev/null || fail "train failed"
  expect 2 "--units is 'chars', expected characters (KLUE-NER) or words (CoNLL)" \
    "$prog" predict --model "$tmp/run/best" --units chars "김민준"
  expect 2 "bad_tag.tsv:5: tag 'I-XX'" "$prog" eval --model "$tmp/run/best" --data "$tmp/bad_tag.tsv"
  ;;
*) fail "unknown case" ;;
esac
echo "PASS: $case_name"
