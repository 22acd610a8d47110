#!/usr/bin/env bash
# One training step (forward + backward + clip + AdamW) of a bertc-generated CPU program
# against PyTorch (HF BertForSequenceClassification, PyPI MKL/oneDNN build) on the same
# spec, batch, sequence length and thread count, in one run. For each spec:
#   1. bertc compile SPEC -o DIR                                   (timed: compile seconds)
#   2. DIR/<name> time-step --seq-len S --steps N --warmup W --threads T
#                                                       (bertc ms/step, median; dropout on)
#   3. bench/cpu_step.py --spec SPEC --batch B --seq S --threads T (PyTorch ms/step, median)
#   4. prints both and ratio = PyTorch ms / bertc ms (> 1: bertc faster) and appends a row
#      to bench/results/cpu_step.md
# B is the spec's batch_size; S defaults to the spec's largest bucket.
#
# Usage: bench/cpu_step.sh [--threads T] [--seq S] [--steps N] [--warmup W]
#                          [--pytorch-only] [--no-record] [SPEC ...]
#   default SPECs: specs/tiny_cls.yaml specs/bench_base.yaml (the issue's two goals)
# Environment: BERTC (default build/compiler/bertc), BERTC_ORACLE_PY (python with torch;
#   default /root/oracle/venv/bin/python, then ~/.cache/bertc/oracle-venv/bin/python).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

die() { echo "cpu_step.sh: error: $*" >&2; exit 1; }
usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }

threads=2 seq="" steps="" warmup="" pytorch_only=0 record=1 specs=()
while [ $# -gt 0 ]; do
  case $1 in
    --threads) threads=${2:?--threads needs a value}; shift 2 ;;
    --seq) seq=${2:?--seq needs a value}; shift 2 ;;
    --steps) steps=${2:?--steps needs a value}; shift 2 ;;
    --warmup) warmup=${2:?--warmup needs a value}; shift 2 ;;
    --pytorch-only) pytorch_only=1; shift ;;
    --no-record) record=0; shift ;;
    -h|--help) usage ;;
    -*) echo "cpu_step.sh: unknown option $1" >&2; usage ;;
    *) specs+=("$1"); shift ;;
  esac
done
[ ${#specs[@]} -gt 0 ] || specs=(specs/tiny_cls.yaml specs/bench_base.yaml)

# ---- the pieces, checked before anything runs ------------------------------------------
bertc=${BERTC:-$root/build/compiler/bertc}
if [ $pytorch_only = 0 ] && [ ! -x "$bertc" ]; then
  die "no bertc at $bertc: build it (cmake -S . -B build && cmake --build build) or set BERTC"
fi
py=${BERTC_ORACLE_PY:-}
if [ -z "$py" ]; then
  for c in /root/oracle/venv/bin/python "$HOME/.cache/bertc/oracle-venv/bin/python"; do
    [ -x "$c" ] && { py=$c; break; }
  done
fi
[ -n "$py" ] && "$py" -c 'import torch, transformers, yaml' 2>/dev/null ||
  die "no Python with torch + transformers + pyyaml: run tests/oracle/setup-env.sh and set BERTC_ORACLE_PY"

# Flat YAML keys of a spec (the specs keep them on one line each).
spec_key() { awk -v k="$2" '$1 == k":" { sub(/#.*/, ""); sub(/^[^:]*:[ \t]*/, ""); print; exit }' "$1"; }

# The median ms/step out of time-step's output, whichever of these shapes it uses:
#   ms_per_step_median=x (runtime/check_step.c today); JSON {"median_ms": x} /
#   {"ms_per_step_median": x}; median_ms=x; "ms/step median x";
#   "x ms/step (median)"; "median x ms".
parse_median() {
  python3 -c '
import json, re, sys
text = sys.stdin.read()
for line in text.splitlines():
    line = line.strip()
    if line.startswith("{"):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        for k, v in d.items():
            if "median" in k and isinstance(v, (int, float)):
                print(v * 1e3 if k.endswith("_s") or k == "median_s" else v); sys.exit(0)
num = r"([0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)"
pats = [r"ms_per_step_median\s*[=:]\s*" + num,
        r"median_ms\s*[=:]\s*" + num,
        r"median\s*[=:]?\s*" + num + r"\s*ms",
        r"ms/step[^0-9\n]*median\s*[=:]?\s*" + num,
        num + r"\s*ms/step\s*\(?median",
        r"median[^0-9\n]*" + num]
for p in pats:
    m = re.search(p, text, re.I)
    if m:
        print(m.group(1)); sys.exit(0)
sys.exit(1)'
}

machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
results=bench/results/cpu_step.md
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

for spec in "${specs[@]}"; do
  [ -f "$spec" ] || die "no spec $spec"
  name=$(spec_key "$spec" name)
  batch=$(spec_key "$spec" batch_size)
  buckets=$(spec_key "$spec" seq_len | tr -d '[] ')
  [ -n "$name" ] && [ -n "$batch" ] && [ -n "$buckets" ] ||
    die "$spec: cannot read name / shapes.batch_size / shapes.seq_len"
  s=${seq:-${buckets##*,}}
  hidden=$(spec_key "$spec" hidden_size)
  n=${steps:-$([ "${hidden:-0}" -le 256 ] && echo 50 || echo 5)}
  w=${warmup:-$([ "${hidden:-0}" -le 256 ] && echo 5 || echo 2)}
  echo "== $spec ($name): B=$batch S=$s T=$threads, $w warmup + $n timed steps; load: $(cut -d' ' -f1-3 /proc/loadavg)"

  bertc_ms="" compile_s=""
  if [ $pytorch_only = 0 ]; then
    dir=$work/$name
    t0=$(date +%s.%N)
    "$bertc" compile "$spec" -o "$dir" >"$work/compile.log" 2>&1 ||
      { cat "$work/compile.log" >&2; die "bertc compile $spec failed"; }
    compile_s=$(echo "$(date +%s.%N) $t0" | awk '{printf "%.2f", $1 - $2}')
    prog=$dir/$name
    [ -x "$prog" ] || die "bertc compile did not produce $prog (spec name: $name)"
    echo "bertc compile: ${compile_s} s"
    cmd=("$prog" time-step --seq-len "$s" --steps "$n" --warmup "$w" --threads "$threads")
    if ! "${cmd[@]}" >"$work/bertc.out" 2>&1; then
      cat "$work/bertc.out" >&2
      die "${cmd[*]#$dir/} failed (does the program have the time-step subcommand yet?)"
    fi
    cat "$work/bertc.out"
    bertc_ms=$(parse_median <"$work/bertc.out") ||
      die "no median ms/step in time-step's output (expected e.g. median_ms=12.3 or a JSON field)"
  fi

  "$py" bench/cpu_step.py --spec "$spec" --batch "$batch" --seq "$s" --threads "$threads" \
    --steps "$n" --warmup "$w" >"$work/torch.out" 2>"$work/torch.err" ||
    { cat "$work/torch.err" >&2; die "bench/cpu_step.py failed"; }
  torch_json=$(grep '^{' "$work/torch.out" | tail -1)
  echo "$torch_json"
  read -r torch_ms torch_build < <(echo "$torch_json" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(d["ms_per_step_median"], "torch %s, BLAS %s (MKL %s, oneDNN %s, %s), AdamW %s, attn %s" % (
    d["torch"], d["blas"], d["mkl"], d["onednn"], d["cpu_capability"], d["adamw"], d["attn"]))')

  if [ -z "$bertc_ms" ]; then
    echo "PyTorch: $torch_ms ms/step (median)  [$torch_build]  (--pytorch-only: no ratio, nothing recorded)"
    continue
  fi
  ratio=$(awk -v a="$torch_ms" -v b="$bertc_ms" 'BEGIN { printf "%.2f", a / b }')
  echo "bertc:   $bertc_ms ms/step (median)"
  echo "PyTorch: $torch_ms ms/step (median)  [$torch_build]"
  echo "ratio (PyTorch / bertc): ${ratio}x $(awk -v r="$ratio" 'BEGIN { print (r >= 1 ? "(bertc faster)" : "(PyTorch faster)") }')"

  if [ $record = 1 ]; then
    if [ ! -f "$results" ]; then
      mkdir -p "$(dirname "$results")"
      printf '# CPU training step: bertc vs PyTorch\n\n' >"$results"
    fi
    grep -q '^| date' "$results" || cat >>"$results" <<'EOF'
| date | machine | command | spec | B | S | threads | bertc ms/step (median) | PyTorch ms/step (median) | PyTorch / bertc | bertc compile s | PyTorch build | load avg |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
EOF
    printf '| %s | %s | `bench/cpu_step.sh --threads %s --seq %s --steps %s --warmup %s %s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
      "$(date -u +%Y-%m-%dT%H:%MZ)" "$machine" "$threads" "$s" "$n" "$w" "$spec" "$name" "$batch" "$s" \
      "$threads" "$bertc_ms" "$torch_ms" "$ratio" "$compile_s" "$torch_build" \
      "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
    echo "recorded in $results"
  fi
done
