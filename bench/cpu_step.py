#!/usr/bin/env python3
"""PyTorch baseline for one training step of a bertc spec, on the CPU.

One step = forward + backward + clip_grad_norm_ + AdamW step (+ the linear warmup
schedule) of HuggingFace BertForSequenceClassification built from the spec's `model:` keys,
random init, fp32, training mode with the spec's dropout, on one random batch [B,S] (every
position attended). `--warmup` untimed steps, then `--steps` timed ones; prints one JSON line:

  {"framework": "pytorch", "ms_per_step_median": ..., "ms_per_step_mean": ..., "torch": ...,
   "blas": "mkl", "threads": T, ...}

Run with the oracle venv (PyPI torch, MKL/oneDNN), not Debian's python3-torch:
  /root/oracle/venv/bin/python bench/cpu_step.py --spec specs/tiny_cls.yaml --batch 8 --seq 128 --threads 2
"""
import argparse
import json
import os
import re
import statistics
import sys
import time


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default="specs/tiny_cls.yaml")
    ap.add_argument("--batch", type=int, default=None, help="B (default: the spec's batch_size)")
    ap.add_argument("--seq", type=int, default=None, help="S (default: the spec's largest bucket)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--adamw", choices=["fused", "foreach", "single"], default="fused",
                    help="torch AdamW implementation (default fused: PyTorch's fastest on CPU)")
    ap.add_argument("--attn", choices=["sdpa", "eager"], default="sdpa",
                    help="HF attention implementation (default sdpa: HF's default and faster)")
    ap.add_argument("--seed", type=int, default=0)
    return ap.parse_args()


def main():
    args = parse_args()
    # Thread counts before torch loads its OpenMP/MKL runtimes, and again through the API.
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    import torch
    import yaml
    from transformers import BertConfig, BertForSequenceClassification
    from transformers import get_linear_schedule_with_warmup
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass

    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    if spec.get("precision", "fp32") != "fp32":
        sys.exit(f"{args.spec}: only precision fp32 is benchmarked on the CPU")
    tr = spec["train"]
    B = args.batch or spec["shapes"]["batch_size"]
    S = args.seq or max(spec["shapes"]["seq_len"])
    if S > spec["model"]["max_position_embeddings"]:
        sys.exit(f"--seq {S} exceeds max_position_embeddings {spec['model']['max_position_embeddings']}")
    strategy = tr.get("strategy", "full")
    if isinstance(strategy, list):
        strategy = strategy[0]
    if strategy != "full":
        sys.exit(f"{args.spec}: the baseline times strategy full only (spec says {strategy})")

    config = BertConfig(**spec["model"], num_labels=spec["head"]["num_labels"],
                        attn_implementation=args.attn)
    torch.manual_seed(args.seed)
    model = BertForSequenceClassification(config).float()
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    impl = {"fused": {"fused": True}, "foreach": {"foreach": True},
            "single": {"foreach": False}}[args.adamw]
    opt = torch.optim.AdamW(params, lr=tr["lr"], betas=tuple(tr["betas"]), eps=tr["eps"],
                            weight_decay=tr["weight_decay"], **impl)
    total = args.warmup + args.steps
    sched = get_linear_schedule_with_warmup(opt, int(total * tr["warmup_ratio"]), total)

    g = torch.Generator().manual_seed(args.seed + 1)
    batch = {
        "input_ids": torch.randint(1, config.vocab_size, (B, S), generator=g),
        "attention_mask": torch.ones(B, S, dtype=torch.long),
        "token_type_ids": torch.zeros(B, S, dtype=torch.long),
        "labels": torch.randint(0, config.num_labels, (B,), generator=g),
    }

    def step():
        out = model(**batch)
        out.loss.backward()
        torch.nn.utils.clip_grad_norm_(params, tr["grad_clip"])
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        return float(out.loss.detach())

    times = []
    loss = None
    for i in range(total):
        t0 = time.perf_counter()
        loss = step()
        t1 = time.perf_counter()
        if i >= args.warmup:
            times.append((t1 - t0) * 1e3)

    cfg = torch.__config__.show()
    blas = re.search(r"BLAS_INFO=([\w-]+)", cfg)
    mkl = re.search(r"Math Kernel Library Version ([\w.-]+)", cfg)
    onednn = re.search(r"MKL-DNN v([\w.]+)", cfg)
    cap = re.search(r"CPU capability usage: (\w+)", cfg)
    print(json.dumps({
        "framework": "pytorch",
        "spec": spec.get("name"),
        "spec_file": args.spec,
        "batch": B, "seq": S, "threads": torch.get_num_threads(),
        "warmup": args.warmup, "steps": args.steps,
        "ms_per_step_median": round(statistics.median(times), 3),
        "ms_per_step_mean": round(statistics.fmean(times), 3),
        "ms_per_step_min": round(min(times), 3),
        "params": sum(p.numel() for p in params),
        "adamw": args.adamw, "dropout": [config.hidden_dropout_prob, config.attention_probs_dropout_prob],
        "attn": args.attn, "dtype": "fp32", "final_loss": round(loss, 6),
        "torch": torch.__version__,
        "transformers": __import__("transformers").__version__,
        "blas": blas.group(1) if blas else "unknown",
        "mkl": mkl.group(1) if mkl else None,
        "onednn": onednn.group(1) if onednn else None,
        "cpu_capability": cap.group(1) if cap else None,
    }))


if __name__ == "__main__":
    main()
