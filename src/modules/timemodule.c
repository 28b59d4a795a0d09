/* timemodule.c -- the time module: clocks, sleep, struct_time conversions.
 *
 * Stateless apart from process-wide constants; every function is safe to
 * call from any thread. sleep() runs detached (ft_blocking_call) so it
 * never delays a collection, and is resumed after signals (PEP 475).
 */
#include "core/ftcore.h"
#include "modules/signals.h"
#include "modules/import.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <time.h>
#include <sys/time.h>

static double ts_to_double(const struct timespec *t) {
    return (double)t->tv_sec + (double)t->tv_nsec * 1e-9;
}

static ft_obj *clock_value(clockid_t id, bool ns) {
    struct timespec t;
    if (clock_gettime(id, &t) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    if (ns)
        return ft_int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
    return ft_float_new(ts_to_double(&t));
}

#define CLOCK_FN(pyname, clk, ns) \
    static ft_obj *time_##pyname(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { \
        return clock_value(clk, ns); \
    }
CLOCK_FN(time, CLOCK_REALTIME, false)
CLOCK_FN(time_ns, CLOCK_REALTIME, true)
CLOCK_FN(monotonic, CLOCK_MONOTONIC, false)
CLOCK_FN(monotonic_ns, CLOCK_MONOTONIC, true)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC, false)
CLOCK_FN(perf_counter_ns, CLOCK_MONOTONIC, true)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID, false)
CLOCK_FN(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID, false)
CLOCK_FN(thread_time_ns, CLOCK_THREAD_CPUTIME_ID, true)

typedef struct { struct timespec deadline; int err; } sleep_req;

/* Returns with err == EINTR only when a signal needs its Python handler;
 * the caller runs it attached and sleeps again to the same deadline. */
static void *do_sleep(void *p) {
    sleep_req *r = p;
    int rc;
    do {
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &r->deadline, NULL);
    } while (rc == EINTR && !ft_signals_tripped());
    r->err = rc;
    return NULL;
}

static int number_arg(ft_obj *o, double *out, const char *what) {
    if (ft_int_check(o))
        *out = ft_int_as_double(o);
    else if (ft_float_check(o))
        *out = ft_float_as_double(o);
    else {
        ft_err_format(ft_exc_TypeError, "'%s' object cannot be interpreted as an integer%s",
                      ft_type_name(ft_type_of(o)), what);
        return -1;
    }
    return ft_err_occurred() ? -1 : 0;
}

static ft_obj *time_sleep(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("sleep", nargs, kwnames, 1, 1) < 0)
        return NULL;
    double secs;
    if (number_arg(args[0], &secs, " or float") < 0)
        return NULL;
    if (isnan(secs))
        return ft_err_format(ft_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return ft_err_format(ft_exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9)
        return ft_err_format(ft_exc_OverflowError, "sleep length is too large");
    sleep_req r;
    clock_gettime(CLOCK_MONOTONIC, &r.deadline);
    double whole = floor(secs);
    r.deadline.tv_sec += (time_t)whole;
    r.deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (r.deadline.tv_nsec >= 1000000000L) {
        r.deadline.tv_sec++;
        r.deadline.tv_nsec -= 1000000000L;
    }
    for (;;) {
        r.err = 0;
        ft_blocking_call(do_sleep, &r);
        if (r.err != EINTR)
            break;
        if (ft_signals_check() < 0)
            return NULL;
    }
    if (r.err) {
        errno = r.err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    return ft_None;
}

/* ---- struct_time: a tuple subclass with named read-only fields ---------- */

static const char *const field_names[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff",
};

/* Layout: a tuple of 11 items; the sequence protocol exposes the first 9
 * (CPython's struct sequences keep the extra fields out of len()). */
static ft_obj *st_field(ft_obj *self, void *closure) {
    return ft_tuple_items(self)[(intptr_t)closure];
}

static ft_ssize st_len(ft_obj *self) { return 9; }

static ft_obj *st_repr(ft_obj *self) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_strbuf_append_cstr(&b, "time.struct_time(");
    for (int i = 0; i < 9; i++) {
        ft_obj *r = ft_repr(ft_tuple_items(self)[i]);
        if (!r)
            return NULL;
        ft_strbuf_printf(&b, "%s%s=", i ? ", " : "", field_names[i]);
        ft_strbuf_append_str(&b, r);
    }
    ft_strbuf_append_cstr(&b, ")");
    return ft_strbuf_finish(&b);
}

static const ft_getset_def st_getsets[] = {
#define F(name, i) { name, st_field, NULL, NULL, (void *)(intptr_t)(i) }
    F("tm_year", 0), F("tm_mon", 1), F("tm_mday", 2), F("tm_hour", 3), F("tm_min", 4),
    F("tm_sec", 5), F("tm_wday", 6), F("tm_yday", 7), F("tm_isdst", 8), F("tm_zone", 9),
    F("tm_gmtoff", 10),
#undef F
    { NULL }
};

/* struct_time(sequence[, dict]): 9 to 11 items; missing tm_zone/tm_gmtoff
 * are None. Only the first 9 are part of the tuple (len, iteration). */
static ft_obj *st_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "sequence", "dict", NULL };
    ft_obj *v[2];
    if (ft_parse_args("struct_time", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    ft_obj *seq = ft_sequence_tuple(v[0]);
    if (!seq) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_set_str(ft_exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    ft_ssize n = ft_tuple_size(seq);
    if (n < 9)
        return ft_err_format(ft_exc_TypeError, "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
    if (n > 11)
        return ft_err_format(ft_exc_TypeError, "time.struct_time() takes an at most 11-sequence (%zd-sequence given)", n);
    ft_obj *t = ft_obj_alloc(type, sizeof(ft_tuple) + 11 * sizeof(ft_obj *));
    if (!t)
        return NULL;
    ft_tuple *tp = (ft_tuple *)t;
    tp->size = 9;
    atomic_store(&tp->hash, -1);
    for (ft_ssize i = 0; i < 11; i++)
        tp->items[i] = i < n ? ft_tuple_get(seq, i) : ft_None;
    return t;
}

ft_type ft_struct_time_type = {
    FT_TYPE_HEAD_INIT,
    .name = "time.struct_time",
    .basicsize = sizeof(ft_tuple),
    .itemsize = sizeof(ft_obj *),
    .base = &ft_tuple_type,
    .repr = st_repr,
    .new_ = st_new,
    .length = st_len,
    .getsets = st_getsets,
};

static ft_obj *make_struct_time(const struct tm *tm, const char *zone, long gmtoff) {
    ft_obj *t = ft_obj_alloc(&ft_struct_time_type, sizeof(ft_tuple) + 11 * sizeof(ft_obj *));
    if (!t)
        return NULL;
    ft_tuple *tp = (ft_tuple *)t;
    tp->size = 9;
    atomic_store(&tp->hash, -1);
    int64_t v[9] = { tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                     tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst };
    for (int i = 0; i < 9; i++)
        tp->items[i] = ft_int_from_i64(v[i]);
    tp->items[9] = ft_str_from_cstr(zone ? zone : "UTC");
    tp->items[10] = ft_int_from_i64(gmtoff);
    return tp->items[9] ? t : NULL;
}

static int get_time_t(ft_obj *const *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == ft_None) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (number_arg(args[0], &d, "") < 0)
        return -1;
    if (isnan(d)) {
        ft_err_set_str(ft_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (d > 1e17 || d < -1e17) {
        ft_err_set_str(ft_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static ft_obj *time_gmtime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("gmtime", nargs, kwnames, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (get_time_t(args, nargs, &t) < 0)
        return NULL;
    if (!gmtime_r(&t, &tm))
        return ft_err_from_errno(ft_exc_OverflowError, NULL);
    return make_struct_time(&tm, "UTC", 0);
}

static ft_obj *time_localtime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("localtime", nargs, kwnames, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (get_time_t(args, nargs, &t) < 0)
        return NULL;
    if (!localtime_r(&t, &tm))
        return ft_err_from_errno(ft_exc_OverflowError, NULL);
    return make_struct_time(&tm, tm.tm_zone, tm.tm_gmtoff);
}

static int tuple_to_tm(ft_obj *o, struct tm *tm, const char *fname) {
    ft_obj *t = ft_sequence_tuple(o);
    if (!t)
        return -1;
    if (ft_tuple_size(t) != 9) {
        ft_err_format(ft_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = ft_int_as_i64(ft_tuple_get(t, i));
        if (v[i] == -1 && ft_err_occurred())
            return -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)(v[1] - 1);
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)(v[7] - 1);
    tm->tm_isdst = (int)v[8];
    return 0;
}

/* Parsing is written in Python (lib/_strptime.py), as in CPython. */
static ft_obj *time_strptime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("strptime", nargs, kwnames, 1, 2) < 0)
        return NULL;
    ft_obj *mod = ft_import_module_cstr("_strptime");
    ft_obj *fn = mod ? ft_getattr_cstr(mod, "_strptime_time") : NULL;
    return fn ? ft_call(fn, args, nargs, NULL) : NULL;
}

static ft_obj *time_mktime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("mktime", nargs, kwnames, 1, 1) < 0)
        return NULL;
    struct tm tm;
    if (tuple_to_tm(args[0], &tm, "mktime") < 0)
        return NULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return ft_err_format(ft_exc_OverflowError, "mktime argument out of range");
    return ft_float_new((double)t);
}

static ft_obj *time_strftime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("strftime", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs > 1) {
        if (tuple_to_tm(args[1], &tm, "strftime") < 0)
            return NULL;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    const char *fmt = ft_str_utf8(args[0]);
    if (!*fmt)
        return ft_str_from_cstr("");
    for (size_t cap = 256; cap <= (1u << 20); cap *= 4) {
        char *buf = ft_gc_alloc(cap, FT_GC_ATOMIC);
        if (!buf)
            return NULL;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0)
            return ft_str_new(buf, (ft_ssize)n);
    }
    return ft_str_from_cstr("");
}

static ft_obj *asctime_of(const struct tm *tm) {
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[(tm->tm_wday % 7 + 7) % 7],
             months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
             tm->tm_sec, tm->tm_year + 1900);
    return ft_str_from_cstr(buf);
}

static ft_obj *time_ctime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("ctime", nargs, kwnames, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (get_time_t(args, nargs, &t) < 0)
        return NULL;
    localtime_r(&t, &tm);
    return asctime_of(&tm);
}

static ft_obj *time_asctime(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("asctime", nargs, kwnames, 0, 1) < 0)
        return NULL;
    struct tm tm;
    if (nargs) {
        if (tuple_to_tm(args[0], &tm, "asctime") < 0)
            return NULL;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    return asctime_of(&tm);
}

static ft_obj *time_get_clock_info(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("get_clock_info", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "get_clock_info() argument must be str, not %T", args[0]);
    const char *name = ft_str_utf8(args[0]);
    const char *impl;
    bool monotonic = true, adjustable = false;
    clockid_t id;
    if (!strcmp(name, "time")) {
        impl = "clock_gettime(CLOCK_REALTIME)"; id = CLOCK_REALTIME; monotonic = false; adjustable = true;
    } else if (!strcmp(name, "monotonic") || !strcmp(name, "perf_counter")) {
        impl = "clock_gettime(CLOCK_MONOTONIC)"; id = CLOCK_MONOTONIC;
    } else if (!strcmp(name, "process_time")) {
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; id = CLOCK_PROCESS_CPUTIME_ID;
    } else if (!strcmp(name, "thread_time")) {
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; id = CLOCK_THREAD_CPUTIME_ID;
    } else {
        return ft_err_format(ft_exc_ValueError, "unknown clock");
    }
    struct timespec res;
    clock_getres(id, &res);
    ft_obj *ns = ft_call0((ft_obj *)&ft_simplenamespace_type);
    if (!ns ||
        ft_setattr_cstr(ns, "implementation", ft_str_from_cstr(impl)) < 0 ||
        ft_setattr_cstr(ns, "monotonic", ft_bool(monotonic)) < 0 ||
        ft_setattr_cstr(ns, "adjustable", ft_bool(adjustable)) < 0 ||
        ft_setattr_cstr(ns, "resolution", ft_float_new(ts_to_double(&res))) < 0)
        return NULL;
    return ns;
}

static const ft_method_def time_methods[] = {
    { "time", time_time, FT_METH_NOARGS, "Return the current time in seconds since the Epoch." },
    { "time_ns", time_time_ns, FT_METH_NOARGS, NULL },
    { "monotonic", time_monotonic, FT_METH_NOARGS, NULL },
    { "monotonic_ns", time_monotonic_ns, FT_METH_NOARGS, NULL },
    { "perf_counter", time_perf_counter, FT_METH_NOARGS, NULL },
    { "perf_counter_ns", time_perf_counter_ns, FT_METH_NOARGS, NULL },
    { "process_time", time_process_time, FT_METH_NOARGS, NULL },
    { "process_time_ns", time_process_time_ns, FT_METH_NOARGS, NULL },
    { "thread_time", time_thread_time, FT_METH_NOARGS, NULL },
    { "thread_time_ns", time_thread_time_ns, FT_METH_NOARGS, NULL },
    { "sleep", time_sleep, 0, "Delay execution for a given number of seconds." },
    { "gmtime", time_gmtime, 0, NULL },
    { "localtime", time_localtime, 0, NULL },
    { "mktime", time_mktime, 0, NULL },
    { "strptime", time_strptime, 0, "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification." },
    { "strftime", time_strftime, 0, NULL },
    { "ctime", time_ctime, 0, NULL },
    { "asctime", time_asctime, 0, NULL },
    { "get_clock_info", time_get_clock_info, 0, NULL },
    { NULL }
};

static int time_exec(ft_obj *m) {
    if (ft_module_add_type(m, &ft_struct_time_type) < 0)
        return -1;
    tzset();
    long tz = timezone;
    if (ft_module_add_int(m, "timezone", tz) < 0 ||
        ft_module_add_int(m, "altzone", tz - 3600) < 0 ||
        ft_module_add_int(m, "daylight", daylight) < 0)
        return -1;
    ft_obj *names = ft_tuple_pack(2, ft_str_from_cstr(tzname[0]), ft_str_from_cstr(tzname[1]));
    if (!names || ft_module_add_object(m, "tzname", names) < 0)
        return -1;
    static const struct { const char *n; int v; } clocks[] = {
        { "CLOCK_REALTIME", CLOCK_REALTIME }, { "CLOCK_MONOTONIC", CLOCK_MONOTONIC },
        { "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID },
        { "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(clocks); i++)
        if (ft_module_add_int(m, clocks[i].n, clocks[i].v) < 0)
            return -1;
    return 0;
}

/* Process start-up (core/init.c): ready struct_time once, before any
 * interpreter or thread exists. */
int ft_time_init(void) {
    return ft_type_ready(&ft_struct_time_type);
}

const ft_module_def ft_time_module_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.",
    .methods = time_methods,
    .exec = time_exec,
    .gil_safe = true,
};
