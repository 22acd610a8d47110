#!/usr/bin/env bash
# The three fine-tuning strategies of specs/nsmc_small.yaml compared on the CPU: trains
# the same small BERT from scratch once per strategy (full, feature_extraction,
# gradual_unfreezing) on the same seeded NSMC sample with the same seed and thread count,
# each under /usr/bin/time -v, and appends one row per strategy to
# bench/results/nsmc_strategies.md: best and last test accuracy (on the test sample),
# wall time of the whole `train` command, training seconds and throughput, the trainer's
# own peak memory (metrics.jsonl) and the process's maximum resident set (time -v).
# The program is specs/nsmc_small.yaml with `epochs` set to --epochs (written to the work
# folder): gradual unfreezing compiles one variant per epoch of the spec, so with the
# default 3 epochs it trains the head, then the top layer, then both layers.
#
# With --init DIR every run starts from that checkpoint instead (e.g. the masked-LM run of
# bench/mlm_pretrain.sh or examples/09_pretrain.sh: pretrained encoder, new head), where the
# frozen layers of feature extraction and gradual unfreezing carry meaning, as in the course.
#
# Usage: bench/nsmc_strategies.sh [--sample N] [--test-sample N] [--epochs N] [--seed S]
#                                 [--threads T] [--init DIR] [--no-record]
#   defaults: --sample 20000 --test-sample 5000 --epochs 3 --seed 42 --threads 2
# Environment: NSMC_DIR (default ../shared/data/nsmc beside the checkout), BERTC (default
#   build/compiler/bertc), BENCH_WORK (default runs/bench/nsmc_strategies; kept).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

die() { echo "nsmc_strategies.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }

sample=20000 test_sample=5000 epochs=3 seed=42 threads=2 record=1 init=""
while [ $# -gt 0 ]; do
  case $1 in
    --sample) sample=${2:?--sample needs a value}; shift 2 ;;
    --test-sample) test_sample=${2:?--test-sample needs a value}; shift 2 ;;
    --epochs) epochs=${2:?--epochs needs a value}; shift 2 ;;
    --seed) seed=${2:?--seed needs a value}; shift 2 ;;
    --threads) threads=${2:?--threads needs a value}; shift 2 ;;
    --init) init=${2:?--init needs a folder}; shift 2 ;;
    --no-record) record=0; shift ;;
    -h|--help) usage ;;
    *) echo "nsmc_strategies.sh: unknown argument $1" >&2; usage ;;
  esac
done

export NSMC_DIR="${NSMC_DIR:-$(cd "$root/.." && pwd)/shared/data/nsmc}"
[ -f "$NSMC_DIR/ratings_train.txt" ] || die "no $NSMC_DIR/ratings_train.txt: set NSMC_DIR"
bertc=${BERTC:-$root/build/compiler/bertc}
[ -x "$bertc" ] || die "no bertc at $bertc: build it (cmake -S . -B build && cmake --build build) or set BERTC"
[ -x /usr/bin/time ] || die "no /usr/bin/time (apt-get install time)"
work=${BENCH_WORK:-runs/bench/nsmc_strategies}
mkdir -p "$work"

vocab=$work/vocab.txt
[ -s "$vocab" ] || "$bertc" vocab build --size 8000 "$NSMC_DIR/ratings_train.txt" -o "$vocab"
spec=$work/nsmc_strategies.yaml
sed "s/^name: nsmc_small\$/name: nsmc_strategies/; s/^  epochs: [0-9]*\$/  epochs: $epochs/" \
  specs/nsmc_small.yaml >"$spec"
"$bertc" compile "$spec" -o "$work/prog"
prog=$work/prog/nsmc_strategies

machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
date=$(date -u +%Y-%m-%dT%H:%MZ)
command="bench/nsmc_strategies.sh --sample $sample --test-sample $test_sample --epochs $epochs --seed $seed --threads $threads${init:+ --init $init}"
start=(--vocab "$vocab")
[ -z "$init" ] || start=(--init "$init")
field() { grep -o "\"$2\":[0-9.e+-]*" "$1" | tail -1 | cut -d: -f2; }
rows=()
for s in full feature_extraction gradual_unfreezing; do
  run=$work/$s
  rm -rf "$run"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== $s (load $load)"
  /usr/bin/time -v -o "$work/$s.time" "$prog" train "${start[@]}" --sample "$sample" \
    --test-sample "$test_sample" --epochs "$epochs" --seed "$seed" --threads "$threads" \
    --strategy "$s" --out "$run" | grep -v ' step '
  m=$run/metrics.jsonl
  best=$(grep '"type":"epoch"' "$m" | grep -o '"test_acc":[0-9.]*' | cut -d: -f2 | sort -g | tail -1)
  last=$(grep '"type":"epoch"' "$m" | grep -o '"test_acc":[0-9.]*' | cut -d: -f2 | tail -1)
  train_s=$(field "$m" train_seconds)
  seqs=$(field "$m" sequences_per_second)
  peak=$(field "$m" peak_memory_bytes)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
           for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/$s.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/$s.time")
  row=$(printf '| %s | %s | %s | %s | %.2f%% | %.2f%% | %s | %.1f | %.0f | %.1f | %s | %s |' \
    "$date" "$machine" "\`$command\`" "$s" "$(awk -v a="$best" 'BEGIN { print a * 100 }')" \
    "$(awk -v a="$last" 'BEGIN { print a * 100 }')" "$wall" "$train_s" "$seqs" \
    "$(awk -v b="$peak" 'BEGIN { print b / 1048576 }')" "$rss" "$load")
  echo "$row"
  rows+=("$row")
done

if [ $record = 1 ]; then
  results=bench/results/nsmc_strategies.md
  if [ ! -f "$results" ]; then
    cat >"$results" <<'HDR'
# NSMC: fine-tuning strategies compared (CPU)

`bench/nsmc_strategies.sh` trains specs/nsmc_small.yaml (2 layers, hidden 128, 8,000-token
WordPiece vocabulary built from ratings_train.txt) from scratch once per strategy, on the
same seeded sample of NSMC with the same seed and threads, each under `/usr/bin/time -v`.
Accuracy is on the seeded test sample (best epoch, and the last epoch). Wall: the whole
`train` command (data loading, tokenization, training, per-epoch tests, checkpoints);
train s and seq/s: the training steps only (metrics.jsonl); peak MiB: the trainer's own
figure (metrics.jsonl `peak_memory_bytes`); max RSS MiB: /usr/bin/time -v.

All three start from scratch (random weights), so this measures the cost of each
strategy's compiled variants more than the strategies' merit: with a frozen random
encoder, feature extraction stays at chance (50%), and gradual unfreezing (epoch 1 head,
epoch 2 + top layer, epoch 3 + both layers; the embeddings stay frozen) only starts to
learn once layers unfreeze. The course compares them from pretrained mBERT (`train
--init`), where frozen layers carry meaning.

| date | machine | command | strategy | best test acc | last test acc | wall s | train s | seq/s | peak MiB | max RSS MiB | load avg at start |
|---|---|---|---|---|---|---|---|---|---|---|---|
HDR
  fi
  printf '%s\n' "${rows[@]}" >>"$results"
  echo "recorded in $results"
fi
