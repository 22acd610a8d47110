#!/usr/bin/env python3
"""Inputs for the mbert_cls smoke check-step (tests/e2e/mbert_step.sh): one sequence of
32 tokens (B=1, S=32) with ids inside bert-base-multilingual-cased's vocabulary (119547),
two segments and a padded tail, label 1. No reference outputs: the test checks shapes and
finiteness on random weights; numerics are checked on tiny_cls against PyTorch.

Usage: mbert_step_inputs.py OUT.safetensors
"""
import sys

import numpy as np
from safetensors.numpy import save_file

rng = np.random.default_rng(20261125)
ids = rng.integers(1000, 119547, size=(1, 32), dtype=np.int64)
ids[0, 0], ids[0, 20] = 101, 102  # [CLS] ... [SEP]
mask = np.ones((1, 32), dtype=np.int64)
mask[0, 27:] = 0
ids[0, 27:] = 0
types = np.zeros((1, 32), dtype=np.int64)
types[0, 21:27] = 1
save_file({"input_ids": ids, "attention_mask": mask, "token_type_ids": types,
           "labels": np.array([1], dtype=np.int64)}, sys.argv[1])
