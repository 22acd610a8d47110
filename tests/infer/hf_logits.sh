#!/usr/bin/env bash
# HF checkpoint folders load as transformers computes them: predict's logits on
# tests/fixtures/hf_tiny (BertForSequenceClassification, F32) and embed's pooler / cls / mean
# embeddings on hf_tiny, hf_tiny_pretrain (BF16, with cls.* pretraining heads) and
# hf_tiny_base (F16, BertModel names without "bert.") equal HF's to 1e-4.
. "$(dirname "$0")/common.sh"
n=$(wc -l <"$work/sentences.txt")
[ "$n" -ge 4 ] || { echo "FAIL: could not read the sentences of $expected"; exit 1; }

echo "== predict --json on hf_tiny vs BertForSequenceClassification logits"
"$prog" predict --model "$fx/hf_tiny" --json --file "$work/sentences.txt" >"$work/p.jsonl" &&
  "$check" logits "$expected" "$work/p.jsonl" || { echo "FAIL: predict logits"; fail=1; }

for pool in pooler cls mean; do
  echo "== embed --pooling $pool on hf_tiny"
  "$prog" embed --model "$fx/hf_tiny" --pooling $pool <"$work/sentences.txt" >"$work/e.tsv" &&
    "$check" embed "$expected" "embeddings.$pool" "$work/e.tsv" || { echo "FAIL: $pool"; fail=1; }
done

for name in hf_tiny_pretrain hf_tiny_base; do
  echo "== embed on $name (reduced precision, other names)"
  "$prog" embed --model "$fx/$name" --out "$work/$name.tsv" <"$work/sentences.txt" 2>"$work/err" &&
    "$check" embed "$expected" "${name}_pooler" "$work/$name.tsv" || { echo "FAIL: $name"; fail=1; }
  sed 's/^/    /' "$work/err"
done

echo "== the pretraining checkpoint: extras ignored with a note, classifier newly initialized"
"$prog" predict --model "$fx/hf_tiny_pretrain" "영화" >/dev/null 2>"$work/err" || fail=1
sed 's/^/    /' "$work/err"
grep -q "note: .*ignored .* tensors of pretraining heads and buffers (cls\." "$work/err" ||
  { echo "FAIL: no note about the ignored cls.* tensors"; fail=1; }
grep -q "newly initialized: classifier.weight, classifier.bias" "$work/err" ||
  { echo "FAIL: no newly-initialized warning for classifier.*"; fail=1; }
[ $fail = 0 ] && echo "all passed"
exit $fail
