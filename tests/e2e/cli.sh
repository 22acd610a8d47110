#!/usr/bin/env bash
# bertc's CLI contract: --help/--version exit 0, usage errors and bad specs exit 2 and
# leave no output directory behind.
set -u
bertc=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$work/err"; fail=1
  else echo "ok: $what"; fi
}
expect 0 "--help" -- "$bertc" --help
grep -q "compile SPEC.yaml" "$work/out" || { echo "FAIL: --help lists compile"; fail=1; }
for sub in "compile --help" "check -h" "tokenize --help" "vocab build --help"; do
  # shellcheck disable=SC2086 # the subcommand and its flag are two words
  expect 0 "bertc $sub" -- "$bertc" $sub
  grep -q "vocab build --size N" "$work/out" || { echo "FAIL: bertc $sub prints the usage"; fail=1; }
done
expect 0 "--version" -- "$bertc" --version
expect 2 "no command" -- "$bertc"
expect 2 "unknown command" -- "$bertc" frobnicate
expect 2 "unknown option" -- "$bertc" compile --bogus "$src/specs/tiny_cls.yaml"
expect 2 "missing spec" -- "$bertc" compile
expect 2 "unknown target" -- "$bertc" compile "$src/specs/tiny_cls.yaml" --target tpu
printf 'name: x\nmodel:\n  hidden_size: 64\n' >"$work/bad.yaml"
expect 2 "bad spec compile" -- "$bertc" compile "$work/bad.yaml" -o "$work/bad_out"
grep -q "bad.yaml:" "$work/err" || { echo "FAIL: error names the spec file"; cat "$work/err"; fail=1; }
[ ! -e "$work/bad_out" ] || { echo "FAIL: a bad spec left $work/bad_out"; fail=1; }
expect 2 "bad spec check" -- "$bertc" check "$work/bad.yaml"
expect 0 "check tiny_cls" -- "$bertc" check "$src/specs/tiny_cls.yaml"
grep -q "parameters:" "$work/out" || { echo "FAIL: check prints parameters"; fail=1; }
# a compile that was killed leaves DIR/.tmp.PID: the next compile into DIR removes it, but not
# the folder of a compile still running (this shell's PID stands in for one)
sleep 0 & wait $!
dead=$!
mkdir -p "$work/out_dir/.tmp.$dead" "$work/out_dir/.tmp.$$" && touch "$work/out_dir/.tmp.$dead/host.o"
expect 0 "compile beside leftovers" -- "$bertc" compile "$src/specs/tiny_cls.yaml" -o "$work/out_dir" --emit-only
[ ! -e "$work/out_dir/.tmp.$dead" ] || { echo "FAIL: a killed compile's .tmp.$dead was left"; fail=1; }
[ -d "$work/out_dir/.tmp.$$" ] || { echo "FAIL: a running compile's .tmp.$$ was removed"; fail=1; }
exit $fail
