#!/usr/bin/env bash
# precision bf16 on the GPU against fp32: the check-step fixtures' spec compiled twice for
# --target cuda, once with `precision: bf16` (activations stored in bf16, matmuls on bf16
# tensor cores), on the fixture weights and inputs: the loss within 1e-2 relative of fp32's,
# and every gradient's cosine similarity with fp32's at least 0.999. The bf16 program must
# not be the fp32 one in disguise: its logits differ from fp32's by more than 1e-6
# relative, and its plan's activation arena is at most 0.6 of fp32's.
# Exits 77 (skipped) without libnvrtc or without a CUDA device.
#   bf16.sh BERTC ST_COMPARE SRC WORK
set -u
bertc=$1 compare=$2 src=$3 work=$4
# shellcheck source=SCRIPTDIR/lib.sh
. "$src/tests/gpu/lib.sh"
fx="$src/tests/fixtures/check_step"
rm -rf "$work" && mkdir -p "$work" || exit 1
spec="$src/$(fixture_spec "$fx")"
sed 's/^precision:.*//' "$spec" >"$work/bf16.yaml" && echo "precision: bf16" >>"$work/bf16.yaml"
compile_for cuda "$spec" "$work/fp32"
compile_for cuda "$work/bf16.yaml" "$work/bf16"
fail=0
acts_bytes() { awk '$1 == "acts" && $3 == "bytes" { print $2; exit }' "$1/plan.cuda.txt"; }
a32=$(acts_bytes "$work/fp32") a16=$(acts_bytes "$work/bf16")
if [ -z "$a32" ] || [ -z "$a16" ] || [ $((a16 * 10)) -gt $((a32 * 6)) ]; then
  echo "FAIL: the bf16 activation arena (${a16:-?} bytes) is not at most 0.6 of fp32's (${a32:-?})"
  fail=1
else echo "ok: activation arena ${a16} bytes in bf16, ${a32} in fp32"; fi
for p in fp32 bf16; do
  prog=$(program_of "$spec" "$work/$p")
  if ! "$prog" check-step --weights "$fx/weights.safetensors" \
       --inputs "$fx/full_b8_s16_n0.inputs.safetensors" --out "$work/$p.safetensors" \
       </dev/null 2>"$work/$p.err"; then
    skip_if_no_device "$work/$p.err"
    echo "FAIL: $p check-step failed:"; cat "$work/$p.err"; exit 1
  fi
done
"$compare" "$work/bf16.safetensors" "$work/fp32.safetensors" --only-prefix loss --tol 1e-2 ||
  { echo "FAIL: the bf16 loss is not within 1e-2 of fp32's"; fail=1; }
"$compare" "$work/bf16.safetensors" "$work/fp32.safetensors" --only-prefix grad/ --min-cosine 0.999 \
  --skip attention.self.key.bias ||
  { echo "FAIL: a bf16 gradient's cosine similarity with fp32's is below 0.999"; fail=1; }
if "$compare" "$work/bf16.safetensors" "$work/fp32.safetensors" --only-prefix logits --tol 1e-6 \
    >"$work/same.txt"; then
  echo "FAIL: the bf16 logits equal fp32's to 1e-6: bf16 matmuls are not in use"; fail=1
else echo "ok: bf16 differs from fp32 ($(tail -1 "$work/same.txt"))"; fi
[ $fail = 0 ] && echo "ok: bf16 check-step agrees with fp32 (loss 1e-2, gradients cosine >= 0.999)"
exit $fail
