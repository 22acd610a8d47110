// tok_unicode.c — HF BertNormalizer / BertPreTokenizer character rules (tok_unicode.h).
//
// HF's rules, restated: clean_text drops NUL, U+FFFD and `is_control` (the unicode_categories
// crate's Cc/Cf/Co, its Cn table being empty in practice) except \t \n \r, and maps
// White_Space to ' '; handle_chinese_chars spaces the CJK ideograph blocks listed below;
// BertPreTokenizer splits on White_Space and isolates ASCII symbols and Unicode P*.
// HF's category tables are older than utf8proc's (Unicode 15: e.g. U+2E50 is P* there, a
// word character for HF) and its lowercase newer (Rust std, Unicode 16): the override tables
// list every code point where they disagree, and HF wins.
#include "tok_unicode.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

// Where utf8proc's tables differ from HF's, HF wins. Sorted by code point.
static const struct {
  int32_t cp;
  TokCharClass cls;
} hf_class_overrides[] = {
#include "tok_unicode_class.inc"
};
static const struct {
  int32_t cp;
  int n;
  int32_t out[3];
} hf_uncased_overrides[] = {
#include "tok_unicode_uncased.inc"
};

// Index of cp in a table sorted by .cp, or -1.
#define FIND_OVERRIDE(table, cp)                                                                   \
  find_override(&(table)[0].cp, sizeof(table)[0], sizeof(table) / sizeof(table)[0], cp)

static int find_override(const int32_t *first, size_t stride, size_t count, int32_t cp) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int32_t v = *(const int32_t *)((const char *)first + mid * stride);
    if (v == cp) return (int)mid;
    if (v < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

static bool is_white_space(int32_t cp) {
  switch (cp) {
  case 0x09:
  case 0x0A:
  case 0x0B:
  case 0x0C:
  case 0x0D:
  case 0x20:
  case 0x85:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
    return true;
  default:
    return cp >= 0x2000 && cp <= 0x200A;
  }
}

// The blocks of HF's is_chinese_char.
static bool is_cjk(int32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F) ||
         (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B920 && cp <= 0x2CEAF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

static TokCharClass classify(int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return TOKC_SPACE;
  if (cp == 0 || cp == 0xFFFD) return TOKC_REMOVE;
  int o = FIND_OVERRIDE(hf_class_overrides, cp);
  if (o >= 0) return hf_class_overrides[o].cls;
  utf8proc_category_t cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF || cat == UTF8PROC_CATEGORY_CO ||
      cat == UTF8PROC_CATEGORY_CS)
    return TOKC_REMOVE;
  if (is_white_space(cp)) return TOKC_SPACE;
  if (is_cjk(cp)) return TOKC_CJK;
  bool punct = (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) ||
               (cp >= 123 && cp <= 126) ||
               (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO);
  return punct ? TOKC_PUNCT : TOKC_OTHER;
}

// The BMP, classified once.
static uint8_t bmp_class[0x10000];
static pthread_once_t bmp_once = PTHREAD_ONCE_INIT;

static void init_bmp(void) {
  for (int32_t cp = 0; cp < 0x10000; cp++)
    bmp_class[cp] = (uint8_t)classify(cp);
}

TokCharClass tok_char_class(int32_t cp) {
  if (cp < 0x10000) {
    pthread_once(&bmp_once, init_bmp);
    return (TokCharClass)bmp_class[cp];
  }
  return classify(cp);
}

int tok_char_uncased(int32_t cp, int32_t out[TOK_UNCASED_MAX]) {
  if (cp < 0x80) {
    out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return 1;
  }
  int o = FIND_OVERRIDE(hf_uncased_overrides, cp);
  if (o >= 0) {
    for (int i = 0; i < hf_uncased_overrides[o].n; i++)
      out[i] = hf_uncased_overrides[o].out[i];
    return hf_uncased_overrides[o].n;
  }
  utf8proc_int32_t nfd[8];
  int last = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(cp, nfd, 8, UTF8PROC_DECOMPOSE, &last);
  int count = 0;
  for (utf8proc_ssize_t i = 0; i < n && count < TOK_UNCASED_MAX; i++) {
    if (utf8proc_category(nfd[i]) == UTF8PROC_CATEGORY_MN) continue;
    out[count++] = utf8proc_tolower(nfd[i]);
  }
  return count;
}

static bool is_cont(uint8_t b) {
  return (b & 0xC0) == 0x80;
}

size_t tok_utf8_next(const uint8_t *s, size_t len, int32_t *cp) {
  uint8_t b0 = s[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  int need;
  uint8_t lo = 0x80, hi = 0xBF; // the valid range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF)
    need = 1;
  else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  int32_t v = b0 & (0x3F >> need);
  for (int i = 1; i <= need; i++) {
    bool ok = (size_t)i < len && (i == 1 ? s[i] >= lo && s[i] <= hi : is_cont(s[i]));
    if (!ok) {
      *cp = 0xFFFD;
      return (size_t)i;
    }
    v = (v << 6) | (s[i] & 0x3F);
  }
  *cp = v;
  return (size_t)need + 1;
}

bool tok_utf8_replaced(const uint8_t *s, size_t k, int32_t cp) {
  return cp == 0xFFFD && (k != 3 || memcmp(s, "\xEF\xBF\xBD", 3) != 0);
}

long tok_utf8_bad_at(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t k = tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    if (cp == 0 || tok_utf8_replaced((const uint8_t *)s + i, k, cp)) return (long)i;
    i += k;
  }
  return -1;
}
