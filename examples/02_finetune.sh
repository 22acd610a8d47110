#!/usr/bin/env bash
# Step 2 of the course: fine-tuning. Compiles specs/nsmc_small.yaml (a 2-layer BERT,
# hidden 128, labels 부정/긍정) into one program, then trains it from scratch on a seeded
# sample of 20,000 NSMC training reviews for 2 epochs (dropout, AdamW with linear warmup,
# gradient clipping; every epoch tested on a 5,000-review sample of the test set).
# Progress is a bar on a terminal and a line every few seconds otherwise. The run folder
# holds HF-layout checkpoints (epoch-N/, best/), the trainer state for --resume,
# metrics.jsonl and report.html. Examples 03-05 use its best/ checkpoint.
#
#   bash examples/02_finetune.sh          # about 30 s on 2 cores
#
# Expected output (observed, abbreviated; speed and the last digits vary with the load):
#   == train: 20,000 sampled reviews, 2 epochs, seed 42
#   nsmc_small: train 20000 reviews (6 empty dropped), test 5000; 625 batches of 32 per
#     epoch, 2 epochs, strategy full, 2 threads -> runs/examples/02_finetune/run
#   epoch 1/2 step 486/1250 loss 0.3677 1553.8 seq/s ETA 0:15
#   epoch 1/2: train loss 0.5119 acc 0.7281 | test loss 0.4296 acc 0.8044 | 12.7 s
#   epoch 2/2 step 1250/1250 loss 0.3220 1617.0 seq/s ETA 0:00
#   epoch 2/2: train loss 0.2995 acc 0.8793 | test loss 0.4194 acc 0.8212 | 12.1 s
#   done: best test accuracy 0.8212 (epoch 2), checkpoint runs/examples/02_finetune/run/best, ...
#   == checkpoints
#   best/ epoch-1/ epoch-2/ state/ cache-test.tok cache-train.tok metrics.jsonl report.html
#   best/: config.json model.safetensors tokenizer_config.json vocab.txt
#   == per-epoch metrics (metrics.jsonl)
#   {"type":"epoch","epoch":1,"train_loss":0.5118...,"test_acc":0.8044,"seconds":12.68...}
#   {"type":"epoch","epoch":2,"train_loss":0.2995...,"test_acc":0.8212,"seconds":12.05...}
#   {"type":"run","train_seconds":24.73...,"sequences_per_second":1617.0...,"peak_memory_bytes":105345024}
#   == report: runs/examples/02_finetune/run/report.html (open it in a browser)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

build_vocab
prog=$(compile_spec specs/nsmc_small.yaml "$ex/nsmc_small")
run=$ex/02_finetune/run
rm -rf "$run" # train refuses a folder that already holds a run
mkdir -p "$(dirname "$run")"

echo "== train: 20,000 sampled reviews, 2 epochs, seed 42"
"$prog" train --vocab "$vocab" --sample 20000 --test-sample 5000 --epochs 2 --seed 42 \
  --out "$run"

echo "== checkpoints"
(cd "$run" && printf '%s ' */ *.*) && echo
(cd "$run/best" && printf '%s ' best/: *) && echo
echo "== per-epoch metrics (metrics.jsonl)"
grep '"type":"epoch"' "$run/metrics.jsonl"
grep '"train_seconds"' "$run/metrics.jsonl"
echo "== report: $run/report.html (open it in a browser)"
