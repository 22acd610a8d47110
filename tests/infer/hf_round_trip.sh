#!/usr/bin/env bash
# hf_save then hf_load is exact: `convert` (hf_load + hf_save) of each fixture folder gives
# a checkpoint whose predictions equal the original's bit for bit, and converting that
# again rewrites model.safetensors, config.json, vocab.txt and tokenizer_config.json byte
# for byte. Saving over an existing folder replaces it whole.
. "$(dirname "$0")/common.sh"
for name in hf_tiny hf_tiny_pretrain hf_tiny_base; do
  echo "== $name"
  a="$work/$name.a" b="$work/$name.b"
  "$prog" convert --model "$fx/$name" --out "$a" 2>/dev/null &&
    "$prog" convert --model "$a" --out "$b" 2>/dev/null || { echo "FAIL: convert"; fail=1; continue; }
  for f in model.safetensors config.json vocab.txt tokenizer_config.json; do
    cmp -s "$a/$f" "$b/$f" || { echo "FAIL: $name: $f differs after a second save"; fail=1; }
  done
  [ "$(ls "$a")" = "$(printf 'config.json\nmodel.safetensors\ntokenizer_config.json\nvocab.txt')" ] ||
    { echo "FAIL: $name: unexpected files: $(ls "$a")"; fail=1; }
  "$prog" predict --model "$fx/$name" --json --file "$work/sentences.txt" >"$work/orig.jsonl" 2>/dev/null
  "$prog" predict --model "$a" --json --file "$work/sentences.txt" >"$work/saved.jsonl" 2>/dev/null
  if [ "$name" = hf_tiny ]; then # the other two have a classifier drawn at load time
    cmp -s "$work/orig.jsonl" "$work/saved.jsonl" ||
      { echo "FAIL: $name: predictions differ after the round trip"; fail=1; }
  fi
  "$prog" predict --model "$b" --json --file "$work/sentences.txt" >"$work/again.jsonl" 2>/dev/null
  cmp -s "$work/saved.jsonl" "$work/again.jsonl" ||
    { echo "FAIL: $name: predictions differ after the second round trip"; fail=1; }
  echo "   $(wc -c <"$a/model.safetensors") bytes, identical after re-save; logits identical"
done

echo "== config.json is HF's layout"
for key in '"architectures": [' '"BertForSequenceClassification"' '"model_type": "bert"' \
           '"id2label": {' '"0": "\ubd80\uc815"' '"label2id": {' '"layer_norm_eps": 1e-12' \
           '"hidden_act": "gelu"' '"vocab_size": 1000'; do
  grep -qF "$key" "$work/hf_tiny.a/config.json" || { echo "FAIL: config.json lacks $key"; fail=1; }
done
grep -q '"do_lower_case": false' "$work/hf_tiny.a/tokenizer_config.json" &&
  grep -q '"tokenizer_class": "BertTokenizer"' "$work/hf_tiny.a/tokenizer_config.json" ||
  { echo "FAIL: tokenizer_config.json"; fail=1; }

echo "== saving over an existing checkpoint replaces it, leaving no temporary folders"
touch "$work/hf_tiny.b/stale.txt"
"$prog" convert --model "$work/hf_tiny.a" --out "$work/hf_tiny.b" 2>/dev/null || fail=1
[ ! -e "$work/hf_tiny.b/stale.txt" ] && cmp -s "$work/hf_tiny.a/model.safetensors" \
  "$work/hf_tiny.b/model.safetensors" || { echo "FAIL: the folder was not replaced"; fail=1; }
ls -d "$work"/*.tmp-* 2>/dev/null && { echo "FAIL: temporary folders left"; fail=1; }

echo "== a failed save leaves the previous checkpoint intact"
chmod 555 "$work"
if [ -w "$work" ]; then
  echo "   (running as a user who can write anyway: skipped)"
else
  "$prog" convert --model "$fx/hf_tiny" --out "$work/hf_tiny.b" 2>"$work/err" && fail=1
  cmp -s "$work/hf_tiny.a/model.safetensors" "$work/hf_tiny.b/model.safetensors" || fail=1
fi
chmod 755 "$work"

echo "== an uncased folder stays uncased through convert and train --init (and its resume)"
mkdir -p "$work/uncased" && cp "$fx/hf_tiny"/* "$work/uncased/"
sed -i 's/"do_lower_case": false/"do_lower_case": true/' "$work/uncased/tokenizer_config.json"
grep -q '"do_lower_case": true' "$work/uncased/tokenizer_config.json" || { echo "FAIL: fixture edit"; fail=1; }
"$prog" convert --model "$work/uncased" --out "$work/uncased.a" 2>/dev/null &&
  grep -q '"do_lower_case": true' "$work/uncased.a/tokenizer_config.json" ||
  { echo "FAIL: convert wrote a cased tokenizer_config.json for an uncased folder"; fail=1; }
printf 'id\tdocument\tlabel\n1\tGOOD Movie\t1\n2\tBad MOVIE\t0\n' >"$work/tiny.txt"
"$prog" train --init "$work/uncased" --train "$work/tiny.txt" --test "$work/tiny.txt" --epochs 2 \
  --stop-after 1 --out "$work/run" >/dev/null 2>&1 && "$prog" train --resume "$work/run" >/dev/null 2>&1 &&
  grep -q '"do_lower_case": true' "$work/run/epoch-1/tokenizer_config.json" &&
  grep -q '"do_lower_case": true' "$work/run/epoch-2/tokenizer_config.json" ||
  { echo "FAIL: a run from an uncased folder saved cased checkpoints"; fail=1; }

echo "== an unwritable destination is a clear error (exit 1)"
"$prog" convert --model "$fx/hf_tiny" --out "$work/no/such/dir" 2>"$work/err"
[ $? = 1 ] && grep -q "cannot create a temporary folder" "$work/err" ||
  { echo "FAIL: unwritable destination"; cat "$work/err"; fail=1; }
[ $fail = 0 ] && echo "all passed"
exit $fail
