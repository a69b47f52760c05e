#ifndef DYAD_KERNELS_H
#define DYAD_KERNELS_H

/// Asks the processor to start loading the cache line at `address` without waiting for it.
static inline __attribute__((always_inline)) void dyad_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// `scores[0..<width] += row[0..<width]`; `width` is a multiple of 8. Uses 256-bit vectors
/// where the processor has them.
void dyad_add_row(float *scores, const float *row, long width);

#endif
