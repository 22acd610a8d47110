#!/usr/bin/env bash
# The course's other heads, step 1: token classification (NER). Splits KLUE-NER v1.1 dev as its
# README says (the first 4,000 sentences train, the last 1,000 test), builds a 4,000-token
# vocabulary from the training sentences, compiles specs/ner_small.yaml (2 layers, hidden 128,
# KLUE's 13 character tags) and trains it from scratch for 10 epochs; then `eval` (entity
# P/R/F1 per type as seqeval computes them, KLUE's character macro F1) and `predict` (the
# entities of new sentences, marked inline and as JSON with code-point offsets).
#
#   bash examples/07_ner.sh          # about 1 minute on 2 cores
#
# Expected output (observed, abbreviated; a small model trained from scratch on 4,000
# sentences, so its F1 is far below a pretrained mBERT's):
#   == train: 4,000 KLUE-NER sentences, 10 epochs
#   ner_small: train 4000 sentences (KLUE-NER characters; 0 in windows), test 1000; 125 batches
#     of 32 per epoch, 10 epochs, strategy full, 2 threads -> runs/examples/07_ner/run
#   epoch 1/10: train loss 1.2075 acc 0.7052 | test loss 0.6173 acc 0.8513 entity F1 0.2508
#     char F1 0.5266 | 5.5 s
#   ...
#   epoch 10/10: train loss 0.1945 acc 0.9320 | test loss 0.4734 acc 0.8830 entity F1 0.3853
#     char F1 0.7043 | 5.5 s
#   == eval (best checkpoint, the 1,000 test sentences)
#   entity F1 0.3853  precision 0.3605  recall 0.4139  macro F1 ...
#   character macro F1 0.7043 (KLUE)  character accuracy 0.8830  loss 0.4734
#             precision    recall  f1-score   support
#          DT     ...
#   == predict
#   <김철수:PS>는 <2020년 3월:DT> <서울:LC>에서 ...
#   {"text":"...","entities":[{"type":"PS","start":0,"end":3,"text":"김철수","score":0.91},...]}
# The report (runs/examples/07_ner/run/report.html) has the learning curves (loss, entity and
# character F1), the per-type table, the tag confusion heatmap and sample sentences with their
# gold and predicted entities.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

klue=${KLUE_DIR:-$(cd "$root/.." && pwd)/shared/data/klue_ner}/klue-ner-v1.1_dev.tsv
if [ ! -f "$klue" ]; then
  echo "error: no $klue (set KLUE_DIR to the folder holding klue-ner-v1.1_dev.tsv)" >&2
  exit 2
fi
out=$ex/07_ner
mkdir -p "$out"
# one sentence per blank-line-separated block; the file's header comments are in the first
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR <= 4000' "$klue" >"$out/train.tsv"
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR > 4000' "$klue" >"$out/test.tsv"
build_bertc
[ -s "$out/vocab.txt" ] || "$bertc" vocab build --size 4000 "$out/train.tsv" -o "$out/vocab.txt"
prog=$(compile_spec specs/ner_small.yaml "$ex/ner_small")

echo "== train: 4,000 KLUE-NER sentences, 10 epochs"
rm -rf "$out/run"
"$prog" train --train "$out/train.tsv" --test "$out/test.tsv" --vocab "$out/vocab.txt" \
  --out "$out/run"

echo "== eval (best checkpoint, the 1,000 test sentences)"
"$prog" eval --model "$out/run/best" --data "$out/test.tsv"

echo "== predict"
sentences=("김철수는 2020년 3월 서울에서 삼성전자에 입사했다." "내일 오후 3시에 부산역 앞에서 만나자.")
"$prog" predict --model "$out/run/best" "${sentences[@]}"
"$prog" predict --model "$out/run/best" --json "${sentences[0]}"
echo "== report: $out/run/report.html (open it in a browser)"
