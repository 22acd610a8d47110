#!/usr/bin/env bash
# Step 6 of the course: fine-tuning strategies compared. Trains the same model from
# scratch three times on the same seeded sample (20,000 training reviews, 5,000 test
# reviews, 3 epochs, seed 42), once per strategy, all from one compiled program:
#   full                 every parameter trains
#   feature_extraction   embeddings and encoder frozen; only pooler + classifier train
#                        (no backward work for the encoder)
#   gradual_unfreezing   epoch 1 the head, epoch 2 also the top layer, epoch 3 both
#                        layers (the embeddings stay frozen)
# then draws the three runs side by side with `report` and prints a summary table.
# The program comes from specs/nsmc_small.yaml with `epochs: 3` (written to
# runs/examples/nsmc_strategies.yaml): gradual unfreezing compiles one variant per
# epoch of the spec, so 3 epochs reach both layers of this 2-layer model.
# From scratch the frozen parts are random weights, so feature extraction and gradual
# unfreezing trail full training by far here; the course starts from pretrained mBERT
# (`train --init DIR`), where the gaps are smaller.
#
#   bash examples/06_strategies.sh        # 1-2 minutes on 2 cores
#
# Expected output (observed, abbreviated; seconds depend on the machine's load):
#   == compiled variants (plan.txt)
#     v0 full                 unfrozen layers 2, trainable from element 0
#     v1 feature_extraction   unfrozen layers 0, trainable from element 1437440
#     v2 gradual_unfreezing   unfrozen layers 0, trainable from element 1437440
#     v3 gradual_unfreezing   unfrozen layers 1, trainable from element 1239168
#     v4 gradual_unfreezing   unfrozen layers 2, trainable from element 1040896
#   == train --strategy full
#   epoch 1/3: train loss 0.5249 acc 0.7177 | test loss 0.4293 acc 0.8026 | 11.7 s
#   ...
#   == side by side
#   strategy                 epoch1     epoch2     epoch3      train s   peak MiB
#   full                     0.8026     0.8210     0.8208         35.0      100.6
#   feature_extraction       0.4974     0.5026     0.4986         10.9       46.0
#   gradual_unfreezing       0.4974     0.5794     0.6050         21.0       87.7
#   == comparison report: runs/examples/06_strategies/compare.html (...)
# Feature extraction stays at chance here: a frozen random encoder carries almost no
# sentence signal to [CLS]. From a trained encoder it does not (e.g. `train --init
# runs/examples/02_finetune/run/best --strategy feature_extraction`: 0.82 after 1 epoch).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

build_vocab
out=$ex/06_strategies
mkdir -p "$out"
sed 's/^name: nsmc_small$/name: nsmc_strategies/; s/^  epochs: 2$/  epochs: 3/' \
  specs/nsmc_small.yaml >"$ex/nsmc_strategies.yaml.new"
cmp -s "$ex/nsmc_strategies.yaml.new" "$ex/nsmc_strategies.yaml" ||
  mv "$ex/nsmc_strategies.yaml.new" "$ex/nsmc_strategies.yaml" # keeps its mtime if unchanged
rm -f "$ex/nsmc_strategies.yaml.new"
prog=$(compile_spec "$ex/nsmc_strategies.yaml" "$ex/nsmc_strategies")
echo "== compiled variants (plan.txt)"
sed -n '/^variants:/,/^$/p' "$ex/nsmc_strategies/plan.txt"

strategies=(full feature_extraction gradual_unfreezing)
for s in "${strategies[@]}"; do
  echo "== train --strategy $s"
  rm -rf "${out:?}/$s"
  "$prog" train --vocab "$vocab" --sample 20000 --test-sample 5000 --epochs 3 --seed 42 \
    --strategy "$s" --out "$out/$s" | grep -v ' step '
done

echo "== side by side"
printf '%-20s %10s %10s %10s %12s %10s\n' strategy epoch1 epoch2 epoch3 "train s" "peak MiB"
for s in "${strategies[@]}"; do
  m=$out/$s/metrics.jsonl
  accs=$(grep '"type":"epoch"' "$m" | grep -o '"test_acc":[0-9.]*' | cut -d: -f2 | tr '\n' ' ')
  secs=$(grep -o '"train_seconds":[0-9.]*' "$m" | cut -d: -f2)
  peak=$(grep -o '"peak_memory_bytes":[0-9]*' "$m" | cut -d: -f2)
  # shellcheck disable=SC2086 # accs: one word per epoch
  printf '%-20s %10.4f %10.4f %10.4f %12.1f %10.1f\n' "$s" $accs "$secs" "$(echo "$peak" | awk '{ print $1 / 1048576 }')"
done
"$prog" report "$out/full" "$out/feature_extraction" "$out/gradual_unfreezing" -o "$out/compare.html"
echo "== comparison report: $out/compare.html (each run's own: $out/<strategy>/report.html)"
