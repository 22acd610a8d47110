#!/usr/bin/env bash
# A masked-LM program gathers at most the spec's bound of masked tokens per batch
# (tiny_mlm: head.max_masked 40): check-step refuses a batch with more (exit 2, naming the
# bound) and a label outside the vocabulary, never drops a masked token; one at the bound
# runs (the HF comparison of such a batch is check_step_matches_pytorch_tiny_mlm); and
# time-step's synthetic batch runs.
#   masked_rows_bound.sh BERTC ST_FIXTURE SRC
set -u
bertc=$1 fixture=$2 src=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
expect() { # expect CODE DESCRIPTION MESSAGE -- COMMAND...
  local want=$1 what=$2 msg=$3; shift 4
  "$@" >"$work/out" 2>&1; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/out"; fail=1
  elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$work/out"; then
    echo "FAIL: $what: output lacks \"$msg\""; cat "$work/out"; fail=1
  else echo "ok: $what"; fi
}
"$bertc" compile "$src/specs/tiny_mlm.yaml" -o "$work/prog" >/dev/null || exit 1
prog="$work/prog/tiny_mlm"
# labels for 41 of the 8 x 16 tokens, or exactly 40
labels() { local n=$1 out="" i; for ((i = 0; i < 128; i++)); do
    out+="$([ $i -lt "$n" ] && echo $((i + 5)) || echo -100),"; done; echo "${out%,}"; }
tokens="input_ids:i32:8x16=7 attention_mask:i32:8x16=1 token_type_ids:i32:8x16=0"
# shellcheck disable=SC2086
"$fixture" "$work/over.st" $tokens "labels:i32:8x16=$(labels 41)"
# shellcheck disable=SC2086
"$fixture" "$work/at.st" $tokens "labels:i32:8x16=$(labels 40)"
# shellcheck disable=SC2086
"$fixture" "$work/bad.st" $tokens "labels:i32:8x16=1000"
expect 2 "41 masked tokens over the bound of 40" \
  "more than 40 masked tokens in a batch of [8, 16]" -- \
  "$prog" check-step --weights random:1 --inputs "$work/over.st" --out "$work/o.st"
[ -e "$work/o.st" ] && { echo "FAIL: an output was written for a refused batch"; fail=1; }
expect 2 "a label outside the vocabulary" "labels[0, 0] is 1000, expected -100 or 0 to 999" -- \
  "$prog" check-step --weights random:1 --inputs "$work/bad.st" --out "$work/o.st"
expect 0 "40 masked tokens at the bound" "" -- \
  "$prog" check-step --weights random:1 --inputs "$work/at.st" --out "$work/o.st"
expect 0 "time-step" "time-step program=tiny_mlm" -- "$prog" time-step --steps 2 --warmup 0
exit $fail
