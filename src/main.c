/* main.c - the dener command-line tool.
 *
 *   dener [OPTIONS] [FILE...]
 *
 * Each FILE (or standard input) is one plain-text document, or with --input jsonl a stream of
 * JSON Lines {"id": ..., "text": ..., "date": ...}. Output: one JSON object per document per line,
 * in input order. Documents are processed in batches, by --threads worker threads, each with its
 * own dener_doc over the one shared model; memory does not grow with the number of documents. */
#define _POSIX_C_SOURCE 200809L
#include "dener.h"
#include "jsonl.h"

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BATCH 512

static const char *USAGE =
    "Usage: dener [OPTIONS] [FILE...]\n"
    "Find people (PER), places (LOC), organisations (ORG) and dates (DATE) in German text.\n"
    "\n"
    "Each FILE is one plain-text UTF-8 document (standard input if there is none or FILE is -).\n"
    "Output: one JSON object per document and line: {\"id\": ..., \"entities\": [...]}.\n"
    "\n"
    "Options:\n"
    "  --input FORMAT      text (default) or jsonl: each input line is a JSON object\n"
    "                      {\"id\": ..., \"text\": ..., \"date\": ...} (date optional, ISO 8601)\n"
    "  --date DATE        document date for relative dates, YYYY-MM-DD (or YYYY-MM, YYYY);\n"
    "                      a JSONL line's own date takes precedence\n"
    "  --types LIST        only these types, comma-separated (e.g. PER,LOC)\n"
    "  --pretty            indent the JSON output\n"
    "  --lexicons DIR      load lexicons and rules from DIR instead of the bundled ones\n"
    "                      (repeatable; the folders are loaded in order)\n"
    "  --add-lexicons DIR  load DIR in addition to the bundled lexicons (repeatable)\n"
    "  --threads N         worker threads (default 1; 0 = number of cores)\n"
    "  --max-bytes N       maximum document size in bytes (default 67108864)\n"
    "  --strict-utf8       reject documents with invalid UTF-8 instead of reading bad bytes as U+FFFD\n"
    "  --stats             print model statistics and load time to standard error\n"
    "  -h, --help          show this help and exit\n"
    "  -V, --version       show the version and exit\n"
    "\n"
    "Exit status: 0 if every document was processed, 1 if any document failed (its output line\n"
    "then holds \"error\"), 2 on a usage or model loading error.\n";

typedef struct job {
    char *id_json;  /* raw JSON id */
    char *text;
    size_t len;
    char *date;     /* per-document date or NULL */
    char *src;      /* "file" or "stdin:LINE" for messages */
    char *out;      /* the output line (without newline) */
    char *error;    /* error message if the document failed before extraction */
    char *raw;      /* a JSONL line not parsed yet: process() parses it, in the worker thread */
    size_t rawlen, lineno, max;
    bool failed;
} job;

typedef struct cfg {
    dener_model *model;
    dener_options opts;
    unsigned json_flags;
    bool strict;
    int threads;
} cfg;

static int failures = 0;

static char *xstrdup(const char *s) {
    char *p = strdup(s ? s : "");
    if (!p) {
        fputs("dener: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static char *json_quote(const char *s, size_t n) {
    json_t *j = json_stringn_nocheck(s, n);
    char *r = j ? json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    json_decref(j);
    return r ? r : xstrdup("null");
}

/* Builds {"id":..,"error":".."} */
static char *error_line(const char *id_json, const char *msg) {
    char *q = json_quote(msg, strlen(msg));
    size_t n = strlen(id_json ? id_json : "null") + strlen(q) + 32;
    char *o = malloc(n);
    if (!o) { fputs("dener: out of memory\n", stderr); exit(2); }
    snprintf(o, n, "{\"id\":%s,\"error\":%s}", id_json ? id_json : "null", q);
    free(q);
    return o;
}

static void parse_raw(job *j);

static void process(const cfg *c, dener_doc *doc, job *j) {
    if (j->raw) parse_raw(j);
    if (j->error) {
        j->out = error_line(j->id_json, j->error);
        j->failed = true;
        return;
    }
    dener_options o = c->opts;
    if (j->date) o.date = j->date;
    dener_error err = {0};
    int rc = dener_extract(doc, j->text, j->len, &o, &err);
    char datewarn[600] = "";
    if (rc == DENER_ERR_ARG && j->date && o.date == j->date) {
        /* a JSONL line's own date is unusable: process the text without it (or with --date) and
         * say so, rather than lose the document */
        snprintf(datewarn, sizeof datewarn, "warning: %s; the document is processed without it", err.msg);
        o.date = c->opts.date;
        rc = dener_extract(doc, j->text, j->len, &o, &err);
    }
    if (rc) {
        j->error = xstrdup(err.msg);
        j->out = error_line(j->id_json, err.msg);
        j->failed = true;
        return;
    }
    if (datewarn[0]) j->error = xstrdup(datewarn); /* a warning: printed, not a failure */
    size_t first = 0, bad = dener_doc_invalid_utf8(doc, &first);
    if (bad) {
        free(j->error);
        char msg[160];
        snprintf(msg, sizeof msg, "warning: %zu invalid UTF-8 sequence%s (first at byte offset %zu) read as U+FFFD", bad,
                 bad == 1 ? "" : "s", first);
        j->error = xstrdup(msg); /* a warning: printed, not a failure */
    }
    size_t len;
    const char *js = dener_doc_json(doc, j->id_json, c->json_flags, &len);
    j->out = js ? strndup(js, len) : error_line(j->id_json, "out of memory");
    if (!js) j->failed = true;
}

/* Writes the output lines of a processed batch in input order and clears its jobs. */
static void write_batch(job *jobs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        job *j = &jobs[i];
        if (j->error) fprintf(stderr, "dener: %s: %s\n", j->src, j->error);
        if (j->failed) failures++;
        fputs(j->out, stdout);
        fputc('\n', stdout);
        free(j->id_json);
        free(j->text);
        free(j->date);
        free(j->src);
        free(j->out);
        free(j->error);
        free(j->raw);
        memset(j, 0, sizeof *j);
    }
    fflush(stdout);
}

/* Worker pool for --threads N > 1: N threads, each with its own dener_doc, take the documents of
 * the current batch one at a time from a shared counter (dynamic distribution, so long and short
 * documents even out), while the main thread reads and parses the next batch and writes the
 * previous one. At most two batches are in memory. */
typedef struct pool {
    const cfg *c;
    dener_doc **docs;
    int nt;             /* threads started */
    pthread_t th[64];
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_done;
    unsigned long gen;  /* batch generation, bumped when a batch is published */
    bool quit;
    job *jobs;          /* the batch in flight */
    size_t n;
    _Atomic size_t next;
    int finished;       /* workers done with the current generation */
    bool busy;          /* a batch is in flight */
} pool;

static pool P;

typedef struct worker_arg {
    int k;
} worker_arg;
static worker_arg WA[64];

static void *work(void *arg) {
    int k = ((worker_arg *)arg)->k;
    unsigned long seen = 0;
    for (;;) {
        pthread_mutex_lock(&P.mu);
        while (!P.quit && P.gen == seen) pthread_cond_wait(&P.cv_work, &P.mu);
        if (P.quit) {
            pthread_mutex_unlock(&P.mu);
            return NULL;
        }
        seen = P.gen;
        job *jobs = P.jobs;
        size_t n = P.n;
        pthread_mutex_unlock(&P.mu);
        for (;;) {
            size_t i = atomic_fetch_add(&P.next, 1);
            if (i >= n) break;
            process(P.c, P.docs[k], &jobs[i]);
        }
        pthread_mutex_lock(&P.mu);
        if (++P.finished == P.nt) pthread_cond_signal(&P.cv_done);
        pthread_mutex_unlock(&P.mu);
    }
}

/* Waits for the batch in flight; returns it (NULL if none), its size in *n. */
static job *wait_batch(size_t *n) {
    if (!P.busy) return NULL;
    pthread_mutex_lock(&P.mu);
    while (P.finished < P.nt) pthread_cond_wait(&P.cv_done, &P.mu);
    pthread_mutex_unlock(&P.mu);
    P.busy = false;
    *n = P.n;
    return P.jobs;
}

/* Processes a batch of n jobs. Single-threaded: at once, returns jobs for reuse. With the pool:
 * starts it and returns the buffer of the previous batch (written and cleared) for the next one. */
static job *run_batch(const cfg *c, dener_doc **docs, job *jobs, size_t n) {
    if (c->threads > 1 && P.nt == 0 && !P.quit) { /* first call: start the pool */
        P.c = c;
        P.docs = docs;
        pthread_mutex_init(&P.mu, NULL);
        pthread_cond_init(&P.cv_work, NULL);
        pthread_cond_init(&P.cv_done, NULL);
        for (int k = 0; k < c->threads && k < 64; k++) {
            WA[k].k = k;
            if (pthread_create(&P.th[k], NULL, work, &WA[k]) != 0) break;
            P.nt++;
        }
        if (P.nt == 0) P.quit = true; /* no threads: work here */
    }
    if (P.nt == 0) {
        for (size_t i = 0; i < n; i++) process(c, docs[0], &jobs[i]);
        write_batch(jobs, n);
        return jobs;
    }
    size_t pn = 0;
    job *prev = wait_batch(&pn);
    if (n) {
        pthread_mutex_lock(&P.mu);
        P.jobs = jobs;
        P.n = n;
        atomic_store(&P.next, 0);
        P.finished = 0;
        P.busy = true;
        P.gen++;
        pthread_cond_broadcast(&P.cv_work);
        pthread_mutex_unlock(&P.mu);
    }
    if (!prev) {
        prev = calloc(BATCH, sizeof *prev);
        if (!prev) { fputs("dener: out of memory\n", stderr); exit(2); }
        return prev;
    }
    write_batch(prev, pn);
    return prev;
}

/* Writes the last batch and stops the pool; frees the spare buffer. */
static void finish_batches(job *spare) {
    if (P.nt) {
        size_t pn = 0;
        job *prev = wait_batch(&pn);
        if (prev) {
            write_batch(prev, pn);
            if (prev != spare) free(prev);
        }
        pthread_mutex_lock(&P.mu);
        P.quit = true;
        pthread_cond_broadcast(&P.cv_work);
        pthread_mutex_unlock(&P.mu);
        for (int k = 0; k < P.nt; k++) pthread_join(P.th[k], NULL);
    }
    free(spare);
}

/* Reads a whole stream. Returns NULL and sets errno on failure. */
static char *slurp(FILE *f, size_t *len) {
    size_t cap = 65536, n = 0;
    char *p = malloc(cap);
    if (!p) return NULL;
    for (;;) {
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) { free(p); errno = ENOMEM; return NULL; }
            p = q;
        }
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
    }
    if (ferror(f)) { free(p); errno = EIO; return NULL; }
    *len = n;
    return p;
}

static void text_job(job *j, const char *path, size_t max) {
    j->src = xstrdup(path);
    j->id_json = json_quote(path, strlen(path));
    FILE *f = stdin;
    if (strcmp(path, "-") != 0) {
        struct stat sb;
        if (stat(path, &sb) != 0) { j->error = xstrdup(strerror(errno)); return; }
        if (S_ISDIR(sb.st_mode)) { j->error = xstrdup("is a directory, not a file"); return; }
        if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > max) {
            char m[128];
            snprintf(m, sizeof m, "file of %lld bytes exceeds --max-bytes %zu", (long long)sb.st_size, max);
            j->error = xstrdup(m);
            return;
        }
        f = fopen(path, "rb");
        if (!f) { j->error = xstrdup(strerror(errno)); return; }
    }
    j->text = slurp(f, &j->len);
    int e = errno;
    if (f != stdin) fclose(f);
    if (!j->text) { j->error = xstrdup(strerror(e)); return; }
    const unsigned char *u = (const unsigned char *)j->text;
    if (j->len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        j->error = xstrdup("looks like UTF-16 (byte order mark at offset 0); dener reads UTF-8: convert it first, e.g. with iconv -f UTF-16 -t UTF-8");
        return;
    }
    if (j->len == 0) {
        j->error = NULL;
        fprintf(stderr, "dener: %s: warning: empty document\n", path);
    }
    const char *nul = memchr(j->text, 0, j->len);
    if (nul) fprintf(stderr, "dener: %s: warning: NUL byte at byte offset %zu (kept as U+0000)\n", path, (size_t)(nul - j->text));
}

/* Fills a job from one JSONL line (without its line end); the parsing is in jsonl.c. */
/* Keeps a copy of a JSONL line; it is parsed where the document is processed (parse_raw), so that
 * with --threads the workers parse in parallel and the main thread only reads and writes. */
static void jsonl_job(job *j, const char *name, size_t lineno, const char *line, size_t n, size_t max) {
    char src[512];
    snprintf(src, sizeof src, "%s:%zu", name, lineno);
    j->src = xstrdup(src);
    j->raw = malloc(n + 1);
    if (!j->raw) {
        fputs("dener: out of memory\n", stderr);
        exit(2);
    }
    memcpy(j->raw, line, n);
    j->raw[n] = 0;
    j->rawlen = n;
    j->lineno = lineno;
    j->max = max;
}

static void parse_raw(job *j) {
    jsonl_doc d = {0};
    if (jsonl_parse(&d, j->raw, j->rawlen, j->lineno, j->max) != 0) {
        fputs("dener: out of memory\n", stderr);
        exit(2);
    }
    free(j->raw);
    j->raw = NULL;
    j->id_json = d.id_json;
    j->text = d.text;
    j->len = d.len;
    j->date = d.date;
    j->error = d.error;
}

static void usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "dener: %s%s%s\nTry 'dener --help'.\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(2);
}

int main(int argc, char **argv) {
    /* Jansson seeds its hash function on first use; doing it here, before any worker thread
     * parses, keeps that one-time step out of the threads */
    json_object_seed(0);
    cfg c = {0};
    c.threads = 1;
    bool jsonl = false, stats = false;
    const char *dirs[64];
    size_t ndirs = 0;
    bool replace = false;
    const char *files[4096];
    size_t nfiles = 0;
    const char **files_heap = NULL;
    const char **fl = files;
    size_t flcap = sizeof files / sizeof files[0];
    bool opts_done = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
#define NEEDVAL()                                                                                  \
    do {                                                                                           \
        const char *eq = strchr(a, '=');                                                           \
        if (eq) val = eq + 1;                                                                      \
        else if (i + 1 < argc) val = argv[++i];                                                    \
        else usage_error("option needs a value", a);                                               \
    } while (0)
#define IS(opt) (strcmp(a, opt) == 0 || (strncmp(a, opt "=", strlen(opt) + 1) == 0))
        if (opts_done || a[0] != '-' || strcmp(a, "-") == 0) {
            if (nfiles == flcap) {
                const char **nf = malloc(sizeof *nf * flcap * 2);
                if (!nf) usage_error("out of memory", NULL);
                memcpy(nf, fl, sizeof *nf * nfiles);
                free(files_heap);
                files_heap = nf;
                fl = nf;
                flcap *= 2;
            }
            fl[nfiles++] = a;
        } else if (strcmp(a, "--") == 0) {
            opts_done = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(USAGE, stdout);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("dener %s\n", dener_version());
            return 0;
        } else if (IS("--input")) {
            NEEDVAL();
            if (strcmp(val, "jsonl") == 0) jsonl = true;
            else if (strcmp(val, "text") == 0) jsonl = false;
            else usage_error("--input must be text or jsonl, not", val);
        } else if (IS("--date")) {
            NEEDVAL();
            c.opts.date = val; /* checked once the model is loaded */
        } else if (IS("--types")) {
            NEEDVAL();
            char buf[256];
            snprintf(buf, sizeof buf, "%s", val);
            for (char *s = strtok(buf, ","); s; s = strtok(NULL, ",")) {
                int t = dener_type_from_name(s);
                if (t < 0) usage_error("unknown type in --types (PER, LOC, ORG, DATE)", s);
                c.opts.types |= DENER_TYPE_BIT(t);
            }
            if (!c.opts.types) usage_error("--types needs at least one type", NULL);
        } else if (strcmp(a, "--pretty") == 0) {
            c.json_flags |= DENER_JSON_PRETTY;
        } else if (IS("--lexicons") || IS("--add-lexicons")) {
            bool add = strncmp(a, "--add", 5) == 0;
            NEEDVAL();
            if (ndirs >= 62) usage_error("too many lexicon folders", NULL);
            if (!add) replace = true;
            dirs[ndirs++] = val;
            (void)add;
        } else if (IS("--threads")) {
            NEEDVAL();
            char *e;
            long t = strtol(val, &e, 10);
            if (*e || t < 0 || t > 64) usage_error("--threads must be a number from 0 to 64, not", val);
            if (t == 0) {
                long nc = sysconf(_SC_NPROCESSORS_ONLN);
                t = nc > 0 ? (nc > 64 ? 64 : nc) : 1;
            }
            c.threads = (int)t;
        } else if (IS("--max-bytes")) {
            NEEDVAL();
            char *e;
            unsigned long long v = strtoull(val, &e, 10);
            if (*e || v == 0 || val[0] == '-') usage_error("--max-bytes must be a positive number, not", val);
            c.opts.max_bytes = (size_t)v;
        } else if (strcmp(a, "--strict-utf8") == 0) {
            c.opts.flags |= DENER_OPT_STRICT_UTF8;
        } else if (strcmp(a, "--stats") == 0) {
            stats = true;
        } else {
            usage_error("unknown option", a);
        }
    }
    /* lexicon folders: the bundled one first unless --lexicons replaced it */
    const char *all[64];
    size_t nall = 0;
    if (!replace) all[nall++] = dener_default_lexicon_dir();
    for (size_t i = 0; i < ndirs; i++) all[nall++] = dirs[i];
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    dener_error err = {0};
    c.model = dener_model_load(all, nall, NULL, 0, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!c.model) {
        fprintf(stderr, "dener: cannot load the model: %s\n", err.msg);
        return 2;
    }
    if (stats) {
        dener_model_stats s;
        dener_model_get_stats(c.model, &s);
        fprintf(stderr, "dener: model: %zu files, %zu entries, %zu trie nodes, %zu token rules, %zu date rules, %.1f MB, loaded in %.1f ms\n",
                s.files, s.entries, s.trie_nodes, s.rules, s.date_rules, s.bytes / 1e6,
                (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
    }
    size_t max = c.opts.max_bytes ? c.opts.max_bytes : DENER_DEFAULT_MAX_BYTES;
    dener_doc *docs[64];
    for (int k = 0; k < c.threads; k++) {
        docs[k] = dener_doc_new(c.model);
        if (!docs[k]) {
            fputs("dener: out of memory\n", stderr);
            return 2;
        }
    }
    if (c.opts.date) { /* the library decides what a valid date is: try it on an empty text */
        dener_error derr = {0};
        if (dener_extract(docs[0], "", 0, &c.opts, &derr) == DENER_ERR_ARG)
            usage_error("--date must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY), not", c.opts.date);
    }
    job *jobs = calloc(BATCH, sizeof *jobs);
    if (!jobs) { fputs("dener: out of memory\n", stderr); return 2; }
    size_t nj = 0;
    if (nfiles == 0) fl[nfiles++] = "-";
    for (size_t fi = 0; fi < nfiles; fi++) {
        if (!jsonl) {
            text_job(&jobs[nj++], fl[fi], max);
            if (nj == BATCH) { jobs = run_batch(&c, docs, jobs, nj); nj = 0; }
            continue;
        }
        const char *name = strcmp(fl[fi], "-") == 0 ? "stdin" : fl[fi];
        FILE *f = strcmp(fl[fi], "-") == 0 ? stdin : fopen(fl[fi], "rb");
        if (!f) {
            fprintf(stderr, "dener: %s: %s\n", fl[fi], strerror(errno));
            failures++;
            continue;
        }
        char *line = NULL;
        size_t cap = 0, lineno = 0;
        ssize_t n;
        while ((errno = 0, n = getline(&line, &cap, f)) >= 0) {
            lineno++;
            bool blank;
            size_t ln = jsonl_trim(line, (size_t)n, &blank);
            if (blank) continue;
            jsonl_job(&jobs[nj++], name, lineno, line, ln, max);
            if (nj == BATCH) { jobs = run_batch(&c, docs, jobs, nj); nj = 0; }
        }
        int rerr = errno; /* getline also stops (without EOF) when a line does not fit in memory */
        free(line);
        if (ferror(f) || !feof(f)) {
            fprintf(stderr, "dener: %s: read error after line %zu: %s\n", fl[fi], lineno, strerror(rerr ? rerr : EIO));
            failures++;
        }
        if (f != stdin) fclose(f);
    }
    if (nj) jobs = run_batch(&c, docs, jobs, nj);
    finish_batches(jobs);
    for (int k = 0; k < c.threads; k++) dener_doc_free(docs[k]);
    dener_model_free(c.model);
    free(files_heap);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "dener: error writing output: %s\n", strerror(errno));
        return 1;
    }
    return failures ? 1 : 0;
}
