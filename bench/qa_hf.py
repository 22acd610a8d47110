#!/usr/bin/env python3
"""HF baseline for bench/qa_korquad.sh: BertForQuestionAnswering trained from scratch on KorQuAD.

The same recipe as a bertc question-answering program compiled from the spec:

  split      the test questions are the keys of --test-ids (bertc's `predict --data F --holdout
             FRACTION --out P.json`, i.e. the articles bertc held out); the training questions
             are those of every other article (so the split is by article, the same as bertc's)
  model      transformers.BertForQuestionAnswering(BertConfig(**spec["model"])), random init
             (torch.manual_seed(--seed))
  features   BertTokenizerFast over the SAME vocab.txt (cased); run_qa's prepare_*_features:
             [CLS] question [SEP] context [SEP], truncation="only_second", the largest bucket as
             max_length, --doc-stride (128) tokens shared by consecutive windows, offsets; the
             question cut to --max-query-length (64) tokens first, as bertc does; each window
             labelled with the answer's start/end tokens or [CLS] (0) when it is not inside
  optimiser  torch.optim.AdamW(lr, betas (0.9, 0.999), eps 1e-8, weight_decay 0.01),
             get_linear_schedule_with_warmup (warmup_ratio of all steps), clip_grad_norm_,
             batch_size windows per batch, each padded to the smallest spec bucket holding its
             longest window (bertc runs a batch at its bucket's full length); dropout on in
             training, model.eval() for testing
  decoding   run_qa's postprocess_qa_predictions (n_best 20, max_answer_length 30, v1)
  metrics    KorQuAD 1.0's evaluate-v1.0.py (tests/oracle/qa_metrics.py): EM and character F1

Then --pipeline: transformers.pipeline("question-answering") on the best model over the test
questions (questions per second; doc_stride and max lengths as above); transformers 5 removed
that pipeline, and there the script times what it did instead: features, forward (batches of
batch_size) and run_qa's decoding of every test question.

Prints progress on stderr and one JSON line on stdout: best epoch (by F1), last epoch, train
seconds (training loops only), eval seconds, windows/s, pipeline questions/s, peak RSS.

  /root/oracle/venv/bin/python bench/qa_hf.py --spec specs/qa_small.yaml --data KorQuAD.json \\
      --test-ids held_out_predictions.json --vocab vocab.txt --threads 2 [--epochs N] [--sample N]
"""
import argparse
import json
import os
import random
import resource
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default="specs/qa_small.yaml")
    ap.add_argument("--data", required=True, help="SQuAD-format JSON (KorQuAD 1.0 dev)")
    ap.add_argument("--test-ids", required=True, help="JSON object whose keys are the test ids")
    ap.add_argument("--vocab", required=True)
    ap.add_argument("--epochs", type=int, default=None, help="default: the spec's")
    ap.add_argument("--sample", type=int, default=0, help="train on N questions drawn (seeded)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--doc-stride", type=int, default=128)
    ap.add_argument("--max-query-length", type=int, default=64)
    ap.add_argument("--pipeline", action="store_true", help="time pipeline('question-answering')")
    ap.add_argument("--save", default=None, metavar="DIR", help="save the best model there")
    return ap.parse_args()


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def load_split(path, test_ids):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)["data"]
    train, test = [], []
    for article in data:
        qs = [(q["id"], q["question"], p["context"], q["answers"]) for p in article["paragraphs"]
              for q in p["qas"]]
        held = any(q[0] in test_ids for q in qs)
        (test if held else train).extend(qs)
    return data, train, test


def cut_question(tok, question, limit):
    enc = tok(question, add_special_tokens=False, return_offsets_mapping=True)
    if len(enc["input_ids"]) <= limit:
        return question
    return question[:enc["offset_mapping"][limit - 1][1]]


def features(tok, qs, max_len, stride, max_query, labels):
    questions = [cut_question(tok, q, max_query) for _, q, _, _ in qs]
    enc = tok(questions, [c for _, _, c, _ in qs], truncation="only_second", max_length=max_len,
              stride=stride, return_overflowing_tokens=True, return_offsets_mapping=True)
    rows = []
    for i, ids in enumerate(enc["input_ids"]):
        q = enc["overflow_to_sample_mapping"][i]
        seq = enc.sequence_ids(i)
        offsets = [o if seq[k] == 1 else None for k, o in enumerate(enc["offset_mapping"][i])]
        row = {"q": q, "ids": ids, "types": enc["token_type_ids"][i], "offsets": offsets}
        if labels:
            ans = qs[q][3][0]
            s_char, e_char = ans["answer_start"], ans["answer_start"] + len(ans["text"])
            ctx = [k for k, o in enumerate(offsets) if o is not None]
            start = end = 0
            if offsets[ctx[0]][0] <= s_char and offsets[ctx[-1]][1] >= e_char:
                start = next(k for k in ctx if offsets[k][1] > s_char)
                end = next(k for k in reversed(ctx) if offsets[k][0] < e_char)
            row["start"], row["end"] = start, end
        rows.append(row)
    return rows


def batch_tensors(torch, rows, buckets):
    longest = max(len(r["ids"]) for r in rows)
    S = next(b for b in buckets if b >= longest)
    ids = torch.zeros(len(rows), S, dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for i, r in enumerate(rows):
        n = len(r["ids"])
        ids[i, :n] = torch.tensor(r["ids"])
        types[i, :n] = torch.tensor(r["types"])
        mask[i, :n] = 1
    return ids, types, mask


def decode(np, qs, rows, start_logits, end_logits, n_best=20, max_answer=30):
    best = [None] * len(qs)
    for r, s, e in zip(rows, start_logits, end_logits):
        off, n = r["offsets"], len(r["offsets"])
        s, e = s[:n], e[:n]
        for a in np.argsort(s)[-1:-n_best - 1:-1].tolist():
            for b in np.argsort(e)[-1:-n_best - 1:-1].tolist():
                if off[a] is None or off[b] is None or b < a or b - a + 1 > max_answer:
                    continue
                score = float(s[a]) + float(e[b])
                if best[r["q"]] is None or score > best[r["q"]][0]:
                    best[r["q"]] = (score, off[a][0], off[b][1])
    return {qs[q][0]: ("" if b is None else qs[q][2][b[1]:b[2]]) for q, b in enumerate(best)}


def score(qs, answers):
    from qa_metrics import korquad_f1, korquad_normalize
    em = f1 = 0.0
    for qid, _, _, golds in qs:
        pred = answers.get(qid, "")
        em += max(korquad_normalize(pred) == korquad_normalize(g["text"]) for g in golds)
        f1 += max(korquad_f1(pred, g["text"]) for g in golds)
    return 100 * em / len(qs), 100 * f1 / len(qs)


def main():
    args = parse_args()
    import numpy as np
    import torch
    import yaml
    import transformers
    from transformers import (BertConfig, BertForQuestionAnswering, BertTokenizerFast,
                              get_linear_schedule_with_warmup)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    tr, shapes = spec.get("train", {}), spec["shapes"]
    buckets = shapes["seq_len"] if isinstance(shapes["seq_len"], list) else [shapes["seq_len"]]
    max_len, batch = max(buckets), shapes["batch_size"]
    epochs = args.epochs or tr.get("epochs", 3)
    with open(args.test_ids, encoding="utf-8") as f:
        test_ids = set(json.load(f))
    _, train_qs, test_qs = load_split(args.data, test_ids)
    if args.sample and args.sample < len(train_qs):
        train_qs = [train_qs[i] for i in sorted(rng.sample(range(len(train_qs)), args.sample))]
    tok = BertTokenizerFast(args.vocab, do_lower_case=False, strip_accents=False,
                            tokenize_chinese_chars=True)
    t0 = time.time()
    train_rows = features(tok, train_qs, max_len, args.doc_stride, args.max_query_length, True)
    test_rows = features(tok, test_qs, max_len, args.doc_stride, args.max_query_length, False)
    log(f"qa_hf: train {len(train_qs)} questions ({len(train_rows)} windows), test "
        f"{len(test_qs)} ({len(test_rows)} windows); features in {time.time() - t0:.1f} s")

    model = BertForQuestionAnswering(BertConfig(**spec["model"]))
    optimizer = torch.optim.AdamW(model.parameters(), lr=tr.get("lr", 1e-3), betas=(0.9, 0.999),
                                  eps=1e-8, weight_decay=tr.get("weight_decay", 0.01))
    steps = epochs * ((len(train_rows) + batch - 1) // batch)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(steps * tr.get("warmup_ratio", 0)),
                                                steps)
    train_seconds = eval_seconds = 0.0
    history, best_state = [], None
    for epoch in range(1, epochs + 1):
        model.train()
        order = list(range(len(train_rows)))
        rng.shuffle(order)
        t0, loss_sum, n = time.time(), 0.0, 0
        for b in range(0, len(order), batch):
            rows = [train_rows[i] for i in order[b:b + batch]]
            ids, types, mask = batch_tensors(torch, rows, buckets)
            out = model(input_ids=ids, token_type_ids=types, attention_mask=mask,
                        start_positions=torch.tensor([r["start"] for r in rows]),
                        end_positions=torch.tensor([r["end"] for r in rows]))
            optimizer.zero_grad()
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), tr.get("grad_clip", 1.0))
            optimizer.step()
            scheduler.step()
            loss_sum, n = loss_sum + out.loss.item() * len(rows), n + len(rows)
        train_seconds += time.time() - t0
        t0 = time.time()
        model.eval()
        starts, ends = [], []
        with torch.no_grad():
            for b in range(0, len(test_rows), batch):
                rows = test_rows[b:b + batch]
                ids, types, mask = batch_tensors(torch, rows, buckets)
                out = model(input_ids=ids, token_type_ids=types, attention_mask=mask)
                starts.extend(out.start_logits.numpy())
                ends.extend(out.end_logits.numpy())
        em, f1 = score(test_qs, decode(np, test_qs, test_rows, starts, ends))
        eval_seconds += time.time() - t0
        history.append({"epoch": epoch, "train_loss": loss_sum / n, "exact_match": em, "f1": f1})
        log(f"qa_hf: epoch {epoch}/{epochs}: train loss {loss_sum / n:.4f} | EM {em:.2f} "
            f"F1 {f1:.2f}")
        if best_state is None or f1 > max(h["f1"] for h in history[:-1]):
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    result = {"best": max(history, key=lambda h: h["f1"]), "last": history[-1],
              "train_seconds": train_seconds, "eval_seconds": eval_seconds,
              "train_windows_per_second": epochs * len(train_rows) / max(train_seconds, 1e-9),
              "train_questions": len(train_qs), "train_windows": len(train_rows),
              "test_questions": len(test_qs), "test_windows": len(test_rows),
              "torch": torch.__version__, "transformers": transformers.__version__}
    if args.save:
        model.save_pretrained(args.save)
        tok.save_pretrained(args.save)
    if args.pipeline:
        # transformers 5 removed pipeline("question-answering"); where it exists it is timed,
        # else what it did: features, forward and run_qa's decoding of every test question
        t0 = time.time()
        try:
            qa = transformers.pipeline("question-answering", model=model, tokenizer=tok, device=-1)
            qa(question=[cut_question(tok, q, args.max_query_length) for _, q, _, _ in test_qs],
               context=[c for _, _, c, _ in test_qs], doc_stride=args.doc_stride,
               max_seq_len=max_len, max_question_len=args.max_query_length, max_answer_len=30,
               batch_size=batch)
            result["inference"] = "pipeline('question-answering')"
        except KeyError:
            rows = features(tok, test_qs, max_len, args.doc_stride, args.max_query_length, False)
            starts, ends = [], []
            with torch.no_grad():
                for b in range(0, len(rows), batch):
                    ids, types, mask = batch_tensors(torch, rows[b:b + batch], buckets)
                    out = model(input_ids=ids, token_type_ids=types, attention_mask=mask)
                    starts.extend(out.start_logits.numpy())
                    ends.extend(out.end_logits.numpy())
            decode(np, test_qs, rows, starts, ends)
            result["inference"] = "features + forward + postprocess (no QA pipeline in " \
                f"transformers {transformers.__version__})"
        result["pipeline_questions_per_second"] = len(test_qs) / (time.time() - t0)
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
