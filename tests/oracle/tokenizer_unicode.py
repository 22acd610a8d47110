#!/usr/bin/env python3
"""Dumps how HF tokenizers' BertNormalizer + BertPreTokenizer treat every code point.

Writes tests/fixtures/text/hf_unicode.txt, read by tests/text/test_tok_unicode.c, which checks
runtime/tok_unicode.c (utf8proc plus HF's exceptions) against it for all of U+0000..U+10FFFF.

    class lines  "C <first> <last> <k>"   a run of code points with the same class k:
                 R removed by clean_text (Cc/Cf/Co in HF's table, NUL, U+FFFD; not Cn)
                 W whitespace, K CJK ideograph (spaced), P punctuation, O other, S surrogate
    map lines    "M <cp> <cp>..."          lowercase + strip accents (NFD, drop Mn) of one
                 code point, where it differs from the code point itself

Usage: tokenizer_unicode.py OUT_DIR
"""
import os
import sys

from tokenizers.normalizers import BertNormalizer
from tokenizers.pre_tokenizers import BertPreTokenizer


def classify(cased, pre, c):
    s = "a" + c + "b"
    out = cased.normalize_str(s)
    if out == "ab":
        return "R"
    if out == "a b":
        return "W"
    if out == "a " + c + " b":
        return "K"
    assert out == s, (hex(ord(c)), out)
    words = [w for w, _ in pre.pre_tokenize_str(s)]
    if words == ["a", c, "b"]:
        return "P"
    assert words == [s], (hex(ord(c)), words)
    return "O"


def main():
    out_dir = sys.argv[1]
    cased = BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                           lowercase=False)
    uncased = BertNormalizer(clean_text=False, handle_chinese_chars=False, strip_accents=None,
                             lowercase=True)
    pre = BertPreTokenizer()
    runs, maps = [], []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            k = "S"
        else:
            c = chr(cp)
            k = classify(cased, pre, c)
            if k in "OPK":
                m = uncased.normalize_str(c)
                if m != c:
                    maps.append((cp, m))
        if runs and runs[-1][2] == k:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, k])
    with open(os.path.join(out_dir, "hf_unicode.txt"), "w") as f:
        for a, b, k in runs:
            f.write(f"C {a:X} {b:X} {k}\n")
        for cp, m in maps:
            f.write("M %X %s\n" % (cp, " ".join("%X" % ord(x) for x in m)))
    print(f"{len(runs)} runs, {len(maps)} mapped code points")


if __name__ == "__main__":
    main()
