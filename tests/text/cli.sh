#!/usr/bin/env bash
# bertc tokenize / bertc vocab through their CLI faces :
# outputs, --ids of an empty line, --pair, --max-length, --decode, the invalid-UTF-8 count on
# stderr, and exit codes 2 for usage errors and bad vocabularies.
set -u
cli=$1 fixtures=$2
vocab=$fixtures/vocab_cased_ko.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() { # name expected actual
  if [[ "$2" != "$3" ]]; then echo "FAILED $1: expected [$2], got [$3]"; fail=1; fi
}
expect "empty line --ids" "101 102" "$(printf '\n' | "$cli" tokenize --vocab "$vocab" --ids)"
expect "tokens" "[CLS] 영화 [MASK] 가 [SEP]" "$(printf '영화 [MASK]가\n' | "$cli" tokenize --vocab "$vocab")"
out=$(printf '영화\t최고\n' | "$cli" tokenize --vocab "$vocab" --pair)
expect "pair" "[CLS] 영화 [SEP] 최고 [SEP]" "$out"
out=$(printf '영화 정말 최고 최고 최고\n' | "$cli" tokenize --vocab "$vocab" --ids --max-length 4 | wc -w)
expect "max-length" "4" "$out"
ids=$(printf '영화 정말 최고!\n' | "$cli" tokenize --vocab "$vocab" --ids)
expect "decode" "영화 정말 최고!" "$(echo "$ids" | "$cli" tokenize --vocab "$vocab" --decode --skip-special)"
printf 'ok\nbad \xff\n' | "$cli" tokenize --vocab "$vocab" >/dev/null 2>"$tmp/err"
expect "invalid utf-8 count" "1" "$(grep -c '1 line(s) had invalid UTF-8' "$tmp/err")"
"$cli" tokenize --vocab "$vocab" --bogus </dev/null >/dev/null 2>&1
expect "unknown option exit" "2" "$?"
printf '[PAD]\n[UNK]\n' >"$tmp/v.txt"
"$cli" tokenize --vocab "$tmp/v.txt" </dev/null 2>"$tmp/err" >/dev/null
expect "bad vocab exit" "2" "$?"
expect "bad vocab message" "1" "$(grep -c 'no \[CLS\] token' "$tmp/err")"
"$cli" vocab build --size 50 -o "$tmp/o.txt" "$tmp/v.txt" 2>/dev/null
expect "vocab size too small exit" "2" "$?"
"$cli" vocab frobnicate 2>/dev/null
expect "vocab usage exit" "2" "$?"
exit $fail
