#!/usr/bin/env bash
# The numerical contract: the generated CPU program's check-step matches the HF model of its
# head + torch AdamW (fixtures from tests/oracle/check_step.py: BertForSequenceClassification
# for tests/fixtures/check_step, BertForTokenClassification for check_step_ner*,
# BertForQuestionAnswering for check_step_tiny_qa and check_step_qa_small) to 1e-4
# relative for logits, loss, every gradient and every parameter after N steps.
# The attention key bias's gradient is zero in exact arithmetic: it must be tiny, and it is
# left out of the after-N-steps comparison (Adam turns its rounding noise into +-lr steps); so
# are a question-answering head's qa_outputs.bias and last LayerNorm bias (tests/gpu/lib.sh).
#   check_step.sh BERTC ST_COMPARE SRC [FIXTURE_DIR (default tests/fixtures/check_step)]
set -u
bertc=$1 compare=$2 src=$3
fx="${4:-$src/tests/fixtures/check_step}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
. "$src/tests/gpu/lib.sh"
spec="$src/$(fixture_spec "$fx")"
"$bertc" compile "$spec" -o "$work/prog" || exit 1
prog=$(program_of "$spec" "$work/prog")
key_bias_exceptions "$spec"
fail=0 n=0
while read -r name strategy steps lr _b _s; do
  [ -n "$name" ] && [ "${name:0:1}" != "#" ] || continue
  n=$((n + 1))
  echo "== $name ($strategy, $steps steps, lr $lr)"
  if ! "$prog" check-step --weights "$fx/weights.safetensors" --inputs "$fx/$name.inputs.safetensors" \
       --out "$work/$name.safetensors" --steps "$steps" --lr "$lr" --strategy "$strategy"; then
    echo "FAIL: $name: check-step failed"; fail=1; continue
  fi
  "$compare" "$work/$name.safetensors" "$fx/$name.expected.safetensors" --tol 1e-4 \
    "${exceptions[@]}" || { echo "FAIL: $name"; fail=1; }
done <"$fx/cases.txt"
[ "$n" -gt 0 ] || { echo "FAIL: no cases in $fx/cases.txt"; exit 1; }
echo "$((n)) cases, $([ $fail = 0 ] && echo all passed || echo some FAILED)"
exit $fail
