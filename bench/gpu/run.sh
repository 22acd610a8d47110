#!/usr/bin/env bash
# The GPU benchmark (bench/gpu/README.md), run on the GPU machine: a bertc program compiled
# for --target cuda (made on the build machine by bench/gpu/prepare.sh and carried over:
# nothing is built here) against HF transformers BertForSequenceClassification, eager and
# under torch.compile, in one run on the same GPU, then the full NSMC fine-tune.
#
# Usage: bench/gpu/run.sh PROGRAM [--parts step,eager,compile,train] [--steps N] [--warmup W]
#            [--epochs N] [--nsmc-dir DIR] [--vocab V | --init HF_DIR] [--peak-tflops X]
#            [--python PY] [--timeout-step S] [--timeout-hf S] [--timeout-train S] [--keep]
#            [--hf-extra "ARGS"] [--spec SPEC]
#   PROGRAM   build/gpu_bench/nsmc_trainer (prepare.sh's folder: build_info.txt, spec.yaml,
#             vocab_nsmc.txt and nsmc/*.gz beside the program are used when present)
#   --parts   what to run (default all four): step = `PROGRAM time-step` per bucket; eager,
#             compile = bench/gpu/hf_step.py in that mode; train = `PROGRAM train` on the
#             whole of NSMC for --epochs (default 3), timed, then `eval` of best/
#   --steps/--warmup  timed and untimed steps per bucket, both frameworks (default 50 / 10)
#   --vocab/--init    the trainer's tokenizer: an HF mBERT folder (--init, a real fine-tune)
#             or a vocabulary of the spec's vocab_size (default PROGRAM's dir/vocab_nsmc.txt:
#             trained on NSMC by prepare.sh, the model then starts from random weights)
#   --spec    the spec PROGRAM was compiled from (default PROGRAM's dir/spec.yaml, else
#             bench/gpu/mbert_cls_b32.yaml): buckets, batch and model for both frameworks
#   --hf-extra        more arguments for hf_step.py (a CPU smoke test of this script:
#             --hf-extra "--device cpu --tiny" with a cpu program)
#   --timeout-*       seconds per part (defaults 300 per time-step bucket, 1200 per
#             hf_step.py mode, 1800 for train); a part that fails or times out is recorded
#             in parts.tsv and the others still run
# Output: everything in $OUT (default runs/gpu_bench/<UTC time>): run.log (this output),
# the raw outputs of every part, report.md and summary.json (bench/gpu/report.py), and
# the report on stdout. Environment: OUT, BENCH_WORK (scratch: unpacked data and the
# training run, default a fresh folder under /tmp, removed at the end unless --keep),
# NSMC_DIR, PYTHON (default python3).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
usage() { sed -n '2,31p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
die() { echo "run.sh: error: $*" >&2; exit 2; }

[ $# -ge 1 ] || usage
case $1 in -h|--help) usage ;; esac
prog=$1; shift
parts=step,eager,compile,train steps=50 warmup=10 epochs=3 nsmc_dir="" vocab="" init=""
peak_tflops="" py=${PYTHON:-python3} t_step=300 t_hf=1200 t_train=1800 keep=0 hf_extra="" spec=""
while [ $# -gt 0 ]; do
  case $1 in
    --parts) parts=${2:?}; shift 2 ;;
    --steps) steps=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --epochs) epochs=${2:?}; shift 2 ;;
    --nsmc-dir) nsmc_dir=${2:?}; shift 2 ;;
    --vocab) vocab=${2:?}; shift 2 ;;
    --init) init=${2:?}; shift 2 ;;
    --peak-tflops) peak_tflops=${2:?}; shift 2 ;;
    --python) py=${2:?}; shift 2 ;;
    --timeout-step) t_step=${2:?}; shift 2 ;;
    --timeout-hf) t_hf=${2:?}; shift 2 ;;
    --timeout-train) t_train=${2:?}; shift 2 ;;
    --keep) keep=1; shift ;;
    --hf-extra) hf_extra=${2:?}; shift 2 ;;
    --spec) spec=${2:?}; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
[ -x "$prog" ] || die "no program $prog: compile it on the build machine (bench/gpu/prepare.sh) and carry it here"
prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog")
bundle=$(dirname "$prog")
want() { [[ ",$parts," == *",$1,"* ]]; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$root/runs/gpu_bench/$stamp}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
work=${BENCH_WORK:-$(mktemp -d /tmp/bertc_gpu_bench.XXXXXX)}
mkdir -p "$work"
sampler_pid=""
cleanup() {
  [ -z "$sampler_pid" ] || kill "$sampler_pid" 2>/dev/null || true
  if [ $keep = 0 ] && [ -z "${BENCH_WORK:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
exec > >(tee -a "$OUT/run.log") 2>&1
[ ! -d "$bundle/lib" ] || export LD_LIBRARY_PATH="$bundle/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }'; }
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(tr '\t\n' '  ' <<<"${4:-}")" >>"$OUT/parts.tsv"; }

# ---- the machine ---------------------------------------------------------------------
if [ -z "$spec" ]; then
  spec=$bundle/spec.yaml
  [ -f "$spec" ] || spec=$here/mbert_cls_b32.yaml
fi
[ -f "$spec" ] || die "no spec $spec"
buckets=$(awk '$1 == "seq_len:" { sub(/#.*/, ""); sub(/^[^:]*:[ \t]*/, ""); gsub(/[][ ]/, ""); print; exit }' "$spec")
[ -n "$buckets" ] || die "$spec: no shapes.seq_len"
gpu=${CUDA_VISIBLE_DEVICES:-0}; gpu=${gpu%%,*}; [ -n "$gpu" ] || gpu=0
have_smi=0
echo "== bench/gpu/run.sh $stamp: $prog"
if command -v nvidia-smi >/dev/null; then
  have_smi=1
  nvidia-smi -L || true
  nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm,power.limit \
    --format=csv -i "$gpu" | tee "$OUT/device.txt" || true
  nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv || true
else
  echo "no nvidia-smi: device memory figures will be missing"
fi
device_name="" device_csv=""
if [ -s "$OUT/device.txt" ]; then
  device_csv=$(sed -n '2p' "$OUT/device.txt")
  device_name=${device_csv%%,*}
fi
[ -n "$device_name" ] || device_name=$("$py" -c 'import torch; print(torch.cuda.get_device_name(0))' 2>/dev/null || true)
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  printf 'command="%s"\n' "bench/gpu/run.sh $prog --parts $parts --steps $steps --warmup $warmup --epochs $epochs${init:+ --init $init}"
  printf 'host="%s"\n' "$(hostname) ($(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
  printf 'program="%s"\n' "$prog"
  printf 'device_name="%s"\n' "$device_name"
  printf 'device_csv="%s"\n' "$device_csv"
  [ -z "$peak_tflops" ] || echo "peak_tflops=$peak_tflops"
} >"$OUT/run.txt"
for f in build_info.txt check.txt; do [ ! -f "$bundle/$f" ] || cp "$bundle/$f" "$OUT/"; done
cp "$spec" "$OUT/spec.yaml"

# ---- device memory in use, sampled by nvidia-smi every 100 ms ---------------------------
# sample_start FILE / sample_stop FILE: FILE.smi_mib gets the peak of memory.used over the
# idle figure taken just before (MiB; the whole GPU, so nothing else should run on it).
sample_start() {
  [ $have_smi = 1 ] || return 0
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i "$gpu" >"$1.idle" 2>/dev/null || true
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -i "$gpu" -lms 100 >"$1.samples" 2>/dev/null &
  sampler_pid=$!
}
sample_stop() {
  [ $have_smi = 1 ] && [ -n "$sampler_pid" ] || return 0
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=""
  awk -v idle="$(head -1 "$1.idle" 2>/dev/null)" '$1 ~ /^[0-9]+$/ && $1 > m { m = $1 }
       END { if (m != "" && idle ~ /^[0-9]+$/) print m - idle }' "$1.samples" >"$1.smi_mib" || true
  rm -f "$1.samples" "$1.idle"
}

# run_part NAME LIMIT STDOUT CMD...: CMD under `timeout LIMIT`, stdout to STDOUT, stderr to
# STDOUT.err; records ok / failed / timeout and the seconds in parts.tsv; returns CMD's status.
run_part() {
  local name=$1 limit=$2 log=$3; shift 3
  local t0 rc=0 dt
  t0=$(now)
  timeout --kill-after=20 "$limit" "$@" >"$log" 2>"$log.err" || rc=$?
  dt=$(since "$t0")
  if [ $rc = 0 ]; then
    record "$name" ok "$dt"
  elif [ $rc = 124 ] || [ $rc = 137 ]; then
    record "$name" "timeout after ${limit}s" "$dt"
  else
    record "$name" "failed (exit $rc)" "$dt" "$(grep -v '^\s*$' "$log.err" | tail -2)"
  fi
  echo "-- $name: exit $rc, $dt s"
  [ $rc = 0 ] || tail -5 "$log.err" | sed 's/^/   /'
  return $rc
}

# The report so far (quietly; written again after every part, so that a run cut off by a
# time limit still leaves one), and at the end on stdout.
report() {
  "$py" "$here/report.py" "$OUT" --spec "$spec" --mix "$here/nsmc_bucket_mix.txt" ||
    python3 "$here/report.py" "$OUT" --spec "$spec" --mix "$here/nsmc_bucket_mix.txt"
}
report_quietly() { report >/dev/null 2>&1 || true; }
# torch.compile's caches in the scratch folder: every run measures a cold compile
export TORCHINDUCTOR_CACHE_DIR="$work/torchinductor_cache" TRITON_CACHE_DIR="$work/triton_cache"

# ---- 1. bertc time-step per bucket -----------------------------------------------------
if want step; then
  for s in ${buckets//,/ }; do
    echo "== bertc time-step, bucket $s: $warmup warmup + $steps timed steps"
    sample_start "$OUT/bertc_step_$s"
    run_part "bertc time-step $s" "$t_step" "$OUT/bertc_step_$s.txt" \
      "$prog" time-step --seq-len "$s" --steps "$steps" --warmup "$warmup" || true
    sample_stop "$OUT/bertc_step_$s"
    cat "$OUT/bertc_step_$s.txt"
    if grep -qF "no CUDA device found" "$OUT/bertc_step_$s.txt.err" 2>/dev/null; then
      echo "the program finds no CUDA device: the bertc parts are skipped"
      break
    fi
  done
  report_quietly
fi

# ---- 2. HF transformers, eager and torch.compile ----------------------------------------
hf_args=(--spec "$spec" --steps "$steps" --warmup "$warmup")
[ -z "$peak_tflops" ] || hf_args+=(--peak-tflops "$peak_tflops")
read -r -a extra <<<"$hf_extra"
hf_args+=("${extra[@]}")
for mode in eager compile; do
  want "$mode" || continue
  echo "== HF BertForSequenceClassification, $mode, bf16 autocast: buckets $buckets"
  sample_start "$OUT/hf_$mode"
  run_part "hf $mode" "$t_hf" "$OUT/hf_$mode.jsonl" "$py" "$here/hf_step.py" --mode "$mode" "${hf_args[@]}" || true
  sample_stop "$OUT/hf_$mode"
  grep -h '^hf_step:' "$OUT/hf_$mode.jsonl.err" || true
  report_quietly
done

# ---- 3. the full NSMC fine-tune ---------------------------------------------------------
find_nsmc() { # prints the folder holding ratings_{train,test}.txt[.gz]
  local d
  for d in "$nsmc_dir" "${NSMC_DIR:-}" "$bundle/nsmc" "$root/../shared/data/nsmc"; do
    [ -n "$d" ] || continue
    if { [ -f "$d/ratings_train.txt" ] || [ -f "$d/ratings_train.txt.gz" ]; } &&
       { [ -f "$d/ratings_test.txt" ] || [ -f "$d/ratings_test.txt.gz" ]; }; then
      echo "$d"; return 0
    fi
  done
  return 1
}
if want train; then
  echo "== full NSMC fine-tune: $epochs epochs"
  data="" tok_args=() init_note=""
  if ! data=$(find_nsmc); then
    record train "not run" 0 "no NSMC data: pass --nsmc-dir or set NSMC_DIR"
    echo "no NSMC data (--nsmc-dir, NSMC_DIR, $bundle/nsmc): train not run"
  else
    for f in ratings_train.txt ratings_test.txt; do # the data as the program reads it
      if [ -f "$data/$f" ]; then ln -sf "$(cd "$data" && pwd)/$f" "$work/$f"; else gzip -dc "$data/$f.gz" >"$work/$f"; fi
    done
    if [ -n "$init" ]; then
      tok_args=(--init "$init"); init_note="HF checkpoint $init (a real fine-tune)"
    else
      vocab=${vocab:-$bundle/vocab_nsmc.txt}
      tok_args=(--vocab "$vocab")
      init_note="random weights, vocabulary $(basename "$vocab") trained on NSMC (PROXY: no mBERT checkpoint offline; timing only, accuracy not comparable)"
    fi
    if [ -z "$init" ] && [ ! -f "$vocab" ]; then
      record train "not run" 0 "no vocabulary $vocab (prepare.sh makes it) and no --init"
      echo "no vocabulary $vocab and no --init: train not run"
    else
      rm -rf "$work/run"
      cmd=("$prog" train --train "$work/ratings_train.txt" --test "$work/ratings_test.txt"
           "${tok_args[@]}" --epochs "$epochs" --out "$work/run")
      printf 'rc=unfinished\nepochs=%s\n' "$epochs" >"$OUT/train.txt" # until it ends
      sample_start "$OUT/train"
      t0=$(now) rc=0
      run_part train "$t_train" "$work/train.out" "${cmd[@]}" || rc=$?
      wall=$(since "$t0")
      sample_stop "$OUT/train"
      grep -v ' step ' "$work/train.out" | tail -40 >"$OUT/train.log" || true
      cp "$work/train.out.err" "$OUT/train.err" 2>/dev/null || true
      cat "$OUT/train.log"
      {
        echo "rc=$rc"
        echo "wall_s=$wall"
        echo "epochs=$epochs"
        printf 'command="%s"\n' "$(basename "$prog") train --train ratings_train.txt --test ratings_test.txt ${tok_args[*]/#$bundle\//} --epochs $epochs --out RUN"
        printf 'init="%s"\n' "$init_note"
      } >"$OUT/train.txt"
      # the run and epoch lines only: metrics.jsonl's eval lines quote reviews
      grep -E '"type":"(run|epoch)"' "$work/run/metrics.jsonl" >"$OUT/train_summary.jsonl" 2>/dev/null || true
      if [ $rc = 0 ] && [ -d "$work/run/best" ]; then
        run_part "eval best" "$t_train" "$OUT/eval.json" \
          "$prog" eval --model "$work/run/best" --data "$work/ratings_test.txt" --json || true
      fi
    fi
  fi
fi

# ---- 4. the report ---------------------------------------------------------------------
echo "== report"
report || echo "report.py failed: the raw outputs are in $OUT"
echo "outputs in $OUT"
