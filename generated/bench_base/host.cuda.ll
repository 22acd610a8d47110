; ModuleID = 'host'
source_filename = "host"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%bertrt_cuda_kernel = type { i64, i64, i64, i64, i64*, i64, i64* }
%bertrt_gemm = type { i64, i64, i64, i64, i64, i64, i64, i64, [2 x i64], [2 x i64], [2 x i64], [2 x i64], double, double }
%bertrt_param = type { i8*, i64, [4 x i64], i64, i64, i64 }
%bertrt_variant = type { i64, i64, i64 }
%bertrt_ctx = type { [6 x i8*], float, float, float, float, i32, i32, i8*, i8* }
%bertrt_tensor = type { i8*, i64, i64, i64, [4 x i64] }
%bertrt_bucket = type { i64, i64, %bertrt_tensor*, void (%bertrt_ctx*)*, void (%bertrt_ctx*)**, i64, i64 }
%bertrt_device_images = type { i64, i8* }
%bertrt_model = type { i64, i8*, i8*, i8*, i8*, i64, i64, i64, i64, i64, i64, i64, i64, i8*, double, double, double, double, i8*, i64, i8**, i64, double, double, double, double, double, double, double, i64, i64, i64, i64, %bertrt_param*, i64, [6 x i64], i64, %bertrt_variant*, void (%bertrt_ctx*)**, i64, %bertrt_bucket*, i8*, i64, i64 }

@forward_s128__k000_embeddings_sum.launch.bases = private unnamed_addr constant [12 x i64] [i64 0, i64 93763584, i64 0, i64 95336448, i64 5, i64 4096, i64 0, i64 0, i64 5, i64 0, i64 4, i64 0]
@forward_s128__k000_embeddings_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 0, i64 1024, i64 256, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k000_embeddings_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k001_embeddings_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 0, i64 0, i64 95345664, i64 0, i64 95342592, i64 4, i64 3145728]
@forward_s128__k001_embeddings_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k001_embeddings_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k002_embeddings_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3145728, i64 4, i64 0]
@forward_s128__k002_embeddings_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 1]
@forward_s128__k002_embeddings_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 2, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k002_embeddings_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k002_embeddings_dropout.launch.sites, i32 0, i32 0) }
@forward_s128__k003_attention_mask_bias.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 8192, i64 4, i64 3145728]
@forward_s128__k003_attention_mask_bias.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 3, i64 8, i64 128, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k003_attention_mask_bias.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@forward_s128__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@forward_s128__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 104801280, i64 0, i64 104798208, i64 4, i64 0]
@forward_s128__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 114241536]
@forward_s128__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@forward_s128__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 123697152, i64 0, i64 123694080, i64 4, i64 0]
@forward_s128__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@forward_s128__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@forward_s128__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 133152768, i64 0, i64 133149696, i64 4, i64 0]
@forward_s128__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 142593024]
@forward_s128__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@forward_s128__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 152048640, i64 0, i64 152045568, i64 4, i64 0]
@forward_s128__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k026_layer_2_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k027_layer_2_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k028_layer_2_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k029_layer_2_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k029_layer_2_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@forward_s128__k029_layer_2_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k029_layer_2_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k029_layer_2_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k030_layer_2_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k031_layer_2_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k031_layer_2_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 9]
@forward_s128__k031_layer_2_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k031_layer_2_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k031_layer_2_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k032_layer_2_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 161504256, i64 0, i64 161501184, i64 4, i64 0]
@forward_s128__k032_layer_2_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k032_layer_2_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k033_layer_2_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k033_layer_2_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 170944512]
@forward_s128__k033_layer_2_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k033_layer_2_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k034_layer_2_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k035_layer_2_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k035_layer_2_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 10]
@forward_s128__k035_layer_2_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k035_layer_2_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k035_layer_2_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k036_layer_2_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 180400128, i64 0, i64 180397056, i64 4, i64 0]
@forward_s128__k036_layer_2_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k036_layer_2_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k037_layer_3_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k038_layer_3_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k039_layer_3_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k040_layer_3_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k040_layer_3_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@forward_s128__k040_layer_3_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k040_layer_3_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k040_layer_3_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k041_layer_3_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k042_layer_3_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k042_layer_3_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 12]
@forward_s128__k042_layer_3_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k042_layer_3_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k042_layer_3_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k043_layer_3_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 189855744, i64 0, i64 189852672, i64 4, i64 0]
@forward_s128__k043_layer_3_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k043_layer_3_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k044_layer_3_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k044_layer_3_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 199296000]
@forward_s128__k044_layer_3_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k044_layer_3_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k045_layer_3_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k046_layer_3_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k046_layer_3_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 13]
@forward_s128__k046_layer_3_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k046_layer_3_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k046_layer_3_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k047_layer_3_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 208751616, i64 0, i64 208748544, i64 4, i64 0]
@forward_s128__k047_layer_3_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k047_layer_3_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k048_layer_4_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k049_layer_4_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k050_layer_4_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k051_layer_4_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k051_layer_4_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@forward_s128__k051_layer_4_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k051_layer_4_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k051_layer_4_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k052_layer_4_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k053_layer_4_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k053_layer_4_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 15]
@forward_s128__k053_layer_4_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k053_layer_4_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k053_layer_4_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k054_layer_4_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 218207232, i64 0, i64 218204160, i64 4, i64 0]
@forward_s128__k054_layer_4_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k054_layer_4_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k055_layer_4_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k055_layer_4_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 227647488]
@forward_s128__k055_layer_4_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k055_layer_4_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k056_layer_4_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k057_layer_4_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k057_layer_4_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 16]
@forward_s128__k057_layer_4_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k057_layer_4_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k057_layer_4_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k058_layer_4_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 237103104, i64 0, i64 237100032, i64 4, i64 0]
@forward_s128__k058_layer_4_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k058_layer_4_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k059_layer_5_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k060_layer_5_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k061_layer_5_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k062_layer_5_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k062_layer_5_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@forward_s128__k062_layer_5_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k062_layer_5_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k062_layer_5_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k063_layer_5_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k064_layer_5_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k064_layer_5_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 18]
@forward_s128__k064_layer_5_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k064_layer_5_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k064_layer_5_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k065_layer_5_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 246558720, i64 0, i64 246555648, i64 4, i64 0]
@forward_s128__k065_layer_5_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k065_layer_5_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k066_layer_5_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k066_layer_5_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 255998976]
@forward_s128__k066_layer_5_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k066_layer_5_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k067_layer_5_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k068_layer_5_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k068_layer_5_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 19]
@forward_s128__k068_layer_5_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k068_layer_5_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k068_layer_5_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k069_layer_5_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 265454592, i64 0, i64 265451520, i64 4, i64 0]
@forward_s128__k069_layer_5_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k069_layer_5_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k070_layer_6_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k071_layer_6_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k072_layer_6_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k073_layer_6_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k073_layer_6_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@forward_s128__k073_layer_6_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k073_layer_6_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k073_layer_6_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k074_layer_6_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k075_layer_6_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k075_layer_6_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 21]
@forward_s128__k075_layer_6_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k075_layer_6_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k075_layer_6_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k076_layer_6_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 274910208, i64 0, i64 274907136, i64 4, i64 0]
@forward_s128__k076_layer_6_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k076_layer_6_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k077_layer_6_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k077_layer_6_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 284350464]
@forward_s128__k077_layer_6_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k077_layer_6_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k078_layer_6_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k079_layer_6_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k079_layer_6_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 22]
@forward_s128__k079_layer_6_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k079_layer_6_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k079_layer_6_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k080_layer_6_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 293806080, i64 0, i64 293803008, i64 4, i64 0]
@forward_s128__k080_layer_6_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k080_layer_6_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k081_layer_7_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k082_layer_7_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k083_layer_7_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k084_layer_7_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k084_layer_7_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@forward_s128__k084_layer_7_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k084_layer_7_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k084_layer_7_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k085_layer_7_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k086_layer_7_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k086_layer_7_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 24]
@forward_s128__k086_layer_7_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k086_layer_7_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k086_layer_7_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k087_layer_7_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 303261696, i64 0, i64 303258624, i64 4, i64 0]
@forward_s128__k087_layer_7_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k087_layer_7_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k088_layer_7_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k088_layer_7_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 312701952]
@forward_s128__k088_layer_7_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k088_layer_7_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k089_layer_7_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k090_layer_7_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k090_layer_7_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 25]
@forward_s128__k090_layer_7_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k090_layer_7_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k090_layer_7_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k091_layer_7_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 322157568, i64 0, i64 322154496, i64 4, i64 0]
@forward_s128__k091_layer_7_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k091_layer_7_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k092_layer_8_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k093_layer_8_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k094_layer_8_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k095_layer_8_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k095_layer_8_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@forward_s128__k095_layer_8_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k095_layer_8_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k095_layer_8_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k096_layer_8_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k097_layer_8_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k097_layer_8_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 27]
@forward_s128__k097_layer_8_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k097_layer_8_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k097_layer_8_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k098_layer_8_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 331613184, i64 0, i64 331610112, i64 4, i64 0]
@forward_s128__k098_layer_8_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k098_layer_8_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k099_layer_8_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k099_layer_8_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 341053440]
@forward_s128__k099_layer_8_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k099_layer_8_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k100_layer_8_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k101_layer_8_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k101_layer_8_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 28]
@forward_s128__k101_layer_8_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k101_layer_8_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k101_layer_8_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k102_layer_8_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 350509056, i64 0, i64 350505984, i64 4, i64 0]
@forward_s128__k102_layer_8_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k102_layer_8_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k103_layer_9_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k104_layer_9_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k105_layer_9_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k106_layer_9_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k106_layer_9_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@forward_s128__k106_layer_9_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k106_layer_9_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k106_layer_9_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k107_layer_9_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k108_layer_9_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k108_layer_9_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 30]
@forward_s128__k108_layer_9_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k108_layer_9_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k108_layer_9_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k109_layer_9_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 359964672, i64 0, i64 359961600, i64 4, i64 0]
@forward_s128__k109_layer_9_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k109_layer_9_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k110_layer_9_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k110_layer_9_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 369404928]
@forward_s128__k110_layer_9_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k110_layer_9_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k111_layer_9_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k112_layer_9_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k112_layer_9_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 31]
@forward_s128__k112_layer_9_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k112_layer_9_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k112_layer_9_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k113_layer_9_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 378860544, i64 0, i64 378857472, i64 4, i64 0]
@forward_s128__k113_layer_9_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k113_layer_9_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k114_layer_10_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k115_layer_10_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k116_layer_10_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k117_layer_10_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k117_layer_10_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@forward_s128__k117_layer_10_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k117_layer_10_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k117_layer_10_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k118_layer_10_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k119_layer_10_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3149824, i64 4, i64 6295552]
@forward_s128__k119_layer_10_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 33]
@forward_s128__k119_layer_10_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k119_layer_10_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k119_layer_10_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k120_layer_10_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6295552, i64 0, i64 388316160, i64 0, i64 388313088, i64 4, i64 0]
@forward_s128__k120_layer_10_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k120_layer_10_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k121_layer_10_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k121_layer_10_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3149824, i64 0, i64 397756416]
@forward_s128__k121_layer_10_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k121_layer_10_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k122_layer_10_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k123_layer_10_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15732736, i64 4, i64 3149824]
@forward_s128__k123_layer_10_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 34]
@forward_s128__k123_layer_10_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k123_layer_10_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k123_layer_10_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k124_layer_10_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3149824, i64 0, i64 407212032, i64 0, i64 407208960, i64 4, i64 0]
@forward_s128__k124_layer_10_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k124_layer_10_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k125_layer_11_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k126_layer_11_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k127_layer_11_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k128_layer_11_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 3149824, i64 4, i64 6295552, i64 4, i64 9441280, i64 4, i64 3145728, i64 4, i64 12587008, i64 4, i64 15732736]
@forward_s128__k128_layer_11_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@forward_s128__k128_layer_11_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @forward_s128__k128_layer_11_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k128_layer_11_attention_context_forward.launch.sites, i32 0, i32 0) }
@forward_s128__k129_layer_11_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k130_layer_11_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 3145728, i64 4, i64 6291456]
@forward_s128__k130_layer_11_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 36]
@forward_s128__k130_layer_11_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k130_layer_11_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k130_layer_11_attention_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k131_layer_11_attention_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 6291456, i64 0, i64 416667648, i64 0, i64 416664576, i64 4, i64 0]
@forward_s128__k131_layer_11_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k131_layer_11_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k132_layer_11_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k132_layer_11_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3145728, i64 0, i64 426107904]
@forward_s128__k132_layer_11_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 6, i64 1024, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k132_layer_11_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k133_layer_11_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k134_layer_11_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 0, i64 4, i64 15728640, i64 4, i64 3145728]
@forward_s128__k134_layer_11_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 37]
@forward_s128__k134_layer_11_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @forward_s128__k134_layer_11_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k134_layer_11_ffn_residual.launch.sites, i32 0, i32 0) }
@forward_s128__k135_layer_11_ffn_layernorm.launch.bases = private unnamed_addr constant [8 x i64] [i64 4, i64 3145728, i64 0, i64 435563520, i64 0, i64 435560448, i64 5, i64 37056]
@forward_s128__k135_layer_11_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 1, i64 1024, i64 256, i64 4, i64* getelementptr inbounds ([8 x i64], [8 x i64]* @forward_s128__k135_layer_11_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k136_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 37056, i64 4, i64 0]
@forward_s128__k136_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k136_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k137_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@forward_s128__k138_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 24576, i64 5, i64 12480]
@forward_s128__k138_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k138_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@forward_s128__k139_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 5, i64 12480, i64 4, i64 0]
@forward_s128__k139_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@forward_s128__k139_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @forward_s128__k139_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @forward_s128__k139_head_dropout.launch.sites, i32 0, i32 0) }
@forward_s128__k140_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 768, i64 768, i64 768, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k004_layer_0_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k005_layer_0_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k006_layer_0_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k007_layer_0_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 9445376, i64 4, i64 12591104, i64 4, i64 15736832, i64 4, i64 3153920, i64 4, i64 18882560, i64 4, i64 3158016]
@train_s128_v0__k007_layer_0_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 2]
@train_s128_v0__k007_layer_0_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k007_layer_0_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k008_layer_0_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k009_layer_0_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 6299648, i64 4, i64 22028288, i64 4, i64 25174016]
@train_s128_v0__k009_layer_0_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 3]
@train_s128_v0__k009_layer_0_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k009_layer_0_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k010_layer_0_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 25174016, i64 0, i64 104801280, i64 0, i64 104798208, i64 4, i64 22028288, i64 4, i64 3207168]
@train_s128_v0__k010_layer_0_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k010_layer_0_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 40902656, i64 0, i64 114241536, i64 4, i64 28319744]
@train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k012_layer_0_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k013_layer_0_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 22028288, i64 4, i64 53485568, i64 4, i64 56631296]
@train_s128_v0__k013_layer_0_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 4]
@train_s128_v0__k013_layer_0_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k013_layer_0_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 56631296, i64 0, i64 123697152, i64 0, i64 123694080, i64 4, i64 53485568, i64 4, i64 3215360]
@train_s128_v0__k014_layer_0_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k014_layer_0_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k015_layer_1_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k016_layer_1_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k017_layer_1_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k018_layer_1_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 59777024, i64 4, i64 62922752, i64 4, i64 66068480, i64 4, i64 3153920, i64 4, i64 69214208, i64 4, i64 3223552]
@train_s128_v0__k018_layer_1_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 5]
@train_s128_v0__k018_layer_1_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k018_layer_1_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k019_layer_1_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k020_layer_1_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 53485568, i64 4, i64 72359936, i64 4, i64 75505664]
@train_s128_v0__k020_layer_1_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 6]
@train_s128_v0__k020_layer_1_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k020_layer_1_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k021_layer_1_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 75505664, i64 0, i64 133152768, i64 0, i64 133149696, i64 4, i64 72359936, i64 4, i64 3272704]
@train_s128_v0__k021_layer_1_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k021_layer_1_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 91234304, i64 0, i64 142593024, i64 4, i64 78651392]
@train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k023_layer_1_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k024_layer_1_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 72359936, i64 4, i64 103817216, i64 4, i64 106962944]
@train_s128_v0__k024_layer_1_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 7]
@train_s128_v0__k024_layer_1_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k024_layer_1_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 106962944, i64 0, i64 152048640, i64 0, i64 152045568, i64 4, i64 103817216, i64 4, i64 3280896]
@train_s128_v0__k025_layer_1_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k025_layer_1_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k026_layer_2_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k027_layer_2_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k028_layer_2_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k029_layer_2_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 110108672, i64 4, i64 113254400, i64 4, i64 116400128, i64 4, i64 3153920, i64 4, i64 119545856, i64 4, i64 3289088]
@train_s128_v0__k029_layer_2_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 8]
@train_s128_v0__k029_layer_2_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k029_layer_2_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k029_layer_2_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k030_layer_2_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k031_layer_2_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 103817216, i64 4, i64 122691584, i64 4, i64 125837312]
@train_s128_v0__k031_layer_2_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 9]
@train_s128_v0__k031_layer_2_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k031_layer_2_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k031_layer_2_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k032_layer_2_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 125837312, i64 0, i64 161504256, i64 0, i64 161501184, i64 4, i64 122691584, i64 4, i64 3338240]
@train_s128_v0__k032_layer_2_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k032_layer_2_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 141565952, i64 0, i64 170944512, i64 4, i64 128983040]
@train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k034_layer_2_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k035_layer_2_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 122691584, i64 4, i64 154148864, i64 4, i64 157294592]
@train_s128_v0__k035_layer_2_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 10]
@train_s128_v0__k035_layer_2_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k035_layer_2_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k035_layer_2_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k036_layer_2_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 157294592, i64 0, i64 180400128, i64 0, i64 180397056, i64 4, i64 154148864, i64 4, i64 3346432]
@train_s128_v0__k036_layer_2_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k036_layer_2_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k037_layer_3_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k038_layer_3_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k039_layer_3_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k040_layer_3_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 160440320, i64 4, i64 163586048, i64 4, i64 166731776, i64 4, i64 3153920, i64 4, i64 169877504, i64 4, i64 3354624]
@train_s128_v0__k040_layer_3_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 11]
@train_s128_v0__k040_layer_3_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k040_layer_3_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k040_layer_3_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k041_layer_3_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k042_layer_3_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 154148864, i64 4, i64 173023232, i64 4, i64 176168960]
@train_s128_v0__k042_layer_3_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 12]
@train_s128_v0__k042_layer_3_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k042_layer_3_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k042_layer_3_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k043_layer_3_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 176168960, i64 0, i64 189855744, i64 0, i64 189852672, i64 4, i64 173023232, i64 4, i64 3403776]
@train_s128_v0__k043_layer_3_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k043_layer_3_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 191897600, i64 0, i64 199296000, i64 4, i64 179314688]
@train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k045_layer_3_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k046_layer_3_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 173023232, i64 4, i64 204480512, i64 4, i64 207626240]
@train_s128_v0__k046_layer_3_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 13]
@train_s128_v0__k046_layer_3_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k046_layer_3_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k046_layer_3_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k047_layer_3_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 207626240, i64 0, i64 208751616, i64 0, i64 208748544, i64 4, i64 204480512, i64 4, i64 3411968]
@train_s128_v0__k047_layer_3_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k047_layer_3_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k048_layer_4_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k049_layer_4_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k050_layer_4_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k051_layer_4_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 210771968, i64 4, i64 213917696, i64 4, i64 217063424, i64 4, i64 3153920, i64 4, i64 220209152, i64 4, i64 3420160]
@train_s128_v0__k051_layer_4_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 14]
@train_s128_v0__k051_layer_4_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k051_layer_4_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k051_layer_4_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k052_layer_4_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k053_layer_4_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 204480512, i64 4, i64 223354880, i64 4, i64 226500608]
@train_s128_v0__k053_layer_4_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 15]
@train_s128_v0__k053_layer_4_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k053_layer_4_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k053_layer_4_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k054_layer_4_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 226500608, i64 0, i64 218207232, i64 0, i64 218204160, i64 4, i64 223354880, i64 4, i64 3469312]
@train_s128_v0__k054_layer_4_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k054_layer_4_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 242229248, i64 0, i64 227647488, i64 4, i64 229646336]
@train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k056_layer_4_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k057_layer_4_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 223354880, i64 4, i64 254812160, i64 4, i64 257957888]
@train_s128_v0__k057_layer_4_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 16]
@train_s128_v0__k057_layer_4_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k057_layer_4_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k057_layer_4_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k058_layer_4_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 257957888, i64 0, i64 237103104, i64 0, i64 237100032, i64 4, i64 254812160, i64 4, i64 3477504]
@train_s128_v0__k058_layer_4_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k058_layer_4_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k059_layer_5_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k060_layer_5_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k061_layer_5_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k062_layer_5_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 261103616, i64 4, i64 264249344, i64 4, i64 267395072, i64 4, i64 3153920, i64 4, i64 270540800, i64 4, i64 3485696]
@train_s128_v0__k062_layer_5_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 17]
@train_s128_v0__k062_layer_5_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k062_layer_5_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k062_layer_5_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k063_layer_5_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k064_layer_5_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 254812160, i64 4, i64 273686528, i64 4, i64 276832256]
@train_s128_v0__k064_layer_5_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 18]
@train_s128_v0__k064_layer_5_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k064_layer_5_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k064_layer_5_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k065_layer_5_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 276832256, i64 0, i64 246558720, i64 0, i64 246555648, i64 4, i64 273686528, i64 4, i64 3534848]
@train_s128_v0__k065_layer_5_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k065_layer_5_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 292560896, i64 0, i64 255998976, i64 4, i64 279977984]
@train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k067_layer_5_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k068_layer_5_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 273686528, i64 4, i64 305143808, i64 4, i64 308289536]
@train_s128_v0__k068_layer_5_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 19]
@train_s128_v0__k068_layer_5_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k068_layer_5_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k068_layer_5_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k069_layer_5_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 308289536, i64 0, i64 265454592, i64 0, i64 265451520, i64 4, i64 305143808, i64 4, i64 3543040]
@train_s128_v0__k069_layer_5_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k069_layer_5_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k070_layer_6_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k071_layer_6_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k072_layer_6_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k073_layer_6_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 311435264, i64 4, i64 314580992, i64 4, i64 317726720, i64 4, i64 3153920, i64 4, i64 320872448, i64 4, i64 3551232]
@train_s128_v0__k073_layer_6_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 20]
@train_s128_v0__k073_layer_6_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k073_layer_6_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k073_layer_6_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k074_layer_6_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k075_layer_6_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 305143808, i64 4, i64 324018176, i64 4, i64 327163904]
@train_s128_v0__k075_layer_6_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 21]
@train_s128_v0__k075_layer_6_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k075_layer_6_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k075_layer_6_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k076_layer_6_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 327163904, i64 0, i64 274910208, i64 0, i64 274907136, i64 4, i64 324018176, i64 4, i64 3600384]
@train_s128_v0__k076_layer_6_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k076_layer_6_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 342892544, i64 0, i64 284350464, i64 4, i64 330309632]
@train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k078_layer_6_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k079_layer_6_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 324018176, i64 4, i64 355475456, i64 4, i64 358621184]
@train_s128_v0__k079_layer_6_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 22]
@train_s128_v0__k079_layer_6_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k079_layer_6_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k079_layer_6_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k080_layer_6_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 358621184, i64 0, i64 293806080, i64 0, i64 293803008, i64 4, i64 355475456, i64 4, i64 3608576]
@train_s128_v0__k080_layer_6_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k080_layer_6_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k081_layer_7_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k082_layer_7_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k083_layer_7_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k084_layer_7_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 361766912, i64 4, i64 364912640, i64 4, i64 368058368, i64 4, i64 3153920, i64 4, i64 371204096, i64 4, i64 3616768]
@train_s128_v0__k084_layer_7_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 23]
@train_s128_v0__k084_layer_7_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k084_layer_7_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k084_layer_7_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k085_layer_7_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k086_layer_7_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 355475456, i64 4, i64 374349824, i64 4, i64 377495552]
@train_s128_v0__k086_layer_7_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 24]
@train_s128_v0__k086_layer_7_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k086_layer_7_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k086_layer_7_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k087_layer_7_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 377495552, i64 0, i64 303261696, i64 0, i64 303258624, i64 4, i64 374349824, i64 4, i64 3665920]
@train_s128_v0__k087_layer_7_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k087_layer_7_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 393224192, i64 0, i64 312701952, i64 4, i64 380641280]
@train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k089_layer_7_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k090_layer_7_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 374349824, i64 4, i64 405807104, i64 4, i64 408952832]
@train_s128_v0__k090_layer_7_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 25]
@train_s128_v0__k090_layer_7_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k090_layer_7_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k090_layer_7_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k091_layer_7_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 408952832, i64 0, i64 322157568, i64 0, i64 322154496, i64 4, i64 405807104, i64 4, i64 3674112]
@train_s128_v0__k091_layer_7_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k091_layer_7_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k092_layer_8_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k093_layer_8_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k094_layer_8_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k095_layer_8_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 412098560, i64 4, i64 415244288, i64 4, i64 418390016, i64 4, i64 3153920, i64 4, i64 421535744, i64 4, i64 3682304]
@train_s128_v0__k095_layer_8_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 26]
@train_s128_v0__k095_layer_8_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k095_layer_8_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k095_layer_8_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k096_layer_8_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k097_layer_8_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 405807104, i64 4, i64 424681472, i64 4, i64 427827200]
@train_s128_v0__k097_layer_8_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 27]
@train_s128_v0__k097_layer_8_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k097_layer_8_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k097_layer_8_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k098_layer_8_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 427827200, i64 0, i64 331613184, i64 0, i64 331610112, i64 4, i64 424681472, i64 4, i64 3731456]
@train_s128_v0__k098_layer_8_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k098_layer_8_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 443555840, i64 0, i64 341053440, i64 4, i64 430972928]
@train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k100_layer_8_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k101_layer_8_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 424681472, i64 4, i64 456138752, i64 4, i64 459284480]
@train_s128_v0__k101_layer_8_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 28]
@train_s128_v0__k101_layer_8_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k101_layer_8_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k101_layer_8_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k102_layer_8_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 459284480, i64 0, i64 350509056, i64 0, i64 350505984, i64 4, i64 456138752, i64 4, i64 3739648]
@train_s128_v0__k102_layer_8_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k102_layer_8_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k103_layer_9_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k104_layer_9_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k105_layer_9_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k106_layer_9_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 462430208, i64 4, i64 465575936, i64 4, i64 468721664, i64 4, i64 3153920, i64 4, i64 471867392, i64 4, i64 3747840]
@train_s128_v0__k106_layer_9_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 29]
@train_s128_v0__k106_layer_9_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k106_layer_9_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k106_layer_9_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k107_layer_9_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k108_layer_9_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 456138752, i64 4, i64 475013120, i64 4, i64 478158848]
@train_s128_v0__k108_layer_9_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 30]
@train_s128_v0__k108_layer_9_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k108_layer_9_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k108_layer_9_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k109_layer_9_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 478158848, i64 0, i64 359964672, i64 0, i64 359961600, i64 4, i64 475013120, i64 4, i64 3796992]
@train_s128_v0__k109_layer_9_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k109_layer_9_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 493887488, i64 0, i64 369404928, i64 4, i64 481304576]
@train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k111_layer_9_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k112_layer_9_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 475013120, i64 4, i64 506470400, i64 4, i64 509616128]
@train_s128_v0__k112_layer_9_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 31]
@train_s128_v0__k112_layer_9_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k112_layer_9_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k112_layer_9_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k113_layer_9_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 509616128, i64 0, i64 378860544, i64 0, i64 378857472, i64 4, i64 506470400, i64 4, i64 3805184]
@train_s128_v0__k113_layer_9_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k113_layer_9_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k114_layer_10_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k115_layer_10_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k116_layer_10_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k117_layer_10_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 512761856, i64 4, i64 515907584, i64 4, i64 519053312, i64 4, i64 3153920, i64 4, i64 522199040, i64 4, i64 3813376]
@train_s128_v0__k117_layer_10_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 32]
@train_s128_v0__k117_layer_10_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k117_layer_10_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k117_layer_10_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k118_layer_10_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k119_layer_10_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 506470400, i64 4, i64 525344768, i64 4, i64 528490496]
@train_s128_v0__k119_layer_10_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 33]
@train_s128_v0__k119_layer_10_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k119_layer_10_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k119_layer_10_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k120_layer_10_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 528490496, i64 0, i64 388316160, i64 0, i64 388313088, i64 4, i64 525344768, i64 4, i64 3862528]
@train_s128_v0__k120_layer_10_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k120_layer_10_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 544219136, i64 0, i64 397756416, i64 4, i64 531636224]
@train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k122_layer_10_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k123_layer_10_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 525344768, i64 4, i64 556802048, i64 4, i64 559947776]
@train_s128_v0__k123_layer_10_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 34]
@train_s128_v0__k123_layer_10_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k123_layer_10_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k123_layer_10_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k124_layer_10_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 559947776, i64 0, i64 407212032, i64 0, i64 407208960, i64 4, i64 556802048, i64 4, i64 3870720]
@train_s128_v0__k124_layer_10_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k124_layer_10_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k125_layer_11_attention_query_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k126_layer_11_attention_key_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k127_layer_11_attention_value_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k128_layer_11_attention_context_forward.launch.bases = private unnamed_addr constant [12 x i64] [i64 4, i64 563093504, i64 4, i64 566239232, i64 4, i64 569384960, i64 4, i64 3153920, i64 4, i64 572530688, i64 4, i64 3878912]
@train_s128_v0__k128_layer_11_attention_context_forward.launch.sites = private unnamed_addr constant [1 x i64] [i64 35]
@train_s128_v0__k128_layer_11_attention_context_forward.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 4, i64 384, i64 128, i64 6, i64* getelementptr inbounds ([12 x i64], [12 x i64]* @train_s128_v0__k128_layer_11_attention_context_forward.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k128_layer_11_attention_context_forward.launch.sites, i32 0, i32 0) }
@train_s128_v0__k129_layer_11_attention_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k130_layer_11_attention_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 556802048, i64 4, i64 575676416, i64 4, i64 578822144]
@train_s128_v0__k130_layer_11_attention_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 36]
@train_s128_v0__k130_layer_11_attention_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k130_layer_11_attention_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k130_layer_11_attention_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k131_layer_11_attention_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 578822144, i64 0, i64 416667648, i64 0, i64 416664576, i64 4, i64 575676416, i64 4, i64 3928064]
@train_s128_v0__k131_layer_11_attention_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k131_layer_11_attention_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 3072, i64 768, i64 768, i64 768, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 594550784, i64 0, i64 426107904, i64 4, i64 581967872]
@train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 14, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k133_layer_11_ffn_output_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 1024, i64 768, i64 3072, i64 3072, i64 3072, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k134_layer_11_ffn_residual.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 575676416, i64 4, i64 607133696, i64 4, i64 610279424]
@train_s128_v0__k134_layer_11_ffn_residual.launch.sites = private unnamed_addr constant [1 x i64] [i64 37]
@train_s128_v0__k134_layer_11_ffn_residual.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 5, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k134_layer_11_ffn_residual.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k134_layer_11_ffn_residual.launch.sites, i32 0, i32 0) }
@train_s128_v0__k135_layer_11_ffn_layernorm.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 610279424, i64 0, i64 435563520, i64 0, i64 435560448, i64 4, i64 607133696, i64 4, i64 3936256]
@train_s128_v0__k135_layer_11_ffn_layernorm.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 13, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k135_layer_11_ffn_layernorm.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k136_pooler_first_token.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 607133696, i64 4, i64 3944448]
@train_s128_v0__k136_pooler_first_token.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 7, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k136_pooler_first_token.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k137_pooler_dense_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k138_pooler_tanh.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3969024, i64 4, i64 3993600]
@train_s128_v0__k138_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 8, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k138_pooler_tanh.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k139_head_dropout.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3993600, i64 4, i64 3969024]
@train_s128_v0__k139_head_dropout.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@train_s128_v0__k139_head_dropout.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 9, i64 8, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k139_head_dropout.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k139_head_dropout.launch.sites, i32 0, i32 0) }
@train_s128_v0__k140_head_classifier_matmul.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 1, i64 8, i64 2, i64 768, i64 768, i64 768, i64 2, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k146_grad_head_classifier_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 768, i64 2, i64 2, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k147_grad_head_classifier_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 2, i64 768, i64 8, i64 2, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k148_grad_pooler_tanh.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 3993600, i64 4, i64 4018304, i64 4, i64 3969024]
@train_s128_v0__k148_grad_pooler_tanh.launch.sites = private unnamed_addr constant [1 x i64] [i64 38]
@train_s128_v0__k148_grad_pooler_tanh.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 17, i64 8, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k148_grad_pooler_tanh.launch.bases, i32 0, i32 0), i64 1, i64* getelementptr inbounds ([1 x i64], [1 x i64]* @train_s128_v0__k148_grad_pooler_tanh.launch.sites, i32 0, i32 0) }
@train_s128_v0__k149_grad_pooler_dense_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 3969024, i64 1, i64 437925888]
@train_s128_v0__k149_grad_pooler_dense_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 18, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k149_grad_pooler_dense_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k150_grad_pooler_dense_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 8, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k151_grad_pooler_dense_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 8, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k158_grad_layer_11_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k159_grad_layer_11_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k160_grad_layer_11_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 581967872, i64 4, i64 616570880, i64 4, i64 594550784]
@train_s128_v0__k160_grad_layer_11_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k160_grad_layer_11_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 594550784, i64 1, i64 426107904]
@train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k162_grad_layer_11_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 581967872, i64 4, i64 613425152, i64 4, i64 585113600]
@train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k164_grad_layer_11_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k170_grad_layer_11_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k171_grad_layer_11_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k176_grad_layer_11_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k177_grad_layer_11_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 578822144, i64 1, i64 411936768]
@train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k179_grad_layer_11_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k180_grad_layer_11_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 585113600, i64 1, i64 409574400]
@train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k182_grad_layer_11_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 569384960, i64 4, i64 566239232, i64 4, i64 563093504, i64 4, i64 575676416, i64 4, i64 572530688]
@train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k184_grad_layer_11_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k190_grad_layer_10_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k191_grad_layer_10_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k192_grad_layer_10_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 531636224, i64 4, i64 563093504, i64 4, i64 544219136]
@train_s128_v0__k192_grad_layer_10_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k192_grad_layer_10_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 544219136, i64 1, i64 397756416]
@train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k194_grad_layer_10_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 531636224, i64 4, i64 556802048, i64 4, i64 534781952]
@train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k196_grad_layer_10_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k202_grad_layer_10_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k203_grad_layer_10_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k208_grad_layer_10_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k209_grad_layer_10_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 528490496, i64 1, i64 383585280]
@train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k211_grad_layer_10_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k212_grad_layer_10_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 534781952, i64 1, i64 381222912]
@train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k214_grad_layer_10_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 519053312, i64 4, i64 515907584, i64 4, i64 512761856, i64 4, i64 525344768, i64 4, i64 522199040]
@train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k216_grad_layer_10_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k222_grad_layer_9_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k223_grad_layer_9_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k224_grad_layer_9_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 481304576, i64 4, i64 512761856, i64 4, i64 493887488]
@train_s128_v0__k224_grad_layer_9_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k224_grad_layer_9_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 493887488, i64 1, i64 369404928]
@train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k226_grad_layer_9_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 481304576, i64 4, i64 506470400, i64 4, i64 484450304]
@train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k228_grad_layer_9_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k234_grad_layer_9_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k235_grad_layer_9_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k240_grad_layer_9_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k241_grad_layer_9_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 478158848, i64 1, i64 355233792]
@train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k243_grad_layer_9_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k244_grad_layer_9_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 484450304, i64 1, i64 352871424]
@train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k246_grad_layer_9_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 468721664, i64 4, i64 465575936, i64 4, i64 462430208, i64 4, i64 475013120, i64 4, i64 471867392]
@train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k248_grad_layer_9_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k254_grad_layer_8_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k255_grad_layer_8_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k256_grad_layer_8_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 430972928, i64 4, i64 462430208, i64 4, i64 443555840]
@train_s128_v0__k256_grad_layer_8_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k256_grad_layer_8_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 443555840, i64 1, i64 341053440]
@train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k258_grad_layer_8_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 430972928, i64 4, i64 456138752, i64 4, i64 434118656]
@train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k260_grad_layer_8_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k266_grad_layer_8_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k267_grad_layer_8_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k272_grad_layer_8_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k273_grad_layer_8_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 427827200, i64 1, i64 326882304]
@train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k275_grad_layer_8_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k276_grad_layer_8_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 434118656, i64 1, i64 324519936]
@train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k278_grad_layer_8_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 418390016, i64 4, i64 415244288, i64 4, i64 412098560, i64 4, i64 424681472, i64 4, i64 421535744]
@train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k280_grad_layer_8_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k286_grad_layer_7_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k287_grad_layer_7_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k288_grad_layer_7_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 380641280, i64 4, i64 412098560, i64 4, i64 393224192]
@train_s128_v0__k288_grad_layer_7_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k288_grad_layer_7_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 393224192, i64 1, i64 312701952]
@train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k290_grad_layer_7_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 380641280, i64 4, i64 405807104, i64 4, i64 383787008]
@train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k292_grad_layer_7_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k298_grad_layer_7_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k299_grad_layer_7_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k304_grad_layer_7_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k305_grad_layer_7_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 377495552, i64 1, i64 298530816]
@train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k307_grad_layer_7_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k308_grad_layer_7_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 383787008, i64 1, i64 296168448]
@train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k310_grad_layer_7_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 368058368, i64 4, i64 364912640, i64 4, i64 361766912, i64 4, i64 374349824, i64 4, i64 371204096]
@train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k312_grad_layer_7_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k318_grad_layer_6_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k319_grad_layer_6_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k320_grad_layer_6_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 330309632, i64 4, i64 361766912, i64 4, i64 342892544]
@train_s128_v0__k320_grad_layer_6_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k320_grad_layer_6_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 342892544, i64 1, i64 284350464]
@train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k322_grad_layer_6_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 330309632, i64 4, i64 355475456, i64 4, i64 333455360]
@train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k324_grad_layer_6_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k330_grad_layer_6_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k331_grad_layer_6_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k336_grad_layer_6_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k337_grad_layer_6_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 327163904, i64 1, i64 270179328]
@train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k339_grad_layer_6_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k340_grad_layer_6_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 333455360, i64 1, i64 267816960]
@train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k342_grad_layer_6_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 317726720, i64 4, i64 314580992, i64 4, i64 311435264, i64 4, i64 324018176, i64 4, i64 320872448]
@train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k344_grad_layer_6_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k350_grad_layer_5_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k351_grad_layer_5_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k352_grad_layer_5_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 279977984, i64 4, i64 311435264, i64 4, i64 292560896]
@train_s128_v0__k352_grad_layer_5_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k352_grad_layer_5_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 292560896, i64 1, i64 255998976]
@train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k354_grad_layer_5_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 279977984, i64 4, i64 305143808, i64 4, i64 283123712]
@train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k356_grad_layer_5_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k362_grad_layer_5_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k363_grad_layer_5_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k368_grad_layer_5_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k369_grad_layer_5_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 276832256, i64 1, i64 241827840]
@train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k371_grad_layer_5_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k372_grad_layer_5_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 283123712, i64 1, i64 239465472]
@train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k374_grad_layer_5_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 267395072, i64 4, i64 264249344, i64 4, i64 261103616, i64 4, i64 273686528, i64 4, i64 270540800]
@train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k376_grad_layer_5_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k382_grad_layer_4_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k383_grad_layer_4_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k384_grad_layer_4_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 229646336, i64 4, i64 261103616, i64 4, i64 242229248]
@train_s128_v0__k384_grad_layer_4_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k384_grad_layer_4_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 242229248, i64 1, i64 227647488]
@train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k386_grad_layer_4_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 229646336, i64 4, i64 254812160, i64 4, i64 232792064]
@train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k388_grad_layer_4_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k394_grad_layer_4_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k395_grad_layer_4_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k400_grad_layer_4_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k401_grad_layer_4_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 226500608, i64 1, i64 213476352]
@train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k403_grad_layer_4_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k404_grad_layer_4_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 232792064, i64 1, i64 211113984]
@train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k406_grad_layer_4_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 217063424, i64 4, i64 213917696, i64 4, i64 210771968, i64 4, i64 223354880, i64 4, i64 220209152]
@train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k408_grad_layer_4_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k414_grad_layer_3_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k415_grad_layer_3_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k416_grad_layer_3_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 179314688, i64 4, i64 210771968, i64 4, i64 191897600]
@train_s128_v0__k416_grad_layer_3_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k416_grad_layer_3_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 191897600, i64 1, i64 199296000]
@train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k418_grad_layer_3_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 179314688, i64 4, i64 204480512, i64 4, i64 182460416]
@train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k420_grad_layer_3_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k426_grad_layer_3_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k427_grad_layer_3_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k432_grad_layer_3_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k433_grad_layer_3_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 176168960, i64 1, i64 185124864]
@train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k435_grad_layer_3_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k436_grad_layer_3_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 182460416, i64 1, i64 182762496]
@train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k438_grad_layer_3_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 166731776, i64 4, i64 163586048, i64 4, i64 160440320, i64 4, i64 173023232, i64 4, i64 169877504]
@train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k440_grad_layer_3_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k446_grad_layer_2_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k447_grad_layer_2_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k448_grad_layer_2_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128983040, i64 4, i64 160440320, i64 4, i64 141565952]
@train_s128_v0__k448_grad_layer_2_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k448_grad_layer_2_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 141565952, i64 1, i64 170944512]
@train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k450_grad_layer_2_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 128983040, i64 4, i64 154148864, i64 4, i64 132128768]
@train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k452_grad_layer_2_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k458_grad_layer_2_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k459_grad_layer_2_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k464_grad_layer_2_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k465_grad_layer_2_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 125837312, i64 1, i64 156773376]
@train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k467_grad_layer_2_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k468_grad_layer_2_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 132128768, i64 1, i64 154411008]
@train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k470_grad_layer_2_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 116400128, i64 4, i64 113254400, i64 4, i64 110108672, i64 4, i64 122691584, i64 4, i64 119545856]
@train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k472_grad_layer_2_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k478_grad_layer_1_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k479_grad_layer_1_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k480_grad_layer_1_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 78651392, i64 4, i64 110108672, i64 4, i64 91234304]
@train_s128_v0__k480_grad_layer_1_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k480_grad_layer_1_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 91234304, i64 1, i64 142593024]
@train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k482_grad_layer_1_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 78651392, i64 4, i64 103817216, i64 4, i64 81797120]
@train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k484_grad_layer_1_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k490_grad_layer_1_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k491_grad_layer_1_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k496_grad_layer_1_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k497_grad_layer_1_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 75505664, i64 1, i64 128421888]
@train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k499_grad_layer_1_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k500_grad_layer_1_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 81797120, i64 1, i64 126059520]
@train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k502_grad_layer_1_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch.bases = private unnamed_addr constant [10 x i64] [i64 4, i64 66068480, i64 4, i64 62922752, i64 4, i64 59777024, i64 4, i64 72359936, i64 4, i64 69214208]
@train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 29, i64 1024, i64 256, i64 5, i64* getelementptr inbounds ([10 x i64], [10 x i64]* @train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k504_grad_layer_1_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k510_grad_layer_0_ffn_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 3072, i64 768, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k511_grad_layer_0_ffn_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 3072, i64 1024, i64 768, i64 3072, i64 3072, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k512_grad_layer_0_ffn_gelu.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 28319744, i64 4, i64 59777024, i64 4, i64 40902656]
@train_s128_v0__k512_grad_layer_0_ffn_gelu.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 23, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k512_grad_layer_0_ffn_gelu.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 40902656, i64 1, i64 114241536]
@train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 24, i64 96, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k514_grad_layer_0_ffn_intermediate_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 3072, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch.bases = private unnamed_addr constant [6 x i64] [i64 4, i64 28319744, i64 4, i64 53485568, i64 4, i64 31465472]
@train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 25, i64 1024, i64 256, i64 3, i64* getelementptr inbounds ([6 x i64], [6 x i64]* @train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k516_grad_layer_0_ffn_intermediate_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 3072, i64 768, i64 1024, i64 3072, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k522_grad_layer_0_attention_output_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k523_grad_layer_0_attention_output_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@train_s128_v0__k528_grad_layer_0_attention_value_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k529_grad_layer_0_attention_value_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 25174016, i64 1, i64 100070400]
@train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k531_grad_layer_0_attention_key_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k532_grad_layer_0_attention_key_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch.bases = private unnamed_addr constant [4 x i64] [i64 4, i64 31465472, i64 1, i64 97708032]
@train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch = private unnamed_addr constant %bertrt_cuda_kernel { i64 22, i64 24, i64 256, i64 2, i64* getelementptr inbounds ([4 x i64], [4 x i64]* @train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch.bases, i32 0, i32 0), i64 0, i64* null }
@train_s128_v0__k534_grad_layer_0_attention_query_matmul_a.gemm = private unnamed_addr constant %bertrt_gemm { i64 0, i64 0, i64 1024, i64 768, i64 768, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
@train_s128_v0__k535_grad_layer_0_attention_query_matmul_b.gemm = private unnamed_addr constant %bertrt_gemm { i64 1, i64 0, i64 768, i64 768, i64 1024, i64 768, i64 768, i64 768, [2 x i64] [i64 1, i64 1], [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, [2 x i64] zeroinitializer, double 1.000000e+00, double 0.000000e+00 }
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
@.str.6 = private unnamed_addr constant [7 x i8] c"\EB\B6\80\EC\A0\95\00"
@.str.7 = private unnamed_addr constant [7 x i8] c"\EA\B8\8D\EC\A0\95\00"
@labels = private unnamed_addr constant [2 x i8*] [i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.6, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.7, i32 0, i32 0)]
@.str.8 = private unnamed_addr constant [39 x i8] c"bert.embeddings.word_embeddings.weight\00"
@.str.9 = private unnamed_addr constant [43 x i8] c"bert.embeddings.position_embeddings.weight\00"
@.str.10 = private unnamed_addr constant [45 x i8] c"bert.embeddings.token_type_embeddings.weight\00"
@.str.11 = private unnamed_addr constant [33 x i8] c"bert.embeddings.LayerNorm.weight\00"
@.str.12 = private unnamed_addr constant [31 x i8] c"bert.embeddings.LayerNorm.bias\00"
@.str.13 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.query.weight\00"
@.str.14 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.query.bias\00"
@.str.15 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.key.weight\00"
@.str.16 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.attention.self.key.bias\00"
@.str.17 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.self.value.weight\00"
@.str.18 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.attention.self.value.bias\00"
@.str.19 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.0.attention.output.dense.weight\00"
@.str.20 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.0.attention.output.dense.bias\00"
@.str.21 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.weight\00"
@.str.22 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.0.attention.output.LayerNorm.bias\00"
@.str.23 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.0.intermediate.dense.weight\00"
@.str.24 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.intermediate.dense.bias\00"
@.str.25 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.0.output.dense.weight\00"
@.str.26 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.0.output.dense.bias\00"
@.str.27 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.0.output.LayerNorm.weight\00"
@.str.28 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.0.output.LayerNorm.bias\00"
@.str.29 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.query.weight\00"
@.str.30 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.query.bias\00"
@.str.31 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.key.weight\00"
@.str.32 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.attention.self.key.bias\00"
@.str.33 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.self.value.weight\00"
@.str.34 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.attention.self.value.bias\00"
@.str.35 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.1.attention.output.dense.weight\00"
@.str.36 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.1.attention.output.dense.bias\00"
@.str.37 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.weight\00"
@.str.38 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.1.attention.output.LayerNorm.bias\00"
@.str.39 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.1.intermediate.dense.weight\00"
@.str.40 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.intermediate.dense.bias\00"
@.str.41 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.1.output.dense.weight\00"
@.str.42 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.1.output.dense.bias\00"
@.str.43 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.1.output.LayerNorm.weight\00"
@.str.44 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.1.output.LayerNorm.bias\00"
@.str.45 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.self.query.weight\00"
@.str.46 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.query.bias\00"
@.str.47 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.key.weight\00"
@.str.48 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.attention.self.key.bias\00"
@.str.49 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.self.value.weight\00"
@.str.50 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.attention.self.value.bias\00"
@.str.51 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.2.attention.output.dense.weight\00"
@.str.52 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.2.attention.output.dense.bias\00"
@.str.53 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.2.attention.output.LayerNorm.weight\00"
@.str.54 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.2.attention.output.LayerNorm.bias\00"
@.str.55 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.2.intermediate.dense.weight\00"
@.str.56 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.intermediate.dense.bias\00"
@.str.57 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.2.output.dense.weight\00"
@.str.58 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.2.output.dense.bias\00"
@.str.59 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.2.output.LayerNorm.weight\00"
@.str.60 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.2.output.LayerNorm.bias\00"
@.str.61 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.self.query.weight\00"
@.str.62 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.query.bias\00"
@.str.63 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.key.weight\00"
@.str.64 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.attention.self.key.bias\00"
@.str.65 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.self.value.weight\00"
@.str.66 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.attention.self.value.bias\00"
@.str.67 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.3.attention.output.dense.weight\00"
@.str.68 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.3.attention.output.dense.bias\00"
@.str.69 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.3.attention.output.LayerNorm.weight\00"
@.str.70 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.3.attention.output.LayerNorm.bias\00"
@.str.71 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.3.intermediate.dense.weight\00"
@.str.72 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.intermediate.dense.bias\00"
@.str.73 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.3.output.dense.weight\00"
@.str.74 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.3.output.dense.bias\00"
@.str.75 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.3.output.LayerNorm.weight\00"
@.str.76 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.3.output.LayerNorm.bias\00"
@.str.77 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.self.query.weight\00"
@.str.78 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.query.bias\00"
@.str.79 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.key.weight\00"
@.str.80 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.attention.self.key.bias\00"
@.str.81 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.self.value.weight\00"
@.str.82 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.attention.self.value.bias\00"
@.str.83 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.4.attention.output.dense.weight\00"
@.str.84 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.4.attention.output.dense.bias\00"
@.str.85 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.4.attention.output.LayerNorm.weight\00"
@.str.86 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.4.attention.output.LayerNorm.bias\00"
@.str.87 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.4.intermediate.dense.weight\00"
@.str.88 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.intermediate.dense.bias\00"
@.str.89 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.4.output.dense.weight\00"
@.str.90 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.4.output.dense.bias\00"
@.str.91 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.4.output.LayerNorm.weight\00"
@.str.92 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.4.output.LayerNorm.bias\00"
@.str.93 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.self.query.weight\00"
@.str.94 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.query.bias\00"
@.str.95 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.key.weight\00"
@.str.96 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.attention.self.key.bias\00"
@.str.97 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.self.value.weight\00"
@.str.98 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.attention.self.value.bias\00"
@.str.99 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.5.attention.output.dense.weight\00"
@.str.100 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.5.attention.output.dense.bias\00"
@.str.101 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.5.attention.output.LayerNorm.weight\00"
@.str.102 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.5.attention.output.LayerNorm.bias\00"
@.str.103 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.5.intermediate.dense.weight\00"
@.str.104 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.intermediate.dense.bias\00"
@.str.105 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.5.output.dense.weight\00"
@.str.106 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.5.output.dense.bias\00"
@.str.107 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.5.output.LayerNorm.weight\00"
@.str.108 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.5.output.LayerNorm.bias\00"
@.str.109 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.self.query.weight\00"
@.str.110 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.query.bias\00"
@.str.111 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.key.weight\00"
@.str.112 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.attention.self.key.bias\00"
@.str.113 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.self.value.weight\00"
@.str.114 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.attention.self.value.bias\00"
@.str.115 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.6.attention.output.dense.weight\00"
@.str.116 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.6.attention.output.dense.bias\00"
@.str.117 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.6.attention.output.LayerNorm.weight\00"
@.str.118 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.6.attention.output.LayerNorm.bias\00"
@.str.119 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.6.intermediate.dense.weight\00"
@.str.120 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.intermediate.dense.bias\00"
@.str.121 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.6.output.dense.weight\00"
@.str.122 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.6.output.dense.bias\00"
@.str.123 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.6.output.LayerNorm.weight\00"
@.str.124 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.6.output.LayerNorm.bias\00"
@.str.125 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.self.query.weight\00"
@.str.126 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.query.bias\00"
@.str.127 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.key.weight\00"
@.str.128 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.attention.self.key.bias\00"
@.str.129 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.self.value.weight\00"
@.str.130 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.attention.self.value.bias\00"
@.str.131 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.7.attention.output.dense.weight\00"
@.str.132 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.7.attention.output.dense.bias\00"
@.str.133 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.7.attention.output.LayerNorm.weight\00"
@.str.134 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.7.attention.output.LayerNorm.bias\00"
@.str.135 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.7.intermediate.dense.weight\00"
@.str.136 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.intermediate.dense.bias\00"
@.str.137 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.7.output.dense.weight\00"
@.str.138 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.7.output.dense.bias\00"
@.str.139 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.7.output.LayerNorm.weight\00"
@.str.140 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.7.output.LayerNorm.bias\00"
@.str.141 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.self.query.weight\00"
@.str.142 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.query.bias\00"
@.str.143 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.key.weight\00"
@.str.144 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.attention.self.key.bias\00"
@.str.145 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.self.value.weight\00"
@.str.146 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.attention.self.value.bias\00"
@.str.147 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.8.attention.output.dense.weight\00"
@.str.148 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.8.attention.output.dense.bias\00"
@.str.149 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.8.attention.output.LayerNorm.weight\00"
@.str.150 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.8.attention.output.LayerNorm.bias\00"
@.str.151 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.8.intermediate.dense.weight\00"
@.str.152 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.intermediate.dense.bias\00"
@.str.153 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.8.output.dense.weight\00"
@.str.154 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.8.output.dense.bias\00"
@.str.155 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.8.output.LayerNorm.weight\00"
@.str.156 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.8.output.LayerNorm.bias\00"
@.str.157 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.self.query.weight\00"
@.str.158 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.query.bias\00"
@.str.159 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.key.weight\00"
@.str.160 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.attention.self.key.bias\00"
@.str.161 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.self.value.weight\00"
@.str.162 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.attention.self.value.bias\00"
@.str.163 = private unnamed_addr constant [51 x i8] c"bert.encoder.layer.9.attention.output.dense.weight\00"
@.str.164 = private unnamed_addr constant [49 x i8] c"bert.encoder.layer.9.attention.output.dense.bias\00"
@.str.165 = private unnamed_addr constant [55 x i8] c"bert.encoder.layer.9.attention.output.LayerNorm.weight\00"
@.str.166 = private unnamed_addr constant [53 x i8] c"bert.encoder.layer.9.attention.output.LayerNorm.bias\00"
@.str.167 = private unnamed_addr constant [47 x i8] c"bert.encoder.layer.9.intermediate.dense.weight\00"
@.str.168 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.intermediate.dense.bias\00"
@.str.169 = private unnamed_addr constant [41 x i8] c"bert.encoder.layer.9.output.dense.weight\00"
@.str.170 = private unnamed_addr constant [39 x i8] c"bert.encoder.layer.9.output.dense.bias\00"
@.str.171 = private unnamed_addr constant [45 x i8] c"bert.encoder.layer.9.output.LayerNorm.weight\00"
@.str.172 = private unnamed_addr constant [43 x i8] c"bert.encoder.layer.9.output.LayerNorm.bias\00"
@.str.173 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.self.query.weight\00"
@.str.174 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.query.bias\00"
@.str.175 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.key.weight\00"
@.str.176 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.attention.self.key.bias\00"
@.str.177 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.self.value.weight\00"
@.str.178 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.attention.self.value.bias\00"
@.str.179 = private unnamed_addr constant [52 x i8] c"bert.encoder.layer.10.attention.output.dense.weight\00"
@.str.180 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.10.attention.output.dense.bias\00"
@.str.181 = private unnamed_addr constant [56 x i8] c"bert.encoder.layer.10.attention.output.LayerNorm.weight\00"
@.str.182 = private unnamed_addr constant [54 x i8] c"bert.encoder.layer.10.attention.output.LayerNorm.bias\00"
@.str.183 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.10.intermediate.dense.weight\00"
@.str.184 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.intermediate.dense.bias\00"
@.str.185 = private unnamed_addr constant [42 x i8] c"bert.encoder.layer.10.output.dense.weight\00"
@.str.186 = private unnamed_addr constant [40 x i8] c"bert.encoder.layer.10.output.dense.bias\00"
@.str.187 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.10.output.LayerNorm.weight\00"
@.str.188 = private unnamed_addr constant [44 x i8] c"bert.encoder.layer.10.output.LayerNorm.bias\00"
@.str.189 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.self.query.weight\00"
@.str.190 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.query.bias\00"
@.str.191 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.key.weight\00"
@.str.192 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.attention.self.key.bias\00"
@.str.193 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.self.value.weight\00"
@.str.194 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.attention.self.value.bias\00"
@.str.195 = private unnamed_addr constant [52 x i8] c"bert.encoder.layer.11.attention.output.dense.weight\00"
@.str.196 = private unnamed_addr constant [50 x i8] c"bert.encoder.layer.11.attention.output.dense.bias\00"
@.str.197 = private unnamed_addr constant [56 x i8] c"bert.encoder.layer.11.attention.output.LayerNorm.weight\00"
@.str.198 = private unnamed_addr constant [54 x i8] c"bert.encoder.layer.11.attention.output.LayerNorm.bias\00"
@.str.199 = private unnamed_addr constant [48 x i8] c"bert.encoder.layer.11.intermediate.dense.weight\00"
@.str.200 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.intermediate.dense.bias\00"
@.str.201 = private unnamed_addr constant [42 x i8] c"bert.encoder.layer.11.output.dense.weight\00"
@.str.202 = private unnamed_addr constant [40 x i8] c"bert.encoder.layer.11.output.dense.bias\00"
@.str.203 = private unnamed_addr constant [46 x i8] c"bert.encoder.layer.11.output.LayerNorm.weight\00"
@.str.204 = private unnamed_addr constant [44 x i8] c"bert.encoder.layer.11.output.LayerNorm.bias\00"
@.str.205 = private unnamed_addr constant [25 x i8] c"bert.pooler.dense.weight\00"
@.str.206 = private unnamed_addr constant [23 x i8] c"bert.pooler.dense.bias\00"
@.str.207 = private unnamed_addr constant [18 x i8] c"classifier.weight\00"
@.str.208 = private unnamed_addr constant [16 x i8] c"classifier.bias\00"
@params = private unnamed_addr constant [201 x %bertrt_param] [%bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.8, i32 0, i32 0), i64 2, [4 x i64] [i64 30522, i64 768, i64 0, i64 0], i64 23440896, i64 0, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.9, i32 0, i32 0), i64 2, [4 x i64] [i64 512, i64 768, i64 0, i64 0], i64 393216, i64 23440896, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.10, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 768, i64 0, i64 0], i64 1536, i64 23834112, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([33 x i8], [33 x i8]* @.str.11, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 23835648, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([31 x i8], [31 x i8]* @.str.12, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 23836416, i64 0 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.13, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 23837184, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.14, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 24427008, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.15, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 24427776, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.16, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 25017600, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.17, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 25018368, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.18, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 25608192, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.19, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 25608960, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.20, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26198784, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.21, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26199552, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.22, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 26200320, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.23, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 26201088, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.24, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 28560384, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.25, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 28563456, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.26, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30922752, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.27, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30923520, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.28, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 30924288, i64 1 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.29, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 30925056, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.30, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 31514880, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.31, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 31515648, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.32, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 32105472, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.33, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 32106240, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.34, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 32696064, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.35, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 32696832, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.36, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33286656, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.37, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33287424, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.38, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 33288192, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.39, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 33288960, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.40, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 35648256, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.41, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 35651328, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.42, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38010624, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.43, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38011392, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.44, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38012160, i64 2 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.45, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 38012928, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.46, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 38602752, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.47, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 38603520, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.48, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 39193344, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.49, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 39194112, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.50, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 39783936, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.51, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 39784704, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.52, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40374528, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.53, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40375296, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.54, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 40376064, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.55, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 40376832, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.56, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 42736128, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.57, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 42739200, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.58, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45098496, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.59, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45099264, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.60, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45100032, i64 3 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.61, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 45100800, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.62, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 45690624, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.63, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 45691392, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.64, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 46281216, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.65, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 46281984, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.66, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 46871808, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.67, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 46872576, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.68, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47462400, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.69, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47463168, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.70, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 47463936, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.71, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 47464704, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.72, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 49824000, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.73, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 49827072, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.74, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52186368, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.75, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52187136, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.76, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52187904, i64 4 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.77, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 52188672, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.78, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 52778496, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.79, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 52779264, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.80, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 53369088, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.81, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 53369856, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.82, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 53959680, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.83, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 53960448, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.84, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54550272, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.85, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54551040, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.86, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 54551808, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.87, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 54552576, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.88, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 56911872, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.89, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 56914944, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.90, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59274240, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.91, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59275008, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.92, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59275776, i64 5 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.93, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 59276544, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.94, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 59866368, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.95, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 59867136, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.96, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 60456960, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.97, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 60457728, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.98, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61047552, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.99, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 61048320, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.100, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61638144, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.101, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61638912, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.102, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 61639680, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.103, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 61640448, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.104, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 63999744, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.105, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 64002816, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.106, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66362112, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.107, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66362880, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.108, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66363648, i64 6 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.109, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 66364416, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.110, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 66954240, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.111, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 66955008, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.112, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 67544832, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.113, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 67545600, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.114, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68135424, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.115, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 68136192, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.116, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68726016, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.117, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68726784, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.118, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 68727552, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.119, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 68728320, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.120, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 71087616, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.121, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 71090688, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.122, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73449984, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.123, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73450752, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.124, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 73451520, i64 7 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.125, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 73452288, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.126, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 74042112, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.127, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 74042880, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.128, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 74632704, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.129, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 74633472, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.130, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75223296, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.131, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 75224064, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.132, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75813888, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.133, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75814656, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.134, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 75815424, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.135, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 75816192, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.136, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 78175488, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.137, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 78178560, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.138, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80537856, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.139, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80538624, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.140, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 80539392, i64 8 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.141, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 80540160, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.142, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 81129984, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.143, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 81130752, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.144, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 81720576, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.145, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 81721344, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.146, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82311168, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.147, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 82311936, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.148, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82901760, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.149, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82902528, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.150, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 82903296, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.151, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 82904064, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.152, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 85263360, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.153, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 85266432, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.154, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87625728, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.155, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87626496, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.156, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 87627264, i64 9 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.157, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 87628032, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.158, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 88217856, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.159, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 88218624, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.160, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 88808448, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.161, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 88809216, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.162, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89399040, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([51 x i8], [51 x i8]* @.str.163, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 89399808, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([49 x i8], [49 x i8]* @.str.164, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89989632, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([55 x i8], [55 x i8]* @.str.165, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89990400, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([53 x i8], [53 x i8]* @.str.166, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 89991168, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([47 x i8], [47 x i8]* @.str.167, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 89991936, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.168, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 92351232, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([41 x i8], [41 x i8]* @.str.169, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 92354304, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([39 x i8], [39 x i8]* @.str.170, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94713600, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([45 x i8], [45 x i8]* @.str.171, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94714368, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([43 x i8], [43 x i8]* @.str.172, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 94715136, i64 10 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.173, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 94715904, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.174, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 95305728, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.175, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 95306496, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.176, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 95896320, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.177, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 95897088, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.178, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 96486912, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([52 x i8], [52 x i8]* @.str.179, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 96487680, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.180, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97077504, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([56 x i8], [56 x i8]* @.str.181, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97078272, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([54 x i8], [54 x i8]* @.str.182, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 97079040, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.183, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 97079808, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.184, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 99439104, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([42 x i8], [42 x i8]* @.str.185, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 99442176, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([40 x i8], [40 x i8]* @.str.186, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101801472, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.187, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101802240, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([44 x i8], [44 x i8]* @.str.188, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 101803008, i64 11 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.189, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 101803776, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.190, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 102393600, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.191, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 102394368, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.192, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 102984192, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.193, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 102984960, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.194, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 103574784, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([52 x i8], [52 x i8]* @.str.195, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 103575552, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([50 x i8], [50 x i8]* @.str.196, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104165376, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([56 x i8], [56 x i8]* @.str.197, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104166144, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([54 x i8], [54 x i8]* @.str.198, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 104166912, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([48 x i8], [48 x i8]* @.str.199, i32 0, i32 0), i64 2, [4 x i64] [i64 3072, i64 768, i64 0, i64 0], i64 2359296, i64 104167680, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.200, i32 0, i32 0), i64 1, [4 x i64] [i64 3072, i64 0, i64 0, i64 0], i64 3072, i64 106526976, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([42 x i8], [42 x i8]* @.str.201, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 3072, i64 0, i64 0], i64 2359296, i64 106530048, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([40 x i8], [40 x i8]* @.str.202, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108889344, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([46 x i8], [46 x i8]* @.str.203, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108890112, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([44 x i8], [44 x i8]* @.str.204, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 108890880, i64 12 }, %bertrt_param { i8* getelementptr inbounds ([25 x i8], [25 x i8]* @.str.205, i32 0, i32 0), i64 2, [4 x i64] [i64 768, i64 768, i64 0, i64 0], i64 589824, i64 108891648, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([23 x i8], [23 x i8]* @.str.206, i32 0, i32 0), i64 1, [4 x i64] [i64 768, i64 0, i64 0, i64 0], i64 768, i64 109481472, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.207, i32 0, i32 0), i64 2, [4 x i64] [i64 2, i64 768, i64 0, i64 0], i64 1536, i64 109482240, i64 13 }, %bertrt_param { i8* getelementptr inbounds ([16 x i8], [16 x i8]* @.str.208, i32 0, i32 0), i64 1, [4 x i64] [i64 2, i64 0, i64 0, i64 0], i64 2, i64 109483776, i64 13 }]
@variants = private unnamed_addr constant [1 x %bertrt_variant] [%bertrt_variant { i64 0, i64 12, i64 0 }]
@optimizer = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @optimizer_v0]
@.str.209 = private unnamed_addr constant [10 x i8] c"input_ids\00"
@.str.210 = private unnamed_addr constant [15 x i8] c"token_type_ids\00"
@.str.211 = private unnamed_addr constant [15 x i8] c"attention_mask\00"
@.str.212 = private unnamed_addr constant [7 x i8] c"labels\00"
@.str.213 = private unnamed_addr constant [7 x i8] c"logits\00"
@.str.214 = private unnamed_addr constant [5 x i8] c"loss\00"
@.str.215 = private unnamed_addr constant [14 x i8] c"pooled_output\00"
@.str.216 = private unnamed_addr constant [18 x i8] c"last_hidden_state\00"
@bucket_s128_tensors = private unnamed_addr constant [8 x %bertrt_tensor] [%bertrt_tensor { i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.209, i32 0, i32 0), i64 1, i64 0, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.210, i32 0, i32 0), i64 1, i64 4096, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([15 x i8], [15 x i8]* @.str.211, i32 0, i32 0), i64 1, i64 8192, i64 2, [4 x i64] [i64 8, i64 128, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.212, i32 0, i32 0), i64 1, i64 12288, i64 1, [4 x i64] [i64 8, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.213, i32 0, i32 0), i64 0, i64 12352, i64 2, [4 x i64] [i64 8, i64 2, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.214, i32 0, i32 0), i64 0, i64 12416, i64 1, [4 x i64] [i64 1, i64 0, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([14 x i8], [14 x i8]* @.str.215, i32 0, i32 0), i64 0, i64 12480, i64 2, [4 x i64] [i64 8, i64 768, i64 0, i64 0] }, %bertrt_tensor { i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.216, i32 0, i32 0), i64 0, i64 37056, i64 3, [4 x i64] [i64 8, i64 128, i64 768, i64 0] }]
@bucket_s128_forward_backward = private unnamed_addr constant [1 x void (%bertrt_ctx*)*] [void (%bertrt_ctx*)* @train_s128_v0]
@buckets = private unnamed_addr constant [1 x %bertrt_bucket] [%bertrt_bucket { i64 128, i64 8, %bertrt_tensor* getelementptr inbounds ([8 x %bertrt_tensor], [8 x %bertrt_tensor]* @bucket_s128_tensors, i32 0, i32 0), void (%bertrt_ctx*)* @forward_s128, void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @bucket_s128_forward_backward, i32 0, i32 0), i64 179102873784, i64 537498909080 }]
@bertrt_generated_device_images = external constant %bertrt_device_images
@bertrt_generated_model = constant %bertrt_model { i64 2, i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i32 0, i32 0), i64 30522, i64 768, i64 12, i64 12, i64 3072, i64 512, i64 2, i64 0, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i32 0, i32 0), double 0x3D719799812DEA11, double 1.000000e-01, double 1.000000e-01, double 2.000000e-02, i8* getelementptr inbounds ([24 x i8], [24 x i8]* @.str.5, i32 0, i32 0), i64 2, i8** getelementptr inbounds ([2 x i8*], [2 x i8*]* @labels, i32 0, i32 0), i64 0, double 2.000000e-05, double 9.000000e-01, double 0x3FEFF7CED916872B, double 1.000000e-08, double 1.000000e-02, double 1.000000e-01, double 1.000000e+00, i64 3, i64 42, i64 8, i64 201, %bertrt_param* getelementptr inbounds ([201 x %bertrt_param], [201 x %bertrt_param]* @params, i32 0, i32 0), i64 109483792, [6 x i64] [i64 437935168, i64 437935168, i64 437935168, i64 437935168, i64 629153792, i64 3182784], i64 1, %bertrt_variant* getelementptr inbounds ([1 x %bertrt_variant], [1 x %bertrt_variant]* @variants, i32 0, i32 0), void (%bertrt_ctx*)** getelementptr inbounds ([1 x void (%bertrt_ctx*)*], [1 x void (%bertrt_ctx*)*]* @optimizer, i32 0, i32 0), i64 1, %bertrt_bucket* getelementptr inbounds ([1 x %bertrt_bucket], [1 x %bertrt_bucket]* @buckets, i32 0, i32 0), i8* bitcast (%bertrt_device_images* @bertrt_generated_device_images to i8*), i64 40, i64 296 }, align 8

; Function Attrs: nounwind
define void @forward_s128(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 0
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 95348736
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 3149824
  %layer.0.attention.query = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 97708032
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %11 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 0, %bertrt_gemm* @forward_s128__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 0
  %embeddings.dropout1 = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 97711104
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %17 to float*
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 6295552
  %layer.0.attention.key = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 100070400
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %23 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 1, %bertrt_gemm* @forward_s128__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 0
  %embeddings.dropout2 = bitcast i8* %26 to float*
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 100073472
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %29 to float*
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %31 = load i8*, i8** %30, align 8
  %32 = getelementptr inbounds i8, i8* %31, i64 9441280
  %layer.0.attention.value = bitcast i8* %32 to float*
  %33 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8, i8* %34, i64 102432768
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %35 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 2, %bertrt_gemm* @forward_s128__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k007_layer_0_attention_context_forward.launch)
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8, i8* %37, i64 12587008
  %layer.0.attention.context = bitcast i8* %38 to float*
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 102435840
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %41 to float*
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %44 = getelementptr inbounds i8, i8* %43, i64 3149824
  %layer.0.attention.output = bitcast i8* %44 to float*
  %45 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8, i8* %46, i64 104795136
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %47 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 3, %bertrt_gemm* @forward_s128__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k010_layer_0_attention_layernorm.launch)
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 0
  %layer.0.attention.layernorm = bitcast i8* %50 to float*
  %51 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %52 = load i8*, i8** %51, align 8
  %53 = getelementptr inbounds i8, i8* %52, i64 104804352
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %53 to float*
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8, i8* %55, i64 3149824
  %layer.0.ffn.gelu = bitcast i8* %56 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 4, %bertrt_gemm* @forward_s128__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k011_layer_0_ffn_intermediate_matmul.launch)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 3149824
  %layer.0.ffn.gelu3 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 114253824
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 15732736
  %layer.0.ffn.output = bitcast i8* %65 to float*
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 123691008
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %68 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 5, %bertrt_gemm* @forward_s128__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu3, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k014_layer_0_ffn_layernorm.launch)
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 0
  %layer.0.ffn.layernorm = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 123700224
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %74 to float*
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 3149824
  %layer.1.attention.query = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 126059520
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %80 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 6, %bertrt_gemm* @forward_s128__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 0
  %layer.0.ffn.layernorm4 = bitcast i8* %83 to float*
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 126062592
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 6295552
  %layer.1.attention.key = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 128421888
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %92 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 7, %bertrt_gemm* @forward_s128__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm4, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 0
  %layer.0.ffn.layernorm5 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 128424960
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 9441280
  %layer.1.attention.value = bitcast i8* %101 to float*
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 130784256
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %104 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 8, %bertrt_gemm* @forward_s128__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm5, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k018_layer_1_attention_context_forward.launch)
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 12587008
  %layer.1.attention.context = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 130787328
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %110 to float*
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 3149824
  %layer.1.attention.output = bitcast i8* %113 to float*
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 133146624
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %116 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 9, %bertrt_gemm* @forward_s128__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k021_layer_1_attention_layernorm.launch)
  %117 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %118 = load i8*, i8** %117, align 8
  %119 = getelementptr inbounds i8, i8* %118, i64 0
  %layer.1.attention.layernorm = bitcast i8* %119 to float*
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %122 = getelementptr inbounds i8, i8* %121, i64 133155840
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %122 to float*
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 3149824
  %layer.1.ffn.gelu = bitcast i8* %125 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 10, %bertrt_gemm* @forward_s128__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k022_layer_1_ffn_intermediate_matmul.launch)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 3149824
  %layer.1.ffn.gelu6 = bitcast i8* %128 to float*
  %129 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %130 = load i8*, i8** %129, align 8
  %131 = getelementptr inbounds i8, i8* %130, i64 142605312
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %131 to float*
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %134 = getelementptr inbounds i8, i8* %133, i64 15732736
  %layer.1.ffn.output = bitcast i8* %134 to float*
  %135 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %136 = load i8*, i8** %135, align 8
  %137 = getelementptr inbounds i8, i8* %136, i64 152042496
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %137 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 11, %bertrt_gemm* @forward_s128__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu6, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k025_layer_1_ffn_layernorm.launch)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %140 = getelementptr inbounds i8, i8* %139, i64 0
  %layer.1.ffn.layernorm = bitcast i8* %140 to float*
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 152051712
  %bert.encoder.layer.2.attention.self.query.weight = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 3149824
  %layer.2.attention.query = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 154411008
  %bert.encoder.layer.2.attention.self.query.bias = bitcast i8* %149 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 12, %bertrt_gemm* @forward_s128__k026_layer_2_attention_query_matmul.gemm, float* %layer.1.ffn.layernorm, float* %bert.encoder.layer.2.attention.self.query.weight, float* %layer.2.attention.query, float* %bert.encoder.layer.2.attention.self.query.bias)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 0
  %layer.1.ffn.layernorm7 = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 154414080
  %bert.encoder.layer.2.attention.self.key.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 6295552
  %layer.2.attention.key = bitcast i8* %158 to float*
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 156773376
  %bert.encoder.layer.2.attention.self.key.bias = bitcast i8* %161 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 13, %bertrt_gemm* @forward_s128__k027_layer_2_attention_key_matmul.gemm, float* %layer.1.ffn.layernorm7, float* %bert.encoder.layer.2.attention.self.key.weight, float* %layer.2.attention.key, float* %bert.encoder.layer.2.attention.self.key.bias)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 0
  %layer.1.ffn.layernorm8 = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 156776448
  %bert.encoder.layer.2.attention.self.value.weight = bitcast i8* %167 to float*
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 9441280
  %layer.2.attention.value = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 159135744
  %bert.encoder.layer.2.attention.self.value.bias = bitcast i8* %173 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 14, %bertrt_gemm* @forward_s128__k028_layer_2_attention_value_matmul.gemm, float* %layer.1.ffn.layernorm8, float* %bert.encoder.layer.2.attention.self.value.weight, float* %layer.2.attention.value, float* %bert.encoder.layer.2.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k029_layer_2_attention_context_forward.launch)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 12587008
  %layer.2.attention.context = bitcast i8* %176 to float*
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 159138816
  %bert.encoder.layer.2.attention.output.dense.weight = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 3149824
  %layer.2.attention.output = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 161498112
  %bert.encoder.layer.2.attention.output.dense.bias = bitcast i8* %185 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 15, %bertrt_gemm* @forward_s128__k030_layer_2_attention_output_matmul.gemm, float* %layer.2.attention.context, float* %bert.encoder.layer.2.attention.output.dense.weight, float* %layer.2.attention.output, float* %bert.encoder.layer.2.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k031_layer_2_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k032_layer_2_attention_layernorm.launch)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 0
  %layer.2.attention.layernorm = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 161507328
  %bert.encoder.layer.2.intermediate.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 3149824
  %layer.2.ffn.gelu = bitcast i8* %194 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 16, %bertrt_gemm* @forward_s128__k033_layer_2_ffn_intermediate_matmul.gemm, float* %layer.2.attention.layernorm, float* %bert.encoder.layer.2.intermediate.dense.weight, float* %layer.2.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k033_layer_2_ffn_intermediate_matmul.launch)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 3149824
  %layer.2.ffn.gelu9 = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 170956800
  %bert.encoder.layer.2.output.dense.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 15732736
  %layer.2.ffn.output = bitcast i8* %203 to float*
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 180393984
  %bert.encoder.layer.2.output.dense.bias = bitcast i8* %206 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 17, %bertrt_gemm* @forward_s128__k034_layer_2_ffn_output_matmul.gemm, float* %layer.2.ffn.gelu9, float* %bert.encoder.layer.2.output.dense.weight, float* %layer.2.ffn.output, float* %bert.encoder.layer.2.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k035_layer_2_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k036_layer_2_ffn_layernorm.launch)
  %207 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 0
  %layer.2.ffn.layernorm = bitcast i8* %209 to float*
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %212 = getelementptr inbounds i8, i8* %211, i64 180403200
  %bert.encoder.layer.3.attention.self.query.weight = bitcast i8* %212 to float*
  %213 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 3149824
  %layer.3.attention.query = bitcast i8* %215 to float*
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 182762496
  %bert.encoder.layer.3.attention.self.query.bias = bitcast i8* %218 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 18, %bertrt_gemm* @forward_s128__k037_layer_3_attention_query_matmul.gemm, float* %layer.2.ffn.layernorm, float* %bert.encoder.layer.3.attention.self.query.weight, float* %layer.3.attention.query, float* %bert.encoder.layer.3.attention.self.query.bias)
  %219 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 0
  %layer.2.ffn.layernorm10 = bitcast i8* %221 to float*
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8, i8* %223, i64 182765568
  %bert.encoder.layer.3.attention.self.key.weight = bitcast i8* %224 to float*
  %225 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 6295552
  %layer.3.attention.key = bitcast i8* %227 to float*
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 185124864
  %bert.encoder.layer.3.attention.self.key.bias = bitcast i8* %230 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 19, %bertrt_gemm* @forward_s128__k038_layer_3_attention_key_matmul.gemm, float* %layer.2.ffn.layernorm10, float* %bert.encoder.layer.3.attention.self.key.weight, float* %layer.3.attention.key, float* %bert.encoder.layer.3.attention.self.key.bias)
  %231 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %232 = load i8*, i8** %231, align 8
  %233 = getelementptr inbounds i8, i8* %232, i64 0
  %layer.2.ffn.layernorm11 = bitcast i8* %233 to float*
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %235 = load i8*, i8** %234, align 8
  %236 = getelementptr inbounds i8, i8* %235, i64 185127936
  %bert.encoder.layer.3.attention.self.value.weight = bitcast i8* %236 to float*
  %237 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 9441280
  %layer.3.attention.value = bitcast i8* %239 to float*
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 187487232
  %bert.encoder.layer.3.attention.self.value.bias = bitcast i8* %242 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 20, %bertrt_gemm* @forward_s128__k039_layer_3_attention_value_matmul.gemm, float* %layer.2.ffn.layernorm11, float* %bert.encoder.layer.3.attention.self.value.weight, float* %layer.3.attention.value, float* %bert.encoder.layer.3.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k040_layer_3_attention_context_forward.launch)
  %243 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %244 = load i8*, i8** %243, align 8
  %245 = getelementptr inbounds i8, i8* %244, i64 12587008
  %layer.3.attention.context = bitcast i8* %245 to float*
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8, i8* %247, i64 187490304
  %bert.encoder.layer.3.attention.output.dense.weight = bitcast i8* %248 to float*
  %249 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 3149824
  %layer.3.attention.output = bitcast i8* %251 to float*
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 189849600
  %bert.encoder.layer.3.attention.output.dense.bias = bitcast i8* %254 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 21, %bertrt_gemm* @forward_s128__k041_layer_3_attention_output_matmul.gemm, float* %layer.3.attention.context, float* %bert.encoder.layer.3.attention.output.dense.weight, float* %layer.3.attention.output, float* %bert.encoder.layer.3.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k042_layer_3_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k043_layer_3_attention_layernorm.launch)
  %255 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %256 = load i8*, i8** %255, align 8
  %257 = getelementptr inbounds i8, i8* %256, i64 0
  %layer.3.attention.layernorm = bitcast i8* %257 to float*
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 189858816
  %bert.encoder.layer.3.intermediate.dense.weight = bitcast i8* %260 to float*
  %261 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %262 = load i8*, i8** %261, align 8
  %263 = getelementptr inbounds i8, i8* %262, i64 3149824
  %layer.3.ffn.gelu = bitcast i8* %263 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 22, %bertrt_gemm* @forward_s128__k044_layer_3_ffn_intermediate_matmul.gemm, float* %layer.3.attention.layernorm, float* %bert.encoder.layer.3.intermediate.dense.weight, float* %layer.3.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k044_layer_3_ffn_intermediate_matmul.launch)
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8, i8* %265, i64 3149824
  %layer.3.ffn.gelu12 = bitcast i8* %266 to float*
  %267 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8, i8* %268, i64 199308288
  %bert.encoder.layer.3.output.dense.weight = bitcast i8* %269 to float*
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 15732736
  %layer.3.ffn.output = bitcast i8* %272 to float*
  %273 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %274 = load i8*, i8** %273, align 8
  %275 = getelementptr inbounds i8, i8* %274, i64 208745472
  %bert.encoder.layer.3.output.dense.bias = bitcast i8* %275 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 23, %bertrt_gemm* @forward_s128__k045_layer_3_ffn_output_matmul.gemm, float* %layer.3.ffn.gelu12, float* %bert.encoder.layer.3.output.dense.weight, float* %layer.3.ffn.output, float* %bert.encoder.layer.3.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k046_layer_3_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k047_layer_3_ffn_layernorm.launch)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %278 = getelementptr inbounds i8, i8* %277, i64 0
  %layer.3.ffn.layernorm = bitcast i8* %278 to float*
  %279 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 208754688
  %bert.encoder.layer.4.attention.self.query.weight = bitcast i8* %281 to float*
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %284 = getelementptr inbounds i8, i8* %283, i64 3149824
  %layer.4.attention.query = bitcast i8* %284 to float*
  %285 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 211113984
  %bert.encoder.layer.4.attention.self.query.bias = bitcast i8* %287 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 24, %bertrt_gemm* @forward_s128__k048_layer_4_attention_query_matmul.gemm, float* %layer.3.ffn.layernorm, float* %bert.encoder.layer.4.attention.self.query.weight, float* %layer.4.attention.query, float* %bert.encoder.layer.4.attention.self.query.bias)
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 0
  %layer.3.ffn.layernorm13 = bitcast i8* %290 to float*
  %291 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 211117056
  %bert.encoder.layer.4.attention.self.key.weight = bitcast i8* %293 to float*
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8, i8* %295, i64 6295552
  %layer.4.attention.key = bitcast i8* %296 to float*
  %297 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 213476352
  %bert.encoder.layer.4.attention.self.key.bias = bitcast i8* %299 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 25, %bertrt_gemm* @forward_s128__k049_layer_4_attention_key_matmul.gemm, float* %layer.3.ffn.layernorm13, float* %bert.encoder.layer.4.attention.self.key.weight, float* %layer.4.attention.key, float* %bert.encoder.layer.4.attention.self.key.bias)
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8, i8* %301, i64 0
  %layer.3.ffn.layernorm14 = bitcast i8* %302 to float*
  %303 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 213479424
  %bert.encoder.layer.4.attention.self.value.weight = bitcast i8* %305 to float*
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 9441280
  %layer.4.attention.value = bitcast i8* %308 to float*
  %309 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %310 = load i8*, i8** %309, align 8
  %311 = getelementptr inbounds i8, i8* %310, i64 215838720
  %bert.encoder.layer.4.attention.self.value.bias = bitcast i8* %311 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 26, %bertrt_gemm* @forward_s128__k050_layer_4_attention_value_matmul.gemm, float* %layer.3.ffn.layernorm14, float* %bert.encoder.layer.4.attention.self.value.weight, float* %layer.4.attention.value, float* %bert.encoder.layer.4.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k051_layer_4_attention_context_forward.launch)
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 12587008
  %layer.4.attention.context = bitcast i8* %314 to float*
  %315 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %316 = load i8*, i8** %315, align 8
  %317 = getelementptr inbounds i8, i8* %316, i64 215841792
  %bert.encoder.layer.4.attention.output.dense.weight = bitcast i8* %317 to float*
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %320 = getelementptr inbounds i8, i8* %319, i64 3149824
  %layer.4.attention.output = bitcast i8* %320 to float*
  %321 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %322 = load i8*, i8** %321, align 8
  %323 = getelementptr inbounds i8, i8* %322, i64 218201088
  %bert.encoder.layer.4.attention.output.dense.bias = bitcast i8* %323 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 27, %bertrt_gemm* @forward_s128__k052_layer_4_attention_output_matmul.gemm, float* %layer.4.attention.context, float* %bert.encoder.layer.4.attention.output.dense.weight, float* %layer.4.attention.output, float* %bert.encoder.layer.4.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k053_layer_4_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k054_layer_4_attention_layernorm.launch)
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 0
  %layer.4.attention.layernorm = bitcast i8* %326 to float*
  %327 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %328 = load i8*, i8** %327, align 8
  %329 = getelementptr inbounds i8, i8* %328, i64 218210304
  %bert.encoder.layer.4.intermediate.dense.weight = bitcast i8* %329 to float*
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %332 = getelementptr inbounds i8, i8* %331, i64 3149824
  %layer.4.ffn.gelu = bitcast i8* %332 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 28, %bertrt_gemm* @forward_s128__k055_layer_4_ffn_intermediate_matmul.gemm, float* %layer.4.attention.layernorm, float* %bert.encoder.layer.4.intermediate.dense.weight, float* %layer.4.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k055_layer_4_ffn_intermediate_matmul.launch)
  %333 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %334 = load i8*, i8** %333, align 8
  %335 = getelementptr inbounds i8, i8* %334, i64 3149824
  %layer.4.ffn.gelu15 = bitcast i8* %335 to float*
  %336 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %337 = load i8*, i8** %336, align 8
  %338 = getelementptr inbounds i8, i8* %337, i64 227659776
  %bert.encoder.layer.4.output.dense.weight = bitcast i8* %338 to float*
  %339 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %340 = load i8*, i8** %339, align 8
  %341 = getelementptr inbounds i8, i8* %340, i64 15732736
  %layer.4.ffn.output = bitcast i8* %341 to float*
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %343 = load i8*, i8** %342, align 8
  %344 = getelementptr inbounds i8, i8* %343, i64 237096960
  %bert.encoder.layer.4.output.dense.bias = bitcast i8* %344 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 29, %bertrt_gemm* @forward_s128__k056_layer_4_ffn_output_matmul.gemm, float* %layer.4.ffn.gelu15, float* %bert.encoder.layer.4.output.dense.weight, float* %layer.4.ffn.output, float* %bert.encoder.layer.4.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k057_layer_4_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k058_layer_4_ffn_layernorm.launch)
  %345 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8, i8* %346, i64 0
  %layer.4.ffn.layernorm = bitcast i8* %347 to float*
  %348 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %349 = load i8*, i8** %348, align 8
  %350 = getelementptr inbounds i8, i8* %349, i64 237106176
  %bert.encoder.layer.5.attention.self.query.weight = bitcast i8* %350 to float*
  %351 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %352 = load i8*, i8** %351, align 8
  %353 = getelementptr inbounds i8, i8* %352, i64 3149824
  %layer.5.attention.query = bitcast i8* %353 to float*
  %354 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %355 = load i8*, i8** %354, align 8
  %356 = getelementptr inbounds i8, i8* %355, i64 239465472
  %bert.encoder.layer.5.attention.self.query.bias = bitcast i8* %356 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 30, %bertrt_gemm* @forward_s128__k059_layer_5_attention_query_matmul.gemm, float* %layer.4.ffn.layernorm, float* %bert.encoder.layer.5.attention.self.query.weight, float* %layer.5.attention.query, float* %bert.encoder.layer.5.attention.self.query.bias)
  %357 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %358 = load i8*, i8** %357, align 8
  %359 = getelementptr inbounds i8, i8* %358, i64 0
  %layer.4.ffn.layernorm16 = bitcast i8* %359 to float*
  %360 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %361 = load i8*, i8** %360, align 8
  %362 = getelementptr inbounds i8, i8* %361, i64 239468544
  %bert.encoder.layer.5.attention.self.key.weight = bitcast i8* %362 to float*
  %363 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %364 = load i8*, i8** %363, align 8
  %365 = getelementptr inbounds i8, i8* %364, i64 6295552
  %layer.5.attention.key = bitcast i8* %365 to float*
  %366 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %367 = load i8*, i8** %366, align 8
  %368 = getelementptr inbounds i8, i8* %367, i64 241827840
  %bert.encoder.layer.5.attention.self.key.bias = bitcast i8* %368 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 31, %bertrt_gemm* @forward_s128__k060_layer_5_attention_key_matmul.gemm, float* %layer.4.ffn.layernorm16, float* %bert.encoder.layer.5.attention.self.key.weight, float* %layer.5.attention.key, float* %bert.encoder.layer.5.attention.self.key.bias)
  %369 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %370 = load i8*, i8** %369, align 8
  %371 = getelementptr inbounds i8, i8* %370, i64 0
  %layer.4.ffn.layernorm17 = bitcast i8* %371 to float*
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 241830912
  %bert.encoder.layer.5.attention.self.value.weight = bitcast i8* %374 to float*
  %375 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 9441280
  %layer.5.attention.value = bitcast i8* %377 to float*
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 244190208
  %bert.encoder.layer.5.attention.self.value.bias = bitcast i8* %380 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 32, %bertrt_gemm* @forward_s128__k061_layer_5_attention_value_matmul.gemm, float* %layer.4.ffn.layernorm17, float* %bert.encoder.layer.5.attention.self.value.weight, float* %layer.5.attention.value, float* %bert.encoder.layer.5.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k062_layer_5_attention_context_forward.launch)
  %381 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 12587008
  %layer.5.attention.context = bitcast i8* %383 to float*
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 244193280
  %bert.encoder.layer.5.attention.output.dense.weight = bitcast i8* %386 to float*
  %387 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 3149824
  %layer.5.attention.output = bitcast i8* %389 to float*
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 246552576
  %bert.encoder.layer.5.attention.output.dense.bias = bitcast i8* %392 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 33, %bertrt_gemm* @forward_s128__k063_layer_5_attention_output_matmul.gemm, float* %layer.5.attention.context, float* %bert.encoder.layer.5.attention.output.dense.weight, float* %layer.5.attention.output, float* %bert.encoder.layer.5.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k064_layer_5_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k065_layer_5_attention_layernorm.launch)
  %393 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8, i8* %394, i64 0
  %layer.5.attention.layernorm = bitcast i8* %395 to float*
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 246561792
  %bert.encoder.layer.5.intermediate.dense.weight = bitcast i8* %398 to float*
  %399 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 3149824
  %layer.5.ffn.gelu = bitcast i8* %401 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 34, %bertrt_gemm* @forward_s128__k066_layer_5_ffn_intermediate_matmul.gemm, float* %layer.5.attention.layernorm, float* %bert.encoder.layer.5.intermediate.dense.weight, float* %layer.5.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k066_layer_5_ffn_intermediate_matmul.launch)
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 3149824
  %layer.5.ffn.gelu18 = bitcast i8* %404 to float*
  %405 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 256011264
  %bert.encoder.layer.5.output.dense.weight = bitcast i8* %407 to float*
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 15732736
  %layer.5.ffn.output = bitcast i8* %410 to float*
  %411 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 265448448
  %bert.encoder.layer.5.output.dense.bias = bitcast i8* %413 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 35, %bertrt_gemm* @forward_s128__k067_layer_5_ffn_output_matmul.gemm, float* %layer.5.ffn.gelu18, float* %bert.encoder.layer.5.output.dense.weight, float* %layer.5.ffn.output, float* %bert.encoder.layer.5.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k068_layer_5_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k069_layer_5_ffn_layernorm.launch)
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8, i8* %415, i64 0
  %layer.5.ffn.layernorm = bitcast i8* %416 to float*
  %417 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8, i8* %418, i64 265457664
  %bert.encoder.layer.6.attention.self.query.weight = bitcast i8* %419 to float*
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 3149824
  %layer.6.attention.query = bitcast i8* %422 to float*
  %423 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 267816960
  %bert.encoder.layer.6.attention.self.query.bias = bitcast i8* %425 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 36, %bertrt_gemm* @forward_s128__k070_layer_6_attention_query_matmul.gemm, float* %layer.5.ffn.layernorm, float* %bert.encoder.layer.6.attention.self.query.weight, float* %layer.6.attention.query, float* %bert.encoder.layer.6.attention.self.query.bias)
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %428 = getelementptr inbounds i8, i8* %427, i64 0
  %layer.5.ffn.layernorm19 = bitcast i8* %428 to float*
  %429 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %430 = load i8*, i8** %429, align 8
  %431 = getelementptr inbounds i8, i8* %430, i64 267820032
  %bert.encoder.layer.6.attention.self.key.weight = bitcast i8* %431 to float*
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 6295552
  %layer.6.attention.key = bitcast i8* %434 to float*
  %435 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8, i8* %436, i64 270179328
  %bert.encoder.layer.6.attention.self.key.bias = bitcast i8* %437 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 37, %bertrt_gemm* @forward_s128__k071_layer_6_attention_key_matmul.gemm, float* %layer.5.ffn.layernorm19, float* %bert.encoder.layer.6.attention.self.key.weight, float* %layer.6.attention.key, float* %bert.encoder.layer.6.attention.self.key.bias)
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %440 = getelementptr inbounds i8, i8* %439, i64 0
  %layer.5.ffn.layernorm20 = bitcast i8* %440 to float*
  %441 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8, i8* %442, i64 270182400
  %bert.encoder.layer.6.attention.self.value.weight = bitcast i8* %443 to float*
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 9441280
  %layer.6.attention.value = bitcast i8* %446 to float*
  %447 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8, i8* %448, i64 272541696
  %bert.encoder.layer.6.attention.self.value.bias = bitcast i8* %449 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 38, %bertrt_gemm* @forward_s128__k072_layer_6_attention_value_matmul.gemm, float* %layer.5.ffn.layernorm20, float* %bert.encoder.layer.6.attention.self.value.weight, float* %layer.6.attention.value, float* %bert.encoder.layer.6.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k073_layer_6_attention_context_forward.launch)
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 12587008
  %layer.6.attention.context = bitcast i8* %452 to float*
  %453 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %454 = load i8*, i8** %453, align 8
  %455 = getelementptr inbounds i8, i8* %454, i64 272544768
  %bert.encoder.layer.6.attention.output.dense.weight = bitcast i8* %455 to float*
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 3149824
  %layer.6.attention.output = bitcast i8* %458 to float*
  %459 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 274904064
  %bert.encoder.layer.6.attention.output.dense.bias = bitcast i8* %461 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 39, %bertrt_gemm* @forward_s128__k074_layer_6_attention_output_matmul.gemm, float* %layer.6.attention.context, float* %bert.encoder.layer.6.attention.output.dense.weight, float* %layer.6.attention.output, float* %bert.encoder.layer.6.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k075_layer_6_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k076_layer_6_attention_layernorm.launch)
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8, i8* %463, i64 0
  %layer.6.attention.layernorm = bitcast i8* %464 to float*
  %465 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8, i8* %466, i64 274913280
  %bert.encoder.layer.6.intermediate.dense.weight = bitcast i8* %467 to float*
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 3149824
  %layer.6.ffn.gelu = bitcast i8* %470 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 40, %bertrt_gemm* @forward_s128__k077_layer_6_ffn_intermediate_matmul.gemm, float* %layer.6.attention.layernorm, float* %bert.encoder.layer.6.intermediate.dense.weight, float* %layer.6.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k077_layer_6_ffn_intermediate_matmul.launch)
  %471 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %472 = load i8*, i8** %471, align 8
  %473 = getelementptr inbounds i8, i8* %472, i64 3149824
  %layer.6.ffn.gelu21 = bitcast i8* %473 to float*
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %475 = load i8*, i8** %474, align 8
  %476 = getelementptr inbounds i8, i8* %475, i64 284362752
  %bert.encoder.layer.6.output.dense.weight = bitcast i8* %476 to float*
  %477 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8, i8* %478, i64 15732736
  %layer.6.ffn.output = bitcast i8* %479 to float*
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 293799936
  %bert.encoder.layer.6.output.dense.bias = bitcast i8* %482 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 41, %bertrt_gemm* @forward_s128__k078_layer_6_ffn_output_matmul.gemm, float* %layer.6.ffn.gelu21, float* %bert.encoder.layer.6.output.dense.weight, float* %layer.6.ffn.output, float* %bert.encoder.layer.6.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k079_layer_6_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k080_layer_6_ffn_layernorm.launch)
  %483 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %484 = load i8*, i8** %483, align 8
  %485 = getelementptr inbounds i8, i8* %484, i64 0
  %layer.6.ffn.layernorm = bitcast i8* %485 to float*
  %486 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %487 = load i8*, i8** %486, align 8
  %488 = getelementptr inbounds i8, i8* %487, i64 293809152
  %bert.encoder.layer.7.attention.self.query.weight = bitcast i8* %488 to float*
  %489 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8, i8* %490, i64 3149824
  %layer.7.attention.query = bitcast i8* %491 to float*
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 296168448
  %bert.encoder.layer.7.attention.self.query.bias = bitcast i8* %494 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 42, %bertrt_gemm* @forward_s128__k081_layer_7_attention_query_matmul.gemm, float* %layer.6.ffn.layernorm, float* %bert.encoder.layer.7.attention.self.query.weight, float* %layer.7.attention.query, float* %bert.encoder.layer.7.attention.self.query.bias)
  %495 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %496 = load i8*, i8** %495, align 8
  %497 = getelementptr inbounds i8, i8* %496, i64 0
  %layer.6.ffn.layernorm22 = bitcast i8* %497 to float*
  %498 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %499 = load i8*, i8** %498, align 8
  %500 = getelementptr inbounds i8, i8* %499, i64 296171520
  %bert.encoder.layer.7.attention.self.key.weight = bitcast i8* %500 to float*
  %501 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 6295552
  %layer.7.attention.key = bitcast i8* %503 to float*
  %504 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 298530816
  %bert.encoder.layer.7.attention.self.key.bias = bitcast i8* %506 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 43, %bertrt_gemm* @forward_s128__k082_layer_7_attention_key_matmul.gemm, float* %layer.6.ffn.layernorm22, float* %bert.encoder.layer.7.attention.self.key.weight, float* %layer.7.attention.key, float* %bert.encoder.layer.7.attention.self.key.bias)
  %507 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %508 = load i8*, i8** %507, align 8
  %509 = getelementptr inbounds i8, i8* %508, i64 0
  %layer.6.ffn.layernorm23 = bitcast i8* %509 to float*
  %510 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %511 = load i8*, i8** %510, align 8
  %512 = getelementptr inbounds i8, i8* %511, i64 298533888
  %bert.encoder.layer.7.attention.self.value.weight = bitcast i8* %512 to float*
  %513 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 9441280
  %layer.7.attention.value = bitcast i8* %515 to float*
  %516 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %517 = load i8*, i8** %516, align 8
  %518 = getelementptr inbounds i8, i8* %517, i64 300893184
  %bert.encoder.layer.7.attention.self.value.bias = bitcast i8* %518 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 44, %bertrt_gemm* @forward_s128__k083_layer_7_attention_value_matmul.gemm, float* %layer.6.ffn.layernorm23, float* %bert.encoder.layer.7.attention.self.value.weight, float* %layer.7.attention.value, float* %bert.encoder.layer.7.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k084_layer_7_attention_context_forward.launch)
  %519 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %520 = load i8*, i8** %519, align 8
  %521 = getelementptr inbounds i8, i8* %520, i64 12587008
  %layer.7.attention.context = bitcast i8* %521 to float*
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %523 = load i8*, i8** %522, align 8
  %524 = getelementptr inbounds i8, i8* %523, i64 300896256
  %bert.encoder.layer.7.attention.output.dense.weight = bitcast i8* %524 to float*
  %525 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8, i8* %526, i64 3149824
  %layer.7.attention.output = bitcast i8* %527 to float*
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8, i8* %529, i64 303255552
  %bert.encoder.layer.7.attention.output.dense.bias = bitcast i8* %530 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 45, %bertrt_gemm* @forward_s128__k085_layer_7_attention_output_matmul.gemm, float* %layer.7.attention.context, float* %bert.encoder.layer.7.attention.output.dense.weight, float* %layer.7.attention.output, float* %bert.encoder.layer.7.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k086_layer_7_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k087_layer_7_attention_layernorm.launch)
  %531 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8, i8* %532, i64 0
  %layer.7.attention.layernorm = bitcast i8* %533 to float*
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 303264768
  %bert.encoder.layer.7.intermediate.dense.weight = bitcast i8* %536 to float*
  %537 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 3149824
  %layer.7.ffn.gelu = bitcast i8* %539 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 46, %bertrt_gemm* @forward_s128__k088_layer_7_ffn_intermediate_matmul.gemm, float* %layer.7.attention.layernorm, float* %bert.encoder.layer.7.intermediate.dense.weight, float* %layer.7.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k088_layer_7_ffn_intermediate_matmul.launch)
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %541 = load i8*, i8** %540, align 8
  %542 = getelementptr inbounds i8, i8* %541, i64 3149824
  %layer.7.ffn.gelu24 = bitcast i8* %542 to float*
  %543 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 312714240
  %bert.encoder.layer.7.output.dense.weight = bitcast i8* %545 to float*
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 15732736
  %layer.7.ffn.output = bitcast i8* %548 to float*
  %549 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 322151424
  %bert.encoder.layer.7.output.dense.bias = bitcast i8* %551 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 47, %bertrt_gemm* @forward_s128__k089_layer_7_ffn_output_matmul.gemm, float* %layer.7.ffn.gelu24, float* %bert.encoder.layer.7.output.dense.weight, float* %layer.7.ffn.output, float* %bert.encoder.layer.7.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k090_layer_7_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k091_layer_7_ffn_layernorm.launch)
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8, i8* %553, i64 0
  %layer.7.ffn.layernorm = bitcast i8* %554 to float*
  %555 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8, i8* %556, i64 322160640
  %bert.encoder.layer.8.attention.self.query.weight = bitcast i8* %557 to float*
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %559 = load i8*, i8** %558, align 8
  %560 = getelementptr inbounds i8, i8* %559, i64 3149824
  %layer.8.attention.query = bitcast i8* %560 to float*
  %561 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %562 = load i8*, i8** %561, align 8
  %563 = getelementptr inbounds i8, i8* %562, i64 324519936
  %bert.encoder.layer.8.attention.self.query.bias = bitcast i8* %563 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 48, %bertrt_gemm* @forward_s128__k092_layer_8_attention_query_matmul.gemm, float* %layer.7.ffn.layernorm, float* %bert.encoder.layer.8.attention.self.query.weight, float* %layer.8.attention.query, float* %bert.encoder.layer.8.attention.self.query.bias)
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8, i8* %565, i64 0
  %layer.7.ffn.layernorm25 = bitcast i8* %566 to float*
  %567 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8, i8* %568, i64 324523008
  %bert.encoder.layer.8.attention.self.key.weight = bitcast i8* %569 to float*
  %570 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 6295552
  %layer.8.attention.key = bitcast i8* %572 to float*
  %573 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %574 = load i8*, i8** %573, align 8
  %575 = getelementptr inbounds i8, i8* %574, i64 326882304
  %bert.encoder.layer.8.attention.self.key.bias = bitcast i8* %575 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 49, %bertrt_gemm* @forward_s128__k093_layer_8_attention_key_matmul.gemm, float* %layer.7.ffn.layernorm25, float* %bert.encoder.layer.8.attention.self.key.weight, float* %layer.8.attention.key, float* %bert.encoder.layer.8.attention.self.key.bias)
  %576 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %577 = load i8*, i8** %576, align 8
  %578 = getelementptr inbounds i8, i8* %577, i64 0
  %layer.7.ffn.layernorm26 = bitcast i8* %578 to float*
  %579 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %580 = load i8*, i8** %579, align 8
  %581 = getelementptr inbounds i8, i8* %580, i64 326885376
  %bert.encoder.layer.8.attention.self.value.weight = bitcast i8* %581 to float*
  %582 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %583 = load i8*, i8** %582, align 8
  %584 = getelementptr inbounds i8, i8* %583, i64 9441280
  %layer.8.attention.value = bitcast i8* %584 to float*
  %585 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %586 = load i8*, i8** %585, align 8
  %587 = getelementptr inbounds i8, i8* %586, i64 329244672
  %bert.encoder.layer.8.attention.self.value.bias = bitcast i8* %587 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 50, %bertrt_gemm* @forward_s128__k094_layer_8_attention_value_matmul.gemm, float* %layer.7.ffn.layernorm26, float* %bert.encoder.layer.8.attention.self.value.weight, float* %layer.8.attention.value, float* %bert.encoder.layer.8.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k095_layer_8_attention_context_forward.launch)
  %588 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 12587008
  %layer.8.attention.context = bitcast i8* %590 to float*
  %591 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %592 = load i8*, i8** %591, align 8
  %593 = getelementptr inbounds i8, i8* %592, i64 329247744
  %bert.encoder.layer.8.attention.output.dense.weight = bitcast i8* %593 to float*
  %594 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %595 = load i8*, i8** %594, align 8
  %596 = getelementptr inbounds i8, i8* %595, i64 3149824
  %layer.8.attention.output = bitcast i8* %596 to float*
  %597 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %598 = load i8*, i8** %597, align 8
  %599 = getelementptr inbounds i8, i8* %598, i64 331607040
  %bert.encoder.layer.8.attention.output.dense.bias = bitcast i8* %599 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 51, %bertrt_gemm* @forward_s128__k096_layer_8_attention_output_matmul.gemm, float* %layer.8.attention.context, float* %bert.encoder.layer.8.attention.output.dense.weight, float* %layer.8.attention.output, float* %bert.encoder.layer.8.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k097_layer_8_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k098_layer_8_attention_layernorm.launch)
  %600 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %601 = load i8*, i8** %600, align 8
  %602 = getelementptr inbounds i8, i8* %601, i64 0
  %layer.8.attention.layernorm = bitcast i8* %602 to float*
  %603 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %604 = load i8*, i8** %603, align 8
  %605 = getelementptr inbounds i8, i8* %604, i64 331616256
  %bert.encoder.layer.8.intermediate.dense.weight = bitcast i8* %605 to float*
  %606 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %607 = load i8*, i8** %606, align 8
  %608 = getelementptr inbounds i8, i8* %607, i64 3149824
  %layer.8.ffn.gelu = bitcast i8* %608 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 52, %bertrt_gemm* @forward_s128__k099_layer_8_ffn_intermediate_matmul.gemm, float* %layer.8.attention.layernorm, float* %bert.encoder.layer.8.intermediate.dense.weight, float* %layer.8.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k099_layer_8_ffn_intermediate_matmul.launch)
  %609 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %610 = load i8*, i8** %609, align 8
  %611 = getelementptr inbounds i8, i8* %610, i64 3149824
  %layer.8.ffn.gelu27 = bitcast i8* %611 to float*
  %612 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %613 = load i8*, i8** %612, align 8
  %614 = getelementptr inbounds i8, i8* %613, i64 341065728
  %bert.encoder.layer.8.output.dense.weight = bitcast i8* %614 to float*
  %615 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8, i8* %616, i64 15732736
  %layer.8.ffn.output = bitcast i8* %617 to float*
  %618 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %619 = load i8*, i8** %618, align 8
  %620 = getelementptr inbounds i8, i8* %619, i64 350502912
  %bert.encoder.layer.8.output.dense.bias = bitcast i8* %620 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 53, %bertrt_gemm* @forward_s128__k100_layer_8_ffn_output_matmul.gemm, float* %layer.8.ffn.gelu27, float* %bert.encoder.layer.8.output.dense.weight, float* %layer.8.ffn.output, float* %bert.encoder.layer.8.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k101_layer_8_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k102_layer_8_ffn_layernorm.launch)
  %621 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %622 = load i8*, i8** %621, align 8
  %623 = getelementptr inbounds i8, i8* %622, i64 0
  %layer.8.ffn.layernorm = bitcast i8* %623 to float*
  %624 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %625 = load i8*, i8** %624, align 8
  %626 = getelementptr inbounds i8, i8* %625, i64 350512128
  %bert.encoder.layer.9.attention.self.query.weight = bitcast i8* %626 to float*
  %627 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %628 = load i8*, i8** %627, align 8
  %629 = getelementptr inbounds i8, i8* %628, i64 3149824
  %layer.9.attention.query = bitcast i8* %629 to float*
  %630 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %631 = load i8*, i8** %630, align 8
  %632 = getelementptr inbounds i8, i8* %631, i64 352871424
  %bert.encoder.layer.9.attention.self.query.bias = bitcast i8* %632 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 54, %bertrt_gemm* @forward_s128__k103_layer_9_attention_query_matmul.gemm, float* %layer.8.ffn.layernorm, float* %bert.encoder.layer.9.attention.self.query.weight, float* %layer.9.attention.query, float* %bert.encoder.layer.9.attention.self.query.bias)
  %633 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %634 = load i8*, i8** %633, align 8
  %635 = getelementptr inbounds i8, i8* %634, i64 0
  %layer.8.ffn.layernorm28 = bitcast i8* %635 to float*
  %636 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %637 = load i8*, i8** %636, align 8
  %638 = getelementptr inbounds i8, i8* %637, i64 352874496
  %bert.encoder.layer.9.attention.self.key.weight = bitcast i8* %638 to float*
  %639 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %640 = load i8*, i8** %639, align 8
  %641 = getelementptr inbounds i8, i8* %640, i64 6295552
  %layer.9.attention.key = bitcast i8* %641 to float*
  %642 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8, i8* %643, i64 355233792
  %bert.encoder.layer.9.attention.self.key.bias = bitcast i8* %644 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 55, %bertrt_gemm* @forward_s128__k104_layer_9_attention_key_matmul.gemm, float* %layer.8.ffn.layernorm28, float* %bert.encoder.layer.9.attention.self.key.weight, float* %layer.9.attention.key, float* %bert.encoder.layer.9.attention.self.key.bias)
  %645 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %646 = load i8*, i8** %645, align 8
  %647 = getelementptr inbounds i8, i8* %646, i64 0
  %layer.8.ffn.layernorm29 = bitcast i8* %647 to float*
  %648 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %649 = load i8*, i8** %648, align 8
  %650 = getelementptr inbounds i8, i8* %649, i64 355236864
  %bert.encoder.layer.9.attention.self.value.weight = bitcast i8* %650 to float*
  %651 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %652 = load i8*, i8** %651, align 8
  %653 = getelementptr inbounds i8, i8* %652, i64 9441280
  %layer.9.attention.value = bitcast i8* %653 to float*
  %654 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %655 = load i8*, i8** %654, align 8
  %656 = getelementptr inbounds i8, i8* %655, i64 357596160
  %bert.encoder.layer.9.attention.self.value.bias = bitcast i8* %656 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 56, %bertrt_gemm* @forward_s128__k105_layer_9_attention_value_matmul.gemm, float* %layer.8.ffn.layernorm29, float* %bert.encoder.layer.9.attention.self.value.weight, float* %layer.9.attention.value, float* %bert.encoder.layer.9.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k106_layer_9_attention_context_forward.launch)
  %657 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %658 = load i8*, i8** %657, align 8
  %659 = getelementptr inbounds i8, i8* %658, i64 12587008
  %layer.9.attention.context = bitcast i8* %659 to float*
  %660 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %661 = load i8*, i8** %660, align 8
  %662 = getelementptr inbounds i8, i8* %661, i64 357599232
  %bert.encoder.layer.9.attention.output.dense.weight = bitcast i8* %662 to float*
  %663 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %664 = load i8*, i8** %663, align 8
  %665 = getelementptr inbounds i8, i8* %664, i64 3149824
  %layer.9.attention.output = bitcast i8* %665 to float*
  %666 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %667 = load i8*, i8** %666, align 8
  %668 = getelementptr inbounds i8, i8* %667, i64 359958528
  %bert.encoder.layer.9.attention.output.dense.bias = bitcast i8* %668 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 57, %bertrt_gemm* @forward_s128__k107_layer_9_attention_output_matmul.gemm, float* %layer.9.attention.context, float* %bert.encoder.layer.9.attention.output.dense.weight, float* %layer.9.attention.output, float* %bert.encoder.layer.9.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k108_layer_9_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k109_layer_9_attention_layernorm.launch)
  %669 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %670 = load i8*, i8** %669, align 8
  %671 = getelementptr inbounds i8, i8* %670, i64 0
  %layer.9.attention.layernorm = bitcast i8* %671 to float*
  %672 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %673 = load i8*, i8** %672, align 8
  %674 = getelementptr inbounds i8, i8* %673, i64 359967744
  %bert.encoder.layer.9.intermediate.dense.weight = bitcast i8* %674 to float*
  %675 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %676 = load i8*, i8** %675, align 8
  %677 = getelementptr inbounds i8, i8* %676, i64 3149824
  %layer.9.ffn.gelu = bitcast i8* %677 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 58, %bertrt_gemm* @forward_s128__k110_layer_9_ffn_intermediate_matmul.gemm, float* %layer.9.attention.layernorm, float* %bert.encoder.layer.9.intermediate.dense.weight, float* %layer.9.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k110_layer_9_ffn_intermediate_matmul.launch)
  %678 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %679 = load i8*, i8** %678, align 8
  %680 = getelementptr inbounds i8, i8* %679, i64 3149824
  %layer.9.ffn.gelu30 = bitcast i8* %680 to float*
  %681 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %682 = load i8*, i8** %681, align 8
  %683 = getelementptr inbounds i8, i8* %682, i64 369417216
  %bert.encoder.layer.9.output.dense.weight = bitcast i8* %683 to float*
  %684 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %685 = load i8*, i8** %684, align 8
  %686 = getelementptr inbounds i8, i8* %685, i64 15732736
  %layer.9.ffn.output = bitcast i8* %686 to float*
  %687 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %688 = load i8*, i8** %687, align 8
  %689 = getelementptr inbounds i8, i8* %688, i64 378854400
  %bert.encoder.layer.9.output.dense.bias = bitcast i8* %689 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 59, %bertrt_gemm* @forward_s128__k111_layer_9_ffn_output_matmul.gemm, float* %layer.9.ffn.gelu30, float* %bert.encoder.layer.9.output.dense.weight, float* %layer.9.ffn.output, float* %bert.encoder.layer.9.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k112_layer_9_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k113_layer_9_ffn_layernorm.launch)
  %690 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %691 = load i8*, i8** %690, align 8
  %692 = getelementptr inbounds i8, i8* %691, i64 0
  %layer.9.ffn.layernorm = bitcast i8* %692 to float*
  %693 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %694 = load i8*, i8** %693, align 8
  %695 = getelementptr inbounds i8, i8* %694, i64 378863616
  %bert.encoder.layer.10.attention.self.query.weight = bitcast i8* %695 to float*
  %696 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %697 = load i8*, i8** %696, align 8
  %698 = getelementptr inbounds i8, i8* %697, i64 3149824
  %layer.10.attention.query = bitcast i8* %698 to float*
  %699 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %700 = load i8*, i8** %699, align 8
  %701 = getelementptr inbounds i8, i8* %700, i64 381222912
  %bert.encoder.layer.10.attention.self.query.bias = bitcast i8* %701 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 60, %bertrt_gemm* @forward_s128__k114_layer_10_attention_query_matmul.gemm, float* %layer.9.ffn.layernorm, float* %bert.encoder.layer.10.attention.self.query.weight, float* %layer.10.attention.query, float* %bert.encoder.layer.10.attention.self.query.bias)
  %702 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %703 = load i8*, i8** %702, align 8
  %704 = getelementptr inbounds i8, i8* %703, i64 0
  %layer.9.ffn.layernorm31 = bitcast i8* %704 to float*
  %705 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %706 = load i8*, i8** %705, align 8
  %707 = getelementptr inbounds i8, i8* %706, i64 381225984
  %bert.encoder.layer.10.attention.self.key.weight = bitcast i8* %707 to float*
  %708 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %709 = load i8*, i8** %708, align 8
  %710 = getelementptr inbounds i8, i8* %709, i64 6295552
  %layer.10.attention.key = bitcast i8* %710 to float*
  %711 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %712 = load i8*, i8** %711, align 8
  %713 = getelementptr inbounds i8, i8* %712, i64 383585280
  %bert.encoder.layer.10.attention.self.key.bias = bitcast i8* %713 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 61, %bertrt_gemm* @forward_s128__k115_layer_10_attention_key_matmul.gemm, float* %layer.9.ffn.layernorm31, float* %bert.encoder.layer.10.attention.self.key.weight, float* %layer.10.attention.key, float* %bert.encoder.layer.10.attention.self.key.bias)
  %714 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %715 = load i8*, i8** %714, align 8
  %716 = getelementptr inbounds i8, i8* %715, i64 0
  %layer.9.ffn.layernorm32 = bitcast i8* %716 to float*
  %717 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %718 = load i8*, i8** %717, align 8
  %719 = getelementptr inbounds i8, i8* %718, i64 383588352
  %bert.encoder.layer.10.attention.self.value.weight = bitcast i8* %719 to float*
  %720 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %721 = load i8*, i8** %720, align 8
  %722 = getelementptr inbounds i8, i8* %721, i64 9441280
  %layer.10.attention.value = bitcast i8* %722 to float*
  %723 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %724 = load i8*, i8** %723, align 8
  %725 = getelementptr inbounds i8, i8* %724, i64 385947648
  %bert.encoder.layer.10.attention.self.value.bias = bitcast i8* %725 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 62, %bertrt_gemm* @forward_s128__k116_layer_10_attention_value_matmul.gemm, float* %layer.9.ffn.layernorm32, float* %bert.encoder.layer.10.attention.self.value.weight, float* %layer.10.attention.value, float* %bert.encoder.layer.10.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k117_layer_10_attention_context_forward.launch)
  %726 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %727 = load i8*, i8** %726, align 8
  %728 = getelementptr inbounds i8, i8* %727, i64 12587008
  %layer.10.attention.context = bitcast i8* %728 to float*
  %729 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %730 = load i8*, i8** %729, align 8
  %731 = getelementptr inbounds i8, i8* %730, i64 385950720
  %bert.encoder.layer.10.attention.output.dense.weight = bitcast i8* %731 to float*
  %732 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %733 = load i8*, i8** %732, align 8
  %734 = getelementptr inbounds i8, i8* %733, i64 3149824
  %layer.10.attention.output = bitcast i8* %734 to float*
  %735 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %736 = load i8*, i8** %735, align 8
  %737 = getelementptr inbounds i8, i8* %736, i64 388310016
  %bert.encoder.layer.10.attention.output.dense.bias = bitcast i8* %737 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 63, %bertrt_gemm* @forward_s128__k118_layer_10_attention_output_matmul.gemm, float* %layer.10.attention.context, float* %bert.encoder.layer.10.attention.output.dense.weight, float* %layer.10.attention.output, float* %bert.encoder.layer.10.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k119_layer_10_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k120_layer_10_attention_layernorm.launch)
  %738 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %739 = load i8*, i8** %738, align 8
  %740 = getelementptr inbounds i8, i8* %739, i64 0
  %layer.10.attention.layernorm = bitcast i8* %740 to float*
  %741 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %742 = load i8*, i8** %741, align 8
  %743 = getelementptr inbounds i8, i8* %742, i64 388319232
  %bert.encoder.layer.10.intermediate.dense.weight = bitcast i8* %743 to float*
  %744 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %745 = load i8*, i8** %744, align 8
  %746 = getelementptr inbounds i8, i8* %745, i64 3149824
  %layer.10.ffn.gelu = bitcast i8* %746 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 64, %bertrt_gemm* @forward_s128__k121_layer_10_ffn_intermediate_matmul.gemm, float* %layer.10.attention.layernorm, float* %bert.encoder.layer.10.intermediate.dense.weight, float* %layer.10.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k121_layer_10_ffn_intermediate_matmul.launch)
  %747 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %748 = load i8*, i8** %747, align 8
  %749 = getelementptr inbounds i8, i8* %748, i64 3149824
  %layer.10.ffn.gelu33 = bitcast i8* %749 to float*
  %750 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %751 = load i8*, i8** %750, align 8
  %752 = getelementptr inbounds i8, i8* %751, i64 397768704
  %bert.encoder.layer.10.output.dense.weight = bitcast i8* %752 to float*
  %753 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %754 = load i8*, i8** %753, align 8
  %755 = getelementptr inbounds i8, i8* %754, i64 15732736
  %layer.10.ffn.output = bitcast i8* %755 to float*
  %756 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %757 = load i8*, i8** %756, align 8
  %758 = getelementptr inbounds i8, i8* %757, i64 407205888
  %bert.encoder.layer.10.output.dense.bias = bitcast i8* %758 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 65, %bertrt_gemm* @forward_s128__k122_layer_10_ffn_output_matmul.gemm, float* %layer.10.ffn.gelu33, float* %bert.encoder.layer.10.output.dense.weight, float* %layer.10.ffn.output, float* %bert.encoder.layer.10.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k123_layer_10_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k124_layer_10_ffn_layernorm.launch)
  %759 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %760 = load i8*, i8** %759, align 8
  %761 = getelementptr inbounds i8, i8* %760, i64 0
  %layer.10.ffn.layernorm = bitcast i8* %761 to float*
  %762 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %763 = load i8*, i8** %762, align 8
  %764 = getelementptr inbounds i8, i8* %763, i64 407215104
  %bert.encoder.layer.11.attention.self.query.weight = bitcast i8* %764 to float*
  %765 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %766 = load i8*, i8** %765, align 8
  %767 = getelementptr inbounds i8, i8* %766, i64 3149824
  %layer.11.attention.query = bitcast i8* %767 to float*
  %768 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8, i8* %769, i64 409574400
  %bert.encoder.layer.11.attention.self.query.bias = bitcast i8* %770 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 66, %bertrt_gemm* @forward_s128__k125_layer_11_attention_query_matmul.gemm, float* %layer.10.ffn.layernorm, float* %bert.encoder.layer.11.attention.self.query.weight, float* %layer.11.attention.query, float* %bert.encoder.layer.11.attention.self.query.bias)
  %771 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %772 = load i8*, i8** %771, align 8
  %773 = getelementptr inbounds i8, i8* %772, i64 0
  %layer.10.ffn.layernorm34 = bitcast i8* %773 to float*
  %774 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %775 = load i8*, i8** %774, align 8
  %776 = getelementptr inbounds i8, i8* %775, i64 409577472
  %bert.encoder.layer.11.attention.self.key.weight = bitcast i8* %776 to float*
  %777 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %778 = load i8*, i8** %777, align 8
  %779 = getelementptr inbounds i8, i8* %778, i64 6295552
  %layer.11.attention.key = bitcast i8* %779 to float*
  %780 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %781 = load i8*, i8** %780, align 8
  %782 = getelementptr inbounds i8, i8* %781, i64 411936768
  %bert.encoder.layer.11.attention.self.key.bias = bitcast i8* %782 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 67, %bertrt_gemm* @forward_s128__k126_layer_11_attention_key_matmul.gemm, float* %layer.10.ffn.layernorm34, float* %bert.encoder.layer.11.attention.self.key.weight, float* %layer.11.attention.key, float* %bert.encoder.layer.11.attention.self.key.bias)
  %783 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %784 = load i8*, i8** %783, align 8
  %785 = getelementptr inbounds i8, i8* %784, i64 0
  %layer.10.ffn.layernorm35 = bitcast i8* %785 to float*
  %786 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %787 = load i8*, i8** %786, align 8
  %788 = getelementptr inbounds i8, i8* %787, i64 411939840
  %bert.encoder.layer.11.attention.self.value.weight = bitcast i8* %788 to float*
  %789 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %790 = load i8*, i8** %789, align 8
  %791 = getelementptr inbounds i8, i8* %790, i64 9441280
  %layer.11.attention.value = bitcast i8* %791 to float*
  %792 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %793 = load i8*, i8** %792, align 8
  %794 = getelementptr inbounds i8, i8* %793, i64 414299136
  %bert.encoder.layer.11.attention.self.value.bias = bitcast i8* %794 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 68, %bertrt_gemm* @forward_s128__k127_layer_11_attention_value_matmul.gemm, float* %layer.10.ffn.layernorm35, float* %bert.encoder.layer.11.attention.self.value.weight, float* %layer.11.attention.value, float* %bert.encoder.layer.11.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k128_layer_11_attention_context_forward.launch)
  %795 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %796 = load i8*, i8** %795, align 8
  %797 = getelementptr inbounds i8, i8* %796, i64 12587008
  %layer.11.attention.context = bitcast i8* %797 to float*
  %798 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %799 = load i8*, i8** %798, align 8
  %800 = getelementptr inbounds i8, i8* %799, i64 414302208
  %bert.encoder.layer.11.attention.output.dense.weight = bitcast i8* %800 to float*
  %801 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %802 = load i8*, i8** %801, align 8
  %803 = getelementptr inbounds i8, i8* %802, i64 3145728
  %layer.11.attention.output = bitcast i8* %803 to float*
  %804 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %805 = load i8*, i8** %804, align 8
  %806 = getelementptr inbounds i8, i8* %805, i64 416661504
  %bert.encoder.layer.11.attention.output.dense.bias = bitcast i8* %806 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 69, %bertrt_gemm* @forward_s128__k129_layer_11_attention_output_matmul.gemm, float* %layer.11.attention.context, float* %bert.encoder.layer.11.attention.output.dense.weight, float* %layer.11.attention.output, float* %bert.encoder.layer.11.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k130_layer_11_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k131_layer_11_attention_layernorm.launch)
  %807 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %808 = load i8*, i8** %807, align 8
  %809 = getelementptr inbounds i8, i8* %808, i64 0
  %layer.11.attention.layernorm = bitcast i8* %809 to float*
  %810 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %811 = load i8*, i8** %810, align 8
  %812 = getelementptr inbounds i8, i8* %811, i64 416670720
  %bert.encoder.layer.11.intermediate.dense.weight = bitcast i8* %812 to float*
  %813 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %814 = load i8*, i8** %813, align 8
  %815 = getelementptr inbounds i8, i8* %814, i64 3145728
  %layer.11.ffn.gelu = bitcast i8* %815 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 70, %bertrt_gemm* @forward_s128__k132_layer_11_ffn_intermediate_matmul.gemm, float* %layer.11.attention.layernorm, float* %bert.encoder.layer.11.intermediate.dense.weight, float* %layer.11.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k132_layer_11_ffn_intermediate_matmul.launch)
  %816 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %817 = load i8*, i8** %816, align 8
  %818 = getelementptr inbounds i8, i8* %817, i64 3145728
  %layer.11.ffn.gelu36 = bitcast i8* %818 to float*
  %819 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %820 = load i8*, i8** %819, align 8
  %821 = getelementptr inbounds i8, i8* %820, i64 426120192
  %bert.encoder.layer.11.output.dense.weight = bitcast i8* %821 to float*
  %822 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8, i8* %823, i64 15728640
  %layer.11.ffn.output = bitcast i8* %824 to float*
  %825 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %826 = load i8*, i8** %825, align 8
  %827 = getelementptr inbounds i8, i8* %826, i64 435557376
  %bert.encoder.layer.11.output.dense.bias = bitcast i8* %827 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 71, %bertrt_gemm* @forward_s128__k133_layer_11_ffn_output_matmul.gemm, float* %layer.11.ffn.gelu36, float* %bert.encoder.layer.11.output.dense.weight, float* %layer.11.ffn.output, float* %bert.encoder.layer.11.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k134_layer_11_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k135_layer_11_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k136_pooler_first_token.launch)
  %828 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %829 = load i8*, i8** %828, align 8
  %830 = getelementptr inbounds i8, i8* %829, i64 0
  %pooler.first_token = bitcast i8* %830 to float*
  %831 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %832 = load i8*, i8** %831, align 8
  %833 = getelementptr inbounds i8, i8* %832, i64 435566592
  %bert.pooler.dense.weight = bitcast i8* %833 to float*
  %834 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8, i8* %835, i64 24576
  %pooler.dense = bitcast i8* %836 to float*
  %837 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %838 = load i8*, i8** %837, align 8
  %839 = getelementptr inbounds i8, i8* %838, i64 437925888
  %bert.pooler.dense.bias = bitcast i8* %839 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 72, %bertrt_gemm* @forward_s128__k137_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense, float* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k138_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k139_head_dropout.launch)
  %840 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %841 = load i8*, i8** %840, align 8
  %842 = getelementptr inbounds i8, i8* %841, i64 0
  %head.dropout = bitcast i8* %842 to float*
  %843 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %844 = load i8*, i8** %843, align 8
  %845 = getelementptr inbounds i8, i8* %844, i64 437928960
  %classifier.weight = bitcast i8* %845 to float*
  %846 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %847 = load i8*, i8** %846, align 8
  %848 = getelementptr inbounds i8, i8* %847, i64 12352
  %head.classifier = bitcast i8* %848 to float*
  %849 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %850 = load i8*, i8** %849, align 8
  %851 = getelementptr inbounds i8, i8* %850, i64 437935104
  %classifier.bias = bitcast i8* %851 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 73, %bertrt_gemm* @forward_s128__k140_head_classifier_matmul.gemm, float* %head.dropout, float* %classifier.weight, float* %head.classifier, float* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k141_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k142_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @forward_s128__k143_loss.launch)
  ret void
}

; Function Attrs: nounwind
declare void @bertrt_cuda_run(%bertrt_ctx*, %bertrt_cuda_kernel*) #0

; Function Attrs: nounwind
declare void @bertrt_cuda_sgemm(%bertrt_ctx*, i64, %bertrt_gemm*, float*, float*, float*, float*) #0

; Function Attrs: nounwind
define void @train_s128_v0(%bertrt_ctx* %ctx) #0 {
entry:
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k000_embeddings_sum.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k001_embeddings_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k002_embeddings_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k003_attention_mask_bias.launch)
  %0 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1 = load i8*, i8** %0, align 8
  %2 = getelementptr inbounds i8, i8* %1, i64 6299648
  %embeddings.dropout = bitcast i8* %2 to float*
  %3 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %4 = load i8*, i8** %3, align 8
  %5 = getelementptr inbounds i8, i8* %4, i64 95348736
  %bert.encoder.layer.0.attention.self.query.weight = bitcast i8* %5 to float*
  %6 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8, i8* %7, i64 9445376
  %layer.0.attention.query = bitcast i8* %8 to float*
  %9 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8, i8* %10, i64 97708032
  %bert.encoder.layer.0.attention.self.query.bias = bitcast i8* %11 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 74, %bertrt_gemm* @train_s128_v0__k004_layer_0_attention_query_matmul.gemm, float* %embeddings.dropout, float* %bert.encoder.layer.0.attention.self.query.weight, float* %layer.0.attention.query, float* %bert.encoder.layer.0.attention.self.query.bias)
  %12 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 6299648
  %embeddings.dropout1 = bitcast i8* %14 to float*
  %15 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 97711104
  %bert.encoder.layer.0.attention.self.key.weight = bitcast i8* %17 to float*
  %18 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8, i8* %19, i64 12591104
  %layer.0.attention.key = bitcast i8* %20 to float*
  %21 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8, i8* %22, i64 100070400
  %bert.encoder.layer.0.attention.self.key.bias = bitcast i8* %23 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 75, %bertrt_gemm* @train_s128_v0__k005_layer_0_attention_key_matmul.gemm, float* %embeddings.dropout1, float* %bert.encoder.layer.0.attention.self.key.weight, float* %layer.0.attention.key, float* %bert.encoder.layer.0.attention.self.key.bias)
  %24 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 6299648
  %embeddings.dropout2 = bitcast i8* %26 to float*
  %27 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 100073472
  %bert.encoder.layer.0.attention.self.value.weight = bitcast i8* %29 to float*
  %30 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %31 = load i8*, i8** %30, align 8
  %32 = getelementptr inbounds i8, i8* %31, i64 15736832
  %layer.0.attention.value = bitcast i8* %32 to float*
  %33 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8, i8* %34, i64 102432768
  %bert.encoder.layer.0.attention.self.value.bias = bitcast i8* %35 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 76, %bertrt_gemm* @train_s128_v0__k006_layer_0_attention_value_matmul.gemm, float* %embeddings.dropout2, float* %bert.encoder.layer.0.attention.self.value.weight, float* %layer.0.attention.value, float* %bert.encoder.layer.0.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k007_layer_0_attention_context_forward.launch)
  %36 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8, i8* %37, i64 18882560
  %layer.0.attention.context = bitcast i8* %38 to float*
  %39 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 102435840
  %bert.encoder.layer.0.attention.output.dense.weight = bitcast i8* %41 to float*
  %42 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %43 = load i8*, i8** %42, align 8
  %44 = getelementptr inbounds i8, i8* %43, i64 22028288
  %layer.0.attention.output = bitcast i8* %44 to float*
  %45 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8, i8* %46, i64 104795136
  %bert.encoder.layer.0.attention.output.dense.bias = bitcast i8* %47 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 77, %bertrt_gemm* @train_s128_v0__k008_layer_0_attention_output_matmul.gemm, float* %layer.0.attention.context, float* %bert.encoder.layer.0.attention.output.dense.weight, float* %layer.0.attention.output, float* %bert.encoder.layer.0.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k009_layer_0_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k010_layer_0_attention_layernorm.launch)
  %48 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 22028288
  %layer.0.attention.layernorm = bitcast i8* %50 to float*
  %51 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %52 = load i8*, i8** %51, align 8
  %53 = getelementptr inbounds i8, i8* %52, i64 104804352
  %bert.encoder.layer.0.intermediate.dense.weight = bitcast i8* %53 to float*
  %54 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8, i8* %55, i64 40902656
  %layer.0.ffn.gelu = bitcast i8* %56 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 78, %bertrt_gemm* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.gemm, float* %layer.0.attention.layernorm, float* %bert.encoder.layer.0.intermediate.dense.weight, float* %layer.0.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k011_layer_0_ffn_intermediate_matmul.launch)
  %57 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8, i8* %58, i64 40902656
  %layer.0.ffn.gelu3 = bitcast i8* %59 to float*
  %60 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 114253824
  %bert.encoder.layer.0.output.dense.weight = bitcast i8* %62 to float*
  %63 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 53485568
  %layer.0.ffn.output = bitcast i8* %65 to float*
  %66 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %67 = load i8*, i8** %66, align 8
  %68 = getelementptr inbounds i8, i8* %67, i64 123691008
  %bert.encoder.layer.0.output.dense.bias = bitcast i8* %68 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 79, %bertrt_gemm* @train_s128_v0__k012_layer_0_ffn_output_matmul.gemm, float* %layer.0.ffn.gelu3, float* %bert.encoder.layer.0.output.dense.weight, float* %layer.0.ffn.output, float* %bert.encoder.layer.0.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k013_layer_0_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k014_layer_0_ffn_layernorm.launch)
  %69 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 53485568
  %layer.0.ffn.layernorm = bitcast i8* %71 to float*
  %72 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %73 = load i8*, i8** %72, align 8
  %74 = getelementptr inbounds i8, i8* %73, i64 123700224
  %bert.encoder.layer.1.attention.self.query.weight = bitcast i8* %74 to float*
  %75 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %76 = load i8*, i8** %75, align 8
  %77 = getelementptr inbounds i8, i8* %76, i64 59777024
  %layer.1.attention.query = bitcast i8* %77 to float*
  %78 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 126059520
  %bert.encoder.layer.1.attention.self.query.bias = bitcast i8* %80 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 80, %bertrt_gemm* @train_s128_v0__k015_layer_1_attention_query_matmul.gemm, float* %layer.0.ffn.layernorm, float* %bert.encoder.layer.1.attention.self.query.weight, float* %layer.1.attention.query, float* %bert.encoder.layer.1.attention.self.query.bias)
  %81 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 53485568
  %layer.0.ffn.layernorm4 = bitcast i8* %83 to float*
  %84 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %85 = load i8*, i8** %84, align 8
  %86 = getelementptr inbounds i8, i8* %85, i64 126062592
  %bert.encoder.layer.1.attention.self.key.weight = bitcast i8* %86 to float*
  %87 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8, i8* %88, i64 62922752
  %layer.1.attention.key = bitcast i8* %89 to float*
  %90 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 128421888
  %bert.encoder.layer.1.attention.self.key.bias = bitcast i8* %92 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 81, %bertrt_gemm* @train_s128_v0__k016_layer_1_attention_key_matmul.gemm, float* %layer.0.ffn.layernorm4, float* %bert.encoder.layer.1.attention.self.key.weight, float* %layer.1.attention.key, float* %bert.encoder.layer.1.attention.self.key.bias)
  %93 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8, i8* %94, i64 53485568
  %layer.0.ffn.layernorm5 = bitcast i8* %95 to float*
  %96 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 128424960
  %bert.encoder.layer.1.attention.self.value.weight = bitcast i8* %98 to float*
  %99 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %100 = load i8*, i8** %99, align 8
  %101 = getelementptr inbounds i8, i8* %100, i64 66068480
  %layer.1.attention.value = bitcast i8* %101 to float*
  %102 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8, i8* %103, i64 130784256
  %bert.encoder.layer.1.attention.self.value.bias = bitcast i8* %104 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 82, %bertrt_gemm* @train_s128_v0__k017_layer_1_attention_value_matmul.gemm, float* %layer.0.ffn.layernorm5, float* %bert.encoder.layer.1.attention.self.value.weight, float* %layer.1.attention.value, float* %bert.encoder.layer.1.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k018_layer_1_attention_context_forward.launch)
  %105 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 69214208
  %layer.1.attention.context = bitcast i8* %107 to float*
  %108 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8, i8* %109, i64 130787328
  %bert.encoder.layer.1.attention.output.dense.weight = bitcast i8* %110 to float*
  %111 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 72359936
  %layer.1.attention.output = bitcast i8* %113 to float*
  %114 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 133146624
  %bert.encoder.layer.1.attention.output.dense.bias = bitcast i8* %116 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 83, %bertrt_gemm* @train_s128_v0__k019_layer_1_attention_output_matmul.gemm, float* %layer.1.attention.context, float* %bert.encoder.layer.1.attention.output.dense.weight, float* %layer.1.attention.output, float* %bert.encoder.layer.1.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k020_layer_1_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k021_layer_1_attention_layernorm.launch)
  %117 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %118 = load i8*, i8** %117, align 8
  %119 = getelementptr inbounds i8, i8* %118, i64 72359936
  %layer.1.attention.layernorm = bitcast i8* %119 to float*
  %120 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %121 = load i8*, i8** %120, align 8
  %122 = getelementptr inbounds i8, i8* %121, i64 133155840
  %bert.encoder.layer.1.intermediate.dense.weight = bitcast i8* %122 to float*
  %123 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %124 = load i8*, i8** %123, align 8
  %125 = getelementptr inbounds i8, i8* %124, i64 91234304
  %layer.1.ffn.gelu = bitcast i8* %125 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 84, %bertrt_gemm* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.gemm, float* %layer.1.attention.layernorm, float* %bert.encoder.layer.1.intermediate.dense.weight, float* %layer.1.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k022_layer_1_ffn_intermediate_matmul.launch)
  %126 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8, i8* %127, i64 91234304
  %layer.1.ffn.gelu6 = bitcast i8* %128 to float*
  %129 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %130 = load i8*, i8** %129, align 8
  %131 = getelementptr inbounds i8, i8* %130, i64 142605312
  %bert.encoder.layer.1.output.dense.weight = bitcast i8* %131 to float*
  %132 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %133 = load i8*, i8** %132, align 8
  %134 = getelementptr inbounds i8, i8* %133, i64 103817216
  %layer.1.ffn.output = bitcast i8* %134 to float*
  %135 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %136 = load i8*, i8** %135, align 8
  %137 = getelementptr inbounds i8, i8* %136, i64 152042496
  %bert.encoder.layer.1.output.dense.bias = bitcast i8* %137 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 85, %bertrt_gemm* @train_s128_v0__k023_layer_1_ffn_output_matmul.gemm, float* %layer.1.ffn.gelu6, float* %bert.encoder.layer.1.output.dense.weight, float* %layer.1.ffn.output, float* %bert.encoder.layer.1.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k024_layer_1_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k025_layer_1_ffn_layernorm.launch)
  %138 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %139 = load i8*, i8** %138, align 8
  %140 = getelementptr inbounds i8, i8* %139, i64 103817216
  %layer.1.ffn.layernorm = bitcast i8* %140 to float*
  %141 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8, i8* %142, i64 152051712
  %bert.encoder.layer.2.attention.self.query.weight = bitcast i8* %143 to float*
  %144 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %145 = load i8*, i8** %144, align 8
  %146 = getelementptr inbounds i8, i8* %145, i64 110108672
  %layer.2.attention.query = bitcast i8* %146 to float*
  %147 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %148 = load i8*, i8** %147, align 8
  %149 = getelementptr inbounds i8, i8* %148, i64 154411008
  %bert.encoder.layer.2.attention.self.query.bias = bitcast i8* %149 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 86, %bertrt_gemm* @train_s128_v0__k026_layer_2_attention_query_matmul.gemm, float* %layer.1.ffn.layernorm, float* %bert.encoder.layer.2.attention.self.query.weight, float* %layer.2.attention.query, float* %bert.encoder.layer.2.attention.self.query.bias)
  %150 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 103817216
  %layer.1.ffn.layernorm7 = bitcast i8* %152 to float*
  %153 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %154 = load i8*, i8** %153, align 8
  %155 = getelementptr inbounds i8, i8* %154, i64 154414080
  %bert.encoder.layer.2.attention.self.key.weight = bitcast i8* %155 to float*
  %156 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %157 = load i8*, i8** %156, align 8
  %158 = getelementptr inbounds i8, i8* %157, i64 113254400
  %layer.2.attention.key = bitcast i8* %158 to float*
  %159 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8, i8* %160, i64 156773376
  %bert.encoder.layer.2.attention.self.key.bias = bitcast i8* %161 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 87, %bertrt_gemm* @train_s128_v0__k027_layer_2_attention_key_matmul.gemm, float* %layer.1.ffn.layernorm7, float* %bert.encoder.layer.2.attention.self.key.weight, float* %layer.2.attention.key, float* %bert.encoder.layer.2.attention.self.key.bias)
  %162 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %163 = load i8*, i8** %162, align 8
  %164 = getelementptr inbounds i8, i8* %163, i64 103817216
  %layer.1.ffn.layernorm8 = bitcast i8* %164 to float*
  %165 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %166 = load i8*, i8** %165, align 8
  %167 = getelementptr inbounds i8, i8* %166, i64 156776448
  %bert.encoder.layer.2.attention.self.value.weight = bitcast i8* %167 to float*
  %168 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8, i8* %169, i64 116400128
  %layer.2.attention.value = bitcast i8* %170 to float*
  %171 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %172 = load i8*, i8** %171, align 8
  %173 = getelementptr inbounds i8, i8* %172, i64 159135744
  %bert.encoder.layer.2.attention.self.value.bias = bitcast i8* %173 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 88, %bertrt_gemm* @train_s128_v0__k028_layer_2_attention_value_matmul.gemm, float* %layer.1.ffn.layernorm8, float* %bert.encoder.layer.2.attention.self.value.weight, float* %layer.2.attention.value, float* %bert.encoder.layer.2.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k029_layer_2_attention_context_forward.launch)
  %174 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 119545856
  %layer.2.attention.context = bitcast i8* %176 to float*
  %177 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %178 = load i8*, i8** %177, align 8
  %179 = getelementptr inbounds i8, i8* %178, i64 159138816
  %bert.encoder.layer.2.attention.output.dense.weight = bitcast i8* %179 to float*
  %180 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %181 = load i8*, i8** %180, align 8
  %182 = getelementptr inbounds i8, i8* %181, i64 122691584
  %layer.2.attention.output = bitcast i8* %182 to float*
  %183 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 161498112
  %bert.encoder.layer.2.attention.output.dense.bias = bitcast i8* %185 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 89, %bertrt_gemm* @train_s128_v0__k030_layer_2_attention_output_matmul.gemm, float* %layer.2.attention.context, float* %bert.encoder.layer.2.attention.output.dense.weight, float* %layer.2.attention.output, float* %bert.encoder.layer.2.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k031_layer_2_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k032_layer_2_attention_layernorm.launch)
  %186 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8, i8* %187, i64 122691584
  %layer.2.attention.layernorm = bitcast i8* %188 to float*
  %189 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 161507328
  %bert.encoder.layer.2.intermediate.dense.weight = bitcast i8* %191 to float*
  %192 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 141565952
  %layer.2.ffn.gelu = bitcast i8* %194 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 90, %bertrt_gemm* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.gemm, float* %layer.2.attention.layernorm, float* %bert.encoder.layer.2.intermediate.dense.weight, float* %layer.2.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k033_layer_2_ffn_intermediate_matmul.launch)
  %195 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %196 = load i8*, i8** %195, align 8
  %197 = getelementptr inbounds i8, i8* %196, i64 141565952
  %layer.2.ffn.gelu9 = bitcast i8* %197 to float*
  %198 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 170956800
  %bert.encoder.layer.2.output.dense.weight = bitcast i8* %200 to float*
  %201 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8, i8* %202, i64 154148864
  %layer.2.ffn.output = bitcast i8* %203 to float*
  %204 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 180393984
  %bert.encoder.layer.2.output.dense.bias = bitcast i8* %206 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 91, %bertrt_gemm* @train_s128_v0__k034_layer_2_ffn_output_matmul.gemm, float* %layer.2.ffn.gelu9, float* %bert.encoder.layer.2.output.dense.weight, float* %layer.2.ffn.output, float* %bert.encoder.layer.2.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k035_layer_2_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k036_layer_2_ffn_layernorm.launch)
  %207 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 154148864
  %layer.2.ffn.layernorm = bitcast i8* %209 to float*
  %210 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %211 = load i8*, i8** %210, align 8
  %212 = getelementptr inbounds i8, i8* %211, i64 180403200
  %bert.encoder.layer.3.attention.self.query.weight = bitcast i8* %212 to float*
  %213 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %214 = load i8*, i8** %213, align 8
  %215 = getelementptr inbounds i8, i8* %214, i64 160440320
  %layer.3.attention.query = bitcast i8* %215 to float*
  %216 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 182762496
  %bert.encoder.layer.3.attention.self.query.bias = bitcast i8* %218 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 92, %bertrt_gemm* @train_s128_v0__k037_layer_3_attention_query_matmul.gemm, float* %layer.2.ffn.layernorm, float* %bert.encoder.layer.3.attention.self.query.weight, float* %layer.3.attention.query, float* %bert.encoder.layer.3.attention.self.query.bias)
  %219 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 154148864
  %layer.2.ffn.layernorm10 = bitcast i8* %221 to float*
  %222 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %223 = load i8*, i8** %222, align 8
  %224 = getelementptr inbounds i8, i8* %223, i64 182765568
  %bert.encoder.layer.3.attention.self.key.weight = bitcast i8* %224 to float*
  %225 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %226 = load i8*, i8** %225, align 8
  %227 = getelementptr inbounds i8, i8* %226, i64 163586048
  %layer.3.attention.key = bitcast i8* %227 to float*
  %228 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %229 = load i8*, i8** %228, align 8
  %230 = getelementptr inbounds i8, i8* %229, i64 185124864
  %bert.encoder.layer.3.attention.self.key.bias = bitcast i8* %230 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 93, %bertrt_gemm* @train_s128_v0__k038_layer_3_attention_key_matmul.gemm, float* %layer.2.ffn.layernorm10, float* %bert.encoder.layer.3.attention.self.key.weight, float* %layer.3.attention.key, float* %bert.encoder.layer.3.attention.self.key.bias)
  %231 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %232 = load i8*, i8** %231, align 8
  %233 = getelementptr inbounds i8, i8* %232, i64 154148864
  %layer.2.ffn.layernorm11 = bitcast i8* %233 to float*
  %234 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %235 = load i8*, i8** %234, align 8
  %236 = getelementptr inbounds i8, i8* %235, i64 185127936
  %bert.encoder.layer.3.attention.self.value.weight = bitcast i8* %236 to float*
  %237 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %238 = load i8*, i8** %237, align 8
  %239 = getelementptr inbounds i8, i8* %238, i64 166731776
  %layer.3.attention.value = bitcast i8* %239 to float*
  %240 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %241 = load i8*, i8** %240, align 8
  %242 = getelementptr inbounds i8, i8* %241, i64 187487232
  %bert.encoder.layer.3.attention.self.value.bias = bitcast i8* %242 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 94, %bertrt_gemm* @train_s128_v0__k039_layer_3_attention_value_matmul.gemm, float* %layer.2.ffn.layernorm11, float* %bert.encoder.layer.3.attention.self.value.weight, float* %layer.3.attention.value, float* %bert.encoder.layer.3.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k040_layer_3_attention_context_forward.launch)
  %243 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %244 = load i8*, i8** %243, align 8
  %245 = getelementptr inbounds i8, i8* %244, i64 169877504
  %layer.3.attention.context = bitcast i8* %245 to float*
  %246 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %247 = load i8*, i8** %246, align 8
  %248 = getelementptr inbounds i8, i8* %247, i64 187490304
  %bert.encoder.layer.3.attention.output.dense.weight = bitcast i8* %248 to float*
  %249 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %250 = load i8*, i8** %249, align 8
  %251 = getelementptr inbounds i8, i8* %250, i64 173023232
  %layer.3.attention.output = bitcast i8* %251 to float*
  %252 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 189849600
  %bert.encoder.layer.3.attention.output.dense.bias = bitcast i8* %254 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 95, %bertrt_gemm* @train_s128_v0__k041_layer_3_attention_output_matmul.gemm, float* %layer.3.attention.context, float* %bert.encoder.layer.3.attention.output.dense.weight, float* %layer.3.attention.output, float* %bert.encoder.layer.3.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k042_layer_3_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k043_layer_3_attention_layernorm.launch)
  %255 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %256 = load i8*, i8** %255, align 8
  %257 = getelementptr inbounds i8, i8* %256, i64 173023232
  %layer.3.attention.layernorm = bitcast i8* %257 to float*
  %258 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %259 = load i8*, i8** %258, align 8
  %260 = getelementptr inbounds i8, i8* %259, i64 189858816
  %bert.encoder.layer.3.intermediate.dense.weight = bitcast i8* %260 to float*
  %261 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %262 = load i8*, i8** %261, align 8
  %263 = getelementptr inbounds i8, i8* %262, i64 191897600
  %layer.3.ffn.gelu = bitcast i8* %263 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 96, %bertrt_gemm* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.gemm, float* %layer.3.attention.layernorm, float* %bert.encoder.layer.3.intermediate.dense.weight, float* %layer.3.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k044_layer_3_ffn_intermediate_matmul.launch)
  %264 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8, i8* %265, i64 191897600
  %layer.3.ffn.gelu12 = bitcast i8* %266 to float*
  %267 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %268 = load i8*, i8** %267, align 8
  %269 = getelementptr inbounds i8, i8* %268, i64 199308288
  %bert.encoder.layer.3.output.dense.weight = bitcast i8* %269 to float*
  %270 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %271 = load i8*, i8** %270, align 8
  %272 = getelementptr inbounds i8, i8* %271, i64 204480512
  %layer.3.ffn.output = bitcast i8* %272 to float*
  %273 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %274 = load i8*, i8** %273, align 8
  %275 = getelementptr inbounds i8, i8* %274, i64 208745472
  %bert.encoder.layer.3.output.dense.bias = bitcast i8* %275 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 97, %bertrt_gemm* @train_s128_v0__k045_layer_3_ffn_output_matmul.gemm, float* %layer.3.ffn.gelu12, float* %bert.encoder.layer.3.output.dense.weight, float* %layer.3.ffn.output, float* %bert.encoder.layer.3.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k046_layer_3_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k047_layer_3_ffn_layernorm.launch)
  %276 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %277 = load i8*, i8** %276, align 8
  %278 = getelementptr inbounds i8, i8* %277, i64 204480512
  %layer.3.ffn.layernorm = bitcast i8* %278 to float*
  %279 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %280 = load i8*, i8** %279, align 8
  %281 = getelementptr inbounds i8, i8* %280, i64 208754688
  %bert.encoder.layer.4.attention.self.query.weight = bitcast i8* %281 to float*
  %282 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %283 = load i8*, i8** %282, align 8
  %284 = getelementptr inbounds i8, i8* %283, i64 210771968
  %layer.4.attention.query = bitcast i8* %284 to float*
  %285 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 211113984
  %bert.encoder.layer.4.attention.self.query.bias = bitcast i8* %287 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 98, %bertrt_gemm* @train_s128_v0__k048_layer_4_attention_query_matmul.gemm, float* %layer.3.ffn.layernorm, float* %bert.encoder.layer.4.attention.self.query.weight, float* %layer.4.attention.query, float* %bert.encoder.layer.4.attention.self.query.bias)
  %288 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %289 = load i8*, i8** %288, align 8
  %290 = getelementptr inbounds i8, i8* %289, i64 204480512
  %layer.3.ffn.layernorm13 = bitcast i8* %290 to float*
  %291 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 211117056
  %bert.encoder.layer.4.attention.self.key.weight = bitcast i8* %293 to float*
  %294 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8, i8* %295, i64 213917696
  %layer.4.attention.key = bitcast i8* %296 to float*
  %297 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 213476352
  %bert.encoder.layer.4.attention.self.key.bias = bitcast i8* %299 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 99, %bertrt_gemm* @train_s128_v0__k049_layer_4_attention_key_matmul.gemm, float* %layer.3.ffn.layernorm13, float* %bert.encoder.layer.4.attention.self.key.weight, float* %layer.4.attention.key, float* %bert.encoder.layer.4.attention.self.key.bias)
  %300 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8, i8* %301, i64 204480512
  %layer.3.ffn.layernorm14 = bitcast i8* %302 to float*
  %303 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %304 = load i8*, i8** %303, align 8
  %305 = getelementptr inbounds i8, i8* %304, i64 213479424
  %bert.encoder.layer.4.attention.self.value.weight = bitcast i8* %305 to float*
  %306 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 217063424
  %layer.4.attention.value = bitcast i8* %308 to float*
  %309 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %310 = load i8*, i8** %309, align 8
  %311 = getelementptr inbounds i8, i8* %310, i64 215838720
  %bert.encoder.layer.4.attention.self.value.bias = bitcast i8* %311 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 100, %bertrt_gemm* @train_s128_v0__k050_layer_4_attention_value_matmul.gemm, float* %layer.3.ffn.layernorm14, float* %bert.encoder.layer.4.attention.self.value.weight, float* %layer.4.attention.value, float* %bert.encoder.layer.4.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k051_layer_4_attention_context_forward.launch)
  %312 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 220209152
  %layer.4.attention.context = bitcast i8* %314 to float*
  %315 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %316 = load i8*, i8** %315, align 8
  %317 = getelementptr inbounds i8, i8* %316, i64 215841792
  %bert.encoder.layer.4.attention.output.dense.weight = bitcast i8* %317 to float*
  %318 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %319 = load i8*, i8** %318, align 8
  %320 = getelementptr inbounds i8, i8* %319, i64 223354880
  %layer.4.attention.output = bitcast i8* %320 to float*
  %321 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %322 = load i8*, i8** %321, align 8
  %323 = getelementptr inbounds i8, i8* %322, i64 218201088
  %bert.encoder.layer.4.attention.output.dense.bias = bitcast i8* %323 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 101, %bertrt_gemm* @train_s128_v0__k052_layer_4_attention_output_matmul.gemm, float* %layer.4.attention.context, float* %bert.encoder.layer.4.attention.output.dense.weight, float* %layer.4.attention.output, float* %bert.encoder.layer.4.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k053_layer_4_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k054_layer_4_attention_layernorm.launch)
  %324 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %325 = load i8*, i8** %324, align 8
  %326 = getelementptr inbounds i8, i8* %325, i64 223354880
  %layer.4.attention.layernorm = bitcast i8* %326 to float*
  %327 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %328 = load i8*, i8** %327, align 8
  %329 = getelementptr inbounds i8, i8* %328, i64 218210304
  %bert.encoder.layer.4.intermediate.dense.weight = bitcast i8* %329 to float*
  %330 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %331 = load i8*, i8** %330, align 8
  %332 = getelementptr inbounds i8, i8* %331, i64 242229248
  %layer.4.ffn.gelu = bitcast i8* %332 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 102, %bertrt_gemm* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.gemm, float* %layer.4.attention.layernorm, float* %bert.encoder.layer.4.intermediate.dense.weight, float* %layer.4.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k055_layer_4_ffn_intermediate_matmul.launch)
  %333 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %334 = load i8*, i8** %333, align 8
  %335 = getelementptr inbounds i8, i8* %334, i64 242229248
  %layer.4.ffn.gelu15 = bitcast i8* %335 to float*
  %336 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %337 = load i8*, i8** %336, align 8
  %338 = getelementptr inbounds i8, i8* %337, i64 227659776
  %bert.encoder.layer.4.output.dense.weight = bitcast i8* %338 to float*
  %339 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %340 = load i8*, i8** %339, align 8
  %341 = getelementptr inbounds i8, i8* %340, i64 254812160
  %layer.4.ffn.output = bitcast i8* %341 to float*
  %342 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %343 = load i8*, i8** %342, align 8
  %344 = getelementptr inbounds i8, i8* %343, i64 237096960
  %bert.encoder.layer.4.output.dense.bias = bitcast i8* %344 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 103, %bertrt_gemm* @train_s128_v0__k056_layer_4_ffn_output_matmul.gemm, float* %layer.4.ffn.gelu15, float* %bert.encoder.layer.4.output.dense.weight, float* %layer.4.ffn.output, float* %bert.encoder.layer.4.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k057_layer_4_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k058_layer_4_ffn_layernorm.launch)
  %345 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %346 = load i8*, i8** %345, align 8
  %347 = getelementptr inbounds i8, i8* %346, i64 254812160
  %layer.4.ffn.layernorm = bitcast i8* %347 to float*
  %348 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %349 = load i8*, i8** %348, align 8
  %350 = getelementptr inbounds i8, i8* %349, i64 237106176
  %bert.encoder.layer.5.attention.self.query.weight = bitcast i8* %350 to float*
  %351 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %352 = load i8*, i8** %351, align 8
  %353 = getelementptr inbounds i8, i8* %352, i64 261103616
  %layer.5.attention.query = bitcast i8* %353 to float*
  %354 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %355 = load i8*, i8** %354, align 8
  %356 = getelementptr inbounds i8, i8* %355, i64 239465472
  %bert.encoder.layer.5.attention.self.query.bias = bitcast i8* %356 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 104, %bertrt_gemm* @train_s128_v0__k059_layer_5_attention_query_matmul.gemm, float* %layer.4.ffn.layernorm, float* %bert.encoder.layer.5.attention.self.query.weight, float* %layer.5.attention.query, float* %bert.encoder.layer.5.attention.self.query.bias)
  %357 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %358 = load i8*, i8** %357, align 8
  %359 = getelementptr inbounds i8, i8* %358, i64 254812160
  %layer.4.ffn.layernorm16 = bitcast i8* %359 to float*
  %360 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %361 = load i8*, i8** %360, align 8
  %362 = getelementptr inbounds i8, i8* %361, i64 239468544
  %bert.encoder.layer.5.attention.self.key.weight = bitcast i8* %362 to float*
  %363 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %364 = load i8*, i8** %363, align 8
  %365 = getelementptr inbounds i8, i8* %364, i64 264249344
  %layer.5.attention.key = bitcast i8* %365 to float*
  %366 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %367 = load i8*, i8** %366, align 8
  %368 = getelementptr inbounds i8, i8* %367, i64 241827840
  %bert.encoder.layer.5.attention.self.key.bias = bitcast i8* %368 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 105, %bertrt_gemm* @train_s128_v0__k060_layer_5_attention_key_matmul.gemm, float* %layer.4.ffn.layernorm16, float* %bert.encoder.layer.5.attention.self.key.weight, float* %layer.5.attention.key, float* %bert.encoder.layer.5.attention.self.key.bias)
  %369 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %370 = load i8*, i8** %369, align 8
  %371 = getelementptr inbounds i8, i8* %370, i64 254812160
  %layer.4.ffn.layernorm17 = bitcast i8* %371 to float*
  %372 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %373 = load i8*, i8** %372, align 8
  %374 = getelementptr inbounds i8, i8* %373, i64 241830912
  %bert.encoder.layer.5.attention.self.value.weight = bitcast i8* %374 to float*
  %375 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 267395072
  %layer.5.attention.value = bitcast i8* %377 to float*
  %378 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 244190208
  %bert.encoder.layer.5.attention.self.value.bias = bitcast i8* %380 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 106, %bertrt_gemm* @train_s128_v0__k061_layer_5_attention_value_matmul.gemm, float* %layer.4.ffn.layernorm17, float* %bert.encoder.layer.5.attention.self.value.weight, float* %layer.5.attention.value, float* %bert.encoder.layer.5.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k062_layer_5_attention_context_forward.launch)
  %381 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %382 = load i8*, i8** %381, align 8
  %383 = getelementptr inbounds i8, i8* %382, i64 270540800
  %layer.5.attention.context = bitcast i8* %383 to float*
  %384 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %385 = load i8*, i8** %384, align 8
  %386 = getelementptr inbounds i8, i8* %385, i64 244193280
  %bert.encoder.layer.5.attention.output.dense.weight = bitcast i8* %386 to float*
  %387 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 273686528
  %layer.5.attention.output = bitcast i8* %389 to float*
  %390 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %391 = load i8*, i8** %390, align 8
  %392 = getelementptr inbounds i8, i8* %391, i64 246552576
  %bert.encoder.layer.5.attention.output.dense.bias = bitcast i8* %392 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 107, %bertrt_gemm* @train_s128_v0__k063_layer_5_attention_output_matmul.gemm, float* %layer.5.attention.context, float* %bert.encoder.layer.5.attention.output.dense.weight, float* %layer.5.attention.output, float* %bert.encoder.layer.5.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k064_layer_5_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k065_layer_5_attention_layernorm.launch)
  %393 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %394 = load i8*, i8** %393, align 8
  %395 = getelementptr inbounds i8, i8* %394, i64 273686528
  %layer.5.attention.layernorm = bitcast i8* %395 to float*
  %396 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 246561792
  %bert.encoder.layer.5.intermediate.dense.weight = bitcast i8* %398 to float*
  %399 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %400 = load i8*, i8** %399, align 8
  %401 = getelementptr inbounds i8, i8* %400, i64 292560896
  %layer.5.ffn.gelu = bitcast i8* %401 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 108, %bertrt_gemm* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.gemm, float* %layer.5.attention.layernorm, float* %bert.encoder.layer.5.intermediate.dense.weight, float* %layer.5.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k066_layer_5_ffn_intermediate_matmul.launch)
  %402 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %403 = load i8*, i8** %402, align 8
  %404 = getelementptr inbounds i8, i8* %403, i64 292560896
  %layer.5.ffn.gelu18 = bitcast i8* %404 to float*
  %405 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 256011264
  %bert.encoder.layer.5.output.dense.weight = bitcast i8* %407 to float*
  %408 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %409 = load i8*, i8** %408, align 8
  %410 = getelementptr inbounds i8, i8* %409, i64 305143808
  %layer.5.ffn.output = bitcast i8* %410 to float*
  %411 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %412 = load i8*, i8** %411, align 8
  %413 = getelementptr inbounds i8, i8* %412, i64 265448448
  %bert.encoder.layer.5.output.dense.bias = bitcast i8* %413 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 109, %bertrt_gemm* @train_s128_v0__k067_layer_5_ffn_output_matmul.gemm, float* %layer.5.ffn.gelu18, float* %bert.encoder.layer.5.output.dense.weight, float* %layer.5.ffn.output, float* %bert.encoder.layer.5.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k068_layer_5_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k069_layer_5_ffn_layernorm.launch)
  %414 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8, i8* %415, i64 305143808
  %layer.5.ffn.layernorm = bitcast i8* %416 to float*
  %417 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %418 = load i8*, i8** %417, align 8
  %419 = getelementptr inbounds i8, i8* %418, i64 265457664
  %bert.encoder.layer.6.attention.self.query.weight = bitcast i8* %419 to float*
  %420 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %421 = load i8*, i8** %420, align 8
  %422 = getelementptr inbounds i8, i8* %421, i64 311435264
  %layer.6.attention.query = bitcast i8* %422 to float*
  %423 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 267816960
  %bert.encoder.layer.6.attention.self.query.bias = bitcast i8* %425 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 110, %bertrt_gemm* @train_s128_v0__k070_layer_6_attention_query_matmul.gemm, float* %layer.5.ffn.layernorm, float* %bert.encoder.layer.6.attention.self.query.weight, float* %layer.6.attention.query, float* %bert.encoder.layer.6.attention.self.query.bias)
  %426 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %427 = load i8*, i8** %426, align 8
  %428 = getelementptr inbounds i8, i8* %427, i64 305143808
  %layer.5.ffn.layernorm19 = bitcast i8* %428 to float*
  %429 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %430 = load i8*, i8** %429, align 8
  %431 = getelementptr inbounds i8, i8* %430, i64 267820032
  %bert.encoder.layer.6.attention.self.key.weight = bitcast i8* %431 to float*
  %432 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 314580992
  %layer.6.attention.key = bitcast i8* %434 to float*
  %435 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %436 = load i8*, i8** %435, align 8
  %437 = getelementptr inbounds i8, i8* %436, i64 270179328
  %bert.encoder.layer.6.attention.self.key.bias = bitcast i8* %437 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 111, %bertrt_gemm* @train_s128_v0__k071_layer_6_attention_key_matmul.gemm, float* %layer.5.ffn.layernorm19, float* %bert.encoder.layer.6.attention.self.key.weight, float* %layer.6.attention.key, float* %bert.encoder.layer.6.attention.self.key.bias)
  %438 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %439 = load i8*, i8** %438, align 8
  %440 = getelementptr inbounds i8, i8* %439, i64 305143808
  %layer.5.ffn.layernorm20 = bitcast i8* %440 to float*
  %441 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8, i8* %442, i64 270182400
  %bert.encoder.layer.6.attention.self.value.weight = bitcast i8* %443 to float*
  %444 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8, i8* %445, i64 317726720
  %layer.6.attention.value = bitcast i8* %446 to float*
  %447 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8, i8* %448, i64 272541696
  %bert.encoder.layer.6.attention.self.value.bias = bitcast i8* %449 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 112, %bertrt_gemm* @train_s128_v0__k072_layer_6_attention_value_matmul.gemm, float* %layer.5.ffn.layernorm20, float* %bert.encoder.layer.6.attention.self.value.weight, float* %layer.6.attention.value, float* %bert.encoder.layer.6.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k073_layer_6_attention_context_forward.launch)
  %450 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 320872448
  %layer.6.attention.context = bitcast i8* %452 to float*
  %453 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %454 = load i8*, i8** %453, align 8
  %455 = getelementptr inbounds i8, i8* %454, i64 272544768
  %bert.encoder.layer.6.attention.output.dense.weight = bitcast i8* %455 to float*
  %456 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %457 = load i8*, i8** %456, align 8
  %458 = getelementptr inbounds i8, i8* %457, i64 324018176
  %layer.6.attention.output = bitcast i8* %458 to float*
  %459 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 274904064
  %bert.encoder.layer.6.attention.output.dense.bias = bitcast i8* %461 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 113, %bertrt_gemm* @train_s128_v0__k074_layer_6_attention_output_matmul.gemm, float* %layer.6.attention.context, float* %bert.encoder.layer.6.attention.output.dense.weight, float* %layer.6.attention.output, float* %bert.encoder.layer.6.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k075_layer_6_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k076_layer_6_attention_layernorm.launch)
  %462 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %463 = load i8*, i8** %462, align 8
  %464 = getelementptr inbounds i8, i8* %463, i64 324018176
  %layer.6.attention.layernorm = bitcast i8* %464 to float*
  %465 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %466 = load i8*, i8** %465, align 8
  %467 = getelementptr inbounds i8, i8* %466, i64 274913280
  %bert.encoder.layer.6.intermediate.dense.weight = bitcast i8* %467 to float*
  %468 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 342892544
  %layer.6.ffn.gelu = bitcast i8* %470 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 114, %bertrt_gemm* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.gemm, float* %layer.6.attention.layernorm, float* %bert.encoder.layer.6.intermediate.dense.weight, float* %layer.6.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k077_layer_6_ffn_intermediate_matmul.launch)
  %471 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %472 = load i8*, i8** %471, align 8
  %473 = getelementptr inbounds i8, i8* %472, i64 342892544
  %layer.6.ffn.gelu21 = bitcast i8* %473 to float*
  %474 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %475 = load i8*, i8** %474, align 8
  %476 = getelementptr inbounds i8, i8* %475, i64 284362752
  %bert.encoder.layer.6.output.dense.weight = bitcast i8* %476 to float*
  %477 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8, i8* %478, i64 355475456
  %layer.6.ffn.output = bitcast i8* %479 to float*
  %480 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %481 = load i8*, i8** %480, align 8
  %482 = getelementptr inbounds i8, i8* %481, i64 293799936
  %bert.encoder.layer.6.output.dense.bias = bitcast i8* %482 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 115, %bertrt_gemm* @train_s128_v0__k078_layer_6_ffn_output_matmul.gemm, float* %layer.6.ffn.gelu21, float* %bert.encoder.layer.6.output.dense.weight, float* %layer.6.ffn.output, float* %bert.encoder.layer.6.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k079_layer_6_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k080_layer_6_ffn_layernorm.launch)
  %483 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %484 = load i8*, i8** %483, align 8
  %485 = getelementptr inbounds i8, i8* %484, i64 355475456
  %layer.6.ffn.layernorm = bitcast i8* %485 to float*
  %486 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %487 = load i8*, i8** %486, align 8
  %488 = getelementptr inbounds i8, i8* %487, i64 293809152
  %bert.encoder.layer.7.attention.self.query.weight = bitcast i8* %488 to float*
  %489 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %490 = load i8*, i8** %489, align 8
  %491 = getelementptr inbounds i8, i8* %490, i64 361766912
  %layer.7.attention.query = bitcast i8* %491 to float*
  %492 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %493 = load i8*, i8** %492, align 8
  %494 = getelementptr inbounds i8, i8* %493, i64 296168448
  %bert.encoder.layer.7.attention.self.query.bias = bitcast i8* %494 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 116, %bertrt_gemm* @train_s128_v0__k081_layer_7_attention_query_matmul.gemm, float* %layer.6.ffn.layernorm, float* %bert.encoder.layer.7.attention.self.query.weight, float* %layer.7.attention.query, float* %bert.encoder.layer.7.attention.self.query.bias)
  %495 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %496 = load i8*, i8** %495, align 8
  %497 = getelementptr inbounds i8, i8* %496, i64 355475456
  %layer.6.ffn.layernorm22 = bitcast i8* %497 to float*
  %498 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %499 = load i8*, i8** %498, align 8
  %500 = getelementptr inbounds i8, i8* %499, i64 296171520
  %bert.encoder.layer.7.attention.self.key.weight = bitcast i8* %500 to float*
  %501 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %502 = load i8*, i8** %501, align 8
  %503 = getelementptr inbounds i8, i8* %502, i64 364912640
  %layer.7.attention.key = bitcast i8* %503 to float*
  %504 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 298530816
  %bert.encoder.layer.7.attention.self.key.bias = bitcast i8* %506 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 117, %bertrt_gemm* @train_s128_v0__k082_layer_7_attention_key_matmul.gemm, float* %layer.6.ffn.layernorm22, float* %bert.encoder.layer.7.attention.self.key.weight, float* %layer.7.attention.key, float* %bert.encoder.layer.7.attention.self.key.bias)
  %507 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %508 = load i8*, i8** %507, align 8
  %509 = getelementptr inbounds i8, i8* %508, i64 355475456
  %layer.6.ffn.layernorm23 = bitcast i8* %509 to float*
  %510 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %511 = load i8*, i8** %510, align 8
  %512 = getelementptr inbounds i8, i8* %511, i64 298533888
  %bert.encoder.layer.7.attention.self.value.weight = bitcast i8* %512 to float*
  %513 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 368058368
  %layer.7.attention.value = bitcast i8* %515 to float*
  %516 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %517 = load i8*, i8** %516, align 8
  %518 = getelementptr inbounds i8, i8* %517, i64 300893184
  %bert.encoder.layer.7.attention.self.value.bias = bitcast i8* %518 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 118, %bertrt_gemm* @train_s128_v0__k083_layer_7_attention_value_matmul.gemm, float* %layer.6.ffn.layernorm23, float* %bert.encoder.layer.7.attention.self.value.weight, float* %layer.7.attention.value, float* %bert.encoder.layer.7.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k084_layer_7_attention_context_forward.launch)
  %519 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %520 = load i8*, i8** %519, align 8
  %521 = getelementptr inbounds i8, i8* %520, i64 371204096
  %layer.7.attention.context = bitcast i8* %521 to float*
  %522 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %523 = load i8*, i8** %522, align 8
  %524 = getelementptr inbounds i8, i8* %523, i64 300896256
  %bert.encoder.layer.7.attention.output.dense.weight = bitcast i8* %524 to float*
  %525 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %526 = load i8*, i8** %525, align 8
  %527 = getelementptr inbounds i8, i8* %526, i64 374349824
  %layer.7.attention.output = bitcast i8* %527 to float*
  %528 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %529 = load i8*, i8** %528, align 8
  %530 = getelementptr inbounds i8, i8* %529, i64 303255552
  %bert.encoder.layer.7.attention.output.dense.bias = bitcast i8* %530 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 119, %bertrt_gemm* @train_s128_v0__k085_layer_7_attention_output_matmul.gemm, float* %layer.7.attention.context, float* %bert.encoder.layer.7.attention.output.dense.weight, float* %layer.7.attention.output, float* %bert.encoder.layer.7.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k086_layer_7_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k087_layer_7_attention_layernorm.launch)
  %531 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %532 = load i8*, i8** %531, align 8
  %533 = getelementptr inbounds i8, i8* %532, i64 374349824
  %layer.7.attention.layernorm = bitcast i8* %533 to float*
  %534 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 303264768
  %bert.encoder.layer.7.intermediate.dense.weight = bitcast i8* %536 to float*
  %537 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %538 = load i8*, i8** %537, align 8
  %539 = getelementptr inbounds i8, i8* %538, i64 393224192
  %layer.7.ffn.gelu = bitcast i8* %539 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 120, %bertrt_gemm* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.gemm, float* %layer.7.attention.layernorm, float* %bert.encoder.layer.7.intermediate.dense.weight, float* %layer.7.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k088_layer_7_ffn_intermediate_matmul.launch)
  %540 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %541 = load i8*, i8** %540, align 8
  %542 = getelementptr inbounds i8, i8* %541, i64 393224192
  %layer.7.ffn.gelu24 = bitcast i8* %542 to float*
  %543 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 312714240
  %bert.encoder.layer.7.output.dense.weight = bitcast i8* %545 to float*
  %546 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %547 = load i8*, i8** %546, align 8
  %548 = getelementptr inbounds i8, i8* %547, i64 405807104
  %layer.7.ffn.output = bitcast i8* %548 to float*
  %549 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 322151424
  %bert.encoder.layer.7.output.dense.bias = bitcast i8* %551 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 121, %bertrt_gemm* @train_s128_v0__k089_layer_7_ffn_output_matmul.gemm, float* %layer.7.ffn.gelu24, float* %bert.encoder.layer.7.output.dense.weight, float* %layer.7.ffn.output, float* %bert.encoder.layer.7.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k090_layer_7_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k091_layer_7_ffn_layernorm.launch)
  %552 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8, i8* %553, i64 405807104
  %layer.7.ffn.layernorm = bitcast i8* %554 to float*
  %555 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %556 = load i8*, i8** %555, align 8
  %557 = getelementptr inbounds i8, i8* %556, i64 322160640
  %bert.encoder.layer.8.attention.self.query.weight = bitcast i8* %557 to float*
  %558 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %559 = load i8*, i8** %558, align 8
  %560 = getelementptr inbounds i8, i8* %559, i64 412098560
  %layer.8.attention.query = bitcast i8* %560 to float*
  %561 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %562 = load i8*, i8** %561, align 8
  %563 = getelementptr inbounds i8, i8* %562, i64 324519936
  %bert.encoder.layer.8.attention.self.query.bias = bitcast i8* %563 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 122, %bertrt_gemm* @train_s128_v0__k092_layer_8_attention_query_matmul.gemm, float* %layer.7.ffn.layernorm, float* %bert.encoder.layer.8.attention.self.query.weight, float* %layer.8.attention.query, float* %bert.encoder.layer.8.attention.self.query.bias)
  %564 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %565 = load i8*, i8** %564, align 8
  %566 = getelementptr inbounds i8, i8* %565, i64 405807104
  %layer.7.ffn.layernorm25 = bitcast i8* %566 to float*
  %567 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8, i8* %568, i64 324523008
  %bert.encoder.layer.8.attention.self.key.weight = bitcast i8* %569 to float*
  %570 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 415244288
  %layer.8.attention.key = bitcast i8* %572 to float*
  %573 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %574 = load i8*, i8** %573, align 8
  %575 = getelementptr inbounds i8, i8* %574, i64 326882304
  %bert.encoder.layer.8.attention.self.key.bias = bitcast i8* %575 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 123, %bertrt_gemm* @train_s128_v0__k093_layer_8_attention_key_matmul.gemm, float* %layer.7.ffn.layernorm25, float* %bert.encoder.layer.8.attention.self.key.weight, float* %layer.8.attention.key, float* %bert.encoder.layer.8.attention.self.key.bias)
  %576 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %577 = load i8*, i8** %576, align 8
  %578 = getelementptr inbounds i8, i8* %577, i64 405807104
  %layer.7.ffn.layernorm26 = bitcast i8* %578 to float*
  %579 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %580 = load i8*, i8** %579, align 8
  %581 = getelementptr inbounds i8, i8* %580, i64 326885376
  %bert.encoder.layer.8.attention.self.value.weight = bitcast i8* %581 to float*
  %582 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %583 = load i8*, i8** %582, align 8
  %584 = getelementptr inbounds i8, i8* %583, i64 418390016
  %layer.8.attention.value = bitcast i8* %584 to float*
  %585 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %586 = load i8*, i8** %585, align 8
  %587 = getelementptr inbounds i8, i8* %586, i64 329244672
  %bert.encoder.layer.8.attention.self.value.bias = bitcast i8* %587 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 124, %bertrt_gemm* @train_s128_v0__k094_layer_8_attention_value_matmul.gemm, float* %layer.7.ffn.layernorm26, float* %bert.encoder.layer.8.attention.self.value.weight, float* %layer.8.attention.value, float* %bert.encoder.layer.8.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k095_layer_8_attention_context_forward.launch)
  %588 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 421535744
  %layer.8.attention.context = bitcast i8* %590 to float*
  %591 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %592 = load i8*, i8** %591, align 8
  %593 = getelementptr inbounds i8, i8* %592, i64 329247744
  %bert.encoder.layer.8.attention.output.dense.weight = bitcast i8* %593 to float*
  %594 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %595 = load i8*, i8** %594, align 8
  %596 = getelementptr inbounds i8, i8* %595, i64 424681472
  %layer.8.attention.output = bitcast i8* %596 to float*
  %597 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %598 = load i8*, i8** %597, align 8
  %599 = getelementptr inbounds i8, i8* %598, i64 331607040
  %bert.encoder.layer.8.attention.output.dense.bias = bitcast i8* %599 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 125, %bertrt_gemm* @train_s128_v0__k096_layer_8_attention_output_matmul.gemm, float* %layer.8.attention.context, float* %bert.encoder.layer.8.attention.output.dense.weight, float* %layer.8.attention.output, float* %bert.encoder.layer.8.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k097_layer_8_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k098_layer_8_attention_layernorm.launch)
  %600 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %601 = load i8*, i8** %600, align 8
  %602 = getelementptr inbounds i8, i8* %601, i64 424681472
  %layer.8.attention.layernorm = bitcast i8* %602 to float*
  %603 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %604 = load i8*, i8** %603, align 8
  %605 = getelementptr inbounds i8, i8* %604, i64 331616256
  %bert.encoder.layer.8.intermediate.dense.weight = bitcast i8* %605 to float*
  %606 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %607 = load i8*, i8** %606, align 8
  %608 = getelementptr inbounds i8, i8* %607, i64 443555840
  %layer.8.ffn.gelu = bitcast i8* %608 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 126, %bertrt_gemm* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.gemm, float* %layer.8.attention.layernorm, float* %bert.encoder.layer.8.intermediate.dense.weight, float* %layer.8.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k099_layer_8_ffn_intermediate_matmul.launch)
  %609 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %610 = load i8*, i8** %609, align 8
  %611 = getelementptr inbounds i8, i8* %610, i64 443555840
  %layer.8.ffn.gelu27 = bitcast i8* %611 to float*
  %612 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %613 = load i8*, i8** %612, align 8
  %614 = getelementptr inbounds i8, i8* %613, i64 341065728
  %bert.encoder.layer.8.output.dense.weight = bitcast i8* %614 to float*
  %615 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8, i8* %616, i64 456138752
  %layer.8.ffn.output = bitcast i8* %617 to float*
  %618 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %619 = load i8*, i8** %618, align 8
  %620 = getelementptr inbounds i8, i8* %619, i64 350502912
  %bert.encoder.layer.8.output.dense.bias = bitcast i8* %620 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 127, %bertrt_gemm* @train_s128_v0__k100_layer_8_ffn_output_matmul.gemm, float* %layer.8.ffn.gelu27, float* %bert.encoder.layer.8.output.dense.weight, float* %layer.8.ffn.output, float* %bert.encoder.layer.8.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k101_layer_8_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k102_layer_8_ffn_layernorm.launch)
  %621 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %622 = load i8*, i8** %621, align 8
  %623 = getelementptr inbounds i8, i8* %622, i64 456138752
  %layer.8.ffn.layernorm = bitcast i8* %623 to float*
  %624 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %625 = load i8*, i8** %624, align 8
  %626 = getelementptr inbounds i8, i8* %625, i64 350512128
  %bert.encoder.layer.9.attention.self.query.weight = bitcast i8* %626 to float*
  %627 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %628 = load i8*, i8** %627, align 8
  %629 = getelementptr inbounds i8, i8* %628, i64 462430208
  %layer.9.attention.query = bitcast i8* %629 to float*
  %630 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %631 = load i8*, i8** %630, align 8
  %632 = getelementptr inbounds i8, i8* %631, i64 352871424
  %bert.encoder.layer.9.attention.self.query.bias = bitcast i8* %632 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 128, %bertrt_gemm* @train_s128_v0__k103_layer_9_attention_query_matmul.gemm, float* %layer.8.ffn.layernorm, float* %bert.encoder.layer.9.attention.self.query.weight, float* %layer.9.attention.query, float* %bert.encoder.layer.9.attention.self.query.bias)
  %633 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %634 = load i8*, i8** %633, align 8
  %635 = getelementptr inbounds i8, i8* %634, i64 456138752
  %layer.8.ffn.layernorm28 = bitcast i8* %635 to float*
  %636 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %637 = load i8*, i8** %636, align 8
  %638 = getelementptr inbounds i8, i8* %637, i64 352874496
  %bert.encoder.layer.9.attention.self.key.weight = bitcast i8* %638 to float*
  %639 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %640 = load i8*, i8** %639, align 8
  %641 = getelementptr inbounds i8, i8* %640, i64 465575936
  %layer.9.attention.key = bitcast i8* %641 to float*
  %642 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8, i8* %643, i64 355233792
  %bert.encoder.layer.9.attention.self.key.bias = bitcast i8* %644 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 129, %bertrt_gemm* @train_s128_v0__k104_layer_9_attention_key_matmul.gemm, float* %layer.8.ffn.layernorm28, float* %bert.encoder.layer.9.attention.self.key.weight, float* %layer.9.attention.key, float* %bert.encoder.layer.9.attention.self.key.bias)
  %645 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %646 = load i8*, i8** %645, align 8
  %647 = getelementptr inbounds i8, i8* %646, i64 456138752
  %layer.8.ffn.layernorm29 = bitcast i8* %647 to float*
  %648 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %649 = load i8*, i8** %648, align 8
  %650 = getelementptr inbounds i8, i8* %649, i64 355236864
  %bert.encoder.layer.9.attention.self.value.weight = bitcast i8* %650 to float*
  %651 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %652 = load i8*, i8** %651, align 8
  %653 = getelementptr inbounds i8, i8* %652, i64 468721664
  %layer.9.attention.value = bitcast i8* %653 to float*
  %654 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %655 = load i8*, i8** %654, align 8
  %656 = getelementptr inbounds i8, i8* %655, i64 357596160
  %bert.encoder.layer.9.attention.self.value.bias = bitcast i8* %656 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 130, %bertrt_gemm* @train_s128_v0__k105_layer_9_attention_value_matmul.gemm, float* %layer.8.ffn.layernorm29, float* %bert.encoder.layer.9.attention.self.value.weight, float* %layer.9.attention.value, float* %bert.encoder.layer.9.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k106_layer_9_attention_context_forward.launch)
  %657 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %658 = load i8*, i8** %657, align 8
  %659 = getelementptr inbounds i8, i8* %658, i64 471867392
  %layer.9.attention.context = bitcast i8* %659 to float*
  %660 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %661 = load i8*, i8** %660, align 8
  %662 = getelementptr inbounds i8, i8* %661, i64 357599232
  %bert.encoder.layer.9.attention.output.dense.weight = bitcast i8* %662 to float*
  %663 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %664 = load i8*, i8** %663, align 8
  %665 = getelementptr inbounds i8, i8* %664, i64 475013120
  %layer.9.attention.output = bitcast i8* %665 to float*
  %666 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %667 = load i8*, i8** %666, align 8
  %668 = getelementptr inbounds i8, i8* %667, i64 359958528
  %bert.encoder.layer.9.attention.output.dense.bias = bitcast i8* %668 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 131, %bertrt_gemm* @train_s128_v0__k107_layer_9_attention_output_matmul.gemm, float* %layer.9.attention.context, float* %bert.encoder.layer.9.attention.output.dense.weight, float* %layer.9.attention.output, float* %bert.encoder.layer.9.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k108_layer_9_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k109_layer_9_attention_layernorm.launch)
  %669 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %670 = load i8*, i8** %669, align 8
  %671 = getelementptr inbounds i8, i8* %670, i64 475013120
  %layer.9.attention.layernorm = bitcast i8* %671 to float*
  %672 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %673 = load i8*, i8** %672, align 8
  %674 = getelementptr inbounds i8, i8* %673, i64 359967744
  %bert.encoder.layer.9.intermediate.dense.weight = bitcast i8* %674 to float*
  %675 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %676 = load i8*, i8** %675, align 8
  %677 = getelementptr inbounds i8, i8* %676, i64 493887488
  %layer.9.ffn.gelu = bitcast i8* %677 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 132, %bertrt_gemm* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.gemm, float* %layer.9.attention.layernorm, float* %bert.encoder.layer.9.intermediate.dense.weight, float* %layer.9.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k110_layer_9_ffn_intermediate_matmul.launch)
  %678 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %679 = load i8*, i8** %678, align 8
  %680 = getelementptr inbounds i8, i8* %679, i64 493887488
  %layer.9.ffn.gelu30 = bitcast i8* %680 to float*
  %681 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %682 = load i8*, i8** %681, align 8
  %683 = getelementptr inbounds i8, i8* %682, i64 369417216
  %bert.encoder.layer.9.output.dense.weight = bitcast i8* %683 to float*
  %684 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %685 = load i8*, i8** %684, align 8
  %686 = getelementptr inbounds i8, i8* %685, i64 506470400
  %layer.9.ffn.output = bitcast i8* %686 to float*
  %687 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %688 = load i8*, i8** %687, align 8
  %689 = getelementptr inbounds i8, i8* %688, i64 378854400
  %bert.encoder.layer.9.output.dense.bias = bitcast i8* %689 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 133, %bertrt_gemm* @train_s128_v0__k111_layer_9_ffn_output_matmul.gemm, float* %layer.9.ffn.gelu30, float* %bert.encoder.layer.9.output.dense.weight, float* %layer.9.ffn.output, float* %bert.encoder.layer.9.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k112_layer_9_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k113_layer_9_ffn_layernorm.launch)
  %690 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %691 = load i8*, i8** %690, align 8
  %692 = getelementptr inbounds i8, i8* %691, i64 506470400
  %layer.9.ffn.layernorm = bitcast i8* %692 to float*
  %693 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %694 = load i8*, i8** %693, align 8
  %695 = getelementptr inbounds i8, i8* %694, i64 378863616
  %bert.encoder.layer.10.attention.self.query.weight = bitcast i8* %695 to float*
  %696 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %697 = load i8*, i8** %696, align 8
  %698 = getelementptr inbounds i8, i8* %697, i64 512761856
  %layer.10.attention.query = bitcast i8* %698 to float*
  %699 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %700 = load i8*, i8** %699, align 8
  %701 = getelementptr inbounds i8, i8* %700, i64 381222912
  %bert.encoder.layer.10.attention.self.query.bias = bitcast i8* %701 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 134, %bertrt_gemm* @train_s128_v0__k114_layer_10_attention_query_matmul.gemm, float* %layer.9.ffn.layernorm, float* %bert.encoder.layer.10.attention.self.query.weight, float* %layer.10.attention.query, float* %bert.encoder.layer.10.attention.self.query.bias)
  %702 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %703 = load i8*, i8** %702, align 8
  %704 = getelementptr inbounds i8, i8* %703, i64 506470400
  %layer.9.ffn.layernorm31 = bitcast i8* %704 to float*
  %705 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %706 = load i8*, i8** %705, align 8
  %707 = getelementptr inbounds i8, i8* %706, i64 381225984
  %bert.encoder.layer.10.attention.self.key.weight = bitcast i8* %707 to float*
  %708 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %709 = load i8*, i8** %708, align 8
  %710 = getelementptr inbounds i8, i8* %709, i64 515907584
  %layer.10.attention.key = bitcast i8* %710 to float*
  %711 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %712 = load i8*, i8** %711, align 8
  %713 = getelementptr inbounds i8, i8* %712, i64 383585280
  %bert.encoder.layer.10.attention.self.key.bias = bitcast i8* %713 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 135, %bertrt_gemm* @train_s128_v0__k115_layer_10_attention_key_matmul.gemm, float* %layer.9.ffn.layernorm31, float* %bert.encoder.layer.10.attention.self.key.weight, float* %layer.10.attention.key, float* %bert.encoder.layer.10.attention.self.key.bias)
  %714 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %715 = load i8*, i8** %714, align 8
  %716 = getelementptr inbounds i8, i8* %715, i64 506470400
  %layer.9.ffn.layernorm32 = bitcast i8* %716 to float*
  %717 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %718 = load i8*, i8** %717, align 8
  %719 = getelementptr inbounds i8, i8* %718, i64 383588352
  %bert.encoder.layer.10.attention.self.value.weight = bitcast i8* %719 to float*
  %720 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %721 = load i8*, i8** %720, align 8
  %722 = getelementptr inbounds i8, i8* %721, i64 519053312
  %layer.10.attention.value = bitcast i8* %722 to float*
  %723 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %724 = load i8*, i8** %723, align 8
  %725 = getelementptr inbounds i8, i8* %724, i64 385947648
  %bert.encoder.layer.10.attention.self.value.bias = bitcast i8* %725 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 136, %bertrt_gemm* @train_s128_v0__k116_layer_10_attention_value_matmul.gemm, float* %layer.9.ffn.layernorm32, float* %bert.encoder.layer.10.attention.self.value.weight, float* %layer.10.attention.value, float* %bert.encoder.layer.10.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k117_layer_10_attention_context_forward.launch)
  %726 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %727 = load i8*, i8** %726, align 8
  %728 = getelementptr inbounds i8, i8* %727, i64 522199040
  %layer.10.attention.context = bitcast i8* %728 to float*
  %729 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %730 = load i8*, i8** %729, align 8
  %731 = getelementptr inbounds i8, i8* %730, i64 385950720
  %bert.encoder.layer.10.attention.output.dense.weight = bitcast i8* %731 to float*
  %732 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %733 = load i8*, i8** %732, align 8
  %734 = getelementptr inbounds i8, i8* %733, i64 525344768
  %layer.10.attention.output = bitcast i8* %734 to float*
  %735 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %736 = load i8*, i8** %735, align 8
  %737 = getelementptr inbounds i8, i8* %736, i64 388310016
  %bert.encoder.layer.10.attention.output.dense.bias = bitcast i8* %737 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 137, %bertrt_gemm* @train_s128_v0__k118_layer_10_attention_output_matmul.gemm, float* %layer.10.attention.context, float* %bert.encoder.layer.10.attention.output.dense.weight, float* %layer.10.attention.output, float* %bert.encoder.layer.10.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k119_layer_10_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k120_layer_10_attention_layernorm.launch)
  %738 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %739 = load i8*, i8** %738, align 8
  %740 = getelementptr inbounds i8, i8* %739, i64 525344768
  %layer.10.attention.layernorm = bitcast i8* %740 to float*
  %741 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %742 = load i8*, i8** %741, align 8
  %743 = getelementptr inbounds i8, i8* %742, i64 388319232
  %bert.encoder.layer.10.intermediate.dense.weight = bitcast i8* %743 to float*
  %744 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %745 = load i8*, i8** %744, align 8
  %746 = getelementptr inbounds i8, i8* %745, i64 544219136
  %layer.10.ffn.gelu = bitcast i8* %746 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 138, %bertrt_gemm* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.gemm, float* %layer.10.attention.layernorm, float* %bert.encoder.layer.10.intermediate.dense.weight, float* %layer.10.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k121_layer_10_ffn_intermediate_matmul.launch)
  %747 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %748 = load i8*, i8** %747, align 8
  %749 = getelementptr inbounds i8, i8* %748, i64 544219136
  %layer.10.ffn.gelu33 = bitcast i8* %749 to float*
  %750 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %751 = load i8*, i8** %750, align 8
  %752 = getelementptr inbounds i8, i8* %751, i64 397768704
  %bert.encoder.layer.10.output.dense.weight = bitcast i8* %752 to float*
  %753 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %754 = load i8*, i8** %753, align 8
  %755 = getelementptr inbounds i8, i8* %754, i64 556802048
  %layer.10.ffn.output = bitcast i8* %755 to float*
  %756 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %757 = load i8*, i8** %756, align 8
  %758 = getelementptr inbounds i8, i8* %757, i64 407205888
  %bert.encoder.layer.10.output.dense.bias = bitcast i8* %758 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 139, %bertrt_gemm* @train_s128_v0__k122_layer_10_ffn_output_matmul.gemm, float* %layer.10.ffn.gelu33, float* %bert.encoder.layer.10.output.dense.weight, float* %layer.10.ffn.output, float* %bert.encoder.layer.10.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k123_layer_10_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k124_layer_10_ffn_layernorm.launch)
  %759 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %760 = load i8*, i8** %759, align 8
  %761 = getelementptr inbounds i8, i8* %760, i64 556802048
  %layer.10.ffn.layernorm = bitcast i8* %761 to float*
  %762 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %763 = load i8*, i8** %762, align 8
  %764 = getelementptr inbounds i8, i8* %763, i64 407215104
  %bert.encoder.layer.11.attention.self.query.weight = bitcast i8* %764 to float*
  %765 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %766 = load i8*, i8** %765, align 8
  %767 = getelementptr inbounds i8, i8* %766, i64 563093504
  %layer.11.attention.query = bitcast i8* %767 to float*
  %768 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8, i8* %769, i64 409574400
  %bert.encoder.layer.11.attention.self.query.bias = bitcast i8* %770 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 140, %bertrt_gemm* @train_s128_v0__k125_layer_11_attention_query_matmul.gemm, float* %layer.10.ffn.layernorm, float* %bert.encoder.layer.11.attention.self.query.weight, float* %layer.11.attention.query, float* %bert.encoder.layer.11.attention.self.query.bias)
  %771 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %772 = load i8*, i8** %771, align 8
  %773 = getelementptr inbounds i8, i8* %772, i64 556802048
  %layer.10.ffn.layernorm34 = bitcast i8* %773 to float*
  %774 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %775 = load i8*, i8** %774, align 8
  %776 = getelementptr inbounds i8, i8* %775, i64 409577472
  %bert.encoder.layer.11.attention.self.key.weight = bitcast i8* %776 to float*
  %777 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %778 = load i8*, i8** %777, align 8
  %779 = getelementptr inbounds i8, i8* %778, i64 566239232
  %layer.11.attention.key = bitcast i8* %779 to float*
  %780 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %781 = load i8*, i8** %780, align 8
  %782 = getelementptr inbounds i8, i8* %781, i64 411936768
  %bert.encoder.layer.11.attention.self.key.bias = bitcast i8* %782 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 141, %bertrt_gemm* @train_s128_v0__k126_layer_11_attention_key_matmul.gemm, float* %layer.10.ffn.layernorm34, float* %bert.encoder.layer.11.attention.self.key.weight, float* %layer.11.attention.key, float* %bert.encoder.layer.11.attention.self.key.bias)
  %783 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %784 = load i8*, i8** %783, align 8
  %785 = getelementptr inbounds i8, i8* %784, i64 556802048
  %layer.10.ffn.layernorm35 = bitcast i8* %785 to float*
  %786 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %787 = load i8*, i8** %786, align 8
  %788 = getelementptr inbounds i8, i8* %787, i64 411939840
  %bert.encoder.layer.11.attention.self.value.weight = bitcast i8* %788 to float*
  %789 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %790 = load i8*, i8** %789, align 8
  %791 = getelementptr inbounds i8, i8* %790, i64 569384960
  %layer.11.attention.value = bitcast i8* %791 to float*
  %792 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %793 = load i8*, i8** %792, align 8
  %794 = getelementptr inbounds i8, i8* %793, i64 414299136
  %bert.encoder.layer.11.attention.self.value.bias = bitcast i8* %794 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 142, %bertrt_gemm* @train_s128_v0__k127_layer_11_attention_value_matmul.gemm, float* %layer.10.ffn.layernorm35, float* %bert.encoder.layer.11.attention.self.value.weight, float* %layer.11.attention.value, float* %bert.encoder.layer.11.attention.self.value.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k128_layer_11_attention_context_forward.launch)
  %795 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %796 = load i8*, i8** %795, align 8
  %797 = getelementptr inbounds i8, i8* %796, i64 572530688
  %layer.11.attention.context = bitcast i8* %797 to float*
  %798 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %799 = load i8*, i8** %798, align 8
  %800 = getelementptr inbounds i8, i8* %799, i64 414302208
  %bert.encoder.layer.11.attention.output.dense.weight = bitcast i8* %800 to float*
  %801 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %802 = load i8*, i8** %801, align 8
  %803 = getelementptr inbounds i8, i8* %802, i64 575676416
  %layer.11.attention.output = bitcast i8* %803 to float*
  %804 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %805 = load i8*, i8** %804, align 8
  %806 = getelementptr inbounds i8, i8* %805, i64 416661504
  %bert.encoder.layer.11.attention.output.dense.bias = bitcast i8* %806 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 143, %bertrt_gemm* @train_s128_v0__k129_layer_11_attention_output_matmul.gemm, float* %layer.11.attention.context, float* %bert.encoder.layer.11.attention.output.dense.weight, float* %layer.11.attention.output, float* %bert.encoder.layer.11.attention.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k130_layer_11_attention_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k131_layer_11_attention_layernorm.launch)
  %807 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %808 = load i8*, i8** %807, align 8
  %809 = getelementptr inbounds i8, i8* %808, i64 575676416
  %layer.11.attention.layernorm = bitcast i8* %809 to float*
  %810 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %811 = load i8*, i8** %810, align 8
  %812 = getelementptr inbounds i8, i8* %811, i64 416670720
  %bert.encoder.layer.11.intermediate.dense.weight = bitcast i8* %812 to float*
  %813 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %814 = load i8*, i8** %813, align 8
  %815 = getelementptr inbounds i8, i8* %814, i64 594550784
  %layer.11.ffn.gelu = bitcast i8* %815 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 144, %bertrt_gemm* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.gemm, float* %layer.11.attention.layernorm, float* %bert.encoder.layer.11.intermediate.dense.weight, float* %layer.11.ffn.gelu, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k132_layer_11_ffn_intermediate_matmul.launch)
  %816 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %817 = load i8*, i8** %816, align 8
  %818 = getelementptr inbounds i8, i8* %817, i64 594550784
  %layer.11.ffn.gelu36 = bitcast i8* %818 to float*
  %819 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %820 = load i8*, i8** %819, align 8
  %821 = getelementptr inbounds i8, i8* %820, i64 426120192
  %bert.encoder.layer.11.output.dense.weight = bitcast i8* %821 to float*
  %822 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8, i8* %823, i64 607133696
  %layer.11.ffn.output = bitcast i8* %824 to float*
  %825 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %826 = load i8*, i8** %825, align 8
  %827 = getelementptr inbounds i8, i8* %826, i64 435557376
  %bert.encoder.layer.11.output.dense.bias = bitcast i8* %827 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 145, %bertrt_gemm* @train_s128_v0__k133_layer_11_ffn_output_matmul.gemm, float* %layer.11.ffn.gelu36, float* %bert.encoder.layer.11.output.dense.weight, float* %layer.11.ffn.output, float* %bert.encoder.layer.11.output.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k134_layer_11_ffn_residual.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k135_layer_11_ffn_layernorm.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k136_pooler_first_token.launch)
  %828 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %829 = load i8*, i8** %828, align 8
  %830 = getelementptr inbounds i8, i8* %829, i64 3944448
  %pooler.first_token = bitcast i8* %830 to float*
  %831 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %832 = load i8*, i8** %831, align 8
  %833 = getelementptr inbounds i8, i8* %832, i64 435566592
  %bert.pooler.dense.weight = bitcast i8* %833 to float*
  %834 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8, i8* %835, i64 3969024
  %pooler.dense = bitcast i8* %836 to float*
  %837 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %838 = load i8*, i8** %837, align 8
  %839 = getelementptr inbounds i8, i8* %838, i64 437925888
  %bert.pooler.dense.bias = bitcast i8* %839 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 146, %bertrt_gemm* @train_s128_v0__k137_pooler_dense_matmul.gemm, float* %pooler.first_token, float* %bert.pooler.dense.weight, float* %pooler.dense, float* %bert.pooler.dense.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k138_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k139_head_dropout.launch)
  %840 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %841 = load i8*, i8** %840, align 8
  %842 = getelementptr inbounds i8, i8* %841, i64 3969024
  %head.dropout = bitcast i8* %842 to float*
  %843 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %844 = load i8*, i8** %843, align 8
  %845 = getelementptr inbounds i8, i8* %844, i64 437928960
  %classifier.weight = bitcast i8* %845 to float*
  %846 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 5
  %847 = load i8*, i8** %846, align 8
  %848 = getelementptr inbounds i8, i8* %847, i64 12352
  %head.classifier = bitcast i8* %848 to float*
  %849 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %850 = load i8*, i8** %849, align 8
  %851 = getelementptr inbounds i8, i8* %850, i64 437935104
  %classifier.bias = bitcast i8* %851 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 147, %bertrt_gemm* @train_s128_v0__k140_head_classifier_matmul.gemm, float* %head.dropout, float* %classifier.weight, float* %head.classifier, float* %classifier.bias)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k141_loss_valid_count.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k142_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k143_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k144_grad_loss.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k145_grad_head_classifier_in1_sum.launch)
  %852 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %853 = load i8*, i8** %852, align 8
  %854 = getelementptr inbounds i8, i8* %853, i64 4018240
  %grad.loss = bitcast i8* %854 to float*
  %855 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %856 = load i8*, i8** %855, align 8
  %857 = getelementptr inbounds i8, i8* %856, i64 437928960
  %classifier.weight37 = bitcast i8* %857 to float*
  %858 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %859 = load i8*, i8** %858, align 8
  %860 = getelementptr inbounds i8, i8* %859, i64 4018304
  %grad.head.classifier.matmul.a = bitcast i8* %860 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 148, %bertrt_gemm* @train_s128_v0__k146_grad_head_classifier_matmul_a.gemm, float* %grad.loss, float* %classifier.weight37, float* %grad.head.classifier.matmul.a, float* null)
  %861 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %862 = load i8*, i8** %861, align 8
  %863 = getelementptr inbounds i8, i8* %862, i64 4018240
  %grad.loss38 = bitcast i8* %863 to float*
  %864 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %865 = load i8*, i8** %864, align 8
  %866 = getelementptr inbounds i8, i8* %865, i64 3969024
  %head.dropout39 = bitcast i8* %866 to float*
  %867 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %868 = load i8*, i8** %867, align 8
  %869 = getelementptr inbounds i8, i8* %868, i64 437928960
  %classifier.weight40 = bitcast i8* %869 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 149, %bertrt_gemm* @train_s128_v0__k147_grad_head_classifier_matmul_b.gemm, float* %grad.loss38, float* %head.dropout39, float* %classifier.weight40, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k148_grad_pooler_tanh.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k149_grad_pooler_dense_in1_sum.launch)
  %870 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %871 = load i8*, i8** %870, align 8
  %872 = getelementptr inbounds i8, i8* %871, i64 3969024
  %grad.pooler.tanh = bitcast i8* %872 to float*
  %873 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %874 = load i8*, i8** %873, align 8
  %875 = getelementptr inbounds i8, i8* %874, i64 435566592
  %bert.pooler.dense.weight41 = bitcast i8* %875 to float*
  %876 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %877 = load i8*, i8** %876, align 8
  %878 = getelementptr inbounds i8, i8* %877, i64 3993600
  %grad.pooler.dense.matmul.a = bitcast i8* %878 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 150, %bertrt_gemm* @train_s128_v0__k150_grad_pooler_dense_matmul_a.gemm, float* %grad.pooler.tanh, float* %bert.pooler.dense.weight41, float* %grad.pooler.dense.matmul.a, float* null)
  %879 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %880 = load i8*, i8** %879, align 8
  %881 = getelementptr inbounds i8, i8* %880, i64 3969024
  %grad.pooler.tanh42 = bitcast i8* %881 to float*
  %882 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %883 = load i8*, i8** %882, align 8
  %884 = getelementptr inbounds i8, i8* %883, i64 3944448
  %pooler.first_token43 = bitcast i8* %884 to float*
  %885 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %886 = load i8*, i8** %885, align 8
  %887 = getelementptr inbounds i8, i8* %886, i64 435566592
  %bert.pooler.dense.weight44 = bitcast i8* %887 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 151, %bertrt_gemm* @train_s128_v0__k151_grad_pooler_dense_matmul_b.gemm, float* %grad.pooler.tanh42, float* %pooler.first_token43, float* %bert.pooler.dense.weight44, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k152_grad_pooler_first_token.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k153_grad_layer_11_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k154_grad_layer_11_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k155_grad_layer_11_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k156_grad_layer_11_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k157_grad_layer_11_ffn_output_in1_sum.launch)
  %888 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %889 = load i8*, i8** %888, align 8
  %890 = getelementptr inbounds i8, i8* %889, i64 607133696
  %grad.layer.11.ffn.dropout = bitcast i8* %890 to float*
  %891 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %892 = load i8*, i8** %891, align 8
  %893 = getelementptr inbounds i8, i8* %892, i64 426120192
  %bert.encoder.layer.11.output.dense.weight45 = bitcast i8* %893 to float*
  %894 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %895 = load i8*, i8** %894, align 8
  %896 = getelementptr inbounds i8, i8* %895, i64 616570880
  %grad.layer.11.ffn.output.matmul.a = bitcast i8* %896 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 152, %bertrt_gemm* @train_s128_v0__k158_grad_layer_11_ffn_output_matmul_a.gemm, float* %grad.layer.11.ffn.dropout, float* %bert.encoder.layer.11.output.dense.weight45, float* %grad.layer.11.ffn.output.matmul.a, float* null)
  %897 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %898 = load i8*, i8** %897, align 8
  %899 = getelementptr inbounds i8, i8* %898, i64 607133696
  %grad.layer.11.ffn.dropout46 = bitcast i8* %899 to float*
  %900 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %901 = load i8*, i8** %900, align 8
  %902 = getelementptr inbounds i8, i8* %901, i64 594550784
  %layer.11.ffn.gelu47 = bitcast i8* %902 to float*
  %903 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %904 = load i8*, i8** %903, align 8
  %905 = getelementptr inbounds i8, i8* %904, i64 426120192
  %bert.encoder.layer.11.output.dense.weight48 = bitcast i8* %905 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 153, %bertrt_gemm* @train_s128_v0__k159_grad_layer_11_ffn_output_matmul_b.gemm, float* %grad.layer.11.ffn.dropout46, float* %layer.11.ffn.gelu47, float* %bert.encoder.layer.11.output.dense.weight48, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k160_grad_layer_11_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k161_grad_layer_11_ffn_intermediate_in1_sum.launch)
  %906 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %907 = load i8*, i8** %906, align 8
  %908 = getelementptr inbounds i8, i8* %907, i64 594550784
  %grad.layer.11.ffn.gelu = bitcast i8* %908 to float*
  %909 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %910 = load i8*, i8** %909, align 8
  %911 = getelementptr inbounds i8, i8* %910, i64 416670720
  %bert.encoder.layer.11.intermediate.dense.weight49 = bitcast i8* %911 to float*
  %912 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %913 = load i8*, i8** %912, align 8
  %914 = getelementptr inbounds i8, i8* %913, i64 581967872
  %grad.layer.11.ffn.intermediate.matmul.a = bitcast i8* %914 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 154, %bertrt_gemm* @train_s128_v0__k162_grad_layer_11_ffn_intermediate_matmul_a.gemm, float* %grad.layer.11.ffn.gelu, float* %bert.encoder.layer.11.intermediate.dense.weight49, float* %grad.layer.11.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k163_grad_layer_11_attention_layernorm_sum.launch)
  %915 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %916 = load i8*, i8** %915, align 8
  %917 = getelementptr inbounds i8, i8* %916, i64 594550784
  %grad.layer.11.ffn.gelu50 = bitcast i8* %917 to float*
  %918 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %919 = load i8*, i8** %918, align 8
  %920 = getelementptr inbounds i8, i8* %919, i64 575676416
  %layer.11.attention.layernorm51 = bitcast i8* %920 to float*
  %921 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %922 = load i8*, i8** %921, align 8
  %923 = getelementptr inbounds i8, i8* %922, i64 416670720
  %bert.encoder.layer.11.intermediate.dense.weight52 = bitcast i8* %923 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 155, %bertrt_gemm* @train_s128_v0__k164_grad_layer_11_ffn_intermediate_matmul_b.gemm, float* %grad.layer.11.ffn.gelu50, float* %layer.11.attention.layernorm51, float* %bert.encoder.layer.11.intermediate.dense.weight52, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k165_grad_layer_11_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k166_grad_layer_11_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k167_grad_layer_11_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k168_grad_layer_11_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k169_grad_layer_11_attention_output_in1_sum.launch)
  %924 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %925 = load i8*, i8** %924, align 8
  %926 = getelementptr inbounds i8, i8* %925, i64 578822144
  %grad.layer.11.attention.output_dropout = bitcast i8* %926 to float*
  %927 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %928 = load i8*, i8** %927, align 8
  %929 = getelementptr inbounds i8, i8* %928, i64 414302208
  %bert.encoder.layer.11.attention.output.dense.weight53 = bitcast i8* %929 to float*
  %930 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %931 = load i8*, i8** %930, align 8
  %932 = getelementptr inbounds i8, i8* %931, i64 581967872
  %grad.layer.11.attention.output.matmul.a = bitcast i8* %932 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 156, %bertrt_gemm* @train_s128_v0__k170_grad_layer_11_attention_output_matmul_a.gemm, float* %grad.layer.11.attention.output_dropout, float* %bert.encoder.layer.11.attention.output.dense.weight53, float* %grad.layer.11.attention.output.matmul.a, float* null)
  %933 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %934 = load i8*, i8** %933, align 8
  %935 = getelementptr inbounds i8, i8* %934, i64 578822144
  %grad.layer.11.attention.output_dropout54 = bitcast i8* %935 to float*
  %936 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %937 = load i8*, i8** %936, align 8
  %938 = getelementptr inbounds i8, i8* %937, i64 572530688
  %layer.11.attention.context55 = bitcast i8* %938 to float*
  %939 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %940 = load i8*, i8** %939, align 8
  %941 = getelementptr inbounds i8, i8* %940, i64 414302208
  %bert.encoder.layer.11.attention.output.dense.weight56 = bitcast i8* %941 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 157, %bertrt_gemm* @train_s128_v0__k171_grad_layer_11_attention_output_matmul_b.gemm, float* %grad.layer.11.attention.output_dropout54, float* %layer.11.attention.context55, float* %bert.encoder.layer.11.attention.output.dense.weight56, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k172_layer_11_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k173_layer_11_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k174_layer_11_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k175_grad_layer_11_attention_value_in1_sum.launch)
  %942 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %943 = load i8*, i8** %942, align 8
  %944 = getelementptr inbounds i8, i8* %943, i64 572530688
  %grad.layer.11.attention.context.b = bitcast i8* %944 to float*
  %945 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %946 = load i8*, i8** %945, align 8
  %947 = getelementptr inbounds i8, i8* %946, i64 411939840
  %bert.encoder.layer.11.attention.self.value.weight57 = bitcast i8* %947 to float*
  %948 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %949 = load i8*, i8** %948, align 8
  %950 = getelementptr inbounds i8, i8* %949, i64 563093504
  %grad.layer.11.attention.value.matmul.a = bitcast i8* %950 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 158, %bertrt_gemm* @train_s128_v0__k176_grad_layer_11_attention_value_matmul_a.gemm, float* %grad.layer.11.attention.context.b, float* %bert.encoder.layer.11.attention.self.value.weight57, float* %grad.layer.11.attention.value.matmul.a, float* null)
  %951 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %952 = load i8*, i8** %951, align 8
  %953 = getelementptr inbounds i8, i8* %952, i64 572530688
  %grad.layer.11.attention.context.b58 = bitcast i8* %953 to float*
  %954 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %955 = load i8*, i8** %954, align 8
  %956 = getelementptr inbounds i8, i8* %955, i64 556802048
  %layer.10.ffn.layernorm59 = bitcast i8* %956 to float*
  %957 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %958 = load i8*, i8** %957, align 8
  %959 = getelementptr inbounds i8, i8* %958, i64 411939840
  %bert.encoder.layer.11.attention.self.value.weight60 = bitcast i8* %959 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 159, %bertrt_gemm* @train_s128_v0__k177_grad_layer_11_attention_value_matmul_b.gemm, float* %grad.layer.11.attention.context.b58, float* %layer.10.ffn.layernorm59, float* %bert.encoder.layer.11.attention.self.value.weight60, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k178_grad_layer_11_attention_key_in1_sum.launch)
  %960 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %961 = load i8*, i8** %960, align 8
  %962 = getelementptr inbounds i8, i8* %961, i64 578822144
  %grad.layer.11.attention.scores.b = bitcast i8* %962 to float*
  %963 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %964 = load i8*, i8** %963, align 8
  %965 = getelementptr inbounds i8, i8* %964, i64 409577472
  %bert.encoder.layer.11.attention.self.key.weight61 = bitcast i8* %965 to float*
  %966 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %967 = load i8*, i8** %966, align 8
  %968 = getelementptr inbounds i8, i8* %967, i64 566239232
  %grad.layer.11.attention.key.matmul.a = bitcast i8* %968 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 160, %bertrt_gemm* @train_s128_v0__k179_grad_layer_11_attention_key_matmul_a.gemm, float* %grad.layer.11.attention.scores.b, float* %bert.encoder.layer.11.attention.self.key.weight61, float* %grad.layer.11.attention.key.matmul.a, float* null)
  %969 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %970 = load i8*, i8** %969, align 8
  %971 = getelementptr inbounds i8, i8* %970, i64 578822144
  %grad.layer.11.attention.scores.b62 = bitcast i8* %971 to float*
  %972 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %973 = load i8*, i8** %972, align 8
  %974 = getelementptr inbounds i8, i8* %973, i64 556802048
  %layer.10.ffn.layernorm63 = bitcast i8* %974 to float*
  %975 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %976 = load i8*, i8** %975, align 8
  %977 = getelementptr inbounds i8, i8* %976, i64 409577472
  %bert.encoder.layer.11.attention.self.key.weight64 = bitcast i8* %977 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 161, %bertrt_gemm* @train_s128_v0__k180_grad_layer_11_attention_key_matmul_b.gemm, float* %grad.layer.11.attention.scores.b62, float* %layer.10.ffn.layernorm63, float* %bert.encoder.layer.11.attention.self.key.weight64, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k181_grad_layer_11_attention_query_in1_sum.launch)
  %978 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %979 = load i8*, i8** %978, align 8
  %980 = getelementptr inbounds i8, i8* %979, i64 585113600
  %grad.layer.11.attention.scores.a = bitcast i8* %980 to float*
  %981 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %982 = load i8*, i8** %981, align 8
  %983 = getelementptr inbounds i8, i8* %982, i64 407215104
  %bert.encoder.layer.11.attention.self.query.weight65 = bitcast i8* %983 to float*
  %984 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %985 = load i8*, i8** %984, align 8
  %986 = getelementptr inbounds i8, i8* %985, i64 569384960
  %grad.layer.11.attention.query.matmul.a = bitcast i8* %986 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 162, %bertrt_gemm* @train_s128_v0__k182_grad_layer_11_attention_query_matmul_a.gemm, float* %grad.layer.11.attention.scores.a, float* %bert.encoder.layer.11.attention.self.query.weight65, float* %grad.layer.11.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k183_grad_layer_10_ffn_layernorm_sum.launch)
  %987 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %988 = load i8*, i8** %987, align 8
  %989 = getelementptr inbounds i8, i8* %988, i64 585113600
  %grad.layer.11.attention.scores.a66 = bitcast i8* %989 to float*
  %990 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %991 = load i8*, i8** %990, align 8
  %992 = getelementptr inbounds i8, i8* %991, i64 556802048
  %layer.10.ffn.layernorm67 = bitcast i8* %992 to float*
  %993 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %994 = load i8*, i8** %993, align 8
  %995 = getelementptr inbounds i8, i8* %994, i64 407215104
  %bert.encoder.layer.11.attention.self.query.weight68 = bitcast i8* %995 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 163, %bertrt_gemm* @train_s128_v0__k184_grad_layer_11_attention_query_matmul_b.gemm, float* %grad.layer.11.attention.scores.a66, float* %layer.10.ffn.layernorm67, float* %bert.encoder.layer.11.attention.self.query.weight68, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k185_grad_layer_10_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k186_grad_layer_10_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k187_grad_layer_10_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k188_grad_layer_10_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k189_grad_layer_10_ffn_output_in1_sum.launch)
  %996 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %997 = load i8*, i8** %996, align 8
  %998 = getelementptr inbounds i8, i8* %997, i64 559947776
  %grad.layer.10.ffn.dropout = bitcast i8* %998 to float*
  %999 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1000 = load i8*, i8** %999, align 8
  %1001 = getelementptr inbounds i8, i8* %1000, i64 397768704
  %bert.encoder.layer.10.output.dense.weight69 = bitcast i8* %1001 to float*
  %1002 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1003 = load i8*, i8** %1002, align 8
  %1004 = getelementptr inbounds i8, i8* %1003, i64 563093504
  %grad.layer.10.ffn.output.matmul.a = bitcast i8* %1004 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 164, %bertrt_gemm* @train_s128_v0__k190_grad_layer_10_ffn_output_matmul_a.gemm, float* %grad.layer.10.ffn.dropout, float* %bert.encoder.layer.10.output.dense.weight69, float* %grad.layer.10.ffn.output.matmul.a, float* null)
  %1005 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1006 = load i8*, i8** %1005, align 8
  %1007 = getelementptr inbounds i8, i8* %1006, i64 559947776
  %grad.layer.10.ffn.dropout70 = bitcast i8* %1007 to float*
  %1008 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1009 = load i8*, i8** %1008, align 8
  %1010 = getelementptr inbounds i8, i8* %1009, i64 544219136
  %layer.10.ffn.gelu71 = bitcast i8* %1010 to float*
  %1011 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1012 = load i8*, i8** %1011, align 8
  %1013 = getelementptr inbounds i8, i8* %1012, i64 397768704
  %bert.encoder.layer.10.output.dense.weight72 = bitcast i8* %1013 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 165, %bertrt_gemm* @train_s128_v0__k191_grad_layer_10_ffn_output_matmul_b.gemm, float* %grad.layer.10.ffn.dropout70, float* %layer.10.ffn.gelu71, float* %bert.encoder.layer.10.output.dense.weight72, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k192_grad_layer_10_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k193_grad_layer_10_ffn_intermediate_in1_sum.launch)
  %1014 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1015 = load i8*, i8** %1014, align 8
  %1016 = getelementptr inbounds i8, i8* %1015, i64 544219136
  %grad.layer.10.ffn.gelu = bitcast i8* %1016 to float*
  %1017 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1018 = load i8*, i8** %1017, align 8
  %1019 = getelementptr inbounds i8, i8* %1018, i64 388319232
  %bert.encoder.layer.10.intermediate.dense.weight73 = bitcast i8* %1019 to float*
  %1020 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1021 = load i8*, i8** %1020, align 8
  %1022 = getelementptr inbounds i8, i8* %1021, i64 531636224
  %grad.layer.10.ffn.intermediate.matmul.a = bitcast i8* %1022 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 166, %bertrt_gemm* @train_s128_v0__k194_grad_layer_10_ffn_intermediate_matmul_a.gemm, float* %grad.layer.10.ffn.gelu, float* %bert.encoder.layer.10.intermediate.dense.weight73, float* %grad.layer.10.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k195_grad_layer_10_attention_layernorm_sum.launch)
  %1023 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1024 = load i8*, i8** %1023, align 8
  %1025 = getelementptr inbounds i8, i8* %1024, i64 544219136
  %grad.layer.10.ffn.gelu74 = bitcast i8* %1025 to float*
  %1026 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1027 = load i8*, i8** %1026, align 8
  %1028 = getelementptr inbounds i8, i8* %1027, i64 525344768
  %layer.10.attention.layernorm75 = bitcast i8* %1028 to float*
  %1029 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1030 = load i8*, i8** %1029, align 8
  %1031 = getelementptr inbounds i8, i8* %1030, i64 388319232
  %bert.encoder.layer.10.intermediate.dense.weight76 = bitcast i8* %1031 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 167, %bertrt_gemm* @train_s128_v0__k196_grad_layer_10_ffn_intermediate_matmul_b.gemm, float* %grad.layer.10.ffn.gelu74, float* %layer.10.attention.layernorm75, float* %bert.encoder.layer.10.intermediate.dense.weight76, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k197_grad_layer_10_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k198_grad_layer_10_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k199_grad_layer_10_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k200_grad_layer_10_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k201_grad_layer_10_attention_output_in1_sum.launch)
  %1032 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1033 = load i8*, i8** %1032, align 8
  %1034 = getelementptr inbounds i8, i8* %1033, i64 528490496
  %grad.layer.10.attention.output_dropout = bitcast i8* %1034 to float*
  %1035 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1036 = load i8*, i8** %1035, align 8
  %1037 = getelementptr inbounds i8, i8* %1036, i64 385950720
  %bert.encoder.layer.10.attention.output.dense.weight77 = bitcast i8* %1037 to float*
  %1038 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1039 = load i8*, i8** %1038, align 8
  %1040 = getelementptr inbounds i8, i8* %1039, i64 531636224
  %grad.layer.10.attention.output.matmul.a = bitcast i8* %1040 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 168, %bertrt_gemm* @train_s128_v0__k202_grad_layer_10_attention_output_matmul_a.gemm, float* %grad.layer.10.attention.output_dropout, float* %bert.encoder.layer.10.attention.output.dense.weight77, float* %grad.layer.10.attention.output.matmul.a, float* null)
  %1041 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1042 = load i8*, i8** %1041, align 8
  %1043 = getelementptr inbounds i8, i8* %1042, i64 528490496
  %grad.layer.10.attention.output_dropout78 = bitcast i8* %1043 to float*
  %1044 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1045 = load i8*, i8** %1044, align 8
  %1046 = getelementptr inbounds i8, i8* %1045, i64 522199040
  %layer.10.attention.context79 = bitcast i8* %1046 to float*
  %1047 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1048 = load i8*, i8** %1047, align 8
  %1049 = getelementptr inbounds i8, i8* %1048, i64 385950720
  %bert.encoder.layer.10.attention.output.dense.weight80 = bitcast i8* %1049 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 169, %bertrt_gemm* @train_s128_v0__k203_grad_layer_10_attention_output_matmul_b.gemm, float* %grad.layer.10.attention.output_dropout78, float* %layer.10.attention.context79, float* %bert.encoder.layer.10.attention.output.dense.weight80, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k204_layer_10_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k205_layer_10_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k206_layer_10_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k207_grad_layer_10_attention_value_in1_sum.launch)
  %1050 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1051 = load i8*, i8** %1050, align 8
  %1052 = getelementptr inbounds i8, i8* %1051, i64 522199040
  %grad.layer.10.attention.context.b = bitcast i8* %1052 to float*
  %1053 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1054 = load i8*, i8** %1053, align 8
  %1055 = getelementptr inbounds i8, i8* %1054, i64 383588352
  %bert.encoder.layer.10.attention.self.value.weight81 = bitcast i8* %1055 to float*
  %1056 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1057 = load i8*, i8** %1056, align 8
  %1058 = getelementptr inbounds i8, i8* %1057, i64 512761856
  %grad.layer.10.attention.value.matmul.a = bitcast i8* %1058 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 170, %bertrt_gemm* @train_s128_v0__k208_grad_layer_10_attention_value_matmul_a.gemm, float* %grad.layer.10.attention.context.b, float* %bert.encoder.layer.10.attention.self.value.weight81, float* %grad.layer.10.attention.value.matmul.a, float* null)
  %1059 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1060 = load i8*, i8** %1059, align 8
  %1061 = getelementptr inbounds i8, i8* %1060, i64 522199040
  %grad.layer.10.attention.context.b82 = bitcast i8* %1061 to float*
  %1062 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1063 = load i8*, i8** %1062, align 8
  %1064 = getelementptr inbounds i8, i8* %1063, i64 506470400
  %layer.9.ffn.layernorm83 = bitcast i8* %1064 to float*
  %1065 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1066 = load i8*, i8** %1065, align 8
  %1067 = getelementptr inbounds i8, i8* %1066, i64 383588352
  %bert.encoder.layer.10.attention.self.value.weight84 = bitcast i8* %1067 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 171, %bertrt_gemm* @train_s128_v0__k209_grad_layer_10_attention_value_matmul_b.gemm, float* %grad.layer.10.attention.context.b82, float* %layer.9.ffn.layernorm83, float* %bert.encoder.layer.10.attention.self.value.weight84, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k210_grad_layer_10_attention_key_in1_sum.launch)
  %1068 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1069 = load i8*, i8** %1068, align 8
  %1070 = getelementptr inbounds i8, i8* %1069, i64 528490496
  %grad.layer.10.attention.scores.b = bitcast i8* %1070 to float*
  %1071 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1072 = load i8*, i8** %1071, align 8
  %1073 = getelementptr inbounds i8, i8* %1072, i64 381225984
  %bert.encoder.layer.10.attention.self.key.weight85 = bitcast i8* %1073 to float*
  %1074 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1075 = load i8*, i8** %1074, align 8
  %1076 = getelementptr inbounds i8, i8* %1075, i64 515907584
  %grad.layer.10.attention.key.matmul.a = bitcast i8* %1076 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 172, %bertrt_gemm* @train_s128_v0__k211_grad_layer_10_attention_key_matmul_a.gemm, float* %grad.layer.10.attention.scores.b, float* %bert.encoder.layer.10.attention.self.key.weight85, float* %grad.layer.10.attention.key.matmul.a, float* null)
  %1077 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1078 = load i8*, i8** %1077, align 8
  %1079 = getelementptr inbounds i8, i8* %1078, i64 528490496
  %grad.layer.10.attention.scores.b86 = bitcast i8* %1079 to float*
  %1080 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1081 = load i8*, i8** %1080, align 8
  %1082 = getelementptr inbounds i8, i8* %1081, i64 506470400
  %layer.9.ffn.layernorm87 = bitcast i8* %1082 to float*
  %1083 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1084 = load i8*, i8** %1083, align 8
  %1085 = getelementptr inbounds i8, i8* %1084, i64 381225984
  %bert.encoder.layer.10.attention.self.key.weight88 = bitcast i8* %1085 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 173, %bertrt_gemm* @train_s128_v0__k212_grad_layer_10_attention_key_matmul_b.gemm, float* %grad.layer.10.attention.scores.b86, float* %layer.9.ffn.layernorm87, float* %bert.encoder.layer.10.attention.self.key.weight88, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k213_grad_layer_10_attention_query_in1_sum.launch)
  %1086 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1087 = load i8*, i8** %1086, align 8
  %1088 = getelementptr inbounds i8, i8* %1087, i64 534781952
  %grad.layer.10.attention.scores.a = bitcast i8* %1088 to float*
  %1089 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1090 = load i8*, i8** %1089, align 8
  %1091 = getelementptr inbounds i8, i8* %1090, i64 378863616
  %bert.encoder.layer.10.attention.self.query.weight89 = bitcast i8* %1091 to float*
  %1092 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1093 = load i8*, i8** %1092, align 8
  %1094 = getelementptr inbounds i8, i8* %1093, i64 519053312
  %grad.layer.10.attention.query.matmul.a = bitcast i8* %1094 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 174, %bertrt_gemm* @train_s128_v0__k214_grad_layer_10_attention_query_matmul_a.gemm, float* %grad.layer.10.attention.scores.a, float* %bert.encoder.layer.10.attention.self.query.weight89, float* %grad.layer.10.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k215_grad_layer_9_ffn_layernorm_sum.launch)
  %1095 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1096 = load i8*, i8** %1095, align 8
  %1097 = getelementptr inbounds i8, i8* %1096, i64 534781952
  %grad.layer.10.attention.scores.a90 = bitcast i8* %1097 to float*
  %1098 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1099 = load i8*, i8** %1098, align 8
  %1100 = getelementptr inbounds i8, i8* %1099, i64 506470400
  %layer.9.ffn.layernorm91 = bitcast i8* %1100 to float*
  %1101 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1102 = load i8*, i8** %1101, align 8
  %1103 = getelementptr inbounds i8, i8* %1102, i64 378863616
  %bert.encoder.layer.10.attention.self.query.weight92 = bitcast i8* %1103 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 175, %bertrt_gemm* @train_s128_v0__k216_grad_layer_10_attention_query_matmul_b.gemm, float* %grad.layer.10.attention.scores.a90, float* %layer.9.ffn.layernorm91, float* %bert.encoder.layer.10.attention.self.query.weight92, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k217_grad_layer_9_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k218_grad_layer_9_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k219_grad_layer_9_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k220_grad_layer_9_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k221_grad_layer_9_ffn_output_in1_sum.launch)
  %1104 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1105 = load i8*, i8** %1104, align 8
  %1106 = getelementptr inbounds i8, i8* %1105, i64 509616128
  %grad.layer.9.ffn.dropout = bitcast i8* %1106 to float*
  %1107 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1108 = load i8*, i8** %1107, align 8
  %1109 = getelementptr inbounds i8, i8* %1108, i64 369417216
  %bert.encoder.layer.9.output.dense.weight93 = bitcast i8* %1109 to float*
  %1110 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1111 = load i8*, i8** %1110, align 8
  %1112 = getelementptr inbounds i8, i8* %1111, i64 512761856
  %grad.layer.9.ffn.output.matmul.a = bitcast i8* %1112 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 176, %bertrt_gemm* @train_s128_v0__k222_grad_layer_9_ffn_output_matmul_a.gemm, float* %grad.layer.9.ffn.dropout, float* %bert.encoder.layer.9.output.dense.weight93, float* %grad.layer.9.ffn.output.matmul.a, float* null)
  %1113 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1114 = load i8*, i8** %1113, align 8
  %1115 = getelementptr inbounds i8, i8* %1114, i64 509616128
  %grad.layer.9.ffn.dropout94 = bitcast i8* %1115 to float*
  %1116 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1117 = load i8*, i8** %1116, align 8
  %1118 = getelementptr inbounds i8, i8* %1117, i64 493887488
  %layer.9.ffn.gelu95 = bitcast i8* %1118 to float*
  %1119 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1120 = load i8*, i8** %1119, align 8
  %1121 = getelementptr inbounds i8, i8* %1120, i64 369417216
  %bert.encoder.layer.9.output.dense.weight96 = bitcast i8* %1121 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 177, %bertrt_gemm* @train_s128_v0__k223_grad_layer_9_ffn_output_matmul_b.gemm, float* %grad.layer.9.ffn.dropout94, float* %layer.9.ffn.gelu95, float* %bert.encoder.layer.9.output.dense.weight96, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k224_grad_layer_9_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k225_grad_layer_9_ffn_intermediate_in1_sum.launch)
  %1122 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1123 = load i8*, i8** %1122, align 8
  %1124 = getelementptr inbounds i8, i8* %1123, i64 493887488
  %grad.layer.9.ffn.gelu = bitcast i8* %1124 to float*
  %1125 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1126 = load i8*, i8** %1125, align 8
  %1127 = getelementptr inbounds i8, i8* %1126, i64 359967744
  %bert.encoder.layer.9.intermediate.dense.weight97 = bitcast i8* %1127 to float*
  %1128 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1129 = load i8*, i8** %1128, align 8
  %1130 = getelementptr inbounds i8, i8* %1129, i64 481304576
  %grad.layer.9.ffn.intermediate.matmul.a = bitcast i8* %1130 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 178, %bertrt_gemm* @train_s128_v0__k226_grad_layer_9_ffn_intermediate_matmul_a.gemm, float* %grad.layer.9.ffn.gelu, float* %bert.encoder.layer.9.intermediate.dense.weight97, float* %grad.layer.9.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k227_grad_layer_9_attention_layernorm_sum.launch)
  %1131 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1132 = load i8*, i8** %1131, align 8
  %1133 = getelementptr inbounds i8, i8* %1132, i64 493887488
  %grad.layer.9.ffn.gelu98 = bitcast i8* %1133 to float*
  %1134 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1135 = load i8*, i8** %1134, align 8
  %1136 = getelementptr inbounds i8, i8* %1135, i64 475013120
  %layer.9.attention.layernorm99 = bitcast i8* %1136 to float*
  %1137 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1138 = load i8*, i8** %1137, align 8
  %1139 = getelementptr inbounds i8, i8* %1138, i64 359967744
  %bert.encoder.layer.9.intermediate.dense.weight100 = bitcast i8* %1139 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 179, %bertrt_gemm* @train_s128_v0__k228_grad_layer_9_ffn_intermediate_matmul_b.gemm, float* %grad.layer.9.ffn.gelu98, float* %layer.9.attention.layernorm99, float* %bert.encoder.layer.9.intermediate.dense.weight100, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k229_grad_layer_9_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k230_grad_layer_9_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k231_grad_layer_9_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k232_grad_layer_9_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k233_grad_layer_9_attention_output_in1_sum.launch)
  %1140 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1141 = load i8*, i8** %1140, align 8
  %1142 = getelementptr inbounds i8, i8* %1141, i64 478158848
  %grad.layer.9.attention.output_dropout = bitcast i8* %1142 to float*
  %1143 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1144 = load i8*, i8** %1143, align 8
  %1145 = getelementptr inbounds i8, i8* %1144, i64 357599232
  %bert.encoder.layer.9.attention.output.dense.weight101 = bitcast i8* %1145 to float*
  %1146 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1147 = load i8*, i8** %1146, align 8
  %1148 = getelementptr inbounds i8, i8* %1147, i64 481304576
  %grad.layer.9.attention.output.matmul.a = bitcast i8* %1148 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 180, %bertrt_gemm* @train_s128_v0__k234_grad_layer_9_attention_output_matmul_a.gemm, float* %grad.layer.9.attention.output_dropout, float* %bert.encoder.layer.9.attention.output.dense.weight101, float* %grad.layer.9.attention.output.matmul.a, float* null)
  %1149 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1150 = load i8*, i8** %1149, align 8
  %1151 = getelementptr inbounds i8, i8* %1150, i64 478158848
  %grad.layer.9.attention.output_dropout102 = bitcast i8* %1151 to float*
  %1152 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1153 = load i8*, i8** %1152, align 8
  %1154 = getelementptr inbounds i8, i8* %1153, i64 471867392
  %layer.9.attention.context103 = bitcast i8* %1154 to float*
  %1155 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1156 = load i8*, i8** %1155, align 8
  %1157 = getelementptr inbounds i8, i8* %1156, i64 357599232
  %bert.encoder.layer.9.attention.output.dense.weight104 = bitcast i8* %1157 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 181, %bertrt_gemm* @train_s128_v0__k235_grad_layer_9_attention_output_matmul_b.gemm, float* %grad.layer.9.attention.output_dropout102, float* %layer.9.attention.context103, float* %bert.encoder.layer.9.attention.output.dense.weight104, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k236_layer_9_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k237_layer_9_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k238_layer_9_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k239_grad_layer_9_attention_value_in1_sum.launch)
  %1158 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1159 = load i8*, i8** %1158, align 8
  %1160 = getelementptr inbounds i8, i8* %1159, i64 471867392
  %grad.layer.9.attention.context.b = bitcast i8* %1160 to float*
  %1161 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1162 = load i8*, i8** %1161, align 8
  %1163 = getelementptr inbounds i8, i8* %1162, i64 355236864
  %bert.encoder.layer.9.attention.self.value.weight105 = bitcast i8* %1163 to float*
  %1164 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1165 = load i8*, i8** %1164, align 8
  %1166 = getelementptr inbounds i8, i8* %1165, i64 462430208
  %grad.layer.9.attention.value.matmul.a = bitcast i8* %1166 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 182, %bertrt_gemm* @train_s128_v0__k240_grad_layer_9_attention_value_matmul_a.gemm, float* %grad.layer.9.attention.context.b, float* %bert.encoder.layer.9.attention.self.value.weight105, float* %grad.layer.9.attention.value.matmul.a, float* null)
  %1167 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1168 = load i8*, i8** %1167, align 8
  %1169 = getelementptr inbounds i8, i8* %1168, i64 471867392
  %grad.layer.9.attention.context.b106 = bitcast i8* %1169 to float*
  %1170 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1171 = load i8*, i8** %1170, align 8
  %1172 = getelementptr inbounds i8, i8* %1171, i64 456138752
  %layer.8.ffn.layernorm107 = bitcast i8* %1172 to float*
  %1173 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1174 = load i8*, i8** %1173, align 8
  %1175 = getelementptr inbounds i8, i8* %1174, i64 355236864
  %bert.encoder.layer.9.attention.self.value.weight108 = bitcast i8* %1175 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 183, %bertrt_gemm* @train_s128_v0__k241_grad_layer_9_attention_value_matmul_b.gemm, float* %grad.layer.9.attention.context.b106, float* %layer.8.ffn.layernorm107, float* %bert.encoder.layer.9.attention.self.value.weight108, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k242_grad_layer_9_attention_key_in1_sum.launch)
  %1176 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1177 = load i8*, i8** %1176, align 8
  %1178 = getelementptr inbounds i8, i8* %1177, i64 478158848
  %grad.layer.9.attention.scores.b = bitcast i8* %1178 to float*
  %1179 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1180 = load i8*, i8** %1179, align 8
  %1181 = getelementptr inbounds i8, i8* %1180, i64 352874496
  %bert.encoder.layer.9.attention.self.key.weight109 = bitcast i8* %1181 to float*
  %1182 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1183 = load i8*, i8** %1182, align 8
  %1184 = getelementptr inbounds i8, i8* %1183, i64 465575936
  %grad.layer.9.attention.key.matmul.a = bitcast i8* %1184 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 184, %bertrt_gemm* @train_s128_v0__k243_grad_layer_9_attention_key_matmul_a.gemm, float* %grad.layer.9.attention.scores.b, float* %bert.encoder.layer.9.attention.self.key.weight109, float* %grad.layer.9.attention.key.matmul.a, float* null)
  %1185 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1186 = load i8*, i8** %1185, align 8
  %1187 = getelementptr inbounds i8, i8* %1186, i64 478158848
  %grad.layer.9.attention.scores.b110 = bitcast i8* %1187 to float*
  %1188 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1189 = load i8*, i8** %1188, align 8
  %1190 = getelementptr inbounds i8, i8* %1189, i64 456138752
  %layer.8.ffn.layernorm111 = bitcast i8* %1190 to float*
  %1191 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1192 = load i8*, i8** %1191, align 8
  %1193 = getelementptr inbounds i8, i8* %1192, i64 352874496
  %bert.encoder.layer.9.attention.self.key.weight112 = bitcast i8* %1193 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 185, %bertrt_gemm* @train_s128_v0__k244_grad_layer_9_attention_key_matmul_b.gemm, float* %grad.layer.9.attention.scores.b110, float* %layer.8.ffn.layernorm111, float* %bert.encoder.layer.9.attention.self.key.weight112, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k245_grad_layer_9_attention_query_in1_sum.launch)
  %1194 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1195 = load i8*, i8** %1194, align 8
  %1196 = getelementptr inbounds i8, i8* %1195, i64 484450304
  %grad.layer.9.attention.scores.a = bitcast i8* %1196 to float*
  %1197 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1198 = load i8*, i8** %1197, align 8
  %1199 = getelementptr inbounds i8, i8* %1198, i64 350512128
  %bert.encoder.layer.9.attention.self.query.weight113 = bitcast i8* %1199 to float*
  %1200 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1201 = load i8*, i8** %1200, align 8
  %1202 = getelementptr inbounds i8, i8* %1201, i64 468721664
  %grad.layer.9.attention.query.matmul.a = bitcast i8* %1202 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 186, %bertrt_gemm* @train_s128_v0__k246_grad_layer_9_attention_query_matmul_a.gemm, float* %grad.layer.9.attention.scores.a, float* %bert.encoder.layer.9.attention.self.query.weight113, float* %grad.layer.9.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k247_grad_layer_8_ffn_layernorm_sum.launch)
  %1203 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1204 = load i8*, i8** %1203, align 8
  %1205 = getelementptr inbounds i8, i8* %1204, i64 484450304
  %grad.layer.9.attention.scores.a114 = bitcast i8* %1205 to float*
  %1206 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1207 = load i8*, i8** %1206, align 8
  %1208 = getelementptr inbounds i8, i8* %1207, i64 456138752
  %layer.8.ffn.layernorm115 = bitcast i8* %1208 to float*
  %1209 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1210 = load i8*, i8** %1209, align 8
  %1211 = getelementptr inbounds i8, i8* %1210, i64 350512128
  %bert.encoder.layer.9.attention.self.query.weight116 = bitcast i8* %1211 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 187, %bertrt_gemm* @train_s128_v0__k248_grad_layer_9_attention_query_matmul_b.gemm, float* %grad.layer.9.attention.scores.a114, float* %layer.8.ffn.layernorm115, float* %bert.encoder.layer.9.attention.self.query.weight116, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k249_grad_layer_8_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k250_grad_layer_8_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k251_grad_layer_8_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k252_grad_layer_8_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k253_grad_layer_8_ffn_output_in1_sum.launch)
  %1212 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1213 = load i8*, i8** %1212, align 8
  %1214 = getelementptr inbounds i8, i8* %1213, i64 459284480
  %grad.layer.8.ffn.dropout = bitcast i8* %1214 to float*
  %1215 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1216 = load i8*, i8** %1215, align 8
  %1217 = getelementptr inbounds i8, i8* %1216, i64 341065728
  %bert.encoder.layer.8.output.dense.weight117 = bitcast i8* %1217 to float*
  %1218 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1219 = load i8*, i8** %1218, align 8
  %1220 = getelementptr inbounds i8, i8* %1219, i64 462430208
  %grad.layer.8.ffn.output.matmul.a = bitcast i8* %1220 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 188, %bertrt_gemm* @train_s128_v0__k254_grad_layer_8_ffn_output_matmul_a.gemm, float* %grad.layer.8.ffn.dropout, float* %bert.encoder.layer.8.output.dense.weight117, float* %grad.layer.8.ffn.output.matmul.a, float* null)
  %1221 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1222 = load i8*, i8** %1221, align 8
  %1223 = getelementptr inbounds i8, i8* %1222, i64 459284480
  %grad.layer.8.ffn.dropout118 = bitcast i8* %1223 to float*
  %1224 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1225 = load i8*, i8** %1224, align 8
  %1226 = getelementptr inbounds i8, i8* %1225, i64 443555840
  %layer.8.ffn.gelu119 = bitcast i8* %1226 to float*
  %1227 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1228 = load i8*, i8** %1227, align 8
  %1229 = getelementptr inbounds i8, i8* %1228, i64 341065728
  %bert.encoder.layer.8.output.dense.weight120 = bitcast i8* %1229 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 189, %bertrt_gemm* @train_s128_v0__k255_grad_layer_8_ffn_output_matmul_b.gemm, float* %grad.layer.8.ffn.dropout118, float* %layer.8.ffn.gelu119, float* %bert.encoder.layer.8.output.dense.weight120, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k256_grad_layer_8_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k257_grad_layer_8_ffn_intermediate_in1_sum.launch)
  %1230 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1231 = load i8*, i8** %1230, align 8
  %1232 = getelementptr inbounds i8, i8* %1231, i64 443555840
  %grad.layer.8.ffn.gelu = bitcast i8* %1232 to float*
  %1233 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1234 = load i8*, i8** %1233, align 8
  %1235 = getelementptr inbounds i8, i8* %1234, i64 331616256
  %bert.encoder.layer.8.intermediate.dense.weight121 = bitcast i8* %1235 to float*
  %1236 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1237 = load i8*, i8** %1236, align 8
  %1238 = getelementptr inbounds i8, i8* %1237, i64 430972928
  %grad.layer.8.ffn.intermediate.matmul.a = bitcast i8* %1238 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 190, %bertrt_gemm* @train_s128_v0__k258_grad_layer_8_ffn_intermediate_matmul_a.gemm, float* %grad.layer.8.ffn.gelu, float* %bert.encoder.layer.8.intermediate.dense.weight121, float* %grad.layer.8.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k259_grad_layer_8_attention_layernorm_sum.launch)
  %1239 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1240 = load i8*, i8** %1239, align 8
  %1241 = getelementptr inbounds i8, i8* %1240, i64 443555840
  %grad.layer.8.ffn.gelu122 = bitcast i8* %1241 to float*
  %1242 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1243 = load i8*, i8** %1242, align 8
  %1244 = getelementptr inbounds i8, i8* %1243, i64 424681472
  %layer.8.attention.layernorm123 = bitcast i8* %1244 to float*
  %1245 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1246 = load i8*, i8** %1245, align 8
  %1247 = getelementptr inbounds i8, i8* %1246, i64 331616256
  %bert.encoder.layer.8.intermediate.dense.weight124 = bitcast i8* %1247 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 191, %bertrt_gemm* @train_s128_v0__k260_grad_layer_8_ffn_intermediate_matmul_b.gemm, float* %grad.layer.8.ffn.gelu122, float* %layer.8.attention.layernorm123, float* %bert.encoder.layer.8.intermediate.dense.weight124, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k261_grad_layer_8_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k262_grad_layer_8_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k263_grad_layer_8_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k264_grad_layer_8_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k265_grad_layer_8_attention_output_in1_sum.launch)
  %1248 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1249 = load i8*, i8** %1248, align 8
  %1250 = getelementptr inbounds i8, i8* %1249, i64 427827200
  %grad.layer.8.attention.output_dropout = bitcast i8* %1250 to float*
  %1251 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1252 = load i8*, i8** %1251, align 8
  %1253 = getelementptr inbounds i8, i8* %1252, i64 329247744
  %bert.encoder.layer.8.attention.output.dense.weight125 = bitcast i8* %1253 to float*
  %1254 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1255 = load i8*, i8** %1254, align 8
  %1256 = getelementptr inbounds i8, i8* %1255, i64 430972928
  %grad.layer.8.attention.output.matmul.a = bitcast i8* %1256 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 192, %bertrt_gemm* @train_s128_v0__k266_grad_layer_8_attention_output_matmul_a.gemm, float* %grad.layer.8.attention.output_dropout, float* %bert.encoder.layer.8.attention.output.dense.weight125, float* %grad.layer.8.attention.output.matmul.a, float* null)
  %1257 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1258 = load i8*, i8** %1257, align 8
  %1259 = getelementptr inbounds i8, i8* %1258, i64 427827200
  %grad.layer.8.attention.output_dropout126 = bitcast i8* %1259 to float*
  %1260 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1261 = load i8*, i8** %1260, align 8
  %1262 = getelementptr inbounds i8, i8* %1261, i64 421535744
  %layer.8.attention.context127 = bitcast i8* %1262 to float*
  %1263 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1264 = load i8*, i8** %1263, align 8
  %1265 = getelementptr inbounds i8, i8* %1264, i64 329247744
  %bert.encoder.layer.8.attention.output.dense.weight128 = bitcast i8* %1265 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 193, %bertrt_gemm* @train_s128_v0__k267_grad_layer_8_attention_output_matmul_b.gemm, float* %grad.layer.8.attention.output_dropout126, float* %layer.8.attention.context127, float* %bert.encoder.layer.8.attention.output.dense.weight128, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k268_layer_8_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k269_layer_8_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k270_layer_8_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k271_grad_layer_8_attention_value_in1_sum.launch)
  %1266 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1267 = load i8*, i8** %1266, align 8
  %1268 = getelementptr inbounds i8, i8* %1267, i64 421535744
  %grad.layer.8.attention.context.b = bitcast i8* %1268 to float*
  %1269 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1270 = load i8*, i8** %1269, align 8
  %1271 = getelementptr inbounds i8, i8* %1270, i64 326885376
  %bert.encoder.layer.8.attention.self.value.weight129 = bitcast i8* %1271 to float*
  %1272 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1273 = load i8*, i8** %1272, align 8
  %1274 = getelementptr inbounds i8, i8* %1273, i64 412098560
  %grad.layer.8.attention.value.matmul.a = bitcast i8* %1274 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 194, %bertrt_gemm* @train_s128_v0__k272_grad_layer_8_attention_value_matmul_a.gemm, float* %grad.layer.8.attention.context.b, float* %bert.encoder.layer.8.attention.self.value.weight129, float* %grad.layer.8.attention.value.matmul.a, float* null)
  %1275 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1276 = load i8*, i8** %1275, align 8
  %1277 = getelementptr inbounds i8, i8* %1276, i64 421535744
  %grad.layer.8.attention.context.b130 = bitcast i8* %1277 to float*
  %1278 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1279 = load i8*, i8** %1278, align 8
  %1280 = getelementptr inbounds i8, i8* %1279, i64 405807104
  %layer.7.ffn.layernorm131 = bitcast i8* %1280 to float*
  %1281 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1282 = load i8*, i8** %1281, align 8
  %1283 = getelementptr inbounds i8, i8* %1282, i64 326885376
  %bert.encoder.layer.8.attention.self.value.weight132 = bitcast i8* %1283 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 195, %bertrt_gemm* @train_s128_v0__k273_grad_layer_8_attention_value_matmul_b.gemm, float* %grad.layer.8.attention.context.b130, float* %layer.7.ffn.layernorm131, float* %bert.encoder.layer.8.attention.self.value.weight132, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k274_grad_layer_8_attention_key_in1_sum.launch)
  %1284 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1285 = load i8*, i8** %1284, align 8
  %1286 = getelementptr inbounds i8, i8* %1285, i64 427827200
  %grad.layer.8.attention.scores.b = bitcast i8* %1286 to float*
  %1287 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1288 = load i8*, i8** %1287, align 8
  %1289 = getelementptr inbounds i8, i8* %1288, i64 324523008
  %bert.encoder.layer.8.attention.self.key.weight133 = bitcast i8* %1289 to float*
  %1290 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1291 = load i8*, i8** %1290, align 8
  %1292 = getelementptr inbounds i8, i8* %1291, i64 415244288
  %grad.layer.8.attention.key.matmul.a = bitcast i8* %1292 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 196, %bertrt_gemm* @train_s128_v0__k275_grad_layer_8_attention_key_matmul_a.gemm, float* %grad.layer.8.attention.scores.b, float* %bert.encoder.layer.8.attention.self.key.weight133, float* %grad.layer.8.attention.key.matmul.a, float* null)
  %1293 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1294 = load i8*, i8** %1293, align 8
  %1295 = getelementptr inbounds i8, i8* %1294, i64 427827200
  %grad.layer.8.attention.scores.b134 = bitcast i8* %1295 to float*
  %1296 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1297 = load i8*, i8** %1296, align 8
  %1298 = getelementptr inbounds i8, i8* %1297, i64 405807104
  %layer.7.ffn.layernorm135 = bitcast i8* %1298 to float*
  %1299 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1300 = load i8*, i8** %1299, align 8
  %1301 = getelementptr inbounds i8, i8* %1300, i64 324523008
  %bert.encoder.layer.8.attention.self.key.weight136 = bitcast i8* %1301 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 197, %bertrt_gemm* @train_s128_v0__k276_grad_layer_8_attention_key_matmul_b.gemm, float* %grad.layer.8.attention.scores.b134, float* %layer.7.ffn.layernorm135, float* %bert.encoder.layer.8.attention.self.key.weight136, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k277_grad_layer_8_attention_query_in1_sum.launch)
  %1302 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1303 = load i8*, i8** %1302, align 8
  %1304 = getelementptr inbounds i8, i8* %1303, i64 434118656
  %grad.layer.8.attention.scores.a = bitcast i8* %1304 to float*
  %1305 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1306 = load i8*, i8** %1305, align 8
  %1307 = getelementptr inbounds i8, i8* %1306, i64 322160640
  %bert.encoder.layer.8.attention.self.query.weight137 = bitcast i8* %1307 to float*
  %1308 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1309 = load i8*, i8** %1308, align 8
  %1310 = getelementptr inbounds i8, i8* %1309, i64 418390016
  %grad.layer.8.attention.query.matmul.a = bitcast i8* %1310 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 198, %bertrt_gemm* @train_s128_v0__k278_grad_layer_8_attention_query_matmul_a.gemm, float* %grad.layer.8.attention.scores.a, float* %bert.encoder.layer.8.attention.self.query.weight137, float* %grad.layer.8.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k279_grad_layer_7_ffn_layernorm_sum.launch)
  %1311 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1312 = load i8*, i8** %1311, align 8
  %1313 = getelementptr inbounds i8, i8* %1312, i64 434118656
  %grad.layer.8.attention.scores.a138 = bitcast i8* %1313 to float*
  %1314 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1315 = load i8*, i8** %1314, align 8
  %1316 = getelementptr inbounds i8, i8* %1315, i64 405807104
  %layer.7.ffn.layernorm139 = bitcast i8* %1316 to float*
  %1317 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1318 = load i8*, i8** %1317, align 8
  %1319 = getelementptr inbounds i8, i8* %1318, i64 322160640
  %bert.encoder.layer.8.attention.self.query.weight140 = bitcast i8* %1319 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 199, %bertrt_gemm* @train_s128_v0__k280_grad_layer_8_attention_query_matmul_b.gemm, float* %grad.layer.8.attention.scores.a138, float* %layer.7.ffn.layernorm139, float* %bert.encoder.layer.8.attention.self.query.weight140, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k281_grad_layer_7_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k282_grad_layer_7_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k283_grad_layer_7_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k284_grad_layer_7_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k285_grad_layer_7_ffn_output_in1_sum.launch)
  %1320 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1321 = load i8*, i8** %1320, align 8
  %1322 = getelementptr inbounds i8, i8* %1321, i64 408952832
  %grad.layer.7.ffn.dropout = bitcast i8* %1322 to float*
  %1323 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1324 = load i8*, i8** %1323, align 8
  %1325 = getelementptr inbounds i8, i8* %1324, i64 312714240
  %bert.encoder.layer.7.output.dense.weight141 = bitcast i8* %1325 to float*
  %1326 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1327 = load i8*, i8** %1326, align 8
  %1328 = getelementptr inbounds i8, i8* %1327, i64 412098560
  %grad.layer.7.ffn.output.matmul.a = bitcast i8* %1328 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 200, %bertrt_gemm* @train_s128_v0__k286_grad_layer_7_ffn_output_matmul_a.gemm, float* %grad.layer.7.ffn.dropout, float* %bert.encoder.layer.7.output.dense.weight141, float* %grad.layer.7.ffn.output.matmul.a, float* null)
  %1329 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1330 = load i8*, i8** %1329, align 8
  %1331 = getelementptr inbounds i8, i8* %1330, i64 408952832
  %grad.layer.7.ffn.dropout142 = bitcast i8* %1331 to float*
  %1332 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1333 = load i8*, i8** %1332, align 8
  %1334 = getelementptr inbounds i8, i8* %1333, i64 393224192
  %layer.7.ffn.gelu143 = bitcast i8* %1334 to float*
  %1335 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1336 = load i8*, i8** %1335, align 8
  %1337 = getelementptr inbounds i8, i8* %1336, i64 312714240
  %bert.encoder.layer.7.output.dense.weight144 = bitcast i8* %1337 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 201, %bertrt_gemm* @train_s128_v0__k287_grad_layer_7_ffn_output_matmul_b.gemm, float* %grad.layer.7.ffn.dropout142, float* %layer.7.ffn.gelu143, float* %bert.encoder.layer.7.output.dense.weight144, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k288_grad_layer_7_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k289_grad_layer_7_ffn_intermediate_in1_sum.launch)
  %1338 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1339 = load i8*, i8** %1338, align 8
  %1340 = getelementptr inbounds i8, i8* %1339, i64 393224192
  %grad.layer.7.ffn.gelu = bitcast i8* %1340 to float*
  %1341 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1342 = load i8*, i8** %1341, align 8
  %1343 = getelementptr inbounds i8, i8* %1342, i64 303264768
  %bert.encoder.layer.7.intermediate.dense.weight145 = bitcast i8* %1343 to float*
  %1344 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1345 = load i8*, i8** %1344, align 8
  %1346 = getelementptr inbounds i8, i8* %1345, i64 380641280
  %grad.layer.7.ffn.intermediate.matmul.a = bitcast i8* %1346 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 202, %bertrt_gemm* @train_s128_v0__k290_grad_layer_7_ffn_intermediate_matmul_a.gemm, float* %grad.layer.7.ffn.gelu, float* %bert.encoder.layer.7.intermediate.dense.weight145, float* %grad.layer.7.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k291_grad_layer_7_attention_layernorm_sum.launch)
  %1347 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1348 = load i8*, i8** %1347, align 8
  %1349 = getelementptr inbounds i8, i8* %1348, i64 393224192
  %grad.layer.7.ffn.gelu146 = bitcast i8* %1349 to float*
  %1350 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1351 = load i8*, i8** %1350, align 8
  %1352 = getelementptr inbounds i8, i8* %1351, i64 374349824
  %layer.7.attention.layernorm147 = bitcast i8* %1352 to float*
  %1353 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1354 = load i8*, i8** %1353, align 8
  %1355 = getelementptr inbounds i8, i8* %1354, i64 303264768
  %bert.encoder.layer.7.intermediate.dense.weight148 = bitcast i8* %1355 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 203, %bertrt_gemm* @train_s128_v0__k292_grad_layer_7_ffn_intermediate_matmul_b.gemm, float* %grad.layer.7.ffn.gelu146, float* %layer.7.attention.layernorm147, float* %bert.encoder.layer.7.intermediate.dense.weight148, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k293_grad_layer_7_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k294_grad_layer_7_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k295_grad_layer_7_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k296_grad_layer_7_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k297_grad_layer_7_attention_output_in1_sum.launch)
  %1356 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1357 = load i8*, i8** %1356, align 8
  %1358 = getelementptr inbounds i8, i8* %1357, i64 377495552
  %grad.layer.7.attention.output_dropout = bitcast i8* %1358 to float*
  %1359 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1360 = load i8*, i8** %1359, align 8
  %1361 = getelementptr inbounds i8, i8* %1360, i64 300896256
  %bert.encoder.layer.7.attention.output.dense.weight149 = bitcast i8* %1361 to float*
  %1362 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1363 = load i8*, i8** %1362, align 8
  %1364 = getelementptr inbounds i8, i8* %1363, i64 380641280
  %grad.layer.7.attention.output.matmul.a = bitcast i8* %1364 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 204, %bertrt_gemm* @train_s128_v0__k298_grad_layer_7_attention_output_matmul_a.gemm, float* %grad.layer.7.attention.output_dropout, float* %bert.encoder.layer.7.attention.output.dense.weight149, float* %grad.layer.7.attention.output.matmul.a, float* null)
  %1365 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1366 = load i8*, i8** %1365, align 8
  %1367 = getelementptr inbounds i8, i8* %1366, i64 377495552
  %grad.layer.7.attention.output_dropout150 = bitcast i8* %1367 to float*
  %1368 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1369 = load i8*, i8** %1368, align 8
  %1370 = getelementptr inbounds i8, i8* %1369, i64 371204096
  %layer.7.attention.context151 = bitcast i8* %1370 to float*
  %1371 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1372 = load i8*, i8** %1371, align 8
  %1373 = getelementptr inbounds i8, i8* %1372, i64 300896256
  %bert.encoder.layer.7.attention.output.dense.weight152 = bitcast i8* %1373 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 205, %bertrt_gemm* @train_s128_v0__k299_grad_layer_7_attention_output_matmul_b.gemm, float* %grad.layer.7.attention.output_dropout150, float* %layer.7.attention.context151, float* %bert.encoder.layer.7.attention.output.dense.weight152, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k300_layer_7_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k301_layer_7_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k302_layer_7_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k303_grad_layer_7_attention_value_in1_sum.launch)
  %1374 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1375 = load i8*, i8** %1374, align 8
  %1376 = getelementptr inbounds i8, i8* %1375, i64 371204096
  %grad.layer.7.attention.context.b = bitcast i8* %1376 to float*
  %1377 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1378 = load i8*, i8** %1377, align 8
  %1379 = getelementptr inbounds i8, i8* %1378, i64 298533888
  %bert.encoder.layer.7.attention.self.value.weight153 = bitcast i8* %1379 to float*
  %1380 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1381 = load i8*, i8** %1380, align 8
  %1382 = getelementptr inbounds i8, i8* %1381, i64 361766912
  %grad.layer.7.attention.value.matmul.a = bitcast i8* %1382 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 206, %bertrt_gemm* @train_s128_v0__k304_grad_layer_7_attention_value_matmul_a.gemm, float* %grad.layer.7.attention.context.b, float* %bert.encoder.layer.7.attention.self.value.weight153, float* %grad.layer.7.attention.value.matmul.a, float* null)
  %1383 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1384 = load i8*, i8** %1383, align 8
  %1385 = getelementptr inbounds i8, i8* %1384, i64 371204096
  %grad.layer.7.attention.context.b154 = bitcast i8* %1385 to float*
  %1386 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1387 = load i8*, i8** %1386, align 8
  %1388 = getelementptr inbounds i8, i8* %1387, i64 355475456
  %layer.6.ffn.layernorm155 = bitcast i8* %1388 to float*
  %1389 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1390 = load i8*, i8** %1389, align 8
  %1391 = getelementptr inbounds i8, i8* %1390, i64 298533888
  %bert.encoder.layer.7.attention.self.value.weight156 = bitcast i8* %1391 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 207, %bertrt_gemm* @train_s128_v0__k305_grad_layer_7_attention_value_matmul_b.gemm, float* %grad.layer.7.attention.context.b154, float* %layer.6.ffn.layernorm155, float* %bert.encoder.layer.7.attention.self.value.weight156, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k306_grad_layer_7_attention_key_in1_sum.launch)
  %1392 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1393 = load i8*, i8** %1392, align 8
  %1394 = getelementptr inbounds i8, i8* %1393, i64 377495552
  %grad.layer.7.attention.scores.b = bitcast i8* %1394 to float*
  %1395 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1396 = load i8*, i8** %1395, align 8
  %1397 = getelementptr inbounds i8, i8* %1396, i64 296171520
  %bert.encoder.layer.7.attention.self.key.weight157 = bitcast i8* %1397 to float*
  %1398 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1399 = load i8*, i8** %1398, align 8
  %1400 = getelementptr inbounds i8, i8* %1399, i64 364912640
  %grad.layer.7.attention.key.matmul.a = bitcast i8* %1400 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 208, %bertrt_gemm* @train_s128_v0__k307_grad_layer_7_attention_key_matmul_a.gemm, float* %grad.layer.7.attention.scores.b, float* %bert.encoder.layer.7.attention.self.key.weight157, float* %grad.layer.7.attention.key.matmul.a, float* null)
  %1401 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1402 = load i8*, i8** %1401, align 8
  %1403 = getelementptr inbounds i8, i8* %1402, i64 377495552
  %grad.layer.7.attention.scores.b158 = bitcast i8* %1403 to float*
  %1404 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1405 = load i8*, i8** %1404, align 8
  %1406 = getelementptr inbounds i8, i8* %1405, i64 355475456
  %layer.6.ffn.layernorm159 = bitcast i8* %1406 to float*
  %1407 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1408 = load i8*, i8** %1407, align 8
  %1409 = getelementptr inbounds i8, i8* %1408, i64 296171520
  %bert.encoder.layer.7.attention.self.key.weight160 = bitcast i8* %1409 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 209, %bertrt_gemm* @train_s128_v0__k308_grad_layer_7_attention_key_matmul_b.gemm, float* %grad.layer.7.attention.scores.b158, float* %layer.6.ffn.layernorm159, float* %bert.encoder.layer.7.attention.self.key.weight160, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k309_grad_layer_7_attention_query_in1_sum.launch)
  %1410 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1411 = load i8*, i8** %1410, align 8
  %1412 = getelementptr inbounds i8, i8* %1411, i64 383787008
  %grad.layer.7.attention.scores.a = bitcast i8* %1412 to float*
  %1413 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1414 = load i8*, i8** %1413, align 8
  %1415 = getelementptr inbounds i8, i8* %1414, i64 293809152
  %bert.encoder.layer.7.attention.self.query.weight161 = bitcast i8* %1415 to float*
  %1416 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1417 = load i8*, i8** %1416, align 8
  %1418 = getelementptr inbounds i8, i8* %1417, i64 368058368
  %grad.layer.7.attention.query.matmul.a = bitcast i8* %1418 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 210, %bertrt_gemm* @train_s128_v0__k310_grad_layer_7_attention_query_matmul_a.gemm, float* %grad.layer.7.attention.scores.a, float* %bert.encoder.layer.7.attention.self.query.weight161, float* %grad.layer.7.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k311_grad_layer_6_ffn_layernorm_sum.launch)
  %1419 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1420 = load i8*, i8** %1419, align 8
  %1421 = getelementptr inbounds i8, i8* %1420, i64 383787008
  %grad.layer.7.attention.scores.a162 = bitcast i8* %1421 to float*
  %1422 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1423 = load i8*, i8** %1422, align 8
  %1424 = getelementptr inbounds i8, i8* %1423, i64 355475456
  %layer.6.ffn.layernorm163 = bitcast i8* %1424 to float*
  %1425 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1426 = load i8*, i8** %1425, align 8
  %1427 = getelementptr inbounds i8, i8* %1426, i64 293809152
  %bert.encoder.layer.7.attention.self.query.weight164 = bitcast i8* %1427 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 211, %bertrt_gemm* @train_s128_v0__k312_grad_layer_7_attention_query_matmul_b.gemm, float* %grad.layer.7.attention.scores.a162, float* %layer.6.ffn.layernorm163, float* %bert.encoder.layer.7.attention.self.query.weight164, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k313_grad_layer_6_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k314_grad_layer_6_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k315_grad_layer_6_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k316_grad_layer_6_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k317_grad_layer_6_ffn_output_in1_sum.launch)
  %1428 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1429 = load i8*, i8** %1428, align 8
  %1430 = getelementptr inbounds i8, i8* %1429, i64 358621184
  %grad.layer.6.ffn.dropout = bitcast i8* %1430 to float*
  %1431 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1432 = load i8*, i8** %1431, align 8
  %1433 = getelementptr inbounds i8, i8* %1432, i64 284362752
  %bert.encoder.layer.6.output.dense.weight165 = bitcast i8* %1433 to float*
  %1434 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1435 = load i8*, i8** %1434, align 8
  %1436 = getelementptr inbounds i8, i8* %1435, i64 361766912
  %grad.layer.6.ffn.output.matmul.a = bitcast i8* %1436 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 212, %bertrt_gemm* @train_s128_v0__k318_grad_layer_6_ffn_output_matmul_a.gemm, float* %grad.layer.6.ffn.dropout, float* %bert.encoder.layer.6.output.dense.weight165, float* %grad.layer.6.ffn.output.matmul.a, float* null)
  %1437 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1438 = load i8*, i8** %1437, align 8
  %1439 = getelementptr inbounds i8, i8* %1438, i64 358621184
  %grad.layer.6.ffn.dropout166 = bitcast i8* %1439 to float*
  %1440 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1441 = load i8*, i8** %1440, align 8
  %1442 = getelementptr inbounds i8, i8* %1441, i64 342892544
  %layer.6.ffn.gelu167 = bitcast i8* %1442 to float*
  %1443 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1444 = load i8*, i8** %1443, align 8
  %1445 = getelementptr inbounds i8, i8* %1444, i64 284362752
  %bert.encoder.layer.6.output.dense.weight168 = bitcast i8* %1445 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 213, %bertrt_gemm* @train_s128_v0__k319_grad_layer_6_ffn_output_matmul_b.gemm, float* %grad.layer.6.ffn.dropout166, float* %layer.6.ffn.gelu167, float* %bert.encoder.layer.6.output.dense.weight168, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k320_grad_layer_6_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k321_grad_layer_6_ffn_intermediate_in1_sum.launch)
  %1446 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1447 = load i8*, i8** %1446, align 8
  %1448 = getelementptr inbounds i8, i8* %1447, i64 342892544
  %grad.layer.6.ffn.gelu = bitcast i8* %1448 to float*
  %1449 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1450 = load i8*, i8** %1449, align 8
  %1451 = getelementptr inbounds i8, i8* %1450, i64 274913280
  %bert.encoder.layer.6.intermediate.dense.weight169 = bitcast i8* %1451 to float*
  %1452 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1453 = load i8*, i8** %1452, align 8
  %1454 = getelementptr inbounds i8, i8* %1453, i64 330309632
  %grad.layer.6.ffn.intermediate.matmul.a = bitcast i8* %1454 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 214, %bertrt_gemm* @train_s128_v0__k322_grad_layer_6_ffn_intermediate_matmul_a.gemm, float* %grad.layer.6.ffn.gelu, float* %bert.encoder.layer.6.intermediate.dense.weight169, float* %grad.layer.6.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k323_grad_layer_6_attention_layernorm_sum.launch)
  %1455 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1456 = load i8*, i8** %1455, align 8
  %1457 = getelementptr inbounds i8, i8* %1456, i64 342892544
  %grad.layer.6.ffn.gelu170 = bitcast i8* %1457 to float*
  %1458 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1459 = load i8*, i8** %1458, align 8
  %1460 = getelementptr inbounds i8, i8* %1459, i64 324018176
  %layer.6.attention.layernorm171 = bitcast i8* %1460 to float*
  %1461 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1462 = load i8*, i8** %1461, align 8
  %1463 = getelementptr inbounds i8, i8* %1462, i64 274913280
  %bert.encoder.layer.6.intermediate.dense.weight172 = bitcast i8* %1463 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 215, %bertrt_gemm* @train_s128_v0__k324_grad_layer_6_ffn_intermediate_matmul_b.gemm, float* %grad.layer.6.ffn.gelu170, float* %layer.6.attention.layernorm171, float* %bert.encoder.layer.6.intermediate.dense.weight172, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k325_grad_layer_6_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k326_grad_layer_6_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k327_grad_layer_6_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k328_grad_layer_6_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k329_grad_layer_6_attention_output_in1_sum.launch)
  %1464 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1465 = load i8*, i8** %1464, align 8
  %1466 = getelementptr inbounds i8, i8* %1465, i64 327163904
  %grad.layer.6.attention.output_dropout = bitcast i8* %1466 to float*
  %1467 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1468 = load i8*, i8** %1467, align 8
  %1469 = getelementptr inbounds i8, i8* %1468, i64 272544768
  %bert.encoder.layer.6.attention.output.dense.weight173 = bitcast i8* %1469 to float*
  %1470 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1471 = load i8*, i8** %1470, align 8
  %1472 = getelementptr inbounds i8, i8* %1471, i64 330309632
  %grad.layer.6.attention.output.matmul.a = bitcast i8* %1472 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 216, %bertrt_gemm* @train_s128_v0__k330_grad_layer_6_attention_output_matmul_a.gemm, float* %grad.layer.6.attention.output_dropout, float* %bert.encoder.layer.6.attention.output.dense.weight173, float* %grad.layer.6.attention.output.matmul.a, float* null)
  %1473 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1474 = load i8*, i8** %1473, align 8
  %1475 = getelementptr inbounds i8, i8* %1474, i64 327163904
  %grad.layer.6.attention.output_dropout174 = bitcast i8* %1475 to float*
  %1476 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1477 = load i8*, i8** %1476, align 8
  %1478 = getelementptr inbounds i8, i8* %1477, i64 320872448
  %layer.6.attention.context175 = bitcast i8* %1478 to float*
  %1479 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1480 = load i8*, i8** %1479, align 8
  %1481 = getelementptr inbounds i8, i8* %1480, i64 272544768
  %bert.encoder.layer.6.attention.output.dense.weight176 = bitcast i8* %1481 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 217, %bertrt_gemm* @train_s128_v0__k331_grad_layer_6_attention_output_matmul_b.gemm, float* %grad.layer.6.attention.output_dropout174, float* %layer.6.attention.context175, float* %bert.encoder.layer.6.attention.output.dense.weight176, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k332_layer_6_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k333_layer_6_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k334_layer_6_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k335_grad_layer_6_attention_value_in1_sum.launch)
  %1482 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1483 = load i8*, i8** %1482, align 8
  %1484 = getelementptr inbounds i8, i8* %1483, i64 320872448
  %grad.layer.6.attention.context.b = bitcast i8* %1484 to float*
  %1485 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1486 = load i8*, i8** %1485, align 8
  %1487 = getelementptr inbounds i8, i8* %1486, i64 270182400
  %bert.encoder.layer.6.attention.self.value.weight177 = bitcast i8* %1487 to float*
  %1488 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1489 = load i8*, i8** %1488, align 8
  %1490 = getelementptr inbounds i8, i8* %1489, i64 311435264
  %grad.layer.6.attention.value.matmul.a = bitcast i8* %1490 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 218, %bertrt_gemm* @train_s128_v0__k336_grad_layer_6_attention_value_matmul_a.gemm, float* %grad.layer.6.attention.context.b, float* %bert.encoder.layer.6.attention.self.value.weight177, float* %grad.layer.6.attention.value.matmul.a, float* null)
  %1491 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1492 = load i8*, i8** %1491, align 8
  %1493 = getelementptr inbounds i8, i8* %1492, i64 320872448
  %grad.layer.6.attention.context.b178 = bitcast i8* %1493 to float*
  %1494 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1495 = load i8*, i8** %1494, align 8
  %1496 = getelementptr inbounds i8, i8* %1495, i64 305143808
  %layer.5.ffn.layernorm179 = bitcast i8* %1496 to float*
  %1497 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1498 = load i8*, i8** %1497, align 8
  %1499 = getelementptr inbounds i8, i8* %1498, i64 270182400
  %bert.encoder.layer.6.attention.self.value.weight180 = bitcast i8* %1499 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 219, %bertrt_gemm* @train_s128_v0__k337_grad_layer_6_attention_value_matmul_b.gemm, float* %grad.layer.6.attention.context.b178, float* %layer.5.ffn.layernorm179, float* %bert.encoder.layer.6.attention.self.value.weight180, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k338_grad_layer_6_attention_key_in1_sum.launch)
  %1500 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1501 = load i8*, i8** %1500, align 8
  %1502 = getelementptr inbounds i8, i8* %1501, i64 327163904
  %grad.layer.6.attention.scores.b = bitcast i8* %1502 to float*
  %1503 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1504 = load i8*, i8** %1503, align 8
  %1505 = getelementptr inbounds i8, i8* %1504, i64 267820032
  %bert.encoder.layer.6.attention.self.key.weight181 = bitcast i8* %1505 to float*
  %1506 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1507 = load i8*, i8** %1506, align 8
  %1508 = getelementptr inbounds i8, i8* %1507, i64 314580992
  %grad.layer.6.attention.key.matmul.a = bitcast i8* %1508 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 220, %bertrt_gemm* @train_s128_v0__k339_grad_layer_6_attention_key_matmul_a.gemm, float* %grad.layer.6.attention.scores.b, float* %bert.encoder.layer.6.attention.self.key.weight181, float* %grad.layer.6.attention.key.matmul.a, float* null)
  %1509 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1510 = load i8*, i8** %1509, align 8
  %1511 = getelementptr inbounds i8, i8* %1510, i64 327163904
  %grad.layer.6.attention.scores.b182 = bitcast i8* %1511 to float*
  %1512 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1513 = load i8*, i8** %1512, align 8
  %1514 = getelementptr inbounds i8, i8* %1513, i64 305143808
  %layer.5.ffn.layernorm183 = bitcast i8* %1514 to float*
  %1515 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1516 = load i8*, i8** %1515, align 8
  %1517 = getelementptr inbounds i8, i8* %1516, i64 267820032
  %bert.encoder.layer.6.attention.self.key.weight184 = bitcast i8* %1517 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 221, %bertrt_gemm* @train_s128_v0__k340_grad_layer_6_attention_key_matmul_b.gemm, float* %grad.layer.6.attention.scores.b182, float* %layer.5.ffn.layernorm183, float* %bert.encoder.layer.6.attention.self.key.weight184, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k341_grad_layer_6_attention_query_in1_sum.launch)
  %1518 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1519 = load i8*, i8** %1518, align 8
  %1520 = getelementptr inbounds i8, i8* %1519, i64 333455360
  %grad.layer.6.attention.scores.a = bitcast i8* %1520 to float*
  %1521 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1522 = load i8*, i8** %1521, align 8
  %1523 = getelementptr inbounds i8, i8* %1522, i64 265457664
  %bert.encoder.layer.6.attention.self.query.weight185 = bitcast i8* %1523 to float*
  %1524 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1525 = load i8*, i8** %1524, align 8
  %1526 = getelementptr inbounds i8, i8* %1525, i64 317726720
  %grad.layer.6.attention.query.matmul.a = bitcast i8* %1526 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 222, %bertrt_gemm* @train_s128_v0__k342_grad_layer_6_attention_query_matmul_a.gemm, float* %grad.layer.6.attention.scores.a, float* %bert.encoder.layer.6.attention.self.query.weight185, float* %grad.layer.6.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k343_grad_layer_5_ffn_layernorm_sum.launch)
  %1527 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1528 = load i8*, i8** %1527, align 8
  %1529 = getelementptr inbounds i8, i8* %1528, i64 333455360
  %grad.layer.6.attention.scores.a186 = bitcast i8* %1529 to float*
  %1530 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1531 = load i8*, i8** %1530, align 8
  %1532 = getelementptr inbounds i8, i8* %1531, i64 305143808
  %layer.5.ffn.layernorm187 = bitcast i8* %1532 to float*
  %1533 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1534 = load i8*, i8** %1533, align 8
  %1535 = getelementptr inbounds i8, i8* %1534, i64 265457664
  %bert.encoder.layer.6.attention.self.query.weight188 = bitcast i8* %1535 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 223, %bertrt_gemm* @train_s128_v0__k344_grad_layer_6_attention_query_matmul_b.gemm, float* %grad.layer.6.attention.scores.a186, float* %layer.5.ffn.layernorm187, float* %bert.encoder.layer.6.attention.self.query.weight188, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k345_grad_layer_5_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k346_grad_layer_5_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k347_grad_layer_5_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k348_grad_layer_5_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k349_grad_layer_5_ffn_output_in1_sum.launch)
  %1536 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1537 = load i8*, i8** %1536, align 8
  %1538 = getelementptr inbounds i8, i8* %1537, i64 308289536
  %grad.layer.5.ffn.dropout = bitcast i8* %1538 to float*
  %1539 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1540 = load i8*, i8** %1539, align 8
  %1541 = getelementptr inbounds i8, i8* %1540, i64 256011264
  %bert.encoder.layer.5.output.dense.weight189 = bitcast i8* %1541 to float*
  %1542 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1543 = load i8*, i8** %1542, align 8
  %1544 = getelementptr inbounds i8, i8* %1543, i64 311435264
  %grad.layer.5.ffn.output.matmul.a = bitcast i8* %1544 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 224, %bertrt_gemm* @train_s128_v0__k350_grad_layer_5_ffn_output_matmul_a.gemm, float* %grad.layer.5.ffn.dropout, float* %bert.encoder.layer.5.output.dense.weight189, float* %grad.layer.5.ffn.output.matmul.a, float* null)
  %1545 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1546 = load i8*, i8** %1545, align 8
  %1547 = getelementptr inbounds i8, i8* %1546, i64 308289536
  %grad.layer.5.ffn.dropout190 = bitcast i8* %1547 to float*
  %1548 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1549 = load i8*, i8** %1548, align 8
  %1550 = getelementptr inbounds i8, i8* %1549, i64 292560896
  %layer.5.ffn.gelu191 = bitcast i8* %1550 to float*
  %1551 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1552 = load i8*, i8** %1551, align 8
  %1553 = getelementptr inbounds i8, i8* %1552, i64 256011264
  %bert.encoder.layer.5.output.dense.weight192 = bitcast i8* %1553 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 225, %bertrt_gemm* @train_s128_v0__k351_grad_layer_5_ffn_output_matmul_b.gemm, float* %grad.layer.5.ffn.dropout190, float* %layer.5.ffn.gelu191, float* %bert.encoder.layer.5.output.dense.weight192, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k352_grad_layer_5_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k353_grad_layer_5_ffn_intermediate_in1_sum.launch)
  %1554 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1555 = load i8*, i8** %1554, align 8
  %1556 = getelementptr inbounds i8, i8* %1555, i64 292560896
  %grad.layer.5.ffn.gelu = bitcast i8* %1556 to float*
  %1557 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1558 = load i8*, i8** %1557, align 8
  %1559 = getelementptr inbounds i8, i8* %1558, i64 246561792
  %bert.encoder.layer.5.intermediate.dense.weight193 = bitcast i8* %1559 to float*
  %1560 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1561 = load i8*, i8** %1560, align 8
  %1562 = getelementptr inbounds i8, i8* %1561, i64 279977984
  %grad.layer.5.ffn.intermediate.matmul.a = bitcast i8* %1562 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 226, %bertrt_gemm* @train_s128_v0__k354_grad_layer_5_ffn_intermediate_matmul_a.gemm, float* %grad.layer.5.ffn.gelu, float* %bert.encoder.layer.5.intermediate.dense.weight193, float* %grad.layer.5.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k355_grad_layer_5_attention_layernorm_sum.launch)
  %1563 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1564 = load i8*, i8** %1563, align 8
  %1565 = getelementptr inbounds i8, i8* %1564, i64 292560896
  %grad.layer.5.ffn.gelu194 = bitcast i8* %1565 to float*
  %1566 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1567 = load i8*, i8** %1566, align 8
  %1568 = getelementptr inbounds i8, i8* %1567, i64 273686528
  %layer.5.attention.layernorm195 = bitcast i8* %1568 to float*
  %1569 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1570 = load i8*, i8** %1569, align 8
  %1571 = getelementptr inbounds i8, i8* %1570, i64 246561792
  %bert.encoder.layer.5.intermediate.dense.weight196 = bitcast i8* %1571 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 227, %bertrt_gemm* @train_s128_v0__k356_grad_layer_5_ffn_intermediate_matmul_b.gemm, float* %grad.layer.5.ffn.gelu194, float* %layer.5.attention.layernorm195, float* %bert.encoder.layer.5.intermediate.dense.weight196, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k357_grad_layer_5_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k358_grad_layer_5_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k359_grad_layer_5_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k360_grad_layer_5_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k361_grad_layer_5_attention_output_in1_sum.launch)
  %1572 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1573 = load i8*, i8** %1572, align 8
  %1574 = getelementptr inbounds i8, i8* %1573, i64 276832256
  %grad.layer.5.attention.output_dropout = bitcast i8* %1574 to float*
  %1575 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1576 = load i8*, i8** %1575, align 8
  %1577 = getelementptr inbounds i8, i8* %1576, i64 244193280
  %bert.encoder.layer.5.attention.output.dense.weight197 = bitcast i8* %1577 to float*
  %1578 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1579 = load i8*, i8** %1578, align 8
  %1580 = getelementptr inbounds i8, i8* %1579, i64 279977984
  %grad.layer.5.attention.output.matmul.a = bitcast i8* %1580 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 228, %bertrt_gemm* @train_s128_v0__k362_grad_layer_5_attention_output_matmul_a.gemm, float* %grad.layer.5.attention.output_dropout, float* %bert.encoder.layer.5.attention.output.dense.weight197, float* %grad.layer.5.attention.output.matmul.a, float* null)
  %1581 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1582 = load i8*, i8** %1581, align 8
  %1583 = getelementptr inbounds i8, i8* %1582, i64 276832256
  %grad.layer.5.attention.output_dropout198 = bitcast i8* %1583 to float*
  %1584 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1585 = load i8*, i8** %1584, align 8
  %1586 = getelementptr inbounds i8, i8* %1585, i64 270540800
  %layer.5.attention.context199 = bitcast i8* %1586 to float*
  %1587 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1588 = load i8*, i8** %1587, align 8
  %1589 = getelementptr inbounds i8, i8* %1588, i64 244193280
  %bert.encoder.layer.5.attention.output.dense.weight200 = bitcast i8* %1589 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 229, %bertrt_gemm* @train_s128_v0__k363_grad_layer_5_attention_output_matmul_b.gemm, float* %grad.layer.5.attention.output_dropout198, float* %layer.5.attention.context199, float* %bert.encoder.layer.5.attention.output.dense.weight200, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k364_layer_5_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k365_layer_5_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k366_layer_5_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k367_grad_layer_5_attention_value_in1_sum.launch)
  %1590 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1591 = load i8*, i8** %1590, align 8
  %1592 = getelementptr inbounds i8, i8* %1591, i64 270540800
  %grad.layer.5.attention.context.b = bitcast i8* %1592 to float*
  %1593 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1594 = load i8*, i8** %1593, align 8
  %1595 = getelementptr inbounds i8, i8* %1594, i64 241830912
  %bert.encoder.layer.5.attention.self.value.weight201 = bitcast i8* %1595 to float*
  %1596 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1597 = load i8*, i8** %1596, align 8
  %1598 = getelementptr inbounds i8, i8* %1597, i64 261103616
  %grad.layer.5.attention.value.matmul.a = bitcast i8* %1598 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 230, %bertrt_gemm* @train_s128_v0__k368_grad_layer_5_attention_value_matmul_a.gemm, float* %grad.layer.5.attention.context.b, float* %bert.encoder.layer.5.attention.self.value.weight201, float* %grad.layer.5.attention.value.matmul.a, float* null)
  %1599 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1600 = load i8*, i8** %1599, align 8
  %1601 = getelementptr inbounds i8, i8* %1600, i64 270540800
  %grad.layer.5.attention.context.b202 = bitcast i8* %1601 to float*
  %1602 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1603 = load i8*, i8** %1602, align 8
  %1604 = getelementptr inbounds i8, i8* %1603, i64 254812160
  %layer.4.ffn.layernorm203 = bitcast i8* %1604 to float*
  %1605 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1606 = load i8*, i8** %1605, align 8
  %1607 = getelementptr inbounds i8, i8* %1606, i64 241830912
  %bert.encoder.layer.5.attention.self.value.weight204 = bitcast i8* %1607 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 231, %bertrt_gemm* @train_s128_v0__k369_grad_layer_5_attention_value_matmul_b.gemm, float* %grad.layer.5.attention.context.b202, float* %layer.4.ffn.layernorm203, float* %bert.encoder.layer.5.attention.self.value.weight204, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k370_grad_layer_5_attention_key_in1_sum.launch)
  %1608 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1609 = load i8*, i8** %1608, align 8
  %1610 = getelementptr inbounds i8, i8* %1609, i64 276832256
  %grad.layer.5.attention.scores.b = bitcast i8* %1610 to float*
  %1611 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1612 = load i8*, i8** %1611, align 8
  %1613 = getelementptr inbounds i8, i8* %1612, i64 239468544
  %bert.encoder.layer.5.attention.self.key.weight205 = bitcast i8* %1613 to float*
  %1614 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1615 = load i8*, i8** %1614, align 8
  %1616 = getelementptr inbounds i8, i8* %1615, i64 264249344
  %grad.layer.5.attention.key.matmul.a = bitcast i8* %1616 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 232, %bertrt_gemm* @train_s128_v0__k371_grad_layer_5_attention_key_matmul_a.gemm, float* %grad.layer.5.attention.scores.b, float* %bert.encoder.layer.5.attention.self.key.weight205, float* %grad.layer.5.attention.key.matmul.a, float* null)
  %1617 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1618 = load i8*, i8** %1617, align 8
  %1619 = getelementptr inbounds i8, i8* %1618, i64 276832256
  %grad.layer.5.attention.scores.b206 = bitcast i8* %1619 to float*
  %1620 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1621 = load i8*, i8** %1620, align 8
  %1622 = getelementptr inbounds i8, i8* %1621, i64 254812160
  %layer.4.ffn.layernorm207 = bitcast i8* %1622 to float*
  %1623 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1624 = load i8*, i8** %1623, align 8
  %1625 = getelementptr inbounds i8, i8* %1624, i64 239468544
  %bert.encoder.layer.5.attention.self.key.weight208 = bitcast i8* %1625 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 233, %bertrt_gemm* @train_s128_v0__k372_grad_layer_5_attention_key_matmul_b.gemm, float* %grad.layer.5.attention.scores.b206, float* %layer.4.ffn.layernorm207, float* %bert.encoder.layer.5.attention.self.key.weight208, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k373_grad_layer_5_attention_query_in1_sum.launch)
  %1626 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1627 = load i8*, i8** %1626, align 8
  %1628 = getelementptr inbounds i8, i8* %1627, i64 283123712
  %grad.layer.5.attention.scores.a = bitcast i8* %1628 to float*
  %1629 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1630 = load i8*, i8** %1629, align 8
  %1631 = getelementptr inbounds i8, i8* %1630, i64 237106176
  %bert.encoder.layer.5.attention.self.query.weight209 = bitcast i8* %1631 to float*
  %1632 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1633 = load i8*, i8** %1632, align 8
  %1634 = getelementptr inbounds i8, i8* %1633, i64 267395072
  %grad.layer.5.attention.query.matmul.a = bitcast i8* %1634 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 234, %bertrt_gemm* @train_s128_v0__k374_grad_layer_5_attention_query_matmul_a.gemm, float* %grad.layer.5.attention.scores.a, float* %bert.encoder.layer.5.attention.self.query.weight209, float* %grad.layer.5.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k375_grad_layer_4_ffn_layernorm_sum.launch)
  %1635 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1636 = load i8*, i8** %1635, align 8
  %1637 = getelementptr inbounds i8, i8* %1636, i64 283123712
  %grad.layer.5.attention.scores.a210 = bitcast i8* %1637 to float*
  %1638 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1639 = load i8*, i8** %1638, align 8
  %1640 = getelementptr inbounds i8, i8* %1639, i64 254812160
  %layer.4.ffn.layernorm211 = bitcast i8* %1640 to float*
  %1641 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1642 = load i8*, i8** %1641, align 8
  %1643 = getelementptr inbounds i8, i8* %1642, i64 237106176
  %bert.encoder.layer.5.attention.self.query.weight212 = bitcast i8* %1643 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 235, %bertrt_gemm* @train_s128_v0__k376_grad_layer_5_attention_query_matmul_b.gemm, float* %grad.layer.5.attention.scores.a210, float* %layer.4.ffn.layernorm211, float* %bert.encoder.layer.5.attention.self.query.weight212, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k377_grad_layer_4_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k378_grad_layer_4_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k379_grad_layer_4_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k380_grad_layer_4_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k381_grad_layer_4_ffn_output_in1_sum.launch)
  %1644 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1645 = load i8*, i8** %1644, align 8
  %1646 = getelementptr inbounds i8, i8* %1645, i64 257957888
  %grad.layer.4.ffn.dropout = bitcast i8* %1646 to float*
  %1647 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1648 = load i8*, i8** %1647, align 8
  %1649 = getelementptr inbounds i8, i8* %1648, i64 227659776
  %bert.encoder.layer.4.output.dense.weight213 = bitcast i8* %1649 to float*
  %1650 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1651 = load i8*, i8** %1650, align 8
  %1652 = getelementptr inbounds i8, i8* %1651, i64 261103616
  %grad.layer.4.ffn.output.matmul.a = bitcast i8* %1652 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 236, %bertrt_gemm* @train_s128_v0__k382_grad_layer_4_ffn_output_matmul_a.gemm, float* %grad.layer.4.ffn.dropout, float* %bert.encoder.layer.4.output.dense.weight213, float* %grad.layer.4.ffn.output.matmul.a, float* null)
  %1653 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1654 = load i8*, i8** %1653, align 8
  %1655 = getelementptr inbounds i8, i8* %1654, i64 257957888
  %grad.layer.4.ffn.dropout214 = bitcast i8* %1655 to float*
  %1656 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1657 = load i8*, i8** %1656, align 8
  %1658 = getelementptr inbounds i8, i8* %1657, i64 242229248
  %layer.4.ffn.gelu215 = bitcast i8* %1658 to float*
  %1659 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1660 = load i8*, i8** %1659, align 8
  %1661 = getelementptr inbounds i8, i8* %1660, i64 227659776
  %bert.encoder.layer.4.output.dense.weight216 = bitcast i8* %1661 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 237, %bertrt_gemm* @train_s128_v0__k383_grad_layer_4_ffn_output_matmul_b.gemm, float* %grad.layer.4.ffn.dropout214, float* %layer.4.ffn.gelu215, float* %bert.encoder.layer.4.output.dense.weight216, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k384_grad_layer_4_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k385_grad_layer_4_ffn_intermediate_in1_sum.launch)
  %1662 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1663 = load i8*, i8** %1662, align 8
  %1664 = getelementptr inbounds i8, i8* %1663, i64 242229248
  %grad.layer.4.ffn.gelu = bitcast i8* %1664 to float*
  %1665 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1666 = load i8*, i8** %1665, align 8
  %1667 = getelementptr inbounds i8, i8* %1666, i64 218210304
  %bert.encoder.layer.4.intermediate.dense.weight217 = bitcast i8* %1667 to float*
  %1668 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1669 = load i8*, i8** %1668, align 8
  %1670 = getelementptr inbounds i8, i8* %1669, i64 229646336
  %grad.layer.4.ffn.intermediate.matmul.a = bitcast i8* %1670 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 238, %bertrt_gemm* @train_s128_v0__k386_grad_layer_4_ffn_intermediate_matmul_a.gemm, float* %grad.layer.4.ffn.gelu, float* %bert.encoder.layer.4.intermediate.dense.weight217, float* %grad.layer.4.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k387_grad_layer_4_attention_layernorm_sum.launch)
  %1671 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1672 = load i8*, i8** %1671, align 8
  %1673 = getelementptr inbounds i8, i8* %1672, i64 242229248
  %grad.layer.4.ffn.gelu218 = bitcast i8* %1673 to float*
  %1674 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1675 = load i8*, i8** %1674, align 8
  %1676 = getelementptr inbounds i8, i8* %1675, i64 223354880
  %layer.4.attention.layernorm219 = bitcast i8* %1676 to float*
  %1677 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1678 = load i8*, i8** %1677, align 8
  %1679 = getelementptr inbounds i8, i8* %1678, i64 218210304
  %bert.encoder.layer.4.intermediate.dense.weight220 = bitcast i8* %1679 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 239, %bertrt_gemm* @train_s128_v0__k388_grad_layer_4_ffn_intermediate_matmul_b.gemm, float* %grad.layer.4.ffn.gelu218, float* %layer.4.attention.layernorm219, float* %bert.encoder.layer.4.intermediate.dense.weight220, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k389_grad_layer_4_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k390_grad_layer_4_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k391_grad_layer_4_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k392_grad_layer_4_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k393_grad_layer_4_attention_output_in1_sum.launch)
  %1680 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1681 = load i8*, i8** %1680, align 8
  %1682 = getelementptr inbounds i8, i8* %1681, i64 226500608
  %grad.layer.4.attention.output_dropout = bitcast i8* %1682 to float*
  %1683 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1684 = load i8*, i8** %1683, align 8
  %1685 = getelementptr inbounds i8, i8* %1684, i64 215841792
  %bert.encoder.layer.4.attention.output.dense.weight221 = bitcast i8* %1685 to float*
  %1686 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1687 = load i8*, i8** %1686, align 8
  %1688 = getelementptr inbounds i8, i8* %1687, i64 229646336
  %grad.layer.4.attention.output.matmul.a = bitcast i8* %1688 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 240, %bertrt_gemm* @train_s128_v0__k394_grad_layer_4_attention_output_matmul_a.gemm, float* %grad.layer.4.attention.output_dropout, float* %bert.encoder.layer.4.attention.output.dense.weight221, float* %grad.layer.4.attention.output.matmul.a, float* null)
  %1689 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1690 = load i8*, i8** %1689, align 8
  %1691 = getelementptr inbounds i8, i8* %1690, i64 226500608
  %grad.layer.4.attention.output_dropout222 = bitcast i8* %1691 to float*
  %1692 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1693 = load i8*, i8** %1692, align 8
  %1694 = getelementptr inbounds i8, i8* %1693, i64 220209152
  %layer.4.attention.context223 = bitcast i8* %1694 to float*
  %1695 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1696 = load i8*, i8** %1695, align 8
  %1697 = getelementptr inbounds i8, i8* %1696, i64 215841792
  %bert.encoder.layer.4.attention.output.dense.weight224 = bitcast i8* %1697 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 241, %bertrt_gemm* @train_s128_v0__k395_grad_layer_4_attention_output_matmul_b.gemm, float* %grad.layer.4.attention.output_dropout222, float* %layer.4.attention.context223, float* %bert.encoder.layer.4.attention.output.dense.weight224, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k396_layer_4_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k397_layer_4_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k398_layer_4_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k399_grad_layer_4_attention_value_in1_sum.launch)
  %1698 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1699 = load i8*, i8** %1698, align 8
  %1700 = getelementptr inbounds i8, i8* %1699, i64 220209152
  %grad.layer.4.attention.context.b = bitcast i8* %1700 to float*
  %1701 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1702 = load i8*, i8** %1701, align 8
  %1703 = getelementptr inbounds i8, i8* %1702, i64 213479424
  %bert.encoder.layer.4.attention.self.value.weight225 = bitcast i8* %1703 to float*
  %1704 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1705 = load i8*, i8** %1704, align 8
  %1706 = getelementptr inbounds i8, i8* %1705, i64 210771968
  %grad.layer.4.attention.value.matmul.a = bitcast i8* %1706 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 242, %bertrt_gemm* @train_s128_v0__k400_grad_layer_4_attention_value_matmul_a.gemm, float* %grad.layer.4.attention.context.b, float* %bert.encoder.layer.4.attention.self.value.weight225, float* %grad.layer.4.attention.value.matmul.a, float* null)
  %1707 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1708 = load i8*, i8** %1707, align 8
  %1709 = getelementptr inbounds i8, i8* %1708, i64 220209152
  %grad.layer.4.attention.context.b226 = bitcast i8* %1709 to float*
  %1710 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1711 = load i8*, i8** %1710, align 8
  %1712 = getelementptr inbounds i8, i8* %1711, i64 204480512
  %layer.3.ffn.layernorm227 = bitcast i8* %1712 to float*
  %1713 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1714 = load i8*, i8** %1713, align 8
  %1715 = getelementptr inbounds i8, i8* %1714, i64 213479424
  %bert.encoder.layer.4.attention.self.value.weight228 = bitcast i8* %1715 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 243, %bertrt_gemm* @train_s128_v0__k401_grad_layer_4_attention_value_matmul_b.gemm, float* %grad.layer.4.attention.context.b226, float* %layer.3.ffn.layernorm227, float* %bert.encoder.layer.4.attention.self.value.weight228, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k402_grad_layer_4_attention_key_in1_sum.launch)
  %1716 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1717 = load i8*, i8** %1716, align 8
  %1718 = getelementptr inbounds i8, i8* %1717, i64 226500608
  %grad.layer.4.attention.scores.b = bitcast i8* %1718 to float*
  %1719 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1720 = load i8*, i8** %1719, align 8
  %1721 = getelementptr inbounds i8, i8* %1720, i64 211117056
  %bert.encoder.layer.4.attention.self.key.weight229 = bitcast i8* %1721 to float*
  %1722 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1723 = load i8*, i8** %1722, align 8
  %1724 = getelementptr inbounds i8, i8* %1723, i64 213917696
  %grad.layer.4.attention.key.matmul.a = bitcast i8* %1724 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 244, %bertrt_gemm* @train_s128_v0__k403_grad_layer_4_attention_key_matmul_a.gemm, float* %grad.layer.4.attention.scores.b, float* %bert.encoder.layer.4.attention.self.key.weight229, float* %grad.layer.4.attention.key.matmul.a, float* null)
  %1725 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1726 = load i8*, i8** %1725, align 8
  %1727 = getelementptr inbounds i8, i8* %1726, i64 226500608
  %grad.layer.4.attention.scores.b230 = bitcast i8* %1727 to float*
  %1728 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1729 = load i8*, i8** %1728, align 8
  %1730 = getelementptr inbounds i8, i8* %1729, i64 204480512
  %layer.3.ffn.layernorm231 = bitcast i8* %1730 to float*
  %1731 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1732 = load i8*, i8** %1731, align 8
  %1733 = getelementptr inbounds i8, i8* %1732, i64 211117056
  %bert.encoder.layer.4.attention.self.key.weight232 = bitcast i8* %1733 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 245, %bertrt_gemm* @train_s128_v0__k404_grad_layer_4_attention_key_matmul_b.gemm, float* %grad.layer.4.attention.scores.b230, float* %layer.3.ffn.layernorm231, float* %bert.encoder.layer.4.attention.self.key.weight232, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k405_grad_layer_4_attention_query_in1_sum.launch)
  %1734 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1735 = load i8*, i8** %1734, align 8
  %1736 = getelementptr inbounds i8, i8* %1735, i64 232792064
  %grad.layer.4.attention.scores.a = bitcast i8* %1736 to float*
  %1737 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1738 = load i8*, i8** %1737, align 8
  %1739 = getelementptr inbounds i8, i8* %1738, i64 208754688
  %bert.encoder.layer.4.attention.self.query.weight233 = bitcast i8* %1739 to float*
  %1740 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1741 = load i8*, i8** %1740, align 8
  %1742 = getelementptr inbounds i8, i8* %1741, i64 217063424
  %grad.layer.4.attention.query.matmul.a = bitcast i8* %1742 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 246, %bertrt_gemm* @train_s128_v0__k406_grad_layer_4_attention_query_matmul_a.gemm, float* %grad.layer.4.attention.scores.a, float* %bert.encoder.layer.4.attention.self.query.weight233, float* %grad.layer.4.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k407_grad_layer_3_ffn_layernorm_sum.launch)
  %1743 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1744 = load i8*, i8** %1743, align 8
  %1745 = getelementptr inbounds i8, i8* %1744, i64 232792064
  %grad.layer.4.attention.scores.a234 = bitcast i8* %1745 to float*
  %1746 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1747 = load i8*, i8** %1746, align 8
  %1748 = getelementptr inbounds i8, i8* %1747, i64 204480512
  %layer.3.ffn.layernorm235 = bitcast i8* %1748 to float*
  %1749 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1750 = load i8*, i8** %1749, align 8
  %1751 = getelementptr inbounds i8, i8* %1750, i64 208754688
  %bert.encoder.layer.4.attention.self.query.weight236 = bitcast i8* %1751 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 247, %bertrt_gemm* @train_s128_v0__k408_grad_layer_4_attention_query_matmul_b.gemm, float* %grad.layer.4.attention.scores.a234, float* %layer.3.ffn.layernorm235, float* %bert.encoder.layer.4.attention.self.query.weight236, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k409_grad_layer_3_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k410_grad_layer_3_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k411_grad_layer_3_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k412_grad_layer_3_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k413_grad_layer_3_ffn_output_in1_sum.launch)
  %1752 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1753 = load i8*, i8** %1752, align 8
  %1754 = getelementptr inbounds i8, i8* %1753, i64 207626240
  %grad.layer.3.ffn.dropout = bitcast i8* %1754 to float*
  %1755 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1756 = load i8*, i8** %1755, align 8
  %1757 = getelementptr inbounds i8, i8* %1756, i64 199308288
  %bert.encoder.layer.3.output.dense.weight237 = bitcast i8* %1757 to float*
  %1758 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1759 = load i8*, i8** %1758, align 8
  %1760 = getelementptr inbounds i8, i8* %1759, i64 210771968
  %grad.layer.3.ffn.output.matmul.a = bitcast i8* %1760 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 248, %bertrt_gemm* @train_s128_v0__k414_grad_layer_3_ffn_output_matmul_a.gemm, float* %grad.layer.3.ffn.dropout, float* %bert.encoder.layer.3.output.dense.weight237, float* %grad.layer.3.ffn.output.matmul.a, float* null)
  %1761 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1762 = load i8*, i8** %1761, align 8
  %1763 = getelementptr inbounds i8, i8* %1762, i64 207626240
  %grad.layer.3.ffn.dropout238 = bitcast i8* %1763 to float*
  %1764 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1765 = load i8*, i8** %1764, align 8
  %1766 = getelementptr inbounds i8, i8* %1765, i64 191897600
  %layer.3.ffn.gelu239 = bitcast i8* %1766 to float*
  %1767 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1768 = load i8*, i8** %1767, align 8
  %1769 = getelementptr inbounds i8, i8* %1768, i64 199308288
  %bert.encoder.layer.3.output.dense.weight240 = bitcast i8* %1769 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 249, %bertrt_gemm* @train_s128_v0__k415_grad_layer_3_ffn_output_matmul_b.gemm, float* %grad.layer.3.ffn.dropout238, float* %layer.3.ffn.gelu239, float* %bert.encoder.layer.3.output.dense.weight240, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k416_grad_layer_3_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k417_grad_layer_3_ffn_intermediate_in1_sum.launch)
  %1770 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1771 = load i8*, i8** %1770, align 8
  %1772 = getelementptr inbounds i8, i8* %1771, i64 191897600
  %grad.layer.3.ffn.gelu = bitcast i8* %1772 to float*
  %1773 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1774 = load i8*, i8** %1773, align 8
  %1775 = getelementptr inbounds i8, i8* %1774, i64 189858816
  %bert.encoder.layer.3.intermediate.dense.weight241 = bitcast i8* %1775 to float*
  %1776 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1777 = load i8*, i8** %1776, align 8
  %1778 = getelementptr inbounds i8, i8* %1777, i64 179314688
  %grad.layer.3.ffn.intermediate.matmul.a = bitcast i8* %1778 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 250, %bertrt_gemm* @train_s128_v0__k418_grad_layer_3_ffn_intermediate_matmul_a.gemm, float* %grad.layer.3.ffn.gelu, float* %bert.encoder.layer.3.intermediate.dense.weight241, float* %grad.layer.3.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k419_grad_layer_3_attention_layernorm_sum.launch)
  %1779 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1780 = load i8*, i8** %1779, align 8
  %1781 = getelementptr inbounds i8, i8* %1780, i64 191897600
  %grad.layer.3.ffn.gelu242 = bitcast i8* %1781 to float*
  %1782 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1783 = load i8*, i8** %1782, align 8
  %1784 = getelementptr inbounds i8, i8* %1783, i64 173023232
  %layer.3.attention.layernorm243 = bitcast i8* %1784 to float*
  %1785 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1786 = load i8*, i8** %1785, align 8
  %1787 = getelementptr inbounds i8, i8* %1786, i64 189858816
  %bert.encoder.layer.3.intermediate.dense.weight244 = bitcast i8* %1787 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 251, %bertrt_gemm* @train_s128_v0__k420_grad_layer_3_ffn_intermediate_matmul_b.gemm, float* %grad.layer.3.ffn.gelu242, float* %layer.3.attention.layernorm243, float* %bert.encoder.layer.3.intermediate.dense.weight244, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k421_grad_layer_3_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k422_grad_layer_3_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k423_grad_layer_3_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k424_grad_layer_3_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k425_grad_layer_3_attention_output_in1_sum.launch)
  %1788 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1789 = load i8*, i8** %1788, align 8
  %1790 = getelementptr inbounds i8, i8* %1789, i64 176168960
  %grad.layer.3.attention.output_dropout = bitcast i8* %1790 to float*
  %1791 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1792 = load i8*, i8** %1791, align 8
  %1793 = getelementptr inbounds i8, i8* %1792, i64 187490304
  %bert.encoder.layer.3.attention.output.dense.weight245 = bitcast i8* %1793 to float*
  %1794 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1795 = load i8*, i8** %1794, align 8
  %1796 = getelementptr inbounds i8, i8* %1795, i64 179314688
  %grad.layer.3.attention.output.matmul.a = bitcast i8* %1796 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 252, %bertrt_gemm* @train_s128_v0__k426_grad_layer_3_attention_output_matmul_a.gemm, float* %grad.layer.3.attention.output_dropout, float* %bert.encoder.layer.3.attention.output.dense.weight245, float* %grad.layer.3.attention.output.matmul.a, float* null)
  %1797 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1798 = load i8*, i8** %1797, align 8
  %1799 = getelementptr inbounds i8, i8* %1798, i64 176168960
  %grad.layer.3.attention.output_dropout246 = bitcast i8* %1799 to float*
  %1800 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1801 = load i8*, i8** %1800, align 8
  %1802 = getelementptr inbounds i8, i8* %1801, i64 169877504
  %layer.3.attention.context247 = bitcast i8* %1802 to float*
  %1803 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1804 = load i8*, i8** %1803, align 8
  %1805 = getelementptr inbounds i8, i8* %1804, i64 187490304
  %bert.encoder.layer.3.attention.output.dense.weight248 = bitcast i8* %1805 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 253, %bertrt_gemm* @train_s128_v0__k427_grad_layer_3_attention_output_matmul_b.gemm, float* %grad.layer.3.attention.output_dropout246, float* %layer.3.attention.context247, float* %bert.encoder.layer.3.attention.output.dense.weight248, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k428_layer_3_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k429_layer_3_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k430_layer_3_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k431_grad_layer_3_attention_value_in1_sum.launch)
  %1806 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1807 = load i8*, i8** %1806, align 8
  %1808 = getelementptr inbounds i8, i8* %1807, i64 169877504
  %grad.layer.3.attention.context.b = bitcast i8* %1808 to float*
  %1809 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1810 = load i8*, i8** %1809, align 8
  %1811 = getelementptr inbounds i8, i8* %1810, i64 185127936
  %bert.encoder.layer.3.attention.self.value.weight249 = bitcast i8* %1811 to float*
  %1812 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1813 = load i8*, i8** %1812, align 8
  %1814 = getelementptr inbounds i8, i8* %1813, i64 160440320
  %grad.layer.3.attention.value.matmul.a = bitcast i8* %1814 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 254, %bertrt_gemm* @train_s128_v0__k432_grad_layer_3_attention_value_matmul_a.gemm, float* %grad.layer.3.attention.context.b, float* %bert.encoder.layer.3.attention.self.value.weight249, float* %grad.layer.3.attention.value.matmul.a, float* null)
  %1815 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1816 = load i8*, i8** %1815, align 8
  %1817 = getelementptr inbounds i8, i8* %1816, i64 169877504
  %grad.layer.3.attention.context.b250 = bitcast i8* %1817 to float*
  %1818 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1819 = load i8*, i8** %1818, align 8
  %1820 = getelementptr inbounds i8, i8* %1819, i64 154148864
  %layer.2.ffn.layernorm251 = bitcast i8* %1820 to float*
  %1821 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1822 = load i8*, i8** %1821, align 8
  %1823 = getelementptr inbounds i8, i8* %1822, i64 185127936
  %bert.encoder.layer.3.attention.self.value.weight252 = bitcast i8* %1823 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 255, %bertrt_gemm* @train_s128_v0__k433_grad_layer_3_attention_value_matmul_b.gemm, float* %grad.layer.3.attention.context.b250, float* %layer.2.ffn.layernorm251, float* %bert.encoder.layer.3.attention.self.value.weight252, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k434_grad_layer_3_attention_key_in1_sum.launch)
  %1824 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1825 = load i8*, i8** %1824, align 8
  %1826 = getelementptr inbounds i8, i8* %1825, i64 176168960
  %grad.layer.3.attention.scores.b = bitcast i8* %1826 to float*
  %1827 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1828 = load i8*, i8** %1827, align 8
  %1829 = getelementptr inbounds i8, i8* %1828, i64 182765568
  %bert.encoder.layer.3.attention.self.key.weight253 = bitcast i8* %1829 to float*
  %1830 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1831 = load i8*, i8** %1830, align 8
  %1832 = getelementptr inbounds i8, i8* %1831, i64 163586048
  %grad.layer.3.attention.key.matmul.a = bitcast i8* %1832 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 256, %bertrt_gemm* @train_s128_v0__k435_grad_layer_3_attention_key_matmul_a.gemm, float* %grad.layer.3.attention.scores.b, float* %bert.encoder.layer.3.attention.self.key.weight253, float* %grad.layer.3.attention.key.matmul.a, float* null)
  %1833 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1834 = load i8*, i8** %1833, align 8
  %1835 = getelementptr inbounds i8, i8* %1834, i64 176168960
  %grad.layer.3.attention.scores.b254 = bitcast i8* %1835 to float*
  %1836 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1837 = load i8*, i8** %1836, align 8
  %1838 = getelementptr inbounds i8, i8* %1837, i64 154148864
  %layer.2.ffn.layernorm255 = bitcast i8* %1838 to float*
  %1839 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1840 = load i8*, i8** %1839, align 8
  %1841 = getelementptr inbounds i8, i8* %1840, i64 182765568
  %bert.encoder.layer.3.attention.self.key.weight256 = bitcast i8* %1841 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 257, %bertrt_gemm* @train_s128_v0__k436_grad_layer_3_attention_key_matmul_b.gemm, float* %grad.layer.3.attention.scores.b254, float* %layer.2.ffn.layernorm255, float* %bert.encoder.layer.3.attention.self.key.weight256, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k437_grad_layer_3_attention_query_in1_sum.launch)
  %1842 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1843 = load i8*, i8** %1842, align 8
  %1844 = getelementptr inbounds i8, i8* %1843, i64 182460416
  %grad.layer.3.attention.scores.a = bitcast i8* %1844 to float*
  %1845 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1846 = load i8*, i8** %1845, align 8
  %1847 = getelementptr inbounds i8, i8* %1846, i64 180403200
  %bert.encoder.layer.3.attention.self.query.weight257 = bitcast i8* %1847 to float*
  %1848 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1849 = load i8*, i8** %1848, align 8
  %1850 = getelementptr inbounds i8, i8* %1849, i64 166731776
  %grad.layer.3.attention.query.matmul.a = bitcast i8* %1850 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 258, %bertrt_gemm* @train_s128_v0__k438_grad_layer_3_attention_query_matmul_a.gemm, float* %grad.layer.3.attention.scores.a, float* %bert.encoder.layer.3.attention.self.query.weight257, float* %grad.layer.3.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k439_grad_layer_2_ffn_layernorm_sum.launch)
  %1851 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1852 = load i8*, i8** %1851, align 8
  %1853 = getelementptr inbounds i8, i8* %1852, i64 182460416
  %grad.layer.3.attention.scores.a258 = bitcast i8* %1853 to float*
  %1854 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1855 = load i8*, i8** %1854, align 8
  %1856 = getelementptr inbounds i8, i8* %1855, i64 154148864
  %layer.2.ffn.layernorm259 = bitcast i8* %1856 to float*
  %1857 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1858 = load i8*, i8** %1857, align 8
  %1859 = getelementptr inbounds i8, i8* %1858, i64 180403200
  %bert.encoder.layer.3.attention.self.query.weight260 = bitcast i8* %1859 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 259, %bertrt_gemm* @train_s128_v0__k440_grad_layer_3_attention_query_matmul_b.gemm, float* %grad.layer.3.attention.scores.a258, float* %layer.2.ffn.layernorm259, float* %bert.encoder.layer.3.attention.self.query.weight260, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k441_grad_layer_2_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k442_grad_layer_2_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k443_grad_layer_2_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k444_grad_layer_2_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k445_grad_layer_2_ffn_output_in1_sum.launch)
  %1860 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1861 = load i8*, i8** %1860, align 8
  %1862 = getelementptr inbounds i8, i8* %1861, i64 157294592
  %grad.layer.2.ffn.dropout = bitcast i8* %1862 to float*
  %1863 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1864 = load i8*, i8** %1863, align 8
  %1865 = getelementptr inbounds i8, i8* %1864, i64 170956800
  %bert.encoder.layer.2.output.dense.weight261 = bitcast i8* %1865 to float*
  %1866 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1867 = load i8*, i8** %1866, align 8
  %1868 = getelementptr inbounds i8, i8* %1867, i64 160440320
  %grad.layer.2.ffn.output.matmul.a = bitcast i8* %1868 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 260, %bertrt_gemm* @train_s128_v0__k446_grad_layer_2_ffn_output_matmul_a.gemm, float* %grad.layer.2.ffn.dropout, float* %bert.encoder.layer.2.output.dense.weight261, float* %grad.layer.2.ffn.output.matmul.a, float* null)
  %1869 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1870 = load i8*, i8** %1869, align 8
  %1871 = getelementptr inbounds i8, i8* %1870, i64 157294592
  %grad.layer.2.ffn.dropout262 = bitcast i8* %1871 to float*
  %1872 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1873 = load i8*, i8** %1872, align 8
  %1874 = getelementptr inbounds i8, i8* %1873, i64 141565952
  %layer.2.ffn.gelu263 = bitcast i8* %1874 to float*
  %1875 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1876 = load i8*, i8** %1875, align 8
  %1877 = getelementptr inbounds i8, i8* %1876, i64 170956800
  %bert.encoder.layer.2.output.dense.weight264 = bitcast i8* %1877 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 261, %bertrt_gemm* @train_s128_v0__k447_grad_layer_2_ffn_output_matmul_b.gemm, float* %grad.layer.2.ffn.dropout262, float* %layer.2.ffn.gelu263, float* %bert.encoder.layer.2.output.dense.weight264, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k448_grad_layer_2_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k449_grad_layer_2_ffn_intermediate_in1_sum.launch)
  %1878 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1879 = load i8*, i8** %1878, align 8
  %1880 = getelementptr inbounds i8, i8* %1879, i64 141565952
  %grad.layer.2.ffn.gelu = bitcast i8* %1880 to float*
  %1881 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1882 = load i8*, i8** %1881, align 8
  %1883 = getelementptr inbounds i8, i8* %1882, i64 161507328
  %bert.encoder.layer.2.intermediate.dense.weight265 = bitcast i8* %1883 to float*
  %1884 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1885 = load i8*, i8** %1884, align 8
  %1886 = getelementptr inbounds i8, i8* %1885, i64 128983040
  %grad.layer.2.ffn.intermediate.matmul.a = bitcast i8* %1886 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 262, %bertrt_gemm* @train_s128_v0__k450_grad_layer_2_ffn_intermediate_matmul_a.gemm, float* %grad.layer.2.ffn.gelu, float* %bert.encoder.layer.2.intermediate.dense.weight265, float* %grad.layer.2.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k451_grad_layer_2_attention_layernorm_sum.launch)
  %1887 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1888 = load i8*, i8** %1887, align 8
  %1889 = getelementptr inbounds i8, i8* %1888, i64 141565952
  %grad.layer.2.ffn.gelu266 = bitcast i8* %1889 to float*
  %1890 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1891 = load i8*, i8** %1890, align 8
  %1892 = getelementptr inbounds i8, i8* %1891, i64 122691584
  %layer.2.attention.layernorm267 = bitcast i8* %1892 to float*
  %1893 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1894 = load i8*, i8** %1893, align 8
  %1895 = getelementptr inbounds i8, i8* %1894, i64 161507328
  %bert.encoder.layer.2.intermediate.dense.weight268 = bitcast i8* %1895 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 263, %bertrt_gemm* @train_s128_v0__k452_grad_layer_2_ffn_intermediate_matmul_b.gemm, float* %grad.layer.2.ffn.gelu266, float* %layer.2.attention.layernorm267, float* %bert.encoder.layer.2.intermediate.dense.weight268, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k453_grad_layer_2_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k454_grad_layer_2_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k455_grad_layer_2_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k456_grad_layer_2_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k457_grad_layer_2_attention_output_in1_sum.launch)
  %1896 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1897 = load i8*, i8** %1896, align 8
  %1898 = getelementptr inbounds i8, i8* %1897, i64 125837312
  %grad.layer.2.attention.output_dropout = bitcast i8* %1898 to float*
  %1899 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1900 = load i8*, i8** %1899, align 8
  %1901 = getelementptr inbounds i8, i8* %1900, i64 159138816
  %bert.encoder.layer.2.attention.output.dense.weight269 = bitcast i8* %1901 to float*
  %1902 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1903 = load i8*, i8** %1902, align 8
  %1904 = getelementptr inbounds i8, i8* %1903, i64 128983040
  %grad.layer.2.attention.output.matmul.a = bitcast i8* %1904 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 264, %bertrt_gemm* @train_s128_v0__k458_grad_layer_2_attention_output_matmul_a.gemm, float* %grad.layer.2.attention.output_dropout, float* %bert.encoder.layer.2.attention.output.dense.weight269, float* %grad.layer.2.attention.output.matmul.a, float* null)
  %1905 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1906 = load i8*, i8** %1905, align 8
  %1907 = getelementptr inbounds i8, i8* %1906, i64 125837312
  %grad.layer.2.attention.output_dropout270 = bitcast i8* %1907 to float*
  %1908 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1909 = load i8*, i8** %1908, align 8
  %1910 = getelementptr inbounds i8, i8* %1909, i64 119545856
  %layer.2.attention.context271 = bitcast i8* %1910 to float*
  %1911 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1912 = load i8*, i8** %1911, align 8
  %1913 = getelementptr inbounds i8, i8* %1912, i64 159138816
  %bert.encoder.layer.2.attention.output.dense.weight272 = bitcast i8* %1913 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 265, %bertrt_gemm* @train_s128_v0__k459_grad_layer_2_attention_output_matmul_b.gemm, float* %grad.layer.2.attention.output_dropout270, float* %layer.2.attention.context271, float* %bert.encoder.layer.2.attention.output.dense.weight272, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k460_layer_2_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k461_layer_2_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k462_layer_2_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k463_grad_layer_2_attention_value_in1_sum.launch)
  %1914 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1915 = load i8*, i8** %1914, align 8
  %1916 = getelementptr inbounds i8, i8* %1915, i64 119545856
  %grad.layer.2.attention.context.b = bitcast i8* %1916 to float*
  %1917 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1918 = load i8*, i8** %1917, align 8
  %1919 = getelementptr inbounds i8, i8* %1918, i64 156776448
  %bert.encoder.layer.2.attention.self.value.weight273 = bitcast i8* %1919 to float*
  %1920 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1921 = load i8*, i8** %1920, align 8
  %1922 = getelementptr inbounds i8, i8* %1921, i64 110108672
  %grad.layer.2.attention.value.matmul.a = bitcast i8* %1922 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 266, %bertrt_gemm* @train_s128_v0__k464_grad_layer_2_attention_value_matmul_a.gemm, float* %grad.layer.2.attention.context.b, float* %bert.encoder.layer.2.attention.self.value.weight273, float* %grad.layer.2.attention.value.matmul.a, float* null)
  %1923 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1924 = load i8*, i8** %1923, align 8
  %1925 = getelementptr inbounds i8, i8* %1924, i64 119545856
  %grad.layer.2.attention.context.b274 = bitcast i8* %1925 to float*
  %1926 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1927 = load i8*, i8** %1926, align 8
  %1928 = getelementptr inbounds i8, i8* %1927, i64 103817216
  %layer.1.ffn.layernorm275 = bitcast i8* %1928 to float*
  %1929 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1930 = load i8*, i8** %1929, align 8
  %1931 = getelementptr inbounds i8, i8* %1930, i64 156776448
  %bert.encoder.layer.2.attention.self.value.weight276 = bitcast i8* %1931 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 267, %bertrt_gemm* @train_s128_v0__k465_grad_layer_2_attention_value_matmul_b.gemm, float* %grad.layer.2.attention.context.b274, float* %layer.1.ffn.layernorm275, float* %bert.encoder.layer.2.attention.self.value.weight276, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k466_grad_layer_2_attention_key_in1_sum.launch)
  %1932 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1933 = load i8*, i8** %1932, align 8
  %1934 = getelementptr inbounds i8, i8* %1933, i64 125837312
  %grad.layer.2.attention.scores.b = bitcast i8* %1934 to float*
  %1935 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1936 = load i8*, i8** %1935, align 8
  %1937 = getelementptr inbounds i8, i8* %1936, i64 154414080
  %bert.encoder.layer.2.attention.self.key.weight277 = bitcast i8* %1937 to float*
  %1938 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1939 = load i8*, i8** %1938, align 8
  %1940 = getelementptr inbounds i8, i8* %1939, i64 113254400
  %grad.layer.2.attention.key.matmul.a = bitcast i8* %1940 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 268, %bertrt_gemm* @train_s128_v0__k467_grad_layer_2_attention_key_matmul_a.gemm, float* %grad.layer.2.attention.scores.b, float* %bert.encoder.layer.2.attention.self.key.weight277, float* %grad.layer.2.attention.key.matmul.a, float* null)
  %1941 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1942 = load i8*, i8** %1941, align 8
  %1943 = getelementptr inbounds i8, i8* %1942, i64 125837312
  %grad.layer.2.attention.scores.b278 = bitcast i8* %1943 to float*
  %1944 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1945 = load i8*, i8** %1944, align 8
  %1946 = getelementptr inbounds i8, i8* %1945, i64 103817216
  %layer.1.ffn.layernorm279 = bitcast i8* %1946 to float*
  %1947 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1948 = load i8*, i8** %1947, align 8
  %1949 = getelementptr inbounds i8, i8* %1948, i64 154414080
  %bert.encoder.layer.2.attention.self.key.weight280 = bitcast i8* %1949 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 269, %bertrt_gemm* @train_s128_v0__k468_grad_layer_2_attention_key_matmul_b.gemm, float* %grad.layer.2.attention.scores.b278, float* %layer.1.ffn.layernorm279, float* %bert.encoder.layer.2.attention.self.key.weight280, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k469_grad_layer_2_attention_query_in1_sum.launch)
  %1950 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1951 = load i8*, i8** %1950, align 8
  %1952 = getelementptr inbounds i8, i8* %1951, i64 132128768
  %grad.layer.2.attention.scores.a = bitcast i8* %1952 to float*
  %1953 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1954 = load i8*, i8** %1953, align 8
  %1955 = getelementptr inbounds i8, i8* %1954, i64 152051712
  %bert.encoder.layer.2.attention.self.query.weight281 = bitcast i8* %1955 to float*
  %1956 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1957 = load i8*, i8** %1956, align 8
  %1958 = getelementptr inbounds i8, i8* %1957, i64 116400128
  %grad.layer.2.attention.query.matmul.a = bitcast i8* %1958 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 270, %bertrt_gemm* @train_s128_v0__k470_grad_layer_2_attention_query_matmul_a.gemm, float* %grad.layer.2.attention.scores.a, float* %bert.encoder.layer.2.attention.self.query.weight281, float* %grad.layer.2.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k471_grad_layer_1_ffn_layernorm_sum.launch)
  %1959 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1960 = load i8*, i8** %1959, align 8
  %1961 = getelementptr inbounds i8, i8* %1960, i64 132128768
  %grad.layer.2.attention.scores.a282 = bitcast i8* %1961 to float*
  %1962 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1963 = load i8*, i8** %1962, align 8
  %1964 = getelementptr inbounds i8, i8* %1963, i64 103817216
  %layer.1.ffn.layernorm283 = bitcast i8* %1964 to float*
  %1965 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1966 = load i8*, i8** %1965, align 8
  %1967 = getelementptr inbounds i8, i8* %1966, i64 152051712
  %bert.encoder.layer.2.attention.self.query.weight284 = bitcast i8* %1967 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 271, %bertrt_gemm* @train_s128_v0__k472_grad_layer_2_attention_query_matmul_b.gemm, float* %grad.layer.2.attention.scores.a282, float* %layer.1.ffn.layernorm283, float* %bert.encoder.layer.2.attention.self.query.weight284, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k473_grad_layer_1_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k474_grad_layer_1_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k475_grad_layer_1_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k476_grad_layer_1_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k477_grad_layer_1_ffn_output_in1_sum.launch)
  %1968 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1969 = load i8*, i8** %1968, align 8
  %1970 = getelementptr inbounds i8, i8* %1969, i64 106962944
  %grad.layer.1.ffn.dropout = bitcast i8* %1970 to float*
  %1971 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1972 = load i8*, i8** %1971, align 8
  %1973 = getelementptr inbounds i8, i8* %1972, i64 142605312
  %bert.encoder.layer.1.output.dense.weight285 = bitcast i8* %1973 to float*
  %1974 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1975 = load i8*, i8** %1974, align 8
  %1976 = getelementptr inbounds i8, i8* %1975, i64 110108672
  %grad.layer.1.ffn.output.matmul.a = bitcast i8* %1976 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 272, %bertrt_gemm* @train_s128_v0__k478_grad_layer_1_ffn_output_matmul_a.gemm, float* %grad.layer.1.ffn.dropout, float* %bert.encoder.layer.1.output.dense.weight285, float* %grad.layer.1.ffn.output.matmul.a, float* null)
  %1977 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1978 = load i8*, i8** %1977, align 8
  %1979 = getelementptr inbounds i8, i8* %1978, i64 106962944
  %grad.layer.1.ffn.dropout286 = bitcast i8* %1979 to float*
  %1980 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1981 = load i8*, i8** %1980, align 8
  %1982 = getelementptr inbounds i8, i8* %1981, i64 91234304
  %layer.1.ffn.gelu287 = bitcast i8* %1982 to float*
  %1983 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %1984 = load i8*, i8** %1983, align 8
  %1985 = getelementptr inbounds i8, i8* %1984, i64 142605312
  %bert.encoder.layer.1.output.dense.weight288 = bitcast i8* %1985 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 273, %bertrt_gemm* @train_s128_v0__k479_grad_layer_1_ffn_output_matmul_b.gemm, float* %grad.layer.1.ffn.dropout286, float* %layer.1.ffn.gelu287, float* %bert.encoder.layer.1.output.dense.weight288, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k480_grad_layer_1_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k481_grad_layer_1_ffn_intermediate_in1_sum.launch)
  %1986 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1987 = load i8*, i8** %1986, align 8
  %1988 = getelementptr inbounds i8, i8* %1987, i64 91234304
  %grad.layer.1.ffn.gelu = bitcast i8* %1988 to float*
  %1989 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %1990 = load i8*, i8** %1989, align 8
  %1991 = getelementptr inbounds i8, i8* %1990, i64 133155840
  %bert.encoder.layer.1.intermediate.dense.weight289 = bitcast i8* %1991 to float*
  %1992 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1993 = load i8*, i8** %1992, align 8
  %1994 = getelementptr inbounds i8, i8* %1993, i64 78651392
  %grad.layer.1.ffn.intermediate.matmul.a = bitcast i8* %1994 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 274, %bertrt_gemm* @train_s128_v0__k482_grad_layer_1_ffn_intermediate_matmul_a.gemm, float* %grad.layer.1.ffn.gelu, float* %bert.encoder.layer.1.intermediate.dense.weight289, float* %grad.layer.1.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k483_grad_layer_1_attention_layernorm_sum.launch)
  %1995 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1996 = load i8*, i8** %1995, align 8
  %1997 = getelementptr inbounds i8, i8* %1996, i64 91234304
  %grad.layer.1.ffn.gelu290 = bitcast i8* %1997 to float*
  %1998 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %1999 = load i8*, i8** %1998, align 8
  %2000 = getelementptr inbounds i8, i8* %1999, i64 72359936
  %layer.1.attention.layernorm291 = bitcast i8* %2000 to float*
  %2001 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2002 = load i8*, i8** %2001, align 8
  %2003 = getelementptr inbounds i8, i8* %2002, i64 133155840
  %bert.encoder.layer.1.intermediate.dense.weight292 = bitcast i8* %2003 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 275, %bertrt_gemm* @train_s128_v0__k484_grad_layer_1_ffn_intermediate_matmul_b.gemm, float* %grad.layer.1.ffn.gelu290, float* %layer.1.attention.layernorm291, float* %bert.encoder.layer.1.intermediate.dense.weight292, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k485_grad_layer_1_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k486_grad_layer_1_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k487_grad_layer_1_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k488_grad_layer_1_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k489_grad_layer_1_attention_output_in1_sum.launch)
  %2004 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2005 = load i8*, i8** %2004, align 8
  %2006 = getelementptr inbounds i8, i8* %2005, i64 75505664
  %grad.layer.1.attention.output_dropout = bitcast i8* %2006 to float*
  %2007 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2008 = load i8*, i8** %2007, align 8
  %2009 = getelementptr inbounds i8, i8* %2008, i64 130787328
  %bert.encoder.layer.1.attention.output.dense.weight293 = bitcast i8* %2009 to float*
  %2010 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2011 = load i8*, i8** %2010, align 8
  %2012 = getelementptr inbounds i8, i8* %2011, i64 78651392
  %grad.layer.1.attention.output.matmul.a = bitcast i8* %2012 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 276, %bertrt_gemm* @train_s128_v0__k490_grad_layer_1_attention_output_matmul_a.gemm, float* %grad.layer.1.attention.output_dropout, float* %bert.encoder.layer.1.attention.output.dense.weight293, float* %grad.layer.1.attention.output.matmul.a, float* null)
  %2013 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2014 = load i8*, i8** %2013, align 8
  %2015 = getelementptr inbounds i8, i8* %2014, i64 75505664
  %grad.layer.1.attention.output_dropout294 = bitcast i8* %2015 to float*
  %2016 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2017 = load i8*, i8** %2016, align 8
  %2018 = getelementptr inbounds i8, i8* %2017, i64 69214208
  %layer.1.attention.context295 = bitcast i8* %2018 to float*
  %2019 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2020 = load i8*, i8** %2019, align 8
  %2021 = getelementptr inbounds i8, i8* %2020, i64 130787328
  %bert.encoder.layer.1.attention.output.dense.weight296 = bitcast i8* %2021 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 277, %bertrt_gemm* @train_s128_v0__k491_grad_layer_1_attention_output_matmul_b.gemm, float* %grad.layer.1.attention.output_dropout294, float* %layer.1.attention.context295, float* %bert.encoder.layer.1.attention.output.dense.weight296, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k492_layer_1_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k493_layer_1_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k494_layer_1_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k495_grad_layer_1_attention_value_in1_sum.launch)
  %2022 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2023 = load i8*, i8** %2022, align 8
  %2024 = getelementptr inbounds i8, i8* %2023, i64 69214208
  %grad.layer.1.attention.context.b = bitcast i8* %2024 to float*
  %2025 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2026 = load i8*, i8** %2025, align 8
  %2027 = getelementptr inbounds i8, i8* %2026, i64 128424960
  %bert.encoder.layer.1.attention.self.value.weight297 = bitcast i8* %2027 to float*
  %2028 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2029 = load i8*, i8** %2028, align 8
  %2030 = getelementptr inbounds i8, i8* %2029, i64 59777024
  %grad.layer.1.attention.value.matmul.a = bitcast i8* %2030 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 278, %bertrt_gemm* @train_s128_v0__k496_grad_layer_1_attention_value_matmul_a.gemm, float* %grad.layer.1.attention.context.b, float* %bert.encoder.layer.1.attention.self.value.weight297, float* %grad.layer.1.attention.value.matmul.a, float* null)
  %2031 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2032 = load i8*, i8** %2031, align 8
  %2033 = getelementptr inbounds i8, i8* %2032, i64 69214208
  %grad.layer.1.attention.context.b298 = bitcast i8* %2033 to float*
  %2034 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2035 = load i8*, i8** %2034, align 8
  %2036 = getelementptr inbounds i8, i8* %2035, i64 53485568
  %layer.0.ffn.layernorm299 = bitcast i8* %2036 to float*
  %2037 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2038 = load i8*, i8** %2037, align 8
  %2039 = getelementptr inbounds i8, i8* %2038, i64 128424960
  %bert.encoder.layer.1.attention.self.value.weight300 = bitcast i8* %2039 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 279, %bertrt_gemm* @train_s128_v0__k497_grad_layer_1_attention_value_matmul_b.gemm, float* %grad.layer.1.attention.context.b298, float* %layer.0.ffn.layernorm299, float* %bert.encoder.layer.1.attention.self.value.weight300, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k498_grad_layer_1_attention_key_in1_sum.launch)
  %2040 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2041 = load i8*, i8** %2040, align 8
  %2042 = getelementptr inbounds i8, i8* %2041, i64 75505664
  %grad.layer.1.attention.scores.b = bitcast i8* %2042 to float*
  %2043 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2044 = load i8*, i8** %2043, align 8
  %2045 = getelementptr inbounds i8, i8* %2044, i64 126062592
  %bert.encoder.layer.1.attention.self.key.weight301 = bitcast i8* %2045 to float*
  %2046 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2047 = load i8*, i8** %2046, align 8
  %2048 = getelementptr inbounds i8, i8* %2047, i64 62922752
  %grad.layer.1.attention.key.matmul.a = bitcast i8* %2048 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 280, %bertrt_gemm* @train_s128_v0__k499_grad_layer_1_attention_key_matmul_a.gemm, float* %grad.layer.1.attention.scores.b, float* %bert.encoder.layer.1.attention.self.key.weight301, float* %grad.layer.1.attention.key.matmul.a, float* null)
  %2049 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2050 = load i8*, i8** %2049, align 8
  %2051 = getelementptr inbounds i8, i8* %2050, i64 75505664
  %grad.layer.1.attention.scores.b302 = bitcast i8* %2051 to float*
  %2052 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2053 = load i8*, i8** %2052, align 8
  %2054 = getelementptr inbounds i8, i8* %2053, i64 53485568
  %layer.0.ffn.layernorm303 = bitcast i8* %2054 to float*
  %2055 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2056 = load i8*, i8** %2055, align 8
  %2057 = getelementptr inbounds i8, i8* %2056, i64 126062592
  %bert.encoder.layer.1.attention.self.key.weight304 = bitcast i8* %2057 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 281, %bertrt_gemm* @train_s128_v0__k500_grad_layer_1_attention_key_matmul_b.gemm, float* %grad.layer.1.attention.scores.b302, float* %layer.0.ffn.layernorm303, float* %bert.encoder.layer.1.attention.self.key.weight304, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k501_grad_layer_1_attention_query_in1_sum.launch)
  %2058 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2059 = load i8*, i8** %2058, align 8
  %2060 = getelementptr inbounds i8, i8* %2059, i64 81797120
  %grad.layer.1.attention.scores.a = bitcast i8* %2060 to float*
  %2061 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2062 = load i8*, i8** %2061, align 8
  %2063 = getelementptr inbounds i8, i8* %2062, i64 123700224
  %bert.encoder.layer.1.attention.self.query.weight305 = bitcast i8* %2063 to float*
  %2064 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2065 = load i8*, i8** %2064, align 8
  %2066 = getelementptr inbounds i8, i8* %2065, i64 66068480
  %grad.layer.1.attention.query.matmul.a = bitcast i8* %2066 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 282, %bertrt_gemm* @train_s128_v0__k502_grad_layer_1_attention_query_matmul_a.gemm, float* %grad.layer.1.attention.scores.a, float* %bert.encoder.layer.1.attention.self.query.weight305, float* %grad.layer.1.attention.query.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k503_grad_layer_0_ffn_layernorm_sum.launch)
  %2067 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2068 = load i8*, i8** %2067, align 8
  %2069 = getelementptr inbounds i8, i8* %2068, i64 81797120
  %grad.layer.1.attention.scores.a306 = bitcast i8* %2069 to float*
  %2070 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2071 = load i8*, i8** %2070, align 8
  %2072 = getelementptr inbounds i8, i8* %2071, i64 53485568
  %layer.0.ffn.layernorm307 = bitcast i8* %2072 to float*
  %2073 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2074 = load i8*, i8** %2073, align 8
  %2075 = getelementptr inbounds i8, i8* %2074, i64 123700224
  %bert.encoder.layer.1.attention.self.query.weight308 = bitcast i8* %2075 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 283, %bertrt_gemm* @train_s128_v0__k504_grad_layer_1_attention_query_matmul_b.gemm, float* %grad.layer.1.attention.scores.a306, float* %layer.0.ffn.layernorm307, float* %bert.encoder.layer.1.attention.self.query.weight308, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k505_grad_layer_0_ffn_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k506_grad_layer_0_ffn_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k507_grad_layer_0_ffn_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k508_grad_layer_0_ffn_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k509_grad_layer_0_ffn_output_in1_sum.launch)
  %2076 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2077 = load i8*, i8** %2076, align 8
  %2078 = getelementptr inbounds i8, i8* %2077, i64 56631296
  %grad.layer.0.ffn.dropout = bitcast i8* %2078 to float*
  %2079 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2080 = load i8*, i8** %2079, align 8
  %2081 = getelementptr inbounds i8, i8* %2080, i64 114253824
  %bert.encoder.layer.0.output.dense.weight309 = bitcast i8* %2081 to float*
  %2082 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2083 = load i8*, i8** %2082, align 8
  %2084 = getelementptr inbounds i8, i8* %2083, i64 59777024
  %grad.layer.0.ffn.output.matmul.a = bitcast i8* %2084 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 284, %bertrt_gemm* @train_s128_v0__k510_grad_layer_0_ffn_output_matmul_a.gemm, float* %grad.layer.0.ffn.dropout, float* %bert.encoder.layer.0.output.dense.weight309, float* %grad.layer.0.ffn.output.matmul.a, float* null)
  %2085 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2086 = load i8*, i8** %2085, align 8
  %2087 = getelementptr inbounds i8, i8* %2086, i64 56631296
  %grad.layer.0.ffn.dropout310 = bitcast i8* %2087 to float*
  %2088 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2089 = load i8*, i8** %2088, align 8
  %2090 = getelementptr inbounds i8, i8* %2089, i64 40902656
  %layer.0.ffn.gelu311 = bitcast i8* %2090 to float*
  %2091 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2092 = load i8*, i8** %2091, align 8
  %2093 = getelementptr inbounds i8, i8* %2092, i64 114253824
  %bert.encoder.layer.0.output.dense.weight312 = bitcast i8* %2093 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 285, %bertrt_gemm* @train_s128_v0__k511_grad_layer_0_ffn_output_matmul_b.gemm, float* %grad.layer.0.ffn.dropout310, float* %layer.0.ffn.gelu311, float* %bert.encoder.layer.0.output.dense.weight312, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k512_grad_layer_0_ffn_gelu.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k513_grad_layer_0_ffn_intermediate_in1_sum.launch)
  %2094 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2095 = load i8*, i8** %2094, align 8
  %2096 = getelementptr inbounds i8, i8* %2095, i64 40902656
  %grad.layer.0.ffn.gelu = bitcast i8* %2096 to float*
  %2097 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2098 = load i8*, i8** %2097, align 8
  %2099 = getelementptr inbounds i8, i8* %2098, i64 104804352
  %bert.encoder.layer.0.intermediate.dense.weight313 = bitcast i8* %2099 to float*
  %2100 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2101 = load i8*, i8** %2100, align 8
  %2102 = getelementptr inbounds i8, i8* %2101, i64 28319744
  %grad.layer.0.ffn.intermediate.matmul.a = bitcast i8* %2102 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 286, %bertrt_gemm* @train_s128_v0__k514_grad_layer_0_ffn_intermediate_matmul_a.gemm, float* %grad.layer.0.ffn.gelu, float* %bert.encoder.layer.0.intermediate.dense.weight313, float* %grad.layer.0.ffn.intermediate.matmul.a, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k515_grad_layer_0_attention_layernorm_sum.launch)
  %2103 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2104 = load i8*, i8** %2103, align 8
  %2105 = getelementptr inbounds i8, i8* %2104, i64 40902656
  %grad.layer.0.ffn.gelu314 = bitcast i8* %2105 to float*
  %2106 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2107 = load i8*, i8** %2106, align 8
  %2108 = getelementptr inbounds i8, i8* %2107, i64 22028288
  %layer.0.attention.layernorm315 = bitcast i8* %2108 to float*
  %2109 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2110 = load i8*, i8** %2109, align 8
  %2111 = getelementptr inbounds i8, i8* %2110, i64 104804352
  %bert.encoder.layer.0.intermediate.dense.weight316 = bitcast i8* %2111 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 287, %bertrt_gemm* @train_s128_v0__k516_grad_layer_0_ffn_intermediate_matmul_b.gemm, float* %grad.layer.0.ffn.gelu314, float* %layer.0.attention.layernorm315, float* %bert.encoder.layer.0.intermediate.dense.weight316, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k517_grad_layer_0_attention_layernorm_x.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k518_grad_layer_0_attention_layernorm_gamma.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k519_grad_layer_0_attention_layernorm_beta.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k520_grad_layer_0_attention_output_dropout.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k521_grad_layer_0_attention_output_in1_sum.launch)
  %2112 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2113 = load i8*, i8** %2112, align 8
  %2114 = getelementptr inbounds i8, i8* %2113, i64 25174016
  %grad.layer.0.attention.output_dropout = bitcast i8* %2114 to float*
  %2115 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2116 = load i8*, i8** %2115, align 8
  %2117 = getelementptr inbounds i8, i8* %2116, i64 102435840
  %bert.encoder.layer.0.attention.output.dense.weight317 = bitcast i8* %2117 to float*
  %2118 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2119 = load i8*, i8** %2118, align 8
  %2120 = getelementptr inbounds i8, i8* %2119, i64 28319744
  %grad.layer.0.attention.output.matmul.a = bitcast i8* %2120 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 288, %bertrt_gemm* @train_s128_v0__k522_grad_layer_0_attention_output_matmul_a.gemm, float* %grad.layer.0.attention.output_dropout, float* %bert.encoder.layer.0.attention.output.dense.weight317, float* %grad.layer.0.attention.output.matmul.a, float* null)
  %2121 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2122 = load i8*, i8** %2121, align 8
  %2123 = getelementptr inbounds i8, i8* %2122, i64 25174016
  %grad.layer.0.attention.output_dropout318 = bitcast i8* %2123 to float*
  %2124 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2125 = load i8*, i8** %2124, align 8
  %2126 = getelementptr inbounds i8, i8* %2125, i64 18882560
  %layer.0.attention.context319 = bitcast i8* %2126 to float*
  %2127 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2128 = load i8*, i8** %2127, align 8
  %2129 = getelementptr inbounds i8, i8* %2128, i64 102435840
  %bert.encoder.layer.0.attention.output.dense.weight320 = bitcast i8* %2129 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 289, %bertrt_gemm* @train_s128_v0__k523_grad_layer_0_attention_output_matmul_b.gemm, float* %grad.layer.0.attention.output_dropout318, float* %layer.0.attention.context319, float* %bert.encoder.layer.0.attention.output.dense.weight320, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k524_layer_0_attention_context.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k525_layer_0_attention_context_grad_kv.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k526_layer_0_attention_context_grad_q.launch)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k527_grad_layer_0_attention_value_in1_sum.launch)
  %2130 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2131 = load i8*, i8** %2130, align 8
  %2132 = getelementptr inbounds i8, i8* %2131, i64 18882560
  %grad.layer.0.attention.context.b = bitcast i8* %2132 to float*
  %2133 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2134 = load i8*, i8** %2133, align 8
  %2135 = getelementptr inbounds i8, i8* %2134, i64 100073472
  %bert.encoder.layer.0.attention.self.value.weight321 = bitcast i8* %2135 to float*
  %2136 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2137 = load i8*, i8** %2136, align 8
  %2138 = getelementptr inbounds i8, i8* %2137, i64 3153920
  %grad.layer.0.attention.value.matmul.a = bitcast i8* %2138 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 290, %bertrt_gemm* @train_s128_v0__k528_grad_layer_0_attention_value_matmul_a.gemm, float* %grad.layer.0.attention.context.b, float* %bert.encoder.layer.0.attention.self.value.weight321, float* %grad.layer.0.attention.value.matmul.a, float* null)
  %2139 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2140 = load i8*, i8** %2139, align 8
  %2141 = getelementptr inbounds i8, i8* %2140, i64 18882560
  %grad.layer.0.attention.context.b322 = bitcast i8* %2141 to float*
  %2142 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2143 = load i8*, i8** %2142, align 8
  %2144 = getelementptr inbounds i8, i8* %2143, i64 6299648
  %embeddings.dropout323 = bitcast i8* %2144 to float*
  %2145 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2146 = load i8*, i8** %2145, align 8
  %2147 = getelementptr inbounds i8, i8* %2146, i64 100073472
  %bert.encoder.layer.0.attention.self.value.weight324 = bitcast i8* %2147 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 291, %bertrt_gemm* @train_s128_v0__k529_grad_layer_0_attention_value_matmul_b.gemm, float* %grad.layer.0.attention.context.b322, float* %embeddings.dropout323, float* %bert.encoder.layer.0.attention.self.value.weight324, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k530_grad_layer_0_attention_key_in1_sum.launch)
  %2148 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2149 = load i8*, i8** %2148, align 8
  %2150 = getelementptr inbounds i8, i8* %2149, i64 25174016
  %grad.layer.0.attention.scores.b = bitcast i8* %2150 to float*
  %2151 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2152 = load i8*, i8** %2151, align 8
  %2153 = getelementptr inbounds i8, i8* %2152, i64 97711104
  %bert.encoder.layer.0.attention.self.key.weight325 = bitcast i8* %2153 to float*
  %2154 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2155 = load i8*, i8** %2154, align 8
  %2156 = getelementptr inbounds i8, i8* %2155, i64 9445376
  %grad.layer.0.attention.key.matmul.a = bitcast i8* %2156 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 292, %bertrt_gemm* @train_s128_v0__k531_grad_layer_0_attention_key_matmul_a.gemm, float* %grad.layer.0.attention.scores.b, float* %bert.encoder.layer.0.attention.self.key.weight325, float* %grad.layer.0.attention.key.matmul.a, float* null)
  %2157 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2158 = load i8*, i8** %2157, align 8
  %2159 = getelementptr inbounds i8, i8* %2158, i64 25174016
  %grad.layer.0.attention.scores.b326 = bitcast i8* %2159 to float*
  %2160 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2161 = load i8*, i8** %2160, align 8
  %2162 = getelementptr inbounds i8, i8* %2161, i64 6299648
  %embeddings.dropout327 = bitcast i8* %2162 to float*
  %2163 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2164 = load i8*, i8** %2163, align 8
  %2165 = getelementptr inbounds i8, i8* %2164, i64 97711104
  %bert.encoder.layer.0.attention.self.key.weight328 = bitcast i8* %2165 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 293, %bertrt_gemm* @train_s128_v0__k532_grad_layer_0_attention_key_matmul_b.gemm, float* %grad.layer.0.attention.scores.b326, float* %embeddings.dropout327, float* %bert.encoder.layer.0.attention.self.key.weight328, float* null)
  call void @bertrt_cuda_run(%bertrt_ctx* %ctx, %bertrt_cuda_kernel* @train_s128_v0__k533_grad_layer_0_attention_query_in1_sum.launch)
  %2166 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2167 = load i8*, i8** %2166, align 8
  %2168 = getelementptr inbounds i8, i8* %2167, i64 31465472
  %grad.layer.0.attention.scores.a = bitcast i8* %2168 to float*
  %2169 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 0
  %2170 = load i8*, i8** %2169, align 8
  %2171 = getelementptr inbounds i8, i8* %2170, i64 95348736
  %bert.encoder.layer.0.attention.self.query.weight329 = bitcast i8* %2171 to float*
  %2172 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2173 = load i8*, i8** %2172, align 8
  %2174 = getelementptr inbounds i8, i8* %2173, i64 12591104
  %grad.layer.0.attention.query.matmul.a = bitcast i8* %2174 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 294, %bertrt_gemm* @train_s128_v0__k534_grad_layer_0_attention_query_matmul_a.gemm, float* %grad.layer.0.attention.scores.a, float* %bert.encoder.layer.0.attention.self.query.weight329, float* %grad.layer.0.attention.query.matmul.a, float* null)
  %2175 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2176 = load i8*, i8** %2175, align 8
  %2177 = getelementptr inbounds i8, i8* %2176, i64 31465472
  %grad.layer.0.attention.scores.a330 = bitcast i8* %2177 to float*
  %2178 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 4
  %2179 = load i8*, i8** %2178, align 8
  %2180 = getelementptr inbounds i8, i8* %2179, i64 6299648
  %embeddings.dropout331 = bitcast i8* %2180 to float*
  %2181 = getelementptr inbounds %bertrt_ctx, %bertrt_ctx* %ctx, i32 0, i32 0, i32 1
  %2182 = load i8*, i8** %2181, align 8
  %2183 = getelementptr inbounds i8, i8* %2182, i64 95348736
  %bert.encoder.layer.0.attention.self.query.weight332 = bitcast i8* %2183 to float*
  call void @bertrt_cuda_sgemm(%bertrt_ctx* %ctx, i64 295, %bertrt_gemm* @train_s128_v0__k535_grad_layer_0_attention_query_matmul_b.gemm, float* %grad.layer.0.attention.scores.a330, float* %embeddings.dropout331, float* %bert.encoder.layer.0.attention.self.query.weight332, float* null)
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
