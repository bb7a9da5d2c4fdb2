/* corpus.h - a deterministic generator of German news-like text for the benchmark and the scale
 * tests. Sentences are composed from templates and word lists written for dener (bench/corpus.c);
 * no external text is used. The same seed always gives the same bytes. */
#ifndef DENER_BENCH_CORPUS_H
#define DENER_BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

typedef struct corpus_rng {
    uint64_t s;
} corpus_rng;

/* Appends one article (a headline, a dateline and 3-8 paragraphs of 2-6 sentences, paragraphs
 * separated by a blank line) to buf (realloc'd; *len and *cap updated). Returns 0, or -1 if memory
 * runs out. */
int corpus_article(corpus_rng *r, char **buf, size_t *len, size_t *cap);

/* One paragraph of about `sentences` sentences, no trailing newline. */
int corpus_paragraph(corpus_rng *r, int sentences, char **buf, size_t *len, size_t *cap);

/* Articles separated by a blank line until at least min_bytes bytes; NUL-terminated, malloc'd.
 * NULL if memory runs out. */
char *corpus_text(uint64_t seed, size_t min_bytes, size_t *len);

/* A document date "YYYY-MM-DD" for article number i (deterministic). */
void corpus_doc_date(corpus_rng *r, char out[11]);

#endif
