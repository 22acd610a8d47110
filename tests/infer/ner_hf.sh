#!/usr/bin/env bash
# Token-classification HF checkpoints: tests/fixtures/hf_tiny_ner (BertForTokenClassification
# with the labels of specs/tiny_ner.yaml, from tests/oracle/hf_token_classification.py) loads
# as transformers computes it: check-step's logits and loss on the fixture's batch equal HF's
# to 1e-4. `convert` keeps every tensor, writes a BertForTokenClassification config.json with
# the spec's id2label / label2id and is byte-identical when repeated; eval, predict and
# train --init accept the folder.
#   ner_hf.sh BERTC ST_COMPARE SRC
set -u
bertc=$1 compare=$2 src=$3
fx="$src/tests/fixtures/hf_tiny_ner"
spec="$src/specs/tiny_ner.yaml"
export LC_ALL=C.UTF-8 BERTC_THREADS=2 # ${text:start:length} counts code points
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bertc" compile "$spec" -o "$work/ner" >/dev/null || exit 1
prog="$work/ner/tiny_ner"
fail=0
failed() { echo "FAIL: $*"; fail=1; }

echo "== check-step on the HF weights vs BertForTokenClassification's logits and loss"
"$prog" check-step --weights "$fx/model.safetensors" --inputs "$fx/inputs.safetensors" \
  --out "$work/step.safetensors" >/dev/null &&
  "$compare" "$work/step.safetensors" "$fx/expected.safetensors" --tol 1e-4 ||
  failed "check-step logits differ from HF's"

echo "== convert FIXTURE -> A -> B"
a="$work/a" b="$work/b"
"$prog" convert --model "$fx" --out "$a" 2>"$work/err" &&
  "$prog" convert --model "$a" --out "$b" 2>>"$work/err" || { cat "$work/err"; failed "convert"; }
grep -q "newly initialized" "$work/err" && failed "convert initialized parameters: $(cat "$work/err")"
[ "$(ls "$a")" = "$(printf 'config.json\nmodel.safetensors\ntokenizer_config.json\nvocab.txt')" ] ||
  failed "unexpected files in the converted folder: $(ls "$a")"
for f in model.safetensors config.json vocab.txt tokenizer_config.json; do
  cmp -s "$a/$f" "$b/$f" || failed "$f differs after a second convert"
done
"$compare" "$a/model.safetensors" "$fx/model.safetensors" --tol 1e-12 >"$work/cmp.txt" ||
  { cat "$work/cmp.txt"; failed "convert changed or dropped tensors of the fixture"; }
echo "   $(tail -1 "$work/cmp.txt")"

echo "== A/config.json: BertForTokenClassification with the spec's labels"
labels=$(sed -n 's/^  labels: \[\(.*\)\]$/\1/p' "$spec" | tr -d ' ' | tr ',' ' ')
[ -n "$labels" ] || failed "could not read the labels of $spec"
i=0
for label in $labels; do
  for key in "\"$i\": \"$label\"" "\"$label\": $i"; do
    grep -qF "$key" "$a/config.json" || failed "config.json lacks $key"
  done
  i=$((i + 1))
done
tr -d ' \n' <"$a/config.json" | grep -qF '"architectures":["BertForTokenClassification"]' ||
  failed "config.json's architectures is not [\"BertForTokenClassification\"]"
grep -q '"do_lower_case": false' "$a/tokenizer_config.json" || failed "tokenizer_config.json is not cased"
echo "   $i labels: $labels"

echo "== eval on the fixture folder and on its conversion"
"$prog" eval --model "$fx" --data "$fx/eval.tsv" --json >"$work/eval.json" || failed "eval --json"
for key in f1 per_type char_macro_f1 unit_accuracy loss; do
  grep -q "\"$key\":" "$work/eval.json" || failed "eval --json lacks $key"
done
grep -q '"format":"klue","sentences":4,' "$work/eval.json" || failed "eval: $(cat "$work/eval.json")"
"$prog" eval --model "$a" --data "$fx/eval.tsv" --json >"$work/eval_a.json" || failed "eval on A"
[ "$(sed 's/^{"model":"[^"]*",//' "$work/eval.json")" = "$(sed 's/^{"model":"[^"]*",//' "$work/eval_a.json")" ] ||
  failed "eval differs between the fixture and its conversion"
"$prog" eval --model "$fx" --data "$fx/eval.tsv" | head -2 | sed 's/^/   /'

echo "== predict: one line per text; --json entities are the code-point slices they name"
n=$(wc -l <"$fx/sentences.txt")
"$prog" predict --model "$fx" --file "$fx/sentences.txt" >"$work/p.txt" || failed "predict"
[ "$(wc -l <"$work/p.txt")" = "$n" ] || failed "predict printed $(wc -l <"$work/p.txt") lines for $n texts"
"$prog" predict --model "$fx" --json --file "$fx/sentences.txt" >"$work/p.jsonl" || failed "predict --json"
"$prog" predict --model "$a" --json --file "$fx/sentences.txt" >"$work/pa.jsonl" || failed "predict on A"
cmp -s "$work/p.jsonl" "$work/pa.jsonl" || failed "predictions differ between the fixture and its conversion"
[ "$(wc -l <"$work/p.jsonl")" = "$n" ] || failed "predict --json printed $(wc -l <"$work/p.jsonl") lines for $n texts"
ents=0 row=0
while IFS= read -r line; do
  row=$((row + 1))
  text=$(sed 's/^{"text":"\([^"]*\)".*/\1/' <<<"$line")
  [ "$text" = "$(sed -n "${row}p" "$fx/sentences.txt")" ] || failed "line $row: text '$text' is not sentence $row"
  while read -r start end piece; do
    [ -n "$start" ] || continue
    [ "${text:start:end-start}" = "$piece" ] ||
      failed "line $row: entity [$start, $end) is '$piece' but the text there is '${text:start:end-start}'"
    ents=$((ents + 1))
  done < <(grep -o '"start":[0-9]*,"end":[0-9]*,"text":"[^"]*"' <<<"$line" |
           sed 's/"start":\([0-9]*\),"end":\([0-9]*\),"text":"\(.*\)"/\1 \2 \3/')
done <"$work/p.jsonl"
[ "$ents" -gt 0 ] || failed "no entities predicted"
echo "   $n texts, $ents entities, each the slice its offsets name"

echo "== train --init from the folder: every tensor loaded, the checkpoint a token classifier"
"$prog" train --init "$fx" --train "$fx/eval.tsv" --test "$fx/eval.tsv" --epochs 1 \
  --out "$work/run" >"$work/train.txt" 2>"$work/err" || { cat "$work/train.txt" "$work/err"; failed "train --init"; }
grep -q "newly initialized" "$work/err" "$work/train.txt" && failed "train --init initialized parameters"
grep -qF '"BertForTokenClassification"' "$work/run/best/config.json" 2>/dev/null ||
  failed "train --init: best/config.json is not a token classifier"
echo "== a checkpoint whose head predicts the tags in another order is refused, not mislabelled"
mkdir -p "$work/swapped" && cp "$fx"/* "$work/swapped/"
sed -i 's/"1": "B-PS"/"1": "I-PS"/; s/"2": "I-PS"/"2": "B-PS"/' "$work/swapped/config.json"
if "$prog" eval --model "$work/swapped" --data "$fx/eval.tsv" >/dev/null 2>"$work/err"; then
  failed "a checkpoint with B-PS and I-PS swapped was accepted"
elif ! grep -q "id2label: label 1 is 'I-PS' in the checkpoint, 'B-PS' in the program" "$work/err"; then
  failed "swapped labels: $(cat "$work/err")"
else
  echo "   $(head -1 "$work/err")"
fi
[ $fail = 0 ] && echo "all passed"
exit $fail
