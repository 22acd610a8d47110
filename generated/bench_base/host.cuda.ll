; ModuleID = 'host'
source_filename = "host"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%bertrt_cuda_kernel = type { i64, i64, i64, i64, i64*, i64, i64* }
%bertrt_gemm = type { i64, i64, i64, i64, i64, i64, i64, i64, [2 x i64], [2 x i64], [2 x i64], [2 x i64], i64, i64, i64, double, double }
%bertrt_param = type { i8*, i64, [4 x i64], i64, i64, i64 }
%bertrt_variant = type { i64, i64, i64 }
%bertrt_ctx = type { [6 x i8*], float, float, float, float, i32, i32, i8*, i8* }
%bertrt_tensor = type { i8*, i64, i64, i64, [4 x i64] }
%bertrt_bucket = type { i64, i64, %bertrt_tensor*, void (%bertrt_ctx*)*, void (%bertrt_ctx*)**, i64, i64 }
%bertrt_device_images = type { i64, i8* }
%bertrt_model = type { i64, i8*, i8*, i8*, i8*, i64, i64, i64, i64, i64, i64, i64, i64, i8*, double, double, double, double, i8*, i8*, i64, i8**, i64, double, double, double, double, double, double, double, i64, i64, i64, i64, %bertrt_param*, i64, [6 x i64], i64, %bertrt_variant*, void (%bertrt_ctx*)**, i64, %bertrt_bucket*, i8*, i64, i64 }

@forward_s128__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 93763584, i64 0, i64 95336448, i64 5, i64 4096, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s128__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 1024, i64 256, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 95345664, i64 0, i64 95342592, i64 4, i64 3145728]
@forward_s128__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3145728, i64 4, i64 0]
@forward_s128__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s128__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s128__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 8192, i64 4, i64 3145728]
@forward_s128__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 8, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s128__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s128__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 104801280, i64 0, i64 104798208, i64 4, i64 0]
@forward_s128__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 114241536]
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s128__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 123697152, i64 0, i64 123694080, i64 4, i64 0]
@forward_s128__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s128__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s128__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 133152768, i64 0, i64 133149696, i64 4, i64 0]
@forward_s128__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 142593024]
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s128__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 152048640, i64 0, i64 152045568, i64 4, i64 0]
@forward_s128__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k026_layer_2_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k027_layer_2_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k028_layer_2_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k029_layer_2_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k029_layer_2_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@forward_s128__k029_layer_2_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k029_layer_2_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k029_layer_2_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k030_layer_2_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k031_layer_2_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k031_layer_2_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 9]
@forward_s128__k031_layer_2_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k031_layer_2_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k031_layer_2_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k032_layer_2_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 161504256, i64 0, i64 161501184, i64 4, i64 0]
@forward_s128__k032_layer_2_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k032_layer_2_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k033_layer_2_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k033_layer_2_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 170944512]
@forward_s128__k033_layer_2_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k033_layer_2_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k034_layer_2_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k035_layer_2_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k035_layer_2_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 10]
@forward_s128__k035_layer_2_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k035_layer_2_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k035_layer_2_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k036_layer_2_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 180400128, i64 0, i64 180397056, i64 4, i64 0]
@forward_s128__k036_layer_2_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k036_layer_2_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k037_layer_3_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k038_layer_3_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k039_layer_3_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k040_layer_3_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k040_layer_3_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@forward_s128__k040_layer_3_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k040_layer_3_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k040_layer_3_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k041_layer_3_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k042_layer_3_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k042_layer_3_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 12]
@forward_s128__k042_layer_3_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k042_layer_3_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k042_layer_3_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k043_layer_3_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 189855744, i64 0, i64 189852672, i64 4, i64 0]
@forward_s128__k043_layer_3_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k043_layer_3_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k044_layer_3_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k044_layer_3_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 199296000]
@forward_s128__k044_layer_3_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k044_layer_3_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k045_layer_3_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k046_layer_3_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k046_layer_3_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 13]
@forward_s128__k046_layer_3_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k046_layer_3_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k046_layer_3_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k047_layer_3_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 208751616, i64 0, i64 208748544, i64 4, i64 0]
@forward_s128__k047_layer_3_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k047_layer_3_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k048_layer_4_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k049_layer_4_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k050_layer_4_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k051_layer_4_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k051_layer_4_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@forward_s128__k051_layer_4_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k051_layer_4_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k051_layer_4_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k052_layer_4_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k053_layer_4_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k053_layer_4_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 15]
@forward_s128__k053_layer_4_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k053_layer_4_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k053_layer_4_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k054_layer_4_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 218207232, i64 0, i64 218204160, i64 4, i64 0]
@forward_s128__k054_layer_4_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k054_layer_4_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k055_layer_4_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k055_layer_4_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 227647488]
@forward_s128__k055_layer_4_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k055_layer_4_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k056_layer_4_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k057_layer_4_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k057_layer_4_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 16]
@forward_s128__k057_layer_4_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k057_layer_4_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k057_layer_4_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k058_layer_4_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 237103104, i64 0, i64 237100032, i64 4, i64 0]
@forward_s128__k058_layer_4_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k058_layer_4_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k059_layer_5_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k060_layer_5_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k061_layer_5_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k062_layer_5_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k062_layer_5_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@forward_s128__k062_layer_5_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k062_layer_5_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k062_layer_5_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k063_layer_5_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k064_layer_5_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k064_layer_5_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 18]
@forward_s128__k064_layer_5_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k064_layer_5_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k064_layer_5_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k065_layer_5_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 246558720, i64 0, i64 246555648, i64 4, i64 0]
@forward_s128__k065_layer_5_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k065_layer_5_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k066_layer_5_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k066_layer_5_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 255998976]
@forward_s128__k066_layer_5_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k066_layer_5_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k067_layer_5_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k068_layer_5_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k068_layer_5_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 19]
@forward_s128__k068_layer_5_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k068_layer_5_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k068_layer_5_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k069_layer_5_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 265454592, i64 0, i64 265451520, i64 4, i64 0]
@forward_s128__k069_layer_5_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k069_layer_5_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k070_layer_6_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k071_layer_6_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k072_layer_6_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k073_layer_6_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k073_layer_6_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@forward_s128__k073_layer_6_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k073_layer_6_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k073_layer_6_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k074_layer_6_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k075_layer_6_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k075_layer_6_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 21]
@forward_s128__k075_layer_6_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k075_layer_6_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k075_layer_6_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k076_layer_6_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 274910208, i64 0, i64 274907136, i64 4, i64 0]
@forward_s128__k076_layer_6_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k076_layer_6_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k077_layer_6_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k077_layer_6_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 284350464]
@forward_s128__k077_layer_6_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k077_layer_6_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k078_layer_6_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k079_layer_6_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k079_layer_6_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 22]
@forward_s128__k079_layer_6_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k079_layer_6_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k079_layer_6_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k080_layer_6_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 293806080, i64 0, i64 293803008, i64 4, i64 0]
@forward_s128__k080_layer_6_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k080_layer_6_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k081_layer_7_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k082_layer_7_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k083_layer_7_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k084_layer_7_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k084_layer_7_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@forward_s128__k084_layer_7_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k084_layer_7_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k084_layer_7_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k085_layer_7_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k086_layer_7_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k086_layer_7_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 24]
@forward_s128__k086_layer_7_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k086_layer_7_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k086_layer_7_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k087_layer_7_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 303261696, i64 0, i64 303258624, i64 4, i64 0]
@forward_s128__k087_layer_7_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k087_layer_7_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k088_layer_7_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k088_layer_7_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 312701952]
@forward_s128__k088_layer_7_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k088_layer_7_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k089_layer_7_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k090_layer_7_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k090_layer_7_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 25]
@forward_s128__k090_layer_7_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k090_layer_7_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k090_layer_7_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k091_layer_7_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 322157568, i64 0, i64 322154496, i64 4, i64 0]
@forward_s128__k091_layer_7_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k091_layer_7_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k092_layer_8_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k093_layer_8_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k094_layer_8_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k095_layer_8_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k095_layer_8_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@forward_s128__k095_layer_8_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k095_layer_8_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k095_layer_8_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k096_layer_8_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k097_layer_8_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k097_layer_8_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 27]
@forward_s128__k097_layer_8_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k097_layer_8_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k097_layer_8_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k098_layer_8_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 331613184, i64 0, i64 331610112, i64 4, i64 0]
@forward_s128__k098_layer_8_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k098_layer_8_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k099_layer_8_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k099_layer_8_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 341053440]
@forward_s128__k099_layer_8_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k099_layer_8_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k100_layer_8_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k101_layer_8_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k101_layer_8_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 28]
@forward_s128__k101_layer_8_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k101_layer_8_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k101_layer_8_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k102_layer_8_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 350509056, i64 0, i64 350505984, i64 4, i64 0]
@forward_s128__k102_layer_8_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k102_layer_8_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k103_layer_9_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k104_layer_9_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k105_layer_9_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k106_layer_9_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k106_layer_9_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@forward_s128__k106_layer_9_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k106_layer_9_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k106_layer_9_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k107_layer_9_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k108_layer_9_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k108_layer_9_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 30]
@forward_s128__k108_layer_9_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k108_layer_9_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k108_layer_9_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k109_layer_9_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 359964672, i64 0, i64 359961600, i64 4, i64 0]
@forward_s128__k109_layer_9_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k109_layer_9_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k110_layer_9_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k110_layer_9_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 369404928]
@forward_s128__k110_layer_9_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k110_layer_9_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k111_layer_9_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k112_layer_9_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k112_layer_9_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 31]
@forward_s128__k112_layer_9_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k112_layer_9_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k112_layer_9_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k113_layer_9_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 378860544, i64 0, i64 378857472, i64 4, i64 0]
@forward_s128__k113_layer_9_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k113_layer_9_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k114_layer_10_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k115_layer_10_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k116_layer_10_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k117_layer_10_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k117_layer_10_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@forward_s128__k117_layer_10_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k117_layer_10_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k117_layer_10_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k118_layer_10_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k119_layer_10_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k119_layer_10_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 33]
@forward_s128__k119_layer_10_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k119_layer_10_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k119_layer_10_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k120_layer_10_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 388316160, i64 0, i64 388313088, i64 4, i64 0]
@forward_s128__k120_layer_10_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k120_layer_10_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k121_layer_10_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k121_layer_10_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 397756416]
@forward_s128__k121_layer_10_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k121_layer_10_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k122_layer_10_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k123_layer_10_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k123_layer_10_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 34]
@forward_s128__k123_layer_10_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k123_layer_10_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k123_layer_10_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k124_layer_10_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 407212032, i64 0, i64 407208960, i64 4, i64 0]
@forward_s128__k124_layer_10_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k124_layer_10_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k125_layer_11_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k126_layer_11_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k127_layer_11_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k128_layer_11_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k128_layer_11_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@forward_s128__k128_layer_11_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k128_layer_11_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k128_layer_11_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k129_layer_11_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k130_layer_11_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3145728, i64 4, i64 6291456]
@forward_s128__k130_layer_11_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 36]
@forward_s128__k130_layer_11_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k130_layer_11_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k130_layer_11_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k131_layer_11_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6291456, i64 0, i64 416667648, i64 0, i64 416664576, i64 4, i64 0]
@forward_s128__k131_layer_11_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k131_layer_11_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k132_layer_11_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k132_layer_11_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3145728, i64 0, i64 426107904]
@forward_s128__k132_layer_11_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k132_layer_11_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k133_layer_11_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k134_layer_11_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15728640, i64 4, i64 3145728]
@forward_s128__k134_layer_11_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 37]
@forward_s128__k134_layer_11_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k134_layer_11_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k134_layer_11_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k135_layer_11_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3145728, i64 0, i64 435563520, i64 0, i64 435560448, i64 5, i64 37056]
@forward_s128__k135_layer_11_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k135_layer_11_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k136_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 37056, i64 4, i64 0]
@forward_s128__k136_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k136_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k137_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k138_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 24576, i64 5, i64 12480]
@forward_s128__k138_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k138_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k139_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 12480, i64 4, i64 0]
@forward_s128__k139_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@forward_s128__k139_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k139_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k139_head_dropout.launch.sites, i32 0, i32 0) }
@forward_s128__k140_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 768, i64 768, i64 768, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k141_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 12288, i64 4, i64 0]
@forward_s128__k141_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k141_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k142_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 12352, i64 5, i64 12288, i64 4, i64 64]
@forward_s128__k142_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k142_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k143_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 64, i64 4, i64 0, i64 5, i64 12416]
@forward_s128__k143_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k143_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 93763584, i64 0, i64 95336448, i64 5, i64 4096, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@train_s128_v0__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 1024, i64 256, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 0, i64 0, i64 95345664, i64 0, i64 95342592, i64 4, i64 3153920, i64 4, i64 3145728]
@train_s128_v0__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3153920, i64 4, i64 6299648]
@train_s128_v0__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s128_v0__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 8192, i64 4, i64 3153920]
@train_s128_v0__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 8, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 9445376, i64 4, i64 12591104, i64 4, i64 15736832, i64 4, i64 3153920, i64 4, i64 18882560, i64 4, i64 3158016]
@train_s128_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6299648, i64 4, i64 22028288, i64 4, i64 25174016]
@train_s128_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 25174016, i64 0, i64 104801280, i64 0, i64 104798208, i64 4, i64 22028288, i64 4, i64 3207168]
@train_s128_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 40902656, i64 0, i64 114241536, i64 4, i64 28319744]
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 22028288, i64 4, i64 53485568, i64 4, i64 56631296]
@train_s128_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 56631296, i64 0, i64 123697152, i64 0, i64 123694080, i64 4, i64 53485568, i64 4, i64 3215360]
@train_s128_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 59777024, i64 4, i64 62922752, i64 4, i64 66068480, i64 4, i64 3153920, i64 4, i64 69214208, i64 4, i64 3223552]
@train_s128_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 53485568, i64 4, i64 72359936, i64 4, i64 75505664]
@train_s128_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 75505664, i64 0, i64 133152768, i64 0, i64 133149696, i64 4, i64 72359936, i64 4, i64 3272704]
@train_s128_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 91234304, i64 0, i64 142593024, i64 4, i64 78651392]
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 72359936, i64 4, i64 103817216, i64 4, i64 106962944]
@train_s128_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 106962944, i64 0, i64 152048640, i64 0, i64 152045568, i64 4, i64 103817216, i64 4, i64 3280896]
@train_s128_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k026_layer_2_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k027_layer_2_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k028_layer_2_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k029_layer_2_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 110108672, i64 4, i64 113254400, i64 4, i64 116400128, i64 4, i64 3153920, i64 4, i64 119545856, i64 4, i64 3289088]
@train_s128_v0__k029_layer_2_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s128_v0__k029_layer_2_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k029_layer_2_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k029_layer_2_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k030_layer_2_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k031_layer_2_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 103817216, i64 4, i64 122691584, i64 4, i64 125837312]
@train_s128_v0__k031_layer_2_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 9]
@train_s128_v0__k031_layer_2_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k031_layer_2_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k031_layer_2_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k032_layer_2_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 125837312, i64 0, i64 161504256, i64 0, i64 161501184, i64 4, i64 122691584, i64 4, i64 3338240]
@train_s128_v0__k032_layer_2_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k032_layer_2_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 141565952, i64 0, i64 170944512, i64 4, i64 128983040]
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k034_layer_2_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k035_layer_2_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 122691584, i64 4, i64 154148864, i64 4, i64 157294592]
@train_s128_v0__k035_layer_2_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 10]
@train_s128_v0__k035_layer_2_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k035_layer_2_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k035_layer_2_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k036_layer_2_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 157294592, i64 0, i64 180400128, i64 0, i64 180397056, i64 4, i64 154148864, i64 4, i64 3346432]
@train_s128_v0__k036_layer_2_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k036_layer_2_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k037_layer_3_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k038_layer_3_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k039_layer_3_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k040_layer_3_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 160440320, i64 4, i64 163586048, i64 4, i64 166731776, i64 4, i64 3153920, i64 4, i64 169877504, i64 4, i64 3354624]
@train_s128_v0__k040_layer_3_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@train_s128_v0__k040_layer_3_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k040_layer_3_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k040_layer_3_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k041_layer_3_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k042_layer_3_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 154148864, i64 4, i64 173023232, i64 4, i64 176168960]
@train_s128_v0__k042_layer_3_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 12]
@train_s128_v0__k042_layer_3_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k042_layer_3_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k042_layer_3_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k043_layer_3_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 176168960, i64 0, i64 189855744, i64 0, i64 189852672, i64 4, i64 173023232, i64 4, i64 3403776]
@train_s128_v0__k043_layer_3_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k043_layer_3_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 191897600, i64 0, i64 199296000, i64 4, i64 179314688]
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k045_layer_3_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k046_layer_3_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 173023232, i64 4, i64 204480512, i64 4, i64 207626240]
@train_s128_v0__k046_layer_3_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 13]
@train_s128_v0__k046_layer_3_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k046_layer_3_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k046_layer_3_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k047_layer_3_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 207626240, i64 0, i64 208751616, i64 0, i64 208748544, i64 4, i64 204480512, i64 4, i64 3411968]
@train_s128_v0__k047_layer_3_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k047_layer_3_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k048_layer_4_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k049_layer_4_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k050_layer_4_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k051_layer_4_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 210771968, i64 4, i64 213917696, i64 4, i64 217063424, i64 4, i64 3153920, i64 4, i64 220209152, i64 4, i64 3420160]
@train_s128_v0__k051_layer_4_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@train_s128_v0__k051_layer_4_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k051_layer_4_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k051_layer_4_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k052_layer_4_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k053_layer_4_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 204480512, i64 4, i64 223354880, i64 4, i64 226500608]
@train_s128_v0__k053_layer_4_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 15]
@train_s128_v0__k053_layer_4_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k053_layer_4_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k053_layer_4_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k054_layer_4_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 226500608, i64 0, i64 218207232, i64 0, i64 218204160, i64 4, i64 223354880, i64 4, i64 3469312]
@train_s128_v0__k054_layer_4_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k054_layer_4_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 242229248, i64 0, i64 227647488, i64 4, i64 229646336]
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k056_layer_4_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k057_layer_4_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 223354880, i64 4, i64 254812160, i64 4, i64 257957888]
@train_s128_v0__k057_layer_4_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 16]
@train_s128_v0__k057_layer_4_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k057_layer_4_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k057_layer_4_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k058_layer_4_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 257957888, i64 0, i64 237103104, i64 0, i64 237100032, i64 4, i64 254812160, i64 4, i64 3477504]
@train_s128_v0__k058_layer_4_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k058_layer_4_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k059_layer_5_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k060_layer_5_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k061_layer_5_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k062_layer_5_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 261103616, i64 4, i64 264249344, i64 4, i64 267395072, i64 4, i64 3153920, i64 4, i64 270540800, i64 4, i64 3485696]
@train_s128_v0__k062_layer_5_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@train_s128_v0__k062_layer_5_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k062_layer_5_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k062_layer_5_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k063_layer_5_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k064_layer_5_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 254812160, i64 4, i64 273686528, i64 4, i64 276832256]
@train_s128_v0__k064_layer_5_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 18]
@train_s128_v0__k064_layer_5_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k064_layer_5_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k064_layer_5_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k065_layer_5_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 276832256, i64 0, i64 246558720, i64 0, i64 246555648, i64 4, i64 273686528, i64 4, i64 3534848]
@train_s128_v0__k065_layer_5_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k065_layer_5_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 292560896, i64 0, i64 255998976, i64 4, i64 279977984]
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k067_layer_5_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k068_layer_5_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 273686528, i64 4, i64 305143808, i64 4, i64 308289536]
@train_s128_v0__k068_layer_5_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 19]
@train_s128_v0__k068_layer_5_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k068_layer_5_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k068_layer_5_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k069_layer_5_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 308289536, i64 0, i64 265454592, i64 0, i64 265451520, i64 4, i64 305143808, i64 4, i64 3543040]
@train_s128_v0__k069_layer_5_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k069_layer_5_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k070_layer_6_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k071_layer_6_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k072_layer_6_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k073_layer_6_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 311435264, i64 4, i64 314580992, i64 4, i64 317726720, i64 4, i64 3153920, i64 4, i64 320872448, i64 4, i64 3551232]
@train_s128_v0__k073_layer_6_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@train_s128_v0__k073_layer_6_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k073_layer_6_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k073_layer_6_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k074_layer_6_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k075_layer_6_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 305143808, i64 4, i64 324018176, i64 4, i64 327163904]
@train_s128_v0__k075_layer_6_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 21]
@train_s128_v0__k075_layer_6_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k075_layer_6_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k075_layer_6_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k076_layer_6_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 327163904, i64 0, i64 274910208, i64 0, i64 274907136, i64 4, i64 324018176, i64 4, i64 3600384]
@train_s128_v0__k076_layer_6_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k076_layer_6_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 342892544, i64 0, i64 284350464, i64 4, i64 330309632]
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k078_layer_6_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k079_layer_6_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 324018176, i64 4, i64 355475456, i64 4, i64 358621184]
@train_s128_v0__k079_layer_6_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 22]
@train_s128_v0__k079_layer_6_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k079_layer_6_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k079_layer_6_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k080_layer_6_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 358621184, i64 0, i64 293806080, i64 0, i64 293803008, i64 4, i64 355475456, i64 4, i64 3608576]
@train_s128_v0__k080_layer_6_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k080_layer_6_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k081_layer_7_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k082_layer_7_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k083_layer_7_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k084_layer_7_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 361766912, i64 4, i64 364912640, i64 4, i64 368058368, i64 4, i64 3153920, i64 4, i64 371204096, i64 4, i64 3616768]
@train_s128_v0__k084_layer_7_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@train_s128_v0__k084_layer_7_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k084_layer_7_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k084_layer_7_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k085_layer_7_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k086_layer_7_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 355475456, i64 4, i64 374349824, i64 4, i64 377495552]
@train_s128_v0__k086_layer_7_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 24]
@train_s128_v0__k086_layer_7_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k086_layer_7_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k086_layer_7_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k087_layer_7_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 377495552, i64 0, i64 303261696, i64 0, i64 303258624, i64 4, i64 374349824, i64 4, i64 3665920]
@train_s128_v0__k087_layer_7_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k087_layer_7_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 393224192, i64 0, i64 312701952, i64 4, i64 380641280]
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k089_layer_7_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k090_layer_7_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 374349824, i64 4, i64 405807104, i64 4, i64 408952832]
@train_s128_v0__k090_layer_7_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 25]
@train_s128_v0__k090_layer_7_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k090_layer_7_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k090_layer_7_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k091_layer_7_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 408952832, i64 0, i64 322157568, i64 0, i64 322154496, i64 4, i64 405807104, i64 4, i64 3674112]
@train_s128_v0__k091_layer_7_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k091_layer_7_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k092_layer_8_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k093_layer_8_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k094_layer_8_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k095_layer_8_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 412098560, i64 4, i64 415244288, i64 4, i64 418390016, i64 4, i64 3153920, i64 4, i64 421535744, i64 4, i64 3682304]
@train_s128_v0__k095_layer_8_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@train_s128_v0__k095_layer_8_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k095_layer_8_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k095_layer_8_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k096_layer_8_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k097_layer_8_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 405807104, i64 4, i64 424681472, i64 4, i64 427827200]
@train_s128_v0__k097_layer_8_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 27]
@train_s128_v0__k097_layer_8_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k097_layer_8_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k097_layer_8_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k098_layer_8_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 427827200, i64 0, i64 331613184, i64 0, i64 331610112, i64 4, i64 424681472, i64 4, i64 3731456]
@train_s128_v0__k098_layer_8_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k098_layer_8_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 443555840, i64 0, i64 341053440, i64 4, i64 430972928]
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k100_layer_8_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k101_layer_8_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 424681472, i64 4, i64 456138752, i64 4, i64 459284480]
@train_s128_v0__k101_layer_8_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 28]
@train_s128_v0__k101_layer_8_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k101_layer_8_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k101_layer_8_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k102_layer_8_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 459284480, i64 0, i64 350509056, i64 0, i64 350505984, i64 4, i64 456138752, i64 4, i64 3739648]
@train_s128_v0__k102_layer_8_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k102_layer_8_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k103_layer_9_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k104_layer_9_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k105_layer_9_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k106_layer_9_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 462430208, i64 4, i64 465575936, i64 4, i64 468721664, i64 4, i64 3153920, i64 4, i64 471867392, i64 4, i64 3747840]
@train_s128_v0__k106_layer_9_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@train_s128_v0__k106_layer_9_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k106_layer_9_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k106_layer_9_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k107_layer_9_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k108_layer_9_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 456138752, i64 4, i64 475013120, i64 4, i64 478158848]
@train_s128_v0__k108_layer_9_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 30]
@train_s128_v0__k108_layer_9_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k108_layer_9_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k108_layer_9_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k109_layer_9_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 478158848, i64 0, i64 359964672, i64 0, i64 359961600, i64 4, i64 475013120, i64 4, i64 3796992]
@train_s128_v0__k109_layer_9_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k109_layer_9_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 493887488, i64 0, i64 369404928, i64 4, i64 481304576]
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k111_layer_9_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k112_layer_9_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 475013120, i64 4, i64 506470400, i64 4, i64 509616128]
@train_s128_v0__k112_layer_9_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 31]
@train_s128_v0__k112_layer_9_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k112_layer_9_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k112_layer_9_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k113_layer_9_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 509616128, i64 0, i64 378860544, i64 0, i64 378857472, i64 4, i64 506470400, i64 4, i64 3805184]
@train_s128_v0__k113_layer_9_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k113_layer_9_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k114_layer_10_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k115_layer_10_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k116_layer_10_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k117_layer_10_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 512761856, i64 4, i64 515907584, i64 4, i64 519053312, i64 4, i64 3153920, i64 4, i64 522199040, i64 4, i64 3813376]
@train_s128_v0__k117_layer_10_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@train_s128_v0__k117_layer_10_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k117_layer_10_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k117_layer_10_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k118_layer_10_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k119_layer_10_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 506470400, i64 4, i64 525344768, i64 4, i64 528490496]
@train_s128_v0__k119_layer_10_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 33]
@train_s128_v0__k119_layer_10_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k119_layer_10_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k119_layer_10_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k120_layer_10_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 528490496, i64 0, i64 388316160, i64 0, i64 388313088, i64 4, i64 525344768, i64 4, i64 3862528]
@train_s128_v0__k120_layer_10_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k120_layer_10_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 544219136, i64 0, i64 397756416, i64 4, i64 531636224]
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k122_layer_10_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k123_layer_10_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 525344768, i64 4, i64 556802048, i64 4, i64 559947776]
@train_s128_v0__k123_layer_10_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 34]
@train_s128_v0__k123_layer_10_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k123_layer_10_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k123_layer_10_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k124_layer_10_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 559947776, i64 0, i64 407212032, i64 0, i64 407208960, i64 4, i64 556802048, i64 4, i64 3870720]
@train_s128_v0__k124_layer_10_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k124_layer_10_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k125_layer_11_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k126_layer_11_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k127_layer_11_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k128_layer_11_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 563093504, i64 4, i64 566239232, i64 4, i64 569384960, i64 4, i64 3153920, i64 4, i64 572530688, i64 4, i64 3878912]
@train_s128_v0__k128_layer_11_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@train_s128_v0__k128_layer_11_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k128_layer_11_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k128_layer_11_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k129_layer_11_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k130_layer_11_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 556802048, i64 4, i64 575676416, i64 4, i64 578822144]
@train_s128_v0__k130_layer_11_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 36]
@train_s128_v0__k130_layer_11_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k130_layer_11_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k130_layer_11_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k131_layer_11_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 578822144, i64 0, i64 416667648, i64 0, i64 416664576, i64 4, i64 575676416, i64 4, i64 3928064]
@train_s128_v0__k131_layer_11_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k131_layer_11_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 594550784, i64 0, i64 426107904, i64 4, i64 581967872]
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k133_layer_11_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k134_layer_11_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 575676416, i64 4, i64 607133696, i64 4, i64 610279424]
@train_s128_v0__k134_layer_11_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 37]
@train_s128_v0__k134_layer_11_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k134_layer_11_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k134_layer_11_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k135_layer_11_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 610279424, i64 0, i64 435563520, i64 0, i64 435560448, i64 4, i64 607133696, i64 4, i64 3936256]
@train_s128_v0__k135_layer_11_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k135_layer_11_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k136_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 607133696, i64 4, i64 3944448]
@train_s128_v0__k136_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k136_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k137_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k138_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3969024, i64 4, i64 3993600]
@train_s128_v0__k138_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k138_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k139_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3993600, i64 4, i64 3969024]
@train_s128_v0__k139_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@train_s128_v0__k139_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k139_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k139_head_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k140_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 768, i64 768, i64 768, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k141_loss_valid_count.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 12288, i64 4, i64 4018176]
@train_s128_v0__k141_loss_valid_count.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 10, i64 1, i64 8, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k141_loss_valid_count.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k142_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 5, i64 12352, i64 5, i64 12288, i64 4, i64 4018240]
@train_s128_v0__k142_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 11, i64 1, i64 16, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k142_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k143_loss.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 4018240, i64 4, i64 4018176, i64 5, i64 12416]
@train_s128_v0__k143_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 12, i64 1, i64 8, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k143_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k144_grad_loss.launch.bases = private unnamed_addr constant [8 x i64] [i64 5, i64 12352, i64 5, i64 12288, i64 4, i64 4018176, i64 4, i64 4018240]
@train_s128_v0__k144_grad_loss.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 15, i64 1, i64 16, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k144_grad_loss.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k145_grad_head_classifier_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 4018240, i64 1, i64 437935104]
@train_s128_v0__k145_grad_head_classifier_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 16, i64 1, i64 16, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k145_grad_head_classifier_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k146_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 768, i64 2, i64 2, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k147_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 768, i64 8, i64 2, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k148_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3993600, i64 4, i64 4018304, i64 4, i64 3969024]
@train_s128_v0__k148_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@train_s128_v0__k148_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 8, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k148_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k148_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s128_v0__k149_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3969024, i64 1, i64 437925888]
@train_s128_v0__k149_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k149_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k150_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k151_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 8, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k152_grad_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3993600, i64 4, i64 607133696]
@train_s128_v0__k152_grad_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 19, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k152_grad_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k153_grad_layer_11_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3936256, i64 4, i64 610279424, i64 0, i64 435560448, i64 4, i64 607133696, i64 4, i64 613425152]
@train_s128_v0__k153_grad_layer_11_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k153_grad_layer_11_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k154_grad_layer_11_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 610279424, i64 4, i64 3936256, i64 4, i64 607133696, i64 1, i64 435560448]
@train_s128_v0__k154_grad_layer_11_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k154_grad_layer_11_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k155_grad_layer_11_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 607133696, i64 1, i64 435563520]
@train_s128_v0__k155_grad_layer_11_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k155_grad_layer_11_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k156_grad_layer_11_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 613425152, i64 4, i64 607133696]
@train_s128_v0__k156_grad_layer_11_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 37]
@train_s128_v0__k156_grad_layer_11_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k156_grad_layer_11_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k156_grad_layer_11_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k157_grad_layer_11_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 607133696, i64 1, i64 435557376]
@train_s128_v0__k157_grad_layer_11_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k157_grad_layer_11_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k158_grad_layer_11_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k159_grad_layer_11_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k160_grad_layer_11_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 581967872, i64 4, i64 616570880, i64 4, i64 594550784]
@train_s128_v0__k160_grad_layer_11_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k160_grad_layer_11_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 594550784, i64 1, i64 426107904]
@train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k162_grad_layer_11_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 581967872, i64 4, i64 613425152, i64 4, i64 585113600]
@train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k164_grad_layer_11_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k165_grad_layer_11_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3928064, i64 4, i64 578822144, i64 0, i64 416664576, i64 4, i64 585113600, i64 4, i64 575676416]
@train_s128_v0__k165_grad_layer_11_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k165_grad_layer_11_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k166_grad_layer_11_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 578822144, i64 4, i64 3928064, i64 4, i64 585113600, i64 1, i64 416664576]
@train_s128_v0__k166_grad_layer_11_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k166_grad_layer_11_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k167_grad_layer_11_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 585113600, i64 1, i64 416667648]
@train_s128_v0__k167_grad_layer_11_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k167_grad_layer_11_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 575676416, i64 4, i64 578822144]
@train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 36]
@train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k169_grad_layer_11_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 578822144, i64 1, i64 416661504]
@train_s128_v0__k169_grad_layer_11_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k169_grad_layer_11_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k170_grad_layer_11_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k171_grad_layer_11_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k172_layer_11_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 572530688, i64 4, i64 581967872, i64 4, i64 3928064]
@train_s128_v0__k172_layer_11_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k172_layer_11_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k173_layer_11_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 563093504, i64 4, i64 566239232, i64 4, i64 569384960, i64 4, i64 3153920, i64 4, i64 3878912, i64 4, i64 581967872, i64 4, i64 3928064, i64 4, i64 578822144, i64 4, i64 572530688]
@train_s128_v0__k173_layer_11_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@train_s128_v0__k173_layer_11_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k173_layer_11_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k173_layer_11_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k174_layer_11_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 563093504, i64 4, i64 566239232, i64 4, i64 569384960, i64 4, i64 3153920, i64 4, i64 3878912, i64 4, i64 581967872, i64 4, i64 3928064, i64 4, i64 585113600]
@train_s128_v0__k174_layer_11_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@train_s128_v0__k174_layer_11_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k174_layer_11_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k174_layer_11_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k175_grad_layer_11_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 572530688, i64 1, i64 414299136]
@train_s128_v0__k175_grad_layer_11_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k175_grad_layer_11_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k176_grad_layer_11_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k177_grad_layer_11_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 578822144, i64 1, i64 411936768]
@train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k179_grad_layer_11_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k180_grad_layer_11_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 585113600, i64 1, i64 409574400]
@train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k182_grad_layer_11_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 569384960, i64 4, i64 566239232, i64 4, i64 563093504, i64 4, i64 575676416, i64 4, i64 572530688]
@train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k184_grad_layer_11_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k185_grad_layer_10_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3870720, i64 4, i64 559947776, i64 0, i64 407208960, i64 4, i64 572530688, i64 4, i64 556802048]
@train_s128_v0__k185_grad_layer_10_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k185_grad_layer_10_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k186_grad_layer_10_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 559947776, i64 4, i64 3870720, i64 4, i64 572530688, i64 1, i64 407208960]
@train_s128_v0__k186_grad_layer_10_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k186_grad_layer_10_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k187_grad_layer_10_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 572530688, i64 1, i64 407212032]
@train_s128_v0__k187_grad_layer_10_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k187_grad_layer_10_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k188_grad_layer_10_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 556802048, i64 4, i64 559947776]
@train_s128_v0__k188_grad_layer_10_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 34]
@train_s128_v0__k188_grad_layer_10_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k188_grad_layer_10_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k188_grad_layer_10_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k189_grad_layer_10_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 559947776, i64 1, i64 407205888]
@train_s128_v0__k189_grad_layer_10_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k189_grad_layer_10_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k190_grad_layer_10_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k191_grad_layer_10_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k192_grad_layer_10_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 531636224, i64 4, i64 563093504, i64 4, i64 544219136]
@train_s128_v0__k192_grad_layer_10_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k192_grad_layer_10_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 544219136, i64 1, i64 397756416]
@train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k194_grad_layer_10_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 531636224, i64 4, i64 556802048, i64 4, i64 534781952]
@train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k196_grad_layer_10_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k197_grad_layer_10_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3862528, i64 4, i64 528490496, i64 0, i64 388313088, i64 4, i64 534781952, i64 4, i64 525344768]
@train_s128_v0__k197_grad_layer_10_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k197_grad_layer_10_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k198_grad_layer_10_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 528490496, i64 4, i64 3862528, i64 4, i64 534781952, i64 1, i64 388313088]
@train_s128_v0__k198_grad_layer_10_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k198_grad_layer_10_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k199_grad_layer_10_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 534781952, i64 1, i64 388316160]
@train_s128_v0__k199_grad_layer_10_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k199_grad_layer_10_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 525344768, i64 4, i64 528490496]
@train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 33]
@train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k201_grad_layer_10_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528490496, i64 1, i64 388310016]
@train_s128_v0__k201_grad_layer_10_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k201_grad_layer_10_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k202_grad_layer_10_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k203_grad_layer_10_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k204_layer_10_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 522199040, i64 4, i64 531636224, i64 4, i64 3862528]
@train_s128_v0__k204_layer_10_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k204_layer_10_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k205_layer_10_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 512761856, i64 4, i64 515907584, i64 4, i64 519053312, i64 4, i64 3153920, i64 4, i64 3813376, i64 4, i64 531636224, i64 4, i64 3862528, i64 4, i64 528490496, i64 4, i64 522199040]
@train_s128_v0__k205_layer_10_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@train_s128_v0__k205_layer_10_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k205_layer_10_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k205_layer_10_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k206_layer_10_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 512761856, i64 4, i64 515907584, i64 4, i64 519053312, i64 4, i64 3153920, i64 4, i64 3813376, i64 4, i64 531636224, i64 4, i64 3862528, i64 4, i64 534781952]
@train_s128_v0__k206_layer_10_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@train_s128_v0__k206_layer_10_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k206_layer_10_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k206_layer_10_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k207_grad_layer_10_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 522199040, i64 1, i64 385947648]
@train_s128_v0__k207_grad_layer_10_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k207_grad_layer_10_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k208_grad_layer_10_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k209_grad_layer_10_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528490496, i64 1, i64 383585280]
@train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k211_grad_layer_10_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k212_grad_layer_10_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 534781952, i64 1, i64 381222912]
@train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k214_grad_layer_10_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 519053312, i64 4, i64 515907584, i64 4, i64 512761856, i64 4, i64 525344768, i64 4, i64 522199040]
@train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k216_grad_layer_10_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k217_grad_layer_9_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3805184, i64 4, i64 509616128, i64 0, i64 378857472, i64 4, i64 522199040, i64 4, i64 506470400]
@train_s128_v0__k217_grad_layer_9_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k217_grad_layer_9_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k218_grad_layer_9_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 509616128, i64 4, i64 3805184, i64 4, i64 522199040, i64 1, i64 378857472]
@train_s128_v0__k218_grad_layer_9_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k218_grad_layer_9_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k219_grad_layer_9_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 522199040, i64 1, i64 378860544]
@train_s128_v0__k219_grad_layer_9_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k219_grad_layer_9_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k220_grad_layer_9_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 506470400, i64 4, i64 509616128]
@train_s128_v0__k220_grad_layer_9_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 31]
@train_s128_v0__k220_grad_layer_9_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k220_grad_layer_9_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k220_grad_layer_9_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k221_grad_layer_9_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 509616128, i64 1, i64 378854400]
@train_s128_v0__k221_grad_layer_9_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k221_grad_layer_9_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k222_grad_layer_9_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k223_grad_layer_9_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k224_grad_layer_9_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 481304576, i64 4, i64 512761856, i64 4, i64 493887488]
@train_s128_v0__k224_grad_layer_9_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k224_grad_layer_9_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 493887488, i64 1, i64 369404928]
@train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k226_grad_layer_9_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 481304576, i64 4, i64 506470400, i64 4, i64 484450304]
@train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k228_grad_layer_9_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k229_grad_layer_9_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3796992, i64 4, i64 478158848, i64 0, i64 359961600, i64 4, i64 484450304, i64 4, i64 475013120]
@train_s128_v0__k229_grad_layer_9_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k229_grad_layer_9_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k230_grad_layer_9_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 478158848, i64 4, i64 3796992, i64 4, i64 484450304, i64 1, i64 359961600]
@train_s128_v0__k230_grad_layer_9_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k230_grad_layer_9_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k231_grad_layer_9_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 484450304, i64 1, i64 359964672]
@train_s128_v0__k231_grad_layer_9_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k231_grad_layer_9_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 475013120, i64 4, i64 478158848]
@train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 30]
@train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k233_grad_layer_9_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 478158848, i64 1, i64 359958528]
@train_s128_v0__k233_grad_layer_9_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k233_grad_layer_9_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k234_grad_layer_9_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k235_grad_layer_9_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k236_layer_9_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 471867392, i64 4, i64 481304576, i64 4, i64 3796992]
@train_s128_v0__k236_layer_9_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k236_layer_9_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k237_layer_9_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 462430208, i64 4, i64 465575936, i64 4, i64 468721664, i64 4, i64 3153920, i64 4, i64 3747840, i64 4, i64 481304576, i64 4, i64 3796992, i64 4, i64 478158848, i64 4, i64 471867392]
@train_s128_v0__k237_layer_9_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@train_s128_v0__k237_layer_9_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k237_layer_9_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k237_layer_9_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k238_layer_9_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 462430208, i64 4, i64 465575936, i64 4, i64 468721664, i64 4, i64 3153920, i64 4, i64 3747840, i64 4, i64 481304576, i64 4, i64 3796992, i64 4, i64 484450304]
@train_s128_v0__k238_layer_9_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@train_s128_v0__k238_layer_9_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k238_layer_9_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k238_layer_9_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k239_grad_layer_9_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 471867392, i64 1, i64 357596160]
@train_s128_v0__k239_grad_layer_9_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k239_grad_layer_9_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k240_grad_layer_9_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k241_grad_layer_9_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 478158848, i64 1, i64 355233792]
@train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k243_grad_layer_9_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k244_grad_layer_9_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 484450304, i64 1, i64 352871424]
@train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k246_grad_layer_9_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 468721664, i64 4, i64 465575936, i64 4, i64 462430208, i64 4, i64 475013120, i64 4, i64 471867392]
@train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k248_grad_layer_9_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k249_grad_layer_8_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3739648, i64 4, i64 459284480, i64 0, i64 350505984, i64 4, i64 471867392, i64 4, i64 456138752]
@train_s128_v0__k249_grad_layer_8_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k249_grad_layer_8_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k250_grad_layer_8_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 459284480, i64 4, i64 3739648, i64 4, i64 471867392, i64 1, i64 350505984]
@train_s128_v0__k250_grad_layer_8_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k250_grad_layer_8_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k251_grad_layer_8_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 471867392, i64 1, i64 350509056]
@train_s128_v0__k251_grad_layer_8_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k251_grad_layer_8_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k252_grad_layer_8_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 456138752, i64 4, i64 459284480]
@train_s128_v0__k252_grad_layer_8_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 28]
@train_s128_v0__k252_grad_layer_8_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k252_grad_layer_8_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k252_grad_layer_8_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k253_grad_layer_8_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 459284480, i64 1, i64 350502912]
@train_s128_v0__k253_grad_layer_8_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k253_grad_layer_8_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k254_grad_layer_8_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k255_grad_layer_8_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k256_grad_layer_8_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 430972928, i64 4, i64 462430208, i64 4, i64 443555840]
@train_s128_v0__k256_grad_layer_8_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k256_grad_layer_8_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 443555840, i64 1, i64 341053440]
@train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k258_grad_layer_8_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 430972928, i64 4, i64 456138752, i64 4, i64 434118656]
@train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k260_grad_layer_8_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k261_grad_layer_8_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3731456, i64 4, i64 427827200, i64 0, i64 331610112, i64 4, i64 434118656, i64 4, i64 424681472]
@train_s128_v0__k261_grad_layer_8_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k261_grad_layer_8_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k262_grad_layer_8_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 427827200, i64 4, i64 3731456, i64 4, i64 434118656, i64 1, i64 331610112]
@train_s128_v0__k262_grad_layer_8_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k262_grad_layer_8_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k263_grad_layer_8_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 434118656, i64 1, i64 331613184]
@train_s128_v0__k263_grad_layer_8_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k263_grad_layer_8_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 424681472, i64 4, i64 427827200]
@train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 27]
@train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k265_grad_layer_8_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 427827200, i64 1, i64 331607040]
@train_s128_v0__k265_grad_layer_8_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k265_grad_layer_8_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k266_grad_layer_8_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k267_grad_layer_8_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k268_layer_8_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 421535744, i64 4, i64 430972928, i64 4, i64 3731456]
@train_s128_v0__k268_layer_8_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k268_layer_8_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k269_layer_8_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 412098560, i64 4, i64 415244288, i64 4, i64 418390016, i64 4, i64 3153920, i64 4, i64 3682304, i64 4, i64 430972928, i64 4, i64 3731456, i64 4, i64 427827200, i64 4, i64 421535744]
@train_s128_v0__k269_layer_8_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@train_s128_v0__k269_layer_8_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k269_layer_8_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k269_layer_8_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k270_layer_8_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 412098560, i64 4, i64 415244288, i64 4, i64 418390016, i64 4, i64 3153920, i64 4, i64 3682304, i64 4, i64 430972928, i64 4, i64 3731456, i64 4, i64 434118656]
@train_s128_v0__k270_layer_8_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@train_s128_v0__k270_layer_8_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k270_layer_8_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k270_layer_8_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k271_grad_layer_8_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 421535744, i64 1, i64 329244672]
@train_s128_v0__k271_grad_layer_8_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k271_grad_layer_8_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k272_grad_layer_8_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k273_grad_layer_8_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 427827200, i64 1, i64 326882304]
@train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k275_grad_layer_8_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k276_grad_layer_8_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 434118656, i64 1, i64 324519936]
@train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k278_grad_layer_8_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 418390016, i64 4, i64 415244288, i64 4, i64 412098560, i64 4, i64 424681472, i64 4, i64 421535744]
@train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k280_grad_layer_8_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k281_grad_layer_7_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3674112, i64 4, i64 408952832, i64 0, i64 322154496, i64 4, i64 421535744, i64 4, i64 405807104]
@train_s128_v0__k281_grad_layer_7_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k281_grad_layer_7_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k282_grad_layer_7_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 408952832, i64 4, i64 3674112, i64 4, i64 421535744, i64 1, i64 322154496]
@train_s128_v0__k282_grad_layer_7_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k282_grad_layer_7_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k283_grad_layer_7_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 421535744, i64 1, i64 322157568]
@train_s128_v0__k283_grad_layer_7_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k283_grad_layer_7_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k284_grad_layer_7_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 405807104, i64 4, i64 408952832]
@train_s128_v0__k284_grad_layer_7_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 25]
@train_s128_v0__k284_grad_layer_7_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k284_grad_layer_7_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k284_grad_layer_7_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k285_grad_layer_7_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 408952832, i64 1, i64 322151424]
@train_s128_v0__k285_grad_layer_7_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k285_grad_layer_7_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k286_grad_layer_7_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k287_grad_layer_7_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k288_grad_layer_7_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 380641280, i64 4, i64 412098560, i64 4, i64 393224192]
@train_s128_v0__k288_grad_layer_7_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k288_grad_layer_7_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 393224192, i64 1, i64 312701952]
@train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k290_grad_layer_7_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 380641280, i64 4, i64 405807104, i64 4, i64 383787008]
@train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k292_grad_layer_7_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k293_grad_layer_7_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3665920, i64 4, i64 377495552, i64 0, i64 303258624, i64 4, i64 383787008, i64 4, i64 374349824]
@train_s128_v0__k293_grad_layer_7_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k293_grad_layer_7_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k294_grad_layer_7_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 377495552, i64 4, i64 3665920, i64 4, i64 383787008, i64 1, i64 303258624]
@train_s128_v0__k294_grad_layer_7_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k294_grad_layer_7_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k295_grad_layer_7_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 383787008, i64 1, i64 303261696]
@train_s128_v0__k295_grad_layer_7_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k295_grad_layer_7_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 374349824, i64 4, i64 377495552]
@train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 24]
@train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k297_grad_layer_7_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 377495552, i64 1, i64 303255552]
@train_s128_v0__k297_grad_layer_7_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k297_grad_layer_7_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k298_grad_layer_7_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k299_grad_layer_7_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k300_layer_7_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 371204096, i64 4, i64 380641280, i64 4, i64 3665920]
@train_s128_v0__k300_layer_7_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k300_layer_7_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k301_layer_7_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 361766912, i64 4, i64 364912640, i64 4, i64 368058368, i64 4, i64 3153920, i64 4, i64 3616768, i64 4, i64 380641280, i64 4, i64 3665920, i64 4, i64 377495552, i64 4, i64 371204096]
@train_s128_v0__k301_layer_7_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@train_s128_v0__k301_layer_7_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k301_layer_7_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k301_layer_7_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k302_layer_7_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 361766912, i64 4, i64 364912640, i64 4, i64 368058368, i64 4, i64 3153920, i64 4, i64 3616768, i64 4, i64 380641280, i64 4, i64 3665920, i64 4, i64 383787008]
@train_s128_v0__k302_layer_7_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@train_s128_v0__k302_layer_7_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k302_layer_7_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k302_layer_7_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k303_grad_layer_7_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 371204096, i64 1, i64 300893184]
@train_s128_v0__k303_grad_layer_7_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k303_grad_layer_7_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k304_grad_layer_7_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k305_grad_layer_7_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 377495552, i64 1, i64 298530816]
@train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k307_grad_layer_7_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k308_grad_layer_7_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 383787008, i64 1, i64 296168448]
@train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k310_grad_layer_7_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 368058368, i64 4, i64 364912640, i64 4, i64 361766912, i64 4, i64 374349824, i64 4, i64 371204096]
@train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k312_grad_layer_7_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k313_grad_layer_6_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3608576, i64 4, i64 358621184, i64 0, i64 293803008, i64 4, i64 371204096, i64 4, i64 355475456]
@train_s128_v0__k313_grad_layer_6_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k313_grad_layer_6_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k314_grad_layer_6_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 358621184, i64 4, i64 3608576, i64 4, i64 371204096, i64 1, i64 293803008]
@train_s128_v0__k314_grad_layer_6_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k314_grad_layer_6_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k315_grad_layer_6_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 371204096, i64 1, i64 293806080]
@train_s128_v0__k315_grad_layer_6_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k315_grad_layer_6_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k316_grad_layer_6_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 355475456, i64 4, i64 358621184]
@train_s128_v0__k316_grad_layer_6_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 22]
@train_s128_v0__k316_grad_layer_6_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k316_grad_layer_6_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k316_grad_layer_6_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k317_grad_layer_6_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 358621184, i64 1, i64 293799936]
@train_s128_v0__k317_grad_layer_6_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k317_grad_layer_6_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k318_grad_layer_6_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k319_grad_layer_6_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k320_grad_layer_6_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 330309632, i64 4, i64 361766912, i64 4, i64 342892544]
@train_s128_v0__k320_grad_layer_6_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k320_grad_layer_6_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 342892544, i64 1, i64 284350464]
@train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k322_grad_layer_6_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 330309632, i64 4, i64 355475456, i64 4, i64 333455360]
@train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k324_grad_layer_6_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k325_grad_layer_6_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3600384, i64 4, i64 327163904, i64 0, i64 274907136, i64 4, i64 333455360, i64 4, i64 324018176]
@train_s128_v0__k325_grad_layer_6_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k325_grad_layer_6_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k326_grad_layer_6_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 327163904, i64 4, i64 3600384, i64 4, i64 333455360, i64 1, i64 274907136]
@train_s128_v0__k326_grad_layer_6_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k326_grad_layer_6_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k327_grad_layer_6_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 333455360, i64 1, i64 274910208]
@train_s128_v0__k327_grad_layer_6_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k327_grad_layer_6_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 324018176, i64 4, i64 327163904]
@train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 21]
@train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k329_grad_layer_6_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 327163904, i64 1, i64 274904064]
@train_s128_v0__k329_grad_layer_6_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k329_grad_layer_6_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k330_grad_layer_6_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k331_grad_layer_6_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k332_layer_6_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 320872448, i64 4, i64 330309632, i64 4, i64 3600384]
@train_s128_v0__k332_layer_6_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k332_layer_6_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k333_layer_6_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 311435264, i64 4, i64 314580992, i64 4, i64 317726720, i64 4, i64 3153920, i64 4, i64 3551232, i64 4, i64 330309632, i64 4, i64 3600384, i64 4, i64 327163904, i64 4, i64 320872448]
@train_s128_v0__k333_layer_6_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@train_s128_v0__k333_layer_6_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k333_layer_6_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k333_layer_6_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k334_layer_6_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 311435264, i64 4, i64 314580992, i64 4, i64 317726720, i64 4, i64 3153920, i64 4, i64 3551232, i64 4, i64 330309632, i64 4, i64 3600384, i64 4, i64 333455360]
@train_s128_v0__k334_layer_6_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@train_s128_v0__k334_layer_6_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k334_layer_6_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k334_layer_6_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k335_grad_layer_6_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 320872448, i64 1, i64 272541696]
@train_s128_v0__k335_grad_layer_6_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k335_grad_layer_6_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k336_grad_layer_6_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k337_grad_layer_6_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 327163904, i64 1, i64 270179328]
@train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k339_grad_layer_6_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k340_grad_layer_6_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 333455360, i64 1, i64 267816960]
@train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k342_grad_layer_6_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 317726720, i64 4, i64 314580992, i64 4, i64 311435264, i64 4, i64 324018176, i64 4, i64 320872448]
@train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k344_grad_layer_6_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k345_grad_layer_5_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3543040, i64 4, i64 308289536, i64 0, i64 265451520, i64 4, i64 320872448, i64 4, i64 305143808]
@train_s128_v0__k345_grad_layer_5_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k345_grad_layer_5_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k346_grad_layer_5_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 308289536, i64 4, i64 3543040, i64 4, i64 320872448, i64 1, i64 265451520]
@train_s128_v0__k346_grad_layer_5_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k346_grad_layer_5_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k347_grad_layer_5_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 320872448, i64 1, i64 265454592]
@train_s128_v0__k347_grad_layer_5_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k347_grad_layer_5_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k348_grad_layer_5_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 305143808, i64 4, i64 308289536]
@train_s128_v0__k348_grad_layer_5_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 19]
@train_s128_v0__k348_grad_layer_5_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k348_grad_layer_5_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k348_grad_layer_5_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k349_grad_layer_5_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 308289536, i64 1, i64 265448448]
@train_s128_v0__k349_grad_layer_5_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k349_grad_layer_5_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k350_grad_layer_5_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k351_grad_layer_5_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k352_grad_layer_5_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 279977984, i64 4, i64 311435264, i64 4, i64 292560896]
@train_s128_v0__k352_grad_layer_5_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k352_grad_layer_5_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 292560896, i64 1, i64 255998976]
@train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k354_grad_layer_5_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 279977984, i64 4, i64 305143808, i64 4, i64 283123712]
@train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k356_grad_layer_5_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k357_grad_layer_5_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3534848, i64 4, i64 276832256, i64 0, i64 246555648, i64 4, i64 283123712, i64 4, i64 273686528]
@train_s128_v0__k357_grad_layer_5_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k357_grad_layer_5_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k358_grad_layer_5_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 276832256, i64 4, i64 3534848, i64 4, i64 283123712, i64 1, i64 246555648]
@train_s128_v0__k358_grad_layer_5_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k358_grad_layer_5_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k359_grad_layer_5_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 283123712, i64 1, i64 246558720]
@train_s128_v0__k359_grad_layer_5_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k359_grad_layer_5_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 273686528, i64 4, i64 276832256]
@train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 18]
@train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k361_grad_layer_5_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 276832256, i64 1, i64 246552576]
@train_s128_v0__k361_grad_layer_5_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k361_grad_layer_5_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k362_grad_layer_5_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k363_grad_layer_5_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k364_layer_5_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 270540800, i64 4, i64 279977984, i64 4, i64 3534848]
@train_s128_v0__k364_layer_5_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k364_layer_5_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k365_layer_5_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 261103616, i64 4, i64 264249344, i64 4, i64 267395072, i64 4, i64 3153920, i64 4, i64 3485696, i64 4, i64 279977984, i64 4, i64 3534848, i64 4, i64 276832256, i64 4, i64 270540800]
@train_s128_v0__k365_layer_5_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@train_s128_v0__k365_layer_5_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k365_layer_5_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k365_layer_5_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k366_layer_5_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 261103616, i64 4, i64 264249344, i64 4, i64 267395072, i64 4, i64 3153920, i64 4, i64 3485696, i64 4, i64 279977984, i64 4, i64 3534848, i64 4, i64 283123712]
@train_s128_v0__k366_layer_5_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@train_s128_v0__k366_layer_5_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k366_layer_5_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k366_layer_5_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k367_grad_layer_5_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 270540800, i64 1, i64 244190208]
@train_s128_v0__k367_grad_layer_5_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k367_grad_layer_5_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k368_grad_layer_5_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k369_grad_layer_5_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 276832256, i64 1, i64 241827840]
@train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k371_grad_layer_5_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k372_grad_layer_5_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 283123712, i64 1, i64 239465472]
@train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k374_grad_layer_5_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 267395072, i64 4, i64 264249344, i64 4, i64 261103616, i64 4, i64 273686528, i64 4, i64 270540800]
@train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k376_grad_layer_5_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k377_grad_layer_4_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3477504, i64 4, i64 257957888, i64 0, i64 237100032, i64 4, i64 270540800, i64 4, i64 254812160]
@train_s128_v0__k377_grad_layer_4_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k377_grad_layer_4_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k378_grad_layer_4_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 257957888, i64 4, i64 3477504, i64 4, i64 270540800, i64 1, i64 237100032]
@train_s128_v0__k378_grad_layer_4_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k378_grad_layer_4_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k379_grad_layer_4_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 270540800, i64 1, i64 237103104]
@train_s128_v0__k379_grad_layer_4_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k379_grad_layer_4_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k380_grad_layer_4_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 254812160, i64 4, i64 257957888]
@train_s128_v0__k380_grad_layer_4_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 16]
@train_s128_v0__k380_grad_layer_4_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k380_grad_layer_4_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k380_grad_layer_4_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k381_grad_layer_4_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 257957888, i64 1, i64 237096960]
@train_s128_v0__k381_grad_layer_4_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k381_grad_layer_4_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k382_grad_layer_4_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k383_grad_layer_4_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k384_grad_layer_4_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 229646336, i64 4, i64 261103616, i64 4, i64 242229248]
@train_s128_v0__k384_grad_layer_4_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k384_grad_layer_4_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 242229248, i64 1, i64 227647488]
@train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k386_grad_layer_4_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 229646336, i64 4, i64 254812160, i64 4, i64 232792064]
@train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k388_grad_layer_4_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k389_grad_layer_4_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3469312, i64 4, i64 226500608, i64 0, i64 218204160, i64 4, i64 232792064, i64 4, i64 223354880]
@train_s128_v0__k389_grad_layer_4_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k389_grad_layer_4_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k390_grad_layer_4_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 226500608, i64 4, i64 3469312, i64 4, i64 232792064, i64 1, i64 218204160]
@train_s128_v0__k390_grad_layer_4_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k390_grad_layer_4_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k391_grad_layer_4_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 232792064, i64 1, i64 218207232]
@train_s128_v0__k391_grad_layer_4_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k391_grad_layer_4_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 223354880, i64 4, i64 226500608]
@train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 15]
@train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k393_grad_layer_4_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 226500608, i64 1, i64 218201088]
@train_s128_v0__k393_grad_layer_4_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k393_grad_layer_4_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k394_grad_layer_4_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k395_grad_layer_4_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k396_layer_4_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 220209152, i64 4, i64 229646336, i64 4, i64 3469312]
@train_s128_v0__k396_layer_4_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k396_layer_4_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k397_layer_4_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 210771968, i64 4, i64 213917696, i64 4, i64 217063424, i64 4, i64 3153920, i64 4, i64 3420160, i64 4, i64 229646336, i64 4, i64 3469312, i64 4, i64 226500608, i64 4, i64 220209152]
@train_s128_v0__k397_layer_4_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@train_s128_v0__k397_layer_4_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k397_layer_4_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k397_layer_4_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k398_layer_4_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 210771968, i64 4, i64 213917696, i64 4, i64 217063424, i64 4, i64 3153920, i64 4, i64 3420160, i64 4, i64 229646336, i64 4, i64 3469312, i64 4, i64 232792064]
@train_s128_v0__k398_layer_4_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@train_s128_v0__k398_layer_4_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k398_layer_4_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k398_layer_4_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k399_grad_layer_4_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 220209152, i64 1, i64 215838720]
@train_s128_v0__k399_grad_layer_4_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k399_grad_layer_4_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k400_grad_layer_4_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k401_grad_layer_4_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 226500608, i64 1, i64 213476352]
@train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k403_grad_layer_4_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k404_grad_layer_4_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 232792064, i64 1, i64 211113984]
@train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k406_grad_layer_4_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 217063424, i64 4, i64 213917696, i64 4, i64 210771968, i64 4, i64 223354880, i64 4, i64 220209152]
@train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k408_grad_layer_4_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k409_grad_layer_3_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3411968, i64 4, i64 207626240, i64 0, i64 208748544, i64 4, i64 220209152, i64 4, i64 204480512]
@train_s128_v0__k409_grad_layer_3_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k409_grad_layer_3_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k410_grad_layer_3_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 207626240, i64 4, i64 3411968, i64 4, i64 220209152, i64 1, i64 208748544]
@train_s128_v0__k410_grad_layer_3_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k410_grad_layer_3_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k411_grad_layer_3_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 220209152, i64 1, i64 208751616]
@train_s128_v0__k411_grad_layer_3_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k411_grad_layer_3_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k412_grad_layer_3_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 204480512, i64 4, i64 207626240]
@train_s128_v0__k412_grad_layer_3_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 13]
@train_s128_v0__k412_grad_layer_3_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k412_grad_layer_3_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k412_grad_layer_3_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k413_grad_layer_3_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 207626240, i64 1, i64 208745472]
@train_s128_v0__k413_grad_layer_3_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k413_grad_layer_3_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k414_grad_layer_3_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k415_grad_layer_3_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k416_grad_layer_3_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 179314688, i64 4, i64 210771968, i64 4, i64 191897600]
@train_s128_v0__k416_grad_layer_3_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k416_grad_layer_3_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 191897600, i64 1, i64 199296000]
@train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k418_grad_layer_3_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 179314688, i64 4, i64 204480512, i64 4, i64 182460416]
@train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k420_grad_layer_3_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k421_grad_layer_3_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3403776, i64 4, i64 176168960, i64 0, i64 189852672, i64 4, i64 182460416, i64 4, i64 173023232]
@train_s128_v0__k421_grad_layer_3_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k421_grad_layer_3_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k422_grad_layer_3_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 176168960, i64 4, i64 3403776, i64 4, i64 182460416, i64 1, i64 189852672]
@train_s128_v0__k422_grad_layer_3_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k422_grad_layer_3_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k423_grad_layer_3_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 182460416, i64 1, i64 189855744]
@train_s128_v0__k423_grad_layer_3_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k423_grad_layer_3_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 173023232, i64 4, i64 176168960]
@train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 12]
@train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k425_grad_layer_3_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 176168960, i64 1, i64 189849600]
@train_s128_v0__k425_grad_layer_3_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k425_grad_layer_3_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k426_grad_layer_3_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k427_grad_layer_3_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k428_layer_3_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 169877504, i64 4, i64 179314688, i64 4, i64 3403776]
@train_s128_v0__k428_layer_3_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k428_layer_3_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k429_layer_3_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 160440320, i64 4, i64 163586048, i64 4, i64 166731776, i64 4, i64 3153920, i64 4, i64 3354624, i64 4, i64 179314688, i64 4, i64 3403776, i64 4, i64 176168960, i64 4, i64 169877504]
@train_s128_v0__k429_layer_3_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@train_s128_v0__k429_layer_3_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k429_layer_3_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k429_layer_3_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k430_layer_3_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 160440320, i64 4, i64 163586048, i64 4, i64 166731776, i64 4, i64 3153920, i64 4, i64 3354624, i64 4, i64 179314688, i64 4, i64 3403776, i64 4, i64 182460416]
@train_s128_v0__k430_layer_3_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@train_s128_v0__k430_layer_3_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k430_layer_3_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k430_layer_3_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k431_grad_layer_3_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 169877504, i64 1, i64 187487232]
@train_s128_v0__k431_grad_layer_3_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k431_grad_layer_3_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k432_grad_layer_3_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k433_grad_layer_3_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 176168960, i64 1, i64 185124864]
@train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k435_grad_layer_3_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k436_grad_layer_3_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 182460416, i64 1, i64 182762496]
@train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k438_grad_layer_3_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 166731776, i64 4, i64 163586048, i64 4, i64 160440320, i64 4, i64 173023232, i64 4, i64 169877504]
@train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k440_grad_layer_3_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k441_grad_layer_2_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3346432, i64 4, i64 157294592, i64 0, i64 180397056, i64 4, i64 169877504, i64 4, i64 154148864]
@train_s128_v0__k441_grad_layer_2_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k441_grad_layer_2_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k442_grad_layer_2_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 157294592, i64 4, i64 3346432, i64 4, i64 169877504, i64 1, i64 180397056]
@train_s128_v0__k442_grad_layer_2_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k442_grad_layer_2_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k443_grad_layer_2_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 169877504, i64 1, i64 180400128]
@train_s128_v0__k443_grad_layer_2_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k443_grad_layer_2_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k444_grad_layer_2_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 154148864, i64 4, i64 157294592]
@train_s128_v0__k444_grad_layer_2_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 10]
@train_s128_v0__k444_grad_layer_2_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k444_grad_layer_2_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k444_grad_layer_2_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k445_grad_layer_2_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 157294592, i64 1, i64 180393984]
@train_s128_v0__k445_grad_layer_2_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k445_grad_layer_2_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k446_grad_layer_2_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k447_grad_layer_2_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k448_grad_layer_2_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128983040, i64 4, i64 160440320, i64 4, i64 141565952]
@train_s128_v0__k448_grad_layer_2_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k448_grad_layer_2_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 141565952, i64 1, i64 170944512]
@train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k450_grad_layer_2_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128983040, i64 4, i64 154148864, i64 4, i64 132128768]
@train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k452_grad_layer_2_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k453_grad_layer_2_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3338240, i64 4, i64 125837312, i64 0, i64 161501184, i64 4, i64 132128768, i64 4, i64 122691584]
@train_s128_v0__k453_grad_layer_2_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k453_grad_layer_2_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k454_grad_layer_2_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 125837312, i64 4, i64 3338240, i64 4, i64 132128768, i64 1, i64 161501184]
@train_s128_v0__k454_grad_layer_2_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k454_grad_layer_2_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k455_grad_layer_2_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 132128768, i64 1, i64 161504256]
@train_s128_v0__k455_grad_layer_2_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k455_grad_layer_2_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 122691584, i64 4, i64 125837312]
@train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 9]
@train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k457_grad_layer_2_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 125837312, i64 1, i64 161498112]
@train_s128_v0__k457_grad_layer_2_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k457_grad_layer_2_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k458_grad_layer_2_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k459_grad_layer_2_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k460_layer_2_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 119545856, i64 4, i64 128983040, i64 4, i64 3338240]
@train_s128_v0__k460_layer_2_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k460_layer_2_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k461_layer_2_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 110108672, i64 4, i64 113254400, i64 4, i64 116400128, i64 4, i64 3153920, i64 4, i64 3289088, i64 4, i64 128983040, i64 4, i64 3338240, i64 4, i64 125837312, i64 4, i64 119545856]
@train_s128_v0__k461_layer_2_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s128_v0__k461_layer_2_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k461_layer_2_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k461_layer_2_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k462_layer_2_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 110108672, i64 4, i64 113254400, i64 4, i64 116400128, i64 4, i64 3153920, i64 4, i64 3289088, i64 4, i64 128983040, i64 4, i64 3338240, i64 4, i64 132128768]
@train_s128_v0__k462_layer_2_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s128_v0__k462_layer_2_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k462_layer_2_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k462_layer_2_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k463_grad_layer_2_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 119545856, i64 1, i64 159135744]
@train_s128_v0__k463_grad_layer_2_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k463_grad_layer_2_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k464_grad_layer_2_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k465_grad_layer_2_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 125837312, i64 1, i64 156773376]
@train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k467_grad_layer_2_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k468_grad_layer_2_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 132128768, i64 1, i64 154411008]
@train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k470_grad_layer_2_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 116400128, i64 4, i64 113254400, i64 4, i64 110108672, i64 4, i64 122691584, i64 4, i64 119545856]
@train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k472_grad_layer_2_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k473_grad_layer_1_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3280896, i64 4, i64 106962944, i64 0, i64 152045568, i64 4, i64 119545856, i64 4, i64 103817216]
@train_s128_v0__k473_grad_layer_1_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k473_grad_layer_1_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k474_grad_layer_1_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 106962944, i64 4, i64 3280896, i64 4, i64 119545856, i64 1, i64 152045568]
@train_s128_v0__k474_grad_layer_1_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k474_grad_layer_1_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k475_grad_layer_1_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 119545856, i64 1, i64 152048640]
@train_s128_v0__k475_grad_layer_1_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k475_grad_layer_1_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k476_grad_layer_1_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 103817216, i64 4, i64 106962944]
@train_s128_v0__k476_grad_layer_1_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v0__k476_grad_layer_1_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k476_grad_layer_1_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k476_grad_layer_1_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k477_grad_layer_1_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 106962944, i64 1, i64 152042496]
@train_s128_v0__k477_grad_layer_1_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k477_grad_layer_1_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k478_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k479_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k480_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 78651392, i64 4, i64 110108672, i64 4, i64 91234304]
@train_s128_v0__k480_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k480_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 91234304, i64 1, i64 142593024]
@train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k482_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 78651392, i64 4, i64 103817216, i64 4, i64 81797120]
@train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k484_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k485_grad_layer_1_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3272704, i64 4, i64 75505664, i64 0, i64 133149696, i64 4, i64 81797120, i64 4, i64 72359936]
@train_s128_v0__k485_grad_layer_1_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k485_grad_layer_1_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k486_grad_layer_1_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 75505664, i64 4, i64 3272704, i64 4, i64 81797120, i64 1, i64 133149696]
@train_s128_v0__k486_grad_layer_1_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k486_grad_layer_1_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k487_grad_layer_1_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 81797120, i64 1, i64 133152768]
@train_s128_v0__k487_grad_layer_1_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k487_grad_layer_1_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 72359936, i64 4, i64 75505664]
@train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k489_grad_layer_1_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 75505664, i64 1, i64 133146624]
@train_s128_v0__k489_grad_layer_1_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k489_grad_layer_1_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k490_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k491_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k492_layer_1_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 69214208, i64 4, i64 78651392, i64 4, i64 3272704]
@train_s128_v0__k492_layer_1_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k492_layer_1_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k493_layer_1_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 59777024, i64 4, i64 62922752, i64 4, i64 66068480, i64 4, i64 3153920, i64 4, i64 3223552, i64 4, i64 78651392, i64 4, i64 3272704, i64 4, i64 75505664, i64 4, i64 69214208]
@train_s128_v0__k493_layer_1_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k493_layer_1_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k493_layer_1_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k493_layer_1_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k494_layer_1_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 59777024, i64 4, i64 62922752, i64 4, i64 66068480, i64 4, i64 3153920, i64 4, i64 3223552, i64 4, i64 78651392, i64 4, i64 3272704, i64 4, i64 81797120]
@train_s128_v0__k494_layer_1_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k494_layer_1_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k494_layer_1_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k494_layer_1_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k495_grad_layer_1_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 69214208, i64 1, i64 130784256]
@train_s128_v0__k495_grad_layer_1_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k495_grad_layer_1_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k496_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k497_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 75505664, i64 1, i64 128421888]
@train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k499_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k500_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 81797120, i64 1, i64 126059520]
@train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k502_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 66068480, i64 4, i64 62922752, i64 4, i64 59777024, i64 4, i64 72359936, i64 4, i64 69214208]
@train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k504_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k505_grad_layer_0_ffn_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3215360, i64 4, i64 56631296, i64 0, i64 123694080, i64 4, i64 69214208, i64 4, i64 53485568]
@train_s128_v0__k505_grad_layer_0_ffn_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k505_grad_layer_0_ffn_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k506_grad_layer_0_ffn_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 56631296, i64 4, i64 3215360, i64 4, i64 69214208, i64 1, i64 123694080]
@train_s128_v0__k506_grad_layer_0_ffn_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k506_grad_layer_0_ffn_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k507_grad_layer_0_ffn_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 69214208, i64 1, i64 123697152]
@train_s128_v0__k507_grad_layer_0_ffn_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k507_grad_layer_0_ffn_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k508_grad_layer_0_ffn_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 53485568, i64 4, i64 56631296]
@train_s128_v0__k508_grad_layer_0_ffn_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v0__k508_grad_layer_0_ffn_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k508_grad_layer_0_ffn_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k508_grad_layer_0_ffn_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k509_grad_layer_0_ffn_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 56631296, i64 1, i64 123691008]
@train_s128_v0__k509_grad_layer_0_ffn_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k509_grad_layer_0_ffn_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k510_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k511_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k512_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 28319744, i64 4, i64 59777024, i64 4, i64 40902656]
@train_s128_v0__k512_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k512_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 40902656, i64 1, i64 114241536]
@train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k514_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 28319744, i64 4, i64 53485568, i64 4, i64 31465472]
@train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k516_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k517_grad_layer_0_attention_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3207168, i64 4, i64 25174016, i64 0, i64 104798208, i64 4, i64 31465472, i64 4, i64 22028288]
@train_s128_v0__k517_grad_layer_0_attention_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k517_grad_layer_0_attention_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k518_grad_layer_0_attention_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 25174016, i64 4, i64 3207168, i64 4, i64 31465472, i64 1, i64 104798208]
@train_s128_v0__k518_grad_layer_0_attention_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k518_grad_layer_0_attention_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k519_grad_layer_0_attention_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 31465472, i64 1, i64 104801280]
@train_s128_v0__k519_grad_layer_0_attention_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k519_grad_layer_0_attention_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 22028288, i64 4, i64 25174016]
@train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k521_grad_layer_0_attention_output_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25174016, i64 1, i64 104795136]
@train_s128_v0__k521_grad_layer_0_attention_output_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k521_grad_layer_0_attention_output_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k522_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k523_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k524_layer_0_attention_context.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 18882560, i64 4, i64 28319744, i64 4, i64 3207168]
@train_s128_v0__k524_layer_0_attention_context.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 26, i64 12288, i64 64, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k524_layer_0_attention_context.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k525_layer_0_attention_context_grad_kv.launch.bases = private unnamed_addr constant [18 x i64] [i64 4, i64 9445376, i64 4, i64 12591104, i64 4, i64 15736832, i64 4, i64 3153920, i64 4, i64 3158016, i64 4, i64 28319744, i64 4, i64 3207168, i64 4, i64 25174016, i64 4, i64 18882560]
@train_s128_v0__k525_layer_0_attention_context_grad_kv.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k525_layer_0_attention_context_grad_kv.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 27, i64 384, i64 128, i64 9, i64* getelementptr inbounds ([18 x i64], [18 x i64]* @train_s128_v0__k525_layer_0_attention_context_grad_kv.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k525_layer_0_attention_context_grad_kv.launch.sites, i32 0, i32 0) }
@train_s128_v0__k526_layer_0_attention_context_grad_q.launch.bases = private unnamed_addr constant [16 x i64] [i64 4, i64 9445376, i64 4, i64 12591104, i64 4, i64 15736832, i64 4, i64 3153920, i64 4, i64 3158016, i64 4, i64 28319744, i64 4, i64 3207168, i64 4, i64 31465472]
@train_s128_v0__k526_layer_0_attention_context_grad_q.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k526_layer_0_attention_context_grad_q.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 28, i64 384, i64 128, i64 8, i64* getelementptr inbounds ([16 x i64], [16 x i64]* @train_s128_v0__k526_layer_0_attention_context_grad_q.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k526_layer_0_attention_context_grad_q.launch.sites, i32 0, i32 0) }
@train_s128_v0__k527_grad_layer_0_attention_value_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 18882560, i64 1, i64 102432768]
@train_s128_v0__k527_grad_layer_0_attention_value_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k527_grad_layer_0_attention_value_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k528_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k529_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25174016, i64 1, i64 100070400]
@train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k531_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k532_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 31465472, i64 1, i64 97708032]
@train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k534_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k535_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, i64 0, i64 0, i64 0, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k536_grad_embeddings_dropout.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 12591104, i64 4, i64 9445376, i64 4, i64 3153920, i64 4, i64 22028288, i64 4, i64 6299648]
@train_s128_v0__k536_grad_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@train_s128_v0__k536_grad_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 30, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k536_grad_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k536_grad_embeddings_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k537_grad_embeddings_layernorm_x.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 3145728, i64 4, i64 0, i64 0, i64 95342592, i64 4, i64 6299648, i64 4, i64 3153920]
@train_s128_v0__k537_grad_embeddings_layernorm_x.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 20, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k537_grad_embeddings_layernorm_x.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k538_grad_embeddings_layernorm_gamma.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 4, i64 3145728, i64 4, i64 6299648, i64 1, i64 95342592]
@train_s128_v0__k538_grad_embeddings_layernorm_gamma.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 21, i64 24, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @train_s128_v0__k538_grad_embeddings_layernorm_gamma.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k539_grad_embeddings_layernorm_beta.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 6299648, i64 1, i64 95345664]
@train_s128_v0__k539_grad_embeddings_layernorm_beta.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k539_grad_embeddings_layernorm_beta.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k540_grad_embeddings_sum_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3153920, i64 4, i64 0]
@train_s128_v0__k540_grad_embeddings_sum_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 31, i64 3072, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k540_grad_embeddings_sum_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k541_grad_embeddings_position.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 1, i64 93763584]
@train_s128_v0__k541_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 32, i64 128, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k541_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k542_grad_embeddings_position.launch.bases = private unnamed_addr constant [2 x i64] [i64 1, i64 93763584]
@train_s128_v0__k542_grad_embeddings_position.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 33, i64 384, i64 256, i64 1, i64* getelementptr inbounds ([2 x i64], [2 x i64]* @train_s128_v0__k542_grad_embeddings_position.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k543_grad_embeddings_token_type.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 95336448, i64 4, i64 3153920, i64 5, i64 4096]
@train_s128_v0__k543_grad_embeddings_token_type.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 34, i64 1, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k543_grad_embeddings_token_type.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k544_grad_embeddings_word.launch.bases = private unnamed_addr constant [6 x i64] [i64 1, i64 0, i64 4, i64 3153920, i64 5, i64 0]
@train_s128_v0__k544_grad_embeddings_word.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 35, i64 477, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k544_grad_embeddings_word.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k000_grad_norm_partial.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 0, i64 4, i64 0]
@optimizer_v0__k000_grad_norm_partial.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 36, i64 2048, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k000_grad_norm_partial.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k001_grad_norm_tail.launch.bases = private unnamed_addr constant [4 x i64] [i64 1, i64 437780480, i64 4, i64 0]
@optimizer_v0__k001_grad_norm_tail.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 37, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k001_grad_norm_tail.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k002_clip_coefficient.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 0, i64 4, i64 262208]
@optimizer_v0__k002_clip_coefficient.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 38, i64 1, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @optimizer_v0__k002_clip_coefficient.launch.bases, i32 0, i32 0), i64 0, i64* null }
@optimizer_v0__k003_adamw.launch.bases = private unnamed_addr constant [10 x i64] [i64 1, i64 0, i64 4, i64 262208, i64 2, i64 0, i64 3, i64 0, i64 0, i64 0]
@optimizer_v0__k003_adamw.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 39, i64 427672, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @optimizer_v0__k003_adamw.launch.bases, i32 0, i32 0), i64 0, i64* null }
@.str = private unnamed_addr constant [11 x i8] c"bench_base\00"
@.str.1 = private unnamed_addr constant [11 x i8] c"bench_base\00"
@.str.2 = private unnamed_addr constant [5 x i8] c"cuda\00"
@.str.3 = private unnamed_addr constant [5 x i8] c"fp32\00"
@.str.4 = private unnamed_addr constant [5 x i8] c"gelu\00"
@.str.5 = private unnamed_addr constant [24 x i8] c"sequence_classification\00"
@.str.6 = private unnamed_addr constant [30 x i8] c"BertForSequenceClassification\00"
@.str.7 = private unnamed_addr constant [7 x i8] c"\EB\B6\80\EC\A0\95\00"
@.str.8 = private unnamed_addr constant [7 x i8] c"\EA\B8\8D\EC\A0\95\00"
@labels = private unnamed_addr constant [2 x i8*] [i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.7, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.8, i32 0, i32 0)]
@.str.9 = private unnamed_addr constant [39 x i8] c"bert.embeddings.word_embeddings.weight\00"
@.str.10 = private unnamed_addr constant [43 x i8] c"bert.embeddings.position_embeddings.weight\00"
@.str.11 = private unnamed_addr constant [45 x i8] c"bert.embeddings.token_type_embeddings.weight\00"
@.str.12 = private unnamed_addr constant [33 x i8] c"bert.embeddings.LayerNorm.weight\00"
@.str.13 = private unnamed_addr constant [31 x i8] c"bert.embeddings.LayerNorm.bias\00"
@.str.14 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.query.weight\00"
@.str.15 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.query.bias\00"
@.str.16 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.key.weight\00"
@.str.17 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.attention.self.key.bias\00"
@.str.18 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.value.weight\00"
@.str.19 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.value.bias\00"
@.str.20 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.0.attention.output.dense.weight\00"
@.str.21 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.output.dense.bias\00"
@.str.22 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.weight\00"
@.str.23 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.bias\00"
@.str.24 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.intermediate.dense.weight\00"
@.str.25 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.intermediate.dense.bias\00"
@.str.26 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.0.output.dense.weight\00"
@.str.27 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.0.output.dense.bias\00"
@.str.28 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.output.LayerNorm.weight\00"
@.str.29 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.0.output.LayerNorm.bias\00"
@.str.30 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.query.weight\00"
@.str.31 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.query.bias\00"
@.str.32 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.key.weight\00"
@.str.33 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.attention.self.key.bias\00"
@.str.34 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.value.weight\00"
@.str.35 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.value.bias\00"
@.str.36 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.1.attention.output.dense.weight\00"
@.str.37 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.output.dense.bias\00"
@.str.38 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.weight\00"
@.str.39 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.bias\00"
@.str.40 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.intermediate.dense.weight\00"
@.str.41 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.intermediate.dense.bias\00"
@.str.42 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.1.output.dense.weight\00"
@.str.43 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.1.output.dense.bias\00"
@.str.44 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.output.LayerNorm.weight\00"
@.str.45 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.1.output.LayerNorm.bias\00"
@.str.46 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.self.query.weight\00"
@.str.47 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.query.bias\00"
@.str.48 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.key.weight\00"
@.str.49 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.attention.self.key.bias\00"
@.str.50 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.self.value.weight\00"
@.str.51 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.value.bias\00"
@.str.52 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.2.attention.output.dense.weight\00"
@.str.53 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.output.dense.bias\00"
@.str.54 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.2.attention.output.LayerNorm.weight\00"
@.str.55 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.2.attention.output.LayerNorm.bias\00"
@.str.56 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.intermediate.dense.weight\00"
@.str.57 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.intermediate.dense.bias\00"
@.str.58 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.2.output.dense.weight\00"
@.str.59 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.2.output.dense.bias\00"
@.str.60 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.output.LayerNorm.weight\00"
@.str.61 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.2.output.LayerNorm.bias\00"
@.str.62 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.self.query.weight\00"
@.str.63 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.query.bias\00"
@.str.64 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.key.weight\00"
@.str.65 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.attention.self.key.bias\00"
@.str.66 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.self.value.weight\00"
@.str.67 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.value.bias\00"
@.str.68 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.3.attention.output.dense.weight\00"
@.str.69 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.output.dense.bias\00"
@.str.70 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.3.attention.output.LayerNorm.weight\00"
@.str.71 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.3.attention.output.LayerNorm.bias\00"
@.str.72 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.intermediate.dense.weight\00"
@.str.73 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.intermediate.dense.bias\00"
@.str.74 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.3.output.dense.weight\00"
@.str.75 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.3.output.dense.bias\00"
@.str.76 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.output.LayerNorm.weight\00"
@.str.77 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.3.output.LayerNorm.bias\00"
@.str.78 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.self.query.weight\00"
@.str.79 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.query.bias\00"
@.str.80 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.key.weight\00"
@.str.81 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.attention.self.key.bias\00"
@.str.82 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.self.value.weight\00"
@.str.83 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.value.bias\00"
@.str.84 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.4.attention.output.dense.weight\00"
@.str.85 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.output.dense.bias\00"
@.str.86 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.4.attention.output.LayerNorm.weight\00"
@.str.87 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.4.attention.output.LayerNorm.bias\00"
@.str.88 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.intermediate.dense.weight\00"
@.str.89 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.intermediate.dense.bias\00"
@.str.90 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.4.output.dense.weight\00"
@.str.91 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.4.output.dense.bias\00"
@.str.92 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.output.LayerNorm.weight\00"
@.str.93 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.4.output.LayerNorm.bias\00"
@.str.94 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.self.query.weight\00"
@.str.95 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.query.bias\00"
@.str.96 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.key.weight\00"
@.str.97 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.attention.self.key.bias\00"
@.str.98 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.self.value.weight\00"
@.str.99 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.value.bias\00"
@.str.100 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.5.attention.output.dense.weight\00"
@.str.101 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.output.dense.bias\00"
@.str.102 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.5.attention.output.LayerNorm.weight\00"
@.str.103 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.5.attention.output.LayerNorm.bias\00"
@.str.104 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.intermediate.dense.weight\00"
@.str.105 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.intermediate.dense.bias\00"
@.str.106 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.5.output.dense.weight\00"
@.str.107 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.5.output.dense.bias\00"
@.str.108 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.output.LayerNorm.weight\00"
@.str.109 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.5.output.LayerNorm.bias\00"
@.str.110 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.self.query.weight\00"
@.str.111 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.query.bias\00"
@.str.112 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.key.weight\00"
@.str.113 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.attention.self.key.bias\00"
@.str.114 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.self.value.weight\00"
@.str.115 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.value.bias\00"
@.str.116 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.6.attention.output.dense.weight\00"
@.str.117 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.output.dense.bias\00"
@.str.118 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.6.attention.output.LayerNorm.weight\00"
@.str.119 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.6.attention.output.LayerNorm.bias\00"
@.str.120 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.intermediate.dense.weight\00"
@.str.121 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.intermediate.dense.bias\00"
@.str.122 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.6.output.dense.weight\00"
@.str.123 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.6.output.dense.bias\00"
@.str.124 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.output.LayerNorm.weight\00"
@.str.125 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.6.output.LayerNorm.bias\00"
@.str.126 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.self.query.weight\00"
@.str.127 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.query.bias\00"
@.str.128 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.key.weight\00"
@.str.129 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.attention.self.key.bias\00"
@.str.130 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.self.value.weight\00"
@.str.131 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.value.bias\00"
@.str.132 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.7.attention.output.dense.weight\00"
@.str.133 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.output.dense.bias\00"
@.str.134 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.7.attention.output.LayerNorm.weight\00"
@.str.135 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.7.attention.output.LayerNorm.bias\00"
@.str.136 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.intermediate.dense.weight\00"
@.str.137 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.intermediate.dense.bias\00"
@.str.138 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.7.output.dense.weight\00"
@.str.139 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.7.output.dense.bias\00"
@.str.140 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.output.LayerNorm.weight\00"
@.str.141 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.7.output.LayerNorm.bias\00"
@.str.142 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.self.query.weight\00"
@.str.143 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.query.bias\00"
@.str.144 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.key.weight\00"
@.str.145 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.attention.self.key.bias\00"
@.str.146 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.self.value.weight\00"
@.str.147 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.value.bias\00"
@.str.148 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.8.attention.output.dense.weight\00"
@.str.149 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.output.dense.bias\00"
@.str.150 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.8.attention.output.LayerNorm.weight\00"
@.str.151 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.8.attention.output.LayerNorm.bias\00"
@.str.152 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.intermediate.dense.weight\00"
@.str.153 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.intermediate.dense.bias\00"
@.str.154 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.8.output.dense.weight\00"
@.str.155 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.8.output.dense.bias\00"
@.str.156 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.output.LayerNorm.weight\00"
@.str.157 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.8.output.LayerNorm.bias\00"
@.str.158 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.self.query.weight\00"
@.str.159 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.query.bias\00"
@.str.160 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.key.weight\00"
@.str.161 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.attention.self.key.bias\00"
@.str.162 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.self.value.weight\00"
@.str.163 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.value.bias\00"
@.str.164 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.9.attention.output.dense.weight\00"
@.str.165 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.output.dense.bias\00"
@.str.166 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.9.attention.output.LayerNorm.weight\00"
@.str.167 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.9.attention.output.LayerNorm.bias\00"
@.str.168 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.intermediate.dense.weight\00"
@.str.169 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.intermediate.dense.bias\00"
@.str.170 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.9.output.dense.weight\00"
@.str.171 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.9.output.dense.bias\00"
@.str.172 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.output.LayerNorm.weight\00"
@.str.173 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.9.output.LayerNorm.bias\00"
@.str.174 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.self.query.weight\00"
@.str.175 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.query.bias\00"
@.str.176 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.key.weight\00"
@.str.177 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.attention.self.key.bias\00"
@.str.178 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.self.value.weight\00"
@.str.179 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.value.bias\00"
@.str.180 = private unnamed_addr constant [52 x i8] c"bert.encoder.layer.10.attention.output.dense.weight\00"
@.str.181 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.output.dense.bias\00"
@.str.182 = private unnamed_addr constant [56 x i8] c"bert.encoder.layer.10.attention.output.LayerNorm.weight\00"
@.str.183 = private unnamed_addr constant [54 x i8] c"bert.encoder.layer.10.attention.output.LayerNorm.bias\00"
@.str.184 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.intermediate.dense.weight\00"
@.str.185 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.intermediate.dense.bias\00"
@.str.186 = private unnamed_addr constant [42 x i8] c"bert.encoder.layer.10.output.dense.weight\00"
@.str.187 = private unnamed_addr constant [40 x i8] c"bert.encoder.layer.10.output.dense.bias\00"
@.str.188 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.output.LayerNorm.weight\00"
@.str.189 = private unnamed_addr constant [44 x i8] c"bert.encoder.layer.10.output.LayerNorm.bias\00"
@.str.190 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.self.query.weight\00"
@.str.191 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.query.bias\00"
@.str.192 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.key.weight\00"
@.str.193 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.attention.self.key.bias\00"
@.str.194 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.self.value.weight\00"
@.str.195 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.value.bias\00"
@.str.196 = private unnamed_addr constant [52 x i8] c"bert.encoder.layer.11.attention.output.dense.weight\00"
@.str.197 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.output.dense.bias\00"
@.str.198 = private unnamed_addr constant [56 x i8] c"bert.encoder.layer.11.attention.output.LayerNorm.weight\00"
@.str.199 = private unnamed_addr constant [54 x i8] c"bert.encoder.layer.11.attention.output.LayerNorm.bias\00"
@.str.200 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.intermediate.dense.weight\00"
@.str.201 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.intermediate.dense.bias\00"
@.str.202 = private unnamed_addr constant [42 x i8] c"bert.encoder.layer.11.output.dense.weight\00"
@.str.203 = private unnamed_addr constant [40 x i8] c"bert.encoder.layer.11.output.dense.bias\00"
@.str.204 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.output.LayerNorm.weight\00"
@.str.205 = private unnamed_addr constant [44 x i8] c"bert.encoder.layer.11.output.LayerNorm.bias\00"
@.str.206 = private unnamed_addr constant [25 x i8] c"bert.pooler.dense.weight\00"
@.str.207 = private unnamed_addr constant [23 x i8] c"bert.pooler.dense.bias\00"
@.str.208 = private unnamed_addr constant [18 x i8] c"classifier.weight\00"
@.str.209 = private unnamed_addr constant [16 x i8] c"classifier.bias\00"
@params = private unnamed_addr constant [201 x %bertrt_param] [%bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.9, i32 0, i32 0), i64 2, [4 x i64] [i64 30522, i64 768, i64 0, i64 0], i64 23440896, i64 0, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.10, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 768, i64 0, i64 0], i64 393216, i64 23440896, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.11, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 768, i64 0, i64 0], i64 1536, i64 23834112, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([33 x i8], [33 x i8]* @.str.12, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 23835648, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([31 x i8], [31 x i8]* @.str.13, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 23836416, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.14, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 23837184, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.15, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 24427008, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.16, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 24427776, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.17, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 25017600, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.18, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 25018368, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.19, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 25608192, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.20, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 25608960, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.21, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26198784, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.22, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26199552, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.23, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26200320, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.24, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 26201088, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.25, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 28560384, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.26, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 28563456, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.27, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30922752, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.28, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30923520, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.29, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30924288, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.30, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 30925056, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.31, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 31514880, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.32, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 31515648, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.33, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 32105472, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.34, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 32106240, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.35, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 32696064, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.36, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 32696832, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.37, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33286656, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.38, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33287424, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.39, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33288192, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.40, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 33288960, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.41, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 35648256, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.42, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 35651328, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.43, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38010624, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.44, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38011392, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.45, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38012160, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.46, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 38012928, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.47, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38602752, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.48, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 38603520, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.49, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 39193344, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.50, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 39194112, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.51, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 39783936, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.52, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 39784704, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.53, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40374528, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.54, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40375296, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.55, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40376064, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.56, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 40376832, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.57, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 42736128, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.58, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 42739200, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.59, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45098496, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.60, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45099264, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.61, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45100032, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.62, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 45100800, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.63, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45690624, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.64, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 45691392, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.65, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 46281216, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.66, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 46281984, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.67, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 46871808, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.68, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 46872576, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.69, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47462400, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.70, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47463168, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.71, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47463936, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.72, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 47464704, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.73, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 49824000, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.74, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 49827072, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.75, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52186368, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.76, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52187136, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.77, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52187904, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.78, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 52188672, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.79, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52778496, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.80, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 52779264, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.81, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 53369088, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.82, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 53369856, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.83, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 53959680, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.84, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 53960448, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.85, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54550272, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.86, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54551040, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.87, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54551808, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.88, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 54552576, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.89, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 56911872, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.90, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 56914944, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.91, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59274240, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.92, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59275008, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.93, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59275776, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.94, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 59276544, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.95, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59866368, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.96, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 59867136, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.97, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 60456960, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.98, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 60457728, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.99, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61047552, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.100, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 61048320, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.101, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61638144, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.102, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61638912, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.103, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61639680, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.104, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 61640448, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.105, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 63999744, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.106, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 64002816, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.107, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66362112, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.108, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66362880, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.109, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66363648, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.110, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 66364416, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.111, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66954240, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.112, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 66955008, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.113, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 67544832, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.114, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 67545600, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.115, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68135424, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.116, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 68136192, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.117, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68726016, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.118, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68726784, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.119, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68727552, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.120, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 68728320, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.121, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 71087616, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.122, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 71090688, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.123, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73449984, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.124, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73450752, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.125, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73451520, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.126, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 73452288, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.127, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 74042112, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.128, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 74042880, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.129, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 74632704, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.130, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 74633472, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.131, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75223296, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.132, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 75224064, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.133, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75813888, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.134, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75814656, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.135, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75815424, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.136, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 75816192, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.137, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 78175488, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.138, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 78178560, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.139, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80537856, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.140, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80538624, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.141, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80539392, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.142, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 80540160, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.143, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 81129984, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.144, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 81130752, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.145, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 81720576, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.146, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 81721344, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.147, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82311168, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.148, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 82311936, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.149, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82901760, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.150, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82902528, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.151, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82903296, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.152, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 82904064, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.153, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 85263360, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.154, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 85266432, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.155, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87625728, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.156, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87626496, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.157, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87627264, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.158, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 87628032, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.159, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 88217856, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.160, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 88218624, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.161, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 88808448, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.162, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 88809216, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.163, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89399040, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.164, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 89399808, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.165, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89989632, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.166, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89990400, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.167, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89991168, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.168, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 89991936, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.169, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 92351232, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.170, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 92354304, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.171, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94713600, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.172, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94714368, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.173, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94715136, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.174, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 94715904, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.175, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 95305728, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.176, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 95306496, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.177, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 95896320, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.178, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 95897088, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.179, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 96486912, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([52 x i8], [52 x i8]* @.str.180, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 96487680, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.181, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97077504, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([56 x i8], [56 x i8]* @.str.182, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97078272, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([54 x i8], [54 x i8]* @.str.183, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97079040, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.184, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 97079808, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.185, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 99439104, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([42 x i8], [42 x i8]* @.str.186, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 99442176, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([40 x i8], [40 x i8]* @.str.187, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101801472, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.188, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101802240, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([44 x i8], [44 x i8]* @.str.189, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101803008, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.190, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 101803776, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.191, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 102393600, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.192, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 102394368, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.193, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 102984192, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.194, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 102984960, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.195, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 103574784, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([52 x i8], [52 x i8]* @.str.196, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 103575552, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.197, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104165376, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([56 x i8], [56 x i8]* @.str.198, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104166144, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([54 x i8], [54 x i8]* @.str.199, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104166912, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.200, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 104167680, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.201, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 106526976, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([42 x i8], [42 x i8]* @.str.202, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 106530048, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([40 x i8], [40 x i8]* @.str.203, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108889344, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.204, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108890112, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([44 x i8], [44 x i8]* @.str.205, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108890880, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([25 x i8], [25 x i8]* @.str.206, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 108891648, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([23 x i8], [23 x i8]* @.str.207, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 109481472, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.208, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 768, i64 0, i64 0], i64 1536, i64 109482240, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.209, i32 0, i32 0), i64 1, [4 x i64] [i64 2, i64 0, i64 0, i64 0], i64 2, i64 109483776, i64 13 }]
@variants = private unnamed_addr constant [1 x %bertrt_variant] [%bertrt_variant { i64 0, i64 12, i64 0 }]
@optimizer = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @optimizer_v0]
@.str.210 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.211 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.212 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.213 = private unnamed_addr constant [7 x i8] c"labels\00"
@.str.214 = private unnamed_addr constant [7 x i8] c"logits\00"
@.str.215 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.216 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.217 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s128_tensors = private unnamed_addr constant [8 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.210, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.211, i32 0, i32 0), i64 1, i64 4096, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.212, i32 0, i32 0), i64 1, i64 8192, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.213, i32 0, i32 0), i64 1, i64 12288, i64 1, [4 x i64] [i64 8, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.214, i32 0, i32 0), i64 0, i64 12352, i64 2, [4 x i64] [i64 8, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.215, i32 0, i32 0), i64 0, i64 12416, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.216, i32 0, i32 0), i64 0, i64 12480, i64 2, [4 x i64] [i64 8, i64 768, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.217, i32 0, i32 0), i64 0, i64 37056, i64 3, [4 x i64] [i64 8, i64 128, i64 768, i64 0] }]
@bucket_s128_forward_backward = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s128_v0]
@buckets = private unnamed_addr constant [1 x %bertrt_bucket] [%bertrt_bucket { i64 128, i64 8, %bertrt_tensor* getelementptr inbounds ([8 x %bertrt_tensor], [8 x %bertrt_tensor]* @bucket_s128_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s128, void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @bucket_s128_forward_backward, i32 0, i32 0), i64 179102873792, i64 537498909088 }]
@bertrt_generated_device_images = external constant %bertrt_device_images
@bertrt_generated_model = constant %bertrt_model { i64 4, i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 30522, i64 768, i64 12, i64 12, i64 3072, i64 512, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([30 x i8], [30 x i8]* @.str.6, i32 0, i32 0), i64 2, i8** getelementptr inbounds ([2 x i8*], [2 x i8*]* @labels, i32 0, i32 0), i64 0, double 2.000000e-05, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 3, i64 42, i64 8, i64 201, %bertrt_param* getelementptr inbounds ([201 x %bertrt_param], [201 x %bertrt_param]* @params, i32 0, i32 0), i64 109483792, [6 x i64] [i64 437935168, i64 437935168, i64 437935168, i64 437935168, i64 629153792, i64 3182784], i64 1, %bertrt_variant* getelementptr inbounds ([1 x %bertrt_variant], [1 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 1, %bertrt_bucket* getelementptr inbounds ([1 x %bertrt_bucket], [1 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* bitcast (%bertrt_device_images* @bertrt_generated_device_images to i8*), i64 40, i64 296 }, align 8

; Function Attrs: nounwind
define void @forward_s128(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 0
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 95348736
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 3149824
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 97708032
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 0, %bertrt_gemm* @forward_s128__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 0
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 97711104
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 6295552
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 100070400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 1, %bertrt_gemm* @forward_s128__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 0
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 100073472
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 9441280
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 102432768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 2, %bertrt_gemm* @forward_s128__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 12587008
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 102435840
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 3149824
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 104795136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 3, %bertrt_gemm* @forward_s128__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 0
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 104804352
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 4, %bertrt_gemm* @forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 3149824
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 114253824
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 15732736
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 123691008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 5, %bertrt_gemm* @forward_s128__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 0
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 123700224
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 3149824
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 126059520
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 6, %bertrt_gemm* @forward_s128__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 0
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 126062592
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 6295552
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 128421888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 7, %bertrt_gemm* @forward_s128__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 0
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 128424960
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 9441280
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 130784256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 8, %bertrt_gemm* @forward_s128__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 12587008
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 130787328
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 3149824
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 133146624
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 9, %bertrt_gemm* @forward_s128__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 0
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 133155840
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 10, %bertrt_gemm* @forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 3149824
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 142605312
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 15732736
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 152042496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 11, %bertrt_gemm* @forward_s128__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 0
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.encoder.layer.2.attention.self.query.weight = getelementptr inbounds i8, i8* %95, i64 152051712
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %layer.2.attention.query = getelementptr inbounds i8, i8* %97, i64 3149824
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.encoder.layer.2.attention.self.query.bias = getelementptr inbounds i8, i8* %99, i64 154411008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 12, %bertrt_gemm* @forward_s128__k026_layer_2_attention_query_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %bert.encoder.layer.2.attention.self.query.weight, i8* %layer.2.attention.query, i8* %bert.encoder.layer.2.attention.self.query.bias)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %layer.1.ffn.layernorm7 = getelementptr inbounds i8, i8* %101, i64 0
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %bert.encoder.layer.2.attention.self.key.weight = getelementptr inbounds i8, i8* %103, i64 154414080
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %105 = load i8*, i8** %104, align 8
  %layer.2.attention.key = getelementptr inbounds i8, i8* %105, i64 6295552
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %bert.encoder.layer.2.attention.self.key.bias = getelementptr inbounds i8, i8* %107, i64 156773376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 13, %bertrt_gemm* @forward_s128__k027_layer_2_attention_key_matmul.gemm, i8* %layer.1.ffn.layernorm7, i8* %bert.encoder.layer.2.attention.self.key.weight, i8* %layer.2.attention.key, i8* %bert.encoder.layer.2.attention.self.key.bias)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %layer.1.ffn.layernorm8 = getelementptr inbounds i8, i8* %109, i64 0
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %bert.encoder.layer.2.attention.self.value.weight = getelementptr inbounds i8, i8* %111, i64 156776448
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %layer.2.attention.value = getelementptr inbounds i8, i8* %113, i64 9441280
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %bert.encoder.layer.2.attention.self.value.bias = getelementptr inbounds i8, i8* %115, i64 159135744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 14, %bertrt_gemm* @forward_s128__k028_layer_2_attention_value_matmul.gemm, i8* %layer.1.ffn.layernorm8, i8* %bert.encoder.layer.2.attention.self.value.weight, i8* %layer.2.attention.value, i8* %bert.encoder.layer.2.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k029_layer_2_attention_context_forward.launch)
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %layer.2.attention.context = getelementptr inbounds i8, i8* %117, i64 12587008
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %119 = load i8*, i8** %118, align 8
  %bert.encoder.layer.2.attention.output.dense.weight = getelementptr inbounds i8, i8* %119, i64 159138816
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %layer.2.attention.output = getelementptr inbounds i8, i8* %121, i64 3149824
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.encoder.layer.2.attention.output.dense.bias = getelementptr inbounds i8, i8* %123, i64 161498112
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 15, %bertrt_gemm* @forward_s128__k030_layer_2_attention_output_matmul.gemm, i8* %layer.2.attention.context, i8* %bert.encoder.layer.2.attention.output.dense.weight, i8* %layer.2.attention.output, i8* %bert.encoder.layer.2.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k031_layer_2_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k032_layer_2_attention_layernorm.launch)
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %layer.2.attention.layernorm = getelementptr inbounds i8, i8* %125, i64 0
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %127 = load i8*, i8** %126, align 8
  %bert.encoder.layer.2.intermediate.dense.weight = getelementptr inbounds i8, i8* %127, i64 161507328
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %layer.2.ffn.gelu = getelementptr inbounds i8, i8* %129, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 16, %bertrt_gemm* @forward_s128__k033_layer_2_ffn_intermediate_matmul.gemm, i8* %layer.2.attention.layernorm, i8* %bert.encoder.layer.2.intermediate.dense.weight, i8* %layer.2.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k033_layer_2_ffn_intermediate_matmul.launch)
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %layer.2.ffn.gelu9 = getelementptr inbounds i8, i8* %131, i64 3149824
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %133 = load i8*, i8** %132, align 8
  %bert.encoder.layer.2.output.dense.weight = getelementptr inbounds i8, i8* %133, i64 170956800
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %135 = load i8*, i8** %134, align 8
  %layer.2.ffn.output = getelementptr inbounds i8, i8* %135, i64 15732736
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %137 = load i8*, i8** %136, align 8
  %bert.encoder.layer.2.output.dense.bias = getelementptr inbounds i8, i8* %137, i64 180393984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 17, %bertrt_gemm* @forward_s128__k034_layer_2_ffn_output_matmul.gemm, i8* %layer.2.ffn.gelu9, i8* %bert.encoder.layer.2.output.dense.weight, i8* %layer.2.ffn.output, i8* %bert.encoder.layer.2.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k035_layer_2_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k036_layer_2_ffn_layernorm.launch)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %layer.2.ffn.layernorm = getelementptr inbounds i8, i8* %139, i64 0
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %141 = load i8*, i8** %140, align 8
  %bert.encoder.layer.3.attention.self.query.weight = getelementptr inbounds i8, i8* %141, i64 180403200
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %layer.3.attention.query = getelementptr inbounds i8, i8* %143, i64 3149824
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %bert.encoder.layer.3.attention.self.query.bias = getelementptr inbounds i8, i8* %145, i64 182762496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 18, %bertrt_gemm* @forward_s128__k037_layer_3_attention_query_matmul.gemm, i8* %layer.2.ffn.layernorm, i8* %bert.encoder.layer.3.attention.self.query.weight, i8* %layer.3.attention.query, i8* %bert.encoder.layer.3.attention.self.query.bias)
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %147 = load i8*, i8** %146, align 8
  %layer.2.ffn.layernorm10 = getelementptr inbounds i8, i8* %147, i64 0
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %149 = load i8*, i8** %148, align 8
  %bert.encoder.layer.3.attention.self.key.weight = getelementptr inbounds i8, i8* %149, i64 182765568
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %layer.3.attention.key = getelementptr inbounds i8, i8* %151, i64 6295552
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %153 = load i8*, i8** %152, align 8
  %bert.encoder.layer.3.attention.self.key.bias = getelementptr inbounds i8, i8* %153, i64 185124864
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 19, %bertrt_gemm* @forward_s128__k038_layer_3_attention_key_matmul.gemm, i8* %layer.2.ffn.layernorm10, i8* %bert.encoder.layer.3.attention.self.key.weight, i8* %layer.3.attention.key, i8* %bert.encoder.layer.3.attention.self.key.bias)
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %layer.2.ffn.layernorm11 = getelementptr inbounds i8, i8* %155, i64 0
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %157 = load i8*, i8** %156, align 8
  %bert.encoder.layer.3.attention.self.value.weight = getelementptr inbounds i8, i8* %157, i64 185127936
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %159 = load i8*, i8** %158, align 8
  %layer.3.attention.value = getelementptr inbounds i8, i8* %159, i64 9441280
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %161 = load i8*, i8** %160, align 8
  %bert.encoder.layer.3.attention.self.value.bias = getelementptr inbounds i8, i8* %161, i64 187487232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 20, %bertrt_gemm* @forward_s128__k039_layer_3_attention_value_matmul.gemm, i8* %layer.2.ffn.layernorm11, i8* %bert.encoder.layer.3.attention.self.value.weight, i8* %layer.3.attention.value, i8* %bert.encoder.layer.3.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k040_layer_3_attention_context_forward.launch)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %layer.3.attention.context = getelementptr inbounds i8, i8* %163, i64 12587008
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %165 = load i8*, i8** %164, align 8
  %bert.encoder.layer.3.attention.output.dense.weight = getelementptr inbounds i8, i8* %165, i64 187490304
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %layer.3.attention.output = getelementptr inbounds i8, i8* %167, i64 3149824
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %169 = load i8*, i8** %168, align 8
  %bert.encoder.layer.3.attention.output.dense.bias = getelementptr inbounds i8, i8* %169, i64 189849600
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 21, %bertrt_gemm* @forward_s128__k041_layer_3_attention_output_matmul.gemm, i8* %layer.3.attention.context, i8* %bert.encoder.layer.3.attention.output.dense.weight, i8* %layer.3.attention.output, i8* %bert.encoder.layer.3.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k042_layer_3_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k043_layer_3_attention_layernorm.launch)
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %layer.3.attention.layernorm = getelementptr inbounds i8, i8* %171, i64 0
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.3.intermediate.dense.weight = getelementptr inbounds i8, i8* %173, i64 189858816
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %layer.3.ffn.gelu = getelementptr inbounds i8, i8* %175, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 22, %bertrt_gemm* @forward_s128__k044_layer_3_ffn_intermediate_matmul.gemm, i8* %layer.3.attention.layernorm, i8* %bert.encoder.layer.3.intermediate.dense.weight, i8* %layer.3.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k044_layer_3_ffn_intermediate_matmul.launch)
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.3.ffn.gelu12 = getelementptr inbounds i8, i8* %177, i64 3149824
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.3.output.dense.weight = getelementptr inbounds i8, i8* %179, i64 199308288
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %layer.3.ffn.output = getelementptr inbounds i8, i8* %181, i64 15732736
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.3.output.dense.bias = getelementptr inbounds i8, i8* %183, i64 208745472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 23, %bertrt_gemm* @forward_s128__k045_layer_3_ffn_output_matmul.gemm, i8* %layer.3.ffn.gelu12, i8* %bert.encoder.layer.3.output.dense.weight, i8* %layer.3.ffn.output, i8* %bert.encoder.layer.3.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k046_layer_3_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k047_layer_3_ffn_layernorm.launch)
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %layer.3.ffn.layernorm = getelementptr inbounds i8, i8* %185, i64 0
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %187 = load i8*, i8** %186, align 8
  %bert.encoder.layer.4.attention.self.query.weight = getelementptr inbounds i8, i8* %187, i64 208754688
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %layer.4.attention.query = getelementptr inbounds i8, i8* %189, i64 3149824
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %191 = load i8*, i8** %190, align 8
  %bert.encoder.layer.4.attention.self.query.bias = getelementptr inbounds i8, i8* %191, i64 211113984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 24, %bertrt_gemm* @forward_s128__k048_layer_4_attention_query_matmul.gemm, i8* %layer.3.ffn.layernorm, i8* %bert.encoder.layer.4.attention.self.query.weight, i8* %layer.4.attention.query, i8* %bert.encoder.layer.4.attention.self.query.bias)
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %layer.3.ffn.layernorm13 = getelementptr inbounds i8, i8* %193, i64 0
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.4.attention.self.key.weight = getelementptr inbounds i8, i8* %195, i64 211117056
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %layer.4.attention.key = getelementptr inbounds i8, i8* %197, i64 6295552
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %bert.encoder.layer.4.attention.self.key.bias = getelementptr inbounds i8, i8* %199, i64 213476352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 25, %bertrt_gemm* @forward_s128__k049_layer_4_attention_key_matmul.gemm, i8* %layer.3.ffn.layernorm13, i8* %bert.encoder.layer.4.attention.self.key.weight, i8* %layer.4.attention.key, i8* %bert.encoder.layer.4.attention.self.key.bias)
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %layer.3.ffn.layernorm14 = getelementptr inbounds i8, i8* %201, i64 0
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %203 = load i8*, i8** %202, align 8
  %bert.encoder.layer.4.attention.self.value.weight = getelementptr inbounds i8, i8* %203, i64 213479424
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %layer.4.attention.value = getelementptr inbounds i8, i8* %205, i64 9441280
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.4.attention.self.value.bias = getelementptr inbounds i8, i8* %207, i64 215838720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 26, %bertrt_gemm* @forward_s128__k050_layer_4_attention_value_matmul.gemm, i8* %layer.3.ffn.layernorm14, i8* %bert.encoder.layer.4.attention.self.value.weight, i8* %layer.4.attention.value, i8* %bert.encoder.layer.4.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k051_layer_4_attention_context_forward.launch)
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %layer.4.attention.context = getelementptr inbounds i8, i8* %209, i64 12587008
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %bert.encoder.layer.4.attention.output.dense.weight = getelementptr inbounds i8, i8* %211, i64 215841792
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %layer.4.attention.output = getelementptr inbounds i8, i8* %213, i64 3149824
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %215 = load i8*, i8** %214, align 8
  %bert.encoder.layer.4.attention.output.dense.bias = getelementptr inbounds i8, i8* %215, i64 218201088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 27, %bertrt_gemm* @forward_s128__k052_layer_4_attention_output_matmul.gemm, i8* %layer.4.attention.context, i8* %bert.encoder.layer.4.attention.output.dense.weight, i8* %layer.4.attention.output, i8* %bert.encoder.layer.4.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k053_layer_4_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k054_layer_4_attention_layernorm.launch)
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %layer.4.attention.layernorm = getelementptr inbounds i8, i8* %217, i64 0
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.4.intermediate.dense.weight = getelementptr inbounds i8, i8* %219, i64 218210304
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %layer.4.ffn.gelu = getelementptr inbounds i8, i8* %221, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 28, %bertrt_gemm* @forward_s128__k055_layer_4_ffn_intermediate_matmul.gemm, i8* %layer.4.attention.layernorm, i8* %bert.encoder.layer.4.intermediate.dense.weight, i8* %layer.4.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k055_layer_4_ffn_intermediate_matmul.launch)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %layer.4.ffn.gelu15 = getelementptr inbounds i8, i8* %223, i64 3149824
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %225 = load i8*, i8** %224, align 8
  %bert.encoder.layer.4.output.dense.weight = getelementptr inbounds i8, i8* %225, i64 227659776
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %layer.4.ffn.output = getelementptr inbounds i8, i8* %227, i64 15732736
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %229 = load i8*, i8** %228, align 8
  %bert.encoder.layer.4.output.dense.bias = getelementptr inbounds i8, i8* %229, i64 237096960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 29, %bertrt_gemm* @forward_s128__k056_layer_4_ffn_output_matmul.gemm, i8* %layer.4.ffn.gelu15, i8* %bert.encoder.layer.4.output.dense.weight, i8* %layer.4.ffn.output, i8* %bert.encoder.layer.4.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k057_layer_4_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k058_layer_4_ffn_layernorm.launch)
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %231 = load i8*, i8** %230, align 8
  %layer.4.ffn.layernorm = getelementptr inbounds i8, i8* %231, i64 0
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %233 = load i8*, i8** %232, align 8
  %bert.encoder.layer.5.attention.self.query.weight = getelementptr inbounds i8, i8* %233, i64 237106176
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %layer.5.attention.query = getelementptr inbounds i8, i8* %235, i64 3149824
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %237 = load i8*, i8** %236, align 8
  %bert.encoder.layer.5.attention.self.query.bias = getelementptr inbounds i8, i8* %237, i64 239465472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 30, %bertrt_gemm* @forward_s128__k059_layer_5_attention_query_matmul.gemm, i8* %layer.4.ffn.layernorm, i8* %bert.encoder.layer.5.attention.self.query.weight, i8* %layer.5.attention.query, i8* %bert.encoder.layer.5.attention.self.query.bias)
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %layer.4.ffn.layernorm16 = getelementptr inbounds i8, i8* %239, i64 0
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %241 = load i8*, i8** %240, align 8
  %bert.encoder.layer.5.attention.self.key.weight = getelementptr inbounds i8, i8* %241, i64 239468544
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %243 = load i8*, i8** %242, align 8
  %layer.5.attention.key = getelementptr inbounds i8, i8* %243, i64 6295552
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %245 = load i8*, i8** %244, align 8
  %bert.encoder.layer.5.attention.self.key.bias = getelementptr inbounds i8, i8* %245, i64 241827840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 31, %bertrt_gemm* @forward_s128__k060_layer_5_attention_key_matmul.gemm, i8* %layer.4.ffn.layernorm16, i8* %bert.encoder.layer.5.attention.self.key.weight, i8* %layer.5.attention.key, i8* %bert.encoder.layer.5.attention.self.key.bias)
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %layer.4.ffn.layernorm17 = getelementptr inbounds i8, i8* %247, i64 0
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %249 = load i8*, i8** %248, align 8
  %bert.encoder.layer.5.attention.self.value.weight = getelementptr inbounds i8, i8* %249, i64 241830912
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %layer.5.attention.value = getelementptr inbounds i8, i8* %251, i64 9441280
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %253 = load i8*, i8** %252, align 8
  %bert.encoder.layer.5.attention.self.value.bias = getelementptr inbounds i8, i8* %253, i64 244190208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 32, %bertrt_gemm* @forward_s128__k061_layer_5_attention_value_matmul.gemm, i8* %layer.4.ffn.layernorm17, i8* %bert.encoder.layer.5.attention.self.value.weight, i8* %layer.5.attention.value, i8* %bert.encoder.layer.5.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k062_layer_5_attention_context_forward.launch)
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %255 = load i8*, i8** %254, align 8
  %layer.5.attention.context = getelementptr inbounds i8, i8* %255, i64 12587008
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %257 = load i8*, i8** %256, align 8
  %bert.encoder.layer.5.attention.output.dense.weight = getelementptr inbounds i8, i8* %257, i64 244193280
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %layer.5.attention.output = getelementptr inbounds i8, i8* %259, i64 3149824
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %261 = load i8*, i8** %260, align 8
  %bert.encoder.layer.5.attention.output.dense.bias = getelementptr inbounds i8, i8* %261, i64 246552576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 33, %bertrt_gemm* @forward_s128__k063_layer_5_attention_output_matmul.gemm, i8* %layer.5.attention.context, i8* %bert.encoder.layer.5.attention.output.dense.weight, i8* %layer.5.attention.output, i8* %bert.encoder.layer.5.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k064_layer_5_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k065_layer_5_attention_layernorm.launch)
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %263 = load i8*, i8** %262, align 8
  %layer.5.attention.layernorm = getelementptr inbounds i8, i8* %263, i64 0
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %265 = load i8*, i8** %264, align 8
  %bert.encoder.layer.5.intermediate.dense.weight = getelementptr inbounds i8, i8* %265, i64 246561792
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %267 = load i8*, i8** %266, align 8
  %layer.5.ffn.gelu = getelementptr inbounds i8, i8* %267, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 34, %bertrt_gemm* @forward_s128__k066_layer_5_ffn_intermediate_matmul.gemm, i8* %layer.5.attention.layernorm, i8* %bert.encoder.layer.5.intermediate.dense.weight, i8* %layer.5.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k066_layer_5_ffn_intermediate_matmul.launch)
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %269 = load i8*, i8** %268, align 8
  %layer.5.ffn.gelu18 = getelementptr inbounds i8, i8* %269, i64 3149824
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %271 = load i8*, i8** %270, align 8
  %bert.encoder.layer.5.output.dense.weight = getelementptr inbounds i8, i8* %271, i64 256011264
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %layer.5.ffn.output = getelementptr inbounds i8, i8* %273, i64 15732736
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %275 = load i8*, i8** %274, align 8
  %bert.encoder.layer.5.output.dense.bias = getelementptr inbounds i8, i8* %275, i64 265448448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 35, %bertrt_gemm* @forward_s128__k067_layer_5_ffn_output_matmul.gemm, i8* %layer.5.ffn.gelu18, i8* %bert.encoder.layer.5.output.dense.weight, i8* %layer.5.ffn.output, i8* %bert.encoder.layer.5.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k068_layer_5_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k069_layer_5_ffn_layernorm.launch)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %layer.5.ffn.layernorm = getelementptr inbounds i8, i8* %277, i64 0
  %278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %279 = load i8*, i8** %278, align 8
  %bert.encoder.layer.6.attention.self.query.weight = getelementptr inbounds i8, i8* %279, i64 265457664
  %280 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %281 = load i8*, i8** %280, align 8
  %layer.6.attention.query = getelementptr inbounds i8, i8* %281, i64 3149824
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %283 = load i8*, i8** %282, align 8
  %bert.encoder.layer.6.attention.self.query.bias = getelementptr inbounds i8, i8* %283, i64 267816960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 36, %bertrt_gemm* @forward_s128__k070_layer_6_attention_query_matmul.gemm, i8* %layer.5.ffn.layernorm, i8* %bert.encoder.layer.6.attention.self.query.weight, i8* %layer.6.attention.query, i8* %bert.encoder.layer.6.attention.self.query.bias)
  %284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %285 = load i8*, i8** %284, align 8
  %layer.5.ffn.layernorm19 = getelementptr inbounds i8, i8* %285, i64 0
  %286 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %287 = load i8*, i8** %286, align 8
  %bert.encoder.layer.6.attention.self.key.weight = getelementptr inbounds i8, i8* %287, i64 267820032
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %layer.6.attention.key = getelementptr inbounds i8, i8* %289, i64 6295552
  %290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %291 = load i8*, i8** %290, align 8
  %bert.encoder.layer.6.attention.self.key.bias = getelementptr inbounds i8, i8* %291, i64 270179328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 37, %bertrt_gemm* @forward_s128__k071_layer_6_attention_key_matmul.gemm, i8* %layer.5.ffn.layernorm19, i8* %bert.encoder.layer.6.attention.self.key.weight, i8* %layer.6.attention.key, i8* %bert.encoder.layer.6.attention.self.key.bias)
  %292 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %293 = load i8*, i8** %292, align 8
  %layer.5.ffn.layernorm20 = getelementptr inbounds i8, i8* %293, i64 0
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %295 = load i8*, i8** %294, align 8
  %bert.encoder.layer.6.attention.self.value.weight = getelementptr inbounds i8, i8* %295, i64 270182400
  %296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %297 = load i8*, i8** %296, align 8
  %layer.6.attention.value = getelementptr inbounds i8, i8* %297, i64 9441280
  %298 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %299 = load i8*, i8** %298, align 8
  %bert.encoder.layer.6.attention.self.value.bias = getelementptr inbounds i8, i8* %299, i64 272541696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 38, %bertrt_gemm* @forward_s128__k072_layer_6_attention_value_matmul.gemm, i8* %layer.5.ffn.layernorm20, i8* %bert.encoder.layer.6.attention.self.value.weight, i8* %layer.6.attention.value, i8* %bert.encoder.layer.6.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k073_layer_6_attention_context_forward.launch)
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %layer.6.attention.context = getelementptr inbounds i8, i8* %301, i64 12587008
  %302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %303 = load i8*, i8** %302, align 8
  %bert.encoder.layer.6.attention.output.dense.weight = getelementptr inbounds i8, i8* %303, i64 272544768
  %304 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %305 = load i8*, i8** %304, align 8
  %layer.6.attention.output = getelementptr inbounds i8, i8* %305, i64 3149824
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %307 = load i8*, i8** %306, align 8
  %bert.encoder.layer.6.attention.output.dense.bias = getelementptr inbounds i8, i8* %307, i64 274904064
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 39, %bertrt_gemm* @forward_s128__k074_layer_6_attention_output_matmul.gemm, i8* %layer.6.attention.context, i8* %bert.encoder.layer.6.attention.output.dense.weight, i8* %layer.6.attention.output, i8* %bert.encoder.layer.6.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k075_layer_6_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k076_layer_6_attention_layernorm.launch)
  %308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %309 = load i8*, i8** %308, align 8
  %layer.6.attention.layernorm = getelementptr inbounds i8, i8* %309, i64 0
  %310 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %311 = load i8*, i8** %310, align 8
  %bert.encoder.layer.6.intermediate.dense.weight = getelementptr inbounds i8, i8* %311, i64 274913280
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %layer.6.ffn.gelu = getelementptr inbounds i8, i8* %313, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 40, %bertrt_gemm* @forward_s128__k077_layer_6_ffn_intermediate_matmul.gemm, i8* %layer.6.attention.layernorm, i8* %bert.encoder.layer.6.intermediate.dense.weight, i8* %layer.6.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k077_layer_6_ffn_intermediate_matmul.launch)
  %314 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %315 = load i8*, i8** %314, align 8
  %layer.6.ffn.gelu21 = getelementptr inbounds i8, i8* %315, i64 3149824
  %316 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %317 = load i8*, i8** %316, align 8
  %bert.encoder.layer.6.output.dense.weight = getelementptr inbounds i8, i8* %317, i64 284362752
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %layer.6.ffn.output = getelementptr inbounds i8, i8* %319, i64 15732736
  %320 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %321 = load i8*, i8** %320, align 8
  %bert.encoder.layer.6.output.dense.bias = getelementptr inbounds i8, i8* %321, i64 293799936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 41, %bertrt_gemm* @forward_s128__k078_layer_6_ffn_output_matmul.gemm, i8* %layer.6.ffn.gelu21, i8* %bert.encoder.layer.6.output.dense.weight, i8* %layer.6.ffn.output, i8* %bert.encoder.layer.6.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k079_layer_6_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k080_layer_6_ffn_layernorm.launch)
  %322 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %323 = load i8*, i8** %322, align 8
  %layer.6.ffn.layernorm = getelementptr inbounds i8, i8* %323, i64 0
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %325 = load i8*, i8** %324, align 8
  %bert.encoder.layer.7.attention.self.query.weight = getelementptr inbounds i8, i8* %325, i64 293809152
  %326 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %327 = load i8*, i8** %326, align 8
  %layer.7.attention.query = getelementptr inbounds i8, i8* %327, i64 3149824
  %328 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %329 = load i8*, i8** %328, align 8
  %bert.encoder.layer.7.attention.self.query.bias = getelementptr inbounds i8, i8* %329, i64 296168448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 42, %bertrt_gemm* @forward_s128__k081_layer_7_attention_query_matmul.gemm, i8* %layer.6.ffn.layernorm, i8* %bert.encoder.layer.7.attention.self.query.weight, i8* %layer.7.attention.query, i8* %bert.encoder.layer.7.attention.self.query.bias)
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %layer.6.ffn.layernorm22 = getelementptr inbounds i8, i8* %331, i64 0
  %332 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %333 = load i8*, i8** %332, align 8
  %bert.encoder.layer.7.attention.self.key.weight = getelementptr inbounds i8, i8* %333, i64 296171520
  %334 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %335 = load i8*, i8** %334, align 8
  %layer.7.attention.key = getelementptr inbounds i8, i8* %335, i64 6295552
  %336 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %337 = load i8*, i8** %336, align 8
  %bert.encoder.layer.7.attention.self.key.bias = getelementptr inbounds i8, i8* %337, i64 298530816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 43, %bertrt_gemm* @forward_s128__k082_layer_7_attention_key_matmul.gemm, i8* %layer.6.ffn.layernorm22, i8* %bert.encoder.layer.7.attention.self.key.weight, i8* %layer.7.attention.key, i8* %bert.encoder.layer.7.attention.self.key.bias)
  %338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %339 = load i8*, i8** %338, align 8
  %layer.6.ffn.layernorm23 = getelementptr inbounds i8, i8* %339, i64 0
  %340 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %341 = load i8*, i8** %340, align 8
  %bert.encoder.layer.7.attention.self.value.weight = getelementptr inbounds i8, i8* %341, i64 298533888
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %343 = load i8*, i8** %342, align 8
  %layer.7.attention.value = getelementptr inbounds i8, i8* %343, i64 9441280
  %344 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %345 = load i8*, i8** %344, align 8
  %bert.encoder.layer.7.attention.self.value.bias = getelementptr inbounds i8, i8* %345, i64 300893184
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 44, %bertrt_gemm* @forward_s128__k083_layer_7_attention_value_matmul.gemm, i8* %layer.6.ffn.layernorm23, i8* %bert.encoder.layer.7.attention.self.value.weight, i8* %layer.7.attention.value, i8* %bert.encoder.layer.7.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k084_layer_7_attention_context_forward.launch)
  %346 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %347 = load i8*, i8** %346, align 8
  %layer.7.attention.context = getelementptr inbounds i8, i8* %347, i64 12587008
  %348 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %349 = load i8*, i8** %348, align 8
  %bert.encoder.layer.7.attention.output.dense.weight = getelementptr inbounds i8, i8* %349, i64 300896256
  %350 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %351 = load i8*, i8** %350, align 8
  %layer.7.attention.output = getelementptr inbounds i8, i8* %351, i64 3149824
  %352 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %353 = load i8*, i8** %352, align 8
  %bert.encoder.layer.7.attention.output.dense.bias = getelementptr inbounds i8, i8* %353, i64 303255552
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 45, %bertrt_gemm* @forward_s128__k085_layer_7_attention_output_matmul.gemm, i8* %layer.7.attention.context, i8* %bert.encoder.layer.7.attention.output.dense.weight, i8* %layer.7.attention.output, i8* %bert.encoder.layer.7.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k086_layer_7_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k087_layer_7_attention_layernorm.launch)
  %354 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %355 = load i8*, i8** %354, align 8
  %layer.7.attention.layernorm = getelementptr inbounds i8, i8* %355, i64 0
  %356 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %357 = load i8*, i8** %356, align 8
  %bert.encoder.layer.7.intermediate.dense.weight = getelementptr inbounds i8, i8* %357, i64 303264768
  %358 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %359 = load i8*, i8** %358, align 8
  %layer.7.ffn.gelu = getelementptr inbounds i8, i8* %359, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 46, %bertrt_gemm* @forward_s128__k088_layer_7_ffn_intermediate_matmul.gemm, i8* %layer.7.attention.layernorm, i8* %bert.encoder.layer.7.intermediate.dense.weight, i8* %layer.7.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k088_layer_7_ffn_intermediate_matmul.launch)
  %360 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %361 = load i8*, i8** %360, align 8
  %layer.7.ffn.gelu24 = getelementptr inbounds i8, i8* %361, i64 3149824
  %362 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %363 = load i8*, i8** %362, align 8
  %bert.encoder.layer.7.output.dense.weight = getelementptr inbounds i8, i8* %363, i64 312714240
  %364 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %365 = load i8*, i8** %364, align 8
  %layer.7.ffn.output = getelementptr inbounds i8, i8* %365, i64 15732736
  %366 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %367 = load i8*, i8** %366, align 8
  %bert.encoder.layer.7.output.dense.bias = getelementptr inbounds i8, i8* %367, i64 322151424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 47, %bertrt_gemm* @forward_s128__k089_layer_7_ffn_output_matmul.gemm, i8* %layer.7.ffn.gelu24, i8* %bert.encoder.layer.7.output.dense.weight, i8* %layer.7.ffn.output, i8* %bert.encoder.layer.7.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k090_layer_7_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k091_layer_7_ffn_layernorm.launch)
  %368 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %369 = load i8*, i8** %368, align 8
  %layer.7.ffn.layernorm = getelementptr inbounds i8, i8* %369, i64 0
  %370 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %371 = load i8*, i8** %370, align 8
  %bert.encoder.layer.8.attention.self.query.weight = getelementptr inbounds i8, i8* %371, i64 322160640
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %373 = load i8*, i8** %372, align 8
  %layer.8.attention.query = getelementptr inbounds i8, i8* %373, i64 3149824
  %374 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %375 = load i8*, i8** %374, align 8
  %bert.encoder.layer.8.attention.self.query.bias = getelementptr inbounds i8, i8* %375, i64 324519936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 48, %bertrt_gemm* @forward_s128__k092_layer_8_attention_query_matmul.gemm, i8* %layer.7.ffn.layernorm, i8* %bert.encoder.layer.8.attention.self.query.weight, i8* %layer.8.attention.query, i8* %bert.encoder.layer.8.attention.self.query.bias)
  %376 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %377 = load i8*, i8** %376, align 8
  %layer.7.ffn.layernorm25 = getelementptr inbounds i8, i8* %377, i64 0
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %379 = load i8*, i8** %378, align 8
  %bert.encoder.layer.8.attention.self.key.weight = getelementptr inbounds i8, i8* %379, i64 324523008
  %380 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %381 = load i8*, i8** %380, align 8
  %layer.8.attention.key = getelementptr inbounds i8, i8* %381, i64 6295552
  %382 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %383 = load i8*, i8** %382, align 8
  %bert.encoder.layer.8.attention.self.key.bias = getelementptr inbounds i8, i8* %383, i64 326882304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 49, %bertrt_gemm* @forward_s128__k093_layer_8_attention_key_matmul.gemm, i8* %layer.7.ffn.layernorm25, i8* %bert.encoder.layer.8.attention.self.key.weight, i8* %layer.8.attention.key, i8* %bert.encoder.layer.8.attention.self.key.bias)
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %385 = load i8*, i8** %384, align 8
  %layer.7.ffn.layernorm26 = getelementptr inbounds i8, i8* %385, i64 0
  %386 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %387 = load i8*, i8** %386, align 8
  %bert.encoder.layer.8.attention.self.value.weight = getelementptr inbounds i8, i8* %387, i64 326885376
  %388 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %389 = load i8*, i8** %388, align 8
  %layer.8.attention.value = getelementptr inbounds i8, i8* %389, i64 9441280
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %391 = load i8*, i8** %390, align 8
  %bert.encoder.layer.8.attention.self.value.bias = getelementptr inbounds i8, i8* %391, i64 329244672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 50, %bertrt_gemm* @forward_s128__k094_layer_8_attention_value_matmul.gemm, i8* %layer.7.ffn.layernorm26, i8* %bert.encoder.layer.8.attention.self.value.weight, i8* %layer.8.attention.value, i8* %bert.encoder.layer.8.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k095_layer_8_attention_context_forward.launch)
  %392 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %393 = load i8*, i8** %392, align 8
  %layer.8.attention.context = getelementptr inbounds i8, i8* %393, i64 12587008
  %394 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %395 = load i8*, i8** %394, align 8
  %bert.encoder.layer.8.attention.output.dense.weight = getelementptr inbounds i8, i8* %395, i64 329247744
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %397 = load i8*, i8** %396, align 8
  %layer.8.attention.output = getelementptr inbounds i8, i8* %397, i64 3149824
  %398 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %399 = load i8*, i8** %398, align 8
  %bert.encoder.layer.8.attention.output.dense.bias = getelementptr inbounds i8, i8* %399, i64 331607040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 51, %bertrt_gemm* @forward_s128__k096_layer_8_attention_output_matmul.gemm, i8* %layer.8.attention.context, i8* %bert.encoder.layer.8.attention.output.dense.weight, i8* %layer.8.attention.output, i8* %bert.encoder.layer.8.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k097_layer_8_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k098_layer_8_attention_layernorm.launch)
  %400 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %401 = load i8*, i8** %400, align 8
  %layer.8.attention.layernorm = getelementptr inbounds i8, i8* %401, i64 0
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %403 = load i8*, i8** %402, align 8
  %bert.encoder.layer.8.intermediate.dense.weight = getelementptr inbounds i8, i8* %403, i64 331616256
  %404 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %405 = load i8*, i8** %404, align 8
  %layer.8.ffn.gelu = getelementptr inbounds i8, i8* %405, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 52, %bertrt_gemm* @forward_s128__k099_layer_8_ffn_intermediate_matmul.gemm, i8* %layer.8.attention.layernorm, i8* %bert.encoder.layer.8.intermediate.dense.weight, i8* %layer.8.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k099_layer_8_ffn_intermediate_matmul.launch)
  %406 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %407 = load i8*, i8** %406, align 8
  %layer.8.ffn.gelu27 = getelementptr inbounds i8, i8* %407, i64 3149824
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %409 = load i8*, i8** %408, align 8
  %bert.encoder.layer.8.output.dense.weight = getelementptr inbounds i8, i8* %409, i64 341065728
  %410 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %411 = load i8*, i8** %410, align 8
  %layer.8.ffn.output = getelementptr inbounds i8, i8* %411, i64 15732736
  %412 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %413 = load i8*, i8** %412, align 8
  %bert.encoder.layer.8.output.dense.bias = getelementptr inbounds i8, i8* %413, i64 350502912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 53, %bertrt_gemm* @forward_s128__k100_layer_8_ffn_output_matmul.gemm, i8* %layer.8.ffn.gelu27, i8* %bert.encoder.layer.8.output.dense.weight, i8* %layer.8.ffn.output, i8* %bert.encoder.layer.8.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k101_layer_8_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k102_layer_8_ffn_layernorm.launch)
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %layer.8.ffn.layernorm = getelementptr inbounds i8, i8* %415, i64 0
  %416 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %417 = load i8*, i8** %416, align 8
  %bert.encoder.layer.9.attention.self.query.weight = getelementptr inbounds i8, i8* %417, i64 350512128
  %418 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %419 = load i8*, i8** %418, align 8
  %layer.9.attention.query = getelementptr inbounds i8, i8* %419, i64 3149824
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %421 = load i8*, i8** %420, align 8
  %bert.encoder.layer.9.attention.self.query.bias = getelementptr inbounds i8, i8* %421, i64 352871424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 54, %bertrt_gemm* @forward_s128__k103_layer_9_attention_query_matmul.gemm, i8* %layer.8.ffn.layernorm, i8* %bert.encoder.layer.9.attention.self.query.weight, i8* %layer.9.attention.query, i8* %bert.encoder.layer.9.attention.self.query.bias)
  %422 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %423 = load i8*, i8** %422, align 8
  %layer.8.ffn.layernorm28 = getelementptr inbounds i8, i8* %423, i64 0
  %424 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %425 = load i8*, i8** %424, align 8
  %bert.encoder.layer.9.attention.self.key.weight = getelementptr inbounds i8, i8* %425, i64 352874496
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %layer.9.attention.key = getelementptr inbounds i8, i8* %427, i64 6295552
  %428 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %429 = load i8*, i8** %428, align 8
  %bert.encoder.layer.9.attention.self.key.bias = getelementptr inbounds i8, i8* %429, i64 355233792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 55, %bertrt_gemm* @forward_s128__k104_layer_9_attention_key_matmul.gemm, i8* %layer.8.ffn.layernorm28, i8* %bert.encoder.layer.9.attention.self.key.weight, i8* %layer.9.attention.key, i8* %bert.encoder.layer.9.attention.self.key.bias)
  %430 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %431 = load i8*, i8** %430, align 8
  %layer.8.ffn.layernorm29 = getelementptr inbounds i8, i8* %431, i64 0
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %433 = load i8*, i8** %432, align 8
  %bert.encoder.layer.9.attention.self.value.weight = getelementptr inbounds i8, i8* %433, i64 355236864
  %434 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %435 = load i8*, i8** %434, align 8
  %layer.9.attention.value = getelementptr inbounds i8, i8* %435, i64 9441280
  %436 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %437 = load i8*, i8** %436, align 8
  %bert.encoder.layer.9.attention.self.value.bias = getelementptr inbounds i8, i8* %437, i64 357596160
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 56, %bertrt_gemm* @forward_s128__k105_layer_9_attention_value_matmul.gemm, i8* %layer.8.ffn.layernorm29, i8* %bert.encoder.layer.9.attention.self.value.weight, i8* %layer.9.attention.value, i8* %bert.encoder.layer.9.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k106_layer_9_attention_context_forward.launch)
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %layer.9.attention.context = getelementptr inbounds i8, i8* %439, i64 12587008
  %440 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %441 = load i8*, i8** %440, align 8
  %bert.encoder.layer.9.attention.output.dense.weight = getelementptr inbounds i8, i8* %441, i64 357599232
  %442 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %443 = load i8*, i8** %442, align 8
  %layer.9.attention.output = getelementptr inbounds i8, i8* %443, i64 3149824
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %445 = load i8*, i8** %444, align 8
  %bert.encoder.layer.9.attention.output.dense.bias = getelementptr inbounds i8, i8* %445, i64 359958528
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 57, %bertrt_gemm* @forward_s128__k107_layer_9_attention_output_matmul.gemm, i8* %layer.9.attention.context, i8* %bert.encoder.layer.9.attention.output.dense.weight, i8* %layer.9.attention.output, i8* %bert.encoder.layer.9.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k108_layer_9_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k109_layer_9_attention_layernorm.launch)
  %446 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %447 = load i8*, i8** %446, align 8
  %layer.9.attention.layernorm = getelementptr inbounds i8, i8* %447, i64 0
  %448 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %449 = load i8*, i8** %448, align 8
  %bert.encoder.layer.9.intermediate.dense.weight = getelementptr inbounds i8, i8* %449, i64 359967744
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %layer.9.ffn.gelu = getelementptr inbounds i8, i8* %451, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 58, %bertrt_gemm* @forward_s128__k110_layer_9_ffn_intermediate_matmul.gemm, i8* %layer.9.attention.layernorm, i8* %bert.encoder.layer.9.intermediate.dense.weight, i8* %layer.9.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k110_layer_9_ffn_intermediate_matmul.launch)
  %452 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %453 = load i8*, i8** %452, align 8
  %layer.9.ffn.gelu30 = getelementptr inbounds i8, i8* %453, i64 3149824
  %454 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %455 = load i8*, i8** %454, align 8
  %bert.encoder.layer.9.output.dense.weight = getelementptr inbounds i8, i8* %455, i64 369417216
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %layer.9.ffn.output = getelementptr inbounds i8, i8* %457, i64 15732736
  %458 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %459 = load i8*, i8** %458, align 8
  %bert.encoder.layer.9.output.dense.bias = getelementptr inbounds i8, i8* %459, i64 378854400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 59, %bertrt_gemm* @forward_s128__k111_layer_9_ffn_output_matmul.gemm, i8* %layer.9.ffn.gelu30, i8* %bert.encoder.layer.9.output.dense.weight, i8* %layer.9.ffn.output, i8* %bert.encoder.layer.9.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k112_layer_9_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k113_layer_9_ffn_layernorm.launch)
  %460 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %461 = load i8*, i8** %460, align 8
  %layer.9.ffn.layernorm = getelementptr inbounds i8, i8* %461, i64 0
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %463 = load i8*, i8** %462, align 8
  %bert.encoder.layer.10.attention.self.query.weight = getelementptr inbounds i8, i8* %463, i64 378863616
  %464 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %465 = load i8*, i8** %464, align 8
  %layer.10.attention.query = getelementptr inbounds i8, i8* %465, i64 3149824
  %466 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %467 = load i8*, i8** %466, align 8
  %bert.encoder.layer.10.attention.self.query.bias = getelementptr inbounds i8, i8* %467, i64 381222912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 60, %bertrt_gemm* @forward_s128__k114_layer_10_attention_query_matmul.gemm, i8* %layer.9.ffn.layernorm, i8* %bert.encoder.layer.10.attention.self.query.weight, i8* %layer.10.attention.query, i8* %bert.encoder.layer.10.attention.self.query.bias)
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %layer.9.ffn.layernorm31 = getelementptr inbounds i8, i8* %469, i64 0
  %470 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %471 = load i8*, i8** %470, align 8
  %bert.encoder.layer.10.attention.self.key.weight = getelementptr inbounds i8, i8* %471, i64 381225984
  %472 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %473 = load i8*, i8** %472, align 8
  %layer.10.attention.key = getelementptr inbounds i8, i8* %473, i64 6295552
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %475 = load i8*, i8** %474, align 8
  %bert.encoder.layer.10.attention.self.key.bias = getelementptr inbounds i8, i8* %475, i64 383585280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 61, %bertrt_gemm* @forward_s128__k115_layer_10_attention_key_matmul.gemm, i8* %layer.9.ffn.layernorm31, i8* %bert.encoder.layer.10.attention.self.key.weight, i8* %layer.10.attention.key, i8* %bert.encoder.layer.10.attention.self.key.bias)
  %476 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %477 = load i8*, i8** %476, align 8
  %layer.9.ffn.layernorm32 = getelementptr inbounds i8, i8* %477, i64 0
  %478 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %479 = load i8*, i8** %478, align 8
  %bert.encoder.layer.10.attention.self.value.weight = getelementptr inbounds i8, i8* %479, i64 383588352
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %481 = load i8*, i8** %480, align 8
  %layer.10.attention.value = getelementptr inbounds i8, i8* %481, i64 9441280
  %482 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %483 = load i8*, i8** %482, align 8
  %bert.encoder.layer.10.attention.self.value.bias = getelementptr inbounds i8, i8* %483, i64 385947648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 62, %bertrt_gemm* @forward_s128__k116_layer_10_attention_value_matmul.gemm, i8* %layer.9.ffn.layernorm32, i8* %bert.encoder.layer.10.attention.self.value.weight, i8* %layer.10.attention.value, i8* %bert.encoder.layer.10.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k117_layer_10_attention_context_forward.launch)
  %484 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %485 = load i8*, i8** %484, align 8
  %layer.10.attention.context = getelementptr inbounds i8, i8* %485, i64 12587008
  %486 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %487 = load i8*, i8** %486, align 8
  %bert.encoder.layer.10.attention.output.dense.weight = getelementptr inbounds i8, i8* %487, i64 385950720
  %488 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %489 = load i8*, i8** %488, align 8
  %layer.10.attention.output = getelementptr inbounds i8, i8* %489, i64 3149824
  %490 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %491 = load i8*, i8** %490, align 8
  %bert.encoder.layer.10.attention.output.dense.bias = getelementptr inbounds i8, i8* %491, i64 388310016
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 63, %bertrt_gemm* @forward_s128__k118_layer_10_attention_output_matmul.gemm, i8* %layer.10.attention.context, i8* %bert.encoder.layer.10.attention.output.dense.weight, i8* %layer.10.attention.output, i8* %bert.encoder.layer.10.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k119_layer_10_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k120_layer_10_attention_layernorm.launch)
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %493 = load i8*, i8** %492, align 8
  %layer.10.attention.layernorm = getelementptr inbounds i8, i8* %493, i64 0
  %494 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %495 = load i8*, i8** %494, align 8
  %bert.encoder.layer.10.intermediate.dense.weight = getelementptr inbounds i8, i8* %495, i64 388319232
  %496 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %497 = load i8*, i8** %496, align 8
  %layer.10.ffn.gelu = getelementptr inbounds i8, i8* %497, i64 3149824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 64, %bertrt_gemm* @forward_s128__k121_layer_10_ffn_intermediate_matmul.gemm, i8* %layer.10.attention.layernorm, i8* %bert.encoder.layer.10.intermediate.dense.weight, i8* %layer.10.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k121_layer_10_ffn_intermediate_matmul.launch)
  %498 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %499 = load i8*, i8** %498, align 8
  %layer.10.ffn.gelu33 = getelementptr inbounds i8, i8* %499, i64 3149824
  %500 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %501 = load i8*, i8** %500, align 8
  %bert.encoder.layer.10.output.dense.weight = getelementptr inbounds i8, i8* %501, i64 397768704
  %502 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %503 = load i8*, i8** %502, align 8
  %layer.10.ffn.output = getelementptr inbounds i8, i8* %503, i64 15732736
  %504 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %505 = load i8*, i8** %504, align 8
  %bert.encoder.layer.10.output.dense.bias = getelementptr inbounds i8, i8* %505, i64 407205888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 65, %bertrt_gemm* @forward_s128__k122_layer_10_ffn_output_matmul.gemm, i8* %layer.10.ffn.gelu33, i8* %bert.encoder.layer.10.output.dense.weight, i8* %layer.10.ffn.output, i8* %bert.encoder.layer.10.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k123_layer_10_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k124_layer_10_ffn_layernorm.launch)
  %506 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %507 = load i8*, i8** %506, align 8
  %layer.10.ffn.layernorm = getelementptr inbounds i8, i8* %507, i64 0
  %508 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %509 = load i8*, i8** %508, align 8
  %bert.encoder.layer.11.attention.self.query.weight = getelementptr inbounds i8, i8* %509, i64 407215104
  %510 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %511 = load i8*, i8** %510, align 8
  %layer.11.attention.query = getelementptr inbounds i8, i8* %511, i64 3149824
  %512 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %513 = load i8*, i8** %512, align 8
  %bert.encoder.layer.11.attention.self.query.bias = getelementptr inbounds i8, i8* %513, i64 409574400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 66, %bertrt_gemm* @forward_s128__k125_layer_11_attention_query_matmul.gemm, i8* %layer.10.ffn.layernorm, i8* %bert.encoder.layer.11.attention.self.query.weight, i8* %layer.11.attention.query, i8* %bert.encoder.layer.11.attention.self.query.bias)
  %514 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %515 = load i8*, i8** %514, align 8
  %layer.10.ffn.layernorm34 = getelementptr inbounds i8, i8* %515, i64 0
  %516 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %517 = load i8*, i8** %516, align 8
  %bert.encoder.layer.11.attention.self.key.weight = getelementptr inbounds i8, i8* %517, i64 409577472
  %518 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %519 = load i8*, i8** %518, align 8
  %layer.11.attention.key = getelementptr inbounds i8, i8* %519, i64 6295552
  %520 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %521 = load i8*, i8** %520, align 8
  %bert.encoder.layer.11.attention.self.key.bias = getelementptr inbounds i8, i8* %521, i64 411936768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 67, %bertrt_gemm* @forward_s128__k126_layer_11_attention_key_matmul.gemm, i8* %layer.10.ffn.layernorm34, i8* %bert.encoder.layer.11.attention.self.key.weight, i8* %layer.11.attention.key, i8* %bert.encoder.layer.11.attention.self.key.bias)
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %523 = load i8*, i8** %522, align 8
  %layer.10.ffn.layernorm35 = getelementptr inbounds i8, i8* %523, i64 0
  %524 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %525 = load i8*, i8** %524, align 8
  %bert.encoder.layer.11.attention.self.value.weight = getelementptr inbounds i8, i8* %525, i64 411939840
  %526 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %527 = load i8*, i8** %526, align 8
  %layer.11.attention.value = getelementptr inbounds i8, i8* %527, i64 9441280
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %529 = load i8*, i8** %528, align 8
  %bert.encoder.layer.11.attention.self.value.bias = getelementptr inbounds i8, i8* %529, i64 414299136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 68, %bertrt_gemm* @forward_s128__k127_layer_11_attention_value_matmul.gemm, i8* %layer.10.ffn.layernorm35, i8* %bert.encoder.layer.11.attention.self.value.weight, i8* %layer.11.attention.value, i8* %bert.encoder.layer.11.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k128_layer_11_attention_context_forward.launch)
  %530 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %531 = load i8*, i8** %530, align 8
  %layer.11.attention.context = getelementptr inbounds i8, i8* %531, i64 12587008
  %532 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %533 = load i8*, i8** %532, align 8
  %bert.encoder.layer.11.attention.output.dense.weight = getelementptr inbounds i8, i8* %533, i64 414302208
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %535 = load i8*, i8** %534, align 8
  %layer.11.attention.output = getelementptr inbounds i8, i8* %535, i64 3145728
  %536 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %537 = load i8*, i8** %536, align 8
  %bert.encoder.layer.11.attention.output.dense.bias = getelementptr inbounds i8, i8* %537, i64 416661504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 69, %bertrt_gemm* @forward_s128__k129_layer_11_attention_output_matmul.gemm, i8* %layer.11.attention.context, i8* %bert.encoder.layer.11.attention.output.dense.weight, i8* %layer.11.attention.output, i8* %bert.encoder.layer.11.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k130_layer_11_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k131_layer_11_attention_layernorm.launch)
  %538 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %539 = load i8*, i8** %538, align 8
  %layer.11.attention.layernorm = getelementptr inbounds i8, i8* %539, i64 0
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %541 = load i8*, i8** %540, align 8
  %bert.encoder.layer.11.intermediate.dense.weight = getelementptr inbounds i8, i8* %541, i64 416670720
  %542 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %543 = load i8*, i8** %542, align 8
  %layer.11.ffn.gelu = getelementptr inbounds i8, i8* %543, i64 3145728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 70, %bertrt_gemm* @forward_s128__k132_layer_11_ffn_intermediate_matmul.gemm, i8* %layer.11.attention.layernorm, i8* %bert.encoder.layer.11.intermediate.dense.weight, i8* %layer.11.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k132_layer_11_ffn_intermediate_matmul.launch)
  %544 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %545 = load i8*, i8** %544, align 8
  %layer.11.ffn.gelu36 = getelementptr inbounds i8, i8* %545, i64 3145728
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %547 = load i8*, i8** %546, align 8
  %bert.encoder.layer.11.output.dense.weight = getelementptr inbounds i8, i8* %547, i64 426120192
  %548 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %549 = load i8*, i8** %548, align 8
  %layer.11.ffn.output = getelementptr inbounds i8, i8* %549, i64 15728640
  %550 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %551 = load i8*, i8** %550, align 8
  %bert.encoder.layer.11.output.dense.bias = getelementptr inbounds i8, i8* %551, i64 435557376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 71, %bertrt_gemm* @forward_s128__k133_layer_11_ffn_output_matmul.gemm, i8* %layer.11.ffn.gelu36, i8* %bert.encoder.layer.11.output.dense.weight, i8* %layer.11.ffn.output, i8* %bert.encoder.layer.11.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k134_layer_11_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k135_layer_11_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k136_pooler_first_token.launch)
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %553, i64 0
  %554 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %555 = load i8*, i8** %554, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %555, i64 435566592
  %556 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %557 = load i8*, i8** %556, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %557, i64 24576
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %559 = load i8*, i8** %558, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %559, i64 437925888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 72, %bertrt_gemm* @forward_s128__k137_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k138_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k139_head_dropout.launch)
  %560 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %561 = load i8*, i8** %560, align 8
  %head.dropout = getelementptr inbounds i8, i8* %561, i64 0
  %562 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %563 = load i8*, i8** %562, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %563, i64 437928960
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %565 = load i8*, i8** %564, align 8
  %head.classifier = getelementptr inbounds i8, i8* %565, i64 12352
  %566 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %567 = load i8*, i8** %566, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %567, i64 437935104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 73, %bertrt_gemm* @forward_s128__k140_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k141_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k142_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k143_loss.launch)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_cuda_run(%bertrt_ctx*, %bertrt_cuda_kernel*) #0

; Function Attrs: nounwind
declare void @bertrt_cuda_gemm(%bertrt_ctx*, i64, %bertrt_gemm*, i8*, i8*, i8*, i8*) #0

; Function Attrs: nounwind
define void @train_s128_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %embeddings.dropout = getelementptr inbounds i8, i8* %1, i64 6299648
  %2 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %3 = load i8*, i8** %2, align 8
  %bert.encoder.layer.0.attention.self.query.weight = getelementptr inbounds i8, i8* %3, i64 95348736
  %4 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %5 = load i8*, i8** %4, align 8
  %layer.0.attention.query = getelementptr inbounds i8, i8* %5, i64 9445376
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %7 = load i8*, i8** %6, align 8
  %bert.encoder.layer.0.attention.self.query.bias = getelementptr inbounds i8, i8* %7, i64 97708032
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 74, %bertrt_gemm* @train_s128_v0__k004_layer_0_attention_query_matmul.gemm, i8* %embeddings.dropout, i8* %bert.encoder.layer.0.attention.self.query.weight, i8* %layer.0.attention.query, i8* %bert.encoder.layer.0.attention.self.query.bias)
  %8 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %9 = load i8*, i8** %8, align 8
  %embeddings.dropout1 = getelementptr inbounds i8, i8* %9, i64 6299648
  %10 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %11 = load i8*, i8** %10, align 8
  %bert.encoder.layer.0.attention.self.key.weight = getelementptr inbounds i8, i8* %11, i64 97711104
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %layer.0.attention.key = getelementptr inbounds i8, i8* %13, i64 12591104
  %14 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %15 = load i8*, i8** %14, align 8
  %bert.encoder.layer.0.attention.self.key.bias = getelementptr inbounds i8, i8* %15, i64 100070400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 75, %bertrt_gemm* @train_s128_v0__k005_layer_0_attention_key_matmul.gemm, i8* %embeddings.dropout1, i8* %bert.encoder.layer.0.attention.self.key.weight, i8* %layer.0.attention.key, i8* %bert.encoder.layer.0.attention.self.key.bias)
  %16 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %17 = load i8*, i8** %16, align 8
  %embeddings.dropout2 = getelementptr inbounds i8, i8* %17, i64 6299648
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %19 = load i8*, i8** %18, align 8
  %bert.encoder.layer.0.attention.self.value.weight = getelementptr inbounds i8, i8* %19, i64 100073472
  %20 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %21 = load i8*, i8** %20, align 8
  %layer.0.attention.value = getelementptr inbounds i8, i8* %21, i64 15736832
  %22 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %23 = load i8*, i8** %22, align 8
  %bert.encoder.layer.0.attention.self.value.bias = getelementptr inbounds i8, i8* %23, i64 102432768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 76, %bertrt_gemm* @train_s128_v0__k006_layer_0_attention_value_matmul.gemm, i8* %embeddings.dropout2, i8* %bert.encoder.layer.0.attention.self.value.weight, i8* %layer.0.attention.value, i8* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k007_layer_0_attention_context_forward.launch)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %layer.0.attention.context = getelementptr inbounds i8, i8* %25, i64 18882560
  %26 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %27 = load i8*, i8** %26, align 8
  %bert.encoder.layer.0.attention.output.dense.weight = getelementptr inbounds i8, i8* %27, i64 102435840
  %28 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %29 = load i8*, i8** %28, align 8
  %layer.0.attention.output = getelementptr inbounds i8, i8* %29, i64 22028288
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %31 = load i8*, i8** %30, align 8
  %bert.encoder.layer.0.attention.output.dense.bias = getelementptr inbounds i8, i8* %31, i64 104795136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 77, %bertrt_gemm* @train_s128_v0__k008_layer_0_attention_output_matmul.gemm, i8* %layer.0.attention.context, i8* %bert.encoder.layer.0.attention.output.dense.weight, i8* %layer.0.attention.output, i8* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k010_layer_0_attention_layernorm.launch)
  %32 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %33 = load i8*, i8** %32, align 8
  %layer.0.attention.layernorm = getelementptr inbounds i8, i8* %33, i64 22028288
  %34 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %35 = load i8*, i8** %34, align 8
  %bert.encoder.layer.0.intermediate.dense.weight = getelementptr inbounds i8, i8* %35, i64 104804352
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %layer.0.ffn.gelu = getelementptr inbounds i8, i8* %37, i64 40902656
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 78, %bertrt_gemm* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm, i8* %layer.0.attention.layernorm, i8* %bert.encoder.layer.0.intermediate.dense.weight, i8* %layer.0.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %38 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %39 = load i8*, i8** %38, align 8
  %layer.0.ffn.gelu3 = getelementptr inbounds i8, i8* %39, i64 40902656
  %40 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %41 = load i8*, i8** %40, align 8
  %bert.encoder.layer.0.output.dense.weight = getelementptr inbounds i8, i8* %41, i64 114253824
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %layer.0.ffn.output = getelementptr inbounds i8, i8* %43, i64 53485568
  %44 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %45 = load i8*, i8** %44, align 8
  %bert.encoder.layer.0.output.dense.bias = getelementptr inbounds i8, i8* %45, i64 123691008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 79, %bertrt_gemm* @train_s128_v0__k012_layer_0_ffn_output_matmul.gemm, i8* %layer.0.ffn.gelu3, i8* %bert.encoder.layer.0.output.dense.weight, i8* %layer.0.ffn.output, i8* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k014_layer_0_ffn_layernorm.launch)
  %46 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %47 = load i8*, i8** %46, align 8
  %layer.0.ffn.layernorm = getelementptr inbounds i8, i8* %47, i64 53485568
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %49 = load i8*, i8** %48, align 8
  %bert.encoder.layer.1.attention.self.query.weight = getelementptr inbounds i8, i8* %49, i64 123700224
  %50 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %51 = load i8*, i8** %50, align 8
  %layer.1.attention.query = getelementptr inbounds i8, i8* %51, i64 59777024
  %52 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %53 = load i8*, i8** %52, align 8
  %bert.encoder.layer.1.attention.self.query.bias = getelementptr inbounds i8, i8* %53, i64 126059520
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 80, %bertrt_gemm* @train_s128_v0__k015_layer_1_attention_query_matmul.gemm, i8* %layer.0.ffn.layernorm, i8* %bert.encoder.layer.1.attention.self.query.weight, i8* %layer.1.attention.query, i8* %bert.encoder.layer.1.attention.self.query.bias)
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %layer.0.ffn.layernorm4 = getelementptr inbounds i8, i8* %55, i64 53485568
  %56 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %57 = load i8*, i8** %56, align 8
  %bert.encoder.layer.1.attention.self.key.weight = getelementptr inbounds i8, i8* %57, i64 126062592
  %58 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %59 = load i8*, i8** %58, align 8
  %layer.1.attention.key = getelementptr inbounds i8, i8* %59, i64 62922752
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %bert.encoder.layer.1.attention.self.key.bias = getelementptr inbounds i8, i8* %61, i64 128421888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 81, %bertrt_gemm* @train_s128_v0__k016_layer_1_attention_key_matmul.gemm, i8* %layer.0.ffn.layernorm4, i8* %bert.encoder.layer.1.attention.self.key.weight, i8* %layer.1.attention.key, i8* %bert.encoder.layer.1.attention.self.key.bias)
  %62 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %63 = load i8*, i8** %62, align 8
  %layer.0.ffn.layernorm5 = getelementptr inbounds i8, i8* %63, i64 53485568
  %64 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %65 = load i8*, i8** %64, align 8
  %bert.encoder.layer.1.attention.self.value.weight = getelementptr inbounds i8, i8* %65, i64 128424960
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %67 = load i8*, i8** %66, align 8
  %layer.1.attention.value = getelementptr inbounds i8, i8* %67, i64 66068480
  %68 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %69 = load i8*, i8** %68, align 8
  %bert.encoder.layer.1.attention.self.value.bias = getelementptr inbounds i8, i8* %69, i64 130784256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 82, %bertrt_gemm* @train_s128_v0__k017_layer_1_attention_value_matmul.gemm, i8* %layer.0.ffn.layernorm5, i8* %bert.encoder.layer.1.attention.self.value.weight, i8* %layer.1.attention.value, i8* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k018_layer_1_attention_context_forward.launch)
  %70 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %71 = load i8*, i8** %70, align 8
  %layer.1.attention.context = getelementptr inbounds i8, i8* %71, i64 69214208
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %bert.encoder.layer.1.attention.output.dense.weight = getelementptr inbounds i8, i8* %73, i64 130787328
  %74 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %75 = load i8*, i8** %74, align 8
  %layer.1.attention.output = getelementptr inbounds i8, i8* %75, i64 72359936
  %76 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %77 = load i8*, i8** %76, align 8
  %bert.encoder.layer.1.attention.output.dense.bias = getelementptr inbounds i8, i8* %77, i64 133146624
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 83, %bertrt_gemm* @train_s128_v0__k019_layer_1_attention_output_matmul.gemm, i8* %layer.1.attention.context, i8* %bert.encoder.layer.1.attention.output.dense.weight, i8* %layer.1.attention.output, i8* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k021_layer_1_attention_layernorm.launch)
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %79 = load i8*, i8** %78, align 8
  %layer.1.attention.layernorm = getelementptr inbounds i8, i8* %79, i64 72359936
  %80 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %81 = load i8*, i8** %80, align 8
  %bert.encoder.layer.1.intermediate.dense.weight = getelementptr inbounds i8, i8* %81, i64 133155840
  %82 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %83 = load i8*, i8** %82, align 8
  %layer.1.ffn.gelu = getelementptr inbounds i8, i8* %83, i64 91234304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 84, %bertrt_gemm* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm, i8* %layer.1.attention.layernorm, i8* %bert.encoder.layer.1.intermediate.dense.weight, i8* %layer.1.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %85 = load i8*, i8** %84, align 8
  %layer.1.ffn.gelu6 = getelementptr inbounds i8, i8* %85, i64 91234304
  %86 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %87 = load i8*, i8** %86, align 8
  %bert.encoder.layer.1.output.dense.weight = getelementptr inbounds i8, i8* %87, i64 142605312
  %88 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %89 = load i8*, i8** %88, align 8
  %layer.1.ffn.output = getelementptr inbounds i8, i8* %89, i64 103817216
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %bert.encoder.layer.1.output.dense.bias = getelementptr inbounds i8, i8* %91, i64 152042496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 85, %bertrt_gemm* @train_s128_v0__k023_layer_1_ffn_output_matmul.gemm, i8* %layer.1.ffn.gelu6, i8* %bert.encoder.layer.1.output.dense.weight, i8* %layer.1.ffn.output, i8* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k025_layer_1_ffn_layernorm.launch)
  %92 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %93 = load i8*, i8** %92, align 8
  %layer.1.ffn.layernorm = getelementptr inbounds i8, i8* %93, i64 103817216
  %94 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %95 = load i8*, i8** %94, align 8
  %bert.encoder.layer.2.attention.self.query.weight = getelementptr inbounds i8, i8* %95, i64 152051712
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %97 = load i8*, i8** %96, align 8
  %layer.2.attention.query = getelementptr inbounds i8, i8* %97, i64 110108672
  %98 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %99 = load i8*, i8** %98, align 8
  %bert.encoder.layer.2.attention.self.query.bias = getelementptr inbounds i8, i8* %99, i64 154411008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 86, %bertrt_gemm* @train_s128_v0__k026_layer_2_attention_query_matmul.gemm, i8* %layer.1.ffn.layernorm, i8* %bert.encoder.layer.2.attention.self.query.weight, i8* %layer.2.attention.query, i8* %bert.encoder.layer.2.attention.self.query.bias)
  %100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %101 = load i8*, i8** %100, align 8
  %layer.1.ffn.layernorm7 = getelementptr inbounds i8, i8* %101, i64 103817216
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %bert.encoder.layer.2.attention.self.key.weight = getelementptr inbounds i8, i8* %103, i64 154414080
  %104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %105 = load i8*, i8** %104, align 8
  %layer.2.attention.key = getelementptr inbounds i8, i8* %105, i64 113254400
  %106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %107 = load i8*, i8** %106, align 8
  %bert.encoder.layer.2.attention.self.key.bias = getelementptr inbounds i8, i8* %107, i64 156773376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 87, %bertrt_gemm* @train_s128_v0__k027_layer_2_attention_key_matmul.gemm, i8* %layer.1.ffn.layernorm7, i8* %bert.encoder.layer.2.attention.self.key.weight, i8* %layer.2.attention.key, i8* %bert.encoder.layer.2.attention.self.key.bias)
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %109 = load i8*, i8** %108, align 8
  %layer.1.ffn.layernorm8 = getelementptr inbounds i8, i8* %109, i64 103817216
  %110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %111 = load i8*, i8** %110, align 8
  %bert.encoder.layer.2.attention.self.value.weight = getelementptr inbounds i8, i8* %111, i64 156776448
  %112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %113 = load i8*, i8** %112, align 8
  %layer.2.attention.value = getelementptr inbounds i8, i8* %113, i64 116400128
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %bert.encoder.layer.2.attention.self.value.bias = getelementptr inbounds i8, i8* %115, i64 159135744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 88, %bertrt_gemm* @train_s128_v0__k028_layer_2_attention_value_matmul.gemm, i8* %layer.1.ffn.layernorm8, i8* %bert.encoder.layer.2.attention.self.value.weight, i8* %layer.2.attention.value, i8* %bert.encoder.layer.2.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k029_layer_2_attention_context_forward.launch)
  %116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %117 = load i8*, i8** %116, align 8
  %layer.2.attention.context = getelementptr inbounds i8, i8* %117, i64 119545856
  %118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %119 = load i8*, i8** %118, align 8
  %bert.encoder.layer.2.attention.output.dense.weight = getelementptr inbounds i8, i8* %119, i64 159138816
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %121 = load i8*, i8** %120, align 8
  %layer.2.attention.output = getelementptr inbounds i8, i8* %121, i64 122691584
  %122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %123 = load i8*, i8** %122, align 8
  %bert.encoder.layer.2.attention.output.dense.bias = getelementptr inbounds i8, i8* %123, i64 161498112
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 89, %bertrt_gemm* @train_s128_v0__k030_layer_2_attention_output_matmul.gemm, i8* %layer.2.attention.context, i8* %bert.encoder.layer.2.attention.output.dense.weight, i8* %layer.2.attention.output, i8* %bert.encoder.layer.2.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k031_layer_2_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k032_layer_2_attention_layernorm.launch)
  %124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %125 = load i8*, i8** %124, align 8
  %layer.2.attention.layernorm = getelementptr inbounds i8, i8* %125, i64 122691584
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %127 = load i8*, i8** %126, align 8
  %bert.encoder.layer.2.intermediate.dense.weight = getelementptr inbounds i8, i8* %127, i64 161507328
  %128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %129 = load i8*, i8** %128, align 8
  %layer.2.ffn.gelu = getelementptr inbounds i8, i8* %129, i64 141565952
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 90, %bertrt_gemm* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.gemm, i8* %layer.2.attention.layernorm, i8* %bert.encoder.layer.2.intermediate.dense.weight, i8* %layer.2.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch)
  %130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %131 = load i8*, i8** %130, align 8
  %layer.2.ffn.gelu9 = getelementptr inbounds i8, i8* %131, i64 141565952
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %133 = load i8*, i8** %132, align 8
  %bert.encoder.layer.2.output.dense.weight = getelementptr inbounds i8, i8* %133, i64 170956800
  %134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %135 = load i8*, i8** %134, align 8
  %layer.2.ffn.output = getelementptr inbounds i8, i8* %135, i64 154148864
  %136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %137 = load i8*, i8** %136, align 8
  %bert.encoder.layer.2.output.dense.bias = getelementptr inbounds i8, i8* %137, i64 180393984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 91, %bertrt_gemm* @train_s128_v0__k034_layer_2_ffn_output_matmul.gemm, i8* %layer.2.ffn.gelu9, i8* %bert.encoder.layer.2.output.dense.weight, i8* %layer.2.ffn.output, i8* %bert.encoder.layer.2.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k035_layer_2_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k036_layer_2_ffn_layernorm.launch)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %layer.2.ffn.layernorm = getelementptr inbounds i8, i8* %139, i64 154148864
  %140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %141 = load i8*, i8** %140, align 8
  %bert.encoder.layer.3.attention.self.query.weight = getelementptr inbounds i8, i8* %141, i64 180403200
  %142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %143 = load i8*, i8** %142, align 8
  %layer.3.attention.query = getelementptr inbounds i8, i8* %143, i64 160440320
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %145 = load i8*, i8** %144, align 8
  %bert.encoder.layer.3.attention.self.query.bias = getelementptr inbounds i8, i8* %145, i64 182762496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 92, %bertrt_gemm* @train_s128_v0__k037_layer_3_attention_query_matmul.gemm, i8* %layer.2.ffn.layernorm, i8* %bert.encoder.layer.3.attention.self.query.weight, i8* %layer.3.attention.query, i8* %bert.encoder.layer.3.attention.self.query.bias)
  %146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %147 = load i8*, i8** %146, align 8
  %layer.2.ffn.layernorm10 = getelementptr inbounds i8, i8* %147, i64 154148864
  %148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %149 = load i8*, i8** %148, align 8
  %bert.encoder.layer.3.attention.self.key.weight = getelementptr inbounds i8, i8* %149, i64 182765568
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %layer.3.attention.key = getelementptr inbounds i8, i8* %151, i64 163586048
  %152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %153 = load i8*, i8** %152, align 8
  %bert.encoder.layer.3.attention.self.key.bias = getelementptr inbounds i8, i8* %153, i64 185124864
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 93, %bertrt_gemm* @train_s128_v0__k038_layer_3_attention_key_matmul.gemm, i8* %layer.2.ffn.layernorm10, i8* %bert.encoder.layer.3.attention.self.key.weight, i8* %layer.3.attention.key, i8* %bert.encoder.layer.3.attention.self.key.bias)
  %154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %155 = load i8*, i8** %154, align 8
  %layer.2.ffn.layernorm11 = getelementptr inbounds i8, i8* %155, i64 154148864
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %157 = load i8*, i8** %156, align 8
  %bert.encoder.layer.3.attention.self.value.weight = getelementptr inbounds i8, i8* %157, i64 185127936
  %158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %159 = load i8*, i8** %158, align 8
  %layer.3.attention.value = getelementptr inbounds i8, i8* %159, i64 166731776
  %160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %161 = load i8*, i8** %160, align 8
  %bert.encoder.layer.3.attention.self.value.bias = getelementptr inbounds i8, i8* %161, i64 187487232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 94, %bertrt_gemm* @train_s128_v0__k039_layer_3_attention_value_matmul.gemm, i8* %layer.2.ffn.layernorm11, i8* %bert.encoder.layer.3.attention.self.value.weight, i8* %layer.3.attention.value, i8* %bert.encoder.layer.3.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k040_layer_3_attention_context_forward.launch)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %layer.3.attention.context = getelementptr inbounds i8, i8* %163, i64 169877504
  %164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %165 = load i8*, i8** %164, align 8
  %bert.encoder.layer.3.attention.output.dense.weight = getelementptr inbounds i8, i8* %165, i64 187490304
  %166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %167 = load i8*, i8** %166, align 8
  %layer.3.attention.output = getelementptr inbounds i8, i8* %167, i64 173023232
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %169 = load i8*, i8** %168, align 8
  %bert.encoder.layer.3.attention.output.dense.bias = getelementptr inbounds i8, i8* %169, i64 189849600
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 95, %bertrt_gemm* @train_s128_v0__k041_layer_3_attention_output_matmul.gemm, i8* %layer.3.attention.context, i8* %bert.encoder.layer.3.attention.output.dense.weight, i8* %layer.3.attention.output, i8* %bert.encoder.layer.3.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k042_layer_3_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k043_layer_3_attention_layernorm.launch)
  %170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %171 = load i8*, i8** %170, align 8
  %layer.3.attention.layernorm = getelementptr inbounds i8, i8* %171, i64 173023232
  %172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %173 = load i8*, i8** %172, align 8
  %bert.encoder.layer.3.intermediate.dense.weight = getelementptr inbounds i8, i8* %173, i64 189858816
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %layer.3.ffn.gelu = getelementptr inbounds i8, i8* %175, i64 191897600
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 96, %bertrt_gemm* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.gemm, i8* %layer.3.attention.layernorm, i8* %bert.encoder.layer.3.intermediate.dense.weight, i8* %layer.3.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch)
  %176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %177 = load i8*, i8** %176, align 8
  %layer.3.ffn.gelu12 = getelementptr inbounds i8, i8* %177, i64 191897600
  %178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %179 = load i8*, i8** %178, align 8
  %bert.encoder.layer.3.output.dense.weight = getelementptr inbounds i8, i8* %179, i64 199308288
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %layer.3.ffn.output = getelementptr inbounds i8, i8* %181, i64 204480512
  %182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %183 = load i8*, i8** %182, align 8
  %bert.encoder.layer.3.output.dense.bias = getelementptr inbounds i8, i8* %183, i64 208745472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 97, %bertrt_gemm* @train_s128_v0__k045_layer_3_ffn_output_matmul.gemm, i8* %layer.3.ffn.gelu12, i8* %bert.encoder.layer.3.output.dense.weight, i8* %layer.3.ffn.output, i8* %bert.encoder.layer.3.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k046_layer_3_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k047_layer_3_ffn_layernorm.launch)
  %184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %185 = load i8*, i8** %184, align 8
  %layer.3.ffn.layernorm = getelementptr inbounds i8, i8* %185, i64 204480512
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %187 = load i8*, i8** %186, align 8
  %bert.encoder.layer.4.attention.self.query.weight = getelementptr inbounds i8, i8* %187, i64 208754688
  %188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %189 = load i8*, i8** %188, align 8
  %layer.4.attention.query = getelementptr inbounds i8, i8* %189, i64 210771968
  %190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %191 = load i8*, i8** %190, align 8
  %bert.encoder.layer.4.attention.self.query.bias = getelementptr inbounds i8, i8* %191, i64 211113984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 98, %bertrt_gemm* @train_s128_v0__k048_layer_4_attention_query_matmul.gemm, i8* %layer.3.ffn.layernorm, i8* %bert.encoder.layer.4.attention.self.query.weight, i8* %layer.4.attention.query, i8* %bert.encoder.layer.4.attention.self.query.bias)
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %layer.3.ffn.layernorm13 = getelementptr inbounds i8, i8* %193, i64 204480512
  %194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %195 = load i8*, i8** %194, align 8
  %bert.encoder.layer.4.attention.self.key.weight = getelementptr inbounds i8, i8* %195, i64 211117056
  %196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %197 = load i8*, i8** %196, align 8
  %layer.4.attention.key = getelementptr inbounds i8, i8* %197, i64 213917696
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %bert.encoder.layer.4.attention.self.key.bias = getelementptr inbounds i8, i8* %199, i64 213476352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 99, %bertrt_gemm* @train_s128_v0__k049_layer_4_attention_key_matmul.gemm, i8* %layer.3.ffn.layernorm13, i8* %bert.encoder.layer.4.attention.self.key.weight, i8* %layer.4.attention.key, i8* %bert.encoder.layer.4.attention.self.key.bias)
  %200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %201 = load i8*, i8** %200, align 8
  %layer.3.ffn.layernorm14 = getelementptr inbounds i8, i8* %201, i64 204480512
  %202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %203 = load i8*, i8** %202, align 8
  %bert.encoder.layer.4.attention.self.value.weight = getelementptr inbounds i8, i8* %203, i64 213479424
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %205 = load i8*, i8** %204, align 8
  %layer.4.attention.value = getelementptr inbounds i8, i8* %205, i64 217063424
  %206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %207 = load i8*, i8** %206, align 8
  %bert.encoder.layer.4.attention.self.value.bias = getelementptr inbounds i8, i8* %207, i64 215838720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 100, %bertrt_gemm* @train_s128_v0__k050_layer_4_attention_value_matmul.gemm, i8* %layer.3.ffn.layernorm14, i8* %bert.encoder.layer.4.attention.self.value.weight, i8* %layer.4.attention.value, i8* %bert.encoder.layer.4.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k051_layer_4_attention_context_forward.launch)
  %208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %209 = load i8*, i8** %208, align 8
  %layer.4.attention.context = getelementptr inbounds i8, i8* %209, i64 220209152
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %bert.encoder.layer.4.attention.output.dense.weight = getelementptr inbounds i8, i8* %211, i64 215841792
  %212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %213 = load i8*, i8** %212, align 8
  %layer.4.attention.output = getelementptr inbounds i8, i8* %213, i64 223354880
  %214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %215 = load i8*, i8** %214, align 8
  %bert.encoder.layer.4.attention.output.dense.bias = getelementptr inbounds i8, i8* %215, i64 218201088
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 101, %bertrt_gemm* @train_s128_v0__k052_layer_4_attention_output_matmul.gemm, i8* %layer.4.attention.context, i8* %bert.encoder.layer.4.attention.output.dense.weight, i8* %layer.4.attention.output, i8* %bert.encoder.layer.4.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k053_layer_4_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k054_layer_4_attention_layernorm.launch)
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %217 = load i8*, i8** %216, align 8
  %layer.4.attention.layernorm = getelementptr inbounds i8, i8* %217, i64 223354880
  %218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %219 = load i8*, i8** %218, align 8
  %bert.encoder.layer.4.intermediate.dense.weight = getelementptr inbounds i8, i8* %219, i64 218210304
  %220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %221 = load i8*, i8** %220, align 8
  %layer.4.ffn.gelu = getelementptr inbounds i8, i8* %221, i64 242229248
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 102, %bertrt_gemm* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.gemm, i8* %layer.4.attention.layernorm, i8* %bert.encoder.layer.4.intermediate.dense.weight, i8* %layer.4.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch)
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %223 = load i8*, i8** %222, align 8
  %layer.4.ffn.gelu15 = getelementptr inbounds i8, i8* %223, i64 242229248
  %224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %225 = load i8*, i8** %224, align 8
  %bert.encoder.layer.4.output.dense.weight = getelementptr inbounds i8, i8* %225, i64 227659776
  %226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %227 = load i8*, i8** %226, align 8
  %layer.4.ffn.output = getelementptr inbounds i8, i8* %227, i64 254812160
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %229 = load i8*, i8** %228, align 8
  %bert.encoder.layer.4.output.dense.bias = getelementptr inbounds i8, i8* %229, i64 237096960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 103, %bertrt_gemm* @train_s128_v0__k056_layer_4_ffn_output_matmul.gemm, i8* %layer.4.ffn.gelu15, i8* %bert.encoder.layer.4.output.dense.weight, i8* %layer.4.ffn.output, i8* %bert.encoder.layer.4.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k057_layer_4_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k058_layer_4_ffn_layernorm.launch)
  %230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %231 = load i8*, i8** %230, align 8
  %layer.4.ffn.layernorm = getelementptr inbounds i8, i8* %231, i64 254812160
  %232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %233 = load i8*, i8** %232, align 8
  %bert.encoder.layer.5.attention.self.query.weight = getelementptr inbounds i8, i8* %233, i64 237106176
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %235 = load i8*, i8** %234, align 8
  %layer.5.attention.query = getelementptr inbounds i8, i8* %235, i64 261103616
  %236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %237 = load i8*, i8** %236, align 8
  %bert.encoder.layer.5.attention.self.query.bias = getelementptr inbounds i8, i8* %237, i64 239465472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 104, %bertrt_gemm* @train_s128_v0__k059_layer_5_attention_query_matmul.gemm, i8* %layer.4.ffn.layernorm, i8* %bert.encoder.layer.5.attention.self.query.weight, i8* %layer.5.attention.query, i8* %bert.encoder.layer.5.attention.self.query.bias)
  %238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %239 = load i8*, i8** %238, align 8
  %layer.4.ffn.layernorm16 = getelementptr inbounds i8, i8* %239, i64 254812160
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %241 = load i8*, i8** %240, align 8
  %bert.encoder.layer.5.attention.self.key.weight = getelementptr inbounds i8, i8* %241, i64 239468544
  %242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %243 = load i8*, i8** %242, align 8
  %layer.5.attention.key = getelementptr inbounds i8, i8* %243, i64 264249344
  %244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %245 = load i8*, i8** %244, align 8
  %bert.encoder.layer.5.attention.self.key.bias = getelementptr inbounds i8, i8* %245, i64 241827840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 105, %bertrt_gemm* @train_s128_v0__k060_layer_5_attention_key_matmul.gemm, i8* %layer.4.ffn.layernorm16, i8* %bert.encoder.layer.5.attention.self.key.weight, i8* %layer.5.attention.key, i8* %bert.encoder.layer.5.attention.self.key.bias)
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %247 = load i8*, i8** %246, align 8
  %layer.4.ffn.layernorm17 = getelementptr inbounds i8, i8* %247, i64 254812160
  %248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %249 = load i8*, i8** %248, align 8
  %bert.encoder.layer.5.attention.self.value.weight = getelementptr inbounds i8, i8* %249, i64 241830912
  %250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %251 = load i8*, i8** %250, align 8
  %layer.5.attention.value = getelementptr inbounds i8, i8* %251, i64 267395072
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %253 = load i8*, i8** %252, align 8
  %bert.encoder.layer.5.attention.self.value.bias = getelementptr inbounds i8, i8* %253, i64 244190208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 106, %bertrt_gemm* @train_s128_v0__k061_layer_5_attention_value_matmul.gemm, i8* %layer.4.ffn.layernorm17, i8* %bert.encoder.layer.5.attention.self.value.weight, i8* %layer.5.attention.value, i8* %bert.encoder.layer.5.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k062_layer_5_attention_context_forward.launch)
  %254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %255 = load i8*, i8** %254, align 8
  %layer.5.attention.context = getelementptr inbounds i8, i8* %255, i64 270540800
  %256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %257 = load i8*, i8** %256, align 8
  %bert.encoder.layer.5.attention.output.dense.weight = getelementptr inbounds i8, i8* %257, i64 244193280
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %259 = load i8*, i8** %258, align 8
  %layer.5.attention.output = getelementptr inbounds i8, i8* %259, i64 273686528
  %260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %261 = load i8*, i8** %260, align 8
  %bert.encoder.layer.5.attention.output.dense.bias = getelementptr inbounds i8, i8* %261, i64 246552576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 107, %bertrt_gemm* @train_s128_v0__k063_layer_5_attention_output_matmul.gemm, i8* %layer.5.attention.context, i8* %bert.encoder.layer.5.attention.output.dense.weight, i8* %layer.5.attention.output, i8* %bert.encoder.layer.5.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k064_layer_5_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k065_layer_5_attention_layernorm.launch)
  %262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %263 = load i8*, i8** %262, align 8
  %layer.5.attention.layernorm = getelementptr inbounds i8, i8* %263, i64 273686528
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %265 = load i8*, i8** %264, align 8
  %bert.encoder.layer.5.intermediate.dense.weight = getelementptr inbounds i8, i8* %265, i64 246561792
  %266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %267 = load i8*, i8** %266, align 8
  %layer.5.ffn.gelu = getelementptr inbounds i8, i8* %267, i64 292560896
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 108, %bertrt_gemm* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.gemm, i8* %layer.5.attention.layernorm, i8* %bert.encoder.layer.5.intermediate.dense.weight, i8* %layer.5.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch)
  %268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %269 = load i8*, i8** %268, align 8
  %layer.5.ffn.gelu18 = getelementptr inbounds i8, i8* %269, i64 292560896
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %271 = load i8*, i8** %270, align 8
  %bert.encoder.layer.5.output.dense.weight = getelementptr inbounds i8, i8* %271, i64 256011264
  %272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %273 = load i8*, i8** %272, align 8
  %layer.5.ffn.output = getelementptr inbounds i8, i8* %273, i64 305143808
  %274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %275 = load i8*, i8** %274, align 8
  %bert.encoder.layer.5.output.dense.bias = getelementptr inbounds i8, i8* %275, i64 265448448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 109, %bertrt_gemm* @train_s128_v0__k067_layer_5_ffn_output_matmul.gemm, i8* %layer.5.ffn.gelu18, i8* %bert.encoder.layer.5.output.dense.weight, i8* %layer.5.ffn.output, i8* %bert.encoder.layer.5.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k068_layer_5_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k069_layer_5_ffn_layernorm.launch)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %layer.5.ffn.layernorm = getelementptr inbounds i8, i8* %277, i64 305143808
  %278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %279 = load i8*, i8** %278, align 8
  %bert.encoder.layer.6.attention.self.query.weight = getelementptr inbounds i8, i8* %279, i64 265457664
  %280 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %281 = load i8*, i8** %280, align 8
  %layer.6.attention.query = getelementptr inbounds i8, i8* %281, i64 311435264
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %283 = load i8*, i8** %282, align 8
  %bert.encoder.layer.6.attention.self.query.bias = getelementptr inbounds i8, i8* %283, i64 267816960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 110, %bertrt_gemm* @train_s128_v0__k070_layer_6_attention_query_matmul.gemm, i8* %layer.5.ffn.layernorm, i8* %bert.encoder.layer.6.attention.self.query.weight, i8* %layer.6.attention.query, i8* %bert.encoder.layer.6.attention.self.query.bias)
  %284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %285 = load i8*, i8** %284, align 8
  %layer.5.ffn.layernorm19 = getelementptr inbounds i8, i8* %285, i64 305143808
  %286 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %287 = load i8*, i8** %286, align 8
  %bert.encoder.layer.6.attention.self.key.weight = getelementptr inbounds i8, i8* %287, i64 267820032
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %layer.6.attention.key = getelementptr inbounds i8, i8* %289, i64 314580992
  %290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %291 = load i8*, i8** %290, align 8
  %bert.encoder.layer.6.attention.self.key.bias = getelementptr inbounds i8, i8* %291, i64 270179328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 111, %bertrt_gemm* @train_s128_v0__k071_layer_6_attention_key_matmul.gemm, i8* %layer.5.ffn.layernorm19, i8* %bert.encoder.layer.6.attention.self.key.weight, i8* %layer.6.attention.key, i8* %bert.encoder.layer.6.attention.self.key.bias)
  %292 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %293 = load i8*, i8** %292, align 8
  %layer.5.ffn.layernorm20 = getelementptr inbounds i8, i8* %293, i64 305143808
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %295 = load i8*, i8** %294, align 8
  %bert.encoder.layer.6.attention.self.value.weight = getelementptr inbounds i8, i8* %295, i64 270182400
  %296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %297 = load i8*, i8** %296, align 8
  %layer.6.attention.value = getelementptr inbounds i8, i8* %297, i64 317726720
  %298 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %299 = load i8*, i8** %298, align 8
  %bert.encoder.layer.6.attention.self.value.bias = getelementptr inbounds i8, i8* %299, i64 272541696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 112, %bertrt_gemm* @train_s128_v0__k072_layer_6_attention_value_matmul.gemm, i8* %layer.5.ffn.layernorm20, i8* %bert.encoder.layer.6.attention.self.value.weight, i8* %layer.6.attention.value, i8* %bert.encoder.layer.6.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k073_layer_6_attention_context_forward.launch)
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %layer.6.attention.context = getelementptr inbounds i8, i8* %301, i64 320872448
  %302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %303 = load i8*, i8** %302, align 8
  %bert.encoder.layer.6.attention.output.dense.weight = getelementptr inbounds i8, i8* %303, i64 272544768
  %304 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %305 = load i8*, i8** %304, align 8
  %layer.6.attention.output = getelementptr inbounds i8, i8* %305, i64 324018176
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %307 = load i8*, i8** %306, align 8
  %bert.encoder.layer.6.attention.output.dense.bias = getelementptr inbounds i8, i8* %307, i64 274904064
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 113, %bertrt_gemm* @train_s128_v0__k074_layer_6_attention_output_matmul.gemm, i8* %layer.6.attention.context, i8* %bert.encoder.layer.6.attention.output.dense.weight, i8* %layer.6.attention.output, i8* %bert.encoder.layer.6.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k075_layer_6_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k076_layer_6_attention_layernorm.launch)
  %308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %309 = load i8*, i8** %308, align 8
  %layer.6.attention.layernorm = getelementptr inbounds i8, i8* %309, i64 324018176
  %310 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %311 = load i8*, i8** %310, align 8
  %bert.encoder.layer.6.intermediate.dense.weight = getelementptr inbounds i8, i8* %311, i64 274913280
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %layer.6.ffn.gelu = getelementptr inbounds i8, i8* %313, i64 342892544
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 114, %bertrt_gemm* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.gemm, i8* %layer.6.attention.layernorm, i8* %bert.encoder.layer.6.intermediate.dense.weight, i8* %layer.6.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch)
  %314 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %315 = load i8*, i8** %314, align 8
  %layer.6.ffn.gelu21 = getelementptr inbounds i8, i8* %315, i64 342892544
  %316 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %317 = load i8*, i8** %316, align 8
  %bert.encoder.layer.6.output.dense.weight = getelementptr inbounds i8, i8* %317, i64 284362752
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %layer.6.ffn.output = getelementptr inbounds i8, i8* %319, i64 355475456
  %320 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %321 = load i8*, i8** %320, align 8
  %bert.encoder.layer.6.output.dense.bias = getelementptr inbounds i8, i8* %321, i64 293799936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 115, %bertrt_gemm* @train_s128_v0__k078_layer_6_ffn_output_matmul.gemm, i8* %layer.6.ffn.gelu21, i8* %bert.encoder.layer.6.output.dense.weight, i8* %layer.6.ffn.output, i8* %bert.encoder.layer.6.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k079_layer_6_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k080_layer_6_ffn_layernorm.launch)
  %322 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %323 = load i8*, i8** %322, align 8
  %layer.6.ffn.layernorm = getelementptr inbounds i8, i8* %323, i64 355475456
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %325 = load i8*, i8** %324, align 8
  %bert.encoder.layer.7.attention.self.query.weight = getelementptr inbounds i8, i8* %325, i64 293809152
  %326 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %327 = load i8*, i8** %326, align 8
  %layer.7.attention.query = getelementptr inbounds i8, i8* %327, i64 361766912
  %328 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %329 = load i8*, i8** %328, align 8
  %bert.encoder.layer.7.attention.self.query.bias = getelementptr inbounds i8, i8* %329, i64 296168448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 116, %bertrt_gemm* @train_s128_v0__k081_layer_7_attention_query_matmul.gemm, i8* %layer.6.ffn.layernorm, i8* %bert.encoder.layer.7.attention.self.query.weight, i8* %layer.7.attention.query, i8* %bert.encoder.layer.7.attention.self.query.bias)
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %layer.6.ffn.layernorm22 = getelementptr inbounds i8, i8* %331, i64 355475456
  %332 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %333 = load i8*, i8** %332, align 8
  %bert.encoder.layer.7.attention.self.key.weight = getelementptr inbounds i8, i8* %333, i64 296171520
  %334 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %335 = load i8*, i8** %334, align 8
  %layer.7.attention.key = getelementptr inbounds i8, i8* %335, i64 364912640
  %336 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %337 = load i8*, i8** %336, align 8
  %bert.encoder.layer.7.attention.self.key.bias = getelementptr inbounds i8, i8* %337, i64 298530816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 117, %bertrt_gemm* @train_s128_v0__k082_layer_7_attention_key_matmul.gemm, i8* %layer.6.ffn.layernorm22, i8* %bert.encoder.layer.7.attention.self.key.weight, i8* %layer.7.attention.key, i8* %bert.encoder.layer.7.attention.self.key.bias)
  %338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %339 = load i8*, i8** %338, align 8
  %layer.6.ffn.layernorm23 = getelementptr inbounds i8, i8* %339, i64 355475456
  %340 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %341 = load i8*, i8** %340, align 8
  %bert.encoder.layer.7.attention.self.value.weight = getelementptr inbounds i8, i8* %341, i64 298533888
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %343 = load i8*, i8** %342, align 8
  %layer.7.attention.value = getelementptr inbounds i8, i8* %343, i64 368058368
  %344 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %345 = load i8*, i8** %344, align 8
  %bert.encoder.layer.7.attention.self.value.bias = getelementptr inbounds i8, i8* %345, i64 300893184
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 118, %bertrt_gemm* @train_s128_v0__k083_layer_7_attention_value_matmul.gemm, i8* %layer.6.ffn.layernorm23, i8* %bert.encoder.layer.7.attention.self.value.weight, i8* %layer.7.attention.value, i8* %bert.encoder.layer.7.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k084_layer_7_attention_context_forward.launch)
  %346 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %347 = load i8*, i8** %346, align 8
  %layer.7.attention.context = getelementptr inbounds i8, i8* %347, i64 371204096
  %348 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %349 = load i8*, i8** %348, align 8
  %bert.encoder.layer.7.attention.output.dense.weight = getelementptr inbounds i8, i8* %349, i64 300896256
  %350 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %351 = load i8*, i8** %350, align 8
  %layer.7.attention.output = getelementptr inbounds i8, i8* %351, i64 374349824
  %352 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %353 = load i8*, i8** %352, align 8
  %bert.encoder.layer.7.attention.output.dense.bias = getelementptr inbounds i8, i8* %353, i64 303255552
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 119, %bertrt_gemm* @train_s128_v0__k085_layer_7_attention_output_matmul.gemm, i8* %layer.7.attention.context, i8* %bert.encoder.layer.7.attention.output.dense.weight, i8* %layer.7.attention.output, i8* %bert.encoder.layer.7.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k086_layer_7_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k087_layer_7_attention_layernorm.launch)
  %354 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %355 = load i8*, i8** %354, align 8
  %layer.7.attention.layernorm = getelementptr inbounds i8, i8* %355, i64 374349824
  %356 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %357 = load i8*, i8** %356, align 8
  %bert.encoder.layer.7.intermediate.dense.weight = getelementptr inbounds i8, i8* %357, i64 303264768
  %358 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %359 = load i8*, i8** %358, align 8
  %layer.7.ffn.gelu = getelementptr inbounds i8, i8* %359, i64 393224192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 120, %bertrt_gemm* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.gemm, i8* %layer.7.attention.layernorm, i8* %bert.encoder.layer.7.intermediate.dense.weight, i8* %layer.7.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch)
  %360 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %361 = load i8*, i8** %360, align 8
  %layer.7.ffn.gelu24 = getelementptr inbounds i8, i8* %361, i64 393224192
  %362 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %363 = load i8*, i8** %362, align 8
  %bert.encoder.layer.7.output.dense.weight = getelementptr inbounds i8, i8* %363, i64 312714240
  %364 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %365 = load i8*, i8** %364, align 8
  %layer.7.ffn.output = getelementptr inbounds i8, i8* %365, i64 405807104
  %366 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %367 = load i8*, i8** %366, align 8
  %bert.encoder.layer.7.output.dense.bias = getelementptr inbounds i8, i8* %367, i64 322151424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 121, %bertrt_gemm* @train_s128_v0__k089_layer_7_ffn_output_matmul.gemm, i8* %layer.7.ffn.gelu24, i8* %bert.encoder.layer.7.output.dense.weight, i8* %layer.7.ffn.output, i8* %bert.encoder.layer.7.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k090_layer_7_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k091_layer_7_ffn_layernorm.launch)
  %368 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %369 = load i8*, i8** %368, align 8
  %layer.7.ffn.layernorm = getelementptr inbounds i8, i8* %369, i64 405807104
  %370 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %371 = load i8*, i8** %370, align 8
  %bert.encoder.layer.8.attention.self.query.weight = getelementptr inbounds i8, i8* %371, i64 322160640
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %373 = load i8*, i8** %372, align 8
  %layer.8.attention.query = getelementptr inbounds i8, i8* %373, i64 412098560
  %374 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %375 = load i8*, i8** %374, align 8
  %bert.encoder.layer.8.attention.self.query.bias = getelementptr inbounds i8, i8* %375, i64 324519936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 122, %bertrt_gemm* @train_s128_v0__k092_layer_8_attention_query_matmul.gemm, i8* %layer.7.ffn.layernorm, i8* %bert.encoder.layer.8.attention.self.query.weight, i8* %layer.8.attention.query, i8* %bert.encoder.layer.8.attention.self.query.bias)
  %376 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %377 = load i8*, i8** %376, align 8
  %layer.7.ffn.layernorm25 = getelementptr inbounds i8, i8* %377, i64 405807104
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %379 = load i8*, i8** %378, align 8
  %bert.encoder.layer.8.attention.self.key.weight = getelementptr inbounds i8, i8* %379, i64 324523008
  %380 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %381 = load i8*, i8** %380, align 8
  %layer.8.attention.key = getelementptr inbounds i8, i8* %381, i64 415244288
  %382 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %383 = load i8*, i8** %382, align 8
  %bert.encoder.layer.8.attention.self.key.bias = getelementptr inbounds i8, i8* %383, i64 326882304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 123, %bertrt_gemm* @train_s128_v0__k093_layer_8_attention_key_matmul.gemm, i8* %layer.7.ffn.layernorm25, i8* %bert.encoder.layer.8.attention.self.key.weight, i8* %layer.8.attention.key, i8* %bert.encoder.layer.8.attention.self.key.bias)
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %385 = load i8*, i8** %384, align 8
  %layer.7.ffn.layernorm26 = getelementptr inbounds i8, i8* %385, i64 405807104
  %386 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %387 = load i8*, i8** %386, align 8
  %bert.encoder.layer.8.attention.self.value.weight = getelementptr inbounds i8, i8* %387, i64 326885376
  %388 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %389 = load i8*, i8** %388, align 8
  %layer.8.attention.value = getelementptr inbounds i8, i8* %389, i64 418390016
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %391 = load i8*, i8** %390, align 8
  %bert.encoder.layer.8.attention.self.value.bias = getelementptr inbounds i8, i8* %391, i64 329244672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 124, %bertrt_gemm* @train_s128_v0__k094_layer_8_attention_value_matmul.gemm, i8* %layer.7.ffn.layernorm26, i8* %bert.encoder.layer.8.attention.self.value.weight, i8* %layer.8.attention.value, i8* %bert.encoder.layer.8.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k095_layer_8_attention_context_forward.launch)
  %392 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %393 = load i8*, i8** %392, align 8
  %layer.8.attention.context = getelementptr inbounds i8, i8* %393, i64 421535744
  %394 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %395 = load i8*, i8** %394, align 8
  %bert.encoder.layer.8.attention.output.dense.weight = getelementptr inbounds i8, i8* %395, i64 329247744
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %397 = load i8*, i8** %396, align 8
  %layer.8.attention.output = getelementptr inbounds i8, i8* %397, i64 424681472
  %398 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %399 = load i8*, i8** %398, align 8
  %bert.encoder.layer.8.attention.output.dense.bias = getelementptr inbounds i8, i8* %399, i64 331607040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 125, %bertrt_gemm* @train_s128_v0__k096_layer_8_attention_output_matmul.gemm, i8* %layer.8.attention.context, i8* %bert.encoder.layer.8.attention.output.dense.weight, i8* %layer.8.attention.output, i8* %bert.encoder.layer.8.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k097_layer_8_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k098_layer_8_attention_layernorm.launch)
  %400 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %401 = load i8*, i8** %400, align 8
  %layer.8.attention.layernorm = getelementptr inbounds i8, i8* %401, i64 424681472
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %403 = load i8*, i8** %402, align 8
  %bert.encoder.layer.8.intermediate.dense.weight = getelementptr inbounds i8, i8* %403, i64 331616256
  %404 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %405 = load i8*, i8** %404, align 8
  %layer.8.ffn.gelu = getelementptr inbounds i8, i8* %405, i64 443555840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 126, %bertrt_gemm* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.gemm, i8* %layer.8.attention.layernorm, i8* %bert.encoder.layer.8.intermediate.dense.weight, i8* %layer.8.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch)
  %406 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %407 = load i8*, i8** %406, align 8
  %layer.8.ffn.gelu27 = getelementptr inbounds i8, i8* %407, i64 443555840
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %409 = load i8*, i8** %408, align 8
  %bert.encoder.layer.8.output.dense.weight = getelementptr inbounds i8, i8* %409, i64 341065728
  %410 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %411 = load i8*, i8** %410, align 8
  %layer.8.ffn.output = getelementptr inbounds i8, i8* %411, i64 456138752
  %412 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %413 = load i8*, i8** %412, align 8
  %bert.encoder.layer.8.output.dense.bias = getelementptr inbounds i8, i8* %413, i64 350502912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 127, %bertrt_gemm* @train_s128_v0__k100_layer_8_ffn_output_matmul.gemm, i8* %layer.8.ffn.gelu27, i8* %bert.encoder.layer.8.output.dense.weight, i8* %layer.8.ffn.output, i8* %bert.encoder.layer.8.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k101_layer_8_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k102_layer_8_ffn_layernorm.launch)
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %layer.8.ffn.layernorm = getelementptr inbounds i8, i8* %415, i64 456138752
  %416 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %417 = load i8*, i8** %416, align 8
  %bert.encoder.layer.9.attention.self.query.weight = getelementptr inbounds i8, i8* %417, i64 350512128
  %418 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %419 = load i8*, i8** %418, align 8
  %layer.9.attention.query = getelementptr inbounds i8, i8* %419, i64 462430208
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %421 = load i8*, i8** %420, align 8
  %bert.encoder.layer.9.attention.self.query.bias = getelementptr inbounds i8, i8* %421, i64 352871424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 128, %bertrt_gemm* @train_s128_v0__k103_layer_9_attention_query_matmul.gemm, i8* %layer.8.ffn.layernorm, i8* %bert.encoder.layer.9.attention.self.query.weight, i8* %layer.9.attention.query, i8* %bert.encoder.layer.9.attention.self.query.bias)
  %422 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %423 = load i8*, i8** %422, align 8
  %layer.8.ffn.layernorm28 = getelementptr inbounds i8, i8* %423, i64 456138752
  %424 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %425 = load i8*, i8** %424, align 8
  %bert.encoder.layer.9.attention.self.key.weight = getelementptr inbounds i8, i8* %425, i64 352874496
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %layer.9.attention.key = getelementptr inbounds i8, i8* %427, i64 465575936
  %428 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %429 = load i8*, i8** %428, align 8
  %bert.encoder.layer.9.attention.self.key.bias = getelementptr inbounds i8, i8* %429, i64 355233792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 129, %bertrt_gemm* @train_s128_v0__k104_layer_9_attention_key_matmul.gemm, i8* %layer.8.ffn.layernorm28, i8* %bert.encoder.layer.9.attention.self.key.weight, i8* %layer.9.attention.key, i8* %bert.encoder.layer.9.attention.self.key.bias)
  %430 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %431 = load i8*, i8** %430, align 8
  %layer.8.ffn.layernorm29 = getelementptr inbounds i8, i8* %431, i64 456138752
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %433 = load i8*, i8** %432, align 8
  %bert.encoder.layer.9.attention.self.value.weight = getelementptr inbounds i8, i8* %433, i64 355236864
  %434 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %435 = load i8*, i8** %434, align 8
  %layer.9.attention.value = getelementptr inbounds i8, i8* %435, i64 468721664
  %436 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %437 = load i8*, i8** %436, align 8
  %bert.encoder.layer.9.attention.self.value.bias = getelementptr inbounds i8, i8* %437, i64 357596160
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 130, %bertrt_gemm* @train_s128_v0__k105_layer_9_attention_value_matmul.gemm, i8* %layer.8.ffn.layernorm29, i8* %bert.encoder.layer.9.attention.self.value.weight, i8* %layer.9.attention.value, i8* %bert.encoder.layer.9.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k106_layer_9_attention_context_forward.launch)
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %layer.9.attention.context = getelementptr inbounds i8, i8* %439, i64 471867392
  %440 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %441 = load i8*, i8** %440, align 8
  %bert.encoder.layer.9.attention.output.dense.weight = getelementptr inbounds i8, i8* %441, i64 357599232
  %442 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %443 = load i8*, i8** %442, align 8
  %layer.9.attention.output = getelementptr inbounds i8, i8* %443, i64 475013120
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %445 = load i8*, i8** %444, align 8
  %bert.encoder.layer.9.attention.output.dense.bias = getelementptr inbounds i8, i8* %445, i64 359958528
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 131, %bertrt_gemm* @train_s128_v0__k107_layer_9_attention_output_matmul.gemm, i8* %layer.9.attention.context, i8* %bert.encoder.layer.9.attention.output.dense.weight, i8* %layer.9.attention.output, i8* %bert.encoder.layer.9.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k108_layer_9_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k109_layer_9_attention_layernorm.launch)
  %446 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %447 = load i8*, i8** %446, align 8
  %layer.9.attention.layernorm = getelementptr inbounds i8, i8* %447, i64 475013120
  %448 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %449 = load i8*, i8** %448, align 8
  %bert.encoder.layer.9.intermediate.dense.weight = getelementptr inbounds i8, i8* %449, i64 359967744
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %layer.9.ffn.gelu = getelementptr inbounds i8, i8* %451, i64 493887488
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 132, %bertrt_gemm* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.gemm, i8* %layer.9.attention.layernorm, i8* %bert.encoder.layer.9.intermediate.dense.weight, i8* %layer.9.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch)
  %452 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %453 = load i8*, i8** %452, align 8
  %layer.9.ffn.gelu30 = getelementptr inbounds i8, i8* %453, i64 493887488
  %454 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %455 = load i8*, i8** %454, align 8
  %bert.encoder.layer.9.output.dense.weight = getelementptr inbounds i8, i8* %455, i64 369417216
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %layer.9.ffn.output = getelementptr inbounds i8, i8* %457, i64 506470400
  %458 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %459 = load i8*, i8** %458, align 8
  %bert.encoder.layer.9.output.dense.bias = getelementptr inbounds i8, i8* %459, i64 378854400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 133, %bertrt_gemm* @train_s128_v0__k111_layer_9_ffn_output_matmul.gemm, i8* %layer.9.ffn.gelu30, i8* %bert.encoder.layer.9.output.dense.weight, i8* %layer.9.ffn.output, i8* %bert.encoder.layer.9.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k112_layer_9_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k113_layer_9_ffn_layernorm.launch)
  %460 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %461 = load i8*, i8** %460, align 8
  %layer.9.ffn.layernorm = getelementptr inbounds i8, i8* %461, i64 506470400
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %463 = load i8*, i8** %462, align 8
  %bert.encoder.layer.10.attention.self.query.weight = getelementptr inbounds i8, i8* %463, i64 378863616
  %464 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %465 = load i8*, i8** %464, align 8
  %layer.10.attention.query = getelementptr inbounds i8, i8* %465, i64 512761856
  %466 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %467 = load i8*, i8** %466, align 8
  %bert.encoder.layer.10.attention.self.query.bias = getelementptr inbounds i8, i8* %467, i64 381222912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 134, %bertrt_gemm* @train_s128_v0__k114_layer_10_attention_query_matmul.gemm, i8* %layer.9.ffn.layernorm, i8* %bert.encoder.layer.10.attention.self.query.weight, i8* %layer.10.attention.query, i8* %bert.encoder.layer.10.attention.self.query.bias)
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %layer.9.ffn.layernorm31 = getelementptr inbounds i8, i8* %469, i64 506470400
  %470 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %471 = load i8*, i8** %470, align 8
  %bert.encoder.layer.10.attention.self.key.weight = getelementptr inbounds i8, i8* %471, i64 381225984
  %472 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %473 = load i8*, i8** %472, align 8
  %layer.10.attention.key = getelementptr inbounds i8, i8* %473, i64 515907584
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %475 = load i8*, i8** %474, align 8
  %bert.encoder.layer.10.attention.self.key.bias = getelementptr inbounds i8, i8* %475, i64 383585280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 135, %bertrt_gemm* @train_s128_v0__k115_layer_10_attention_key_matmul.gemm, i8* %layer.9.ffn.layernorm31, i8* %bert.encoder.layer.10.attention.self.key.weight, i8* %layer.10.attention.key, i8* %bert.encoder.layer.10.attention.self.key.bias)
  %476 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %477 = load i8*, i8** %476, align 8
  %layer.9.ffn.layernorm32 = getelementptr inbounds i8, i8* %477, i64 506470400
  %478 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %479 = load i8*, i8** %478, align 8
  %bert.encoder.layer.10.attention.self.value.weight = getelementptr inbounds i8, i8* %479, i64 383588352
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %481 = load i8*, i8** %480, align 8
  %layer.10.attention.value = getelementptr inbounds i8, i8* %481, i64 519053312
  %482 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %483 = load i8*, i8** %482, align 8
  %bert.encoder.layer.10.attention.self.value.bias = getelementptr inbounds i8, i8* %483, i64 385947648
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 136, %bertrt_gemm* @train_s128_v0__k116_layer_10_attention_value_matmul.gemm, i8* %layer.9.ffn.layernorm32, i8* %bert.encoder.layer.10.attention.self.value.weight, i8* %layer.10.attention.value, i8* %bert.encoder.layer.10.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k117_layer_10_attention_context_forward.launch)
  %484 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %485 = load i8*, i8** %484, align 8
  %layer.10.attention.context = getelementptr inbounds i8, i8* %485, i64 522199040
  %486 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %487 = load i8*, i8** %486, align 8
  %bert.encoder.layer.10.attention.output.dense.weight = getelementptr inbounds i8, i8* %487, i64 385950720
  %488 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %489 = load i8*, i8** %488, align 8
  %layer.10.attention.output = getelementptr inbounds i8, i8* %489, i64 525344768
  %490 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %491 = load i8*, i8** %490, align 8
  %bert.encoder.layer.10.attention.output.dense.bias = getelementptr inbounds i8, i8* %491, i64 388310016
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 137, %bertrt_gemm* @train_s128_v0__k118_layer_10_attention_output_matmul.gemm, i8* %layer.10.attention.context, i8* %bert.encoder.layer.10.attention.output.dense.weight, i8* %layer.10.attention.output, i8* %bert.encoder.layer.10.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k119_layer_10_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k120_layer_10_attention_layernorm.launch)
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %493 = load i8*, i8** %492, align 8
  %layer.10.attention.layernorm = getelementptr inbounds i8, i8* %493, i64 525344768
  %494 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %495 = load i8*, i8** %494, align 8
  %bert.encoder.layer.10.intermediate.dense.weight = getelementptr inbounds i8, i8* %495, i64 388319232
  %496 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %497 = load i8*, i8** %496, align 8
  %layer.10.ffn.gelu = getelementptr inbounds i8, i8* %497, i64 544219136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 138, %bertrt_gemm* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.gemm, i8* %layer.10.attention.layernorm, i8* %bert.encoder.layer.10.intermediate.dense.weight, i8* %layer.10.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch)
  %498 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %499 = load i8*, i8** %498, align 8
  %layer.10.ffn.gelu33 = getelementptr inbounds i8, i8* %499, i64 544219136
  %500 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %501 = load i8*, i8** %500, align 8
  %bert.encoder.layer.10.output.dense.weight = getelementptr inbounds i8, i8* %501, i64 397768704
  %502 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %503 = load i8*, i8** %502, align 8
  %layer.10.ffn.output = getelementptr inbounds i8, i8* %503, i64 556802048
  %504 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %505 = load i8*, i8** %504, align 8
  %bert.encoder.layer.10.output.dense.bias = getelementptr inbounds i8, i8* %505, i64 407205888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 139, %bertrt_gemm* @train_s128_v0__k122_layer_10_ffn_output_matmul.gemm, i8* %layer.10.ffn.gelu33, i8* %bert.encoder.layer.10.output.dense.weight, i8* %layer.10.ffn.output, i8* %bert.encoder.layer.10.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k123_layer_10_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k124_layer_10_ffn_layernorm.launch)
  %506 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %507 = load i8*, i8** %506, align 8
  %layer.10.ffn.layernorm = getelementptr inbounds i8, i8* %507, i64 556802048
  %508 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %509 = load i8*, i8** %508, align 8
  %bert.encoder.layer.11.attention.self.query.weight = getelementptr inbounds i8, i8* %509, i64 407215104
  %510 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %511 = load i8*, i8** %510, align 8
  %layer.11.attention.query = getelementptr inbounds i8, i8* %511, i64 563093504
  %512 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %513 = load i8*, i8** %512, align 8
  %bert.encoder.layer.11.attention.self.query.bias = getelementptr inbounds i8, i8* %513, i64 409574400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 140, %bertrt_gemm* @train_s128_v0__k125_layer_11_attention_query_matmul.gemm, i8* %layer.10.ffn.layernorm, i8* %bert.encoder.layer.11.attention.self.query.weight, i8* %layer.11.attention.query, i8* %bert.encoder.layer.11.attention.self.query.bias)
  %514 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %515 = load i8*, i8** %514, align 8
  %layer.10.ffn.layernorm34 = getelementptr inbounds i8, i8* %515, i64 556802048
  %516 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %517 = load i8*, i8** %516, align 8
  %bert.encoder.layer.11.attention.self.key.weight = getelementptr inbounds i8, i8* %517, i64 409577472
  %518 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %519 = load i8*, i8** %518, align 8
  %layer.11.attention.key = getelementptr inbounds i8, i8* %519, i64 566239232
  %520 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %521 = load i8*, i8** %520, align 8
  %bert.encoder.layer.11.attention.self.key.bias = getelementptr inbounds i8, i8* %521, i64 411936768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 141, %bertrt_gemm* @train_s128_v0__k126_layer_11_attention_key_matmul.gemm, i8* %layer.10.ffn.layernorm34, i8* %bert.encoder.layer.11.attention.self.key.weight, i8* %layer.11.attention.key, i8* %bert.encoder.layer.11.attention.self.key.bias)
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %523 = load i8*, i8** %522, align 8
  %layer.10.ffn.layernorm35 = getelementptr inbounds i8, i8* %523, i64 556802048
  %524 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %525 = load i8*, i8** %524, align 8
  %bert.encoder.layer.11.attention.self.value.weight = getelementptr inbounds i8, i8* %525, i64 411939840
  %526 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %527 = load i8*, i8** %526, align 8
  %layer.11.attention.value = getelementptr inbounds i8, i8* %527, i64 569384960
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %529 = load i8*, i8** %528, align 8
  %bert.encoder.layer.11.attention.self.value.bias = getelementptr inbounds i8, i8* %529, i64 414299136
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 142, %bertrt_gemm* @train_s128_v0__k127_layer_11_attention_value_matmul.gemm, i8* %layer.10.ffn.layernorm35, i8* %bert.encoder.layer.11.attention.self.value.weight, i8* %layer.11.attention.value, i8* %bert.encoder.layer.11.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k128_layer_11_attention_context_forward.launch)
  %530 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %531 = load i8*, i8** %530, align 8
  %layer.11.attention.context = getelementptr inbounds i8, i8* %531, i64 572530688
  %532 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %533 = load i8*, i8** %532, align 8
  %bert.encoder.layer.11.attention.output.dense.weight = getelementptr inbounds i8, i8* %533, i64 414302208
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %535 = load i8*, i8** %534, align 8
  %layer.11.attention.output = getelementptr inbounds i8, i8* %535, i64 575676416
  %536 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %537 = load i8*, i8** %536, align 8
  %bert.encoder.layer.11.attention.output.dense.bias = getelementptr inbounds i8, i8* %537, i64 416661504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 143, %bertrt_gemm* @train_s128_v0__k129_layer_11_attention_output_matmul.gemm, i8* %layer.11.attention.context, i8* %bert.encoder.layer.11.attention.output.dense.weight, i8* %layer.11.attention.output, i8* %bert.encoder.layer.11.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k130_layer_11_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k131_layer_11_attention_layernorm.launch)
  %538 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %539 = load i8*, i8** %538, align 8
  %layer.11.attention.layernorm = getelementptr inbounds i8, i8* %539, i64 575676416
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %541 = load i8*, i8** %540, align 8
  %bert.encoder.layer.11.intermediate.dense.weight = getelementptr inbounds i8, i8* %541, i64 416670720
  %542 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %543 = load i8*, i8** %542, align 8
  %layer.11.ffn.gelu = getelementptr inbounds i8, i8* %543, i64 594550784
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 144, %bertrt_gemm* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.gemm, i8* %layer.11.attention.layernorm, i8* %bert.encoder.layer.11.intermediate.dense.weight, i8* %layer.11.ffn.gelu, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch)
  %544 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %545 = load i8*, i8** %544, align 8
  %layer.11.ffn.gelu36 = getelementptr inbounds i8, i8* %545, i64 594550784
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %547 = load i8*, i8** %546, align 8
  %bert.encoder.layer.11.output.dense.weight = getelementptr inbounds i8, i8* %547, i64 426120192
  %548 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %549 = load i8*, i8** %548, align 8
  %layer.11.ffn.output = getelementptr inbounds i8, i8* %549, i64 607133696
  %550 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %551 = load i8*, i8** %550, align 8
  %bert.encoder.layer.11.output.dense.bias = getelementptr inbounds i8, i8* %551, i64 435557376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 145, %bertrt_gemm* @train_s128_v0__k133_layer_11_ffn_output_matmul.gemm, i8* %layer.11.ffn.gelu36, i8* %bert.encoder.layer.11.output.dense.weight, i8* %layer.11.ffn.output, i8* %bert.encoder.layer.11.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k134_layer_11_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k135_layer_11_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k136_pooler_first_token.launch)
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %pooler.first_token = getelementptr inbounds i8, i8* %553, i64 3944448
  %554 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %555 = load i8*, i8** %554, align 8
  %bert.pooler.dense.weight = getelementptr inbounds i8, i8* %555, i64 435566592
  %556 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %557 = load i8*, i8** %556, align 8
  %pooler.dense = getelementptr inbounds i8, i8* %557, i64 3969024
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %559 = load i8*, i8** %558, align 8
  %bert.pooler.dense.bias = getelementptr inbounds i8, i8* %559, i64 437925888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 146, %bertrt_gemm* @train_s128_v0__k137_pooler_dense_matmul.gemm, i8* %pooler.first_token, i8* %bert.pooler.dense.weight, i8* %pooler.dense, i8* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k138_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k139_head_dropout.launch)
  %560 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %561 = load i8*, i8** %560, align 8
  %head.dropout = getelementptr inbounds i8, i8* %561, i64 3969024
  %562 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %563 = load i8*, i8** %562, align 8
  %classifier.weight = getelementptr inbounds i8, i8* %563, i64 437928960
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %565 = load i8*, i8** %564, align 8
  %head.classifier = getelementptr inbounds i8, i8* %565, i64 12352
  %566 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %567 = load i8*, i8** %566, align 8
  %classifier.bias = getelementptr inbounds i8, i8* %567, i64 437935104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 147, %bertrt_gemm* @train_s128_v0__k140_head_classifier_matmul.gemm, i8* %head.dropout, i8* %classifier.weight, i8* %head.classifier, i8* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k141_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k142_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k143_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k144_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k145_grad_head_classifier_in1_sum.launch)
  %568 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %569 = load i8*, i8** %568, align 8
  %grad.loss = getelementptr inbounds i8, i8* %569, i64 4018240
  %570 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %571 = load i8*, i8** %570, align 8
  %classifier.weight37 = getelementptr inbounds i8, i8* %571, i64 437928960
  %572 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %573 = load i8*, i8** %572, align 8
  %grad.head.classifier.matmul.a = getelementptr inbounds i8, i8* %573, i64 4018304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 148, %bertrt_gemm* @train_s128_v0__k146_grad_head_classifier_matmul_a.gemm, i8* %grad.loss, i8* %classifier.weight37, i8* %grad.head.classifier.matmul.a, i8* null)
  %574 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %575 = load i8*, i8** %574, align 8
  %grad.loss38 = getelementptr inbounds i8, i8* %575, i64 4018240
  %576 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %577 = load i8*, i8** %576, align 8
  %head.dropout39 = getelementptr inbounds i8, i8* %577, i64 3969024
  %578 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %579 = load i8*, i8** %578, align 8
  %classifier.weight40 = getelementptr inbounds i8, i8* %579, i64 437928960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 149, %bertrt_gemm* @train_s128_v0__k147_grad_head_classifier_matmul_b.gemm, i8* %grad.loss38, i8* %head.dropout39, i8* %classifier.weight40, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k148_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k149_grad_pooler_dense_in1_sum.launch)
  %580 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %581 = load i8*, i8** %580, align 8
  %grad.pooler.tanh = getelementptr inbounds i8, i8* %581, i64 3969024
  %582 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %583 = load i8*, i8** %582, align 8
  %bert.pooler.dense.weight41 = getelementptr inbounds i8, i8* %583, i64 435566592
  %584 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %585 = load i8*, i8** %584, align 8
  %grad.pooler.dense.matmul.a = getelementptr inbounds i8, i8* %585, i64 3993600
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 150, %bertrt_gemm* @train_s128_v0__k150_grad_pooler_dense_matmul_a.gemm, i8* %grad.pooler.tanh, i8* %bert.pooler.dense.weight41, i8* %grad.pooler.dense.matmul.a, i8* null)
  %586 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %587 = load i8*, i8** %586, align 8
  %grad.pooler.tanh42 = getelementptr inbounds i8, i8* %587, i64 3969024
  %588 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %589 = load i8*, i8** %588, align 8
  %pooler.first_token43 = getelementptr inbounds i8, i8* %589, i64 3944448
  %590 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %591 = load i8*, i8** %590, align 8
  %bert.pooler.dense.weight44 = getelementptr inbounds i8, i8* %591, i64 435566592
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 151, %bertrt_gemm* @train_s128_v0__k151_grad_pooler_dense_matmul_b.gemm, i8* %grad.pooler.tanh42, i8* %pooler.first_token43, i8* %bert.pooler.dense.weight44, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k152_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k153_grad_layer_11_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k154_grad_layer_11_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k155_grad_layer_11_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k156_grad_layer_11_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k157_grad_layer_11_ffn_output_in1_sum.launch)
  %592 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %593 = load i8*, i8** %592, align 8
  %grad.layer.11.ffn.dropout = getelementptr inbounds i8, i8* %593, i64 607133696
  %594 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %595 = load i8*, i8** %594, align 8
  %bert.encoder.layer.11.output.dense.weight45 = getelementptr inbounds i8, i8* %595, i64 426120192
  %596 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %597 = load i8*, i8** %596, align 8
  %grad.layer.11.ffn.output.matmul.a = getelementptr inbounds i8, i8* %597, i64 616570880
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 152, %bertrt_gemm* @train_s128_v0__k158_grad_layer_11_ffn_output_matmul_a.gemm, i8* %grad.layer.11.ffn.dropout, i8* %bert.encoder.layer.11.output.dense.weight45, i8* %grad.layer.11.ffn.output.matmul.a, i8* null)
  %598 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %599 = load i8*, i8** %598, align 8
  %grad.layer.11.ffn.dropout46 = getelementptr inbounds i8, i8* %599, i64 607133696
  %600 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %601 = load i8*, i8** %600, align 8
  %layer.11.ffn.gelu47 = getelementptr inbounds i8, i8* %601, i64 594550784
  %602 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %603 = load i8*, i8** %602, align 8
  %bert.encoder.layer.11.output.dense.weight48 = getelementptr inbounds i8, i8* %603, i64 426120192
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 153, %bertrt_gemm* @train_s128_v0__k159_grad_layer_11_ffn_output_matmul_b.gemm, i8* %grad.layer.11.ffn.dropout46, i8* %layer.11.ffn.gelu47, i8* %bert.encoder.layer.11.output.dense.weight48, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k160_grad_layer_11_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch)
  %604 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %605 = load i8*, i8** %604, align 8
  %grad.layer.11.ffn.gelu = getelementptr inbounds i8, i8* %605, i64 594550784
  %606 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %607 = load i8*, i8** %606, align 8
  %bert.encoder.layer.11.intermediate.dense.weight49 = getelementptr inbounds i8, i8* %607, i64 416670720
  %608 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %609 = load i8*, i8** %608, align 8
  %grad.layer.11.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %609, i64 581967872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 154, %bertrt_gemm* @train_s128_v0__k162_grad_layer_11_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.11.ffn.gelu, i8* %bert.encoder.layer.11.intermediate.dense.weight49, i8* %grad.layer.11.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch)
  %610 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %611 = load i8*, i8** %610, align 8
  %grad.layer.11.ffn.gelu50 = getelementptr inbounds i8, i8* %611, i64 594550784
  %612 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %613 = load i8*, i8** %612, align 8
  %layer.11.attention.layernorm51 = getelementptr inbounds i8, i8* %613, i64 575676416
  %614 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %615 = load i8*, i8** %614, align 8
  %bert.encoder.layer.11.intermediate.dense.weight52 = getelementptr inbounds i8, i8* %615, i64 416670720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 155, %bertrt_gemm* @train_s128_v0__k164_grad_layer_11_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.11.ffn.gelu50, i8* %layer.11.attention.layernorm51, i8* %bert.encoder.layer.11.intermediate.dense.weight52, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k165_grad_layer_11_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k166_grad_layer_11_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k167_grad_layer_11_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k169_grad_layer_11_attention_output_in1_sum.launch)
  %616 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %617 = load i8*, i8** %616, align 8
  %grad.layer.11.attention.output_dropout = getelementptr inbounds i8, i8* %617, i64 578822144
  %618 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %619 = load i8*, i8** %618, align 8
  %bert.encoder.layer.11.attention.output.dense.weight53 = getelementptr inbounds i8, i8* %619, i64 414302208
  %620 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %621 = load i8*, i8** %620, align 8
  %grad.layer.11.attention.output.matmul.a = getelementptr inbounds i8, i8* %621, i64 581967872
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 156, %bertrt_gemm* @train_s128_v0__k170_grad_layer_11_attention_output_matmul_a.gemm, i8* %grad.layer.11.attention.output_dropout, i8* %bert.encoder.layer.11.attention.output.dense.weight53, i8* %grad.layer.11.attention.output.matmul.a, i8* null)
  %622 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %623 = load i8*, i8** %622, align 8
  %grad.layer.11.attention.output_dropout54 = getelementptr inbounds i8, i8* %623, i64 578822144
  %624 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %625 = load i8*, i8** %624, align 8
  %layer.11.attention.context55 = getelementptr inbounds i8, i8* %625, i64 572530688
  %626 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %627 = load i8*, i8** %626, align 8
  %bert.encoder.layer.11.attention.output.dense.weight56 = getelementptr inbounds i8, i8* %627, i64 414302208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 157, %bertrt_gemm* @train_s128_v0__k171_grad_layer_11_attention_output_matmul_b.gemm, i8* %grad.layer.11.attention.output_dropout54, i8* %layer.11.attention.context55, i8* %bert.encoder.layer.11.attention.output.dense.weight56, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k172_layer_11_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k173_layer_11_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k174_layer_11_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k175_grad_layer_11_attention_value_in1_sum.launch)
  %628 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %629 = load i8*, i8** %628, align 8
  %grad.layer.11.attention.context.b = getelementptr inbounds i8, i8* %629, i64 572530688
  %630 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %631 = load i8*, i8** %630, align 8
  %bert.encoder.layer.11.attention.self.value.weight57 = getelementptr inbounds i8, i8* %631, i64 411939840
  %632 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %633 = load i8*, i8** %632, align 8
  %grad.layer.11.attention.value.matmul.a = getelementptr inbounds i8, i8* %633, i64 563093504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 158, %bertrt_gemm* @train_s128_v0__k176_grad_layer_11_attention_value_matmul_a.gemm, i8* %grad.layer.11.attention.context.b, i8* %bert.encoder.layer.11.attention.self.value.weight57, i8* %grad.layer.11.attention.value.matmul.a, i8* null)
  %634 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %635 = load i8*, i8** %634, align 8
  %grad.layer.11.attention.context.b58 = getelementptr inbounds i8, i8* %635, i64 572530688
  %636 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %637 = load i8*, i8** %636, align 8
  %layer.10.ffn.layernorm59 = getelementptr inbounds i8, i8* %637, i64 556802048
  %638 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %639 = load i8*, i8** %638, align 8
  %bert.encoder.layer.11.attention.self.value.weight60 = getelementptr inbounds i8, i8* %639, i64 411939840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 159, %bertrt_gemm* @train_s128_v0__k177_grad_layer_11_attention_value_matmul_b.gemm, i8* %grad.layer.11.attention.context.b58, i8* %layer.10.ffn.layernorm59, i8* %bert.encoder.layer.11.attention.self.value.weight60, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch)
  %640 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %641 = load i8*, i8** %640, align 8
  %grad.layer.11.attention.scores.b = getelementptr inbounds i8, i8* %641, i64 578822144
  %642 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %643 = load i8*, i8** %642, align 8
  %bert.encoder.layer.11.attention.self.key.weight61 = getelementptr inbounds i8, i8* %643, i64 409577472
  %644 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %645 = load i8*, i8** %644, align 8
  %grad.layer.11.attention.key.matmul.a = getelementptr inbounds i8, i8* %645, i64 566239232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 160, %bertrt_gemm* @train_s128_v0__k179_grad_layer_11_attention_key_matmul_a.gemm, i8* %grad.layer.11.attention.scores.b, i8* %bert.encoder.layer.11.attention.self.key.weight61, i8* %grad.layer.11.attention.key.matmul.a, i8* null)
  %646 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %647 = load i8*, i8** %646, align 8
  %grad.layer.11.attention.scores.b62 = getelementptr inbounds i8, i8* %647, i64 578822144
  %648 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %649 = load i8*, i8** %648, align 8
  %layer.10.ffn.layernorm63 = getelementptr inbounds i8, i8* %649, i64 556802048
  %650 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %651 = load i8*, i8** %650, align 8
  %bert.encoder.layer.11.attention.self.key.weight64 = getelementptr inbounds i8, i8* %651, i64 409577472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 161, %bertrt_gemm* @train_s128_v0__k180_grad_layer_11_attention_key_matmul_b.gemm, i8* %grad.layer.11.attention.scores.b62, i8* %layer.10.ffn.layernorm63, i8* %bert.encoder.layer.11.attention.self.key.weight64, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch)
  %652 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %653 = load i8*, i8** %652, align 8
  %grad.layer.11.attention.scores.a = getelementptr inbounds i8, i8* %653, i64 585113600
  %654 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %655 = load i8*, i8** %654, align 8
  %bert.encoder.layer.11.attention.self.query.weight65 = getelementptr inbounds i8, i8* %655, i64 407215104
  %656 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %657 = load i8*, i8** %656, align 8
  %grad.layer.11.attention.query.matmul.a = getelementptr inbounds i8, i8* %657, i64 569384960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 162, %bertrt_gemm* @train_s128_v0__k182_grad_layer_11_attention_query_matmul_a.gemm, i8* %grad.layer.11.attention.scores.a, i8* %bert.encoder.layer.11.attention.self.query.weight65, i8* %grad.layer.11.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch)
  %658 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %659 = load i8*, i8** %658, align 8
  %grad.layer.11.attention.scores.a66 = getelementptr inbounds i8, i8* %659, i64 585113600
  %660 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %661 = load i8*, i8** %660, align 8
  %layer.10.ffn.layernorm67 = getelementptr inbounds i8, i8* %661, i64 556802048
  %662 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %663 = load i8*, i8** %662, align 8
  %bert.encoder.layer.11.attention.self.query.weight68 = getelementptr inbounds i8, i8* %663, i64 407215104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 163, %bertrt_gemm* @train_s128_v0__k184_grad_layer_11_attention_query_matmul_b.gemm, i8* %grad.layer.11.attention.scores.a66, i8* %layer.10.ffn.layernorm67, i8* %bert.encoder.layer.11.attention.self.query.weight68, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k185_grad_layer_10_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k186_grad_layer_10_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k187_grad_layer_10_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k188_grad_layer_10_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k189_grad_layer_10_ffn_output_in1_sum.launch)
  %664 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %665 = load i8*, i8** %664, align 8
  %grad.layer.10.ffn.dropout = getelementptr inbounds i8, i8* %665, i64 559947776
  %666 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %667 = load i8*, i8** %666, align 8
  %bert.encoder.layer.10.output.dense.weight69 = getelementptr inbounds i8, i8* %667, i64 397768704
  %668 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %669 = load i8*, i8** %668, align 8
  %grad.layer.10.ffn.output.matmul.a = getelementptr inbounds i8, i8* %669, i64 563093504
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 164, %bertrt_gemm* @train_s128_v0__k190_grad_layer_10_ffn_output_matmul_a.gemm, i8* %grad.layer.10.ffn.dropout, i8* %bert.encoder.layer.10.output.dense.weight69, i8* %grad.layer.10.ffn.output.matmul.a, i8* null)
  %670 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %671 = load i8*, i8** %670, align 8
  %grad.layer.10.ffn.dropout70 = getelementptr inbounds i8, i8* %671, i64 559947776
  %672 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %673 = load i8*, i8** %672, align 8
  %layer.10.ffn.gelu71 = getelementptr inbounds i8, i8* %673, i64 544219136
  %674 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %675 = load i8*, i8** %674, align 8
  %bert.encoder.layer.10.output.dense.weight72 = getelementptr inbounds i8, i8* %675, i64 397768704
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 165, %bertrt_gemm* @train_s128_v0__k191_grad_layer_10_ffn_output_matmul_b.gemm, i8* %grad.layer.10.ffn.dropout70, i8* %layer.10.ffn.gelu71, i8* %bert.encoder.layer.10.output.dense.weight72, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k192_grad_layer_10_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch)
  %676 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %677 = load i8*, i8** %676, align 8
  %grad.layer.10.ffn.gelu = getelementptr inbounds i8, i8* %677, i64 544219136
  %678 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %679 = load i8*, i8** %678, align 8
  %bert.encoder.layer.10.intermediate.dense.weight73 = getelementptr inbounds i8, i8* %679, i64 388319232
  %680 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %681 = load i8*, i8** %680, align 8
  %grad.layer.10.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %681, i64 531636224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 166, %bertrt_gemm* @train_s128_v0__k194_grad_layer_10_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.10.ffn.gelu, i8* %bert.encoder.layer.10.intermediate.dense.weight73, i8* %grad.layer.10.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch)
  %682 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %683 = load i8*, i8** %682, align 8
  %grad.layer.10.ffn.gelu74 = getelementptr inbounds i8, i8* %683, i64 544219136
  %684 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %685 = load i8*, i8** %684, align 8
  %layer.10.attention.layernorm75 = getelementptr inbounds i8, i8* %685, i64 525344768
  %686 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %687 = load i8*, i8** %686, align 8
  %bert.encoder.layer.10.intermediate.dense.weight76 = getelementptr inbounds i8, i8* %687, i64 388319232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 167, %bertrt_gemm* @train_s128_v0__k196_grad_layer_10_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.10.ffn.gelu74, i8* %layer.10.attention.layernorm75, i8* %bert.encoder.layer.10.intermediate.dense.weight76, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k197_grad_layer_10_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k198_grad_layer_10_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k199_grad_layer_10_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k201_grad_layer_10_attention_output_in1_sum.launch)
  %688 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %689 = load i8*, i8** %688, align 8
  %grad.layer.10.attention.output_dropout = getelementptr inbounds i8, i8* %689, i64 528490496
  %690 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %691 = load i8*, i8** %690, align 8
  %bert.encoder.layer.10.attention.output.dense.weight77 = getelementptr inbounds i8, i8* %691, i64 385950720
  %692 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %693 = load i8*, i8** %692, align 8
  %grad.layer.10.attention.output.matmul.a = getelementptr inbounds i8, i8* %693, i64 531636224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 168, %bertrt_gemm* @train_s128_v0__k202_grad_layer_10_attention_output_matmul_a.gemm, i8* %grad.layer.10.attention.output_dropout, i8* %bert.encoder.layer.10.attention.output.dense.weight77, i8* %grad.layer.10.attention.output.matmul.a, i8* null)
  %694 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %695 = load i8*, i8** %694, align 8
  %grad.layer.10.attention.output_dropout78 = getelementptr inbounds i8, i8* %695, i64 528490496
  %696 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %697 = load i8*, i8** %696, align 8
  %layer.10.attention.context79 = getelementptr inbounds i8, i8* %697, i64 522199040
  %698 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %699 = load i8*, i8** %698, align 8
  %bert.encoder.layer.10.attention.output.dense.weight80 = getelementptr inbounds i8, i8* %699, i64 385950720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 169, %bertrt_gemm* @train_s128_v0__k203_grad_layer_10_attention_output_matmul_b.gemm, i8* %grad.layer.10.attention.output_dropout78, i8* %layer.10.attention.context79, i8* %bert.encoder.layer.10.attention.output.dense.weight80, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k204_layer_10_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k205_layer_10_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k206_layer_10_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k207_grad_layer_10_attention_value_in1_sum.launch)
  %700 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %701 = load i8*, i8** %700, align 8
  %grad.layer.10.attention.context.b = getelementptr inbounds i8, i8* %701, i64 522199040
  %702 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %703 = load i8*, i8** %702, align 8
  %bert.encoder.layer.10.attention.self.value.weight81 = getelementptr inbounds i8, i8* %703, i64 383588352
  %704 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %705 = load i8*, i8** %704, align 8
  %grad.layer.10.attention.value.matmul.a = getelementptr inbounds i8, i8* %705, i64 512761856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 170, %bertrt_gemm* @train_s128_v0__k208_grad_layer_10_attention_value_matmul_a.gemm, i8* %grad.layer.10.attention.context.b, i8* %bert.encoder.layer.10.attention.self.value.weight81, i8* %grad.layer.10.attention.value.matmul.a, i8* null)
  %706 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %707 = load i8*, i8** %706, align 8
  %grad.layer.10.attention.context.b82 = getelementptr inbounds i8, i8* %707, i64 522199040
  %708 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %709 = load i8*, i8** %708, align 8
  %layer.9.ffn.layernorm83 = getelementptr inbounds i8, i8* %709, i64 506470400
  %710 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %711 = load i8*, i8** %710, align 8
  %bert.encoder.layer.10.attention.self.value.weight84 = getelementptr inbounds i8, i8* %711, i64 383588352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 171, %bertrt_gemm* @train_s128_v0__k209_grad_layer_10_attention_value_matmul_b.gemm, i8* %grad.layer.10.attention.context.b82, i8* %layer.9.ffn.layernorm83, i8* %bert.encoder.layer.10.attention.self.value.weight84, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch)
  %712 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %713 = load i8*, i8** %712, align 8
  %grad.layer.10.attention.scores.b = getelementptr inbounds i8, i8* %713, i64 528490496
  %714 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %715 = load i8*, i8** %714, align 8
  %bert.encoder.layer.10.attention.self.key.weight85 = getelementptr inbounds i8, i8* %715, i64 381225984
  %716 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %717 = load i8*, i8** %716, align 8
  %grad.layer.10.attention.key.matmul.a = getelementptr inbounds i8, i8* %717, i64 515907584
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 172, %bertrt_gemm* @train_s128_v0__k211_grad_layer_10_attention_key_matmul_a.gemm, i8* %grad.layer.10.attention.scores.b, i8* %bert.encoder.layer.10.attention.self.key.weight85, i8* %grad.layer.10.attention.key.matmul.a, i8* null)
  %718 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %719 = load i8*, i8** %718, align 8
  %grad.layer.10.attention.scores.b86 = getelementptr inbounds i8, i8* %719, i64 528490496
  %720 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %721 = load i8*, i8** %720, align 8
  %layer.9.ffn.layernorm87 = getelementptr inbounds i8, i8* %721, i64 506470400
  %722 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %723 = load i8*, i8** %722, align 8
  %bert.encoder.layer.10.attention.self.key.weight88 = getelementptr inbounds i8, i8* %723, i64 381225984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 173, %bertrt_gemm* @train_s128_v0__k212_grad_layer_10_attention_key_matmul_b.gemm, i8* %grad.layer.10.attention.scores.b86, i8* %layer.9.ffn.layernorm87, i8* %bert.encoder.layer.10.attention.self.key.weight88, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch)
  %724 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %725 = load i8*, i8** %724, align 8
  %grad.layer.10.attention.scores.a = getelementptr inbounds i8, i8* %725, i64 534781952
  %726 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %727 = load i8*, i8** %726, align 8
  %bert.encoder.layer.10.attention.self.query.weight89 = getelementptr inbounds i8, i8* %727, i64 378863616
  %728 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %729 = load i8*, i8** %728, align 8
  %grad.layer.10.attention.query.matmul.a = getelementptr inbounds i8, i8* %729, i64 519053312
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 174, %bertrt_gemm* @train_s128_v0__k214_grad_layer_10_attention_query_matmul_a.gemm, i8* %grad.layer.10.attention.scores.a, i8* %bert.encoder.layer.10.attention.self.query.weight89, i8* %grad.layer.10.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch)
  %730 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %731 = load i8*, i8** %730, align 8
  %grad.layer.10.attention.scores.a90 = getelementptr inbounds i8, i8* %731, i64 534781952
  %732 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %733 = load i8*, i8** %732, align 8
  %layer.9.ffn.layernorm91 = getelementptr inbounds i8, i8* %733, i64 506470400
  %734 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %735 = load i8*, i8** %734, align 8
  %bert.encoder.layer.10.attention.self.query.weight92 = getelementptr inbounds i8, i8* %735, i64 378863616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 175, %bertrt_gemm* @train_s128_v0__k216_grad_layer_10_attention_query_matmul_b.gemm, i8* %grad.layer.10.attention.scores.a90, i8* %layer.9.ffn.layernorm91, i8* %bert.encoder.layer.10.attention.self.query.weight92, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k217_grad_layer_9_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k218_grad_layer_9_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k219_grad_layer_9_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k220_grad_layer_9_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k221_grad_layer_9_ffn_output_in1_sum.launch)
  %736 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %737 = load i8*, i8** %736, align 8
  %grad.layer.9.ffn.dropout = getelementptr inbounds i8, i8* %737, i64 509616128
  %738 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %739 = load i8*, i8** %738, align 8
  %bert.encoder.layer.9.output.dense.weight93 = getelementptr inbounds i8, i8* %739, i64 369417216
  %740 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %741 = load i8*, i8** %740, align 8
  %grad.layer.9.ffn.output.matmul.a = getelementptr inbounds i8, i8* %741, i64 512761856
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 176, %bertrt_gemm* @train_s128_v0__k222_grad_layer_9_ffn_output_matmul_a.gemm, i8* %grad.layer.9.ffn.dropout, i8* %bert.encoder.layer.9.output.dense.weight93, i8* %grad.layer.9.ffn.output.matmul.a, i8* null)
  %742 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %743 = load i8*, i8** %742, align 8
  %grad.layer.9.ffn.dropout94 = getelementptr inbounds i8, i8* %743, i64 509616128
  %744 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %745 = load i8*, i8** %744, align 8
  %layer.9.ffn.gelu95 = getelementptr inbounds i8, i8* %745, i64 493887488
  %746 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %747 = load i8*, i8** %746, align 8
  %bert.encoder.layer.9.output.dense.weight96 = getelementptr inbounds i8, i8* %747, i64 369417216
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 177, %bertrt_gemm* @train_s128_v0__k223_grad_layer_9_ffn_output_matmul_b.gemm, i8* %grad.layer.9.ffn.dropout94, i8* %layer.9.ffn.gelu95, i8* %bert.encoder.layer.9.output.dense.weight96, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k224_grad_layer_9_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch)
  %748 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %749 = load i8*, i8** %748, align 8
  %grad.layer.9.ffn.gelu = getelementptr inbounds i8, i8* %749, i64 493887488
  %750 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %751 = load i8*, i8** %750, align 8
  %bert.encoder.layer.9.intermediate.dense.weight97 = getelementptr inbounds i8, i8* %751, i64 359967744
  %752 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %753 = load i8*, i8** %752, align 8
  %grad.layer.9.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %753, i64 481304576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 178, %bertrt_gemm* @train_s128_v0__k226_grad_layer_9_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.9.ffn.gelu, i8* %bert.encoder.layer.9.intermediate.dense.weight97, i8* %grad.layer.9.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch)
  %754 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %755 = load i8*, i8** %754, align 8
  %grad.layer.9.ffn.gelu98 = getelementptr inbounds i8, i8* %755, i64 493887488
  %756 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %757 = load i8*, i8** %756, align 8
  %layer.9.attention.layernorm99 = getelementptr inbounds i8, i8* %757, i64 475013120
  %758 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %759 = load i8*, i8** %758, align 8
  %bert.encoder.layer.9.intermediate.dense.weight100 = getelementptr inbounds i8, i8* %759, i64 359967744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 179, %bertrt_gemm* @train_s128_v0__k228_grad_layer_9_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.9.ffn.gelu98, i8* %layer.9.attention.layernorm99, i8* %bert.encoder.layer.9.intermediate.dense.weight100, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k229_grad_layer_9_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k230_grad_layer_9_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k231_grad_layer_9_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k233_grad_layer_9_attention_output_in1_sum.launch)
  %760 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %761 = load i8*, i8** %760, align 8
  %grad.layer.9.attention.output_dropout = getelementptr inbounds i8, i8* %761, i64 478158848
  %762 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %763 = load i8*, i8** %762, align 8
  %bert.encoder.layer.9.attention.output.dense.weight101 = getelementptr inbounds i8, i8* %763, i64 357599232
  %764 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %765 = load i8*, i8** %764, align 8
  %grad.layer.9.attention.output.matmul.a = getelementptr inbounds i8, i8* %765, i64 481304576
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 180, %bertrt_gemm* @train_s128_v0__k234_grad_layer_9_attention_output_matmul_a.gemm, i8* %grad.layer.9.attention.output_dropout, i8* %bert.encoder.layer.9.attention.output.dense.weight101, i8* %grad.layer.9.attention.output.matmul.a, i8* null)
  %766 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %767 = load i8*, i8** %766, align 8
  %grad.layer.9.attention.output_dropout102 = getelementptr inbounds i8, i8* %767, i64 478158848
  %768 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %769 = load i8*, i8** %768, align 8
  %layer.9.attention.context103 = getelementptr inbounds i8, i8* %769, i64 471867392
  %770 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %771 = load i8*, i8** %770, align 8
  %bert.encoder.layer.9.attention.output.dense.weight104 = getelementptr inbounds i8, i8* %771, i64 357599232
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 181, %bertrt_gemm* @train_s128_v0__k235_grad_layer_9_attention_output_matmul_b.gemm, i8* %grad.layer.9.attention.output_dropout102, i8* %layer.9.attention.context103, i8* %bert.encoder.layer.9.attention.output.dense.weight104, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k236_layer_9_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k237_layer_9_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k238_layer_9_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k239_grad_layer_9_attention_value_in1_sum.launch)
  %772 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %773 = load i8*, i8** %772, align 8
  %grad.layer.9.attention.context.b = getelementptr inbounds i8, i8* %773, i64 471867392
  %774 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %775 = load i8*, i8** %774, align 8
  %bert.encoder.layer.9.attention.self.value.weight105 = getelementptr inbounds i8, i8* %775, i64 355236864
  %776 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %777 = load i8*, i8** %776, align 8
  %grad.layer.9.attention.value.matmul.a = getelementptr inbounds i8, i8* %777, i64 462430208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 182, %bertrt_gemm* @train_s128_v0__k240_grad_layer_9_attention_value_matmul_a.gemm, i8* %grad.layer.9.attention.context.b, i8* %bert.encoder.layer.9.attention.self.value.weight105, i8* %grad.layer.9.attention.value.matmul.a, i8* null)
  %778 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %779 = load i8*, i8** %778, align 8
  %grad.layer.9.attention.context.b106 = getelementptr inbounds i8, i8* %779, i64 471867392
  %780 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %781 = load i8*, i8** %780, align 8
  %layer.8.ffn.layernorm107 = getelementptr inbounds i8, i8* %781, i64 456138752
  %782 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %783 = load i8*, i8** %782, align 8
  %bert.encoder.layer.9.attention.self.value.weight108 = getelementptr inbounds i8, i8* %783, i64 355236864
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 183, %bertrt_gemm* @train_s128_v0__k241_grad_layer_9_attention_value_matmul_b.gemm, i8* %grad.layer.9.attention.context.b106, i8* %layer.8.ffn.layernorm107, i8* %bert.encoder.layer.9.attention.self.value.weight108, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch)
  %784 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %785 = load i8*, i8** %784, align 8
  %grad.layer.9.attention.scores.b = getelementptr inbounds i8, i8* %785, i64 478158848
  %786 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %787 = load i8*, i8** %786, align 8
  %bert.encoder.layer.9.attention.self.key.weight109 = getelementptr inbounds i8, i8* %787, i64 352874496
  %788 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %789 = load i8*, i8** %788, align 8
  %grad.layer.9.attention.key.matmul.a = getelementptr inbounds i8, i8* %789, i64 465575936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 184, %bertrt_gemm* @train_s128_v0__k243_grad_layer_9_attention_key_matmul_a.gemm, i8* %grad.layer.9.attention.scores.b, i8* %bert.encoder.layer.9.attention.self.key.weight109, i8* %grad.layer.9.attention.key.matmul.a, i8* null)
  %790 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %791 = load i8*, i8** %790, align 8
  %grad.layer.9.attention.scores.b110 = getelementptr inbounds i8, i8* %791, i64 478158848
  %792 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %793 = load i8*, i8** %792, align 8
  %layer.8.ffn.layernorm111 = getelementptr inbounds i8, i8* %793, i64 456138752
  %794 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %795 = load i8*, i8** %794, align 8
  %bert.encoder.layer.9.attention.self.key.weight112 = getelementptr inbounds i8, i8* %795, i64 352874496
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 185, %bertrt_gemm* @train_s128_v0__k244_grad_layer_9_attention_key_matmul_b.gemm, i8* %grad.layer.9.attention.scores.b110, i8* %layer.8.ffn.layernorm111, i8* %bert.encoder.layer.9.attention.self.key.weight112, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch)
  %796 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %797 = load i8*, i8** %796, align 8
  %grad.layer.9.attention.scores.a = getelementptr inbounds i8, i8* %797, i64 484450304
  %798 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %799 = load i8*, i8** %798, align 8
  %bert.encoder.layer.9.attention.self.query.weight113 = getelementptr inbounds i8, i8* %799, i64 350512128
  %800 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %801 = load i8*, i8** %800, align 8
  %grad.layer.9.attention.query.matmul.a = getelementptr inbounds i8, i8* %801, i64 468721664
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 186, %bertrt_gemm* @train_s128_v0__k246_grad_layer_9_attention_query_matmul_a.gemm, i8* %grad.layer.9.attention.scores.a, i8* %bert.encoder.layer.9.attention.self.query.weight113, i8* %grad.layer.9.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch)
  %802 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %803 = load i8*, i8** %802, align 8
  %grad.layer.9.attention.scores.a114 = getelementptr inbounds i8, i8* %803, i64 484450304
  %804 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %805 = load i8*, i8** %804, align 8
  %layer.8.ffn.layernorm115 = getelementptr inbounds i8, i8* %805, i64 456138752
  %806 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %807 = load i8*, i8** %806, align 8
  %bert.encoder.layer.9.attention.self.query.weight116 = getelementptr inbounds i8, i8* %807, i64 350512128
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 187, %bertrt_gemm* @train_s128_v0__k248_grad_layer_9_attention_query_matmul_b.gemm, i8* %grad.layer.9.attention.scores.a114, i8* %layer.8.ffn.layernorm115, i8* %bert.encoder.layer.9.attention.self.query.weight116, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k249_grad_layer_8_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k250_grad_layer_8_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k251_grad_layer_8_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k252_grad_layer_8_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k253_grad_layer_8_ffn_output_in1_sum.launch)
  %808 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %809 = load i8*, i8** %808, align 8
  %grad.layer.8.ffn.dropout = getelementptr inbounds i8, i8* %809, i64 459284480
  %810 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %811 = load i8*, i8** %810, align 8
  %bert.encoder.layer.8.output.dense.weight117 = getelementptr inbounds i8, i8* %811, i64 341065728
  %812 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %813 = load i8*, i8** %812, align 8
  %grad.layer.8.ffn.output.matmul.a = getelementptr inbounds i8, i8* %813, i64 462430208
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 188, %bertrt_gemm* @train_s128_v0__k254_grad_layer_8_ffn_output_matmul_a.gemm, i8* %grad.layer.8.ffn.dropout, i8* %bert.encoder.layer.8.output.dense.weight117, i8* %grad.layer.8.ffn.output.matmul.a, i8* null)
  %814 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %815 = load i8*, i8** %814, align 8
  %grad.layer.8.ffn.dropout118 = getelementptr inbounds i8, i8* %815, i64 459284480
  %816 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %817 = load i8*, i8** %816, align 8
  %layer.8.ffn.gelu119 = getelementptr inbounds i8, i8* %817, i64 443555840
  %818 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %819 = load i8*, i8** %818, align 8
  %bert.encoder.layer.8.output.dense.weight120 = getelementptr inbounds i8, i8* %819, i64 341065728
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 189, %bertrt_gemm* @train_s128_v0__k255_grad_layer_8_ffn_output_matmul_b.gemm, i8* %grad.layer.8.ffn.dropout118, i8* %layer.8.ffn.gelu119, i8* %bert.encoder.layer.8.output.dense.weight120, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k256_grad_layer_8_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch)
  %820 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %821 = load i8*, i8** %820, align 8
  %grad.layer.8.ffn.gelu = getelementptr inbounds i8, i8* %821, i64 443555840
  %822 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %823 = load i8*, i8** %822, align 8
  %bert.encoder.layer.8.intermediate.dense.weight121 = getelementptr inbounds i8, i8* %823, i64 331616256
  %824 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %825 = load i8*, i8** %824, align 8
  %grad.layer.8.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %825, i64 430972928
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 190, %bertrt_gemm* @train_s128_v0__k258_grad_layer_8_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.8.ffn.gelu, i8* %bert.encoder.layer.8.intermediate.dense.weight121, i8* %grad.layer.8.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch)
  %826 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %827 = load i8*, i8** %826, align 8
  %grad.layer.8.ffn.gelu122 = getelementptr inbounds i8, i8* %827, i64 443555840
  %828 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %829 = load i8*, i8** %828, align 8
  %layer.8.attention.layernorm123 = getelementptr inbounds i8, i8* %829, i64 424681472
  %830 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %831 = load i8*, i8** %830, align 8
  %bert.encoder.layer.8.intermediate.dense.weight124 = getelementptr inbounds i8, i8* %831, i64 331616256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 191, %bertrt_gemm* @train_s128_v0__k260_grad_layer_8_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.8.ffn.gelu122, i8* %layer.8.attention.layernorm123, i8* %bert.encoder.layer.8.intermediate.dense.weight124, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k261_grad_layer_8_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k262_grad_layer_8_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k263_grad_layer_8_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k265_grad_layer_8_attention_output_in1_sum.launch)
  %832 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %833 = load i8*, i8** %832, align 8
  %grad.layer.8.attention.output_dropout = getelementptr inbounds i8, i8* %833, i64 427827200
  %834 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %835 = load i8*, i8** %834, align 8
  %bert.encoder.layer.8.attention.output.dense.weight125 = getelementptr inbounds i8, i8* %835, i64 329247744
  %836 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %837 = load i8*, i8** %836, align 8
  %grad.layer.8.attention.output.matmul.a = getelementptr inbounds i8, i8* %837, i64 430972928
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 192, %bertrt_gemm* @train_s128_v0__k266_grad_layer_8_attention_output_matmul_a.gemm, i8* %grad.layer.8.attention.output_dropout, i8* %bert.encoder.layer.8.attention.output.dense.weight125, i8* %grad.layer.8.attention.output.matmul.a, i8* null)
  %838 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %839 = load i8*, i8** %838, align 8
  %grad.layer.8.attention.output_dropout126 = getelementptr inbounds i8, i8* %839, i64 427827200
  %840 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %841 = load i8*, i8** %840, align 8
  %layer.8.attention.context127 = getelementptr inbounds i8, i8* %841, i64 421535744
  %842 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %843 = load i8*, i8** %842, align 8
  %bert.encoder.layer.8.attention.output.dense.weight128 = getelementptr inbounds i8, i8* %843, i64 329247744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 193, %bertrt_gemm* @train_s128_v0__k267_grad_layer_8_attention_output_matmul_b.gemm, i8* %grad.layer.8.attention.output_dropout126, i8* %layer.8.attention.context127, i8* %bert.encoder.layer.8.attention.output.dense.weight128, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k268_layer_8_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k269_layer_8_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k270_layer_8_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k271_grad_layer_8_attention_value_in1_sum.launch)
  %844 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %845 = load i8*, i8** %844, align 8
  %grad.layer.8.attention.context.b = getelementptr inbounds i8, i8* %845, i64 421535744
  %846 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %847 = load i8*, i8** %846, align 8
  %bert.encoder.layer.8.attention.self.value.weight129 = getelementptr inbounds i8, i8* %847, i64 326885376
  %848 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %849 = load i8*, i8** %848, align 8
  %grad.layer.8.attention.value.matmul.a = getelementptr inbounds i8, i8* %849, i64 412098560
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 194, %bertrt_gemm* @train_s128_v0__k272_grad_layer_8_attention_value_matmul_a.gemm, i8* %grad.layer.8.attention.context.b, i8* %bert.encoder.layer.8.attention.self.value.weight129, i8* %grad.layer.8.attention.value.matmul.a, i8* null)
  %850 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %851 = load i8*, i8** %850, align 8
  %grad.layer.8.attention.context.b130 = getelementptr inbounds i8, i8* %851, i64 421535744
  %852 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %853 = load i8*, i8** %852, align 8
  %layer.7.ffn.layernorm131 = getelementptr inbounds i8, i8* %853, i64 405807104
  %854 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %855 = load i8*, i8** %854, align 8
  %bert.encoder.layer.8.attention.self.value.weight132 = getelementptr inbounds i8, i8* %855, i64 326885376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 195, %bertrt_gemm* @train_s128_v0__k273_grad_layer_8_attention_value_matmul_b.gemm, i8* %grad.layer.8.attention.context.b130, i8* %layer.7.ffn.layernorm131, i8* %bert.encoder.layer.8.attention.self.value.weight132, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch)
  %856 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %857 = load i8*, i8** %856, align 8
  %grad.layer.8.attention.scores.b = getelementptr inbounds i8, i8* %857, i64 427827200
  %858 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %859 = load i8*, i8** %858, align 8
  %bert.encoder.layer.8.attention.self.key.weight133 = getelementptr inbounds i8, i8* %859, i64 324523008
  %860 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %861 = load i8*, i8** %860, align 8
  %grad.layer.8.attention.key.matmul.a = getelementptr inbounds i8, i8* %861, i64 415244288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 196, %bertrt_gemm* @train_s128_v0__k275_grad_layer_8_attention_key_matmul_a.gemm, i8* %grad.layer.8.attention.scores.b, i8* %bert.encoder.layer.8.attention.self.key.weight133, i8* %grad.layer.8.attention.key.matmul.a, i8* null)
  %862 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %863 = load i8*, i8** %862, align 8
  %grad.layer.8.attention.scores.b134 = getelementptr inbounds i8, i8* %863, i64 427827200
  %864 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %865 = load i8*, i8** %864, align 8
  %layer.7.ffn.layernorm135 = getelementptr inbounds i8, i8* %865, i64 405807104
  %866 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %867 = load i8*, i8** %866, align 8
  %bert.encoder.layer.8.attention.self.key.weight136 = getelementptr inbounds i8, i8* %867, i64 324523008
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 197, %bertrt_gemm* @train_s128_v0__k276_grad_layer_8_attention_key_matmul_b.gemm, i8* %grad.layer.8.attention.scores.b134, i8* %layer.7.ffn.layernorm135, i8* %bert.encoder.layer.8.attention.self.key.weight136, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch)
  %868 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %869 = load i8*, i8** %868, align 8
  %grad.layer.8.attention.scores.a = getelementptr inbounds i8, i8* %869, i64 434118656
  %870 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %871 = load i8*, i8** %870, align 8
  %bert.encoder.layer.8.attention.self.query.weight137 = getelementptr inbounds i8, i8* %871, i64 322160640
  %872 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %873 = load i8*, i8** %872, align 8
  %grad.layer.8.attention.query.matmul.a = getelementptr inbounds i8, i8* %873, i64 418390016
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 198, %bertrt_gemm* @train_s128_v0__k278_grad_layer_8_attention_query_matmul_a.gemm, i8* %grad.layer.8.attention.scores.a, i8* %bert.encoder.layer.8.attention.self.query.weight137, i8* %grad.layer.8.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch)
  %874 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %875 = load i8*, i8** %874, align 8
  %grad.layer.8.attention.scores.a138 = getelementptr inbounds i8, i8* %875, i64 434118656
  %876 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %877 = load i8*, i8** %876, align 8
  %layer.7.ffn.layernorm139 = getelementptr inbounds i8, i8* %877, i64 405807104
  %878 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %879 = load i8*, i8** %878, align 8
  %bert.encoder.layer.8.attention.self.query.weight140 = getelementptr inbounds i8, i8* %879, i64 322160640
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 199, %bertrt_gemm* @train_s128_v0__k280_grad_layer_8_attention_query_matmul_b.gemm, i8* %grad.layer.8.attention.scores.a138, i8* %layer.7.ffn.layernorm139, i8* %bert.encoder.layer.8.attention.self.query.weight140, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k281_grad_layer_7_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k282_grad_layer_7_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k283_grad_layer_7_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k284_grad_layer_7_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k285_grad_layer_7_ffn_output_in1_sum.launch)
  %880 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %881 = load i8*, i8** %880, align 8
  %grad.layer.7.ffn.dropout = getelementptr inbounds i8, i8* %881, i64 408952832
  %882 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %883 = load i8*, i8** %882, align 8
  %bert.encoder.layer.7.output.dense.weight141 = getelementptr inbounds i8, i8* %883, i64 312714240
  %884 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %885 = load i8*, i8** %884, align 8
  %grad.layer.7.ffn.output.matmul.a = getelementptr inbounds i8, i8* %885, i64 412098560
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 200, %bertrt_gemm* @train_s128_v0__k286_grad_layer_7_ffn_output_matmul_a.gemm, i8* %grad.layer.7.ffn.dropout, i8* %bert.encoder.layer.7.output.dense.weight141, i8* %grad.layer.7.ffn.output.matmul.a, i8* null)
  %886 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %887 = load i8*, i8** %886, align 8
  %grad.layer.7.ffn.dropout142 = getelementptr inbounds i8, i8* %887, i64 408952832
  %888 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %889 = load i8*, i8** %888, align 8
  %layer.7.ffn.gelu143 = getelementptr inbounds i8, i8* %889, i64 393224192
  %890 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %891 = load i8*, i8** %890, align 8
  %bert.encoder.layer.7.output.dense.weight144 = getelementptr inbounds i8, i8* %891, i64 312714240
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 201, %bertrt_gemm* @train_s128_v0__k287_grad_layer_7_ffn_output_matmul_b.gemm, i8* %grad.layer.7.ffn.dropout142, i8* %layer.7.ffn.gelu143, i8* %bert.encoder.layer.7.output.dense.weight144, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k288_grad_layer_7_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch)
  %892 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %893 = load i8*, i8** %892, align 8
  %grad.layer.7.ffn.gelu = getelementptr inbounds i8, i8* %893, i64 393224192
  %894 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %895 = load i8*, i8** %894, align 8
  %bert.encoder.layer.7.intermediate.dense.weight145 = getelementptr inbounds i8, i8* %895, i64 303264768
  %896 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %897 = load i8*, i8** %896, align 8
  %grad.layer.7.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %897, i64 380641280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 202, %bertrt_gemm* @train_s128_v0__k290_grad_layer_7_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.7.ffn.gelu, i8* %bert.encoder.layer.7.intermediate.dense.weight145, i8* %grad.layer.7.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch)
  %898 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %899 = load i8*, i8** %898, align 8
  %grad.layer.7.ffn.gelu146 = getelementptr inbounds i8, i8* %899, i64 393224192
  %900 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %901 = load i8*, i8** %900, align 8
  %layer.7.attention.layernorm147 = getelementptr inbounds i8, i8* %901, i64 374349824
  %902 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %903 = load i8*, i8** %902, align 8
  %bert.encoder.layer.7.intermediate.dense.weight148 = getelementptr inbounds i8, i8* %903, i64 303264768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 203, %bertrt_gemm* @train_s128_v0__k292_grad_layer_7_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.7.ffn.gelu146, i8* %layer.7.attention.layernorm147, i8* %bert.encoder.layer.7.intermediate.dense.weight148, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k293_grad_layer_7_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k294_grad_layer_7_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k295_grad_layer_7_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k297_grad_layer_7_attention_output_in1_sum.launch)
  %904 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %905 = load i8*, i8** %904, align 8
  %grad.layer.7.attention.output_dropout = getelementptr inbounds i8, i8* %905, i64 377495552
  %906 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %907 = load i8*, i8** %906, align 8
  %bert.encoder.layer.7.attention.output.dense.weight149 = getelementptr inbounds i8, i8* %907, i64 300896256
  %908 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %909 = load i8*, i8** %908, align 8
  %grad.layer.7.attention.output.matmul.a = getelementptr inbounds i8, i8* %909, i64 380641280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 204, %bertrt_gemm* @train_s128_v0__k298_grad_layer_7_attention_output_matmul_a.gemm, i8* %grad.layer.7.attention.output_dropout, i8* %bert.encoder.layer.7.attention.output.dense.weight149, i8* %grad.layer.7.attention.output.matmul.a, i8* null)
  %910 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %911 = load i8*, i8** %910, align 8
  %grad.layer.7.attention.output_dropout150 = getelementptr inbounds i8, i8* %911, i64 377495552
  %912 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %913 = load i8*, i8** %912, align 8
  %layer.7.attention.context151 = getelementptr inbounds i8, i8* %913, i64 371204096
  %914 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %915 = load i8*, i8** %914, align 8
  %bert.encoder.layer.7.attention.output.dense.weight152 = getelementptr inbounds i8, i8* %915, i64 300896256
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 205, %bertrt_gemm* @train_s128_v0__k299_grad_layer_7_attention_output_matmul_b.gemm, i8* %grad.layer.7.attention.output_dropout150, i8* %layer.7.attention.context151, i8* %bert.encoder.layer.7.attention.output.dense.weight152, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k300_layer_7_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k301_layer_7_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k302_layer_7_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k303_grad_layer_7_attention_value_in1_sum.launch)
  %916 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %917 = load i8*, i8** %916, align 8
  %grad.layer.7.attention.context.b = getelementptr inbounds i8, i8* %917, i64 371204096
  %918 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %919 = load i8*, i8** %918, align 8
  %bert.encoder.layer.7.attention.self.value.weight153 = getelementptr inbounds i8, i8* %919, i64 298533888
  %920 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %921 = load i8*, i8** %920, align 8
  %grad.layer.7.attention.value.matmul.a = getelementptr inbounds i8, i8* %921, i64 361766912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 206, %bertrt_gemm* @train_s128_v0__k304_grad_layer_7_attention_value_matmul_a.gemm, i8* %grad.layer.7.attention.context.b, i8* %bert.encoder.layer.7.attention.self.value.weight153, i8* %grad.layer.7.attention.value.matmul.a, i8* null)
  %922 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %923 = load i8*, i8** %922, align 8
  %grad.layer.7.attention.context.b154 = getelementptr inbounds i8, i8* %923, i64 371204096
  %924 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %925 = load i8*, i8** %924, align 8
  %layer.6.ffn.layernorm155 = getelementptr inbounds i8, i8* %925, i64 355475456
  %926 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %927 = load i8*, i8** %926, align 8
  %bert.encoder.layer.7.attention.self.value.weight156 = getelementptr inbounds i8, i8* %927, i64 298533888
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 207, %bertrt_gemm* @train_s128_v0__k305_grad_layer_7_attention_value_matmul_b.gemm, i8* %grad.layer.7.attention.context.b154, i8* %layer.6.ffn.layernorm155, i8* %bert.encoder.layer.7.attention.self.value.weight156, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch)
  %928 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %929 = load i8*, i8** %928, align 8
  %grad.layer.7.attention.scores.b = getelementptr inbounds i8, i8* %929, i64 377495552
  %930 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %931 = load i8*, i8** %930, align 8
  %bert.encoder.layer.7.attention.self.key.weight157 = getelementptr inbounds i8, i8* %931, i64 296171520
  %932 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %933 = load i8*, i8** %932, align 8
  %grad.layer.7.attention.key.matmul.a = getelementptr inbounds i8, i8* %933, i64 364912640
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 208, %bertrt_gemm* @train_s128_v0__k307_grad_layer_7_attention_key_matmul_a.gemm, i8* %grad.layer.7.attention.scores.b, i8* %bert.encoder.layer.7.attention.self.key.weight157, i8* %grad.layer.7.attention.key.matmul.a, i8* null)
  %934 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %935 = load i8*, i8** %934, align 8
  %grad.layer.7.attention.scores.b158 = getelementptr inbounds i8, i8* %935, i64 377495552
  %936 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %937 = load i8*, i8** %936, align 8
  %layer.6.ffn.layernorm159 = getelementptr inbounds i8, i8* %937, i64 355475456
  %938 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %939 = load i8*, i8** %938, align 8
  %bert.encoder.layer.7.attention.self.key.weight160 = getelementptr inbounds i8, i8* %939, i64 296171520
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 209, %bertrt_gemm* @train_s128_v0__k308_grad_layer_7_attention_key_matmul_b.gemm, i8* %grad.layer.7.attention.scores.b158, i8* %layer.6.ffn.layernorm159, i8* %bert.encoder.layer.7.attention.self.key.weight160, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch)
  %940 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %941 = load i8*, i8** %940, align 8
  %grad.layer.7.attention.scores.a = getelementptr inbounds i8, i8* %941, i64 383787008
  %942 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %943 = load i8*, i8** %942, align 8
  %bert.encoder.layer.7.attention.self.query.weight161 = getelementptr inbounds i8, i8* %943, i64 293809152
  %944 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %945 = load i8*, i8** %944, align 8
  %grad.layer.7.attention.query.matmul.a = getelementptr inbounds i8, i8* %945, i64 368058368
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 210, %bertrt_gemm* @train_s128_v0__k310_grad_layer_7_attention_query_matmul_a.gemm, i8* %grad.layer.7.attention.scores.a, i8* %bert.encoder.layer.7.attention.self.query.weight161, i8* %grad.layer.7.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch)
  %946 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %947 = load i8*, i8** %946, align 8
  %grad.layer.7.attention.scores.a162 = getelementptr inbounds i8, i8* %947, i64 383787008
  %948 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %949 = load i8*, i8** %948, align 8
  %layer.6.ffn.layernorm163 = getelementptr inbounds i8, i8* %949, i64 355475456
  %950 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %951 = load i8*, i8** %950, align 8
  %bert.encoder.layer.7.attention.self.query.weight164 = getelementptr inbounds i8, i8* %951, i64 293809152
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 211, %bertrt_gemm* @train_s128_v0__k312_grad_layer_7_attention_query_matmul_b.gemm, i8* %grad.layer.7.attention.scores.a162, i8* %layer.6.ffn.layernorm163, i8* %bert.encoder.layer.7.attention.self.query.weight164, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k313_grad_layer_6_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k314_grad_layer_6_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k315_grad_layer_6_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k316_grad_layer_6_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k317_grad_layer_6_ffn_output_in1_sum.launch)
  %952 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %953 = load i8*, i8** %952, align 8
  %grad.layer.6.ffn.dropout = getelementptr inbounds i8, i8* %953, i64 358621184
  %954 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %955 = load i8*, i8** %954, align 8
  %bert.encoder.layer.6.output.dense.weight165 = getelementptr inbounds i8, i8* %955, i64 284362752
  %956 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %957 = load i8*, i8** %956, align 8
  %grad.layer.6.ffn.output.matmul.a = getelementptr inbounds i8, i8* %957, i64 361766912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 212, %bertrt_gemm* @train_s128_v0__k318_grad_layer_6_ffn_output_matmul_a.gemm, i8* %grad.layer.6.ffn.dropout, i8* %bert.encoder.layer.6.output.dense.weight165, i8* %grad.layer.6.ffn.output.matmul.a, i8* null)
  %958 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %959 = load i8*, i8** %958, align 8
  %grad.layer.6.ffn.dropout166 = getelementptr inbounds i8, i8* %959, i64 358621184
  %960 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %961 = load i8*, i8** %960, align 8
  %layer.6.ffn.gelu167 = getelementptr inbounds i8, i8* %961, i64 342892544
  %962 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %963 = load i8*, i8** %962, align 8
  %bert.encoder.layer.6.output.dense.weight168 = getelementptr inbounds i8, i8* %963, i64 284362752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 213, %bertrt_gemm* @train_s128_v0__k319_grad_layer_6_ffn_output_matmul_b.gemm, i8* %grad.layer.6.ffn.dropout166, i8* %layer.6.ffn.gelu167, i8* %bert.encoder.layer.6.output.dense.weight168, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k320_grad_layer_6_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch)
  %964 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %965 = load i8*, i8** %964, align 8
  %grad.layer.6.ffn.gelu = getelementptr inbounds i8, i8* %965, i64 342892544
  %966 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %967 = load i8*, i8** %966, align 8
  %bert.encoder.layer.6.intermediate.dense.weight169 = getelementptr inbounds i8, i8* %967, i64 274913280
  %968 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %969 = load i8*, i8** %968, align 8
  %grad.layer.6.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %969, i64 330309632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 214, %bertrt_gemm* @train_s128_v0__k322_grad_layer_6_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.6.ffn.gelu, i8* %bert.encoder.layer.6.intermediate.dense.weight169, i8* %grad.layer.6.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch)
  %970 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %971 = load i8*, i8** %970, align 8
  %grad.layer.6.ffn.gelu170 = getelementptr inbounds i8, i8* %971, i64 342892544
  %972 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %973 = load i8*, i8** %972, align 8
  %layer.6.attention.layernorm171 = getelementptr inbounds i8, i8* %973, i64 324018176
  %974 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %975 = load i8*, i8** %974, align 8
  %bert.encoder.layer.6.intermediate.dense.weight172 = getelementptr inbounds i8, i8* %975, i64 274913280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 215, %bertrt_gemm* @train_s128_v0__k324_grad_layer_6_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.6.ffn.gelu170, i8* %layer.6.attention.layernorm171, i8* %bert.encoder.layer.6.intermediate.dense.weight172, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k325_grad_layer_6_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k326_grad_layer_6_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k327_grad_layer_6_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k329_grad_layer_6_attention_output_in1_sum.launch)
  %976 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %977 = load i8*, i8** %976, align 8
  %grad.layer.6.attention.output_dropout = getelementptr inbounds i8, i8* %977, i64 327163904
  %978 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %979 = load i8*, i8** %978, align 8
  %bert.encoder.layer.6.attention.output.dense.weight173 = getelementptr inbounds i8, i8* %979, i64 272544768
  %980 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %981 = load i8*, i8** %980, align 8
  %grad.layer.6.attention.output.matmul.a = getelementptr inbounds i8, i8* %981, i64 330309632
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 216, %bertrt_gemm* @train_s128_v0__k330_grad_layer_6_attention_output_matmul_a.gemm, i8* %grad.layer.6.attention.output_dropout, i8* %bert.encoder.layer.6.attention.output.dense.weight173, i8* %grad.layer.6.attention.output.matmul.a, i8* null)
  %982 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %983 = load i8*, i8** %982, align 8
  %grad.layer.6.attention.output_dropout174 = getelementptr inbounds i8, i8* %983, i64 327163904
  %984 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %985 = load i8*, i8** %984, align 8
  %layer.6.attention.context175 = getelementptr inbounds i8, i8* %985, i64 320872448
  %986 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %987 = load i8*, i8** %986, align 8
  %bert.encoder.layer.6.attention.output.dense.weight176 = getelementptr inbounds i8, i8* %987, i64 272544768
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 217, %bertrt_gemm* @train_s128_v0__k331_grad_layer_6_attention_output_matmul_b.gemm, i8* %grad.layer.6.attention.output_dropout174, i8* %layer.6.attention.context175, i8* %bert.encoder.layer.6.attention.output.dense.weight176, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k332_layer_6_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k333_layer_6_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k334_layer_6_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k335_grad_layer_6_attention_value_in1_sum.launch)
  %988 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %989 = load i8*, i8** %988, align 8
  %grad.layer.6.attention.context.b = getelementptr inbounds i8, i8* %989, i64 320872448
  %990 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %991 = load i8*, i8** %990, align 8
  %bert.encoder.layer.6.attention.self.value.weight177 = getelementptr inbounds i8, i8* %991, i64 270182400
  %992 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %993 = load i8*, i8** %992, align 8
  %grad.layer.6.attention.value.matmul.a = getelementptr inbounds i8, i8* %993, i64 311435264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 218, %bertrt_gemm* @train_s128_v0__k336_grad_layer_6_attention_value_matmul_a.gemm, i8* %grad.layer.6.attention.context.b, i8* %bert.encoder.layer.6.attention.self.value.weight177, i8* %grad.layer.6.attention.value.matmul.a, i8* null)
  %994 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %995 = load i8*, i8** %994, align 8
  %grad.layer.6.attention.context.b178 = getelementptr inbounds i8, i8* %995, i64 320872448
  %996 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %997 = load i8*, i8** %996, align 8
  %layer.5.ffn.layernorm179 = getelementptr inbounds i8, i8* %997, i64 305143808
  %998 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %999 = load i8*, i8** %998, align 8
  %bert.encoder.layer.6.attention.self.value.weight180 = getelementptr inbounds i8, i8* %999, i64 270182400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 219, %bertrt_gemm* @train_s128_v0__k337_grad_layer_6_attention_value_matmul_b.gemm, i8* %grad.layer.6.attention.context.b178, i8* %layer.5.ffn.layernorm179, i8* %bert.encoder.layer.6.attention.self.value.weight180, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch)
  %1000 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1001 = load i8*, i8** %1000, align 8
  %grad.layer.6.attention.scores.b = getelementptr inbounds i8, i8* %1001, i64 327163904
  %1002 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1003 = load i8*, i8** %1002, align 8
  %bert.encoder.layer.6.attention.self.key.weight181 = getelementptr inbounds i8, i8* %1003, i64 267820032
  %1004 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1005 = load i8*, i8** %1004, align 8
  %grad.layer.6.attention.key.matmul.a = getelementptr inbounds i8, i8* %1005, i64 314580992
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 220, %bertrt_gemm* @train_s128_v0__k339_grad_layer_6_attention_key_matmul_a.gemm, i8* %grad.layer.6.attention.scores.b, i8* %bert.encoder.layer.6.attention.self.key.weight181, i8* %grad.layer.6.attention.key.matmul.a, i8* null)
  %1006 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1007 = load i8*, i8** %1006, align 8
  %grad.layer.6.attention.scores.b182 = getelementptr inbounds i8, i8* %1007, i64 327163904
  %1008 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1009 = load i8*, i8** %1008, align 8
  %layer.5.ffn.layernorm183 = getelementptr inbounds i8, i8* %1009, i64 305143808
  %1010 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1011 = load i8*, i8** %1010, align 8
  %bert.encoder.layer.6.attention.self.key.weight184 = getelementptr inbounds i8, i8* %1011, i64 267820032
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 221, %bertrt_gemm* @train_s128_v0__k340_grad_layer_6_attention_key_matmul_b.gemm, i8* %grad.layer.6.attention.scores.b182, i8* %layer.5.ffn.layernorm183, i8* %bert.encoder.layer.6.attention.self.key.weight184, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch)
  %1012 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1013 = load i8*, i8** %1012, align 8
  %grad.layer.6.attention.scores.a = getelementptr inbounds i8, i8* %1013, i64 333455360
  %1014 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1015 = load i8*, i8** %1014, align 8
  %bert.encoder.layer.6.attention.self.query.weight185 = getelementptr inbounds i8, i8* %1015, i64 265457664
  %1016 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1017 = load i8*, i8** %1016, align 8
  %grad.layer.6.attention.query.matmul.a = getelementptr inbounds i8, i8* %1017, i64 317726720
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 222, %bertrt_gemm* @train_s128_v0__k342_grad_layer_6_attention_query_matmul_a.gemm, i8* %grad.layer.6.attention.scores.a, i8* %bert.encoder.layer.6.attention.self.query.weight185, i8* %grad.layer.6.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch)
  %1018 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1019 = load i8*, i8** %1018, align 8
  %grad.layer.6.attention.scores.a186 = getelementptr inbounds i8, i8* %1019, i64 333455360
  %1020 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1021 = load i8*, i8** %1020, align 8
  %layer.5.ffn.layernorm187 = getelementptr inbounds i8, i8* %1021, i64 305143808
  %1022 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1023 = load i8*, i8** %1022, align 8
  %bert.encoder.layer.6.attention.self.query.weight188 = getelementptr inbounds i8, i8* %1023, i64 265457664
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 223, %bertrt_gemm* @train_s128_v0__k344_grad_layer_6_attention_query_matmul_b.gemm, i8* %grad.layer.6.attention.scores.a186, i8* %layer.5.ffn.layernorm187, i8* %bert.encoder.layer.6.attention.self.query.weight188, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k345_grad_layer_5_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k346_grad_layer_5_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k347_grad_layer_5_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k348_grad_layer_5_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k349_grad_layer_5_ffn_output_in1_sum.launch)
  %1024 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1025 = load i8*, i8** %1024, align 8
  %grad.layer.5.ffn.dropout = getelementptr inbounds i8, i8* %1025, i64 308289536
  %1026 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1027 = load i8*, i8** %1026, align 8
  %bert.encoder.layer.5.output.dense.weight189 = getelementptr inbounds i8, i8* %1027, i64 256011264
  %1028 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1029 = load i8*, i8** %1028, align 8
  %grad.layer.5.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1029, i64 311435264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 224, %bertrt_gemm* @train_s128_v0__k350_grad_layer_5_ffn_output_matmul_a.gemm, i8* %grad.layer.5.ffn.dropout, i8* %bert.encoder.layer.5.output.dense.weight189, i8* %grad.layer.5.ffn.output.matmul.a, i8* null)
  %1030 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1031 = load i8*, i8** %1030, align 8
  %grad.layer.5.ffn.dropout190 = getelementptr inbounds i8, i8* %1031, i64 308289536
  %1032 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1033 = load i8*, i8** %1032, align 8
  %layer.5.ffn.gelu191 = getelementptr inbounds i8, i8* %1033, i64 292560896
  %1034 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1035 = load i8*, i8** %1034, align 8
  %bert.encoder.layer.5.output.dense.weight192 = getelementptr inbounds i8, i8* %1035, i64 256011264
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 225, %bertrt_gemm* @train_s128_v0__k351_grad_layer_5_ffn_output_matmul_b.gemm, i8* %grad.layer.5.ffn.dropout190, i8* %layer.5.ffn.gelu191, i8* %bert.encoder.layer.5.output.dense.weight192, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k352_grad_layer_5_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch)
  %1036 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1037 = load i8*, i8** %1036, align 8
  %grad.layer.5.ffn.gelu = getelementptr inbounds i8, i8* %1037, i64 292560896
  %1038 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1039 = load i8*, i8** %1038, align 8
  %bert.encoder.layer.5.intermediate.dense.weight193 = getelementptr inbounds i8, i8* %1039, i64 246561792
  %1040 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1041 = load i8*, i8** %1040, align 8
  %grad.layer.5.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1041, i64 279977984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 226, %bertrt_gemm* @train_s128_v0__k354_grad_layer_5_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.5.ffn.gelu, i8* %bert.encoder.layer.5.intermediate.dense.weight193, i8* %grad.layer.5.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch)
  %1042 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1043 = load i8*, i8** %1042, align 8
  %grad.layer.5.ffn.gelu194 = getelementptr inbounds i8, i8* %1043, i64 292560896
  %1044 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1045 = load i8*, i8** %1044, align 8
  %layer.5.attention.layernorm195 = getelementptr inbounds i8, i8* %1045, i64 273686528
  %1046 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1047 = load i8*, i8** %1046, align 8
  %bert.encoder.layer.5.intermediate.dense.weight196 = getelementptr inbounds i8, i8* %1047, i64 246561792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 227, %bertrt_gemm* @train_s128_v0__k356_grad_layer_5_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.5.ffn.gelu194, i8* %layer.5.attention.layernorm195, i8* %bert.encoder.layer.5.intermediate.dense.weight196, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k357_grad_layer_5_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k358_grad_layer_5_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k359_grad_layer_5_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k361_grad_layer_5_attention_output_in1_sum.launch)
  %1048 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1049 = load i8*, i8** %1048, align 8
  %grad.layer.5.attention.output_dropout = getelementptr inbounds i8, i8* %1049, i64 276832256
  %1050 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1051 = load i8*, i8** %1050, align 8
  %bert.encoder.layer.5.attention.output.dense.weight197 = getelementptr inbounds i8, i8* %1051, i64 244193280
  %1052 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1053 = load i8*, i8** %1052, align 8
  %grad.layer.5.attention.output.matmul.a = getelementptr inbounds i8, i8* %1053, i64 279977984
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 228, %bertrt_gemm* @train_s128_v0__k362_grad_layer_5_attention_output_matmul_a.gemm, i8* %grad.layer.5.attention.output_dropout, i8* %bert.encoder.layer.5.attention.output.dense.weight197, i8* %grad.layer.5.attention.output.matmul.a, i8* null)
  %1054 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1055 = load i8*, i8** %1054, align 8
  %grad.layer.5.attention.output_dropout198 = getelementptr inbounds i8, i8* %1055, i64 276832256
  %1056 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1057 = load i8*, i8** %1056, align 8
  %layer.5.attention.context199 = getelementptr inbounds i8, i8* %1057, i64 270540800
  %1058 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1059 = load i8*, i8** %1058, align 8
  %bert.encoder.layer.5.attention.output.dense.weight200 = getelementptr inbounds i8, i8* %1059, i64 244193280
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 229, %bertrt_gemm* @train_s128_v0__k363_grad_layer_5_attention_output_matmul_b.gemm, i8* %grad.layer.5.attention.output_dropout198, i8* %layer.5.attention.context199, i8* %bert.encoder.layer.5.attention.output.dense.weight200, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k364_layer_5_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k365_layer_5_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k366_layer_5_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k367_grad_layer_5_attention_value_in1_sum.launch)
  %1060 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1061 = load i8*, i8** %1060, align 8
  %grad.layer.5.attention.context.b = getelementptr inbounds i8, i8* %1061, i64 270540800
  %1062 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1063 = load i8*, i8** %1062, align 8
  %bert.encoder.layer.5.attention.self.value.weight201 = getelementptr inbounds i8, i8* %1063, i64 241830912
  %1064 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1065 = load i8*, i8** %1064, align 8
  %grad.layer.5.attention.value.matmul.a = getelementptr inbounds i8, i8* %1065, i64 261103616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 230, %bertrt_gemm* @train_s128_v0__k368_grad_layer_5_attention_value_matmul_a.gemm, i8* %grad.layer.5.attention.context.b, i8* %bert.encoder.layer.5.attention.self.value.weight201, i8* %grad.layer.5.attention.value.matmul.a, i8* null)
  %1066 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1067 = load i8*, i8** %1066, align 8
  %grad.layer.5.attention.context.b202 = getelementptr inbounds i8, i8* %1067, i64 270540800
  %1068 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1069 = load i8*, i8** %1068, align 8
  %layer.4.ffn.layernorm203 = getelementptr inbounds i8, i8* %1069, i64 254812160
  %1070 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1071 = load i8*, i8** %1070, align 8
  %bert.encoder.layer.5.attention.self.value.weight204 = getelementptr inbounds i8, i8* %1071, i64 241830912
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 231, %bertrt_gemm* @train_s128_v0__k369_grad_layer_5_attention_value_matmul_b.gemm, i8* %grad.layer.5.attention.context.b202, i8* %layer.4.ffn.layernorm203, i8* %bert.encoder.layer.5.attention.self.value.weight204, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch)
  %1072 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1073 = load i8*, i8** %1072, align 8
  %grad.layer.5.attention.scores.b = getelementptr inbounds i8, i8* %1073, i64 276832256
  %1074 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1075 = load i8*, i8** %1074, align 8
  %bert.encoder.layer.5.attention.self.key.weight205 = getelementptr inbounds i8, i8* %1075, i64 239468544
  %1076 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1077 = load i8*, i8** %1076, align 8
  %grad.layer.5.attention.key.matmul.a = getelementptr inbounds i8, i8* %1077, i64 264249344
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 232, %bertrt_gemm* @train_s128_v0__k371_grad_layer_5_attention_key_matmul_a.gemm, i8* %grad.layer.5.attention.scores.b, i8* %bert.encoder.layer.5.attention.self.key.weight205, i8* %grad.layer.5.attention.key.matmul.a, i8* null)
  %1078 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1079 = load i8*, i8** %1078, align 8
  %grad.layer.5.attention.scores.b206 = getelementptr inbounds i8, i8* %1079, i64 276832256
  %1080 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1081 = load i8*, i8** %1080, align 8
  %layer.4.ffn.layernorm207 = getelementptr inbounds i8, i8* %1081, i64 254812160
  %1082 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1083 = load i8*, i8** %1082, align 8
  %bert.encoder.layer.5.attention.self.key.weight208 = getelementptr inbounds i8, i8* %1083, i64 239468544
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 233, %bertrt_gemm* @train_s128_v0__k372_grad_layer_5_attention_key_matmul_b.gemm, i8* %grad.layer.5.attention.scores.b206, i8* %layer.4.ffn.layernorm207, i8* %bert.encoder.layer.5.attention.self.key.weight208, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch)
  %1084 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1085 = load i8*, i8** %1084, align 8
  %grad.layer.5.attention.scores.a = getelementptr inbounds i8, i8* %1085, i64 283123712
  %1086 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1087 = load i8*, i8** %1086, align 8
  %bert.encoder.layer.5.attention.self.query.weight209 = getelementptr inbounds i8, i8* %1087, i64 237106176
  %1088 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1089 = load i8*, i8** %1088, align 8
  %grad.layer.5.attention.query.matmul.a = getelementptr inbounds i8, i8* %1089, i64 267395072
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 234, %bertrt_gemm* @train_s128_v0__k374_grad_layer_5_attention_query_matmul_a.gemm, i8* %grad.layer.5.attention.scores.a, i8* %bert.encoder.layer.5.attention.self.query.weight209, i8* %grad.layer.5.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch)
  %1090 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1091 = load i8*, i8** %1090, align 8
  %grad.layer.5.attention.scores.a210 = getelementptr inbounds i8, i8* %1091, i64 283123712
  %1092 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1093 = load i8*, i8** %1092, align 8
  %layer.4.ffn.layernorm211 = getelementptr inbounds i8, i8* %1093, i64 254812160
  %1094 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1095 = load i8*, i8** %1094, align 8
  %bert.encoder.layer.5.attention.self.query.weight212 = getelementptr inbounds i8, i8* %1095, i64 237106176
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 235, %bertrt_gemm* @train_s128_v0__k376_grad_layer_5_attention_query_matmul_b.gemm, i8* %grad.layer.5.attention.scores.a210, i8* %layer.4.ffn.layernorm211, i8* %bert.encoder.layer.5.attention.self.query.weight212, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k377_grad_layer_4_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k378_grad_layer_4_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k379_grad_layer_4_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k380_grad_layer_4_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k381_grad_layer_4_ffn_output_in1_sum.launch)
  %1096 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1097 = load i8*, i8** %1096, align 8
  %grad.layer.4.ffn.dropout = getelementptr inbounds i8, i8* %1097, i64 257957888
  %1098 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1099 = load i8*, i8** %1098, align 8
  %bert.encoder.layer.4.output.dense.weight213 = getelementptr inbounds i8, i8* %1099, i64 227659776
  %1100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1101 = load i8*, i8** %1100, align 8
  %grad.layer.4.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1101, i64 261103616
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 236, %bertrt_gemm* @train_s128_v0__k382_grad_layer_4_ffn_output_matmul_a.gemm, i8* %grad.layer.4.ffn.dropout, i8* %bert.encoder.layer.4.output.dense.weight213, i8* %grad.layer.4.ffn.output.matmul.a, i8* null)
  %1102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1103 = load i8*, i8** %1102, align 8
  %grad.layer.4.ffn.dropout214 = getelementptr inbounds i8, i8* %1103, i64 257957888
  %1104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1105 = load i8*, i8** %1104, align 8
  %layer.4.ffn.gelu215 = getelementptr inbounds i8, i8* %1105, i64 242229248
  %1106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1107 = load i8*, i8** %1106, align 8
  %bert.encoder.layer.4.output.dense.weight216 = getelementptr inbounds i8, i8* %1107, i64 227659776
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 237, %bertrt_gemm* @train_s128_v0__k383_grad_layer_4_ffn_output_matmul_b.gemm, i8* %grad.layer.4.ffn.dropout214, i8* %layer.4.ffn.gelu215, i8* %bert.encoder.layer.4.output.dense.weight216, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k384_grad_layer_4_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch)
  %1108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1109 = load i8*, i8** %1108, align 8
  %grad.layer.4.ffn.gelu = getelementptr inbounds i8, i8* %1109, i64 242229248
  %1110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1111 = load i8*, i8** %1110, align 8
  %bert.encoder.layer.4.intermediate.dense.weight217 = getelementptr inbounds i8, i8* %1111, i64 218210304
  %1112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1113 = load i8*, i8** %1112, align 8
  %grad.layer.4.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1113, i64 229646336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 238, %bertrt_gemm* @train_s128_v0__k386_grad_layer_4_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.4.ffn.gelu, i8* %bert.encoder.layer.4.intermediate.dense.weight217, i8* %grad.layer.4.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch)
  %1114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1115 = load i8*, i8** %1114, align 8
  %grad.layer.4.ffn.gelu218 = getelementptr inbounds i8, i8* %1115, i64 242229248
  %1116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1117 = load i8*, i8** %1116, align 8
  %layer.4.attention.layernorm219 = getelementptr inbounds i8, i8* %1117, i64 223354880
  %1118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1119 = load i8*, i8** %1118, align 8
  %bert.encoder.layer.4.intermediate.dense.weight220 = getelementptr inbounds i8, i8* %1119, i64 218210304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 239, %bertrt_gemm* @train_s128_v0__k388_grad_layer_4_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.4.ffn.gelu218, i8* %layer.4.attention.layernorm219, i8* %bert.encoder.layer.4.intermediate.dense.weight220, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k389_grad_layer_4_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k390_grad_layer_4_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k391_grad_layer_4_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k393_grad_layer_4_attention_output_in1_sum.launch)
  %1120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1121 = load i8*, i8** %1120, align 8
  %grad.layer.4.attention.output_dropout = getelementptr inbounds i8, i8* %1121, i64 226500608
  %1122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1123 = load i8*, i8** %1122, align 8
  %bert.encoder.layer.4.attention.output.dense.weight221 = getelementptr inbounds i8, i8* %1123, i64 215841792
  %1124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1125 = load i8*, i8** %1124, align 8
  %grad.layer.4.attention.output.matmul.a = getelementptr inbounds i8, i8* %1125, i64 229646336
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 240, %bertrt_gemm* @train_s128_v0__k394_grad_layer_4_attention_output_matmul_a.gemm, i8* %grad.layer.4.attention.output_dropout, i8* %bert.encoder.layer.4.attention.output.dense.weight221, i8* %grad.layer.4.attention.output.matmul.a, i8* null)
  %1126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1127 = load i8*, i8** %1126, align 8
  %grad.layer.4.attention.output_dropout222 = getelementptr inbounds i8, i8* %1127, i64 226500608
  %1128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1129 = load i8*, i8** %1128, align 8
  %layer.4.attention.context223 = getelementptr inbounds i8, i8* %1129, i64 220209152
  %1130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1131 = load i8*, i8** %1130, align 8
  %bert.encoder.layer.4.attention.output.dense.weight224 = getelementptr inbounds i8, i8* %1131, i64 215841792
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 241, %bertrt_gemm* @train_s128_v0__k395_grad_layer_4_attention_output_matmul_b.gemm, i8* %grad.layer.4.attention.output_dropout222, i8* %layer.4.attention.context223, i8* %bert.encoder.layer.4.attention.output.dense.weight224, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k396_layer_4_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k397_layer_4_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k398_layer_4_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k399_grad_layer_4_attention_value_in1_sum.launch)
  %1132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1133 = load i8*, i8** %1132, align 8
  %grad.layer.4.attention.context.b = getelementptr inbounds i8, i8* %1133, i64 220209152
  %1134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1135 = load i8*, i8** %1134, align 8
  %bert.encoder.layer.4.attention.self.value.weight225 = getelementptr inbounds i8, i8* %1135, i64 213479424
  %1136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1137 = load i8*, i8** %1136, align 8
  %grad.layer.4.attention.value.matmul.a = getelementptr inbounds i8, i8* %1137, i64 210771968
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 242, %bertrt_gemm* @train_s128_v0__k400_grad_layer_4_attention_value_matmul_a.gemm, i8* %grad.layer.4.attention.context.b, i8* %bert.encoder.layer.4.attention.self.value.weight225, i8* %grad.layer.4.attention.value.matmul.a, i8* null)
  %1138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1139 = load i8*, i8** %1138, align 8
  %grad.layer.4.attention.context.b226 = getelementptr inbounds i8, i8* %1139, i64 220209152
  %1140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1141 = load i8*, i8** %1140, align 8
  %layer.3.ffn.layernorm227 = getelementptr inbounds i8, i8* %1141, i64 204480512
  %1142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1143 = load i8*, i8** %1142, align 8
  %bert.encoder.layer.4.attention.self.value.weight228 = getelementptr inbounds i8, i8* %1143, i64 213479424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 243, %bertrt_gemm* @train_s128_v0__k401_grad_layer_4_attention_value_matmul_b.gemm, i8* %grad.layer.4.attention.context.b226, i8* %layer.3.ffn.layernorm227, i8* %bert.encoder.layer.4.attention.self.value.weight228, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch)
  %1144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1145 = load i8*, i8** %1144, align 8
  %grad.layer.4.attention.scores.b = getelementptr inbounds i8, i8* %1145, i64 226500608
  %1146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1147 = load i8*, i8** %1146, align 8
  %bert.encoder.layer.4.attention.self.key.weight229 = getelementptr inbounds i8, i8* %1147, i64 211117056
  %1148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1149 = load i8*, i8** %1148, align 8
  %grad.layer.4.attention.key.matmul.a = getelementptr inbounds i8, i8* %1149, i64 213917696
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 244, %bertrt_gemm* @train_s128_v0__k403_grad_layer_4_attention_key_matmul_a.gemm, i8* %grad.layer.4.attention.scores.b, i8* %bert.encoder.layer.4.attention.self.key.weight229, i8* %grad.layer.4.attention.key.matmul.a, i8* null)
  %1150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1151 = load i8*, i8** %1150, align 8
  %grad.layer.4.attention.scores.b230 = getelementptr inbounds i8, i8* %1151, i64 226500608
  %1152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1153 = load i8*, i8** %1152, align 8
  %layer.3.ffn.layernorm231 = getelementptr inbounds i8, i8* %1153, i64 204480512
  %1154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1155 = load i8*, i8** %1154, align 8
  %bert.encoder.layer.4.attention.self.key.weight232 = getelementptr inbounds i8, i8* %1155, i64 211117056
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 245, %bertrt_gemm* @train_s128_v0__k404_grad_layer_4_attention_key_matmul_b.gemm, i8* %grad.layer.4.attention.scores.b230, i8* %layer.3.ffn.layernorm231, i8* %bert.encoder.layer.4.attention.self.key.weight232, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch)
  %1156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1157 = load i8*, i8** %1156, align 8
  %grad.layer.4.attention.scores.a = getelementptr inbounds i8, i8* %1157, i64 232792064
  %1158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1159 = load i8*, i8** %1158, align 8
  %bert.encoder.layer.4.attention.self.query.weight233 = getelementptr inbounds i8, i8* %1159, i64 208754688
  %1160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1161 = load i8*, i8** %1160, align 8
  %grad.layer.4.attention.query.matmul.a = getelementptr inbounds i8, i8* %1161, i64 217063424
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 246, %bertrt_gemm* @train_s128_v0__k406_grad_layer_4_attention_query_matmul_a.gemm, i8* %grad.layer.4.attention.scores.a, i8* %bert.encoder.layer.4.attention.self.query.weight233, i8* %grad.layer.4.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch)
  %1162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1163 = load i8*, i8** %1162, align 8
  %grad.layer.4.attention.scores.a234 = getelementptr inbounds i8, i8* %1163, i64 232792064
  %1164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1165 = load i8*, i8** %1164, align 8
  %layer.3.ffn.layernorm235 = getelementptr inbounds i8, i8* %1165, i64 204480512
  %1166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1167 = load i8*, i8** %1166, align 8
  %bert.encoder.layer.4.attention.self.query.weight236 = getelementptr inbounds i8, i8* %1167, i64 208754688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 247, %bertrt_gemm* @train_s128_v0__k408_grad_layer_4_attention_query_matmul_b.gemm, i8* %grad.layer.4.attention.scores.a234, i8* %layer.3.ffn.layernorm235, i8* %bert.encoder.layer.4.attention.self.query.weight236, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k409_grad_layer_3_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k410_grad_layer_3_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k411_grad_layer_3_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k412_grad_layer_3_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k413_grad_layer_3_ffn_output_in1_sum.launch)
  %1168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1169 = load i8*, i8** %1168, align 8
  %grad.layer.3.ffn.dropout = getelementptr inbounds i8, i8* %1169, i64 207626240
  %1170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1171 = load i8*, i8** %1170, align 8
  %bert.encoder.layer.3.output.dense.weight237 = getelementptr inbounds i8, i8* %1171, i64 199308288
  %1172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1173 = load i8*, i8** %1172, align 8
  %grad.layer.3.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1173, i64 210771968
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 248, %bertrt_gemm* @train_s128_v0__k414_grad_layer_3_ffn_output_matmul_a.gemm, i8* %grad.layer.3.ffn.dropout, i8* %bert.encoder.layer.3.output.dense.weight237, i8* %grad.layer.3.ffn.output.matmul.a, i8* null)
  %1174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1175 = load i8*, i8** %1174, align 8
  %grad.layer.3.ffn.dropout238 = getelementptr inbounds i8, i8* %1175, i64 207626240
  %1176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1177 = load i8*, i8** %1176, align 8
  %layer.3.ffn.gelu239 = getelementptr inbounds i8, i8* %1177, i64 191897600
  %1178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1179 = load i8*, i8** %1178, align 8
  %bert.encoder.layer.3.output.dense.weight240 = getelementptr inbounds i8, i8* %1179, i64 199308288
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 249, %bertrt_gemm* @train_s128_v0__k415_grad_layer_3_ffn_output_matmul_b.gemm, i8* %grad.layer.3.ffn.dropout238, i8* %layer.3.ffn.gelu239, i8* %bert.encoder.layer.3.output.dense.weight240, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k416_grad_layer_3_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch)
  %1180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1181 = load i8*, i8** %1180, align 8
  %grad.layer.3.ffn.gelu = getelementptr inbounds i8, i8* %1181, i64 191897600
  %1182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1183 = load i8*, i8** %1182, align 8
  %bert.encoder.layer.3.intermediate.dense.weight241 = getelementptr inbounds i8, i8* %1183, i64 189858816
  %1184 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1185 = load i8*, i8** %1184, align 8
  %grad.layer.3.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1185, i64 179314688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 250, %bertrt_gemm* @train_s128_v0__k418_grad_layer_3_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.3.ffn.gelu, i8* %bert.encoder.layer.3.intermediate.dense.weight241, i8* %grad.layer.3.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch)
  %1186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1187 = load i8*, i8** %1186, align 8
  %grad.layer.3.ffn.gelu242 = getelementptr inbounds i8, i8* %1187, i64 191897600
  %1188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1189 = load i8*, i8** %1188, align 8
  %layer.3.attention.layernorm243 = getelementptr inbounds i8, i8* %1189, i64 173023232
  %1190 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1191 = load i8*, i8** %1190, align 8
  %bert.encoder.layer.3.intermediate.dense.weight244 = getelementptr inbounds i8, i8* %1191, i64 189858816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 251, %bertrt_gemm* @train_s128_v0__k420_grad_layer_3_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.3.ffn.gelu242, i8* %layer.3.attention.layernorm243, i8* %bert.encoder.layer.3.intermediate.dense.weight244, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k421_grad_layer_3_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k422_grad_layer_3_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k423_grad_layer_3_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k425_grad_layer_3_attention_output_in1_sum.launch)
  %1192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1193 = load i8*, i8** %1192, align 8
  %grad.layer.3.attention.output_dropout = getelementptr inbounds i8, i8* %1193, i64 176168960
  %1194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1195 = load i8*, i8** %1194, align 8
  %bert.encoder.layer.3.attention.output.dense.weight245 = getelementptr inbounds i8, i8* %1195, i64 187490304
  %1196 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1197 = load i8*, i8** %1196, align 8
  %grad.layer.3.attention.output.matmul.a = getelementptr inbounds i8, i8* %1197, i64 179314688
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 252, %bertrt_gemm* @train_s128_v0__k426_grad_layer_3_attention_output_matmul_a.gemm, i8* %grad.layer.3.attention.output_dropout, i8* %bert.encoder.layer.3.attention.output.dense.weight245, i8* %grad.layer.3.attention.output.matmul.a, i8* null)
  %1198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1199 = load i8*, i8** %1198, align 8
  %grad.layer.3.attention.output_dropout246 = getelementptr inbounds i8, i8* %1199, i64 176168960
  %1200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1201 = load i8*, i8** %1200, align 8
  %layer.3.attention.context247 = getelementptr inbounds i8, i8* %1201, i64 169877504
  %1202 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1203 = load i8*, i8** %1202, align 8
  %bert.encoder.layer.3.attention.output.dense.weight248 = getelementptr inbounds i8, i8* %1203, i64 187490304
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 253, %bertrt_gemm* @train_s128_v0__k427_grad_layer_3_attention_output_matmul_b.gemm, i8* %grad.layer.3.attention.output_dropout246, i8* %layer.3.attention.context247, i8* %bert.encoder.layer.3.attention.output.dense.weight248, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k428_layer_3_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k429_layer_3_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k430_layer_3_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k431_grad_layer_3_attention_value_in1_sum.launch)
  %1204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1205 = load i8*, i8** %1204, align 8
  %grad.layer.3.attention.context.b = getelementptr inbounds i8, i8* %1205, i64 169877504
  %1206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1207 = load i8*, i8** %1206, align 8
  %bert.encoder.layer.3.attention.self.value.weight249 = getelementptr inbounds i8, i8* %1207, i64 185127936
  %1208 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1209 = load i8*, i8** %1208, align 8
  %grad.layer.3.attention.value.matmul.a = getelementptr inbounds i8, i8* %1209, i64 160440320
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 254, %bertrt_gemm* @train_s128_v0__k432_grad_layer_3_attention_value_matmul_a.gemm, i8* %grad.layer.3.attention.context.b, i8* %bert.encoder.layer.3.attention.self.value.weight249, i8* %grad.layer.3.attention.value.matmul.a, i8* null)
  %1210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1211 = load i8*, i8** %1210, align 8
  %grad.layer.3.attention.context.b250 = getelementptr inbounds i8, i8* %1211, i64 169877504
  %1212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1213 = load i8*, i8** %1212, align 8
  %layer.2.ffn.layernorm251 = getelementptr inbounds i8, i8* %1213, i64 154148864
  %1214 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1215 = load i8*, i8** %1214, align 8
  %bert.encoder.layer.3.attention.self.value.weight252 = getelementptr inbounds i8, i8* %1215, i64 185127936
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 255, %bertrt_gemm* @train_s128_v0__k433_grad_layer_3_attention_value_matmul_b.gemm, i8* %grad.layer.3.attention.context.b250, i8* %layer.2.ffn.layernorm251, i8* %bert.encoder.layer.3.attention.self.value.weight252, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch)
  %1216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1217 = load i8*, i8** %1216, align 8
  %grad.layer.3.attention.scores.b = getelementptr inbounds i8, i8* %1217, i64 176168960
  %1218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1219 = load i8*, i8** %1218, align 8
  %bert.encoder.layer.3.attention.self.key.weight253 = getelementptr inbounds i8, i8* %1219, i64 182765568
  %1220 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1221 = load i8*, i8** %1220, align 8
  %grad.layer.3.attention.key.matmul.a = getelementptr inbounds i8, i8* %1221, i64 163586048
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 256, %bertrt_gemm* @train_s128_v0__k435_grad_layer_3_attention_key_matmul_a.gemm, i8* %grad.layer.3.attention.scores.b, i8* %bert.encoder.layer.3.attention.self.key.weight253, i8* %grad.layer.3.attention.key.matmul.a, i8* null)
  %1222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1223 = load i8*, i8** %1222, align 8
  %grad.layer.3.attention.scores.b254 = getelementptr inbounds i8, i8* %1223, i64 176168960
  %1224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1225 = load i8*, i8** %1224, align 8
  %layer.2.ffn.layernorm255 = getelementptr inbounds i8, i8* %1225, i64 154148864
  %1226 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1227 = load i8*, i8** %1226, align 8
  %bert.encoder.layer.3.attention.self.key.weight256 = getelementptr inbounds i8, i8* %1227, i64 182765568
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 257, %bertrt_gemm* @train_s128_v0__k436_grad_layer_3_attention_key_matmul_b.gemm, i8* %grad.layer.3.attention.scores.b254, i8* %layer.2.ffn.layernorm255, i8* %bert.encoder.layer.3.attention.self.key.weight256, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch)
  %1228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1229 = load i8*, i8** %1228, align 8
  %grad.layer.3.attention.scores.a = getelementptr inbounds i8, i8* %1229, i64 182460416
  %1230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1231 = load i8*, i8** %1230, align 8
  %bert.encoder.layer.3.attention.self.query.weight257 = getelementptr inbounds i8, i8* %1231, i64 180403200
  %1232 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1233 = load i8*, i8** %1232, align 8
  %grad.layer.3.attention.query.matmul.a = getelementptr inbounds i8, i8* %1233, i64 166731776
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 258, %bertrt_gemm* @train_s128_v0__k438_grad_layer_3_attention_query_matmul_a.gemm, i8* %grad.layer.3.attention.scores.a, i8* %bert.encoder.layer.3.attention.self.query.weight257, i8* %grad.layer.3.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch)
  %1234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1235 = load i8*, i8** %1234, align 8
  %grad.layer.3.attention.scores.a258 = getelementptr inbounds i8, i8* %1235, i64 182460416
  %1236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1237 = load i8*, i8** %1236, align 8
  %layer.2.ffn.layernorm259 = getelementptr inbounds i8, i8* %1237, i64 154148864
  %1238 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1239 = load i8*, i8** %1238, align 8
  %bert.encoder.layer.3.attention.self.query.weight260 = getelementptr inbounds i8, i8* %1239, i64 180403200
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 259, %bertrt_gemm* @train_s128_v0__k440_grad_layer_3_attention_query_matmul_b.gemm, i8* %grad.layer.3.attention.scores.a258, i8* %layer.2.ffn.layernorm259, i8* %bert.encoder.layer.3.attention.self.query.weight260, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k441_grad_layer_2_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k442_grad_layer_2_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k443_grad_layer_2_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k444_grad_layer_2_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k445_grad_layer_2_ffn_output_in1_sum.launch)
  %1240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1241 = load i8*, i8** %1240, align 8
  %grad.layer.2.ffn.dropout = getelementptr inbounds i8, i8* %1241, i64 157294592
  %1242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1243 = load i8*, i8** %1242, align 8
  %bert.encoder.layer.2.output.dense.weight261 = getelementptr inbounds i8, i8* %1243, i64 170956800
  %1244 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1245 = load i8*, i8** %1244, align 8
  %grad.layer.2.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1245, i64 160440320
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 260, %bertrt_gemm* @train_s128_v0__k446_grad_layer_2_ffn_output_matmul_a.gemm, i8* %grad.layer.2.ffn.dropout, i8* %bert.encoder.layer.2.output.dense.weight261, i8* %grad.layer.2.ffn.output.matmul.a, i8* null)
  %1246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1247 = load i8*, i8** %1246, align 8
  %grad.layer.2.ffn.dropout262 = getelementptr inbounds i8, i8* %1247, i64 157294592
  %1248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1249 = load i8*, i8** %1248, align 8
  %layer.2.ffn.gelu263 = getelementptr inbounds i8, i8* %1249, i64 141565952
  %1250 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1251 = load i8*, i8** %1250, align 8
  %bert.encoder.layer.2.output.dense.weight264 = getelementptr inbounds i8, i8* %1251, i64 170956800
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 261, %bertrt_gemm* @train_s128_v0__k447_grad_layer_2_ffn_output_matmul_b.gemm, i8* %grad.layer.2.ffn.dropout262, i8* %layer.2.ffn.gelu263, i8* %bert.encoder.layer.2.output.dense.weight264, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k448_grad_layer_2_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch)
  %1252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1253 = load i8*, i8** %1252, align 8
  %grad.layer.2.ffn.gelu = getelementptr inbounds i8, i8* %1253, i64 141565952
  %1254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1255 = load i8*, i8** %1254, align 8
  %bert.encoder.layer.2.intermediate.dense.weight265 = getelementptr inbounds i8, i8* %1255, i64 161507328
  %1256 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1257 = load i8*, i8** %1256, align 8
  %grad.layer.2.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1257, i64 128983040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 262, %bertrt_gemm* @train_s128_v0__k450_grad_layer_2_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.2.ffn.gelu, i8* %bert.encoder.layer.2.intermediate.dense.weight265, i8* %grad.layer.2.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch)
  %1258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1259 = load i8*, i8** %1258, align 8
  %grad.layer.2.ffn.gelu266 = getelementptr inbounds i8, i8* %1259, i64 141565952
  %1260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1261 = load i8*, i8** %1260, align 8
  %layer.2.attention.layernorm267 = getelementptr inbounds i8, i8* %1261, i64 122691584
  %1262 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1263 = load i8*, i8** %1262, align 8
  %bert.encoder.layer.2.intermediate.dense.weight268 = getelementptr inbounds i8, i8* %1263, i64 161507328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 263, %bertrt_gemm* @train_s128_v0__k452_grad_layer_2_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.2.ffn.gelu266, i8* %layer.2.attention.layernorm267, i8* %bert.encoder.layer.2.intermediate.dense.weight268, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k453_grad_layer_2_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k454_grad_layer_2_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k455_grad_layer_2_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k457_grad_layer_2_attention_output_in1_sum.launch)
  %1264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1265 = load i8*, i8** %1264, align 8
  %grad.layer.2.attention.output_dropout = getelementptr inbounds i8, i8* %1265, i64 125837312
  %1266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1267 = load i8*, i8** %1266, align 8
  %bert.encoder.layer.2.attention.output.dense.weight269 = getelementptr inbounds i8, i8* %1267, i64 159138816
  %1268 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1269 = load i8*, i8** %1268, align 8
  %grad.layer.2.attention.output.matmul.a = getelementptr inbounds i8, i8* %1269, i64 128983040
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 264, %bertrt_gemm* @train_s128_v0__k458_grad_layer_2_attention_output_matmul_a.gemm, i8* %grad.layer.2.attention.output_dropout, i8* %bert.encoder.layer.2.attention.output.dense.weight269, i8* %grad.layer.2.attention.output.matmul.a, i8* null)
  %1270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1271 = load i8*, i8** %1270, align 8
  %grad.layer.2.attention.output_dropout270 = getelementptr inbounds i8, i8* %1271, i64 125837312
  %1272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1273 = load i8*, i8** %1272, align 8
  %layer.2.attention.context271 = getelementptr inbounds i8, i8* %1273, i64 119545856
  %1274 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1275 = load i8*, i8** %1274, align 8
  %bert.encoder.layer.2.attention.output.dense.weight272 = getelementptr inbounds i8, i8* %1275, i64 159138816
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 265, %bertrt_gemm* @train_s128_v0__k459_grad_layer_2_attention_output_matmul_b.gemm, i8* %grad.layer.2.attention.output_dropout270, i8* %layer.2.attention.context271, i8* %bert.encoder.layer.2.attention.output.dense.weight272, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k460_layer_2_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k461_layer_2_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k462_layer_2_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k463_grad_layer_2_attention_value_in1_sum.launch)
  %1276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1277 = load i8*, i8** %1276, align 8
  %grad.layer.2.attention.context.b = getelementptr inbounds i8, i8* %1277, i64 119545856
  %1278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1279 = load i8*, i8** %1278, align 8
  %bert.encoder.layer.2.attention.self.value.weight273 = getelementptr inbounds i8, i8* %1279, i64 156776448
  %1280 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1281 = load i8*, i8** %1280, align 8
  %grad.layer.2.attention.value.matmul.a = getelementptr inbounds i8, i8* %1281, i64 110108672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 266, %bertrt_gemm* @train_s128_v0__k464_grad_layer_2_attention_value_matmul_a.gemm, i8* %grad.layer.2.attention.context.b, i8* %bert.encoder.layer.2.attention.self.value.weight273, i8* %grad.layer.2.attention.value.matmul.a, i8* null)
  %1282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1283 = load i8*, i8** %1282, align 8
  %grad.layer.2.attention.context.b274 = getelementptr inbounds i8, i8* %1283, i64 119545856
  %1284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1285 = load i8*, i8** %1284, align 8
  %layer.1.ffn.layernorm275 = getelementptr inbounds i8, i8* %1285, i64 103817216
  %1286 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1287 = load i8*, i8** %1286, align 8
  %bert.encoder.layer.2.attention.self.value.weight276 = getelementptr inbounds i8, i8* %1287, i64 156776448
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 267, %bertrt_gemm* @train_s128_v0__k465_grad_layer_2_attention_value_matmul_b.gemm, i8* %grad.layer.2.attention.context.b274, i8* %layer.1.ffn.layernorm275, i8* %bert.encoder.layer.2.attention.self.value.weight276, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch)
  %1288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1289 = load i8*, i8** %1288, align 8
  %grad.layer.2.attention.scores.b = getelementptr inbounds i8, i8* %1289, i64 125837312
  %1290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1291 = load i8*, i8** %1290, align 8
  %bert.encoder.layer.2.attention.self.key.weight277 = getelementptr inbounds i8, i8* %1291, i64 154414080
  %1292 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1293 = load i8*, i8** %1292, align 8
  %grad.layer.2.attention.key.matmul.a = getelementptr inbounds i8, i8* %1293, i64 113254400
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 268, %bertrt_gemm* @train_s128_v0__k467_grad_layer_2_attention_key_matmul_a.gemm, i8* %grad.layer.2.attention.scores.b, i8* %bert.encoder.layer.2.attention.self.key.weight277, i8* %grad.layer.2.attention.key.matmul.a, i8* null)
  %1294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1295 = load i8*, i8** %1294, align 8
  %grad.layer.2.attention.scores.b278 = getelementptr inbounds i8, i8* %1295, i64 125837312
  %1296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1297 = load i8*, i8** %1296, align 8
  %layer.1.ffn.layernorm279 = getelementptr inbounds i8, i8* %1297, i64 103817216
  %1298 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1299 = load i8*, i8** %1298, align 8
  %bert.encoder.layer.2.attention.self.key.weight280 = getelementptr inbounds i8, i8* %1299, i64 154414080
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 269, %bertrt_gemm* @train_s128_v0__k468_grad_layer_2_attention_key_matmul_b.gemm, i8* %grad.layer.2.attention.scores.b278, i8* %layer.1.ffn.layernorm279, i8* %bert.encoder.layer.2.attention.self.key.weight280, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch)
  %1300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1301 = load i8*, i8** %1300, align 8
  %grad.layer.2.attention.scores.a = getelementptr inbounds i8, i8* %1301, i64 132128768
  %1302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1303 = load i8*, i8** %1302, align 8
  %bert.encoder.layer.2.attention.self.query.weight281 = getelementptr inbounds i8, i8* %1303, i64 152051712
  %1304 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1305 = load i8*, i8** %1304, align 8
  %grad.layer.2.attention.query.matmul.a = getelementptr inbounds i8, i8* %1305, i64 116400128
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 270, %bertrt_gemm* @train_s128_v0__k470_grad_layer_2_attention_query_matmul_a.gemm, i8* %grad.layer.2.attention.scores.a, i8* %bert.encoder.layer.2.attention.self.query.weight281, i8* %grad.layer.2.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch)
  %1306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1307 = load i8*, i8** %1306, align 8
  %grad.layer.2.attention.scores.a282 = getelementptr inbounds i8, i8* %1307, i64 132128768
  %1308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1309 = load i8*, i8** %1308, align 8
  %layer.1.ffn.layernorm283 = getelementptr inbounds i8, i8* %1309, i64 103817216
  %1310 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1311 = load i8*, i8** %1310, align 8
  %bert.encoder.layer.2.attention.self.query.weight284 = getelementptr inbounds i8, i8* %1311, i64 152051712
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 271, %bertrt_gemm* @train_s128_v0__k472_grad_layer_2_attention_query_matmul_b.gemm, i8* %grad.layer.2.attention.scores.a282, i8* %layer.1.ffn.layernorm283, i8* %bert.encoder.layer.2.attention.self.query.weight284, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k473_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k474_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k475_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k476_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k477_grad_layer_1_ffn_output_in1_sum.launch)
  %1312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1313 = load i8*, i8** %1312, align 8
  %grad.layer.1.ffn.dropout = getelementptr inbounds i8, i8* %1313, i64 106962944
  %1314 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1315 = load i8*, i8** %1314, align 8
  %bert.encoder.layer.1.output.dense.weight285 = getelementptr inbounds i8, i8* %1315, i64 142605312
  %1316 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1317 = load i8*, i8** %1316, align 8
  %grad.layer.1.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1317, i64 110108672
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 272, %bertrt_gemm* @train_s128_v0__k478_grad_layer_1_ffn_output_matmul_a.gemm, i8* %grad.layer.1.ffn.dropout, i8* %bert.encoder.layer.1.output.dense.weight285, i8* %grad.layer.1.ffn.output.matmul.a, i8* null)
  %1318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1319 = load i8*, i8** %1318, align 8
  %grad.layer.1.ffn.dropout286 = getelementptr inbounds i8, i8* %1319, i64 106962944
  %1320 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1321 = load i8*, i8** %1320, align 8
  %layer.1.ffn.gelu287 = getelementptr inbounds i8, i8* %1321, i64 91234304
  %1322 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1323 = load i8*, i8** %1322, align 8
  %bert.encoder.layer.1.output.dense.weight288 = getelementptr inbounds i8, i8* %1323, i64 142605312
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 273, %bertrt_gemm* @train_s128_v0__k479_grad_layer_1_ffn_output_matmul_b.gemm, i8* %grad.layer.1.ffn.dropout286, i8* %layer.1.ffn.gelu287, i8* %bert.encoder.layer.1.output.dense.weight288, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k480_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %1324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1325 = load i8*, i8** %1324, align 8
  %grad.layer.1.ffn.gelu = getelementptr inbounds i8, i8* %1325, i64 91234304
  %1326 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1327 = load i8*, i8** %1326, align 8
  %bert.encoder.layer.1.intermediate.dense.weight289 = getelementptr inbounds i8, i8* %1327, i64 133155840
  %1328 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1329 = load i8*, i8** %1328, align 8
  %grad.layer.1.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1329, i64 78651392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 274, %bertrt_gemm* @train_s128_v0__k482_grad_layer_1_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.1.ffn.gelu, i8* %bert.encoder.layer.1.intermediate.dense.weight289, i8* %grad.layer.1.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch)
  %1330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1331 = load i8*, i8** %1330, align 8
  %grad.layer.1.ffn.gelu290 = getelementptr inbounds i8, i8* %1331, i64 91234304
  %1332 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1333 = load i8*, i8** %1332, align 8
  %layer.1.attention.layernorm291 = getelementptr inbounds i8, i8* %1333, i64 72359936
  %1334 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1335 = load i8*, i8** %1334, align 8
  %bert.encoder.layer.1.intermediate.dense.weight292 = getelementptr inbounds i8, i8* %1335, i64 133155840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 275, %bertrt_gemm* @train_s128_v0__k484_grad_layer_1_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.1.ffn.gelu290, i8* %layer.1.attention.layernorm291, i8* %bert.encoder.layer.1.intermediate.dense.weight292, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k485_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k486_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k487_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k489_grad_layer_1_attention_output_in1_sum.launch)
  %1336 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1337 = load i8*, i8** %1336, align 8
  %grad.layer.1.attention.output_dropout = getelementptr inbounds i8, i8* %1337, i64 75505664
  %1338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1339 = load i8*, i8** %1338, align 8
  %bert.encoder.layer.1.attention.output.dense.weight293 = getelementptr inbounds i8, i8* %1339, i64 130787328
  %1340 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1341 = load i8*, i8** %1340, align 8
  %grad.layer.1.attention.output.matmul.a = getelementptr inbounds i8, i8* %1341, i64 78651392
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 276, %bertrt_gemm* @train_s128_v0__k490_grad_layer_1_attention_output_matmul_a.gemm, i8* %grad.layer.1.attention.output_dropout, i8* %bert.encoder.layer.1.attention.output.dense.weight293, i8* %grad.layer.1.attention.output.matmul.a, i8* null)
  %1342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1343 = load i8*, i8** %1342, align 8
  %grad.layer.1.attention.output_dropout294 = getelementptr inbounds i8, i8* %1343, i64 75505664
  %1344 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1345 = load i8*, i8** %1344, align 8
  %layer.1.attention.context295 = getelementptr inbounds i8, i8* %1345, i64 69214208
  %1346 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1347 = load i8*, i8** %1346, align 8
  %bert.encoder.layer.1.attention.output.dense.weight296 = getelementptr inbounds i8, i8* %1347, i64 130787328
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 277, %bertrt_gemm* @train_s128_v0__k491_grad_layer_1_attention_output_matmul_b.gemm, i8* %grad.layer.1.attention.output_dropout294, i8* %layer.1.attention.context295, i8* %bert.encoder.layer.1.attention.output.dense.weight296, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k492_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k493_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k494_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k495_grad_layer_1_attention_value_in1_sum.launch)
  %1348 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1349 = load i8*, i8** %1348, align 8
  %grad.layer.1.attention.context.b = getelementptr inbounds i8, i8* %1349, i64 69214208
  %1350 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1351 = load i8*, i8** %1350, align 8
  %bert.encoder.layer.1.attention.self.value.weight297 = getelementptr inbounds i8, i8* %1351, i64 128424960
  %1352 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1353 = load i8*, i8** %1352, align 8
  %grad.layer.1.attention.value.matmul.a = getelementptr inbounds i8, i8* %1353, i64 59777024
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 278, %bertrt_gemm* @train_s128_v0__k496_grad_layer_1_attention_value_matmul_a.gemm, i8* %grad.layer.1.attention.context.b, i8* %bert.encoder.layer.1.attention.self.value.weight297, i8* %grad.layer.1.attention.value.matmul.a, i8* null)
  %1354 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1355 = load i8*, i8** %1354, align 8
  %grad.layer.1.attention.context.b298 = getelementptr inbounds i8, i8* %1355, i64 69214208
  %1356 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1357 = load i8*, i8** %1356, align 8
  %layer.0.ffn.layernorm299 = getelementptr inbounds i8, i8* %1357, i64 53485568
  %1358 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1359 = load i8*, i8** %1358, align 8
  %bert.encoder.layer.1.attention.self.value.weight300 = getelementptr inbounds i8, i8* %1359, i64 128424960
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 279, %bertrt_gemm* @train_s128_v0__k497_grad_layer_1_attention_value_matmul_b.gemm, i8* %grad.layer.1.attention.context.b298, i8* %layer.0.ffn.layernorm299, i8* %bert.encoder.layer.1.attention.self.value.weight300, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch)
  %1360 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1361 = load i8*, i8** %1360, align 8
  %grad.layer.1.attention.scores.b = getelementptr inbounds i8, i8* %1361, i64 75505664
  %1362 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1363 = load i8*, i8** %1362, align 8
  %bert.encoder.layer.1.attention.self.key.weight301 = getelementptr inbounds i8, i8* %1363, i64 126062592
  %1364 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1365 = load i8*, i8** %1364, align 8
  %grad.layer.1.attention.key.matmul.a = getelementptr inbounds i8, i8* %1365, i64 62922752
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 280, %bertrt_gemm* @train_s128_v0__k499_grad_layer_1_attention_key_matmul_a.gemm, i8* %grad.layer.1.attention.scores.b, i8* %bert.encoder.layer.1.attention.self.key.weight301, i8* %grad.layer.1.attention.key.matmul.a, i8* null)
  %1366 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1367 = load i8*, i8** %1366, align 8
  %grad.layer.1.attention.scores.b302 = getelementptr inbounds i8, i8* %1367, i64 75505664
  %1368 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1369 = load i8*, i8** %1368, align 8
  %layer.0.ffn.layernorm303 = getelementptr inbounds i8, i8* %1369, i64 53485568
  %1370 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1371 = load i8*, i8** %1370, align 8
  %bert.encoder.layer.1.attention.self.key.weight304 = getelementptr inbounds i8, i8* %1371, i64 126062592
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 281, %bertrt_gemm* @train_s128_v0__k500_grad_layer_1_attention_key_matmul_b.gemm, i8* %grad.layer.1.attention.scores.b302, i8* %layer.0.ffn.layernorm303, i8* %bert.encoder.layer.1.attention.self.key.weight304, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch)
  %1372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1373 = load i8*, i8** %1372, align 8
  %grad.layer.1.attention.scores.a = getelementptr inbounds i8, i8* %1373, i64 81797120
  %1374 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1375 = load i8*, i8** %1374, align 8
  %bert.encoder.layer.1.attention.self.query.weight305 = getelementptr inbounds i8, i8* %1375, i64 123700224
  %1376 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1377 = load i8*, i8** %1376, align 8
  %grad.layer.1.attention.query.matmul.a = getelementptr inbounds i8, i8* %1377, i64 66068480
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 282, %bertrt_gemm* @train_s128_v0__k502_grad_layer_1_attention_query_matmul_a.gemm, i8* %grad.layer.1.attention.scores.a, i8* %bert.encoder.layer.1.attention.self.query.weight305, i8* %grad.layer.1.attention.query.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch)
  %1378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1379 = load i8*, i8** %1378, align 8
  %grad.layer.1.attention.scores.a306 = getelementptr inbounds i8, i8* %1379, i64 81797120
  %1380 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1381 = load i8*, i8** %1380, align 8
  %layer.0.ffn.layernorm307 = getelementptr inbounds i8, i8* %1381, i64 53485568
  %1382 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1383 = load i8*, i8** %1382, align 8
  %bert.encoder.layer.1.attention.self.query.weight308 = getelementptr inbounds i8, i8* %1383, i64 123700224
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 283, %bertrt_gemm* @train_s128_v0__k504_grad_layer_1_attention_query_matmul_b.gemm, i8* %grad.layer.1.attention.scores.a306, i8* %layer.0.ffn.layernorm307, i8* %bert.encoder.layer.1.attention.self.query.weight308, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k505_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k506_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k507_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k508_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k509_grad_layer_0_ffn_output_in1_sum.launch)
  %1384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1385 = load i8*, i8** %1384, align 8
  %grad.layer.0.ffn.dropout = getelementptr inbounds i8, i8* %1385, i64 56631296
  %1386 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1387 = load i8*, i8** %1386, align 8
  %bert.encoder.layer.0.output.dense.weight309 = getelementptr inbounds i8, i8* %1387, i64 114253824
  %1388 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1389 = load i8*, i8** %1388, align 8
  %grad.layer.0.ffn.output.matmul.a = getelementptr inbounds i8, i8* %1389, i64 59777024
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 284, %bertrt_gemm* @train_s128_v0__k510_grad_layer_0_ffn_output_matmul_a.gemm, i8* %grad.layer.0.ffn.dropout, i8* %bert.encoder.layer.0.output.dense.weight309, i8* %grad.layer.0.ffn.output.matmul.a, i8* null)
  %1390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1391 = load i8*, i8** %1390, align 8
  %grad.layer.0.ffn.dropout310 = getelementptr inbounds i8, i8* %1391, i64 56631296
  %1392 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1393 = load i8*, i8** %1392, align 8
  %layer.0.ffn.gelu311 = getelementptr inbounds i8, i8* %1393, i64 40902656
  %1394 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1395 = load i8*, i8** %1394, align 8
  %bert.encoder.layer.0.output.dense.weight312 = getelementptr inbounds i8, i8* %1395, i64 114253824
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 285, %bertrt_gemm* @train_s128_v0__k511_grad_layer_0_ffn_output_matmul_b.gemm, i8* %grad.layer.0.ffn.dropout310, i8* %layer.0.ffn.gelu311, i8* %bert.encoder.layer.0.output.dense.weight312, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k512_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %1396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1397 = load i8*, i8** %1396, align 8
  %grad.layer.0.ffn.gelu = getelementptr inbounds i8, i8* %1397, i64 40902656
  %1398 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1399 = load i8*, i8** %1398, align 8
  %bert.encoder.layer.0.intermediate.dense.weight313 = getelementptr inbounds i8, i8* %1399, i64 104804352
  %1400 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1401 = load i8*, i8** %1400, align 8
  %grad.layer.0.ffn.intermediate.matmul.a = getelementptr inbounds i8, i8* %1401, i64 28319744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 286, %bertrt_gemm* @train_s128_v0__k514_grad_layer_0_ffn_intermediate_matmul_a.gemm, i8* %grad.layer.0.ffn.gelu, i8* %bert.encoder.layer.0.intermediate.dense.weight313, i8* %grad.layer.0.ffn.intermediate.matmul.a, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch)
  %1402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1403 = load i8*, i8** %1402, align 8
  %grad.layer.0.ffn.gelu314 = getelementptr inbounds i8, i8* %1403, i64 40902656
  %1404 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1405 = load i8*, i8** %1404, align 8
  %layer.0.attention.layernorm315 = getelementptr inbounds i8, i8* %1405, i64 22028288
  %1406 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1407 = load i8*, i8** %1406, align 8
  %bert.encoder.layer.0.intermediate.dense.weight316 = getelementptr inbounds i8, i8* %1407, i64 104804352
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 287, %bertrt_gemm* @train_s128_v0__k516_grad_layer_0_ffn_intermediate_matmul_b.gemm, i8* %grad.layer.0.ffn.gelu314, i8* %layer.0.attention.layernorm315, i8* %bert.encoder.layer.0.intermediate.dense.weight316, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k517_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k518_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k519_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k521_grad_layer_0_attention_output_in1_sum.launch)
  %1408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1409 = load i8*, i8** %1408, align 8
  %grad.layer.0.attention.output_dropout = getelementptr inbounds i8, i8* %1409, i64 25174016
  %1410 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1411 = load i8*, i8** %1410, align 8
  %bert.encoder.layer.0.attention.output.dense.weight317 = getelementptr inbounds i8, i8* %1411, i64 102435840
  %1412 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1413 = load i8*, i8** %1412, align 8
  %grad.layer.0.attention.output.matmul.a = getelementptr inbounds i8, i8* %1413, i64 28319744
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 288, %bertrt_gemm* @train_s128_v0__k522_grad_layer_0_attention_output_matmul_a.gemm, i8* %grad.layer.0.attention.output_dropout, i8* %bert.encoder.layer.0.attention.output.dense.weight317, i8* %grad.layer.0.attention.output.matmul.a, i8* null)
  %1414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1415 = load i8*, i8** %1414, align 8
  %grad.layer.0.attention.output_dropout318 = getelementptr inbounds i8, i8* %1415, i64 25174016
  %1416 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1417 = load i8*, i8** %1416, align 8
  %layer.0.attention.context319 = getelementptr inbounds i8, i8* %1417, i64 18882560
  %1418 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1419 = load i8*, i8** %1418, align 8
  %bert.encoder.layer.0.attention.output.dense.weight320 = getelementptr inbounds i8, i8* %1419, i64 102435840
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 289, %bertrt_gemm* @train_s128_v0__k523_grad_layer_0_attention_output_matmul_b.gemm, i8* %grad.layer.0.attention.output_dropout318, i8* %layer.0.attention.context319, i8* %bert.encoder.layer.0.attention.output.dense.weight320, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k524_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k525_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k526_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k527_grad_layer_0_attention_value_in1_sum.launch)
  %1420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1421 = load i8*, i8** %1420, align 8
  %grad.layer.0.attention.context.b = getelementptr inbounds i8, i8* %1421, i64 18882560
  %1422 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1423 = load i8*, i8** %1422, align 8
  %bert.encoder.layer.0.attention.self.value.weight321 = getelementptr inbounds i8, i8* %1423, i64 100073472
  %1424 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1425 = load i8*, i8** %1424, align 8
  %grad.layer.0.attention.value.matmul.a = getelementptr inbounds i8, i8* %1425, i64 3153920
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 290, %bertrt_gemm* @train_s128_v0__k528_grad_layer_0_attention_value_matmul_a.gemm, i8* %grad.layer.0.attention.context.b, i8* %bert.encoder.layer.0.attention.self.value.weight321, i8* %grad.layer.0.attention.value.matmul.a, i8* null)
  %1426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1427 = load i8*, i8** %1426, align 8
  %grad.layer.0.attention.context.b322 = getelementptr inbounds i8, i8* %1427, i64 18882560
  %1428 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1429 = load i8*, i8** %1428, align 8
  %embeddings.dropout323 = getelementptr inbounds i8, i8* %1429, i64 6299648
  %1430 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1431 = load i8*, i8** %1430, align 8
  %bert.encoder.layer.0.attention.self.value.weight324 = getelementptr inbounds i8, i8* %1431, i64 100073472
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 291, %bertrt_gemm* @train_s128_v0__k529_grad_layer_0_attention_value_matmul_b.gemm, i8* %grad.layer.0.attention.context.b322, i8* %embeddings.dropout323, i8* %bert.encoder.layer.0.attention.self.value.weight324, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch)
  %1432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1433 = load i8*, i8** %1432, align 8
  %grad.layer.0.attention.scores.b = getelementptr inbounds i8, i8* %1433, i64 25174016
  %1434 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1435 = load i8*, i8** %1434, align 8
  %bert.encoder.layer.0.attention.self.key.weight325 = getelementptr inbounds i8, i8* %1435, i64 97711104
  %1436 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1437 = load i8*, i8** %1436, align 8
  %grad.layer.0.attention.key.matmul.a = getelementptr inbounds i8, i8* %1437, i64 9445376
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 292, %bertrt_gemm* @train_s128_v0__k531_grad_layer_0_attention_key_matmul_a.gemm, i8* %grad.layer.0.attention.scores.b, i8* %bert.encoder.layer.0.attention.self.key.weight325, i8* %grad.layer.0.attention.key.matmul.a, i8* null)
  %1438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1439 = load i8*, i8** %1438, align 8
  %grad.layer.0.attention.scores.b326 = getelementptr inbounds i8, i8* %1439, i64 25174016
  %1440 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1441 = load i8*, i8** %1440, align 8
  %embeddings.dropout327 = getelementptr inbounds i8, i8* %1441, i64 6299648
  %1442 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1443 = load i8*, i8** %1442, align 8
  %bert.encoder.layer.0.attention.self.key.weight328 = getelementptr inbounds i8, i8* %1443, i64 97711104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 293, %bertrt_gemm* @train_s128_v0__k532_grad_layer_0_attention_key_matmul_b.gemm, i8* %grad.layer.0.attention.scores.b326, i8* %embeddings.dropout327, i8* %bert.encoder.layer.0.attention.self.key.weight328, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch)
  %1444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1445 = load i8*, i8** %1444, align 8
  %grad.layer.0.attention.scores.a = getelementptr inbounds i8, i8* %1445, i64 31465472
  %1446 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1447 = load i8*, i8** %1446, align 8
  %bert.encoder.layer.0.attention.self.query.weight329 = getelementptr inbounds i8, i8* %1447, i64 95348736
  %1448 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1449 = load i8*, i8** %1448, align 8
  %grad.layer.0.attention.query.matmul.a = getelementptr inbounds i8, i8* %1449, i64 12591104
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 294, %bertrt_gemm* @train_s128_v0__k534_grad_layer_0_attention_query_matmul_a.gemm, i8* %grad.layer.0.attention.scores.a, i8* %bert.encoder.layer.0.attention.self.query.weight329, i8* %grad.layer.0.attention.query.matmul.a, i8* null)
  %1450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1451 = load i8*, i8** %1450, align 8
  %grad.layer.0.attention.scores.a330 = getelementptr inbounds i8, i8* %1451, i64 31465472
  %1452 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1453 = load i8*, i8** %1452, align 8
  %embeddings.dropout331 = getelementptr inbounds i8, i8* %1453, i64 6299648
  %1454 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1455 = load i8*, i8** %1454, align 8
  %bert.encoder.layer.0.attention.self.query.weight332 = getelementptr inbounds i8, i8* %1455, i64 95348736
  call void @bertrt_cuda_gemm(%bertrt_ctx* %ctx, i64 295, %bertrt_gemm* @train_s128_v0__k535_grad_layer_0_attention_query_matmul_b.gemm, i8* %grad.layer.0.attention.scores.a330, i8* %embeddings.dropout331, i8* %bert.encoder.layer.0.attention.self.query.weight332, i8* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k536_grad_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k537_grad_embeddings_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k538_grad_embeddings_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k539_grad_embeddings_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k540_grad_embeddings_sum_in1_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k541_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k542_grad_embeddings_position.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k543_grad_embeddings_token_type.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k544_grad_embeddings_word.launch)
  ret void
}

; Function Attrs: nounwind
define void @optimizer_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k000_grad_norm_partial.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k001_grad_norm_tail.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k002_clip_coefficient.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @optimizer_v0__k003_adamw.launch)
  ret void
}

attributes #0 = { nounwind }
