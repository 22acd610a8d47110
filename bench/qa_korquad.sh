#!/usr/bin/env bash
# specs/qa_small.yaml (2 layers, hidden 128, windows of up to 384 tokens) trained from scratch on
# the KorQuAD 1.0 dev set on the CPU, and HF BertForQuestionAnswering with the same config,
# vocabulary, features, epochs and optimiser, in one run on the same machine. The split is by
# article: bertc's `--holdout 0.2` (28 of the 140 articles, drawn by the seed; 112 train), and
# the HF side takes exactly the articles bertc held out (the ids of `predict --holdout`).
#   1. bertc vocab build --size 8000 KorQuAD_v1.0_dev.json; bertc compile specs/qa_small.yaml
#   2. PROG train --holdout 0.2 (under /usr/bin/time -v), testing after every epoch; PROG eval
#      --holdout of RUN/best (KorQuAD's EM and character F1)
#   3. PROG predict --data --holdout 0.2 --out held_out.json (timed: questions per second)
#   4. bench/qa_hf.py: HF on the same vocab.txt, the held-out articles of held_out.json,
#      run_qa's features (doc_stride 128, max_query_length 64, max_length 384), AdamW, linear
#      warmup, clipping, batch and epochs (under /usr/bin/time -v), then
#      pipeline("question-answering") over the test questions (questions per second)
# Prints bertc vs HF (best epoch's EM and F1, training time without testing, peak memory), the
# F1 gap in points, the time ratio HF / bertc and both inference rates, and appends a dated
# section to bench/results/qa_korquad.md. Goals (issue 14): F1 within 1.5 points of HF's and
# training time at most half of HF's.
#
# Usage: bench/qa_korquad.sh [--epochs N] [--sample N] [--seed S] [--threads T] [--work DIR]
#                            [--no-record]
#   defaults: --epochs the spec's (3), all training questions (--sample N: N drawn on both
#   sides, for a smoke test), --seed 42, --threads 2, --work runs/bench/qa_korquad (kept)
# Environment: KORQUAD_DIR (default ../shared/data/korquad beside the checkout), BERTC (default
#   build/compiler/bertc), BERTC_ORACLE_PY (python with torch, transformers, pyyaml; default
#   /root/oracle/venv/bin/python).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

die() { echo "qa_korquad.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }

epochs="" sample=0 seed=42 threads=2 work=runs/bench/qa_korquad record=1
while [ $# -gt 0 ]; do
  case $1 in
    --epochs) epochs=${2:?--epochs needs a value}; shift 2 ;;
    --sample) sample=${2:?--sample needs a value}; shift 2 ;;
    --seed) seed=${2:?--seed needs a value}; shift 2 ;;
    --threads) threads=${2:?--threads needs a value}; shift 2 ;;
    --work) work=${2:?--work needs a value}; shift 2 ;;
    --no-record) record=0; shift ;;
    -h|--help) usage ;;
    *) echo "qa_korquad.sh: unknown argument $1" >&2; usage ;;
  esac
done

# ---- the pieces, checked before anything runs ------------------------------------------
spec=specs/qa_small.yaml
data=${KORQUAD_DIR:-$(cd "$root/.." && pwd)/shared/data/korquad}/KorQuAD_v1.0_dev.json
[ -f "$data" ] || die "no $data: set KORQUAD_DIR to the folder holding KorQuAD_v1.0_dev.json"
bertc=${BERTC:-$root/build/compiler/bertc}
[ -x "$bertc" ] || die "no bertc at $bertc: build it (cmake -S . -B build && cmake --build build) or set BERTC"
[ -x /usr/bin/time ] || die "no /usr/bin/time (apt-get install time)"
py=${BERTC_ORACLE_PY:-/root/oracle/venv/bin/python}
"$py" -c 'import torch, transformers, yaml' 2>/dev/null ||
  die "no Python with torch, transformers and pyyaml at $py: set BERTC_ORACLE_PY"
epochs=${epochs:-$(awk '$1 == "epochs:" { print $2; exit }' "$spec")}
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- compiler runtime specs 2>/dev/null || commit="$commit (compiler/runtime/specs modified)"

mkdir -p "$work"
vocab=$work/vocab.txt run=$work/run held=$work/held_out.json
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
              for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

# ---- bertc ----------------------------------------------------------------------------------
prog=$work/prog/qa_small
sample_args=()
[ "$sample" -gt 0 ] && sample_args=(--sample "$sample")
train_cmd=("$prog" train --train "$data" --holdout 0.2 --vocab "$vocab" --epochs "$epochs"
  --seed "$seed" --threads "$threads" --out "$run" "${sample_args[@]}")
eval_cmd=("$prog" eval --model "$run/best" --data "$data" --holdout 0.2 --seed "$seed" --json
  --threads "$threads")
predict_cmd=("$prog" predict --model "$run/best" --data "$data" --holdout 0.2 --seed "$seed"
  --out "$held" --threads "$threads")
hf_cmd=("$py" bench/qa_hf.py --spec "$spec" --data "$data" --test-ids "$held" --vocab "$vocab"
  --epochs "$epochs" --seed "$seed" --threads "$threads" --sample "$sample" --pipeline)
"$bertc" vocab build --size 8000 "$data" -o "$vocab"
"$bertc" compile "$spec" -o "$work/prog"
rm -rf "$run"
load_bertc=$(loadavg)
echo "== bertc: train on 112 articles (--holdout 0.2), $epochs epochs, seed $seed, $threads threads (load $load_bertc)"
/usr/bin/time -v -o "$work/bertc.time" "${train_cmd[@]}" | grep -v ' step '
"${eval_cmd[@]}" >"$work/bertc_eval.json"
t0=$(date +%s.%N)
"${predict_cmd[@]}" >/dev/null
t1=$(date +%s.%N)

# ---- HF -------------------------------------------------------------------------------------
load_hf=$(loadavg)
echo "== HF BertForQuestionAnswering: the same recipe on the same articles (load $load_hf)"
/usr/bin/time -v -o "$work/hf.time" "${hf_cmd[@]}" >"$work/hf.json"
load_end=$(loadavg)

# ---- the comparison -------------------------------------------------------------------------
machine="$(lscpu | sed -n 's/^Model name: *//p' | head -1) ($(nproc) cpus)"
summary=$(python3 - "$run/metrics.jsonl" "$work/bertc_eval.json" "$work/hf.json" "$held" \
  "$(wall_of "$work/bertc.time")" "$(rss_of "$work/bertc.time")" \
  "$(wall_of "$work/hf.time")" "$(rss_of "$work/hf.time")" "$t0" "$t1" <<'PY'
import json, sys
metrics, ev, hf, held = sys.argv[1:5]
b_wall, b_rss, h_wall, h_rss, t0, t1 = map(float, sys.argv[5:11])
recs = [json.loads(l) for l in open(metrics, encoding="utf-8")]
epochs = [r for r in recs if r.get("type") == "epoch"]
run = [r for r in recs if r.get("type") == "run" and "train_seconds" in r][-1]
best = max(epochs, key=lambda r: r["test_f1"])
ev = json.load(open(ev)); hf = json.load(open(hf))
n_held = len(json.load(open(held, encoding="utf-8")))
gap = hf["best"]["f1"] - ev["f1"]
ratio = hf["train_seconds"] / run["train_seconds"]
b_qps = n_held / (t1 - t0)
rows = [
    ("exact match (best epoch, %)", "%.2f" % ev["exact_match"], "%.2f" % hf["best"]["exact_match"]),
    ("F1 (best epoch, KorQuAD character F1, %)", "%.2f" % ev["f1"], "%.2f" % hf["best"]["f1"]),
    ("best epoch", str(best["epoch"]), str(hf["best"]["epoch"])),
    ("test questions", str(ev["questions"]), str(hf["test_questions"])),
    ("train s (training only)", "%.1f" % run["train_seconds"], "%.1f" % hf["train_seconds"]),
    ("test s (all epochs)", "%.1f" % run["eval_seconds"], "%.1f" % hf["eval_seconds"]),
    ("wall s (whole command)", "%.1f" % b_wall, "%.1f" % h_wall),
    ("peak memory MiB (trainer's figure)", "%.1f" % (run["peak_memory_bytes"] / 2**20), "-"),
    ("max RSS MiB (/usr/bin/time -v)", "%.1f" % b_rss, "%.1f" % h_rss),
    ("inference questions/s (predict --data vs pipeline)", "%.1f" % b_qps,
     "%.1f" % hf.get("pipeline_questions_per_second", float("nan"))),
]
print("| | bertc | HF |")
print("|---|---|---|")
for r in rows:
    print("| %s | %s | %s |" % r)
print()
print("- F1 gap (HF - bertc): %+.2f points: %s (goal: within 1.5)"
      % (gap, "yes" if abs(gap) <= 1.5 else "NO"))
print("- training time ratio HF / bertc: %.2fx: %s (goal: >= 2x)" % (ratio, "yes" if ratio >= 2 else "NO"))
print("- windows: bertc's counts in metrics.jsonl; HF %d train / %d test windows"
      % (hf["train_windows"], hf["test_windows"]))
print("- HF inference: %s" % hf.get("inference", "-"))
print("- versions: torch %s, transformers %s" % (hf["torch"], hf["transformers"]))
PY
)
echo
echo "$summary"

if [ $record = 1 ]; then
  results=bench/results/qa_korquad.md
  if [ ! -f "$results" ]; then
    cat >"$results" <<'HDR'
# KorQuAD 1.0: a small BERT trained from scratch for question answering on the CPU, bertc vs HF

`bench/qa_korquad.sh`: specs/qa_small.yaml from scratch on KorQuAD 1.0 dev, 112 articles train
and 28 test (bertc's `--holdout 0.2`; HF takes the same articles), and HF
`BertForQuestionAnswering` with the same config, vocabulary, run_qa features (max length 384,
doc_stride 128, max_query_length 64), optimiser, schedule, batch and epochs (`bench/qa_hf.py`).
EM and F1: KorQuAD 1.0's official metrics of the best epoch by F1. Goals (issue 14): F1
within 1.5 points of HF's, training time at most half of HF's.
HDR
  fi
  {
    echo
    echo "## $(date -u +%Y-%m-%dT%H:%MZ): $machine, $threads threads, $epochs epochs, seed $seed$([ "$sample" -gt 0 ] && echo ", --sample $sample")"
    echo
    echo "bertc at commit $commit. Load average: $load_bertc before bertc, $load_hf before HF, $load_end at the end."
    echo
    echo "    /usr/bin/time -v ${train_cmd[*]}"
    echo "    ${eval_cmd[*]}"
    echo "    ${predict_cmd[*]}"
    echo "    /usr/bin/time -v ${hf_cmd[*]}"
    echo
    echo "$summary"
  } >>"$results"
  echo "recorded in $results"
fi
