#ifndef TEI_ANNOTATOR_CPREFETCH_H
#define TEI_ANNOTATOR_CPREFETCH_H

/// Asks the processor to bring the cache line at `address` in, without waiting for it: lets the
/// model look-ups of one token overlap their cache misses. Swift has no prefetch of its own.
static inline void tei_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
