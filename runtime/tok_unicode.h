// tok_unicode.h — the character rules of HF tokenizers' BertNormalizer and BertPreTokenizer,
// from utf8proc's tables plus the few code points where HF's (older) Unicode tables differ.
// tests/text/test_tok_unicode.c checks every code point against tests/oracle's dump of HF.
#ifndef BERTRT_TOK_UNICODE_H
#define BERTRT_TOK_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  TOKC_OTHER,  // part of a word
  TOKC_REMOVE, // dropped by clean_text: NUL, U+FFFD, Cc/Cf/Co (not \t \n \r; not Cn)
  TOKC_SPACE,  // White_Space: becomes ' ', separates words
  TOKC_CJK,    // CJK ideograph: a word by itself (Hangul is not CJK here)
  TOKC_PUNCT,  // ASCII symbols or Unicode P*: a word by itself
} TokCharClass;

// The longest expansion of one code point by tok_char_uncased.
enum { TOK_UNCASED_MAX = 4 };

TokCharClass tok_char_class(int32_t cp);
// Lowercase + strip accents of one code point as HF does it (NFD, drop Mn, to_lowercase):
// writes 0..TOK_UNCASED_MAX code points to out, returns how many.
int tok_char_uncased(int32_t cp, int32_t out[TOK_UNCASED_MAX]);
// Decodes the character at s[0, len), len > 0: returns its length in bytes and sets *cp.
// An invalid sequence yields U+FFFD for its maximal invalid subpart (Python's
// errors="replace"), so every byte string decodes.
size_t tok_utf8_next(const uint8_t *s, size_t len, int32_t *cp);
// Whether the character tok_utf8_next decoded at s (k bytes, code point cp) is an invalid
// sequence it replaced with U+FFFD, rather than a U+FFFD written in the text.
bool tok_utf8_replaced(const uint8_t *s, size_t k, int32_t cp);
// The offset of the first byte of s[0, len) that is not UTF-8 text (an invalid sequence or a
// NUL), or -1.
long tok_utf8_bad_at(const char *s, size_t len);

#endif
