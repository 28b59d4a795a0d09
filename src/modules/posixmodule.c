/* posixmodule.c -- the posix module: the operating-system layer under os.
 *
 * Thin wrappers over POSIX calls. Calls that can block (reading a
 * directory, waiting for a child) run detached through ft_blocking_call;
 * quick metadata calls run attached. No module state besides the
 * stat_result type, readied once at start-up and read-only afterwards.
 * Paths are str (UTF-8) or bytes; os.PathLike objects go through
 * __fspath__.
 */
#include "core/ftcore.h"
#include "modules/signals.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/ioctl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* ---- path arguments -------------------------------------------------------- */

typedef struct { const char *path; ft_obj *obj; bool is_bytes; } path_arg;

static int get_path(ft_obj *o, path_arg *p, const char *fname, const char *argname) {
    p->obj = o;
    p->is_bytes = false;
    if (!ft_str_check(o) && !ft_bytes_check(o)) {
        ft_obj *fspath = ft_lookup_special(o, ft_id(__fspath__));
        if (!fspath) {
            if (!ft_err_occurred())
                ft_err_format(ft_exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s",
                              fname, argname, ft_type_name(ft_type_of(o)));
            return -1;
        }
        o = ft_call0(fspath);
        if (!o)
            return -1;
        if (!ft_str_check(o) && !ft_bytes_check(o)) {
            ft_err_format(ft_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                          ft_type_name(ft_type_of(p->obj)), ft_type_name(ft_type_of(o)));
            return -1;
        }
    }
    size_t n;
    if (ft_str_check(o)) {
        p->path = ft_str_utf8(o);
        n = (size_t)FT_STR(o)->nbytes;
    } else {
        p->path = ft_bytes_data(o);
        n = (size_t)ft_bytes_size(o);
        p->is_bytes = true;
    }
    if (strlen(p->path) != n) {
        ft_err_format(ft_exc_ValueError, "%s: embedded null character in %s", fname, argname);
        return -1;
    }
    return 0;
}

static ft_obj *path_error(ft_obj *filename) {
    return ft_err_from_errno(ft_exc_OSError, filename);
}

static ft_obj *make_name(const char *s, bool as_bytes) {
    if (as_bytes)
        return ft_bytes_new(s, (ft_ssize)strlen(s));
    ft_obj *r = ft_str_new(s, (ft_ssize)strlen(s));
    if (!r) {
        /* Undecodable file name: fall back to surrogateescape decoding. */
        ft_err_clear();
        ft_obj *b = ft_bytes_new(s, (ft_ssize)strlen(s));
        r = b ? ft_call_method(b, "decode", (ft_obj *[]){ ft_str_from_cstr("utf-8"),
                                                           ft_str_from_cstr("surrogateescape") }, 2) : NULL;
    }
    return r;
}

/* ---- stat_result ---------------------------------------------------------------- */

static const char *const stat_names[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",      /* 7..9: floats (the int forms are items 7..9 in CPython's tuple) */
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
};
#define STAT_SEQ 10   /* len(stat_result) */
#define STAT_ALL 16

static ft_obj *stat_field(ft_obj *self, void *closure) {
    return ft_tuple_items(self)[(intptr_t)closure];
}

static ft_ssize stat_len(ft_obj *self) { return STAT_SEQ; }

static ft_obj *stat_repr(ft_obj *self) {
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_strbuf_append_cstr(&b, "os.stat_result(");
    for (int i = 0; i < STAT_SEQ; i++) {
        ft_obj *v = ft_tuple_items(self)[i];
        if (i >= 7)
            v = ft_number_int(v);
        ft_obj *r = v ? ft_repr(v) : NULL;
        if (!r)
            return NULL;
        ft_strbuf_printf(&b, "%s%s=", i ? ", " : "", stat_names[i]);
        ft_strbuf_append_str(&b, r);
    }
    ft_strbuf_append_cstr(&b, ")");
    return ft_strbuf_finish(&b);
}

static const ft_getset_def stat_getsets[] = {
    { "st_mode", stat_field, NULL, NULL, (void *)0 }, { "st_ino", stat_field, NULL, NULL, (void *)1 },
    { "st_dev", stat_field, NULL, NULL, (void *)2 }, { "st_nlink", stat_field, NULL, NULL, (void *)3 },
    { "st_uid", stat_field, NULL, NULL, (void *)4 }, { "st_gid", stat_field, NULL, NULL, (void *)5 },
    { "st_size", stat_field, NULL, NULL, (void *)6 }, { "st_atime", stat_field, NULL, NULL, (void *)7 },
    { "st_mtime", stat_field, NULL, NULL, (void *)8 }, { "st_ctime", stat_field, NULL, NULL, (void *)9 },
    { "st_atime_ns", stat_field, NULL, NULL, (void *)10 }, { "st_mtime_ns", stat_field, NULL, NULL, (void *)11 },
    { "st_ctime_ns", stat_field, NULL, NULL, (void *)12 }, { "st_blksize", stat_field, NULL, NULL, (void *)13 },
    { "st_blocks", stat_field, NULL, NULL, (void *)14 }, { "st_rdev", stat_field, NULL, NULL, (void *)15 },
    { NULL }
};

ft_type ft_stat_result_type = {
    FT_TYPE_HEAD_INIT,
    .name = "os.stat_result",
    .basicsize = sizeof(ft_tuple),
    .itemsize = sizeof(ft_obj *),
    .base = &ft_tuple_type,
    .repr = stat_repr,
    .length = stat_len,
    .getsets = stat_getsets,
};

static ft_obj *ts_float(struct timespec t) { return ft_float_new((double)t.tv_sec + t.tv_nsec * 1e-9); }
static ft_obj *ts_ns(struct timespec t) {
    return ft_int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

static ft_obj *make_stat(const struct stat *st) {
    ft_obj *t = ft_obj_alloc(&ft_stat_result_type, sizeof(ft_tuple) + STAT_ALL * sizeof(ft_obj *));
    if (!t)
        return NULL;
    ft_tuple *tp = (ft_tuple *)t;
    tp->size = STAT_SEQ;
    atomic_store(&tp->hash, -1);
    ft_obj *v[STAT_ALL] = {
        ft_int_from_i64(st->st_mode), ft_int_from_u64(st->st_ino), ft_int_from_u64(st->st_dev),
        ft_int_from_i64((int64_t)st->st_nlink), ft_int_from_i64(st->st_uid), ft_int_from_i64(st->st_gid),
        ft_int_from_i64(st->st_size), ts_float(st->st_atim), ts_float(st->st_mtim), ts_float(st->st_ctim),
        ts_ns(st->st_atim), ts_ns(st->st_mtim), ts_ns(st->st_ctim), ft_int_from_i64(st->st_blksize),
        ft_int_from_i64(st->st_blocks), ft_int_from_u64(st->st_rdev),
    };
    for (int i = 0; i < STAT_ALL; i++) {
        if (!v[i])
            return NULL;
        tp->items[i] = v[i];
    }
    return t;
}

static ft_obj *do_stat(ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *fname, bool follow) {
    static const char *const names[] = { "path", "$dir_fd", "$follow_symlinks", NULL };
    ft_obj *v[3];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    if (v[2]) {
        int b = ft_is_true(v[2]);
        if (b < 0)
            return NULL;
        follow = follow && b;
    }
    struct stat st;
    int rc;
    if (ft_int_check(v[0]) && !ft_str_check(v[0])) {
        int fd = (int)ft_int_as_i64(v[0]);
        if (fd == -1 && ft_err_occurred())
            return NULL;
        rc = fstat(fd, &st);
    } else {
        path_arg p;
        if (get_path(v[0], &p, fname, "path") < 0)
            return NULL;
        rc = follow ? stat(p.path, &st) : lstat(p.path, &st);
    }
    if (rc != 0)
        return path_error(v[0]);
    return make_stat(&st);
}

static ft_obj *posix_stat(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return do_stat(a, n, k, "stat", true); }
static ft_obj *posix_lstat(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return do_stat(a, n, k, "lstat", false); }

static ft_obj *posix_fstat(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("fstat", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int fd = (int)ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return make_stat(&st);
}

/* ---- simple path operations -------------------------------------------------------- */

static ft_obj *one_path(ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *fname,
                        const char *argname, path_arg *p) {
    static const char *const names1[] = { "path", "$dir_fd", NULL };
    ft_obj *v[2];
    const char *const *names = names1;
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    if (get_path(v[0], p, fname, argname) < 0)
        return NULL;
    return v[0];
}

#define SIMPLE_PATH_CALL(pyname, expr) \
    static ft_obj *posix_##pyname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) { \
        path_arg p; \
        ft_obj *o = one_path(args, nargs, kwnames, #pyname, "path", &p); \
        if (!o) return NULL; \
        if ((expr) != 0) return path_error(o); \
        return ft_None; \
    }
SIMPLE_PATH_CALL(remove, unlink(p.path))
SIMPLE_PATH_CALL(unlink, unlink(p.path))
SIMPLE_PATH_CALL(rmdir, rmdir(p.path))
SIMPLE_PATH_CALL(chdir, chdir(p.path))

static ft_obj *posix_mkdir(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", "mode", "$dir_fd", NULL };
    ft_obj *v[3];
    if (ft_parse_args("mkdir", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    path_arg p;
    if (get_path(v[0], &p, "mkdir", "path") < 0)
        return NULL;
    int mode = 0777;
    if (v[1]) {
        mode = (int)ft_int_as_i64(v[1]);
        if (mode == -1 && ft_err_occurred())
            return NULL;
    }
    if (mkdir(p.path, (mode_t)mode) != 0)
        return path_error(v[0]);
    return ft_None;
}

/* OSError(errno, strerror, src, None, dst): CPython names both paths
 * ("... : 'a' -> 'b'"); the OSError constructor picks the subclass. */
static ft_obj *two_paths_error(int err, path_arg *src, path_arg *dst) {
    ft_obj *s = src->is_bytes ? ft_bytes_new(src->path, (ft_ssize)strlen(src->path)) : ft_str_from_cstr(src->path);
    ft_obj *d = dst->is_bytes ? ft_bytes_new(dst->path, (ft_ssize)strlen(dst->path)) : ft_str_from_cstr(dst->path);
    ft_obj *msg = ft_str_from_cstr(strerror(err));
    if (!s || !d || !msg)
        return NULL;
    ft_obj *argv[5] = { ft_int_from_i64(err), msg, s, ft_None, d };
    ft_obj *exc = ft_call((ft_obj *)ft_exc_OSError, argv, 5, NULL);
    if (exc)
        ft_err_set_exc(exc);
    return NULL;
}

static ft_obj *two_paths(ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *fname,
                         int (*fn)(const char *, const char *)) {
    static const char *const names[] = { "src", "dst", "$src_dir_fd", "$dst_dir_fd", NULL };
    ft_obj *v[4];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    path_arg a, b;
    if (get_path(v[0], &a, fname, "src") < 0 || get_path(v[1], &b, fname, "dst") < 0)
        return NULL;
    if (fn(a.path, b.path) != 0)
        return two_paths_error(errno, &a, &b);
    return ft_None;
}

static ft_obj *posix_rename(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return two_paths(a, n, k, "rename", rename); }
static ft_obj *posix_replace(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return two_paths(a, n, k, "replace", rename); }
static int symlink_fn(const char *a, const char *b) { return symlink(a, b); }
static int link_fn(const char *a, const char *b) { return link(a, b); }
static ft_obj *posix_symlink(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return two_paths(a, n, k, "symlink", symlink_fn); }
static ft_obj *posix_link(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return two_paths(a, n, k, "link", link_fn); }

static ft_obj *posix_readlink(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    path_arg p;
    ft_obj *o = one_path(args, nargs, kwnames, "readlink", "path", &p);
    if (!o)
        return NULL;
    char buf[4096];
    ssize_t n = readlink(p.path, buf, sizeof buf - 1);
    if (n < 0)
        return path_error(o);
    buf[n] = 0;
    return make_name(buf, p.is_bytes);
}

static ft_obj *posix_access(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks", NULL };
    ft_obj *v[5];
    if (ft_parse_args("access", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    path_arg p;
    if (get_path(v[0], &p, "access", "path") < 0)
        return NULL;
    int mode = (int)ft_int_as_i64(v[1]);
    if (mode == -1 && ft_err_occurred())
        return NULL;
    return ft_bool(access(p.path, mode) == 0);
}

static ft_obj *posix_chmod(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", "mode", "$dir_fd", "$follow_symlinks", NULL };
    ft_obj *v[4];
    if (ft_parse_args("chmod", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    path_arg p;
    if (get_path(v[0], &p, "chmod", "path") < 0)
        return NULL;
    int mode = (int)ft_int_as_i64(v[1]);
    if (mode == -1 && ft_err_occurred())
        return NULL;
    if (chmod(p.path, (mode_t)mode) != 0)
        return path_error(v[0]);
    return ft_None;
}

static ft_obj *posix_getcwd(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return make_name(buf, false);
}

static ft_obj *posix_getcwdb(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return make_name(buf, true);
}

/* listdir: the directory is read detached into a malloc()ed name buffer,
 * then converted to objects attached. */
typedef struct { const char *path; char *names; size_t len, cap; int err; } dirread;

static void *read_dir(void *arg) {
    dirread *d = arg;
    DIR *dir = opendir(d->path);
    if (!dir) {
        d->err = errno;
        return NULL;
    }
    struct dirent *e;
    errno = 0;
    while ((e = readdir(dir))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        size_t l = strlen(e->d_name) + 1;
        if (d->len + l + 1 > d->cap) {
            size_t cap = d->cap ? d->cap * 2 : 4096;
            while (cap < d->len + l + 1)
                cap *= 2;
            char *nb = realloc(d->names, cap);
            if (!nb) {
                d->err = ENOMEM;
                break;
            }
            d->names = nb;
            d->cap = cap;
        }
        memcpy(d->names + d->len, e->d_name, l);
        d->len += l;
    }
    closedir(dir);
    return NULL;
}

static ft_obj *posix_listdir(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", NULL };
    ft_obj *v[1];
    if (ft_parse_args("listdir", args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    path_arg p = { ".", NULL, false };
    ft_obj *pobj = v[0];
    if (pobj && pobj != ft_None && get_path(pobj, &p, "listdir", "path") < 0)
        return NULL;
    dirread d = { p.path, NULL, 0, 0, 0 };
    ft_blocking_call(read_dir, &d);
    if (d.err) {
        free(d.names);
        errno = d.err;
        return path_error(pobj && pobj != ft_None ? pobj : ft_str_from_cstr("."));
    }
    ft_obj *list = ft_list_new(0);
    for (size_t off = 0; list && off < d.len;) {
        ft_obj *name = make_name(d.names + off, p.is_bytes);
        if (!name || ft_list_append(list, name) < 0)
            list = NULL;
        off += strlen(d.names + off) + 1;
    }
    free(d.names);
    return list;
}

/* ---- process ---------------------------------------------------------------------- */

static ft_obj *posix_getpid(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_i64(getpid()); }
static ft_obj *posix_getppid(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_i64(getppid()); }
static ft_obj *posix_getuid(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_i64(getuid()); }
static ft_obj *posix_geteuid(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_i64(geteuid()); }
static ft_obj *posix_getgid(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return ft_int_from_i64(getgid()); }

static ft_obj *posix_cpu_count(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c > 0 ? ft_int_from_i64(c) : ft_None;
}

static ft_obj *posix_sched_getaffinity(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("sched_getaffinity", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t pid = ft_int_as_i64(args[0]);
    if (pid == -1 && ft_err_occurred())
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    ft_obj *s = ft_set_new(NULL);
    for (int i = 0; s && i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &set) && ft_set_add(s, ft_int_from_i64(i)) < 0)
            return NULL;
    return s;
}

static ft_obj *posix_process_cpu_count(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return ft_int_from_i64(CPU_COUNT(&set));
    return posix_cpu_count(m, a, n, k);
}

static ft_obj *posix_strerror(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("strerror", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t code = ft_int_as_i64(args[0]);
    if (code == -1 && ft_err_occurred())
        return NULL;
    return ft_str_from_cstr(strerror((int)code));
}

static ft_obj *posix_urandom(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("urandom", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_ssize size = ft_index_as_ssize(args[0], ft_exc_OverflowError);
    if (size == -1 && ft_err_occurred())
        return NULL;
    if (size < 0)
        return ft_err_format(ft_exc_ValueError, "negative argument not allowed");
    ft_obj *b = ft_bytes_new(NULL, size);
    if (!b)
        return NULL;
    char *p = ft_bytes_data(b);
    for (ft_ssize done = 0; done < size;) {
        ssize_t r = getrandom(p + done, (size_t)(size - done), 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return ft_err_from_errno(ft_exc_OSError, NULL);
        }
        done += r;
    }
    return b;
}

static ft_obj *posix_putenv(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("putenv", nargs, kwnames, 2, 2) < 0)
        return NULL;
    path_arg k, v;
    if (get_path(args[0], &k, "putenv", "name") < 0 || get_path(args[1], &v, "putenv", "value") < 0)
        return NULL;
    if (!*k.path || strchr(k.path, '='))
        return ft_err_format(ft_exc_ValueError, "illegal environment variable name");
    /* setenv copies; environment changes are process-wide and not
     * thread-safe in libc, as in CPython. */
    if (setenv(k.path, v.path, 1) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

static ft_obj *posix_unsetenv(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("unsetenv", nargs, kwnames, 1, 1) < 0)
        return NULL;
    path_arg k;
    if (get_path(args[0], &k, "unsetenv", "name") < 0)
        return NULL;
    if (unsetenv(k.path) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

static void *run_system(void *arg) { return (void *)(intptr_t)system((const char *)arg); }

static ft_obj *posix_system2(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "command", NULL };
    ft_obj *v[1];
    if (ft_parse_args("system", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    path_arg p;
    if (get_path(v[0], &p, "system", "command") < 0)
        return NULL;
    int rc = (int)(intptr_t)ft_blocking_call(run_system, (void *)p.path);
    return ft_int_from_i64(rc);
}

static ft_obj *posix__exit(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("_exit", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t code = ft_int_as_i64(args[0]);
    if (code == -1 && ft_err_occurred())
        return NULL;
    _exit((int)code);
}

static ft_obj *posix_kill(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("kill", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t pid = ft_int_as_i64(args[0]);
    int64_t sig = ft_int_as_i64(args[1]);
    if (ft_err_occurred())
        return NULL;
    if (kill((pid_t)pid, (int)sig) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    /* A signal sent to ourselves is handled before kill() returns (CPython). */
    if (ft_signals_check() < 0)
        return NULL;
    return ft_None;
}

static ft_obj *posix_times(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    struct tms t;
    clock_t c = times(&t);
    double hz = (double)sysconf(_SC_CLK_TCK);
    return ft_tuple_pack(5, ft_float_new(t.tms_utime / hz), ft_float_new(t.tms_stime / hz),
                         ft_float_new(t.tms_cutime / hz), ft_float_new(t.tms_cstime / hz),
                         ft_float_new(c / hz));
}

static ft_obj *posix_uname(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    struct utsname u;
    if (uname(&u) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_tuple_pack(5, ft_str_from_cstr(u.sysname), ft_str_from_cstr(u.nodename),
                         ft_str_from_cstr(u.release), ft_str_from_cstr(u.version),
                         ft_str_from_cstr(u.machine));
}

/* ---- file descriptors ----------------------------------------------------------------- */

static ft_obj *posix_open(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", "flags", "mode", "$dir_fd", NULL };
    ft_obj *v[4];
    if (ft_parse_args("open", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    path_arg p;
    if (get_path(v[0], &p, "open", "path") < 0)
        return NULL;
    int flags = (int)ft_int_as_i64(v[1]);
    int mode = v[2] ? (int)ft_int_as_i64(v[2]) : 0777;
    if (ft_err_occurred())
        return NULL;
    int fd;
    do {
        fd = open(p.path, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return path_error(v[0]);
    return ft_int_from_i64(fd);
}

static ft_obj *posix_close(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("close", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    if (close((int)fd) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

typedef struct { int fd; char *buf; size_t n; ssize_t r; int err; } fdio;
static void *fd_read(void *a) {
    fdio *x = a;
    do { x->r = read(x->fd, x->buf, x->n); } while (x->r < 0 && errno == EINTR);
    x->err = errno;
    return NULL;
}
static void *fd_write(void *a) {
    fdio *x = a;
    do { x->r = write(x->fd, x->buf, x->n); } while (x->r < 0 && errno == EINTR);
    x->err = errno;
    return NULL;
}

static ft_obj *posix_read(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("read", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    ft_ssize n = ft_index_as_ssize(args[1], ft_exc_OverflowError);
    if (ft_err_occurred())
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    char *buf = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
    if (!buf)
        return NULL;
    fdio x = { (int)fd, buf, (size_t)n, 0, 0 };
    ft_blocking_call(fd_read, &x);
    if (x.r < 0) {
        errno = x.err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    return ft_bytes_new(buf, x.r);
}

static ft_obj *posix_write(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("write", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    ft_buffer view;
    if (ft_get_buffer(args[1], &view) < 0)
        return NULL;
    fdio x = { (int)fd, (char *)view.buf, (size_t)view.len, 0, 0 };
    ft_blocking_call(fd_write, &x);
    ft_release_buffer(&view);
    if (x.r < 0) {
        errno = x.err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    return ft_int_from_i64(x.r);
}

static ft_obj *posix_isatty(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("isatty", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    return ft_bool(isatty((int)fd) == 1);
}

static ft_obj *posix_pipe(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_tuple_pack(2, ft_int_from_i64(fds[0]), ft_int_from_i64(fds[1]));
}

static ft_obj *posix_dup(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("dup", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_int_from_i64(r);
}

static ft_obj *posix_lseek(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("lseek", nargs, kwnames, 3, 3) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]), pos = ft_int_as_i64(args[1]), how = ft_int_as_i64(args[2]);
    if (ft_err_occurred())
        return NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_int_from_i64(r);
}

static ft_obj *posix_get_terminal_size(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("get_terminal_size", nargs, kwnames, 0, 1) < 0)
        return NULL;
    int fd = 1;
    if (nargs) {
        fd = (int)ft_int_as_i64(args[0]);
        if (fd == -1 && ft_err_occurred())
            return NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_tuple_pack(2, ft_int_from_i64(w.ws_col), ft_int_from_i64(w.ws_row));
}

static ft_obj *posix_fspath(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "path", NULL };
    ft_obj *v[1];
    if (ft_parse_args("fspath", args, nargs, kwnames, names, 1, 1, v) < 0)
        return NULL;
    if (ft_str_check(v[0]) || ft_bytes_check(v[0]))
        return v[0];
    ft_obj *fn = ft_lookup_special(v[0], ft_id(__fspath__));
    if (!fn) {
        if (!ft_err_occurred())
            ft_err_format(ft_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          ft_type_name(ft_type_of(v[0])));
        return NULL;
    }
    ft_obj *r = ft_call0(fn);
    if (r && !ft_str_check(r) && !ft_bytes_check(r))
        return ft_err_format(ft_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                             ft_type_name(ft_type_of(v[0])), ft_type_name(ft_type_of(r)));
    return r;
}


/* ---- process management for subprocess (helper-11) -------------------------------
 * waitpid runs detached and is resumed after signals (PEP 475); the W*
 * status macros and the fd-inheritance helpers are plain wrappers. */

typedef struct { pid_t pid; int options; int status; pid_t r; int err; } waitpid_call;
static void *do_waitpid(void *a) {
    waitpid_call *c = a;
    c->r = waitpid(c->pid, &c->status, c->options);
    c->err = c->r < 0 ? errno : 0;
    return NULL;
}

static ft_obj *posix_waitpid(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("waitpid", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t pid = ft_int_as_i64(args[0]);
    int64_t options = ft_int_as_i64(args[1]);
    if (ft_err_occurred())
        return NULL;
    waitpid_call c = { (pid_t)pid, (int)options, 0, 0, 0 };
    for (;;) {
        ft_blocking_call(do_waitpid, &c);
        if (c.r >= 0 || c.err != EINTR)
            break;
        if (ft_signals_check() < 0)
            return NULL;
    }
    if (c.r < 0) {
        errno = c.err;
        return ft_err_from_errno(ft_exc_OSError, NULL);
    }
    return ft_tuple_pack(2, ft_int_from_i64(c.r), ft_int_from_i64(c.status));
}

static int status_arg(const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames, int *st) {
    static const char *const names[] = { "status", NULL };
    ft_obj *v[1];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 1, v) < 0)
        return -1;
    int64_t s = ft_int_as_i64(v[0]);
    if (s == -1 && ft_err_occurred())
        return -1;
    *st = (int)s;
    return 0;
}

#define W_WRAPPER(pyname, expr, conv)                                                   \
    static ft_obj *posix_##pyname(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { \
        int status;                                                                     \
        if (status_arg(#pyname, a, n, k, &status) < 0)                                  \
            return NULL;                                                                \
        return conv(expr);                                                              \
    }
W_WRAPPER(WIFEXITED, WIFEXITED(status) != 0, ft_bool)
W_WRAPPER(WEXITSTATUS, WEXITSTATUS(status), ft_int_from_i64)
W_WRAPPER(WIFSIGNALED, WIFSIGNALED(status) != 0, ft_bool)
W_WRAPPER(WTERMSIG, WTERMSIG(status), ft_int_from_i64)
W_WRAPPER(WIFSTOPPED, WIFSTOPPED(status) != 0, ft_bool)
W_WRAPPER(WSTOPSIG, WSTOPSIG(status), ft_int_from_i64)
W_WRAPPER(WCOREDUMP, WCOREDUMP(status) != 0, ft_bool)
W_WRAPPER(WIFCONTINUED, WIFCONTINUED(status) != 0, ft_bool)

static ft_obj *posix_waitstatus_to_exitcode(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) {
    int status;
    if (status_arg("waitstatus_to_exitcode", a, n, k, &status) < 0)
        return NULL;
    if (WIFEXITED(status))
        return ft_int_from_i64(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return ft_int_from_i64(-WTERMSIG(status));
    return ft_err_format(ft_exc_ValueError, "invalid wait status: %d", status);
}

static ft_obj *posix_dup2(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "fd", "fd2", "inheritable", NULL };
    ft_obj *v[3];
    if (ft_parse_args("dup2", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(v[0]), fd2 = ft_int_as_i64(v[1]);
    if (ft_err_occurred())
        return NULL;
    int inh = v[2] ? ft_is_true(v[2]) : 1;
    if (inh < 0)
        return NULL;
    int r;
    if (fd == fd2) {
        r = fcntl((int)fd, F_GETFD) < 0 ? -1 : (int)fd2;
    } else {
        r = dup3((int)fd, (int)fd2, inh ? 0 : O_CLOEXEC);
    }
    if (r < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_int_from_i64(r);
}

static ft_obj *posix_get_inheritable(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("get_inheritable", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    int fl = fcntl((int)fd, F_GETFD);
    if (fl < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_bool(!(fl & FD_CLOEXEC));
}

/* get_blocking/set_blocking: the O_NONBLOCK flag (asyncio's pipe transports). */
static ft_obj *posix_get_blocking(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("get_blocking", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    int fl = fcntl((int)fd, F_GETFL);
    if (fl < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_bool(!(fl & O_NONBLOCK));
}

static ft_obj *posix_set_blocking(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("set_blocking", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    int blocking = ft_is_true(args[1]);
    if (blocking < 0)
        return NULL;
    int fl = fcntl((int)fd, F_GETFL);
    if (fl < 0 || fcntl((int)fd, F_SETFL, blocking ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK)) < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

static ft_obj *posix_set_inheritable(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("set_inheritable", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int64_t fd = ft_int_as_i64(args[0]);
    if (fd == -1 && ft_err_occurred())
        return NULL;
    int inh = ft_is_true(args[1]);
    if (inh < 0)
        return NULL;
    int fl = fcntl((int)fd, F_GETFD);
    if (fl < 0 || fcntl((int)fd, F_SETFD, inh ? (fl & ~FD_CLOEXEC) : (fl | FD_CLOEXEC)) < 0)
        return ft_err_from_errno(ft_exc_OSError, NULL);
    return ft_None;
}

static ft_obj *posix_umask(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("umask", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t mask = ft_int_as_i64(args[0]);
    if (mask == -1 && ft_err_occurred())
        return NULL;
    return ft_int_from_i64((int64_t)umask((mode_t)mask));
}

static const ft_method_def posix_methods[] = {
    { "stat", posix_stat, FT_METH_KEYWORDS, NULL },
    { "lstat", posix_lstat, FT_METH_KEYWORDS, NULL },
    { "fstat", posix_fstat, 0, NULL },
    { "remove", posix_remove, FT_METH_KEYWORDS, NULL },
    { "unlink", posix_unlink, FT_METH_KEYWORDS, NULL },
    { "rmdir", posix_rmdir, FT_METH_KEYWORDS, NULL },
    { "chdir", posix_chdir, FT_METH_KEYWORDS, NULL },
    { "mkdir", posix_mkdir, FT_METH_KEYWORDS, NULL },
    { "rename", posix_rename, FT_METH_KEYWORDS, NULL },
    { "replace", posix_replace, FT_METH_KEYWORDS, NULL },
    { "symlink", posix_symlink, FT_METH_KEYWORDS, NULL },
    { "link", posix_link, FT_METH_KEYWORDS, NULL },
    { "readlink", posix_readlink, FT_METH_KEYWORDS, NULL },
    { "access", posix_access, FT_METH_KEYWORDS, NULL },
    { "chmod", posix_chmod, FT_METH_KEYWORDS, NULL },
    { "getcwd", posix_getcwd, FT_METH_NOARGS, NULL },
    { "getcwdb", posix_getcwdb, FT_METH_NOARGS, NULL },
    { "listdir", posix_listdir, FT_METH_KEYWORDS, NULL },
    { "getpid", posix_getpid, FT_METH_NOARGS, NULL },
    { "getppid", posix_getppid, FT_METH_NOARGS, NULL },
    { "getuid", posix_getuid, FT_METH_NOARGS, NULL },
    { "geteuid", posix_geteuid, FT_METH_NOARGS, NULL },
    { "getgid", posix_getgid, FT_METH_NOARGS, NULL },
    { "cpu_count", posix_cpu_count, FT_METH_NOARGS, NULL },
    { "process_cpu_count", posix_process_cpu_count, FT_METH_NOARGS, NULL },
    { "sched_getaffinity", posix_sched_getaffinity, 0, NULL },
    { "strerror", posix_strerror, 0, NULL },
    { "urandom", posix_urandom, 0, NULL },
    { "putenv", posix_putenv, 0, NULL },
    { "unsetenv", posix_unsetenv, 0, NULL },
    { "system", posix_system2, FT_METH_KEYWORDS, NULL },
    { "_exit", posix__exit, 0, NULL },
    { "kill", posix_kill, 0, NULL },
    { "times", posix_times, FT_METH_NOARGS, NULL },
    { "uname", posix_uname, FT_METH_NOARGS, NULL },
    { "open", posix_open, FT_METH_KEYWORDS, NULL },
    { "close", posix_close, 0, NULL },
    { "read", posix_read, 0, NULL },
    { "write", posix_write, 0, NULL },
    { "isatty", posix_isatty, 0, NULL },
    { "pipe", posix_pipe, FT_METH_NOARGS, NULL },
    { "dup", posix_dup, 0, NULL },
    { "lseek", posix_lseek, 0, NULL },
    { "get_terminal_size", posix_get_terminal_size, 0, NULL },
    { "fspath", posix_fspath, FT_METH_KEYWORDS, NULL },
    /* process management for subprocess (helper-11) */
    { "waitpid", posix_waitpid, 0, NULL },
    { "WIFEXITED", posix_WIFEXITED, FT_METH_KEYWORDS, NULL },
    { "WEXITSTATUS", posix_WEXITSTATUS, FT_METH_KEYWORDS, NULL },
    { "WIFSIGNALED", posix_WIFSIGNALED, FT_METH_KEYWORDS, NULL },
    { "WTERMSIG", posix_WTERMSIG, FT_METH_KEYWORDS, NULL },
    { "WIFSTOPPED", posix_WIFSTOPPED, FT_METH_KEYWORDS, NULL },
    { "WSTOPSIG", posix_WSTOPSIG, FT_METH_KEYWORDS, NULL },
    { "WCOREDUMP", posix_WCOREDUMP, FT_METH_KEYWORDS, NULL },
    { "WIFCONTINUED", posix_WIFCONTINUED, FT_METH_KEYWORDS, NULL },
    { "waitstatus_to_exitcode", posix_waitstatus_to_exitcode, FT_METH_KEYWORDS, NULL },
    { "dup2", posix_dup2, FT_METH_KEYWORDS, NULL },
    { "get_inheritable", posix_get_inheritable, 0, NULL },
    { "set_inheritable", posix_set_inheritable, 0, NULL },
    { "get_blocking", posix_get_blocking, 0, NULL },
    { "set_blocking", posix_set_blocking, 0, NULL },
    { "umask", posix_umask, 0, NULL },
    { NULL }
};

static int posix_exec(ft_obj *m) {
    ft_obj *env = ft_dict_new();
    if (!env)
        return -1;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        ft_obj *k = ft_bytes_new(*e, eq - *e);
        ft_obj *v = ft_bytes_new(eq + 1, (ft_ssize)strlen(eq + 1));
        if (!k || !v || ft_dict_set(env, k, v) < 0)
            return -1;
    }
    if (ft_module_add_object(m, "environ", env) < 0 ||
        ft_module_add_type(m, &ft_stat_result_type) < 0)
        return -1;
    static const struct { const char *n; int64_t v; } consts[] = {
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "O_APPEND", O_APPEND }, { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL },
        { "O_TRUNC", O_TRUNC }, { "O_NONBLOCK", O_NONBLOCK }, { "O_CLOEXEC", O_CLOEXEC },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
        { "EX_OK", 0 },
        { "WNOHANG", WNOHANG }, { "WUNTRACED", WUNTRACED }, { "WCONTINUED", WCONTINUED },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(consts); i++)
        if (ft_module_add_int(m, consts[i].n, consts[i].v) < 0)
            return -1;
    return 0;
}

const ft_module_def ft_posix_module_def = {
    .name = "posix",
    .doc = "Access to the operating system's POSIX functions.",
    .methods = posix_methods,
    .exec = posix_exec,
    .gil_safe = true,
};

int ft_posix_init(void) {
    return ft_type_ready(&ft_stat_result_type);
}
