/* lexicon.h - stage 2a: loading lexicon files into the model's token trie, and the trie itself.
 * dener_model_load (in lexicon.c) reads a lexicon folder: *.lex files here (or their compiled
 * image, lexbin.h), *.rules files through rules.h. */
#ifndef DENER_LEXICON_H
#define DENER_LEXICON_H

#include "model.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The child of node parent reached by token key[0..len-1], or DN_NO_NODE. */
uint32_t dn_trie_child(const dener_model *m, uint32_t parent, const char *key, size_t len);
static inline uint32_t dn_trie_hash(uint32_t parent, const char *key, size_t len) {
    return (uint32_t)dn_hash_words(key, len, parent);
}

/* The used slots of bucket k whose hash is h (bit i: slot i), and through *full whether all its
 * slots are used. */
static inline unsigned dn_bucket_match(const dn_ebucket *k, uint32_t h, bool *full) {
    _Static_assert(DN_EBUCKET_SLOTS == 8, "a bucket is two vectors of four slots");
#if defined(__SSE2__)
    __m128i hv = _mm_set1_epi32((int)h), z = _mm_setzero_si128();
    __m128i h0 = _mm_loadu_si128((const __m128i *)(const void *)k->hash);
    __m128i h1 = _mm_loadu_si128((const __m128i *)(const void *)(k->hash + 4));
    __m128i c0 = _mm_loadu_si128((const __m128i *)(const void *)k->child);
    __m128i c1 = _mm_loadu_si128((const __m128i *)(const void *)(k->child + 4));
    /* per slot a byte of all ones where the hash matches, of zeros where the slot is free */
    __m128i eq = _mm_packs_epi32(_mm_cmpeq_epi32(h0, hv), _mm_cmpeq_epi32(h1, hv));
    __m128i fr = _mm_packs_epi32(_mm_cmpeq_epi32(c0, z), _mm_cmpeq_epi32(c1, z));
    unsigned bits = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(eq, fr)); /* match: bits 0..7, free: 8..15 */
    unsigned used = ~bits >> 8 & 0xFFu;
    *full = used == 0xFFu;
    return bits & used;
#else
    unsigned match = 0, used = 0;
    for (unsigned i = 0; i < DN_EBUCKET_SLOTS; i++) { /* (no branches) */
        match |= (unsigned)(k->hash[i] == h) << i;
        used |= (unsigned)(k->child[i] != 0) << i;
    }
    *full = used == 0xFFu;
    return match & used;
#endif
}

/* The first of the slots of k in match (bit i: slot i) whose edge leaves parent by key[0..len-1];
 * DN_NO_NODE if none does. */
uint32_t dn_trie_verify(const dener_model *m, const dn_ebucket *k, unsigned match, uint32_t parent, const char *key,
                        size_t len);

/* dn_trie_child, given h = dn_trie_hash(parent, key, len) (computed once by a caller that also uses
 * it for its own cache). Inline: the common case, a key that is not there, is one bucket's test. */
static inline uint32_t dn_trie_child_hashed(const dener_model *m, uint32_t parent, const char *key, size_t len,
                                            uint32_t h) {
    if (!m->nebuckets || len > m->max_keylen) return DN_NO_NODE;
    size_t bmask = m->nebuckets - 1;
    for (size_t b = h & bmask;; b = (b + 1) & bmask) {
        const dn_ebucket *k = &m->ebuckets[b];
        bool full;
        unsigned match = dn_bucket_match(k, h, &full);
        if (match) {
            uint32_t c = dn_trie_verify(m, k, match, parent, key, len);
            if (c) return c;
        }
        if (!full) return DN_NO_NODE;
    }
}

/* The filter's two bits for hash h, in the word h & root_bloom_mask (one word of 64 bits per
 * look-up; the mask is below 2^20, the bits come from the hash's top 12 bits). */
static inline uint64_t dn_root_bloom_bits(uint32_t h) { return (1ull << (h >> 26)) | (1ull << ((h >> 20) & 63u)); }

/* False if no edge leaves the root with hash h = dn_trie_hash(0, key, len) (then dn_trie_child(m,
 * 0, key, len) is DN_NO_NODE); true if one may (or the model has no filter). */
static inline bool dn_trie_root_maybe(const dener_model *m, uint32_t h) {
    if (!m->root_bloom) return true;
    uint64_t b = dn_root_bloom_bits(h);
    return (m->root_bloom[h & m->root_bloom_mask] & b) == b;
}

/* Adds s[0..n-1] to the model's string pool (NUL-terminated); returns its offset, 0 on no memory
 * (offset 0 is the empty string, so callers check for n > 0 && result == 0). */
uint32_t dn_pool_add(dener_model *m, const char *s, size_t n);

/* Class id of name, registering it if new; -1 if there are already DN_MAX_CLASSES classes. */
int dn_class_intern(dener_model *m, const char *name, size_t n);

/* Reads a whole file into a NUL-terminated buffer allocated with the model's allocator. */
int dn_read_file(const dn_alloc *a, const char *path, char **out, size_t *len, dener_error *err);

/* One lexicon or rule file in memory; its name ends in ".lex" or ".rules" (other names are ignored). */
typedef struct dn_mem_file {
    const char *name;
    const char *data;
    size_t len;
} dn_mem_file;

/* Like dener_model_load, but from in-memory files: every ".lex" file in the given order, then
 * every ".rules" file. For the fuzzer (fuzz/fuzz_rules.c) and tests. */
dener_model *dn_model_load_mem(const dn_mem_file *files, size_t nfiles, const dener_alloc *alloc, dener_error *err);

/* Compiles the .lex files of the folder dir into a lexicon image at out (lexbin.h), for the
 * build (src/compile.c). DENER_OK, or an error status with err filled (a malformed lexicon line,
 * an unreadable folder, a write error). */
int dn_lexicons_compile(const char *dir, const char *out, dener_error *err);

#endif
