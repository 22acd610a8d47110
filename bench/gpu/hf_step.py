#!/usr/bin/env python3
"""HF transformers baseline of bench/gpu: BertForSequenceClassification training steps.

One training step = forward (with labels: HF's CrossEntropyLoss) + backward +
clip_grad_norm_(1.0) + AdamW(lr 2e-5, weight decay 0.01, betas/eps of the spec) + the HF
linear warmup schedule, model in training mode with the spec's dropout (0.1), forward and
loss under bf16 autocast (fp32 master weights), HF's default attention (sdpa). The model is
built from a BertConfig equal to the spec's `model:` keys (bert-base-multilingual-cased for
bench/gpu/mbert_cls_b32.yaml), randomly initialised: nothing is downloaded.

For each bucket S (default 32, 64, 128): one batch [B, S] of random token ids (every
position attended, token_type_ids 0, random labels), the first step timed on its own,
--warmup - 1 more untimed steps, then --steps timed steps, each between
torch.cuda.synchronize() calls. Modes:
  eager    the model as is
  compile  torch.compile(model, dynamic=False): one specialised graph per bucket, as
           bertc specialises per bucket; the optimizer step is not compiled
Prints one JSON line per (mode, bucket) on stdout (progress on stderr):
  ms_per_step_median/mean, sequences_per_s (B / median), first_step_ms,
  compile_s = (first step - median step) / 1000: for `compile` the time torch.compile
  (dynamo + inductor + autotuning) took for that bucket's graph, for `eager` the first-step
  overhead (cuBLAS / allocator warm-up);
  peak_allocated_bytes / peak_reserved_bytes: torch.cuda.max_memory_allocated /
  max_memory_reserved over that bucket's steps (parameters, gradients and AdamW moments
  included; the counters are reset before each bucket; the CUDA context is not included);
  model_flops_per_step, achieved_tflops and mfu (see model_flops_per_step below) against
  the dense bf16 peak of the device (peak_bf16_tflops below; --peak-tflops overrides).

Smoke test without a GPU:  python bench/gpu/hf_step.py --device cpu --tiny
GPU (what bench/gpu/run.sh runs):  python3 bench/gpu/hf_step.py --mode eager
                                   python3 bench/gpu/hf_step.py --mode compile

This file's top level uses the standard library only: bench/gpu/report.py imports
model_flops_per_step, peak_bf16_tflops and read_spec from it.
"""
import argparse
import json
import os
import re
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The tiny config of the CPU smoke test (--tiny): tiny_cls's shape, positions for 128.
TINY_MODEL = dict(vocab_size=1000, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                  intermediate_size=256, hidden_act="gelu", max_position_embeddings=128,
                  type_vocab_size=2, layer_norm_eps=1e-12, hidden_dropout_prob=0.1,
                  attention_probs_dropout_prob=0.1)


def model_flops_per_step(hidden, intermediate, layers, num_labels, batch, seq):
    """Model FLOPs of one training step (forward + backward) of a BERT sequence classifier.

    Matmuls only (a multiply-add is 2 FLOPs); embeddings (gathers), LayerNorm, softmax,
    GELU, dropout, the loss and the optimizer are not counted, as is usual for MFU.
    Forward, per layer and token: Q, K, V and attention-output projections 4 * 2*H*H, the
    two FFN matmuls 2 * 2*H*I; per layer and sequence: Q K^T and P V, 2 * 2*S*S*H; per
    sequence once: pooler 2*H*H and classifier 2*H*C on [CLS]. The backward of a matmul
    costs twice its forward (the input gradient and the weight gradient), so a step is
    3x the forward:
        6 * L*(4H^2 + 2HI) * B*S   +   12 * L*S^2*H * B   +   6 * (H^2 + H*C) * B
    i.e. the usual 6 * (matmul parameters) * tokens plus the attention term 12*L*S^2*H
    per sequence. mbert_cls (H 768, I 3072, L 12, C 2), B 32, S 128: 2.145 TFLOP.
    """
    per_token = layers * (4 * hidden * hidden + 2 * hidden * intermediate)
    attention = 4 * layers * seq * seq * hidden
    head = hidden * hidden + hidden * num_labels
    forward = batch * (2 * seq * per_token + attention + 2 * head)
    return 3 * forward


# Dense (no sparsity) bf16 tensor-core peak, TFLOP/s, from NVIDIA's data sheets (the
# "with sparsity" figure halved). Matched against the device name in order.
PEAKS = [
    ("GH200", 989.4),
    ("H200 NVL", 835.5),
    ("H200", 989.4),         # H200 SXM
    ("H100 NVL", 835.5),
    ("H100 PCIe", 756.5),
    ("H100", 989.4),         # H100 SXM5 ("NVIDIA H100 80GB HBM3")
    ("H800 PCIe", 756.5),
    ("H800", 989.4),
    ("A100", 312.0),
    ("A800", 312.0),
    ("L40S", 362.05),
]


def peak_bf16_tflops(device_name):
    """(peak dense bf16 TFLOP/s, what it was matched as), or (None, reason)."""
    for key, peak in PEAKS:
        if key.lower() in device_name.lower():
            return peak, f"{key}: {peak} TFLOP/s dense bf16 (data sheet)"
    return None, f"unknown device '{device_name}': no peak bf16 figure (pass --peak-tflops)"


def read_spec(path):
    """The spec as a dict: PyYAML when present, else the flat `key: value` lines the specs
    use (enough for model:, head:, shapes:, train:)."""
    try:
        import yaml
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except ImportError:
        pass
    spec, section = {}, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            m = re.match(r"^(\s*)([A-Za-z_]+):\s*(.*)$", line)
            if not m:
                continue
            indent, key, value = m.groups()
            if not indent:
                section = key
                spec[key] = {} if not value else value
                continue
            spec[section][key] = parse_scalar(value)
    return spec


def parse_scalar(v):
    v = v.strip()
    if v.startswith("["):
        return [parse_scalar(x) for x in v.strip("[]").split(",") if x.strip()]
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(v, v.strip("\"'"))


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default=os.path.join(HERE, "mbert_cls_b32.yaml"))
    ap.add_argument("--mode", default="eager,compile",
                    help="eager, compile or both (comma-separated; default both)")
    ap.add_argument("--buckets", default=None, help="comma-separated S (default: the spec's seq_len)")
    ap.add_argument("--batch", type=int, default=None, help="B (default: the spec's batch_size)")
    ap.add_argument("--steps", type=int, default=30, help="timed steps per bucket")
    ap.add_argument("--warmup", type=int, default=5, help="untimed steps per bucket, the first included")
    ap.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    ap.add_argument("--dtype", default="bf16", choices=["bf16", "fp32"],
                    help="bf16: autocast to bfloat16 (fp32 master weights); fp32: no autocast")
    ap.add_argument("--adamw", default=None, choices=["fused", "foreach", "single"],
                    help="torch AdamW implementation (default: fused on cuda, foreach on cpu)")
    ap.add_argument("--attn", default="sdpa", choices=["sdpa", "eager"])
    ap.add_argument("--compile-mode", default=None,
                    help="torch.compile mode (default None; e.g. max-autotune)")
    ap.add_argument("--peak-tflops", type=float, default=None, help="override the device's peak")
    ap.add_argument("--tiny", action="store_true",
                    help="smoke test: a tiny model (H 64, 2 layers), batch 4, 2 steps after 1 warmup")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    if a.tiny:
        a.steps = min(a.steps, 2)
        a.warmup = min(a.warmup, 1)
    return a


def log(*args):
    print("hf_step:", *args, file=sys.stderr, flush=True)


def main():
    a = parse_args()
    import torch
    import transformers
    from transformers import BertConfig, BertForSequenceClassification
    from transformers import get_linear_schedule_with_warmup
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    spec = read_spec(a.spec)
    model_keys = dict(TINY_MODEL if a.tiny else spec["model"])
    num_labels = spec["head"].get("num_labels", 2)
    tr = spec.get("train", {}) or {}
    batch = a.batch or (4 if a.tiny else spec["shapes"]["batch_size"])
    buckets = ([int(x) for x in a.buckets.split(",")] if a.buckets else list(spec["shapes"]["seq_len"]))
    modes = [m for m in a.mode.split(",") if m]
    for m in modes:
        if m not in ("eager", "compile"):
            sys.exit(f"hf_step: unknown mode {m!r} (eager, compile)")
    if a.device == "cuda" and not torch.cuda.is_available():
        sys.exit("hf_step: no CUDA device (torch.cuda.is_available() is False); use --device cpu")
    if max(buckets) > model_keys.get("max_position_embeddings", 512):
        sys.exit(f"hf_step: bucket {max(buckets)} exceeds max_position_embeddings")

    dev = torch.device(a.device)
    if a.device == "cuda":
        device_name = torch.cuda.get_device_name(dev)
        torch.backends.cuda.matmul.allow_tf32 = True   # fp32 leftovers (optimizer, norms) as fast as allowed
        torch.backends.cudnn.allow_tf32 = True
    else:
        device_name = "cpu"
    peak, peak_note = (a.peak_tflops, f"--peak-tflops {a.peak_tflops}") if a.peak_tflops else peak_bf16_tflops(device_name)
    adamw = a.adamw or ("fused" if a.device == "cuda" else "foreach")
    log(f"device {device_name}; peak: {peak_note}; torch {torch.__version__}, "
        f"transformers {transformers.__version__}; B {batch}, buckets {buckets}, modes {modes}")

    config = BertConfig(**model_keys, num_labels=num_labels, attn_implementation=a.attn)
    H, I, L = config.hidden_size, config.intermediate_size, config.num_hidden_layers

    def sync():
        if a.device == "cuda":
            torch.cuda.synchronize()

    for mode in modes:
        torch.manual_seed(a.seed)
        model = BertForSequenceClassification(config).to(dev)
        model.train()
        params = [p for p in model.parameters() if p.requires_grad]
        n_params = sum(p.numel() for p in params)
        impl = {"fused": {"fused": True}, "foreach": {"foreach": True},
                "single": {"foreach": False}}[adamw]
        betas = tuple(tr.get("betas", (0.9, 0.999)))
        opt = torch.optim.AdamW(params, lr=float(tr.get("lr", 2e-5)), betas=betas,
                                eps=float(tr.get("eps", 1e-8)),
                                weight_decay=float(tr.get("weight_decay", 0.01)), **impl)
        total = len(buckets) * (a.warmup + a.steps)
        sched = get_linear_schedule_with_warmup(
            opt, int(total * float(tr.get("warmup_ratio", 0.1))), total)
        grad_clip = float(tr.get("grad_clip", 1.0))
        step_model = model
        if mode == "compile":
            step_model = torch.compile(model, dynamic=False, mode=a.compile_mode)
        autocast_dtype = torch.bfloat16 if a.dtype == "bf16" else None

        def step(inputs):
            if autocast_dtype is not None:
                with torch.autocast(device_type=a.device, dtype=autocast_dtype):
                    loss = step_model(**inputs).loss
            else:
                loss = step_model(**inputs).loss
            loss.backward()
            if grad_clip > 0:
                torch.nn.utils.clip_grad_norm_(params, grad_clip)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            return loss.detach()

        for S in buckets:
            g = torch.Generator(device="cpu").manual_seed(a.seed + S)
            inputs = {
                "input_ids": torch.randint(1, config.vocab_size, (batch, S), generator=g).to(dev),
                "attention_mask": torch.ones(batch, S, dtype=torch.long, device=dev),
                "token_type_ids": torch.zeros(batch, S, dtype=torch.long, device=dev),
                "labels": torch.randint(0, num_labels, (batch,), generator=g).to(dev),
            }
            if a.device == "cuda":
                sync()
                torch.cuda.reset_peak_memory_stats(dev)
            times = []
            first_ms = None
            loss_first = loss_last = None
            for k in range(a.warmup + a.steps):
                sync()
                t0 = time.perf_counter()
                loss = step(inputs)
                sync()
                ms = (time.perf_counter() - t0) * 1e3
                if k == 0:
                    first_ms = ms
                    loss_first = float(loss)
                if k >= a.warmup or (a.warmup == 0 and k == 0):
                    times.append(ms)
            loss_last = float(loss)
            med = statistics.median(times)
            flops = model_flops_per_step(H, I, L, num_labels, batch, S)
            tflops = flops / (med * 1e-3) / 1e12
            rec = {
                "framework": "hf_transformers", "mode": mode, "bucket": S, "batch": batch,
                "steps": a.steps, "warmup": a.warmup,
                "ms_per_step_median": round(med, 4),
                "ms_per_step_mean": round(statistics.fmean(times), 4),
                "ms_per_step_min": round(min(times), 4),
                "sequences_per_s": round(batch / (med * 1e-3), 2),
                "first_step_ms": round(first_ms, 3),
                "compile_s": round((first_ms - med) / 1e3, 3),
                "peak_allocated_bytes": torch.cuda.max_memory_allocated(dev) if a.device == "cuda" else None,
                "peak_reserved_bytes": torch.cuda.max_memory_reserved(dev) if a.device == "cuda" else None,
                "model_flops_per_step": flops,
                "achieved_tflops": round(tflops, 3),
                "peak_tflops": peak,
                "mfu": round(tflops / peak, 4) if peak else None,
                "loss_first": loss_first, "loss_last": loss_last,
                "params": n_params, "dtype": "bf16-autocast" if a.dtype == "bf16" else "fp32",
                "attn": a.attn, "adamw": adamw, "compile_mode": a.compile_mode if mode == "compile" else None,
                "dropout": [config.hidden_dropout_prob, config.attention_probs_dropout_prob],
                "device": device_name, "torch": torch.__version__,
                "transformers": transformers.__version__, "tiny": a.tiny,
            }
            print(json.dumps(rec), flush=True)
            log(f"{mode} S={S}: {med:.3f} ms/step median, first step {first_ms:.1f} ms, "
                f"{rec['sequences_per_s']} seq/s" + (f", MFU {rec['mfu']:.1%}" if rec["mfu"] else ""))
        del step_model, model, opt, sched, params
        if a.device == "cuda":
            torch.cuda.empty_cache()
        if mode == "compile":
            torch._dynamo.reset()


if __name__ == "__main__":
    main()
