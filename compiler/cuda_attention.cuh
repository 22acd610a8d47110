// cuda_attention.cuh — the cuda target's fused multi-head self-attention: the three parts of
// bertrt_attention's contract (runtime/bertrt_abi.h) as device templates. render_cuda.c
// copies this file verbatim into every kernels.cu that has K_ATTENTION kernels; each such
// kernel's body calls one template with its sizes as template arguments.
//
// No [B, heads, S, S] tensor exists: a block owns one (batch, head) and a tile of 32 query
// rows (forward, grad_q) or 32 key rows (grad_kv), and walks the other side in tiles of 32
// through shared memory, recomputing the probabilities from the rows' log-sum-exp. Each of
// the 4 warps owns 8 of the tile's rows; within a warp, lane t handles column t of a 32 x 32
// score tile, and columns t, t + 32 of a head's D <= 64 values. Sums over a tile's columns
// are warp butterflies and the tiles are added in order, so results are the same bits on
// every run (no atomics). Arithmetic is fp32 (no tensor cores) in both precisions; the
// tensors q, k, v, out, dout, dq, dk, dv are of element type E (float, or bertc_bf16 under
// precision bf16: widened when loaded into the tiles, rounded when stored), key_bias, lse
// and delta are float.
//
// Padding rows of a partial last tile load zeros and are never stored; a key past the end
// scores -inf. Key 0 of every row is in the first tile, so a row's running maximum is finite
// from the first tile on.

// The schedule (compiler/schedule.h: SCHED_ATT_TILE, SCHED_ATT_THREADS) launches these
// templates and prints its geometry above this file as BERTC_ATT_TILE (rows of a tile; one
// per lane of a warp) and BERTC_ATT_THREADS; the templates are written for these values.
#if !defined(BERTC_ATT_TILE) || !defined(BERTC_ATT_THREADS)
#error "cuda_attention.cuh: BERTC_ATT_TILE and BERTC_ATT_THREADS come from the schedule"
#endif
#define BERTC_ATT_WARPS 4 // warps per block, each owning 8 rows of the block's tile
#if BERTC_ATT_TILE != 32 || BERTC_ATT_THREADS != 32 * BERTC_ATT_WARPS
#error "cuda_attention.cuh: the schedule's attention geometry is not the templates' (32 rows, 4 warps)"
#endif
#define BERTC_ATT_ROWS_PER_WARP (BERTC_ATT_TILE / BERTC_ATT_WARPS)

__device__ __forceinline__ float bertc_warp_sum(float v) {
  for (int o = 16; o > 0; o /= 2)
    v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}

__device__ __forceinline__ float bertc_warp_max(float v) {
  for (int o = 16; o > 0; o /= 2)
    v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
  return v;
}

// z_ij of the contract for query i, key j of head (b, h): 1, 0 or keep_scale.
template <int S, int NH, bool DROPOUT>
__device__ __forceinline__ float bertc_att_dropout(const bertrt_kernel_ctx *ctx, uint32_t site,
                                                   float p, float keep_scale, int b, int h, int i,
                                                   int j) {
  if (!DROPOUT || ctx->dropout_on == 0.0f) return 1.0f;
  const uint64_t index = ((uint64_t)(b * NH + h) * S + (uint64_t)i) * S + (uint64_t)j;
  return bertrt_philox_uniform(ctx->seed, ctx->step, site, index) < p ? 0.0f : keep_scale;
}

// Rows [first, first + 32) of a head's [S, D] slice of a [B, S, NH * D] tensor into
// tile[32][LD], zeros past row S. Every thread of the block takes part.
template <int S, int NH, int D, int LD, typename E>
__device__ __forceinline__ void bertc_att_load(float (*tile)[LD], const E *x, long long base,
                                               int first) {
  for (int e = threadIdx.x; e < BERTC_ATT_TILE * D; e += BERTC_ATT_THREADS) {
    const int r = e / D, d = e % D, row = first + r;
    tile[r][d] = row < S ? bertc_f32(x[base + (long long)row * (NH * D) + d]) : 0.0f;
  }
}

// The block's (batch, head, tile) from blockIdx.x: tiles of a head are consecutive blocks.
template <int S, int NH>
__device__ __forceinline__ void bertc_att_block(int &b, int &h, int &tile) {
  constexpr int TILES = (S + BERTC_ATT_TILE - 1) / BERTC_ATT_TILE;
  tile = blockIdx.x % TILES;
  h = blockIdx.x / TILES % NH;
  b = blockIdx.x / TILES / NH;
}

// FORWARD: out and lse of the block's 32 query rows, by an online softmax over key tiles.
template <int S, int NH, int D, bool DROPOUT, typename E>
__device__ __forceinline__ void
bertc_attention_forward(const bertrt_kernel_ctx *ctx, const E *q, const E *k, const E *v,
                        const float *key_bias, E *out, float *lse, float scale, float p,
                        float keep_scale, uint32_t site) {
  constexpr int T = BERTC_ATT_TILE, RW = BERTC_ATT_ROWS_PER_WARP, DC = (D + 31) / 32;
  constexpr int TILES = (S + T - 1) / T;
  __shared__ float qs[T][D];
  __shared__ float ks[T][D + 1]; // lane t reads row t: padded against bank conflicts
  __shared__ float vs[T][D];
  __shared__ float ps[BERTC_ATT_WARPS][RW][T];
  int b, h, tile;
  bertc_att_block<S, NH>(b, h, tile);
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const long long base = (long long)b * S * (NH * D) + h * D;
  bertc_att_load<S, NH, D, D>(qs, q, base, tile * T);
  float m[RW], l[RW], o[RW][DC];
#pragma unroll
  for (int rr = 0; rr < RW; rr++) {
    m[rr] = -BERTC_INF, l[rr] = 0.0f;
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      o[rr][dc] = 0.0f;
  }
  for (int kt = 0; kt < TILES; kt++) {
    __syncthreads(); // every warp is done with the previous key tile
    bertc_att_load<S, NH, D, D + 1>(ks, k, base, kt * T);
    bertc_att_load<S, NH, D, D>(vs, v, base, kt * T);
    __syncthreads();
    const int j = kt * T + lane;
    const float bias = j < S ? key_bias[b * S + j] : 0.0f;
#pragma unroll
    for (int rr = 0; rr < RW; rr++) {
      const int r = warp * RW + rr, i = tile * T + r;
      float dot = 0.0f;
      for (int d = 0; d < D; d++)
        dot += qs[r][d] * ks[lane][d];
      const float s = j < S ? dot * scale + bias : -BERTC_INF;
      const float m_new = fmaxf(m[rr], bertc_warp_max(s));
      const float e = j < S ? expf(s - m_new) : 0.0f;
      const float rescale = expf(m[rr] - m_new);
      l[rr] = l[rr] * rescale + bertc_warp_sum(e);
      m[rr] = m_new;
#pragma unroll
      for (int dc = 0; dc < DC; dc++)
        o[rr][dc] *= rescale;
      const bool valid = i < S && j < S;
      const float z =
          valid ? bertc_att_dropout<S, NH, DROPOUT>(ctx, site, p, keep_scale, b, h, i, j) : 0.0f;
      ps[warp][rr][lane] = e * z;
    }
    __syncwarp();
#pragma unroll
    for (int rr = 0; rr < RW; rr++)
#pragma unroll 4
      for (int c = 0; c < T; c++) {
        const float pc = ps[warp][rr][c];
#pragma unroll
        for (int dc = 0; dc < DC; dc++)
          if (lane + 32 * dc < D) o[rr][dc] += pc * vs[c][lane + 32 * dc];
      }
  }
  // l is in [1, S] (the row's maximum contributes exp(0)), where the fast division is within
  // 2 ulp and has no slow path: an IEEE division's is a call, whose saved registers spill.
#pragma unroll
  for (int rr = 0; rr < RW; rr++) {
    const int i = tile * T + warp * RW + rr;
    if (i >= S) continue;
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      if (lane + 32 * dc < D)
        bertc_store(&out[base + (long long)i * (NH * D) + lane + 32 * dc],
                    __fdividef(o[rr][dc], l[rr]));
    if (lane == 0) lse[(b * NH + h) * S + i] = m[rr] + logf(l[rr]);
  }
}

// GRAD_KV: dk and dv of the block's 32 key rows, over every query tile.
template <int S, int NH, int D, bool DROPOUT, typename E>
__device__ __forceinline__ void
bertc_attention_grad_kv(const bertrt_kernel_ctx *ctx, const E *q, const E *k, const E *v,
                        const float *key_bias, const float *lse, const E *dout, const float *delta,
                        E *dk, E *dv, float scale, float p, float keep_scale, uint32_t site) {
  constexpr int T = BERTC_ATT_TILE, RW = BERTC_ATT_ROWS_PER_WARP, DC = (D + 31) / 32;
  constexpr int TILES = (S + T - 1) / T;
  __shared__ float ks[T][D];
  __shared__ float vs[T][D];
  __shared__ float qs[T][D + 1]; // lane t reads query row t: padded
  __shared__ float dos[T][D + 1];
  __shared__ float lse_s[T], delta_s[T];
  __shared__ float pzs[BERTC_ATT_WARPS][RW][T], dss[BERTC_ATT_WARPS][RW][T];
  int b, h, tile;
  bertc_att_block<S, NH>(b, h, tile);
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const long long base = (long long)b * S * (NH * D) + h * D;
  const int rows = (b * NH + h) * S;
  bertc_att_load<S, NH, D, D>(ks, k, base, tile * T);
  bertc_att_load<S, NH, D, D>(vs, v, base, tile * T);
  float gk[RW][DC], gv[RW][DC];
#pragma unroll
  for (int rr = 0; rr < RW; rr++)
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      gk[rr][dc] = gv[rr][dc] = 0.0f;
  for (int qt = 0; qt < TILES; qt++) {
    __syncthreads(); // every warp is done with the previous query tile
    bertc_att_load<S, NH, D, D + 1>(qs, q, base, qt * T);
    bertc_att_load<S, NH, D, D + 1>(dos, dout, base, qt * T);
    if (threadIdx.x < T) {
      const int i = qt * T + threadIdx.x;
      lse_s[threadIdx.x] = i < S ? lse[rows + i] : 0.0f;
      delta_s[threadIdx.x] = i < S ? delta[rows + i] : 0.0f;
    }
    __syncthreads();
    const int i = qt * T + lane;
#pragma unroll
    for (int rr = 0; rr < RW; rr++) {
      const int r = warp * RW + rr, j = tile * T + r;
      float qk = 0.0f, dov = 0.0f;
      for (int d = 0; d < D; d++) {
        qk += qs[lane][d] * ks[r][d];
        dov += dos[lane][d] * vs[r][d];
      }
      const bool valid = i < S && j < S;
      const float pr = valid ? expf(qk * scale + key_bias[b * S + j] - lse_s[lane]) : 0.0f;
      const float z =
          valid ? bertc_att_dropout<S, NH, DROPOUT>(ctx, site, p, keep_scale, b, h, i, j) : 0.0f;
      pzs[warp][rr][lane] = pr * z;
      dss[warp][rr][lane] = pr * (z * dov - delta_s[lane]);
    }
    __syncwarp();
#pragma unroll
    for (int rr = 0; rr < RW; rr++)
#pragma unroll 4
      for (int c = 0; c < T; c++) {
        const float pz = pzs[warp][rr][c], ds = dss[warp][rr][c];
#pragma unroll
        for (int dc = 0; dc < DC; dc++)
          if (lane + 32 * dc < D) {
            gv[rr][dc] += pz * dos[c][lane + 32 * dc];
            gk[rr][dc] += ds * qs[c][lane + 32 * dc];
          }
      }
  }
#pragma unroll
  for (int rr = 0; rr < RW; rr++) {
    const int j = tile * T + warp * RW + rr;
    if (j >= S) continue;
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      if (lane + 32 * dc < D) {
        const long long at = base + (long long)j * (NH * D) + lane + 32 * dc;
        bertc_store(&dk[at], gk[rr][dc] * scale);
        bertc_store(&dv[at], gv[rr][dc]);
      }
  }
}

// GRAD_Q: dq of the block's 32 query rows, over every key tile.
template <int S, int NH, int D, bool DROPOUT, typename E>
__device__ __forceinline__ void
bertc_attention_grad_q(const bertrt_kernel_ctx *ctx, const E *q, const E *k, const E *v,
                       const float *key_bias, const float *lse, const E *dout, const float *delta,
                       E *dq, float scale, float p, float keep_scale, uint32_t site) {
  constexpr int T = BERTC_ATT_TILE, RW = BERTC_ATT_ROWS_PER_WARP, DC = (D + 31) / 32;
  constexpr int TILES = (S + T - 1) / T;
  __shared__ float qs[T][D];
  __shared__ float dos[T][D];
  __shared__ float ks[T][D + 1]; // lane t reads key row t: padded
  __shared__ float vs[T][D + 1];
  __shared__ float dss[BERTC_ATT_WARPS][RW][T];
  int b, h, tile;
  bertc_att_block<S, NH>(b, h, tile);
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const long long base = (long long)b * S * (NH * D) + h * D;
  const int rows = (b * NH + h) * S;
  bertc_att_load<S, NH, D, D>(qs, q, base, tile * T);
  bertc_att_load<S, NH, D, D>(dos, dout, base, tile * T);
  float row_lse[RW], row_delta[RW], gq[RW][DC];
#pragma unroll
  for (int rr = 0; rr < RW; rr++) {
    const int i = tile * T + warp * RW + rr;
    row_lse[rr] = i < S ? lse[rows + i] : 0.0f;
    row_delta[rr] = i < S ? delta[rows + i] : 0.0f;
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      gq[rr][dc] = 0.0f;
  }
  for (int kt = 0; kt < TILES; kt++) {
    __syncthreads(); // every warp is done with the previous key tile
    bertc_att_load<S, NH, D, D + 1>(ks, k, base, kt * T);
    bertc_att_load<S, NH, D, D + 1>(vs, v, base, kt * T);
    __syncthreads();
    const int j = kt * T + lane;
    const float bias = j < S ? key_bias[b * S + j] : 0.0f;
#pragma unroll
    for (int rr = 0; rr < RW; rr++) {
      const int r = warp * RW + rr, i = tile * T + r;
      float qk = 0.0f, dov = 0.0f;
      for (int d = 0; d < D; d++) {
        qk += qs[r][d] * ks[lane][d];
        dov += dos[r][d] * vs[lane][d];
      }
      const bool valid = i < S && j < S;
      const float pr = valid ? expf(qk * scale + bias - row_lse[rr]) : 0.0f;
      const float z =
          valid ? bertc_att_dropout<S, NH, DROPOUT>(ctx, site, p, keep_scale, b, h, i, j) : 0.0f;
      dss[warp][rr][lane] = pr * (z * dov - row_delta[rr]);
    }
    __syncwarp();
#pragma unroll
    for (int rr = 0; rr < RW; rr++)
#pragma unroll 4
      for (int c = 0; c < T; c++) {
        const float ds = dss[warp][rr][c];
#pragma unroll
        for (int dc = 0; dc < DC; dc++)
          if (lane + 32 * dc < D) gq[rr][dc] += ds * ks[c][lane + 32 * dc];
      }
  }
#pragma unroll
  for (int rr = 0; rr < RW; rr++) {
    const int i = tile * T + warp * RW + rr;
    if (i >= S) continue;
#pragma unroll
    for (int dc = 0; dc < DC; dc++)
      if (lane + 32 * dc < D)
        bertc_store(&dq[base + (long long)i * (NH * D) + lane + 32 * dc], gq[rr][dc] * scale);
  }
}
