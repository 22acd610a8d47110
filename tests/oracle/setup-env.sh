#!/usr/bin/env bash
# Creates the Python environment the oracle scripts (and PyTorch benchmarks) use:
# PyTorch from PyPI (MKL/oneDNN build), transformers, tokenizers, safetensors, numpy.
# Never needed by the build or CI: they read the committed fixtures.
#   BERTC_ORACLE_VENV (default ~/.cache/bertc/oracle-venv) is where it goes.
set -euo pipefail
venv="${BERTC_ORACLE_VENV:-$HOME/.cache/bertc/oracle-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip
fi
"$venv/bin/pip" install -q torch transformers tokenizers safetensors numpy pyyaml
echo "$venv/bin/python"
