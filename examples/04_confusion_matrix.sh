#!/usr/bin/env bash
# Step 4 of the course: evaluation. Evaluates the best checkpoint of 02_finetune.sh
# (trained first if missing) on a 5,000-review sample of NSMC's test set (every tenth
# review, written to runs/examples/04_confusion_matrix/test_sample.txt): accuracy, loss,
# the confusion matrix and a classification report in scikit-learn's layout, then the
# same as JSON. The run's report.html draws the matrix as a heatmap.
#
#   bash examples/04_confusion_matrix.sh
#
# Expected output (observed, abbreviated):
#   == eval on runs/examples/04_confusion_matrix/test_sample.txt
#   eval runs/examples/02_finetune/run/best on .../test_sample.txt: 5000 examples (0 empty documents dropped)
#   accuracy 0.8228  loss 0.4044
#
#   confusion matrix (rows: true label, columns: predicted):
#                    부정       긍정
#         부정       2056        482
#         긍정        404       2058
#
#   classification report:
#                 precision    recall  f1-score   support
#
#             부정     0.8358    0.8101    0.8227      2538
#             긍정     0.8102    0.8359    0.8229      2462
#
#       accuracy                         0.8228      5000
#      macro avg     0.8230    0.8230    0.8228      5000
#   weighted avg     0.8232    0.8228    0.8228      5000
#   == eval --json (...)
#   {"model":"runs/examples/02_finetune/run/best",...,"accuracy":0.8228,...,
#    "confusion":[[2056,482],[404,2058]],"report":{"부정":{"precision":0.8357...
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

need_nsmc
need_model
prog=$(compile_spec specs/nsmc_small.yaml "$ex/nsmc_small")
out=$ex/04_confusion_matrix
mkdir -p "$out"
sample=$out/test_sample.txt
awk 'NR == 1 || NR % 10 == 2' "$NSMC_DIR/ratings_test.txt" >"$sample" # header + 5,000 reviews

echo "== eval on $sample"
"$prog" eval --model "$model" --data "$sample"
echo "== eval --json (one object; the whole test set: --data \$NSMC_DIR/ratings_test.txt)"
"$prog" eval --model "$model" --data "$sample" --json | tee "$out/eval.json" | cut -c1-300
echo "..."
echo "== the heatmap: $ex/02_finetune/run/report.html"
