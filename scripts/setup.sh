#!/usr/bin/env bash
# Installs every system dependency of bertc from Debian's packages. Idempotent; run as root
# (or with sudo available). The CUDA toolkit is expected in its standard location and is
# optional: the CPU build does not need it.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  clang-format           # the style test (tests/style)
  llvm-14-dev            # LLVM C API: host code and CPU kernels
  libyaml-dev            # spec parser
  libopenblas-dev        # GEMMs of the CPU target
  libutf8proc-dev        # Unicode categories, case and NFD for the tokenizer
  chromium               # renders report.html to PNG in the report test
  fonts-noto-cjk         # Korean glyphs for the report's label names and samples
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
