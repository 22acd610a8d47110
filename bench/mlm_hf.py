#!/usr/bin/env python3
"""HF baseline for bench/mlm_throughput.sh: BertForMaskedLM pretraining throughput on the CPU.

HF run_mlm's recipe with --line_by_line on the same text, vocabulary, config and threads as a
bertc masked_lm program compiled from the spec:

  model      transformers.BertForMaskedLM(BertConfig(**spec["model"])), random init, fp32,
             training mode (the spec's dropout), sdpa attention (HF's default)
  tokens     BertTokenizerFast over the SAME vocab.txt (cased), one line one example,
             truncation to the spec's largest bucket (max_length), empty lines skipped
  batches    DataCollatorForLanguageModeling(mlm_probability 0.15): 80/10/10 masking, padding to
             the longest row of each batch; rows shuffled per epoch (the Trainer's sampler)
  optimiser  torch.optim.AdamW(lr, betas, eps, weight_decay from the spec, fused),
             get_linear_schedule_with_warmup(warmup_ratio), clip_grad_norm_(grad_clip)

Times the training loop only (tokenization excluded) over --epochs epochs and prints one JSON
line: sequences, real (non-padding) tokens and padded tokens processed, seconds, tokens/s.

  /root/oracle/venv/bin/python bench/mlm_hf.py --spec specs/mlm_small.yaml --text T.txt \\
      --vocab vocab.txt --threads 2
"""
import argparse
import json
import os
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default="specs/mlm_small.yaml")
    ap.add_argument("--text", required=True)
    ap.add_argument("--vocab", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    import torch
    import yaml
    from transformers import (BertConfig, BertForMaskedLM, BertTokenizerFast,
                              DataCollatorForLanguageModeling, get_linear_schedule_with_warmup)

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    tr = {"lr": 2e-5, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 0.01,
          "warmup_ratio": 0.1, "grad_clip": 1.0, **spec.get("train", {})}
    batch, max_len = spec["shapes"]["batch_size"], max(spec["shapes"]["seq_len"])
    with open(args.vocab, encoding="utf-8") as f:
        vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
    tok = BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True,
                            strip_accents=None)
    if len(tok) != len(vocab):
        sys.exit(f"mlm_hf.py: the tokenizer has {len(tok)} tokens, {args.vocab} {len(vocab)}")
    with open(args.text, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    rows = tok(lines, truncation=True, max_length=max_len)["input_ids"]
    collator = DataCollatorForLanguageModeling(tok, mlm_probability=0.15, return_tensors="pt")
    model = BertForMaskedLM(BertConfig(**spec["model"]))
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=float(tr["lr"]), betas=tuple(tr["betas"]),
                            eps=float(tr["eps"]), weight_decay=float(tr["weight_decay"]),
                            fused=True)
    steps = args.epochs * ((len(rows) + batch - 1) // batch)
    sched = get_linear_schedule_with_warmup(opt, int(steps * tr["warmup_ratio"]), steps)
    real = padded = 0
    t0 = time.perf_counter()
    last_loss = float("nan")
    for epoch in range(args.epochs):
        order = torch.randperm(len(rows)).tolist()
        for b in range(0, len(order), batch):
            feats = collator([{"input_ids": rows[i]} for i in order[b:b + batch]])
            real += int(feats["attention_mask"].sum())
            padded += feats["input_ids"].numel()
            loss = model(**feats).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), float(tr["grad_clip"]))
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            last_loss = loss.item()
    dt = time.perf_counter() - t0
    print(json.dumps({"framework": "pytorch", "sequences": args.epochs * len(rows),
                      "tokens": real, "padded_tokens": padded, "seconds": dt,
                      "tokens_per_s": real / dt, "last_loss": last_loss, "threads": args.threads,
                      "torch": torch.__version__,
                      "transformers": __import__("transformers").__version__}))


if __name__ == "__main__":
    main()
