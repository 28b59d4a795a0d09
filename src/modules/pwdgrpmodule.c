/* pwdgrpmodule.c -- _pwdgrp: the password and group databases (lib/pwd.py
 * and lib/grp.py wrap the tuples in struct_passwd / struct_group).
 *
 * Stateless: every call uses the reentrant libc functions with a private
 * buffer, so threads may call them at once. The lookups run attached; NSS
 * back ends that block (LDAP, ...) delay a collection for that long, which
 * is acceptable for these rarely-used calls.
 */
#include "core/ftcore.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

static ft_obj *str_or_empty(const char *s) {
    return ft_str_from_cstr(s ? s : "");
}

static ft_obj *pw_tuple(const struct passwd *p) {
    ft_obj *items[7] = {
        str_or_empty(p->pw_name), str_or_empty(p->pw_passwd), ft_int_from_i64(p->pw_uid),
        ft_int_from_i64(p->pw_gid), str_or_empty(p->pw_gecos), str_or_empty(p->pw_dir),
        str_or_empty(p->pw_shell),
    };
    for (int i = 0; i < 7; i++)
        if (!items[i])
            return NULL;
    return ft_tuple_from_array(items, 7);
}

static ft_obj *gr_tuple(const struct group *g) {
    ft_obj *mem = ft_list_new(0);
    if (!mem)
        return NULL;
    for (char **m = g->gr_mem; m && *m; m++)
        if (ft_list_append(mem, ft_str_from_cstr(*m)) < 0)
            return NULL;
    ft_obj *items[4] = { str_or_empty(g->gr_name), str_or_empty(g->gr_passwd), ft_int_from_i64(g->gr_gid), mem };
    for (int i = 0; i < 4; i++)
        if (!items[i])
            return NULL;
    return ft_tuple_from_array(items, 4);
}

/* Calls fn with a growing buffer until it fits. Returns the entry tuple,
 * None if not found, or NULL with an exception. */
typedef int (*lookup_fn)(const void *key, void *ent, char *buf, size_t n, void **res);

static int pw_by_uid(const void *k, void *e, char *b, size_t n, void **r) {
    return getpwuid_r(*(const uid_t *)k, e, b, n, (struct passwd **)r);
}
static int pw_by_name(const void *k, void *e, char *b, size_t n, void **r) {
    return getpwnam_r(k, e, b, n, (struct passwd **)r);
}
static int gr_by_gid(const void *k, void *e, char *b, size_t n, void **r) {
    return getgrgid_r(*(const gid_t *)k, e, b, n, (struct group **)r);
}
static int gr_by_name(const void *k, void *e, char *b, size_t n, void **r) {
    return getgrnam_r(k, e, b, n, (struct group **)r);
}

static ft_obj *lookup(lookup_fn fn, const void *key, bool is_pw) {
    size_t n = 1024;
    for (;;) {
        char *buf = malloc(n);
        if (!buf)
            return ft_err_no_memory();
        struct passwd pe;
        struct group ge;
        void *res = NULL;
        int rc = fn(key, is_pw ? (void *)&pe : (void *)&ge, buf, n, &res);
        if (rc == ERANGE && n < (1u << 24)) {
            free(buf);
            n *= 4;
            continue;
        }
        ft_obj *out;
        if (rc != 0 && rc != ENOENT && rc != ESRCH) {
            errno = rc;
            out = ft_err_from_errno(ft_exc_OSError, NULL);
        } else if (!res) {
            out = ft_None;
        } else {
            out = is_pw ? pw_tuple(&pe) : gr_tuple(&ge);
        }
        free(buf);
        return out;
    }
}

static ft_obj *m_getpwuid(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getpwuid", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t v = ft_int_as_i64(args[0]);
    if (v == -1 && ft_err_occurred())
        return NULL;
    uid_t uid = (uid_t)v;
    return lookup(pw_by_uid, &uid, true);
}

static ft_obj *m_getpwnam(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getpwnam", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "getpwnam() argument must be str, not %T", args[0]);
    const char *name = ft_str_utf8(args[0]);
    if ((ft_ssize)strlen(name) != FT_STR(args[0])->nbytes)
        return ft_err_format(ft_exc_ValueError, "embedded null character");
    return lookup(pw_by_name, name, true);
}

static ft_obj *m_getgrgid(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getgrgid", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t v = ft_int_as_i64(args[0]);
    if (v == -1 && ft_err_occurred())
        return NULL;
    gid_t gid = (gid_t)v;
    return lookup(gr_by_gid, &gid, false);
}

static ft_obj *m_getgrnam(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getgrnam", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!ft_str_check(args[0]))
        return ft_err_format(ft_exc_TypeError, "getgrnam() argument must be str, not %T", args[0]);
    const char *name = ft_str_utf8(args[0]);
    if ((ft_ssize)strlen(name) != FT_STR(args[0])->nbytes)
        return ft_err_format(ft_exc_ValueError, "embedded null character");
    return lookup(gr_by_name, name, false);
}

/* The enumeration functions share libc's iterator state: one process-wide
 * mutex serialises them (they are rare; nothing else takes it). */
static ft_mutex enum_lock;   /* ft_mutex: waits detached, so a collection triggered by the holder can proceed */

static ft_obj *m_getpwall(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *l = ft_list_new(0);
    if (!l)
        return NULL;
    ft_obj *err = NULL;
    ft_mutex_lock(&enum_lock);
    setpwent();
    struct passwd *p;
    while ((p = getpwent()) != NULL) {
        ft_obj *t = pw_tuple(p);
        if (!t || ft_list_append(l, t) < 0) {
            err = ft_err_fetch();
            break;
        }
    }
    endpwent();
    ft_mutex_unlock(&enum_lock);
    if (err) {
        ft_err_restore(err);
        return NULL;
    }
    return l;
}

static ft_obj *m_getgrall(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_obj *l = ft_list_new(0);
    if (!l)
        return NULL;
    ft_obj *err = NULL;
    ft_mutex_lock(&enum_lock);
    setgrent();
    struct group *g;
    while ((g = getgrent()) != NULL) {
        ft_obj *t = gr_tuple(g);
        if (!t || ft_list_append(l, t) < 0) {
            err = ft_err_fetch();
            break;
        }
    }
    endgrent();
    ft_mutex_unlock(&enum_lock);
    if (err) {
        ft_err_restore(err);
        return NULL;
    }
    return l;
}

static const ft_method_def pwdgrp_methods[] = {
    { "getpwuid", m_getpwuid, 0, NULL },
    { "getpwnam", m_getpwnam, 0, NULL },
    { "getpwall", m_getpwall, FT_METH_NOARGS, NULL },
    { "getgrgid", m_getgrgid, 0, NULL },
    { "getgrnam", m_getgrnam, 0, NULL },
    { "getgrall", m_getgrall, FT_METH_NOARGS, NULL },
    { NULL }
};

const ft_module_def ft__pwdgrp_module_def = {
    .name = "_pwdgrp",
    .doc = "Password and group database lookups (see pwd, grp).",
    .methods = pwdgrp_methods,
    .gil_safe = true,
};
