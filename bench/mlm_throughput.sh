#!/usr/bin/env bash
# Masked-LM pretraining throughput, bertc against HF (issue 15's second goal), in one run on
# the same text, vocabulary, config and threads: the first --lines reviews of NSMC's
# unlabeled.txt, specs/mlm_small.yaml, one epoch each.
#   1. bertc: mlm_small train on them (length buckets, the decoder at masked rows only);
#      tokens/s = the sequences' real tokens / training seconds (metrics.jsonl)
#   2. HF: bench/mlm_hf.py (BertForMaskedLM + DataCollatorForLanguageModeling, run_mlm
#      --line_by_line); tokens/s likewise
#   3. the decoder's share of a step before/after the gather: time-step at the largest bucket of
#      mlm_small and of the same spec with head.max_masked = B*S (every row through the
#      decoder, as HF computes it), and the decoder's FLOP share from each plan.txt
# Prints the ratio (> 1: bertc faster) and appends a row to bench/results/mlm_throughput.md.
#
# Usage: bench/mlm_throughput.sh [--lines N (20000)] [--threads T (2)] [--no-record]
# Environment: NSMC_DIR, BERTC, BERTC_ORACLE_PY (default /root/oracle/venv/bin/python),
#   BENCH_WORK (default runs/bench/mlm_throughput).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
die() { echo "mlm_throughput.sh: error: $*" >&2; exit 1; }
lines=20000 threads=2 record=1
while [ $# -gt 0 ]; do
  case $1 in
    --lines) lines=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --no-record) record=0; shift ;;
    *) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
export NSMC_DIR="${NSMC_DIR:-$(cd "$root/.." && pwd)/shared/data/nsmc}"
[ -f "$NSMC_DIR/unlabeled.txt" ] || die "no unlabeled.txt in $NSMC_DIR"
bertc=${BERTC:-$root/build/compiler/bertc} py=${BERTC_ORACLE_PY:-/root/oracle/venv/bin/python}
work=${BENCH_WORK:-runs/bench/mlm_throughput}
mkdir -p "$work"
text=$work/text.txt
head -n "$lines" "$NSMC_DIR/unlabeled.txt" | grep -v '^[[:space:]]*$' >"$text"
[ -s "$work/vocab.txt" ] || "$bertc" vocab build --size 8000 "$NSMC_DIR/ratings_train.txt" -o "$work/vocab.txt"
"$bertc" compile specs/mlm_small.yaml -o "$work/gathered" >/dev/null
B=$(awk '$1 == "batch_size:" { print $2 }' specs/mlm_small.yaml)
S=$(awk '/seq_len:/ { gsub(/[][,]/, " "); print $NF }' specs/mlm_small.yaml)
sed "s/^  mlm_probability:.*/  max_masked: $((B * S))/" specs/mlm_small.yaml >"$work/dense.yaml"
"$bertc" compile "$work/dense.yaml" -o "$work/dense" >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== bertc: mlm_small, 1 epoch over $(wc -l <"$text") lines, $threads threads"
rm -rf "$work/run"
"$work/gathered/mlm_small" train --vocab "$work/vocab.txt" --train "$text" --test "$text" \
  --test-sample 64 --epochs 1 --threads "$threads" --out "$work/run" | grep -v ' step '
tokens=$("$bertc" tokenize --vocab "$work/vocab.txt" --ids --max-length "$S" "$text" | awk '{ n += NF } END { print n }')
bertc_s=$(grep -o '"train_seconds":[0-9.e+-]*' "$work/run/metrics.jsonl" | tail -1 | cut -d: -f2)
bertc_tps=$(awk -v t="$tokens" -v s="$bertc_s" 'BEGIN { printf "%.0f", t / s }')
echo "bertc: $tokens tokens in $bertc_s s: $bertc_tps tokens/s"

echo "== HF BertForMaskedLM + DataCollatorForLanguageModeling"
"$py" bench/mlm_hf.py --spec specs/mlm_small.yaml --text "$text" --vocab "$work/vocab.txt" \
  --threads "$threads" | tee "$work/hf.json"
hf_tps=$(grep -o '"tokens_per_s": [0-9.e+-]*' "$work/hf.json" | cut -d' ' -f2 | awk '{ printf "%.0f", $1 }')
hf_tokens=$(grep -o '"tokens": [0-9]*' "$work/hf.json" | cut -d' ' -f2)
ratio=$(awk -v a="$bertc_tps" -v b="$hf_tps" 'BEGIN { printf "%.2f", a / b }')

step() { "$1" time-step --seq-len "$S" --steps 20 --warmup 3 --threads "$threads" |
  grep -o 'ms_per_step_median=[0-9.]*' | cut -d= -f2; }
ms_gathered=$(step "$work/gathered/mlm_small") ms_dense=$(step "$work/dense/mlm_small")
# the decoder's FLOPs (forward and backward) in the largest bucket's full training step
share() { awk -v s="train_s${S}_v0" '$1 == "program" { on = ($2 == s ":") } on && $1 == "gemm" &&
  $2 ~ /head_decoder/ { d += $3 } on && ($1 == "gemm" || $1 == "loop" || $1 == "scatter" ||
  $1 == "attn") { t += $3 } END { printf "%.1f%%", 100 * d / t }' "$1/plan.txt"; }
share_gathered=$(share "$work/gathered") share_dense=$(share "$work/dense")
echo "step at S=$S: gathered $ms_gathered ms (decoder $share_gathered of FLOPs), every row $ms_dense ms (decoder $share_dense)"
echo "ratio: bertc $bertc_tps / HF $hf_tps tokens/s = $ratio"
machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
# shellcheck disable=SC2016
row=$(printf '| %s | %s | `bench/mlm_throughput.sh --lines %s --threads %s` | %s | %s | %s | %s | %s | %s ms (%s) | %s ms (%s) | %s |' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$machine" "$lines" "$threads" "$tokens" "$hf_tokens" \
  "$bertc_tps" "$hf_tps" "$ratio" "$ms_gathered" "$share_gathered" "$ms_dense" "$share_dense" "$load")
echo "$row"
if [ $record = 1 ]; then
  results=bench/results/mlm_throughput.md
  if [ ! -f "$results" ]; then
    cat >"$results" <<'HDR'
# Masked-LM pretraining throughput: bertc against HF BertForMaskedLM

`bench/mlm_throughput.sh`: one epoch of specs/mlm_small.yaml (batch 64, buckets 16/32/64,
vocabulary 8,000) over the first N reviews of NSMC's unlabeled.txt, bertc's program (length
buckets; the vocabulary projection at the masked rows only) against HF BertForMaskedLM with
DataCollatorForLanguageModeling (run_mlm --line_by_line: random batches padded to their
longest row, the decoder over every position), same vocabulary, config, optimiser and
threads, in one run. tokens/s counts real tokens (no padding) over training seconds.
Decoder share: the `cls.predictions` decoder GEMMs' share of the FLOPs of a full training step
at the largest bucket, with the gather (the spec's bound) and with every row (head.max_masked
= B*S, which is HF's dense computation); the ms are time-step medians of those two programs.
Goal (issue 15): >= 2x.

| date | machine | command | bertc tokens | HF tokens | bertc tokens/s | HF tokens/s | ratio | step, gathered (decoder share) | step, every row (decoder share) | load avg at start |
|---|---|---|---|---|---|---|---|---|---|---|
HDR
  fi
  echo "$row" >>"$results"
  echo "recorded in $results"
fi
