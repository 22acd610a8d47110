#!/usr/bin/env bash
# Step 1 of the course: the tokenizer. Builds an 8,000-token WordPiece vocabulary from
# NSMC's training reviews (`bertc vocab build`, deterministic, about a second), then
# tokenizes a few Korean sentences with it: tokens, ids, and the ids decoded back to text.
#
#   bash examples/01_tokenize.sh
#
# Expected output (observed, abbreviated):
#   == tokens
#   [CLS] 이 영화 정말 재미있어요 [SEP]
#   [CLS] 주인공의 감정 ##선 ##이 섬세 ##하게 그려 ##졌다 ##ㅋㅋ [SEP]
#   ...
#   == ids
#   101 1514 3981 3989 4905 102
#   ...
#   == decoded back (--decode --skip-special)
#   이 영화 정말 재미있어요
#   ...
# Frequent words are whole tokens; rarer ones split into a stem and `##` pieces. The
# layout is BERT's: [PAD]=0, [UNK]=100, [CLS]=101, [SEP]=102, [MASK]=103.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

echo "== vocabulary: $vocab"
build_vocab
echo "$(wc -l <"$vocab") tokens; special ones (token=id) and a few learned ones:"
awk 'NR == 1 || (NR >= 101 && NR <= 104) || (NR >= 3982 && NR <= 3991) { printf "%s=%d ", $0, NR - 1 }
     END { print "" }' "$vocab"

sentences=$ex/01_sentences.txt
cat >"$sentences" <<'TEXT'
이 영화 정말 재미있어요
주인공의 감정선이 섬세하게 그려졌다ㅋㅋ
배우들 연기가 너무 어색하고 지루했다
OST가 최고!! 10점 만점에 10점
TEXT

echo "== tokens"
"$bertc" tokenize --vocab "$vocab" "$sentences"
echo "== ids"
"$bertc" tokenize --vocab "$vocab" --ids "$sentences" | tee "$ex/01_ids.txt"
echo "== decoded back (--decode keeps [CLS]/[SEP])"
"$bertc" tokenize --vocab "$vocab" --decode <"$ex/01_ids.txt"
echo "== decoded back (--decode --skip-special)"
"$bertc" tokenize --vocab "$vocab" --decode --skip-special <"$ex/01_ids.txt"
echo "== a pair, truncated to 10 tokens (--pair --max-length 10: longest_first)"
printf '이 영화 정말 재미있어요\t주인공의 감정선이 섬세하게 그려졌다ㅋㅋ\n' |
  "$bertc" tokenize --vocab "$vocab" --pair --max-length 10
