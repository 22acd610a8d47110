#!/usr/bin/env bash
# cross_check_step.sh BERTC COMPARE ST_FIXTURE SRC WORK SPEC, run by under_emulator.sh: for a
# spec the PyTorch fixtures (tiny_cls) do not cover, SPEC's cuda program (on the emulated
# GPU) against its cpu program: check-step on seeded random weights and a batch with padded
# rows, dropout on, 2 AdamW steps; logits, loss, every gradient and parameter to 1e-4.
set -u
bertc=$1 compare=$2 fixture=$3 src=$4 work=$5 spec=$6
. "$src/tests/gpu/lib.sh"
rm -rf "$work" && mkdir -p "$work" || exit 1
compile_for cpu "$spec" "$work/cpu"
compile_for cuda "$spec" "$work/cuda"

# weights: every parameter of the plan's table, uniform in +-0.1 (layer norm scales 0.9..1.1)
mapfile -t weights < <(awk '/^parameters/ { on = 1; next } on && NF == 0 { exit }
  on { shape = $4; gsub(/[][]/, "", shape); gsub(/,/, "x", shape)
       range = $5 ~ /LayerNorm.weight$/ ? "0.9:1.1" : "-0.1:0.1"
       print $5 ":f32:" shape "=rand:" 1000 + NR ":" range }' "$work/cpu/plan.txt")
[ "${#weights[@]}" -gt 0 ] || { echo "FAIL: no parameter table in $work/cpu/plan.txt"; exit 1; }
"$fixture" "$work/weights.safetensors" "${weights[@]}" || exit 1

# a batch of the spec's size and largest bucket, rows padded to different lengths
B=$(awk '$1 == "batch_size:" { print $2; exit }' "$spec")
S=$(awk '$1 == "seq_len:" { gsub(/[][,]/, " "); print $NF; exit }' "$spec")
V=$(awk '$1 == "vocab_size:" { print $2; exit }' "$spec")
mask=$(awk -v B="$B" -v S="$S" 'BEGIN { for (r = 0; r < B; r++) for (c = 0; c < S; c++)
  printf "%s%d", r || c ? "," : "", c < S - r * int(S / (B + 1)) }')
"$fixture" "$work/inputs.safetensors" "input_ids:i32:${B}x$S=rand:7:0:$V" \
  "attention_mask:i32:${B}x$S=$mask" "token_type_ids:i32:${B}x$S=0" "labels:i32:$B=rand:8:0:2" ||
  exit 1

key_bias_exceptions "$spec"
for target in cpu cuda; do
  prog=$(program_of "$spec" "$work/$target")
  if ! "$prog" check-step --weights "$work/weights.safetensors" --inputs "$work/inputs.safetensors" \
       --out "$work/$target.safetensors" --steps 2 --dropout on </dev/null 2>"$work/$target.err"; then
    echo "FAIL: $target check-step failed:"; cat "$work/$target.err"; exit 1
  fi
done
"$compare" "$work/cuda.safetensors" "$work/cpu.safetensors" --tol 1e-4 "${exceptions[@]}" || {
  echo "FAIL: the cuda program differs from the cpu program on $(basename "$spec")"
  exit 1
}
echo "ok: cuda and cpu agree on $(basename "$spec") ($B x $S, dropout on, 2 steps)"
