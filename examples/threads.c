/* threads.c - using libdener from C: load the model once, then extract entities from many texts
 * on several threads, each thread with its own dener_doc over the one shared (immutable) model.
 *
 * Build against an installed dener (pkg-config is all it needs):
 *
 *     cc -std=c17 -pthread threads.c $(pkg-config --cflags --libs dener) -o threads
 *
 * Run:  ./threads [-j THREADS] [TEXT...]
 *
 * Each TEXT is one document (without any, a few sample sentences are used). For every document
 * the program prints a header line "== N: <first words>" and one line per entity:
 * TYPE<TAB>text<TAB>source[<TAB>value]. Output is in input order whatever the thread count.
 * Set DENER_LEXICONS to use another lexicon folder than the installed one. */
#define _POSIX_C_SOURCE 200809L
#include <dener.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const SAMPLES[] = {
    "Bundeskanzler Olaf Scholz besuchte am Dienstag Siemens in München.",
    "Die Europäische Zentralbank in Frankfurt hält die Zinsen stabil.",
    "Angela Merkel traf am 3. Oktober 2020 Emmanuel Macron in Paris.",
    "Der FC Bayern München gewann gegen Borussia Dortmund.",
    "Volkswagen kündigte in Wolfsburg neue Stellen an.",
    "Am Montag reist Annalena Baerbock nach Kiew.",
};

typedef struct task {
    const char *text;
    char *out;      /* this document's output, written by the worker that took it */
    size_t out_len;
    int failed;
} task;

typedef struct shared {
    const dener_model *model; /* shared read-only by all threads */
    task *tasks;
    size_t ntasks;
    atomic_size_t next;       /* next task to take */
} shared;

/* dener_doc_foreach callback: prints one entity into the document's output stream. */
static int print_entity(const dener_entity *e, void *user) {
    FILE *out = user;
    fprintf(out, "%s\t%.*s\t%s", dener_type_name(e->type), (int)(e->end_byte - e->start_byte), e->text, e->source);
    if (e->value) fprintf(out, "\t%s", e->value);
    if (e->value_end) fprintf(out, "/%s", e->value_end);
    fputc('\n', out);
    return 0; /* non-zero would stop the iteration */
}

static void *worker(void *arg) {
    shared *s = arg;
    dener_doc *doc = dener_doc_new(s->model); /* one doc per thread, reused for all its texts */
    if (!doc) return (void *)1;
    dener_options opts = {0};
    opts.date = "2023-11-16"; /* document date, for relative dates such as "am Dienstag" */
    for (;;) {
        size_t i = atomic_fetch_add(&s->next, 1);
        if (i >= s->ntasks) break;
        task *t = &s->tasks[i];
        FILE *out = open_memstream(&t->out, &t->out_len);
        if (!out) { t->failed = 1; continue; }
        size_t cut = strlen(t->text);
        if (cut > 40) /* the first 40 bytes, not cutting a UTF-8 sequence */
            for (cut = 40; cut > 0 && ((unsigned char)t->text[cut] & 0xC0) == 0x80; cut--) {}
        fprintf(out, "== %zu: %.*s\n", i + 1, (int)cut, t->text);
        dener_error err;
        if (dener_extract(doc, t->text, strlen(t->text), &opts, &err) != DENER_OK) {
            fprintf(out, "error: %s\n", err.msg);
            t->failed = 1;
        } else {
            dener_doc_foreach(doc, print_entity, out);
        }
        fclose(out);
    }
    dener_doc_free(doc);
    return NULL;
}

int main(int argc, char **argv) {
    int nthreads = 4, first = 1;
    if (argc > 2 && strcmp(argv[1], "-j") == 0) {
        nthreads = atoi(argv[2]);
        first = 3;
        if (nthreads < 1 || nthreads > 256) { fputs("threads: -j needs 1..256\n", stderr); return 2; }
    }
    if (strcmp(dener_version(), DENER_VERSION_STRING) != 0)
        fprintf(stderr, "threads: warning: header %s, library %s\n", DENER_VERSION_STRING, dener_version());

    dener_error err;
    dener_model *model = dener_model_load(NULL, 0, NULL, DENER_MODEL_DEFAULT, &err); /* default folder */
    if (!model) {
        fprintf(stderr, "threads: cannot load the model from %s: %s\n", dener_default_lexicon_dir(), err.msg);
        return 2;
    }

    size_t n = argc > first ? (size_t)(argc - first) : sizeof SAMPLES / sizeof SAMPLES[0];
    task *tasks = calloc(n, sizeof *tasks);
    pthread_t *th = calloc((size_t)nthreads, sizeof *th);
    if (!tasks || !th) { fputs("threads: out of memory\n", stderr); return 2; }
    for (size_t i = 0; i < n; i++) tasks[i].text = argc > first ? argv[first + (int)i] : SAMPLES[i];

    shared s = {model, tasks, n, 0};
    int started = 0;
    for (int k = 0; k < nthreads; k++, started++)
        if (pthread_create(&th[k], NULL, worker, &s) != 0) break;
    if (started == 0) worker(&s);
    int rc = 0;
    for (int k = 0; k < started; k++) {
        void *r;
        pthread_join(th[k], &r);
        if (r) rc = 1;
    }
    for (size_t i = 0; i < n; i++) {
        if (tasks[i].out) fwrite(tasks[i].out, 1, tasks[i].out_len, stdout);
        if (tasks[i].failed || !tasks[i].out) rc = 1;
        free(tasks[i].out);
    }
    free(tasks);
    free(th);
    dener_model_free(model); /* after every doc is freed */
    return rc;
}
