#!/usr/bin/env bash
# The question-answering task end to end on the synthetic SQuAD-format fixtures of
# tests/fixtures/qa_train (English and Korean paragraphs; made by make.py there) with
# tests/fixtures/qa_train/tiny_qa_train.yaml. One behaviour per CASE:
#   qa.sh setup BERTC SRC WORK            builds the vocabulary and compiles the program
#   qa.sh CASE  BERTC SRC WORK            runs CASE against WORK/prog/tiny_qa_train
# Every case exits non-zero on failure, naming what went wrong.
set -u
case_name=$1 tool=$2 src=$3 work=$4
fx="$src/tests/fixtures/qa_train"
prog="$work/prog/tiny_qa_train"
export LC_ALL=C.UTF-8 # ${text:start:length} counts code points
fail() { echo "FAIL: $case_name: $*"; exit 1; }
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/train/lib.sh"

if [ "$case_name" = setup ]; then
  rm -rf "$work" && mkdir -p "$work" || exit 1
  "$tool" vocab build --size 400 "$fx/text.txt" -o "$work/vocab.txt" || exit 1
  setup_program "$fx/tiny_qa_train.yaml"
  exit 0
fi
[ -x "$prog" ] || { echo "SKIP: $prog was not built (see the setup test)"; exit 77; }
tmp="$work/$case_name"
rm -rf "$tmp" && mkdir -p "$tmp" || exit 1
squad=(--train "$fx/train.json" --test "$fx/test.json" --vocab "$work/vocab.txt" --threads 2)

# json_number KEY FILE: the first number after "KEY": in FILE
json_number() { grep -o "\"$1\":[-0-9.e]*" "$2" | head -1 | cut -d: -f2; }
# epoch_field KEY N: KEY of epoch N in metrics.jsonl
epoch_field() { grep '"type":"epoch"' "$tmp/run/metrics.jsonl" | sed -n "$2p" |
  grep -o "\"$1\":[-0-9.e]*" | cut -d: -f2; }

case $case_name in
train_eval_and_predict)
  "$prog" train "${squad[@]}" --out "$tmp/run" >"$tmp/train.txt" || fail "train failed"
  grep -q "train 160 questions (squad; 200 windows, 16 in several), test 40" "$tmp/train.txt" ||
    fail "$(head -1 "$tmp/train.txt")"
  for f in epoch-1/model.safetensors epoch-2/config.json best/model.safetensors best/vocab.txt \
           state/trainer.safetensors metrics.jsonl report.html; do
    [ -s "$tmp/run/$f" ] || fail "missing $f"
  done
  grep -q '"BertForQuestionAnswering"' "$tmp/run/best/config.json" || fail "best/ is not a QA model"
  for section in "Exact match and F1" "Test EM and F1 per epoch" "Answer lengths and positions" \
                 "Answer length (characters)" "Answer start (share of its context)" \
                 "Sample questions" "Exact answers (" "Wrong or partial answers ("; do
    grep -qF "$section" "$tmp/run/report.html" || fail "report.html lacks $section"
  done
  # real content: the eval record's question samples and histograms, answers marked in contexts
  ev=$(grep '"type":"eval"' "$tmp/run/metrics.jsonl" | tail -1)
  [ "$(grep -o '"question":' <<<"$ev" | wc -l)" -ge 6 ] || fail "the eval record has < 6 question samples"
  grep -q '"histograms":\[{"name":"Answer length' <<<"$ev" || fail "the eval record lacks histograms"
  [ "$(grep -o '<mark class="answer' "$tmp/run/report.html" | wc -l)" -ge 6 ] &&
    [ "$(grep -o '<mark class="gold"' "$tmp/run/report.html" | wc -l)" -ge 6 ] &&
    [ "$(grep -o '<title>predicted: [1-9]' "$tmp/run/report.html" | wc -l)" -ge 2 ] ||
    fail "report.html: too few marked answers or histogram bars"
  m="$tmp/run/metrics.jsonl"
  grep -q '"task":"question_answering"' "$m" || fail "metrics.jsonl does not name the task"
  [ "$(grep -c '"test_exact_match":' "$m")" = 2 ] && [ "$(grep -c '"test_f1":' "$m")" = 2 ] ||
    fail "expected EM and F1 for each of 2 epochs"
  l1=$(epoch_field train_loss 1) l2=$(epoch_field train_loss 2)
  awk -v a="$l1" -v b="$l2" 'BEGIN { exit !(b < a) }' || fail "train loss $l1 -> $l2"
  grep -q "EM [0-9.]* F1 [0-9.]*" "$tmp/train.txt" || fail "the epoch line lacks EM and F1"
  # eval reproduces the best epoch's F1 (percent there, a fraction in metrics.jsonl)
  best=$(grep '"type":"epoch"' "$m" | sed 's/.*"test_f1":\([^,]*\),.*/\1/' | sort -g | tail -1)
  "$prog" eval --model "$tmp/run/best" --data "$fx/test.json" --json >"$tmp/eval.json" ||
    fail "eval --json failed"
  for key in exact_match f1 metric questions; do
    grep -q "\"$key\":" "$tmp/eval.json" || fail "eval --json lacks $key: $(cat "$tmp/eval.json")"
  done
  grep -q '"metric":"squad"' "$tmp/eval.json" && [ "$(json_number questions "$tmp/eval.json")" = 40 ] ||
    fail "eval --json: $(cat "$tmp/eval.json")"
  f1=$(json_number f1 "$tmp/eval.json")
  awk -v a="$f1" -v b="$best" 'BEGIN { d = a / 100 - b; exit !(d < 1e-9 && d > -1e-9) }' ||
    fail "eval's F1 $f1 is not the best epoch's $best"
  "$prog" eval --model "$tmp/run/best" --data "$fx/test.json" >"$tmp/eval.txt" || fail "eval failed"
  grep -q "40 questions (squad; 52 windows)" "$tmp/eval.txt" && grep -q "exact match .* F1 " "$tmp/eval.txt" ||
    fail "eval text: $(cat "$tmp/eval.txt")"
  # the metric follows the data: KorQuAD by its version, SQuAD v2 with impossible questions
  sed 's/"version": "v1.1"/"version": "KorQuAD_v1.0_dev"/' "$fx/test.json" >"$tmp/korquad.json"
  "$prog" eval --model "$tmp/run/best" --data "$tmp/korquad.json" --json >"$tmp/k.json" || fail "eval korquad"
  grep -q '"metric":"korquad"' "$tmp/k.json" || fail "KorQuAD: $(cat "$tmp/k.json")"
  perl -0pe 's/"answers": \[.*?\]/"is_impossible": true, "answers": []/s' "$fx/test.json" >"$tmp/v2.json"
  "$prog" eval --model "$tmp/run/best" --data "$tmp/v2.json" --json >"$tmp/v2.out" || fail "eval v2"
  grep -q '"metric":"squad_v2"' "$tmp/v2.out" && grep -q '"NoAns_total":1' "$tmp/v2.out" ||
    fail "v2: $(cat "$tmp/v2.out")"
  echo "eval: F1 $f1 (the best epoch's), korquad and squad_v2 chosen from the data"
  # predict one question: the answer is the code-point slice [start, end) of the context
  for pair in "Where does Alice work?|Alice was born in Oslo in 1990. Alice works as a pilot at Globex." \
              "김민준은 어디에서 태어났나?|🙂 김민준은 1990년에 부산에서 태어났다. 그는 한빛전자에서 기자로 일한다."; do
    q=${pair%%|*} c=${pair#*|}
    "$prog" predict --model "$tmp/run/best" --json --question "$q" --context "$c" >"$tmp/p.json" ||
      fail "predict --json"
    start=$(json_number start "$tmp/p.json") end=$(json_number end "$tmp/p.json")
    answer=$(sed 's/.*"answer":"\([^"]*\)".*/\1/' "$tmp/p.json")
    [ -n "$answer" ] && [ "${c:start:end-start}" = "$answer" ] ||
      fail "answer '$answer' is not the context's [$start, $end): '${c:start:end-start}'"
    grep -q '"score":' "$tmp/p.json" || fail "no score: $(cat "$tmp/p.json")"
    "$prog" predict --model "$tmp/run/best" --question "$q" --context "$c" >"$tmp/p.txt" || fail "predict"
    [ "$(cut -f1-3 "$tmp/p.txt")" = "$(printf '%s\t%s\t%s' "$answer" "$start" "$end")" ] ||
      fail "plain predict '$(cat "$tmp/p.txt")' differs from --json's"
    echo "predict: '$answer' at [$start, $end) of the context"
    cat "$tmp/p.json" >>"$tmp/each.json"
    printf '{"question": "%s", "context": "%s"}\n\n' "$q" "$c" >>"$tmp/lines.jsonl"
  done
  # the same questions as JSON lines on stdin (a blank line skipped): the same answers, in order
  "$prog" predict --model "$tmp/run/best" --json <"$tmp/lines.jsonl" >"$tmp/lines.out" ||
    fail "predict on JSON lines"
  cmp -s "$tmp/lines.out" "$tmp/each.json" ||
    fail "JSON lines' answers differ: $(cat "$tmp/lines.out") vs $(cat "$tmp/each.json")"
  printf '{"question": "Who?", "context": "Alice."}\n{"question": 3}\n' >"$tmp/bad.jsonl"
  "$prog" predict --model "$tmp/run/best" --file "$tmp/bad.jsonl" >/dev/null 2>"$tmp/bad.err"
  [ $? = 2 ] && grep -q "bad.jsonl:2: expected a JSON object" "$tmp/bad.err" ||
    fail "a bad JSON line: $(cat "$tmp/bad.err")"
  echo "predict on JSON lines: the same answers; a bad line is exit 2 naming it"
  "$prog" predict --model "$tmp/run/best" --data "$fx/test.json" --out "$tmp/predictions.json" \
    >/dev/null || fail "predict --data --out"
  [ "$(grep -o '"te[0-9]*-[0-9]":' "$tmp/predictions.json" | wc -l)" = 40 ] ||
    fail "predictions.json lacks some of the 40 question ids: $(head -c 300 "$tmp/predictions.json")"
  echo "predictions.json: 40 answers"
  ;;
resume_is_bit_identical)
  "$prog" train "${squad[@]}" --out "$tmp/straight" >/dev/null || fail "straight run failed"
  "$prog" train "${squad[@]}" --out "$tmp/split" --stop-after 1 >/dev/null || fail "first part failed"
  [ -d "$tmp/split/epoch-2" ] && fail "--stop-after 1 ran epoch 2"
  "$prog" train --resume "$tmp/split" >/dev/null || fail "resume failed"
  cmp "$tmp/straight/epoch-2/model.safetensors" "$tmp/split/epoch-2/model.safetensors" ||
    fail "resumed weights differ"
  echo "epoch-2/model.safetensors byte-identical"
  ;;
holdout_splits_articles)
  "$prog" train --train "$fx/train.json" --holdout 0.25 --vocab "$work/vocab.txt" --threads 2 \
    --epochs 1 --out "$tmp/run" >"$tmp/train.txt" || fail "train --holdout failed"
  grep -q "train 120 questions" "$tmp/train.txt" && grep -q "test 40;" "$tmp/train.txt" ||
    fail "40 articles of 4 questions not split 30/10: $(head -1 "$tmp/train.txt")"
  # eval --holdout with the run's fraction and seed scores exactly the held-out part
  "$prog" eval --model "$tmp/run/best" --data "$fx/train.json" --holdout 0.25 --json \
    >"$tmp/eval.json" || fail "eval --holdout failed"
  [ "$(json_number questions "$tmp/eval.json")" = 40 ] || fail "eval --holdout: $(cat "$tmp/eval.json")"
  f1=$(json_number f1 "$tmp/eval.json") best=$(epoch_field test_f1 1)
  awk -v a="$f1" -v b="$best" 'BEGIN { d = a / 100 - b; exit !(d < 1e-9 && d > -1e-9) }' ||
    fail "eval --holdout's F1 $f1 is not the epoch's $best"
  "$prog" eval --model "$tmp/run/best" --data "$fx/train.json" --holdout 0.25 --seed 7 --json \
    >"$tmp/eval7.json" || fail "eval --holdout --seed failed"
  cmp -s "$tmp/eval.json" "$tmp/eval7.json" && fail "--seed 7 held out the same articles"
  expect 2 "expected a fraction" "$prog" eval --model "$tmp/run/best" --data "$fx/train.json" --holdout 1.5
  # predict --data --holdout: the official answers of the held-out questions only
  "$prog" predict --model "$tmp/run/best" --data "$fx/train.json" --holdout 0.25 \
    --out "$tmp/held.json" >/dev/null || fail "predict --holdout failed"
  [ "$(grep -o '"[^"]*":' "$tmp/held.json" | wc -l)" = 40 ] || fail "predict --holdout: $(head -c 300 "$tmp/held.json")"
  # bertc vocab build reads SQuAD JSON: its contexts and questions, not its keys
  "$tool" vocab build --size 400 "$fx/train.json" -o "$tmp/vocab.txt" || fail "vocab build on JSON"
  grep -qx "answer_start\|qas\|paragraphs" "$tmp/vocab.txt" && fail "vocab build read the JSON keys"
  grep -qx "무엇인가" "$tmp/vocab.txt" && grep -qx "Carla" "$tmp/vocab.txt" ||
    fail "vocab build on JSON lacks the questions' 무엇인가 or the contexts' Carla"
  echo "30/10 articles; eval --holdout scores the same 10; vocab build reads the JSON's text"
  ;;
bad_inputs_are_clear_errors)
  v=(--vocab "$work/vocab.txt" --threads 2)
  head -c 2000 "$fx/train.json" >"$tmp/truncated.json"
  expect 2 "truncated.json:" "$prog" train --train "$tmp/truncated.json" --test "$fx/test.json" "${v[@]}" --out "$tmp/x1"
  sed '0,/"answer_start": \([0-9]*\)/s//"answer_start": 3/' "$fx/train.json" >"$tmp/moved.json"
  expect 2 "moved.json:" "$prog" train --train "$tmp/moved.json" --test "$fx/test.json" "${v[@]}" --out "$tmp/x2"
  grep -qF "question 'tr000-0'" "$tmp/err.txt" || fail "the question is not named: $(cat "$tmp/err.txt")"
  # --sample / --test-sample draw questions (seeded)
  "$prog" train "${squad[@]}" --sample 50 --test-sample 20 --epochs 1 --out "$tmp/x3" \
    >"$tmp/sample.txt" || fail "train --sample failed"
  grep -q "train 50 questions (squad; .*), test 20;" "$tmp/sample.txt" ||
    fail "--sample 50 --test-sample 20: $(head -1 "$tmp/sample.txt")"
  expect 2 "--seed goes with --holdout" "$prog" eval --model "$tmp/x3/best" --data "$fx/test.json" --seed 3
  "$prog" train "${squad[@]}" --epochs 1 --out "$tmp/run" >/dev/null || fail "train failed"
  expect 2 "moved.json:" "$prog" eval --model "$tmp/run/best" --data "$tmp/moved.json"
  expect 2 "a question-answering model takes --question Q --context C" \
    "$prog" predict --model "$tmp/run/best" "a plain text"
  expect 2 "--data FILE.json and --out PREDICTIONS.json go together" \
    "$prog" predict --model "$tmp/run/best" --data "$fx/test.json"
  expect 2 "non-empty --context C" "$prog" predict --model "$tmp/run/best" --question "Who?"
  ;;
*) fail "unknown case" ;;
esac
echo "PASS: $case_name"
