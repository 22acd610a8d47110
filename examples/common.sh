# shellcheck shell=bash
# Sourced by every example: finds the checkout and NSMC, and builds the pieces the
# examples share, each once, into runs/examples/ (ignored by git):
#   bertc                      the compiler ($BERTC_BUILD, default build/)
#   runs/examples/vocab.txt    8,000 WordPiece tokens from ratings_train.txt
#   runs/examples/nsmc_small/  specs/nsmc_small.yaml compiled (program nsmc_small)
# Environment: NSMC_DIR (default ../shared/data/nsmc beside the checkout), BERTC_BUILD.
# The NSMC examples check for NSMC in build_vocab (and 04 through need_model).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
export NSMC_DIR="${NSMC_DIR:-$(cd "$root/.." && pwd)/shared/data/nsmc}"
# The NSMC examples need the data set (the NER example needs KLUE-NER instead).
need_nsmc() {
  if [ ! -f "$NSMC_DIR/ratings_train.txt" ] || [ ! -f "$NSMC_DIR/ratings_test.txt" ]; then
    echo "error: no ratings_train.txt / ratings_test.txt in $NSMC_DIR" >&2
    echo "hint: get NSMC from github.com/e9t/nsmc and set NSMC_DIR to its folder" >&2
    exit 2
  fi
}
ex=runs/examples
build=${BERTC_BUILD:-build}
bertc=$build/compiler/bertc
vocab=$ex/vocab.txt
mkdir -p "$ex"

# The compiler and libbertrt (an up-to-date build costs a second).
build_bertc() {
  [ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j"$(nproc)" --target bertc >/dev/null
}

# The vocabulary every example's model uses: `model.vocab_size` of specs/nsmc_small.yaml.
build_vocab() {
  need_nsmc
  build_bertc
  [ -s "$vocab" ] || "$bertc" vocab build --size 8000 "$NSMC_DIR/ratings_train.txt" -o "$vocab"
}

# compile_spec SPEC DIR: compiles SPEC into DIR unless the program there is newer than
# both the spec and bertc; prints the program's path.
compile_spec() {
  local spec=$1 dir=$2 name
  name=$(awk '$1 == "name:" { print $2; exit }' "$spec")
  build_bertc
  if ! [ "$dir/$name" -nt "$spec" ] || ! [ "$dir/$name" -nt "$bertc" ]; then
    "$bertc" compile "$spec" -o "$dir" >&2
  fi
  echo "$dir/$name"
}

# The model 03-05 use: the best checkpoint of 02_finetune.sh, trained first if missing.
model=$ex/02_finetune/run/best
need_model() {
  [ -s "$model/model.safetensors" ] || bash "$root/examples/02_finetune.sh"
}
