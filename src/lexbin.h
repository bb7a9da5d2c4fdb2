/* lexbin.h - stage 2a': the compiled lexicon image.
 *
 * The lexicon part of a model (what dener_model_load derives from the *.lex files of a folder:
 * string pool, trie nodes, edge hash table, entries, word-class names and ids, the handle index)
 * written to one file, "lexicons.bin", by the build (src/compile.c). Loading it is an mmap, checks
 * of the header, of the source files' fingerprint and of a checksum, and pointer setup; the
 * arrays stay in the read-only mapping (only the string pool is copied to the heap, because the
 * rules append their strings to it). The *.rules files are then read as text, as without image.
 *
 * The image records the .lex files it was compiled from (name, size and a hash of the content of
 * each, in load order); it is used only when the folder's current .lex files are exactly those,
 * so an edited lexicon or another folder gives the text loader, never a stale image. */
#ifndef DENER_LEXBIN_H
#define DENER_LEXBIN_H

#include "model.h"

#define DN_LEXBIN_NAME "lexicons.bin"
#define DN_LEXBIN_VERSION 8u

/* One source .lex file of an image: its base name ("loc-countries.lex") and content. */
typedef struct dn_lexbin_src {
    const char *name;
    const char *data;
    size_t len;
} dn_lexbin_src;

/* Writes the lexicon part of m (loaded from srcs[0..n-1] in that order, before any rules) to
 * path, through a temporary file renamed into place. DENER_OK, or DENER_ERR_IO / DENER_ERR_NOMEM
 * with err filled. */
int dn_lexbin_write(const dener_model *m, const dn_lexbin_src *srcs, size_t n, const char *path, dener_error *err);

/* Sets up the lexicon part of the bare model m (no pool, no nodes yet) from the image at path,
 * if it was compiled from exactly the .lex files lex_paths[0..n-1] (full paths, in load order).
 * Returns 1 if the image is used; 0 if not (missing, unreadable, truncated, corrupt, another
 * version or layout, or stale: *why, if not NULL, says which; m is unchanged); DENER_ERR_NOMEM. */
int dn_lexbin_load(dener_model *m, const char *path, char *const *lex_paths, size_t n, const char **why,
                   dener_error *err);

/* Releases the mapping of a model loaded from an image (dener_model_free); the arrays that lived
 * in it are set to NULL. No-op for a model loaded from text. */
void dn_lexbin_unmap(dener_model *m);

/* The content hash used for the fingerprint (64-bit, XXH64's algorithm). */
uint64_t dn_lexbin_hash(const void *p, size_t n, uint64_t seed);

#endif
