#!/usr/bin/env python3
"""Combines what bench/gpu/run.sh wrote into DIR into DIR/report.md and DIR/summary.json,
and prints the report. Standard library only (hf_step.py's FLOPs and peak tables).

    python3 bench/gpu/report.py DIR [DIR...] [--out-dir D] [--mix bench/gpu/nsmc_bucket_mix.txt]
                                    [--spec bench/gpu/mbert_cls_b32.yaml]

Several DIRs (run.sh called once per part, e.g. under a per-command time limit): each file
is taken from the first DIR that has it, parts.tsv from all; report.md and summary.json go
to --out-dir (default the first DIR).

Files read from DIR (each optional; what is missing is reported as missing):
  run.txt                 key=value: date, command, host, program
  parts.tsv               part, status, seconds, note (one line per part run.sh ran)
  device.txt              nvidia-smi --query-gpu=name,memory.total,driver_version,... (csv)
  build_info.txt          key=value from prepare.sh (bertc compile seconds, commit, spec)
  bertc_step_S.txt        `PROGRAM time-step --seq-len S ...` output (one key=value line)
  bertc_step_S.smi_mib    peak GPU memory in use while it ran (nvidia-smi, MiB over idle)
  hf_MODE.jsonl           hf_step.py --mode MODE output (one JSON line per bucket)
  hf_MODE.smi_mib         as above, for the whole hf_step.py process
  train.txt               key=value: rc, wall_s, command, init
  train_summary.jsonl     the run/epoch lines of the trainer's metrics.jsonl
  eval.json               `PROGRAM eval --json` of the best checkpoint
"""
import argparse
import json
import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hf_step import model_flops_per_step, peak_bf16_tflops, read_spec  # noqa: E402

GOALS = {"vs_eager": 2.0, "vs_compile": 1.3, "mfu_128": 0.60, "memory_ratio": 0.70,
         "finetune_s": 60.0}


def read_kv(path):
    """key=value pairs of a file (shell-style quoting), {} when absent."""
    if not os.path.isfile(path):
        return {}
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                words = shlex.split(line)
            except ValueError:
                words = line.split()
            for w in words:
                if "=" in w:
                    k, v = w.split("=", 1)
                    out[k] = v
    return out


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def read_mix(path):
    mix = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                b, frac = line.split()[:2]
                mix[int(b)] = float(frac)
    return mix


def read_smi(path):
    if not os.path.isfile(path):
        return None
    with open(path) as f:
        return num(f.read().strip())


def bertc_peak_mib(kv):
    """The program's own peak device memory, from time-step's line: peak_device_mib (what the
    cuda runtime prints), or any peak_*_{mib,bytes} key."""
    for k, v in kv.items():
        if not k.startswith("peak") or num(v) is None:
            continue
        if k.endswith("_mib"):
            return num(v)
        if k.endswith("_bytes"):
            return num(v) / 2**20
        if k.endswith("_gib"):
            return num(v) * 1024
    return None


def fmt(v, spec="{:.2f}", missing="—"):
    return missing if v is None else spec.format(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    ap.add_argument("--out-dir", default=None)
    ap.add_argument("--mix", default=os.path.join(HERE, "nsmc_bucket_mix.txt"))
    ap.add_argument("--spec", default=os.path.join(HERE, "mbert_cls_b32.yaml"))
    a = ap.parse_args()
    def p(name):
        for d in a.dirs:
            if os.path.exists(os.path.join(d, name)):
                return os.path.join(d, name)
        return os.path.join(a.dirs[0], name)
    out_dir = a.out_dir or a.dirs[0]

    spec = read_spec(a.spec)
    mo, shapes = spec["model"], spec["shapes"]
    H, I, L = mo["hidden_size"], mo["intermediate_size"], mo["num_hidden_layers"]
    C = spec["head"].get("num_labels", 2)
    B = shapes["batch_size"]
    buckets = list(shapes["seq_len"])
    mix = read_mix(a.mix)
    run = {}
    for d in reversed(a.dirs):  # the first DIR's values win
        run.update(read_kv(os.path.join(d, "run.txt")))
    build = read_kv(p("build_info.txt"))
    device_name = run.get("device_name", "")
    peak, peak_note = peak_bf16_tflops(device_name) if device_name else (None, "no device name")
    if num(run.get("peak_tflops")):
        peak, peak_note = num(run["peak_tflops"]), f"--peak-tflops {run['peak_tflops']}"

    # ---- per bucket: bertc and both PyTorch modes ---------------------------------------
    hf = {}
    for mode in ("eager", "compile"):
        hf[mode] = {}
        path = p(f"hf_{mode}.jsonl")
        if os.path.isfile(path):
            with open(path) as f:
                for line in f:
                    if line.startswith("{"):
                        r = json.loads(line)
                        hf[mode][r["bucket"]] = r
    bertc = {}
    for S in buckets:
        kv = read_kv(p(f"bertc_step_{S}.txt"))
        if num(kv.get("ms_per_step_median")):
            bertc[S] = kv
    rows = {}
    for S in buckets:
        flops = model_flops_per_step(H, I, L, C, B, S)
        r = {"bucket": S, "batch": B, "model_flops_per_step": flops, "mix_fraction": mix.get(S)}
        ms = {"bertc": num(bertc.get(S, {}).get("ms_per_step_median"))}
        for mode in hf:
            ms[mode] = hf[mode].get(S, {}).get("ms_per_step_median")
        nb = {"bertc": num(bertc.get(S, {}).get("batch")) or B}
        for mode in hf:
            nb[mode] = hf[mode].get(S, {}).get("batch") or B
        for k, v in ms.items():
            f = model_flops_per_step(H, I, L, C, nb[k], S)
            r[f"{k}_ms"] = v
            r[f"{k}_seq_per_s"] = nb[k] / (v * 1e-3) if v else None
            r[f"{k}_mfu"] = f / (v * 1e-3) / (peak * 1e12) if v and peak else None
        for k in ms:
            r[f"{k}_batch"] = nb[k]
        # throughput ratios (the same as PyTorch ms / bertc ms when the batches are equal)
        for m in ("eager", "compile"):
            r[f"vs_{m}"] = (r["bertc_seq_per_s"] / r[f"{m}_seq_per_s"]
                            if r["bertc_seq_per_s"] and r[f"{m}_seq_per_s"] else None)
        r["bertc_peak_mib"] = bertc_peak_mib(bertc.get(S, {}))
        r["bertc_smi_mib"] = read_smi(p(f"bertc_step_{S}.smi_mib"))
        for mode in hf:
            h = hf[mode].get(S, {})
            r[f"{mode}_allocated_mib"] = h["peak_allocated_bytes"] / 2**20 if h.get("peak_allocated_bytes") else None
            r[f"{mode}_reserved_mib"] = h["peak_reserved_bytes"] / 2**20 if h.get("peak_reserved_bytes") else None
            r[f"{mode}_compile_s"] = h.get("compile_s")
        rows[S] = r

    # ---- the NSMC mix: time per batch weighted by the fraction of batches per bucket -----
    def mix_ms(key):
        if not mix or any(S not in rows or rows[S][f"{key}_ms"] is None for S in mix):
            return None  # every bucket of the mix measured, or no mixed figure
        return sum(frac * rows[S][f"{key}_ms"] for S, frac in mix.items())
    mixed = {k: mix_ms(k) for k in ("bertc", "eager", "compile")}
    mixed_seq = {k: (rows[max(mix)][f"{k}_batch"] / (v * 1e-3) if v else None) for k, v in mixed.items()}
    vs_eager = mixed_seq["bertc"] / mixed_seq["eager"] if mixed_seq["eager"] and mixed_seq["bertc"] else None
    vs_compile = mixed_seq["bertc"] / mixed_seq["compile"] if mixed_seq["compile"] and mixed_seq["bertc"] else None
    top = max(buckets)
    mfu_top = rows[top]["bertc_mfu"]

    # ---- memory at the largest bucket -------------------------------------------------
    # Like for like: nvidia-smi's device memory in use (over idle) for the bertc process and
    # for each PyTorch process (CUDA context, allocator caches and workspaces included on
    # both sides). Besides: the program's own figure against torch's max_memory_allocated
    # (tensors only), the strictest comparison for bertc.
    b_smi = rows[top]["bertc_smi_mib"]
    t_smi = {m: read_smi(p(f"hf_{m}.smi_mib")) for m in ("eager", "compile")}
    smi_ratio = {m: b_smi / v if b_smi and v else None for m, v in t_smi.items()}
    b_own = rows[top]["bertc_peak_mib"]
    alloc_ratio = {m: b_own / rows[top][f"{m}_allocated_mib"] if b_own and rows[top][f"{m}_allocated_mib"] else None
                   for m in ("eager", "compile")}
    mem_candidates = [v for v in smi_ratio.values() if v] or [v for v in alloc_ratio.values() if v]
    mem_ratio = max(mem_candidates) if mem_candidates else None  # against the smaller PyTorch peak
    mem_basis = ("nvidia-smi process memory, against the smaller of eager / compile"
                 if any(smi_ratio.values()) else
                 "program's peak_device_mib against torch max_memory_allocated (nvidia-smi figures missing)")

    # ---- compile times ----------------------------------------------------------------
    hf_compile_total = (sum(rows[S]["compile_compile_s"] for S in buckets)
                        if all(rows[S]["compile_compile_s"] is not None for S in buckets) else None)
    bertc_compile = num(build.get("compile_seconds"))

    # ---- the full fine-tune -------------------------------------------------------------
    train = read_kv(p("train.txt"))
    epochs, run_end, run_start = [], {}, {}
    if os.path.isfile(p("train_summary.jsonl")):
        with open(p("train_summary.jsonl")) as f:
            for line in f:
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                if r.get("type") == "epoch":
                    epochs.append(r)
                elif r.get("type") == "run" and "train_seconds" in r:
                    run_end = r
                elif r.get("type") == "run" and "counts" in r:
                    run_start = r
    ev = {}
    if os.path.isfile(p("eval.json")):
        try:
            with open(p("eval.json")) as f:
                ev = json.load(f)
        except ValueError:
            ev = {}
    # the goal's run: every epoch of the spec (3) on the whole training set
    # (NSMC's ratings_train.txt: 150,000 rows, 149,994 used after the empty ones are dropped)
    used = run_start.get("counts", {}).get("train", {}).get("used")
    full_run = (train.get("rc") == "0" and train.get("epochs") == str(spec.get("train", {}).get("epochs", 3))
                and (used or 0) >= 148500)
    train_wall = num(train.get("wall_s")) if full_run else None

    goals = {
        "vs_eager": (vs_eager, GOALS["vs_eager"], ">="),
        "vs_compile": (vs_compile, GOALS["vs_compile"], ">="),
        "mfu_128": (mfu_top, GOALS["mfu_128"], ">="),
        "memory_ratio": (mem_ratio, GOALS["memory_ratio"], "<="),
        "finetune_s": (train_wall, GOALS["finetune_s"], "<="),
    }
    verdict = {k: (None if v is None else (v >= g if op == ">=" else v <= g)) for k, (v, g, op) in goals.items()}

    summary = {"run": run, "build": build, "device": device_name, "peak_tflops": peak,
               "peak_note": peak_note, "batch": B, "buckets": buckets, "mix": mix,
               "per_bucket": [rows[S] for S in buckets], "mix_ms_per_step": mixed,
               "mix_seq_per_s": mixed_seq, "vs_eager": vs_eager, "vs_compile": vs_compile,
               "bertc_mfu_at_largest_bucket": mfu_top,
               "memory": {"bertc_smi_mib": b_smi, "torch_smi_mib": t_smi, "smi_ratio": smi_ratio,
                          "bertc_own_mib": b_own, "own_vs_allocated": alloc_ratio,
                          "ratio_for_goal": mem_ratio, "basis": mem_basis},
               "compile_s": {"bertc": bertc_compile, "torch_compile_total": hf_compile_total,
                             "torch_compile_per_bucket": {S: rows[S]["compile_compile_s"] for S in buckets},
                             "eager_first_step_overhead": {S: rows[S]["eager_compile_s"] for S in buckets}},
               "finetune": {"train": train, "epochs": epochs, "run": run_end,
                            "eval": {k: ev.get(k) for k in ("accuracy", "loss") if k in ev}},
               "goals": {k: {"value": v, "goal": g, "op": op, "met": verdict[k]} for k, (v, g, op) in goals.items()},
               "parts": []}
    for d in a.dirs:
        if not os.path.isfile(os.path.join(d, "parts.tsv")):
            continue
        with open(os.path.join(d, "parts.tsv")) as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 3:
                    summary["parts"].append({"part": fields[0], "status": fields[1], "seconds": fields[2],
                                             "note": fields[3] if len(fields) > 3 else ""})

    # ---- report.md --------------------------------------------------------------------
    o = []
    w = o.append
    w(f"## bench/gpu: bertc vs HF transformers on {device_name or 'an unknown device'} ({run.get('date', '?')})\n")
    w(f"- command: `{run.get('command', '?')}` on {run.get('host', '?')}")
    w(f"- device: {run.get('device_csv', '?')}; peak for MFU: {peak_note}")
    w(f"- program: `{run.get('program', '?')}`: target {bertc.get(top, {}).get('target', '?')}, "
      f"spec {build.get('spec', '?')} (precision {build.get('precision', '?')}), bertc commit "
      f"{build.get('git_commit', '?')}{' (dirty tree)' if build.get('git_dirty') not in (None, '0') else ''}, "
      f"compiled {build.get('date', '?')} on {build.get('host', '?')}")
    h0 = next((r for m in hf for r in hf[m].values()), {})
    w(f"- PyTorch: torch {h0.get('torch', '?')}, transformers {h0.get('transformers', '?')}; "
      f"BertForSequenceClassification, {h0.get('dtype', '?')}, attention {h0.get('attn', '?')}, "
      f"AdamW {h0.get('adamw', '?')}, dropout {h0.get('dropout', '?')}, clip 1.0; "
      f"torch.compile(dynamic=False, mode={h0.get('compile_mode') or 'default'})")
    w(f"- batch {B}, buckets {'/'.join(map(str, buckets))}, random tokens, every position attended; "
      f"model FLOPs per step = 6·L(4H²+2HI)·B·S + 12·L·S²·H·B + 6(H²+HC)·B (bench/gpu/hf_step.py)")
    if build.get("precision") == "fp32":
        w("- NOTE: the bertc program computes in fp32 (spec precision fp32) while PyTorch runs bf16 "
          "autocast: the goals assume both in bf16")
    w("")
    w("| bucket | NSMC batches | bertc ms | eager ms | compile ms | bertc seq/s | eager seq/s | compile seq/s "
      "| vs eager | vs compile | MFU bertc | MFU eager | MFU compile |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for S in buckets:
        r = rows[S]
        w(f"| {S} | {fmt(r['mix_fraction'], '{:.1%}')} | {fmt(r['bertc_ms'], '{:.3f}')} | "
          f"{fmt(r['eager_ms'], '{:.3f}')} | {fmt(r['compile_ms'], '{:.3f}')} | "
          f"{fmt(r['bertc_seq_per_s'], '{:.0f}')} | {fmt(r['eager_seq_per_s'], '{:.0f}')} | "
          f"{fmt(r['compile_seq_per_s'], '{:.0f}')} | {fmt(r['vs_eager'], '{:.2f}x')} | "
          f"{fmt(r['vs_compile'], '{:.2f}x')} | {fmt(r['bertc_mfu'], '{:.1%}')} | "
          f"{fmt(r['eager_mfu'], '{:.1%}')} | {fmt(r['compile_mfu'], '{:.1%}')} |")
    w(f"| NSMC mix | 100% | {fmt(mixed['bertc'], '{:.3f}')} | {fmt(mixed['eager'], '{:.3f}')} | "
      f"{fmt(mixed['compile'], '{:.3f}')} | {fmt(mixed_seq['bertc'], '{:.0f}')} | "
      f"{fmt(mixed_seq['eager'], '{:.0f}')} | {fmt(mixed_seq['compile'], '{:.0f}')} | "
      f"{fmt(vs_eager, '{:.2f}x')} | {fmt(vs_compile, '{:.2f}x')} | | | |")
    w("")
    w("ms: median ms per training step (forward, backward, clipping, AdamW); NSMC mix: ms per batch "
      "weighted by the fraction of NSMC's training batches in each bucket (bench/gpu/nsmc_bucket_mix.txt, "
      "a PROXY tokenizer: an NSMC-trained WordPiece vocabulary, mBERT's is not available offline); "
      "vs: bertc sequences/s / PyTorch sequences/s (> 1: bertc faster).\n")
    w(f"Peak GPU memory at bucket {top}, MiB:\n")
    w("| | bertc | HF eager | HF compile |")
    w("|---|---|---|---|")
    w(f"| device memory in use (nvidia-smi, over idle; context included) | {fmt(b_smi, '{:.0f}')} | "
      f"{fmt(t_smi['eager'], '{:.0f}')} | {fmt(t_smi['compile'], '{:.0f}')} |")
    w(f"| the framework's own figure (bertc: time-step's peak_device_mib; torch: max_memory_allocated) | "
      f"{fmt(b_own, '{:.0f}', 'not printed')} | {fmt(rows[top]['eager_allocated_mib'], '{:.0f}')} | "
      f"{fmt(rows[top]['compile_allocated_mib'], '{:.0f}')} |")
    w(f"| torch max_memory_reserved | | {fmt(rows[top]['eager_reserved_mib'], '{:.0f}')} | "
      f"{fmt(rows[top]['compile_reserved_mib'], '{:.0f}')} |")
    w(f"\nmemory ratio for the goal: {fmt(mem_ratio, '{:.2f}')} ({mem_basis})\n")
    w(f"Compile time: bertc `compile` {fmt(bertc_compile, '{:.1f} s', 'not recorded')} (ahead of time, on "
      f"the build machine, NVRTC included); torch.compile {fmt(hf_compile_total, '{:.1f} s')} in all "
      f"(first step minus a steady step, per bucket: "
      + ", ".join(f"{S}: {fmt(rows[S]['compile_compile_s'], '{:.1f} s')}" for S in buckets) + ")\n")
    test_used = run_start.get("counts", {}).get("test", {}).get("used")
    w(f"Full NSMC fine-tune (`PROGRAM train`, {train.get('epochs', '?')} epochs on {used or '?'} training "
      f"reviews, the test set ({test_used or '?'} reviews) evaluated after every epoch; wall time of the "
      "command, tokenization and checkpoints included"
      + ("" if full_run or not train else "; NOT the goal's run: it failed, or ran fewer epochs than the "
         "spec's or on less than the whole of ratings_train.txt") + "):\n")
    if train:
        w(f"- command: `{train.get('command', '?')}`; exit {train.get('rc', '?')}; wall "
          f"{fmt(num(train.get('wall_s')), '{:.1f} s')}; initialisation: {train.get('init', '?')}")
        if run_end:
            w(f"- trainer: train {fmt(num(run_end.get('train_seconds')), '{:.1f} s')}, test evaluation "
              f"{fmt(num(run_end.get('eval_seconds')), '{:.1f} s')}, "
              f"{fmt(num(run_end.get('sequences_per_second')), '{:.0f}')} sequences/s")
        for e in epochs:
            w(f"- epoch {e.get('epoch')}: train loss {fmt(num(e.get('train_loss')), '{:.4f}')}, test accuracy "
              f"{fmt(num(e.get('test_acc')), '{:.2%}')}, {fmt(num(e.get('seconds')), '{:.1f} s')}")
        if ev:
            w(f"- eval of best/ on ratings_test.txt: accuracy {fmt(num(ev.get('accuracy')), '{:.2%}')}")
    else:
        w("- not run")
    w("\nGoals:\n")
    names = {"vs_eager": "train throughput vs HF eager (NSMC mix)",
             "vs_compile": "train throughput vs torch.compile (NSMC mix)",
             "mfu_128": f"MFU at bucket {top}", "memory_ratio": "peak memory vs PyTorch",
             "finetune_s": "3-epoch NSMC fine-tune incl. test evaluation, s"}
    w("| goal | value | target | met |")
    w("|---|---|---|---|")
    for k, (v, g, op) in goals.items():
        spec_fmt = "{:.1%}" if k == "mfu_128" else "{:.2f}"
        tgt = f"{op} {g:.0%}" if k == "mfu_128" else f"{op} {g}"
        w(f"| {names[k]} | {fmt(v, spec_fmt, 'not measured')} | {tgt} | "
          f"{ {True: 'yes', False: 'NO', None: '—'}[verdict[k]] } |")
    if summary["parts"]:
        w("\nParts: " + "; ".join(f"{x['part']} {x['status']} ({x['seconds']} s)"
                                  + (f": {x['note'].strip()}" if x['note'].strip() else "") for x in summary["parts"]))
    text = "\n".join(o) + "\n"
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "report.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out_dir, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, default=str)
    print(text)


if __name__ == "__main__":
    main()
