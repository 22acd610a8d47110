// render_llvm_math.c — exp, erf, tanh and dropout's uniform draw as inline IR
// (render_llvm.h rl_math_fn). libm calls would keep every loop using them scalar (LLVM has
// no vector library here); these are straight-line f32/i32 arithmetic and selects, so the
// loop vectoriser widens them. Plain fmul/fadd (no FMA), so results do not depend on the
// host CPU. Accuracy, measured over dense grids against libm in double by render_test math:
//   exp   Cody-Waite reduction x = n ln2 + r, Cephes' degree-6 polynomial of r, 2^n in two
//         exponent-field scalings (so denormal results and overflow to inf stay right);
//         x clamped to [-104, 89] where exp is 0 or inf in f32 anyway
//   erf   |x| <= 0.9277: x + x P(x^2); above: 1 - exp(Q(|x| - c)), |x| clamped to 4 where
//         erf is 1 in f32; P, Q fitted (weighted least squares, Lawson) to erf in long double
//   tanh  |x| < 0.625: x + x^3 R(x^2) (Cephes' coefficients); above: 1 - 2 / (exp(2|x|) + 1)
//   uniform  Philox4x32-10 as runtime/philox.c, bit for bit: the 32x32->64 products are i64
//         multiplies of zero-extended operands
// NaN propagates through all three functions.
#include "render_llvm.h"

#include <stdlib.h>

// A helper under construction: its own builder (the kernel's stays where it is).
typedef struct {
  RL *r;
  LLVMBuilderRef b;
} Math;

static LLVMValueRef fmul(Math *m, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildFMul(m->b, a, b, "");
}

static LLVMValueRef fadd(Math *m, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildFAdd(m->b, a, b, "");
}

static LLVMValueRef fsub(Math *m, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildFSub(m->b, a, b, "");
}

static LLVMValueRef fc(Math *m, float v) {
  return f32c(m->r, v);
}

// (a PRED c) ? if_true : a, the comparison ordered: a NaN `a` passes through.
static LLVMValueRef select_if(Math *m, LLVMRealPredicate pred, LLVMValueRef a, float c,
                              LLVMValueRef if_true) {
  return LLVMBuildSelect(m->b, LLVMBuildFCmp(m->b, pred, a, fc(m, c), ""), if_true, a, "");
}

// c[0] + x (c[1] + x (c[2] + ...)), n coefficients.
static LLVMValueRef horner(Math *m, LLVMValueRef x, const float *c, int n) {
  LLVMValueRef p = fc(m, c[n - 1]);
  for (int i = n - 2; i >= 0; i--)
    p = fadd(m, fmul(m, p, x), fc(m, c[i]));
  return p;
}

static LLVMValueRef intrinsic(Math *m, const char *name, LLVMValueRef *args, unsigned n) {
  unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
  check(id != 0);
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(m->r->mod, id, &m->r->f32, 1);
  return LLVMBuildCall2(m->b, LLVMIntrinsicGetType(m->r->cx, id, &m->r->f32, 1), fn, args, n, "");
}

static LLVMValueRef fabs_of(Math *m, LLVMValueRef x) {
  return intrinsic(m, "llvm.fabs", &x, 1);
}

// |magnitude| with the sign of `sign`.
static LLVMValueRef copysign_of(Math *m, LLVMValueRef magnitude, LLVMValueRef sign) {
  LLVMValueRef args[] = {magnitude, sign};
  return intrinsic(m, "llvm.copysign", args, 2);
}

static LLVMValueRef call_math(Math *m, KExprOp op, LLVMValueRef x) {
  LLVMValueRef fn = rl_math_fn(m->r, op);
  return LLVMBuildCall2(m->b, LLVMGetElementType(LLVMTypeOf(fn)), fn, &x, 1, "");
}

// 2^n for n in [-126, 127], built in the exponent field.
static LLVMValueRef pow2(Math *m, LLVMValueRef n) {
  RL *r = m->r;
  LLVMValueRef biased = LLVMBuildAdd(m->b, n, i32c(r, 127), "");
  return LLVMBuildBitCast(m->b, LLVMBuildShl(m->b, biased, i32c(r, 23), ""), r->f32, "");
}

static LLVMValueRef build_exp(Math *m, LLVMValueRef *params) {
  static const float cephes[] = {5.0000001201e-1f, 1.6666665459e-1f, 4.1665795894e-2f,
                                 8.3334519073e-3f, 1.3981999507e-3f, 1.9875691500e-4f};
  RL *r = m->r;
  LLVMValueRef x = select_if(m, LLVMRealOLT, params[0], -104.0f, fc(m, -104.0f));
  x = select_if(m, LLVMRealOGT, x, 89.0f, fc(m, 89.0f));
  // n = round(x / ln2): adding 1.5 * 2^23 rounds to an integer, which the low mantissa bits
  // then hold (no fptosi, whose NaN is poison).
  const float magic = 0x1.8p23f;
  LLVMValueRef t = fadd(m, fmul(m, x, fc(m, 0x1.715476p0f)), fc(m, magic));
  LLVMValueRef nf = fsub(m, t, fc(m, magic));
  LLVMValueRef n = LLVMBuildSub(m->b, LLVMBuildBitCast(m->b, t, r->i32, ""),
                                LLVMBuildBitCast(m->b, fc(m, magic), r->i32, ""), "n");
  // r = x - n ln2, ln2 split so that n * 0.693359375 is exact
  LLVMValueRef rr = fsub(m, x, fmul(m, nf, fc(m, 0.693359375f)));
  rr = fsub(m, rr, fmul(m, nf, fc(m, -2.12194440e-4f)));
  LLVMValueRef p = horner(m, rr, cephes, 6);
  p = fadd(m, fadd(m, fmul(m, p, fmul(m, rr, rr)), rr), fc(m, 1.0f));
  // n in [-150, 128]: two halves, each a normal power of two
  LLVMValueRef n1 = LLVMBuildAShr(m->b, n, i32c(r, 1), "");
  LLVMValueRef n2 = LLVMBuildSub(m->b, n, n1, "");
  return fmul(m, fmul(m, p, pow2(m, n1)), pow2(m, n2));
}

static LLVMValueRef build_erf(Math *m, LLVMValueRef *params) {
  static const float small_p[] = {1.28379151e-1f,  -3.76124978e-1f, 1.12818390e-1f,
                                  -2.67669056e-2f, 4.99298191e-3f,  -5.98723534e-4f};
  static const float large_q[] = {-7.61455202e+0f, -5.28449488e+0f, -9.42687631e-1f,
                                  -1.10197300e-2f, 2.56055756e-3f,  -1.56072099e-4f,
                                  1.94072418e-4f};
  LLVMValueRef x = params[0], t = fabs_of(m, x);
  LLVMValueRef small = fadd(m, x, fmul(m, x, horner(m, fmul(m, x, x), small_p, 6)));
  LLVMValueRef v = fsub(m, select_if(m, LLVMRealOGT, t, 4.0f, fc(m, 4.0f)), fc(m, 2.46385002f));
  LLVMValueRef tail = call_math(m, KX_EXP, horner(m, v, large_q, 7)); // erfc(|x|)
  LLVMValueRef large = copysign_of(m, fsub(m, fc(m, 1.0f), tail), x);
  LLVMValueRef is_large = LLVMBuildFCmp(m->b, LLVMRealOGT, t, fc(m, 0.9277f), "");
  return LLVMBuildSelect(m->b, is_large, large, small, "");
}

static LLVMValueRef build_tanh(Math *m, LLVMValueRef *params) {
  static const float cephes[] = {-3.33332819422e-1f, 1.33314422036e-1f, -5.37397155531e-2f,
                                 2.06390887954e-2f, -5.70498872745e-3f};
  LLVMValueRef x = params[0], t = fabs_of(m, x), s = fmul(m, x, x);
  LLVMValueRef small = fadd(m, x, fmul(m, fmul(m, x, s), horner(m, s, cephes, 5)));
  LLVMValueRef e = call_math(m, KX_EXP, fadd(m, t, t));
  LLVMValueRef large =
      fsub(m, fc(m, 1.0f), LLVMBuildFDiv(m->b, fc(m, 2.0f), fadd(m, e, fc(m, 1.0f)), ""));
  LLVMValueRef is_small = LLVMBuildFCmp(m->b, LLVMRealOLT, t, fc(m, 0.625f), "");
  return copysign_of(m, LLVMBuildSelect(m->b, is_small, small, large, ""), x); // tanh(-0) = -0
}

// hi and lo words of the 64-bit product a * b of 32-bit words.
static void mul_hi_lo(Math *m, LLVMValueRef a, uint32_t b, LLVMValueRef *hi, LLVMValueRef *lo) {
  RL *r = m->r;
  LLVMValueRef wide = LLVMBuildZExt(m->b, a, r->i64, "");
  LLVMValueRef p = LLVMBuildMul(m->b, wide, LLVMConstInt(r->i64, b, false), "");
  *lo = LLVMBuildTrunc(m->b, p, r->i32, "");
  *hi =
      LLVMBuildTrunc(m->b, LLVMBuildLShr(m->b, p, LLVMConstInt(r->i64, 32, false), ""), r->i32, "");
}

// bertrt_dropout_uniform(seed, step, site, index): Philox4x32-10 of the counter
// {index lo, index hi, step, 0} under the key {seed, site}; (out[0] >> 8) * 2^-24.
static LLVMValueRef build_uniform(Math *m, LLVMValueRef *params) {
  RL *r = m->r;
  LLVMBuilderRef b = m->b;
  LLVMValueRef index = params[3];
  LLVMValueRef ctr[4] = {
      LLVMBuildTrunc(b, index, r->i32, ""),
      LLVMBuildTrunc(b, LLVMBuildLShr(b, index, LLVMConstInt(r->i64, 32, false), ""), r->i32, ""),
      params[1], i32c(r, 0)};
  LLVMValueRef key[2] = {params[0], params[2]};
  for (int round = 0; round < 10; round++) {
    if (round > 0) {
      key[0] = LLVMBuildAdd(b, key[0], LLVMConstInt(r->i32, 0x9E3779B9u, false), "");
      key[1] = LLVMBuildAdd(b, key[1], LLVMConstInt(r->i32, 0xBB67AE85u, false), "");
    }
    LLVMValueRef hi0, lo0, hi1, lo1;
    mul_hi_lo(m, ctr[0], 0xD2511F53u, &hi0, &lo0);
    mul_hi_lo(m, ctr[2], 0xCD9E8D57u, &hi1, &lo1);
    ctr[0] = LLVMBuildXor(b, LLVMBuildXor(b, hi1, ctr[1], ""), key[0], "");
    ctr[1] = lo1;
    ctr[2] = LLVMBuildXor(b, LLVMBuildXor(b, hi0, ctr[3], ""), key[1], "");
    ctr[3] = lo0;
  }
  LLVMValueRef bits24 = LLVMBuildLShr(b, ctr[0], i32c(r, 8), "");
  return fmul(m, LLVMBuildSIToFP(b, bits24, r->f32, ""), fc(m, 0x1p-24f));
}

static const struct {
  const char *name;
  LLVMValueRef (*build)(Math *m, LLVMValueRef *params);
} MATH[KX_COUNT] = {
    [KX_EXP] = {"bertc.expf", build_exp},
    [KX_ERF] = {"bertc.erff", build_erf},
    [KX_TANH] = {"bertc.tanhf", build_tanh},
    [KX_UNIFORM] = {"bertc.dropout_uniform", build_uniform},
};

LLVMValueRef rl_math_fn(RL *r, KExprOp op) {
  check(op >= 0 && op < KX_COUNT && MATH[op].build);
  LLVMValueRef fn = LLVMGetNamedFunction(r->mod, MATH[op].name);
  if (fn) return fn;
  LLVMTypeRef uniform_params[] = {r->i32, r->i32, r->i32, r->i64};
  LLVMTypeRef type = op == KX_UNIFORM ? LLVMFunctionType(r->f32, uniform_params, 4, false)
                                      : LLVMFunctionType(r->f32, &r->f32, 1, false);
  fn = LLVMAddFunction(r->mod, MATH[op].name, type);
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  const char *attrs[] = {"alwaysinline", "nounwind", "readnone", "willreturn"};
  for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++)
    add_fn_attr(r, fn, attrs[i]);
  unsigned n = LLVMCountParams(fn);
  LLVMValueRef params[4];
  for (unsigned i = 0; i < n; i++)
    params[i] = LLVMGetParam(fn, i);
  Math m = {.r = r, .b = LLVMCreateBuilderInContext(r->cx)};
  LLVMPositionBuilderAtEnd(m.b, LLVMAppendBasicBlockInContext(r->cx, fn, "entry"));
  LLVMBuildRet(m.b, MATH[op].build(&m, params));
  LLVMDisposeBuilder(m.b);
  return fn;
}
