#!/usr/bin/env python3
"""HF baseline for bench/ner_klue.sh: BertForTokenClassification trained from scratch on KLUE-NER.

The same recipe as a bertc token-classification program compiled from the spec, in the seed
course's loop shape (for each epoch: train over shuffled batches, then evaluate on the test set):

  model      transformers.BertForTokenClassification(BertConfig(**spec["model"])), num_labels /
             id2label from the spec's head labels, random init (torch.manual_seed(--seed))
  tokens     BertTokenizerFast over the SAME vocab.txt (cased, Chinese characters split, accents
             kept); --bertc checks that `bertc tokenize --ids` gives the same ids for every sentence
  labels     runtime/ner_align.h (characters): every token takes the tag of its first character;
             [CLS], [SEP] and padding -100; a sentence of more than max_position_embeddings - 2
             tokens is cut into windows of that many tokens sharing a quarter of them, as bertc does
  optimiser  torch.optim.AdamW(lr, betas (0.9, 0.999), eps 1e-8, weight_decay 0.01 on every
             parameter), get_linear_schedule_with_warmup (warmup_ratio of all steps),
             clip_grad_norm_(grad_clip), batch_size rows per batch padded to the longest row of
             the batch; dropout on in training, model.eval() for testing
  batches    --batching random (default): drawn uniformly from the rows shuffled per epoch (the
             course's DataLoader); --batching bucket: bertc's training plan (runtime/batches.h:
             shuffled rows grouped by the smallest seq_len bucket holding them, cut into
             batches, the batches shuffled), so the two can be compared on one recipe
  metrics    predictions back to characters as ner_align.h does (a token's first character takes
             its tag, its other characters continue it, an uncovered space continues an entity
             only between X and I-X), spaces dropped; entity F1 = seqeval f1_score (default mode,
             micro), char F1 = sklearn f1_score(labels=all, average="macro", zero_division=1)
             (KLUE's klue_ner_char_macro_f1)

Prints progress on stderr and one JSON line on stdout with the best epoch (by test entity F1),
the last epoch, train seconds (training loops only), eval seconds, sequences per second and peak
RSS. --score-model DIR instead scores an HF checkpoint folder (bertc's RUN/best) with this
script's alignment and metrics, so both sides' scoring can be compared on one model.

  /root/oracle/venv/bin/python bench/ner_hf.py --spec specs/ner_small.yaml --train train.tsv \\
      --test test.tsv --vocab vocab.txt --threads 2 [--epochs N] [--bertc build/compiler/bertc]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time
import unicodedata


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", default="specs/ner_small.yaml")
    ap.add_argument("--train", required=True, help="KLUE-NER file to train on")
    ap.add_argument("--test", required=True, help="KLUE-NER file to test on after each epoch")
    ap.add_argument("--vocab", required=True, help="the vocab.txt bertc trained with")
    ap.add_argument("--epochs", type=int, default=None, help="default: the spec's")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--bertc", default=None,
                    help="bertc executable: check its tokenizer gives the same ids on every sentence")
    ap.add_argument("--batching", choices=("random", "bucket"), default="random",
                    help="random: uniform batches (the course's DataLoader); bucket: bertc's plan "
                         "(shuffled rows grouped by the spec's seq_len bucket, batches shuffled)")
    ap.add_argument("--score-model", default=None, metavar="DIR",
                    help="only score HF checkpoint DIR on --test (no training)")
    return ap.parse_args()


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---- data ------------------------------------------------------------------------------------

def read_klue(path):
    """Sentences of a KLUE-NER file: (chars, tags), `##` lines skipped, a blank line ends one."""
    sents, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("##"):
                continue
            if not line:
                if chars:
                    sents.append((chars, tags))
                chars, tags = [], []
                continue
            ch, tag = line.split("\t")
            chars.append(ch)
            tags.append(tag)
    if chars:
        sents.append((chars, tags))
    return sents


def is_space(ch):
    """BERT's whitespace (tok_char_class TOKC_SPACE): the characters KLUE's metrics leave out."""
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def load_vocab(path):
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n"): i for i, line in enumerate(f)}


def make_tokenizer(vocab_path):
    from transformers import BertTokenizerFast
    vocab = load_vocab(vocab_path)
    # transformers 5 takes the vocabulary as `vocab` (a vocab_file= keyword is silently ignored
    # and leaves a 5-token vocabulary); transformers 4 as vocab_file.
    try:
        tok = BertTokenizerFast(vocab=vocab, do_lower_case=False, tokenize_chinese_chars=True,
                                strip_accents=None)
    except TypeError:
        tok = BertTokenizerFast(vocab_file=vocab_path, do_lower_case=False,
                                tokenize_chinese_chars=True, strip_accents=None)
    if len(tok) != len(vocab):
        sys.exit(f"ner_hf.py: the tokenizer has {len(tok)} tokens, {vocab_path} {len(vocab)}")
    return tok


def encode(tok, sents, label2id):
    """Per sentence: ids (no specials), first/end character of each token, token labels."""
    texts = ["".join(chars) for chars, _ in sents]
    enc = tok(texts, add_special_tokens=False, return_offsets_mapping=True)
    out = []
    for (chars, tags), ids, offs in zip(sents, enc["input_ids"], enc["offset_mapping"]):
        first = [s for s, _ in offs]
        end = [e if e > s else s + 1 for s, e in offs]
        labels = [label2id[tags[s]] for s in first]
        out.append({"ids": ids, "first": first, "end": end, "labels": labels, "n_chars": len(chars)})
    return texts, out


def check_tokens(bertc, vocab, texts, tok):
    """How many of texts `bertc tokenize --ids` encodes differently from tok (with specials)."""
    data = "".join(t + "\n" for t in texts).encode("utf-8")
    res = subprocess.run([bertc, "tokenize", "--vocab", vocab, "--ids"], input=data,
                         capture_output=True, check=True)
    got = res.stdout.decode("utf-8").splitlines()
    want = tok(texts)["input_ids"]
    if len(got) != len(want):
        sys.exit(f"ner_hf.py: bertc tokenize printed {len(got)} lines for {len(want)} sentences")
    bad = [i for i, (g, w) in enumerate(zip(got, want)) if [int(x) for x in g.split()] != w]
    for i in bad[:3]:
        log(f"token mismatch, sentence {i}: HF {want[i]} bertc {got[i]}")
    return len(bad)


def windows(n, width):
    """bertc's ner_windows: width tokens per window, consecutive windows sharing width // 4."""
    overlap = width // 4
    step = width - overlap
    count = 1 if n <= width else 1 + (n - width + step - 1) // step
    return [(i * step, min(width, n - i * step)) for i in range(count)]


def examples_of(encoded, width, cls, sep):
    """Rows [CLS] window [SEP] with their labels, and (sentence, window first) per row."""
    rows, where = [], []
    for si, e in enumerate(encoded):
        for first, count in windows(len(e["ids"]), width):
            ids = [cls] + e["ids"][first:first + count] + [sep]
            labels = [-100] + e["labels"][first:first + count] + [-100]
            rows.append((ids, labels))
            where.append((si, first, count))
    return rows, where


def batch_plan(torch, rows, batch, buckets, mode, gen):
    """Row indices per batch for one epoch: uniform (random) or bertc's bucket plan."""
    order = torch.randperm(len(rows), generator=gen).tolist()
    if mode == "bucket":
        def bucket(i):
            n = len(rows[i][0])
            return next((b for b, s in enumerate(buckets) if n <= s), len(buckets) - 1)
        order.sort(key=bucket)  # stable: rows of a bucket stay shuffled
    batches = [order[b:b + batch] for b in range(0, len(order), batch)]
    if mode == "bucket":
        batches = [batches[i] for i in torch.randperm(len(batches), generator=gen).tolist()]
    return batches


def collate(torch, rows, pad):
    """Pads to the longest row (DataCollatorForTokenClassification's way)."""
    n = max(len(ids) for ids, _ in rows)
    ids = torch.full((len(rows), n), pad, dtype=torch.long)
    labels = torch.full((len(rows), n), -100, dtype=torch.long)
    mask = torch.zeros((len(rows), n), dtype=torch.long)
    for r, (i, lab) in enumerate(rows):
        ids[r, :len(i)] = torch.tensor(i)
        labels[r, :len(lab)] = torch.tensor(lab)
        mask[r, :len(i)] = 1
    return ids, mask, labels


# ---- predictions back to characters (runtime/ner_align.c) --------------------------------------

class TagSet:
    def __init__(self, labels):
        self.labels = labels
        self.outside = labels.index("O")
        self.type = [None if t == "O" else t[2:] for t in labels]
        self.inside_of = {t[2:]: i for i, t in enumerate(labels) if t.startswith("I-")}

    def cont(self, tag):
        """ner_tag_continue: O stays O, B-X / I-X become I-X."""
        t = self.type[tag]
        return tag if t is None else self.inside_of.get(t, tag)


def char_tags(ts, e, token_tags):
    """ner_unit_tags for characters: a tag per character of sentence e."""
    n = e["n_chars"]
    tags, covered = [ts.outside] * n, [False] * n
    for first, end, tag in zip(e["first"], e["end"], token_tags):
        if covered[first]:
            continue
        tags[first], covered[first] = tag, True
        for u in range(first + 1, end):
            tags[u], covered[u] = ts.cont(tag), True
    u = 0
    while u < n:  # fill_uncovered
        if covered[u]:
            u += 1
            continue
        nxt = u
        while nxt < n and not covered[nxt]:
            nxt += 1
        prev = ts.type[tags[u - 1]] if u > 0 else None
        inside = (prev is not None and nxt < n and ts.labels[tags[nxt]].startswith("I-")
                  and ts.type[tags[nxt]] == prev and prev in ts.inside_of)
        for k in range(u, nxt):
            tags[k] = ts.inside_of[prev] if inside else ts.outside
        u = nxt
    return tags


def owners(where, n_tokens):
    """ner_token_owners: per sentence, per token, the row whose window gives its prediction."""
    best = [[(-1, -1)] * n for n in n_tokens]  # (context, row)
    for row, (si, first, count) in enumerate(where):
        last = first + count - 1
        for t in range(first, last + 1):
            ctx = min(t - first, last - t)
            if ctx > best[si][t][0]:
                best[si][t] = (ctx, row)
    return best


def evaluate(torch, model, rows, where, sents, encoded, ts, batch, pad):
    """Entity F1 (seqeval, micro), char macro F1 (KLUE), token loss over the test rows."""
    from seqeval.metrics import f1_score as entity_f1
    from sklearn.metrics import f1_score
    model.eval()
    preds, loss_sum, loss_n = [None] * len(rows), 0.0, 0
    with torch.no_grad():
        for b in range(0, len(rows), batch):
            ids, mask, labels = collate(torch, rows[b:b + batch], pad)
            out = model(input_ids=ids, attention_mask=mask, labels=labels)
            k = int((labels != -100).sum())
            loss_sum, loss_n = loss_sum + float(out.loss) * k, loss_n + k
            arg = out.logits.argmax(-1)
            for r in range(ids.shape[0]):
                preds[b + r] = arg[r].tolist()
    own = owners(where, [len(e["ids"]) for e in encoded])
    y_true, y_pred, c_true, c_pred, y_true_sp, y_pred_sp = [], [], [], [], [], []
    for si, ((chars, tags), e) in enumerate(zip(sents, encoded)):
        token_tags = []
        for t, (_, row) in enumerate(own[si]):
            token_tags.append(preds[row][1 + t - where[row][1]])
        pred = char_tags(ts, e, token_tags)
        keep = [u for u, ch in enumerate(chars) if not is_space(ch)]
        y_true.append([tags[u] for u in keep])
        y_pred.append([ts.labels[pred[u]] for u in keep])
        y_true_sp.append(list(tags))
        y_pred_sp.append([ts.labels[p] for p in pred])
        c_true += [ts.labels.index(tags[u]) for u in keep]
        c_pred += [pred[u] for u in keep]
    return {"f1": entity_f1(y_true, y_pred),
            "f1_with_spaces": entity_f1(y_true_sp, y_pred_sp),
            "char_f1": f1_score(c_true, c_pred, labels=list(range(len(ts.labels))),
                                average="macro", zero_division=1),
            "char_acc": sum(a == b for a, b in zip(c_true, c_pred)) / len(c_true),
            "loss": loss_sum / max(loss_n, 1)}


# ---- main ------------------------------------------------------------------------------------

def main():
    args = parse_args()
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    t_start = time.perf_counter()
    import seqeval
    import sklearn
    import torch
    import transformers
    import yaml
    from transformers import BertConfig, BertForTokenClassification
    from transformers import get_linear_schedule_with_warmup
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    torch.set_num_threads(args.threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass

    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    labels = spec["head"]["labels"]
    label2id = {t: i for i, t in enumerate(labels)}
    ts = TagSet(labels)
    tr = spec["train"]
    epochs = args.epochs or tr["epochs"]
    batch = spec["shapes"]["batch_size"]
    max_len = min(max(spec["shapes"]["seq_len"]), spec["model"]["max_position_embeddings"])
    lr, warmup_ratio, clip = tr["lr"], tr.get("warmup_ratio", 0.0), tr.get("grad_clip", 1.0)
    weight_decay = tr.get("weight_decay", 0.01)
    betas = tuple(tr.get("betas", (0.9, 0.999)))
    eps = tr.get("eps", 1e-8)

    tok = make_tokenizer(args.vocab)
    cls, sep, pad = tok.cls_token_id, tok.sep_token_id, tok.pad_token_id
    test_sents = read_klue(args.test)
    test_texts, test_enc = encode(tok, test_sents, label2id)
    test_rows, test_where = examples_of(test_enc, max_len - 2, cls, sep)
    info = {"framework": "hf", "torch": torch.__version__, "transformers": transformers.__version__,
            "seqeval": getattr(seqeval, "__version__", None) or _dist_version("seqeval"),
            "sklearn": sklearn.__version__, "threads": args.threads,
            "test_sentences": len(test_sents), "test_windowed": len(test_rows) - len(test_sents)}

    if args.score_model:
        model = BertForTokenClassification.from_pretrained(args.score_model).float()
        info.update(evaluate(torch, model, test_rows, test_where, test_sents, test_enc, ts, batch,
                             pad))
        info["model"] = args.score_model
        print(json.dumps(info))
        return

    train_sents = read_klue(args.train)
    train_texts, train_enc = encode(tok, train_sents, label2id)
    train_rows, _ = examples_of(train_enc, max_len - 2, cls, sep)
    info.update(train_sentences=len(train_sents), train_windowed=len(train_rows) - len(train_sents),
                max_tokens=max(len(e["ids"]) for e in train_enc + test_enc))
    if args.bertc:
        info["token_mismatches"] = check_tokens(args.bertc, args.vocab, train_texts + test_texts,
                                                tok)
    log(f"hf: train {len(train_sents)} sentences ({info['train_windowed']} extra windows), test "
        f"{len(test_sents)}; longest {info['max_tokens']} tokens; token mismatches with bertc: "
        f"{info.get('token_mismatches', 'not checked')}")

    config = BertConfig(**spec["model"], num_labels=len(labels),
                        id2label=dict(enumerate(labels)), label2id=label2id)
    torch.manual_seed(args.seed)
    model = BertForTokenClassification(config).float()
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=betas, eps=eps,
                                  weight_decay=weight_decay)
    steps_per_epoch = (len(train_rows) + batch - 1) // batch
    total = steps_per_epoch * epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total * warmup_ratio), total)
    gen = torch.Generator().manual_seed(args.seed)
    buckets = sorted(spec["shapes"]["seq_len"])
    info.update(batching=args.batching)

    history, train_s, eval_s = [], 0.0, 0.0
    for epoch in range(1, epochs + 1):
        model.train()
        t0 = time.perf_counter()
        plan = batch_plan(torch, train_rows, batch, buckets, args.batching, gen)
        loss_sum, loss_n = 0.0, 0  # over labelled tokens, as bertc's train loss
        for rows_of_batch in plan:
            ids, mask, lab = collate(torch, [train_rows[i] for i in rows_of_batch], pad)
            out = model(input_ids=ids, attention_mask=mask, labels=lab)
            optimizer.zero_grad()
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
            optimizer.step()
            scheduler.step()
            k = int((lab != -100).sum())
            loss_sum, loss_n = loss_sum + out.loss.detach().item() * k, loss_n + k
        dt = time.perf_counter() - t0
        train_s += dt
        t0 = time.perf_counter()
        scores = evaluate(torch, model, test_rows, test_where, test_sents, test_enc, ts, batch, pad)
        eval_s += time.perf_counter() - t0
        scores.update(epoch=epoch, train_loss=loss_sum / loss_n, seconds=dt)
        history.append(scores)
        log(f"hf epoch {epoch}/{epochs}: train loss {scores['train_loss']:.4f} | test loss "
            f"{scores['loss']:.4f} acc {scores['char_acc']:.4f} entity F1 {scores['f1']:.4f} "
            f"char F1 {scores['char_f1']:.4f} | {dt:.1f} s")

    best = max(history, key=lambda h: h["f1"])  # the first of equals, as bertc keeps it
    info.update(epochs=epochs, best=best, last=history[-1], history=history, train_seconds=train_s,
                eval_seconds=eval_s, sequences_per_second=epochs * len(train_rows) / train_s,
                wall_seconds=time.perf_counter() - t_start,
                peak_rss_bytes=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    print(json.dumps(info))


def _dist_version(name):
    from importlib.metadata import version
    return version(name)


if __name__ == "__main__":
    main()
