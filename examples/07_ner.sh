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
# Expected output (observed on 2026-12-02, Intel Xeon, 2 threads; abbreviated. A small model
# trained from scratch on 4,000 sentences, so its F1 is far below a pretrained mBERT's):
#   == train: 4,000 KLUE-NER sentences, 10 epochs
#   ner_small: train 4000 sentences (KLUE-NER characters; 0 in windows), test 1000; 125 batches
#     of 32 per epoch, 10 epochs, strategy full, 2 threads -> runs/examples/07_ner/run
#   epoch 1/10: train loss 1.2012 acc 0.7066 | test loss 0.6197 acc 0.8484 entity F1 0.2325
#     char F1 0.5152 | 4.5 s
#   ...
#   epoch 7/10: train loss 0.2526 acc 0.9121 | test loss 0.4538 acc 0.8837 entity F1 0.3860
#     char F1 0.6956 | 4.5 s
#   ...
#   done: best test entity F1 0.3860 (epoch 7), checkpoint runs/examples/07_ner/run/best, ...
#   == eval (best checkpoint, the 1,000 test sentences)
#   entity F1 0.3860  precision 0.3408  recall 0.4450  macro F1 0.4019
#   character macro F1 0.6956 (KLUE)  character accuracy 0.8837  loss 0.4538
#   entity-level report (seqeval):
#                 precision    recall  f1-score   support
#             DT     0.5936    0.7040    0.6441       473
#             ...
#      micro avg     0.3408    0.4450    0.3860      2798
#   == predict
#   <김철수는:PS> <2020년:DT> <3월:DT> <서울:LC>에서 <삼성:OG>전자에 입사했다.
#   <내일:DT> <오후 3시에:TI> <부산역:LC> 앞에서 만나자.
#   {"text":"김철수는 2020년 3월 서울에서 삼성전자에 입사했다.","entities":[{"type":"PS","start":0,
#     "end":4,"text":"김철수는","score":0.9563238},{"type":"DT","start":5,"end":10,...},...]}
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
