#!/usr/bin/env bash
# `bertc check` on the specs at and past each bound of spec.h's "Limits", which
# `spec_test limits` generates: each bad one exits 2 with its exact first error line, each
# one at its bound exits 0 (but NAME.parse_only, checked by spec_test alone), and none
# takes more than 5 s (`timeout 5`: exit 124).
#   limits.sh BERTC SPEC_TEST
set -u
bertc=$1 spec_test=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$spec_test" limits "$work" >"$work/spec_test.log" || { cat "$work/spec_test.log"; exit 1; }
fail=0 n=0
for spec in "$work"/*.yaml; do
  name=$(basename "$spec" .yaml) n=$((n + 1))
  if [ -e "$work/$name.parse_only" ]; then # compiling it takes longer than a test should
    echo "ok: $name: spec_parse only"; continue
  fi
  timeout 5 "$bertc" check "$spec" >/dev/null 2>"$work/err"; got=$?
  if [ -e "$work/$name.expected" ]; then
    first=$(head -n 1 "$work/err")
    if [ "$got" != 2 ] || [ "$first" != "$(cat "$work/$name.expected")" ]; then
      echo "FAIL: $name: exit $got (expected 2), first line:"
      echo "  got:      ${first:0:300}"; echo "  expected: $(cut -c1-300 "$work/$name.expected")"
      fail=1
    else echo "ok: $name: exit 2: ${first:0:160}"; fi
  elif [ "$got" != 0 ]; then
    echo "FAIL: $name: exit $got at its bound (expected 0)"; head -c 600 "$work/err"; fail=1
  else echo "ok: $name: exit 0"; fi
done
echo "$n specs checked with bertc check"
exit $fail
