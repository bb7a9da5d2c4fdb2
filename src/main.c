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

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
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

static void process(const cfg *c, dener_doc *doc, job *j) {
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

typedef struct worker {
    const cfg *c;
    dener_doc *doc;
    job *jobs;
    size_t n;
    int k, nthreads;
    pthread_t th;
} worker;

static void *work(void *p) {
    worker *w = p;
    for (size_t i = (size_t)w->k; i < w->n; i += (size_t)w->nthreads) process(w->c, w->doc, &w->jobs[i]);
    return NULL;
}

static void run_batch(const cfg *c, dener_doc **docs, job *jobs, size_t n) {
    int nt = c->threads < 1 ? 1 : c->threads;
    if ((size_t)nt > n) nt = (int)(n ? n : 1);
    worker ws[64] = {0};
    for (int k = 0; k < nt; k++) {
        ws[k] = (worker){c, docs[k], jobs, n, k, nt, 0};
        if (k > 0 && pthread_create(&ws[k].th, NULL, work, &ws[k]) != 0) {
            ws[k].nthreads = -1; /* could not start: run it here */
        }
    }
    work(&ws[0]);
    for (int k = 1; k < nt; k++) {
        if (ws[k].nthreads == -1) { ws[k].nthreads = nt; work(&ws[k]); }
        else pthread_join(ws[k].th, NULL);
    }
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
        memset(j, 0, sizeof *j);
    }
    fflush(stdout);
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

/* Fills a job from one JSONL line. */
static void jsonl_job(job *j, const char *name, size_t lineno, const char *line, size_t n) {
    char src[512];
    snprintf(src, sizeof src, "%s:%zu", name, lineno);
    j->src = xstrdup(src);
    json_error_t je;
    json_t *o = json_loadb(line, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!o) {
        char m[400];
        snprintf(m, sizeof m, "line %zu: malformed JSON at column %d: %s", lineno, je.column, je.text);
        j->error = xstrdup(m);
        return;
    }
    if (!json_is_object(o)) {
        char m[100];
        snprintf(m, sizeof m, "line %zu: expected a JSON object", lineno);
        j->error = xstrdup(m);
        json_decref(o);
        return;
    }
    json_t *id = json_object_get(o, "id");
    j->id_json = id ? json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT) : xstrdup("null");
    json_t *t = json_object_get(o, "text");
    json_t *d = json_object_get(o, "date");
    char m[200];
    if (!t) {
        snprintf(m, sizeof m, "line %zu: \"text\" is missing", lineno);
        j->error = xstrdup(m);
    } else if (!json_is_string(t)) {
        snprintf(m, sizeof m, "line %zu: \"text\" must be a string", lineno);
        j->error = xstrdup(m);
    } else if (d && !json_is_string(d) && !json_is_null(d)) {
        snprintf(m, sizeof m, "line %zu: \"date\" must be a string (ISO 8601)", lineno);
        j->error = xstrdup(m);
    } else {
        j->len = json_string_length(t);
        j->text = malloc(j->len + 1);
        if (!j->text) { fputs("dener: out of memory\n", stderr); exit(2); }
        memcpy(j->text, json_string_value(t), j->len + 1);
        if (d && json_is_string(d)) j->date = xstrdup(json_string_value(d));
    }
    json_decref(o);
}

static void usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "dener: %s%s%s\nTry 'dener --help'.\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(2);
}

int main(int argc, char **argv) {
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
            if (nj == BATCH) { run_batch(&c, docs, jobs, nj); nj = 0; }
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
        while ((n = getline(&line, &cap, f)) >= 0) {
            lineno++;
            size_t ln = (size_t)n;
            while (ln && (line[ln - 1] == '\n' || line[ln - 1] == '\r')) ln--;
            bool blank = true;
            for (size_t k = 0; k < ln; k++)
                if (line[k] != ' ' && line[k] != '\t') { blank = false; break; }
            if (blank) continue;
            job *j = &jobs[nj++];
            if (ln > max + 1024) {
                char src[512];
                snprintf(src, sizeof src, "%s:%zu", name, lineno);
                j->src = xstrdup(src);
                char m[160];
                snprintf(m, sizeof m, "line %zu: line of %zu bytes exceeds --max-bytes %zu", lineno, ln, max);
                j->error = xstrdup(m);
            } else {
                jsonl_job(j, name, lineno, line, ln);
            }
            if (nj == BATCH) { run_batch(&c, docs, jobs, nj); nj = 0; }
        }
        free(line);
        if (ferror(f)) {
            fprintf(stderr, "dener: %s: read error\n", fl[fi]);
            failures++;
        }
        if (f != stdin) fclose(f);
    }
    if (nj) run_batch(&c, docs, jobs, nj);
    free(jobs);
    for (int k = 0; k < c.threads; k++) dener_doc_free(docs[k]);
    dener_model_free(c.model);
    free(files_heap);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "dener: error writing output: %s\n", strerror(errno));
        return 1;
    }
    return failures ? 1 : 0;
}
