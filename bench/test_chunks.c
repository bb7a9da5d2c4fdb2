/* test_chunks.c - the tokenizer's chunk cache (src/tokenize.c, chunks_pass) changes how often ICU
 * runs, never the tokens: every text is tokenized by one dn_tokens that segments its chunks with
 * ICU or takes them from the cache (kept from text to text, so that later texts mostly hit), and by
 * one that runs ICU over the whole text (no_chunks); every field of every token and part, and the
 * folded keys, must be equal. The texts: a generated corpus (bench/corpus.c) cut into documents,
 * and random texts over the characters that chunks allow (simple_text) and some that they do not,
 * in fragments that probe the word break rules (letters, digits, inner "." "," ":" "'" "’", "_",
 * quotes, dashes, white space of each kind, CR LF, and characters that chunks allow besides: other
 * scripts' letters and digits, symbols, mid-word and mid-number marks).
 *
 * Usage: test_chunks LEXICON_DIR [RANDOM_TEXTS]   (default 20000)
 */
#include "corpus.h"
#include "dener.h"
#include "model.h"
#include "tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const FRAG[] = {
    "a", "B", "Wort", "wort", "US", "U.S.A", "e.V.", "z.B.", "Dr.", "Nr.", "usw.", "1", "12", "2023", "1.000", "3,5",
    "12:30", "16.11.2023", "A1", "B96", "x2", "2x", "_", "a_b", "1_2", ".", ",", ":", ";", "'", "\"", "-", "--", "(", ")",
    "[", "]", "/", "!", "?", "&", "@", "#", "%", "+", "=", "*", "\xC3\xA4", "\xC3\x84", "\xC3\x9F", "M\xC3\xBCller",
    "Stra\xC3\x9F" "e", "\xC3\xA9t\xC3\xA9", "\xC3\x97", "\xC3\xB7", "\xC2\xA0", "\xC2\xAA", "\xC2\xB5", "\xC2\xBA",
    "\xC2\xB7", "\xC2\xA7", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x98", "\xE2\x80\x99",
    "\xE2\x80\x9A", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\xA6", "\xE2\x82\xAC", "don't", "l'Oréal",
    "Ukraine-Krieg", "\xC4\xB1", "\xC4\x9F", "Erdo\xC4\x9F" "an", "\xC5\x81\xC3\xB3" "d\xC5\xBA", "\xC8\x98", "\xC9\x8F", "SPD-Chef", "Kim Jong-un", "O'Neill", "3'000", "1'5", "a.1", "1.a", "a:b", "1:b", "a'1",
    /* more of the simple characters (tokenize.c, fs_class) */
    "\xC2\xA9", "\xC2\xAE", "\xC2\xB2", "\xC2\xB0", "\xC2\xBF", "\xC2\xA1", "\xC3\x9E", "\xC3\xBF", "\xC5\xBF",
    "\xC6\x80", "\xC7\x80", "\xC9\x80", "$", "<", "~", "^", "`", "|", "\\", "{", "}", "5\xC2\xB7", "a\xE2\x80\x99",
    " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\n\r",
    /* characters that chunks allow besides (tokenize.c, chunk_char): each chunk of them goes to ICU */
    "\xEF\xBF\xBD", "\xE2\x96\xA0", "\xE2\x80\xA0", "\xE2\x88\x92", "\xE2\x80\xA2", "\xE2\x86\x92", "\xC2\x96",
    "\xC2\x80", "\xCF\x87", "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD",
    "\xD8\xB9\xD8\xB1\xD8\xA8", "\xD9\xA3", "\xE2\x98\xBA", "\xF0\x9F\x98\x80", "\xE2\x80\xA4", "\xE2\x80\xA7",
    "\xEF\xBC\x8C", "\xEF\xB9\x92", "\xEF\xBC\x87", "\xCD\xBE", "\xE2\x81\x84", "\xE2\x80\xB2", "\xEF\xBC\xA1",
    "\xE2\x84\x96", "\xE2\x80\x90", "\xE2\x80\x91", "\xC9\x90", "\xCA\xBC", "\xEF\xBC\x91", "x\xE2\x88\x92" "1",
    "1\xEF\xBC\x8C" "2", "a\xE2\x80\xA7" "b", "\xD0\x96.\xD0\x96",
    "\xC2\xAD", "\xCC\x81", "\xE2\x80\x8D", "\xE2\x80\x8B", "\xE2\x80\xAF", "\xE2\x80\x8C", "\xEF\xBB\xBF", "e\xCC\x81",
    "Wort\xC2\xAD" "trennung", "\xCC\x81\xCC\x81", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xD7\xA9\"\xD7\x9C", "\xD7\xA9'",
    "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
    /* not simple: the whole text goes to ICU in one piece */
    "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", "\xE0\xB8\x81", "\xE4\xB8\xAD\xE6\x96\x87", "\xFF", "\x0B", "\x0C", "\x01", "\x7F",
    "\xC2\x85", "\xE2\x80\x89", "\xE3\x80\x80", "\xED\x95\x9C\xEA\xB5\xAD", "\xE3\x81\x82", "\xE3\x82\xA2", "\xE2\x80\xA8",
    "\xE1\x9E\x80", "\xE0\xBA\x81", "\xE1\x80\x80",
};
#define NFRAG (sizeof FRAG / sizeof FRAG[0])
#define NSIMPLE (NFRAG - 18)

static int failures;

static void same(const dn_tokens *x, const dn_tokens *y, const char *text, size_t len, const char *what) {
    bool ok = x->n == y->n && x->invalid == y->invalid && x->first_invalid == y->first_invalid;
    size_t i = 0;
    for (; ok && i < x->n; i++) {
        const dn_token *a = &x->t[i], *b = &y->t[i];
        ok = a->b0 == b->b0 && a->b1 == b->b1 && a->c0 == b->c0 && a->c1 == b->c1 && a->keylen == b->keylen &&
             memcmp(dn_tok_key(x, a), dn_tok_key(y, b), a->keylen) == 0 && a->node == b->node && a->nparts == b->nparts &&
             a->flags == b->flags && a->classes == b->classes && a->part1 == b->part1 && a->head == b->head;
        for (uint32_t p = 0; ok && p < a->nparts; p++) {
            const dn_part *pa = &x->parts[a->part0 + p], *pb = &y->parts[b->part0 + p];
            ok = pa->b0 == pb->b0 && pa->b1 == pb->b1 && pa->c0 == pb->c0 && pa->c1 == pb->c1 && pa->keylen == pb->keylen &&
                 memcmp(x->keys.p + pa->key, y->keys.p + pb->key, pa->keylen) == 0;
        }
    }
    if (ok) return;
    if (++failures <= 5) {
        fprintf(stderr, "test_chunks: %s: tokens differ (%zu vs %zu tokens, at token %zu) in \"%.*s\"\n", what, x->n, y->n,
                i ? i - 1 : 0, (int)(len < 300 ? len : 300), text);
    }
}

static void check(const dener_model *m, dn_tokens *chunked, dn_tokens *whole, const char *text, size_t len,
                  const char *what) {
    dener_error e1 = {0}, e2 = {0};
    int r1 = dn_tokenize(m, chunked, text, len, &e1), r2 = dn_tokenize(m, whole, text, len, &e2);
    if (r1 != r2) {
        if (++failures <= 5) fprintf(stderr, "test_chunks: %s: status %d vs %d\n", what, r1, r2);
        return;
    }
    if (!r1) same(chunked, whole, text, len, what);
}

static uint64_t next(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs("usage: test_chunks LEXICON_DIR [RANDOM_TEXTS]\n", stderr);
        return 2;
    }
    long nrand = argc > 2 ? atol(argv[2]) : 20000;
    const char *dir = argv[1];
    dener_error err = {0};
    dener_model *m = dener_model_load(&dir, 1, NULL, 0, &err);
    if (!m) {
        fprintf(stderr, "test_chunks: %s\n", err.msg);
        return 2;
    }
    dn_tokens chunked = {0}, whole = {0};
    whole.no_chunks = true;
    /* the generated corpus, as documents of about 2 KB (cut at blank lines) and some whole */
    size_t clen;
    char *corpus = corpus_text(7, 600000, &clen);
    if (!corpus) return 2;
    size_t ndocs = 0;
    for (size_t at = 0; at < clen;) {
        size_t end = at + 2000 < clen ? at + 2000 : clen;
        const char *bl = end < clen ? strstr(corpus + end, "\n\n") : NULL;
        end = bl ? (size_t)(bl - corpus) + 2 : clen;
        check(m, &chunked, &whole, corpus + at, end - at, "corpus");
        at = end;
        ndocs++;
    }
    check(m, &chunked, &whole, corpus, clen > 60000 ? 60000 : clen, "corpus, 60 KB");
    check(m, &chunked, &whole, corpus, clen, "corpus, whole"); /* more chunks than the tokenizer keeps */
    /* random texts; most of them simple */
    uint64_t s = 0x9E3779B97F4A7C15ull;
    char buf[4096];
    for (long k = 0; k < nrand; k++) {
        size_t n = 0, nf = 1 + next(&s) % 60;
        bool simple = next(&s) % 8 != 0;
        for (size_t f = 0; f < nf; f++) {
            const char *fr = FRAG[next(&s) % (simple ? NSIMPLE : NFRAG)];
            size_t fl = strlen(fr);
            if (n + fl >= sizeof buf) break;
            memcpy(buf + n, fr, fl);
            n += fl;
        }
        check(m, &chunked, &whole, buf, n, "random");
    }
    /* the cache's chunk limits: chunks of 1 .. 40 bytes with up to 12 segments */
    for (size_t n = 1; n <= 40; n++) {
        for (int v = 0; v < 4; v++) {
            for (size_t i = 0; i < n; i++) buf[i] = "a.b,1:2'x"[(i * (size_t)(v + 1)) % 9];
            buf[n] = ' ';
            memcpy(buf + n + 1, buf, n);
            check(m, &chunked, &whole, buf, 2 * n + 1, "limits");
        }
    }
    dn_tokens_free(&m->alloc, &chunked);
    dn_tokens_free(&m->alloc, &whole);
    free(corpus);
    dener_model_free(m);
    if (failures) {
        fprintf(stderr, "test_chunks: %d texts differ\n", failures);
        return 1;
    }
    printf("test_chunks: %zu corpus documents and %ld random texts, the same tokens\n", ndocs, nrand);
    return 0;
}
