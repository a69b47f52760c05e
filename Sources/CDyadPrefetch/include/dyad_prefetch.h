#ifndef DYAD_PREFETCH_H
#define DYAD_PREFETCH_H

/// Asks the processor to start loading the cache line at `address` without waiting for it.
static inline __attribute__((always_inline)) void dyad_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
