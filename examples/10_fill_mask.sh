#!/usr/bin/env bash
# Predicting a [MASK], the course's demonstration of what masked-LM pretraining learns:
# `fill-mask` on the masked-LM model that example 09 pretrained on NSMC's unlabeled reviews
# (run 09 first if its checkpoint is missing), as transformers' pipeline("fill-mask") does:
# for each [MASK] the likeliest tokens with their probabilities and the sentence filled in;
# then the same as JSON lines. The course's own sentence "나는 [MASK]에 가서 돈을 찾았다" is
# about a bank; a model pretrained on movie reviews for a few minutes knows reviews better
# than banks, so the review sentences show more of what it learned.
#
#   bash examples/10_fill_mask.sh         # ~1 s (after example 09)
#
# Expected output (observed, abbreviated; the candidates depend on example 09's run):
#   == fill-mask, top 3
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

model=$ex/09_pretrain/pre/best
[ -f "$model/model.safetensors" ] || bash "$(dirname "$0")/09_pretrain.sh" >/dev/null
mlm=$(compile_spec specs/mlm_small.yaml "$ex/mlm_small")
texts=("나는 [MASK]에 가서 돈을 찾았다" "이 영화 정말 [MASK] 재미있어요" "배우들의 연기가 [MASK] 좋았다"
       "스토리가 너무 [MASK] 지루했다" "[MASK] 최고의 영화")
echo "== fill-mask, top 3"
"$mlm" fill-mask --model "$model" --top-k 3 "${texts[@]}"
echo "== --json (one line per text)"
"$mlm" fill-mask --model "$model" --top-k 2 --json "${texts[1]}" "${texts[2]}"
