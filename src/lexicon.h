/* lexicon.h - stage 2a: loading lexicon files into the model's token trie, and the trie itself.
 * dener_model_load (in lexicon.c) reads a lexicon folder: *.lex files here (or their compiled
 * image, lexbin.h), *.rules files through rules.h. */
#ifndef DENER_LEXICON_H
#define DENER_LEXICON_H

#include "model.h"

/* The child of node parent reached by token key[0..len-1], or DN_NO_NODE. */
uint32_t dn_trie_child(const dener_model *m, uint32_t parent, const char *key, size_t len);
/* The same, given h = dn_trie_hash(parent, key, len) (computed once by a caller that also uses
 * it for its own cache). */
uint32_t dn_trie_child_hashed(const dener_model *m, uint32_t parent, const char *key, size_t len, uint32_t h);
static inline uint32_t dn_trie_hash(uint32_t parent, const char *key, size_t len) {
    return (uint32_t)dn_hash_words(key, len, parent);
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
