# Sourced by the tests/infer/*.sh scripts: compiles specs/tiny_cls.yaml into a temporary
# folder and sets bertc, check (infer_check), src, fx (the fixtures), prog, work, fail.
set -u
bertc=$1 check=$2 src=$3
fx="$src/tests/fixtures"
expected="$fx/hf_tiny/expected_logits.json"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bertc" compile "$src/specs/tiny_cls.yaml" -o "$work/tiny" >/dev/null || exit 1
prog="$work/tiny/tiny_trainer"
fail=0

# The fixture's sentences, one per line (the "sentences" array of expected_logits.json).
sed -n 's/^ "sentences": \[\(.*\)\],$/\1/p' "$expected" | sed 's/^"//; s/"$//; s/", "/\n/g' \
  >"$work/sentences.txt"

# expect_error NAME STATUS PATTERN CMD...: CMD must exit STATUS with PATTERN (grep -E) on
# stderr, and print nothing on stdout.
expect_error() {
  local name=$1 want=$2 pattern=$3
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" != "$want" ] || ! grep -Eq -- "$pattern" "$work/err" || [ -s "$work/out" ]; then
    echo "FAIL: $name: exit $got (expected $want), stderr:"; sed 's/^/    /' "$work/err"
    fail=1
  else
    echo "ok: $name: $(head -c 300 "$work/err" | head -n 3)"
  fi
}
