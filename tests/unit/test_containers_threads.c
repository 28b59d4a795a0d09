/* test_containers_threads.c -- several registered threads mutate one shared
 * list / dict / set at the same time: no append, key or element may be lost,
 * and concurrent readers, iterators and sorts must never crash. */
#include "unit.h"
#include <pthread.h>

#define NTHREADS 8
#define PER_THREAD 20000

typedef struct {
    ft_obj *list, *dict, *set, *strkeys; /* strkeys: tuple of str, read concurrently */
    ft_interp *interp;
    _Atomic int errors;
    _Atomic int64_t popped;
    _Atomic int stop;
} shared;

typedef struct { shared *sh; int id; } job;

static void note_error(shared *sh) {
    atomic_fetch_add(&sh->errors, 1);
    if (ft_err_occurred()) ft_err_clear();
}

static void *writer(void *arg) {
    job *j = arg;
    shared *sh = j->sh;
    ft_thread *ts = ft_thread_new(sh->interp);
    for (int i = 0; i < PER_THREAD; i++) {
        ft_obj *v = ft_int_from_i64((int64_t)j->id * PER_THREAD + i);
        if (ft_list_append(sh->list, v) < 0) note_error(sh);
        if (ft_dict_set(sh->dict, v, v) < 0) note_error(sh);
        if (ft_set_add(sh->set, v) < 0) note_error(sh);
        /* lock-free str-key reads of entries that are never removed */
        ft_obj *k = ft_tuple_get(sh->strkeys, i % ft_tuple_size(sh->strkeys));
        ft_obj *got = ft_dict_get_str(sh->dict, k);
        if (got != k) note_error(sh);
        if ((i & 1023) == 0) FT_SAFEPOINT(ts);
    }
    ft_thread_delete(ts);
    return NULL;
}

/* Reads and iterates while the writers run. */
static void *reader(void *arg) {
    job *j = arg;
    shared *sh = j->sh;
    ft_thread *ts = ft_thread_new(sh->interp);
    int64_t rounds = 0;
    while (!atomic_load(&sh->stop) && rounds < 2000) {
        ft_ssize n = ft_list_size(sh->list);
        if (n > 0) {
            ft_obj *v = ft_list_get(sh->list, n - 1);
            if (!v || !ft_int_check(v)) note_error(sh);
        }
        ft_obj *it = ft_iter(sh->list);
        ft_obj *x;
        int steps = 0;
        while (it && steps < 500 && (x = ft_iter_next(it)) != NULL) {
            if (!ft_int_check(x)) note_error(sh);
            steps++;
        }
        if (ft_err_occurred()) note_error(sh);
        /* dict / set iterators may legitimately raise RuntimeError */
        ft_obj *di = ft_iter(sh->dict);
        for (int k = 0; di && k < 200 && ft_iter_next(di); k++) {}
        if (ft_err_occurred()) ft_err_clear();
        ft_obj *si = ft_iter(sh->set);
        for (int k = 0; si && k < 200 && ft_iter_next(si); k++) {}
        if (ft_err_occurred()) ft_err_clear();
        /* lock-free lookups racing with inserts and resizes */
        for (int k = 0; k < 64; k++) {
            ft_obj *key = ft_smallint((rounds * 131 + k * 17) % (NTHREADS * PER_THREAD));
            int c = ft_set_contains(sh->set, key);
            if (c < 0) note_error(sh);
            ft_obj *v = ft_dict_get(sh->dict, key);
            if (v && v != key) note_error(sh);
            if (!v && ft_err_occurred()) note_error(sh);
            /* once seen, an element never disappears */
            if (c == 1 && ft_set_contains(sh->set, key) != 1) note_error(sh);
        }
        ft_obj *r = ft_repr(ft_getitem(sh->list, ft_slice_new(ft_smallint(-5), NULL, NULL)));
        if (!r) note_error(sh);
        rounds++;
    }
    ft_thread_delete(ts);
    return NULL;
}

/* Joins run detached (ft_blocking_call) so a collection requested by the
 * workers never waits for the main thread. */
typedef struct { pthread_t *th; int n; } joinarg;
static void *join_all(void *arg) {
    joinarg *j = arg;
    for (int i = 0; i < j->n; i++) pthread_join(j->th[i], NULL);
    return NULL;
}
static void join_detached(pthread_t *th, int n) {
    joinarg j = { th, n };
    ft_blocking_call(join_all, &j);
}

static void run_threads(void *(*fn)(void *), job *jobs, int n) {
    pthread_t th[NTHREADS * 2];
    for (int i = 0; i < n; i++) pthread_create(&th[i], NULL, fn, &jobs[i]);
    join_detached(th, n);
}

typedef struct { shared *sh; void *(*fn)(void *); job *jobs; int n; } group;
static void *group_main(void *arg) {
    group *g = arg;
    pthread_t th[NTHREADS * 2];
    for (int i = 0; i < g->n; i++) pthread_create(&th[i], NULL, g->fn, &g->jobs[i]);
    for (int i = 0; i < g->n; i++) pthread_join(th[i], NULL);
    return NULL;
}

static void test_no_lost_updates(void) {
    shared sh = { 0 };
    sh.interp = ft_interp_current();
    sh.list = ft_list_new(0);
    sh.dict = ft_dict_new();
    sh.set = ft_set_new(NULL);
    sh.strkeys = ft_tuple_new(64);
    for (int i = 0; i < 64; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "key%d", i);
        ft_obj *k = ft_str_from_cstr(buf);
        FT_TUPLE(sh.strkeys)->items[i] = k;
        ft_dict_set(sh.dict, k, k);
    }
    job wj[NTHREADS], rj[2];
    for (int i = 0; i < NTHREADS; i++) wj[i] = (job){ &sh, i };
    for (int i = 0; i < 2; i++) rj[i] = (job){ &sh, i };
    /* writers and readers at the same time: readers in a helper pthread group */
    group rg = { &sh, reader, rj, 2 };
    pthread_t rt;
    pthread_create(&rt, NULL, group_main, &rg);
    run_threads(writer, wj, NTHREADS);
    atomic_store(&sh.stop, 1);
    join_detached(&rt, 1);

    CHECK(atomic_load(&sh.errors) == 0);
    CHECK(ft_list_size(sh.list) == NTHREADS * PER_THREAD);
    CHECK(ft_dict_size(sh.dict) == NTHREADS * PER_THREAD + 64);
    CHECK(ft_set_size(sh.set) == NTHREADS * PER_THREAD);
    /* every value exactly once */
    CHECK(ft_list_sort(sh.list, NULL, false) == 0);
    bool ok = true;
    for (ft_ssize i = 0; i < ft_list_size(sh.list); i++) {
        ft_obj *v = ft_list_get(sh.list, i);
        if (!v || ft_int_as_i64(v) != i) { ok = false; break; }
    }
    CHECK(ok);
    ok = true;
    for (int64_t i = 0; i < NTHREADS * PER_THREAD; i += 97) {
        ft_obj *k = ft_int_from_i64(i);
        ft_obj *v = ft_dict_get(sh.dict, k);
        if (!v || ft_int_as_i64(v) != i || ft_set_contains(sh.set, k) != 1) { ok = false; break; }
    }
    CHECK(ok);
}

/* Producers append while consumers pop: appended = popped + remaining. */
static void *producer(void *arg) {
    job *j = arg;
    ft_thread *ts = ft_thread_new(j->sh->interp);
    for (int i = 0; i < PER_THREAD; i++)
        if (ft_list_append(j->sh->list, ft_smallint(i)) < 0) note_error(j->sh);
    ft_thread_delete(ts);
    return NULL;
}

static void *consumer(void *arg) {
    job *j = arg;
    shared *sh = j->sh;
    ft_thread *ts = ft_thread_new(sh->interp);
    for (int i = 0; i < PER_THREAD; i++) {
        ft_obj *v = ft_list_pop(sh->list, -1);
        if (v) atomic_fetch_add(&sh->popped, 1);
        else if (ft_err_matches((ft_obj *)ft_exc_IndexError)) ft_err_clear();
        else note_error(sh);
        if (i % 512 == 0) {
            /* also exercise insert and slice assignment under contention:
             * three items go in, three pops are counted, then the three
             * are taken off the count again */
            ft_obj *t = ft_tuple_pack(2, ft_smallint(-1), ft_smallint(-2));
            if (ft_list_insert(sh->list, 0, ft_smallint(-3)) < 0) note_error(sh);
            ft_obj *sl = ft_slice_new(ft_smallint(0), ft_smallint(0), NULL);
            if (ft_setitem(sh->list, sl, t) < 0) note_error(sh);  /* inserts 2 */
            for (int k = 0; k < 3; k++) {
                if (ft_list_pop(sh->list, 0)) atomic_fetch_add(&sh->popped, 1);
                else if (ft_err_matches((ft_obj *)ft_exc_IndexError)) ft_err_clear();
                else note_error(sh);
            }
            atomic_fetch_sub(&sh->popped, 3);
        }
    }
    ft_thread_delete(ts);
    return NULL;
}

static void test_push_pop(void) {
    shared sh = { 0 };
    sh.interp = ft_interp_current();
    sh.list = ft_list_new(0);
    job pj[4], cj[4];
    for (int i = 0; i < 4; i++) { pj[i] = (job){ &sh, i }; cj[i] = (job){ &sh, i }; }
    group cg = { &sh, consumer, cj, 4 };
    pthread_t ct;
    pthread_create(&ct, NULL, group_main, &cg);
    run_threads(producer, pj, 4);
    join_detached(&ct, 1);
    CHECK(atomic_load(&sh.errors) == 0);
    CHECK(atomic_load(&sh.popped) + ft_list_size(sh.list) == 4 * PER_THREAD);
}

/* Sorting while other threads append and delete: only "list modified during
 * sort" ValueErrors are allowed, never a crash or a foreign exception. */
static void *sorter(void *arg) {
    job *j = arg;
    shared *sh = j->sh;
    ft_thread *ts = ft_thread_new(sh->interp);
    for (int i = 0; i < 200; i++) {
        if (ft_list_sort(sh->list, NULL, (i & 1) != 0) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_ValueError)) ft_err_clear();
            else note_error(sh);
        }
    }
    ft_thread_delete(ts);
    return NULL;
}

static void *churner(void *arg) {
    job *j = arg;
    shared *sh = j->sh;
    ft_thread *ts = ft_thread_new(sh->interp);
    for (int i = 0; i < 5000; i++) {
        ft_obj *k = ft_smallint(i % 300);
        if (ft_list_append(sh->list, k) < 0) note_error(sh);
        if (i % 3 == 0) {
            if (!ft_list_pop(sh->list, 0)) {
                if (ft_err_matches((ft_obj *)ft_exc_IndexError)) ft_err_clear();
                else note_error(sh);
            }
        }
        /* dict churn: insert, overwrite, delete, popitem-free */
        if (ft_dict_set(sh->dict, k, ft_smallint(i)) < 0) note_error(sh);
        if (i % 2 == 0 && ft_dict_del(sh->dict, k) < 0) {
            if (ft_err_matches((ft_obj *)ft_exc_KeyError)) ft_err_clear();
            else note_error(sh);
        }
        if (ft_set_add(sh->set, k) < 0) note_error(sh);
        if (i % 2 == 1 && ft_set_discard(sh->set, k) < 0) note_error(sh);
    }
    ft_thread_delete(ts);
    return NULL;
}

static void test_sort_and_churn(void) {
    shared sh = { 0 };
    sh.interp = ft_interp_current();
    sh.list = ft_list_new(0);
    sh.dict = ft_dict_new();
    sh.set = ft_set_new(NULL);
    for (int i = 0; i < 1000; i++) ft_list_append(sh.list, ft_smallint((i * 37) % 1000));
    job sj[2], cj[4];
    for (int i = 0; i < 2; i++) sj[i] = (job){ &sh, i };
    for (int i = 0; i < 4; i++) cj[i] = (job){ &sh, i };
    group cg = { &sh, churner, cj, 4 };
    pthread_t ct;
    pthread_create(&ct, NULL, group_main, &cg);
    run_threads(sorter, sj, 2);
    join_detached(&ct, 1);
    CHECK(atomic_load(&sh.errors) == 0);
    /* the containers are still consistent */
    ft_ssize n = ft_list_size(sh.list);
    bool ok = true;
    for (ft_ssize i = 0; i < n; i++)
        if (!ft_list_get(sh.list, i)) ok = false;
    CHECK(ok);
    CHECK(ft_dict_size(sh.dict) <= 300 && ft_set_size(sh.set) <= 300);
    ft_obj *keys = ft_dict_keys_list(sh.dict);
    CHECK(keys && ft_list_size(keys) == ft_dict_size(sh.dict));
}

static void run_tests(void) {
    test_no_lost_updates();
    test_push_pop();
    test_sort_and_churn();
}
