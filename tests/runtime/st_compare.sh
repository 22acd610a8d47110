#!/usr/bin/env bash
# st_compare's contract: exit 0 within tolerance, 1 on a mismatch, a missing tensor or a
# shape difference; --tiny bounds max |a| instead; --min-cosine bounds the cosine similarity
# instead; --skip and --only-prefix select tensors;
# exit 2 on usage errors and unreadable files.
set -u
compare=$1 fixture=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$work/out" 2>&1; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/out"; fail=1
  else echo "ok: $what"; fi
}
"$fixture" "$work/e.st" logits:f32:2x2=1,2,3,4 loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1
"$fixture" "$work/same.st" logits:f32:2x2=1,2,3,4 loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1 extra:f32:1=9
"$fixture" "$work/close.st" logits:f32:2x2=1,2,3,4.00001 loss:f32:=0.5 grad/kb:f32:3=1e-7,0,0 grad/w:f32:2=1,-1
"$fixture" "$work/far.st" logits:f32:2x2=1,2,3,4.1 loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1
"$fixture" "$work/noisy.st" logits:f32:2x2=1,2,3,4 loss:f32:=0.5 grad/kb:f32:3=1e-3,0,0 grad/w:f32:2=1,-1
"$fixture" "$work/missing.st" logits:f32:2x2=1,2,3,4 loss:f32:=0.5 grad/kb:f32:3=0
"$fixture" "$work/shape.st" logits:f32:4=1,2,3,4 loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1
"$fixture" "$work/nan.st" logits:f32:2x2=1,2,3,nan loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1
printf 'not a safetensors file' >"$work/junk.st"

expect 0 "identical (extra actual tensors ignored)" -- "$compare" "$work/same.st" "$work/e.st"
grep -q "max rel err 0.000e+00" "$work/out" || { echo "FAIL: max rel err line"; fail=1; }
"$fixture" "$work/scaled.st" logits:f32:2x2=2,4,6,8.02 loss:f32:=1 grad/kb:f32:3=0 grad/w:f32:2=1,-1
"$fixture" "$work/turned.st" logits:f32:2x2=1,2,4,3 loss:f32:=0.5 grad/kb:f32:3=0 grad/w:f32:2=1,-1
expect 0 "cosine >= 0.999 (scaled, nearly parallel)" -- "$compare" "$work/scaled.st" "$work/e.st" --min-cosine 0.999
grep -q "^logits .*cosine 0.9999" "$work/out" || { echo "FAIL: cosine line"; cat "$work/out"; fail=1; }
expect 1 "cosine < 0.999 (two values swapped)" -- "$compare" "$work/turned.st" "$work/e.st" --min-cosine 0.999
expect 2 "--min-cosine outside (0, 1)" -- "$compare" "$work/same.st" "$work/e.st" --min-cosine 1.5
expect 0 "within 1e-4" -- "$compare" "$work/close.st" "$work/e.st" --tol 1e-4
expect 1 "outside 1e-4" -- "$compare" "$work/far.st" "$work/e.st" --tol 1e-4
head -1 "$work/out" | grep -q "^logits .*FAIL" || { echo "FAIL: worst tensor first"; cat "$work/out"; fail=1; }
expect 0 "a looser --tol" -- "$compare" "$work/far.st" "$work/e.st" --tol 1e-1
expect 1 "zero reference compares absolutely" -- "$compare" "$work/noisy.st" "$work/e.st"
expect 0 "--tiny bounds max |a|" -- "$compare" "$work/noisy.st" "$work/e.st" --tiny grad/kb=1e-2
expect 1 "--tiny too tight" -- "$compare" "$work/noisy.st" "$work/e.st" --tiny grad/kb=1e-4
expect 0 "--skip" -- "$compare" "$work/far.st" "$work/e.st" --skip logits
expect 1 "missing tensor" -- "$compare" "$work/missing.st" "$work/e.st"
grep -q "grad/w .*missing" "$work/out" || { echo "FAIL: names the missing tensor"; fail=1; }
expect 0 "--only-prefix" -- "$compare" "$work/missing.st" "$work/e.st" --only-prefix logits
expect 1 "--only-prefix matching nothing" -- "$compare" "$work/e.st" "$work/e.st" --only-prefix zzz
expect 1 "shape differs" -- "$compare" "$work/shape.st" "$work/e.st"
expect 1 "NaN fails" -- "$compare" "$work/nan.st" "$work/e.st"
expect 2 "unreadable file" -- "$compare" "$work/junk.st" "$work/e.st"
expect 2 "usage" -- "$compare" "$work/e.st"
expect 2 "bad --tiny" -- "$compare" "$work/e.st" "$work/e.st" --tiny nothing
exit $fail
