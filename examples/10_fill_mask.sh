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
# Expected output (observed 2026-12-02 after example 09's one epoch, abbreviated):
#   == fill-mask, top 3
#   나는 [MASK]에 가서 돈을 찾았다
#     [MASK] 1 of 1 (token 2):
#       0.0458  ,  나는, 에 가서 돈을 찾았다
#       0.0216  영화  나는 영화 에 가서 돈을 찾았다
#       0.0151  왜  나는 왜 에 가서 돈을 찾았다
#   이 영화 정말 [MASK] 재미있어요
#     [MASK] 1 of 1 (token 4):
#       0.1074  너무  이 영화 정말 너무 재미있어요
#       0.0905  정말  이 영화 정말 정말 재미있어요
#       0.0778  재밌게  이 영화 정말 재밌게 재미있어요
#   배우들의 연기가 [MASK] 좋았다
#     [MASK] 1 of 1 (token 3):
#       0.1375  너무  배우들의 연기가 너무 좋았다
#       ...
#   == --json (one line per text)
#   {"text":"이 영화 정말 [MASK] 재미있어요","masks":[{"position":4,"candidates":[{"token":"너무",
#     "id":3986,"score":0.10743773803929543,"sequence":"이 영화 정말 너무 재미있어요"},...]}],
#     "candidates":[...]}
# Reviews were all it read: the bank sentence gets review words, the review sentences the
# intensifiers (너무, 정말) that reviews put there.
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
