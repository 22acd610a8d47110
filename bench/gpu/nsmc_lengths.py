#!/usr/bin/env python3
"""NSMC's length distribution and bucket mix, as the bertc trainer batches it.

For each vocabulary size (WordPiece vocabularies trained on ratings_train.txt with
`bertc vocab build`), every training review (empty documents dropped, as runtime/nsmc.c
does) is tokenized with bertc's own tokenizer (`bertc tokenize --ids --max-length MAX`:
[CLS] and [SEP] included, truncated to the largest bucket as the trainer does) and batched
as runtime/batches.c does for training: rows grouped by the smallest bucket that fits
their length, cut into batches of --batch in that order, each batch run in the bucket of
its longest row (a batch at a bucket boundary takes the larger). Shuffling inside a
bucket and of the batch order does not change how many batches each bucket gets.

The real bert-base-multilingual-cased vocabulary is not available offline: the lengths
here come from vocabularies trained on NSMC itself, a PROXY for mBERT's tokenization.
The proxy (--proxy, default 8000) is the size whose mix is written to --write: mBERT's
119,547 tokens are shared by 104 languages and only a few thousand cover Korean, so an
8,000-token NSMC vocabulary is assumed to be nearer mBERT's Korean granularity than a
119,547-token NSMC-only one (which gives shorter sequences). Every size's mix is printed
so the sensitivity is visible.

Writes only fractions and counts (no corpus text) to --write (default
bench/gpu/nsmc_bucket_mix.txt), read by bench/gpu/report.py:

    # comments
    bucket batch_fraction row_fraction batches rows

Usage: python3 bench/gpu/nsmc_lengths.py [--bertc build/compiler/bertc] [--nsmc-dir DIR]
           [--batch 32] [--buckets 32,64,128] [--vocab-sizes 8000,32000,119547]
           [--proxy 8000] [--write FILE | --no-write]
Standard library only. Environment: BERTC, NSMC_DIR.
"""
import argparse
import datetime
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bertc", default=os.environ.get("BERTC", os.path.join(ROOT, "build/compiler/bertc")))
    ap.add_argument("--nsmc-dir", default=os.environ.get("NSMC_DIR", os.path.join(os.path.dirname(ROOT), "shared/data/nsmc")))
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--buckets", default="32,64,128")
    ap.add_argument("--vocab-sizes", default="8000,32000,119547")
    ap.add_argument("--proxy", type=int, default=8000, help="the vocabulary size whose mix is written")
    ap.add_argument("--write", default=os.path.join(HERE, "nsmc_bucket_mix.txt"))
    ap.add_argument("--no-write", action="store_true")
    return ap.parse_args()


def documents(path):
    """The document column of an NSMC file, empty documents dropped (runtime/nsmc.c)."""
    docs, dropped = [], 0
    with open(path, "rb") as f:
        header = f.readline().rstrip(b"\r\n")
        if header != b"id\tdocument\tlabel":
            sys.exit(f"{path}: not an NSMC file (header {header!r})")
        for line in f:
            fields = line.rstrip(b"\n").rstrip(b"\r").split(b"\t")
            doc = fields[1] if len(fields) > 1 else b""
            if not doc:
                dropped += 1
                continue
            docs.append(doc)
    return docs, dropped


def token_lengths(bertc, vocab, docs_path, max_len):
    out = subprocess.run([bertc, "tokenize", "--vocab", vocab, "--ids", "--max-length", str(max_len),
                          docs_path], check=True, stdout=subprocess.PIPE).stdout
    return [len(line.split()) for line in out.decode().splitlines()]


def bucket_mix(lengths, buckets, batch):
    """(batches per bucket, rows per bucket) when batched as runtime/batches.c trains."""
    def bucket_of(n):
        for i, b in enumerate(buckets):
            if n <= b:
                return i
        return len(buckets) - 1
    keys = sorted(bucket_of(n) for n in lengths)
    rows = [keys.count(i) for i in range(len(buckets))]
    batches = [0] * len(buckets)
    for first in range(0, len(keys), batch):
        batches[max(keys[first:first + batch])] += 1
    return batches, rows


def main():
    a = parse_args()
    buckets = [int(x) for x in a.buckets.split(",")]
    sizes = [int(x) for x in a.vocab_sizes.split(",")]
    if a.proxy not in sizes:
        sizes.append(a.proxy)
    train = os.path.join(a.nsmc_dir, "ratings_train.txt")
    if not os.path.isfile(train):
        sys.exit(f"no {train}: set NSMC_DIR or --nsmc-dir")
    if not os.access(a.bertc, os.X_OK):
        sys.exit(f"no bertc at {a.bertc}: build it or pass --bertc")
    docs, dropped = documents(train)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = os.path.join(tmp, "docs.txt")
        with open(docs_path, "wb") as f:
            f.write(b"\n".join(docs) + b"\n")
        for size in sizes:
            vocab = os.path.join(tmp, f"vocab{size}.txt")
            subprocess.run([a.bertc, "vocab", "build", "--size", str(size), train, "-o", vocab],
                           check=True, stdout=subprocess.DEVNULL)
            lengths = token_lengths(a.bertc, vocab, docs_path, max(buckets))
            if len(lengths) != len(docs):
                sys.exit(f"bertc tokenize gave {len(lengths)} lines for {len(docs)} documents")
            results[size] = (lengths, *bucket_mix(lengths, buckets, a.batch))

    print("NSMC ratings_train.txt: %d reviews (%d empty dropped), batch %d, buckets %s"
          % (len(docs), dropped, a.batch, "/".join(map(str, buckets))))
    print("NOTE: the real bert-base-multilingual-cased vocabulary is not available offline;")
    print("      lengths come from WordPiece vocabularies trained on NSMC (a proxy for mBERT's);")
    print(f"      the mix written is the {a.proxy}-token vocabulary's.")
    for size in sizes:
        lengths, batches, rows = results[size]
        n = len(lengths)
        srt = sorted(lengths)
        pct = lambda q: srt[min(n - 1, int(q * n))]
        print(f"vocab {size}: tokens/review mean {sum(lengths) / n:.2f}, median {pct(0.5)}, "
              f"p90 {pct(0.9)}, p99 {pct(0.99)}, max {srt[-1]} (truncated at {max(buckets)})")
        for b, nb, nr in zip(buckets, batches, rows):
            print(f"  bucket {b:4d}: {nb:6d} batches ({nb / sum(batches):7.2%}), "
                  f"{nr:6d} reviews ({nr / n:7.2%})")
    if a.no_write:
        return
    lengths, batches, rows = results[a.proxy]
    with open(a.write, "w", encoding="utf-8") as f:
        f.write("# NSMC bucket mix for bench/gpu (written by bench/gpu/nsmc_lengths.py; fractions only)\n")
        f.write(f"# {datetime.date.today().isoformat()}: ratings_train.txt, {len(docs)} reviews "
                f"({dropped} empty dropped), batch {a.batch}, buckets {'/'.join(map(str, buckets))},\n")
        f.write(f"# PROXY tokenizer: bertc WordPiece vocabulary of {a.proxy} tokens trained on "
                "ratings_train.txt\n# (bert-base-multilingual-cased's vocabulary is not available "
                "offline), truncated at the largest bucket;\n# batches formed as runtime/batches.c "
                "does for training.\n")
        f.write(f"# mean tokens/review {sum(lengths) / len(lengths):.2f}\n")
        for size in sizes:
            if size != a.proxy:
                _, nb_other, _ = results[size]
                f.write(f"# (with a {size}-token vocabulary the batch fractions would be "
                        + " / ".join(f"{x / sum(nb_other):.4f}" for x in nb_other) + ")\n")
        f.write("# bucket batch_fraction row_fraction batches rows\n")
        for b, nb, nr in zip(buckets, batches, rows):
            f.write(f"{b} {nb / sum(batches):.6f} {nr / len(lengths):.6f} {nb} {nr}\n")
    print(f"wrote {os.path.relpath(a.write, os.getcwd())}")


if __name__ == "__main__":
    main()
