#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, compile the flagship spec (a quick check
# that mBERT compiles), then train specs/nsmc_small.yaml from scratch on an NSMC sample on
# the CPU, evaluate the best checkpoint on the whole NSMC test set and print where the
# report is. NSMC comes from $NSMC_DIR (default: ../shared/data/nsmc beside the checkout).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target bertc # the compiler and libbertrt; tests are scripts/test.sh
bertc=build/compiler/bertc
out=${BERTC_RUN_DIR:-runs/main}
export NSMC_DIR="${NSMC_DIR:-$(cd .. && pwd)/shared/data/nsmc}"
mkdir -p "$out"

echo "== bertc compile specs/mbert_cls.yaml"
"$bertc" compile specs/mbert_cls.yaml -o "$out/mbert_cls"

echo "== vocabulary: 8000 WordPiece tokens from ratings_train.txt (cached)"
vocab=runs/nsmc_vocab_8000.txt
[ -s "$vocab" ] || "$bertc" vocab build --size 8000 "$NSMC_DIR/ratings_train.txt" -o "$vocab"

echo "== bertc compile specs/nsmc_small.yaml"
"$bertc" compile specs/nsmc_small.yaml -o "$out/nsmc_small"
prog="$out/nsmc_small/nsmc_small"

echo "== train: 50,000 sampled reviews, 2 epochs, tested on 10,000"
rm -rf "$out/run"
"$prog" train --vocab "$vocab" --sample 50000 --test-sample 10000 --seed 42 --out "$out/run"

echo "== eval: the best checkpoint on the whole NSMC test set"
"$prog" eval --model "$out/run/best" --data "$NSMC_DIR/ratings_test.txt"

echo "== done in $(($(date +%s) - start)) s; report: $out/run/report.html"
