#!/usr/bin/env bash
# strategy feature_extraction: the training program of that variant has no kernel that
# computes a gradient of an embedding or encoder tensor (only pooler and classifier train).
set -u
bertc=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bertc" compile "$src/specs/tiny_cls.yaml" -o "$work/t" --emit-only || exit 1
plan="$work/t/plan.txt"
v=$(awk '$2 == "feature_extraction" {print $1; exit}' <(sed -n '/^variants:/,/^$/p' "$plan"))
[ -n "$v" ] || { echo "FAIL: no feature_extraction variant in plan.txt"; exit 1; }
kernels=$(awk -v p="program train_s16_$v:" 'index($0, p) == 1 {on=1; next} /^$/ {on=0} on' "$plan")
[ -n "$kernels" ] || { echo "FAIL: program train_s16_$v not found"; exit 1; }
# backward kernels are named after the graph's gradient nodes: grad.layer.N..., grad.embeddings...
bad=$(grep -E "grad[._](layer|embeddings)|scatter" <<<"$kernels")
if [ -n "$bad" ]; then echo "FAIL: encoder/embedding gradient kernels in $v:"; echo "$bad"; exit 1; fi
full=$(awk 'index($0, "program train_s16_v0:") == 1 {on=1; next} /^$/ {on=0} on' "$plan" | wc -l)
fe=$(wc -l <<<"$kernels")
echo "ok: feature_extraction ($v) runs $fe kernels, full (v0) runs $full"
[ "$fe" -lt "$full" ] || { echo "FAIL: frozen variant is not smaller"; exit 1; }
