#!/usr/bin/env bash
# Step 5 of the course: sentence embeddings. Embeds six sentences with the best
# checkpoint of 02_finetune.sh (trained first if missing) and prints their cosine
# similarity matrix from the pooler outputs (tanh(W·h[CLS] + b)), as the course does,
# then the same with mean pooling over the tokens, and writes the pooler embeddings as
# TSV (one row of hidden_size = 128 numbers per sentence).
#
#   bash examples/05_embeddings.sh
#
# Expected output (observed, abbreviated): a model trained only for sentiment puts the
# positive reviews [0]-[2] close together, the negative ones [3]-[4] opposite them
# (cosine near -1) and the neutral sentence [5] about the weather near 0 to both.
#   == cosine similarity, pooler outputs
#   cosine similarity (pooler embeddings):
#                [0]       [1]       [2]       [3]       [4]       [5]
#   [0]       1.0000    0.9922    0.9303   -0.9944   -0.9807    0.0474
#   [1]       0.9922    1.0000    0.8784   -0.9989   -0.9966   -0.0707
#   [2]       0.9303    0.8784    1.0000   -0.8894   -0.8442    0.3997
#   [3]      -0.9944   -0.9989   -0.8894    1.0000    0.9952    0.0470
#   [4]      -0.9807   -0.9966   -0.8442    0.9952    1.0000    0.1409
#   [5]       0.0474   -0.0707    0.3997    0.0470    0.1409    1.0000
#   [0] 이 영화 정말 재미있어요
#   ...
#   == cosine similarity, mean pooling
#   [0]       1.0000    0.8956    0.8199   -0.8910   -0.8435    0.0980
#   ...
#   == embeddings as TSV: runs/examples/05_embeddings/pooler.tsv
#   nsmc_small: wrote 6 x 128 pooler embeddings to runs/examples/05_embeddings/pooler.tsv
#   row 1: 128 columns, first three 0.689908147 -0.756260753 -0.69275707
#   ...
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

need_model
prog=$(compile_spec specs/nsmc_small.yaml "$ex/nsmc_small")
out=$ex/05_embeddings
mkdir -p "$out"
sentences=$out/sentences.txt
cat >"$sentences" <<'TEXT'
이 영화 정말 재미있어요
정말 재밌게 본 영화입니다
배우들 연기가 최고였다
시간이 아까운 최악의 영화
지루해서 보다가 잠들었다
내일은 비가 온다고 한다
TEXT

echo "== cosine similarity, pooler outputs"
"$prog" embed --model "$model" --file "$sentences" --similarity
echo "== cosine similarity, mean pooling"
"$prog" embed --model "$model" --file "$sentences" --similarity --pooling mean | head -7
echo "== embeddings as TSV: $out/pooler.tsv"
"$prog" embed --model "$model" --file "$sentences" --out "$out/pooler.tsv"
awk -F'\t' '{ printf "row %d: %d columns, first three %s %s %s\n", NR, NF, $1, $2, $3 }' "$out/pooler.tsv"
