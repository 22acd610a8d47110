#!/usr/bin/env bash
# Pretraining, the course's explanation of BERT made real: masked-LM pretraining of the small
# model on NSMC's unlabeled reviews, then fine-tuning the sentiment classifier from it.
# Compiles specs/mlm_small.yaml (nsmc_small's model with BertForMaskedLM's head: transform +
# decoder tied to the word embeddings, run at the masked tokens only) and pretrains it for 1
# epoch on the 492k reviews of unlabeled.txt (PRETRAIN_SAMPLE=N: a seeded sample of N, faster
# but weaker; 15% of the tokens masked 80/10/10 as HF's DataCollatorForLanguageModeling, fresh
# masks every epoch; 1% held out for the masked-token accuracy and perplexity). Then trains nsmc_small on the same 20,000
# reviews and 2 epochs as example 02 twice: from the pretrained run (`train --init
# RUN/best`: its encoder and embeddings load, the pooler and classifier start new) and from
# scratch, and prints both. Examples 06 (strategies) and 10 (fill-mask) use its checkpoint.
#
#   bash examples/09_pretrain.sh          # about 14 minutes on 2 cores (pretraining: 12)
#
# Expected output (observed, abbreviated; seconds depend on the load):
#   == pretrain mlm_small: 100,000 unlabeled reviews, 1 epoch
#   mlm_small: train 99000 sequences drawn of ... test 4924; 1547 batches of 64 per epoch, ...
#   epoch 1/1: train loss ... | test loss ... acc ... perplexity ... | ... s
#   == fine-tune nsmc_small from the pretrained encoder
#   note: bert.pooler.dense.weight: newly initialized (not in runs/examples/09_pretrain/pre/best)
#   ...
#   == test accuracy after 2 epochs on 20,000 reviews: pretrained ... from scratch ...
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

build_vocab
[ -f "$NSMC_DIR/unlabeled.txt" ] || { echo "error: no unlabeled.txt in $NSMC_DIR" >&2; exit 2; }
mlm=$(compile_spec specs/mlm_small.yaml "$ex/mlm_small")
cls=$(compile_spec specs/nsmc_small.yaml "$ex/nsmc_small")
out=$ex/09_pretrain
rm -rf "$out" && mkdir -p "$out"

sample=()
[ -z "${PRETRAIN_SAMPLE:-}" ] || sample=(--sample "$PRETRAIN_SAMPLE")
echo "== pretrain mlm_small: ${PRETRAIN_SAMPLE:-all} unlabeled reviews, 1 epoch"
"$mlm" train --vocab "$vocab" --train "$NSMC_DIR/unlabeled.txt" --holdout 0.01 "${sample[@]}" \
  --epochs 1 --seed 42 --out "$out/pre" | grep -v ' step '

finetune() { # finetune NAME ARGS...: nsmc_small on example 02's sample; prints its accuracy
  local name=$1; shift
  "$cls" train "$@" --sample 20000 --test-sample 5000 --epochs 2 --seed 42 --out "$out/$name" |
    grep -v ' step ' >&2
  grep '"type":"epoch"' "$out/$name/metrics.jsonl" | grep -o '"test_acc":[0-9.]*' | cut -d: -f2 |
    sort -g | tail -1
}
echo "== fine-tune nsmc_small from the pretrained encoder"
pretrained=$(finetune pretrained --init "$out/pre/best")
echo "== the same from scratch"
scratch=$(finetune scratch --vocab "$vocab")
echo "== test accuracy after 2 epochs on 20,000 reviews: pretrained $pretrained, from scratch $scratch"
