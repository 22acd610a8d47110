#!/usr/bin/env bash
# Pretrain, then fine-tune (issue 15's quality goal): specs/mlm_small.yaml (nsmc_small's model
# with a masked-LM head) pretrained on NSMC's 492k unlabeled reviews (unlabeled.txt, one per
# line, 15% masked as HF's DataCollatorForLanguageModeling, fresh masks per epoch, 1% held out
# for the masked-LM figures) for --pretrain-epochs epochs on the CPU; then specs/nsmc_small.yaml
# fine-tuned from its best checkpoint (`train --init`) on all of ratings_train.txt for the same
# budget as bench/nsmc_full.sh's from-scratch run (the spec's 2 epochs, seed 42), tested on all
# of ratings_test.txt; and, unless --no-scratch, that from-scratch run again in the same run.
# Goal: >= 86.0% test accuracy after pretraining, against 85.4% from scratch.
# Appends a row to bench/results/mlm_pretrain.md.
#
# Usage: bench/mlm_pretrain.sh [--pretrain-epochs N] [--threads T] [--no-scratch] [--no-record]
#   defaults: --pretrain-epochs 1 --threads 2
# Environment: NSMC_DIR (default ../shared/data/nsmc beside the checkout), BERTC (default
#   build/compiler/bertc), BENCH_WORK (default runs/bench/mlm_pretrain; kept).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
die() { echo "mlm_pretrain.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }

pre_epochs=1 threads=2 scratch=1 record=1
while [ $# -gt 0 ]; do
  case $1 in
    --pretrain-epochs) pre_epochs=${2:?--pretrain-epochs needs a value}; shift 2 ;;
    --threads) threads=${2:?--threads needs a value}; shift 2 ;;
    --no-scratch) scratch=0; shift ;;
    --no-record) record=0; shift ;;
    -h|--help) usage ;;
    *) echo "mlm_pretrain.sh: unknown argument $1" >&2; usage ;;
  esac
done
export NSMC_DIR="${NSMC_DIR:-$(cd "$root/.." && pwd)/shared/data/nsmc}"
train=$NSMC_DIR/ratings_train.txt test=$NSMC_DIR/ratings_test.txt text=$NSMC_DIR/unlabeled.txt
for f in "$train" "$test" "$text"; do [ -f "$f" ] || die "no $f: set NSMC_DIR"; done
bertc=${BERTC:-$root/build/compiler/bertc}
[ -x "$bertc" ] || die "no bertc at $bertc: build it or set BERTC"
work=${BENCH_WORK:-runs/bench/mlm_pretrain}
mkdir -p "$work"

vocab=$work/vocab.txt
[ -s "$vocab" ] || "$bertc" vocab build --size 8000 "$train" -o "$vocab"
"$bertc" compile specs/mlm_small.yaml -o "$work/mlm" >/dev/null
"$bertc" compile specs/nsmc_small.yaml -o "$work/cls" >/dev/null
field() { grep -o "\"$2\":[0-9.e+-]*" "$1" | tail -1 | cut -d: -f2; }
pct() { awk -v a="$1" 'BEGIN { printf "%.2f%%", a * 100 }'; }
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== pretrain mlm_small on $(wc -l <"$text") unlabeled reviews, $pre_epochs epochs (load $load)"
rm -rf "$work/pre"
"$work/mlm/mlm_small" train --vocab "$vocab" --train "$text" --holdout 0.01 --epochs "$pre_epochs" \
  --seed 42 --threads "$threads" --out "$work/pre" | grep -v ' step '
pre_s=$(field "$work/pre/metrics.jsonl" train_seconds)
pre_tokens=$(field "$work/pre/metrics.jsonl" sequences_per_second)
pre_acc=$(grep '"type":"epoch"' "$work/pre/metrics.jsonl" | grep -o '"test_acc":[0-9.]*' | cut -d: -f2 | tail -1)
pre_loss=$(grep '"type":"epoch"' "$work/pre/metrics.jsonl" | grep -o '"test_loss":[0-9.]*' | cut -d: -f2 | tail -1)
ppl=$(awk -v l="$pre_loss" 'BEGIN { printf "%.1f", exp(l) }')

finetune() { # finetune NAME INIT_ARGS...: trains nsmc_small, prints "acc train_s"
  local name=$1; shift
  rm -rf "$work/$name"
  "$work/cls/nsmc_small" train "$@" --train "$train" --test "$test" --seed 42 --threads "$threads" \
    --out "$work/$name" | grep -v ' step ' >&2
  "$work/cls/nsmc_small" eval --model "$work/$name/best" --data "$test" --threads "$threads" --json \
    >"$work/$name.eval.json"
  echo "$(field "$work/$name.eval.json" accuracy) $(field "$work/$name/metrics.jsonl" train_seconds)"
}
echo "== fine-tune nsmc_small from the pretrained encoder"
read -r ft_acc ft_s < <(finetune finetuned --init "$work/pre/best")
scratch_acc="" scratch_s=""
if [ $scratch = 1 ]; then
  echo "== nsmc_small from scratch, the same budget"
  read -r scratch_acc scratch_s < <(finetune scratch --vocab "$vocab")
fi
goal=$(awk -v a="$ft_acc" 'BEGIN { print (a >= 0.86 ? "yes" : "no") }')
machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
command="bench/mlm_pretrain.sh --pretrain-epochs $pre_epochs --threads $threads"
# shellcheck disable=SC2016 # the backquotes are Markdown
row=$(printf '| %s | %s | `%s` | %s | %.0f | %.0f | %s | %s | %s | %.0f | %s | %s | %s |' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$machine" "$command" "$pre_epochs" "$pre_s" "$pre_tokens" \
  "$(pct "$pre_acc")" "$ppl" "$(pct "$ft_acc")" "$ft_s" "$goal" \
  "${scratch_acc:+$(pct "$scratch_acc")}" "$load")
echo "$row"
if [ $record = 1 ]; then
  results=bench/results/mlm_pretrain.md
  if [ ! -f "$results" ]; then
    cat >"$results" <<'HDR'
# Pretrain on NSMC's unlabeled reviews, then fine-tune: masked LM makes the small model better

`bench/mlm_pretrain.sh` pretrains specs/mlm_small.yaml (nsmc_small's 2-layer, hidden-128 model
with BertForMaskedLM's head; batch 64, lr 5e-4, 6% warmup; 8,000-token vocabulary from
ratings_train.txt) on unlabeled.txt (491,948 reviews, one sequence each in buckets 16/32/64,
15% of the tokens masked 80/10/10 as HF's DataCollatorForLanguageModeling, fresh masks every
epoch; 1% of the reviews held out for the masked-token accuracy and perplexity), then
fine-tunes specs/nsmc_small.yaml from its best checkpoint with `train --init` on all of
ratings_train.txt for the spec's 2 epochs (seed 42) and tests on all of ratings_test.txt; the
same fine-tuning from scratch (`--vocab`) runs after it in the same run. Goal (issue 15):
>= 86.0% after pretraining, against 85.4% from scratch (bench/results/nsmc_full.md).
Pretrain s: training steps only (wall minus tokenizing and evaluating); seq/s: pretraining
sequences per second.

| date | machine | command | pretrain epochs | pretrain s | pretrain seq/s | held-out masked acc | held-out perplexity | test acc after pretraining | fine-tune s | >= 86% | test acc from scratch | load avg at start |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
HDR
  fi
  echo "$row" >>"$results"
  echo "recorded in $results"
fi
