# emu_bodies.awk — reads a kernels.cu of bertc (compiler/render_cuda.c) and prints one line
# EMU_BODY(body_N, MAX_THREADS) per __global__ function, MAX_THREADS its __launch_bounds__
# (1024 without one), for emu_prelude.h's EMU_BODY. Each function starts with a line
# `extern "C" __global__ void __launch_bounds__(N[, MIN_BLOCKS])`; its name follows on that
# line or the next.
# Exits 1 when it finds none.
/^extern "C" __global__/ {
  pending = 1
  bounds = 1024
  if (match($0, /__launch_bounds__\([0-9]+[,)]/)) bounds = substr($0, RSTART + 18, RLENGTH - 19)
}
pending && match($0, /body_[0-9]+\(/) {
  print "EMU_BODY(" substr($0, RSTART, RLENGTH - 1) ", " bounds ")"
  pending = 0
  n++
}
END {
  if (n == 0) {
    print "emu_bodies.awk: no __global__ body_N in " FILENAME > "/dev/stderr"
    exit 1
  }
}
