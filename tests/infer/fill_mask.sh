#!/usr/bin/env bash
# fill-mask (runtime/fill_mask.c) on tests/fixtures/fill_mask/model, a BertForMaskedLM of
# specs/tiny_mlm.yaml's model trained briefly by tests/oracle/fill_mask.py: the top-5 ids in
# order, scores within 1e-4, tokens and sequences as transformers' fill-mask pipeline gives
# them (expected.json); the plain output; and bad inputs as exit 2 with a clear message.
set -u
bertc=$1 check=$2 src=$3
fx="$src/tests/fixtures/fill_mask"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bertc" compile "$src/specs/tiny_mlm.yaml" -o "$work/mlm" >/dev/null || exit 1
prog="$work/mlm/tiny_mlm"
fail=0

# expect_error NAME PATTERN CMD...: CMD must exit 2 with PATTERN (grep -E) on stderr and
# print nothing on stdout.
expect_error() {
  local name=$1 pattern=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err" </dev/null
  local got=$?
  if [ "$got" != 2 ] || ! grep -Eq -- "$pattern" "$work/err" || [ -s "$work/out" ]; then
    echo "FAIL: $name: exit $got (expected 2), stderr:"; sed 's/^/    /' "$work/err"
    fail=1
  else
    echo "ok: $name: $(head -n 2 "$work/err")"
  fi
}

# The fixture's sentences, one per line (expected.json's "sentences", one per line there).
sed -n '/"sentences": \[/,/^ \]/p' "$fx/expected.json" | sed -n 's/^ *"\(.*\)",\{0,1\}$/\1/p' \
  >"$work/sentences.txt"
[ "$(wc -l <"$work/sentences.txt")" -ge 5 ] || { echo "FAIL: no sentences in expected.json"; exit 1; }

echo "== fill-mask --json (stdin) vs transformers' fill-mask pipeline"
"$prog" fill-mask --model "$fx/model" --json <"$work/sentences.txt" >"$work/out.jsonl" \
  2>"$work/err" && "$check" "$fx/expected.json" "$work/out.jsonl" ||
  { echo "FAIL: fill-mask --json"; sed 's/^/    /' "$work/err"; fail=1; }

echo "== the same texts as arguments, --top-k 2, plain output"
mapfile -t texts <"$work/sentences.txt"
if "$prog" fill-mask --model "$fx/model" --top-k 2 "${texts[@]}" >"$work/plain" 2>"$work/err"; then
  sed 's/^/    /' "$work/plain" | head -n 12
  # one header per mask, two candidates each
  masks=$(grep -o '"position"' "$work/out.jsonl" | wc -l)
  [ "$(grep -c '^  \[MASK\] ' "$work/plain")" = "$masks" ] &&
    [ "$(grep -c '^    [01]\.[0-9]\{4\}  ' "$work/plain")" = $((2 * masks)) ] ||
    { echo "FAIL: plain output: expected $masks masks with 2 candidates each"; fail=1; }
  first=$(sed -n 's/.*"candidates":\[{"token":"\([^"]*\)".*/\1/p' "$work/out.jsonl" | head -n 1)
  grep -q "^    [01]\.[0-9]\{4\}  $first  " "$work/plain" ||
    { echo "FAIL: plain output lacks the best candidate '$first'"; fail=1; }
else
  echo "FAIL: plain fill-mask"; sed 's/^/    /' "$work/err"; fail=1
fi

echo "== bad inputs"
expect_error "a text without [MASK]" "text 2 \('no mask here'\) has no \[MASK\]" \
  "$prog" fill-mask --model "$fx/model" "the [MASK] sat" "no mask here"
long="$(printf 'the cat sat on the mat %.0s' $(seq 20)) [MASK]"
expect_error "a [MASK] past the largest bucket" "\[MASK\] 1 of 1 is past the 64 tokens" \
  "$prog" fill-mask --model "$fx/model" "$long"
many="$(printf '[MASK] %.0s' $(seq 41))"
expect_error "more masks than the head gathers" "has 41 \[MASK\]s, more than the 40 masked" \
  "$prog" fill-mask --model "$fx/model" "$many"
for k in 0 1001 five; do
  expect_error "--top-k $k" "--top-k is '$k', expected an integer from 1 to 1000" \
    "$prog" fill-mask --model "$fx/model" --top-k "$k" "the [MASK] sat"
done
expect_error "no --model" "--model DIR is required" "$prog" fill-mask "the [MASK] sat"
expect_error "no texts" "no texts" "$prog" fill-mask --model "$fx/model"
expect_error "unknown option" "--topk" "$prog" fill-mask --model "$fx/model" --topk 3 "[MASK]"
expect_error "not a checkpoint folder" "nowhere" \
  "$prog" fill-mask --model "$work/nowhere" "the [MASK] sat"
"$bertc" compile "$src/specs/tiny_cls.yaml" -o "$work/cls" >/dev/null || exit 1
expect_error "a classification program" "sequence_classification head .*needs a masked-LM program" \
  "$work/cls/tiny_trainer" fill-mask --model "$fx/model" "the [MASK] sat"

"$prog" --help | grep -q "fill-mask --model DIR" || { echo "FAIL: fill-mask not in --help"; fail=1; }
[ $fail = 0 ] && echo "all passed"
exit $fail
