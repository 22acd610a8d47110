#!/usr/bin/env python3
"""Tokenizer throughput and vocabulary quality on NSMC, C (bertc) against HF tokenizers.

1. Throughput: the documents of ratings_train.txt through `text_cli tokenize --ids` (the C
   tokenizer behind `bertc tokenize`, one thread, output to a file) and through HF
   BertTokenizerFast (Rust, one thread: TOKENIZERS_PARALLELISM=false, one encode per text);
   checks the ids are identical and prints texts/s, MB/s and the ratio.
2. Vocabulary quality: `bertc vocab build --size 16000` on train against HF's
   BertWordPieceTokenizer trained with the same size on the same documents: [UNK] share of
   tokens and mean tokens per review on ratings_test.txt, and the build time.

Usage: TOKENIZERS_PARALLELISM=false tokenize_bench.py TEXT_CLI NSMC_DIR
"""
import os
import subprocess
import sys
import tempfile
import time

os.environ["TOKENIZERS_PARALLELISM"] = "false"
from tokenizers import BertWordPieceTokenizer  # noqa: E402
from transformers import BertTokenizerFast  # noqa: E402
from transformers.models.bert.tokenization_bert import load_vocab  # noqa: E402


def documents(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        return [line.rstrip("\n").split("\t")[1] for line in f]


def stats(tok, docs):
    ids = [tok(d)["input_ids"] for d in docs]
    n = sum(len(x) - 2 for x in ids)
    unk = sum(x.count(100) for x in ids)
    return unk / n, n / len(docs)


def main():
    cli, nsmc = sys.argv[1], sys.argv[2]
    train, test = os.path.join(nsmc, "ratings_train.txt"), os.path.join(nsmc, "ratings_test.txt")
    docs, test_docs = documents(train), documents(test)
    tmp = tempfile.mkdtemp()
    ours = os.path.join(tmp, "ours.txt")
    t0 = time.perf_counter()
    subprocess.run([cli, "vocab", "build", "--size", "16000", train, "-o", ours], check=True)
    build_s = time.perf_counter() - t0
    with open(os.path.join(tmp, "docs.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(docs) + "\n")
    hf_train = BertWordPieceTokenizer(lowercase=False)
    t0 = time.perf_counter()
    hf_train.train([os.path.join(tmp, "docs.txt")], vocab_size=16000)
    hf_build_s = time.perf_counter() - t0
    hf_train.save_model(tmp, "hf")
    hf_vocab = os.path.join(tmp, "hf-vocab.txt")

    tok = BertTokenizerFast(vocab=load_vocab(ours), do_lower_case=False)
    hf_tok = BertTokenizerFast(vocab=load_vocab(hf_vocab), do_lower_case=False)
    unk_o, tpr_o = stats(tok, test_docs)
    unk_h, tpr_h = stats(hf_tok, test_docs)
    print(f"vocab build --size 16000 on train: {build_s:.2f} s (HF trainer {hf_build_s:.2f} s)")
    print(f"  ours: [UNK] {100 * unk_o:.3f}% of test tokens, {tpr_o:.3f} tokens/review")
    print(f"  HF:   [UNK] {100 * unk_h:.3f}% of test tokens, {tpr_h:.3f} tokens/review")
    print(f"  tokens/review ours/HF = {tpr_o / tpr_h:.4f}")

    mb = sum(len(d.encode()) for d in docs) / 1e6
    best_c = best_h = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        with open(os.path.join(tmp, "docs.txt"), "rb") as fin, open(os.path.join(tmp, "c_ids.txt"), "wb") as fout:
            subprocess.run([cli, "tokenize", "--vocab", ours, "--ids"], stdin=fin, stdout=fout, check=True)
        best_c = min(best_c, time.perf_counter() - t0)
        t0 = time.perf_counter()
        hf_ids = [hf_tok_ids for hf_tok_ids in (tok._tokenizer.encode(d).ids for d in docs)]
        best_h = min(best_h, time.perf_counter() - t0)
    with open(os.path.join(tmp, "c_ids.txt")) as f:
        c_ids = [list(map(int, line.split())) for line in f]
    same = c_ids == hf_ids
    print(f"throughput on {len(docs)} train documents ({mb:.2f} MB), one thread, best of 3:")
    print(f"  C  (bertc tokenize --ids, incl. process start and printing): {best_c:.3f} s, "
          f"{len(docs) / best_c:,.0f} texts/s, {mb / best_c:.2f} MB/s")
    print(f"  HF (tokenizers {__import__('tokenizers').__version__}, encode per text): {best_h:.3f} s, "
          f"{len(docs) / best_h:,.0f} texts/s, {mb / best_h:.2f} MB/s")
    print(f"  ratio C/HF = {best_h / best_c:.2f}x; outputs identical: {same}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
