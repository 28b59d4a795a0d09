/* localemodule.c -- _locale: the C half of the locale module (lib/locale.py):
 * setlocale, localeconv, nl_langinfo and its constants, strcoll/strxfrm,
 * getencoding, the gettext family, and locale.Error.
 *
 * The C locale is process-wide state and setlocale()/localeconv() are not
 * thread-safe in libc (localeconv returns a static buffer that setlocale
 * may rewrite), so every call that sets or reads it holds `locale_lock`, a
 * process-wide ft_mutex (waits detached). No Python code runs while it is
 * held: results are copied to C buffers first and turned into objects after.
 *
 * CPython applies the environment's LC_CTYPE at start-up; ftpy's core never
 * depends on LC_CTYPE (it is UTF-8 throughout), so that is done once, when
 * _locale is first imported (before any locale query can observe it).
 *
 * locale.Error is created per module object (per interpreter) and looked up
 * through the module passed to each function.
 */
#include "core/ftcore.h"
#include "objects/codecs.h"

#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static ft_mutex locale_lock;
static ft_once ctype_once = FT_ONCE_INIT;

static void apply_env_ctype(void) {
    ft_mutex_lock(&locale_lock);
    setlocale(LC_CTYPE, "");
    ft_mutex_unlock(&locale_lock);
}

/* A str from a locale string: UTF-8 if valid, else Latin-1 (never fails
 * for bad bytes). */
static ft_obj *lstr(const char *s) {
    if (!s)
        s = "";
    ft_obj *r = ft_str_new(s, (ft_ssize)strlen(s));
    if (!r && ft_err_matches((ft_obj *)ft_exc_UnicodeDecodeError)) {
        ft_err_clear();
        r = ft_codec_decode(s, (ft_ssize)strlen(s), "latin-1", "strict");
    }
    return r;
}

static ft_obj *locale_error(ft_obj *m, const char *msg) {
    ft_obj *err = ft_getattr_opt(m, ft_str_intern_cstr("Error"));
    if (!err) {
        if (!ft_err_occurred())
            ft_err_set_str(ft_exc_RuntimeError, "_locale.Error is missing");
        return NULL;
    }
    ft_obj *s = ft_str_from_cstr(msg);
    if (!s)
        return NULL;
    ft_obj *exc = ft_call1(err, s);
    if (exc)
        ft_err_set_exc(exc);
    return NULL;
}

static int int_arg(ft_obj *o, int *out) {
    int64_t v = ft_int_as_i64(o);
    if (v == -1 && ft_err_occurred())
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        ft_err_set_str(ft_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static ft_obj *l_setlocale(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "category", "locale", NULL };
    ft_obj *v[2];
    if (ft_parse_args("setlocale", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    int cat;
    if (int_arg(v[0], &cat) < 0)
        return NULL;
    const char *want = NULL;
    if (v[1] && v[1] != ft_None) {
        if (!ft_str_check(v[1]))
            return ft_err_format(ft_exc_TypeError, "setlocale() argument 2 must be str or None, not %s",
                                 ft_type_name(ft_type_of(v[1])));
        want = ft_str_utf8(v[1]);
        if (strlen(want) != (size_t)FT_STR(v[1])->nbytes)
            return ft_err_format(ft_exc_ValueError, "embedded null character");
    }
    char buf[1024];
    bool ok;
    ft_mutex_lock(&locale_lock);
    const char *r = setlocale(cat, want);
    ok = r != NULL;
    if (ok)
        snprintf(buf, sizeof buf, "%s", r);
    ft_mutex_unlock(&locale_lock);
    if (!ok)
        return locale_error(m, want ? "unsupported locale setting" : "locale query failed");
    return lstr(buf);
}

/* localeconv() fields copied out under the lock */
typedef struct {
    char s[10][64];
    char grouping[32], mon_grouping[32];
    char c[8];
} lconv_copy;

static ft_obj *grouping_list(const char *g) {
    ft_obj *l = ft_list_new(0);
    if (!l)
        return NULL;
    for (int i = 0; g[i] != 0 && i < 31; i++) {
        if (ft_list_append(l, ft_int_from_i64((unsigned char)g[i] == CHAR_MAX ? CHAR_MAX : g[i])) < 0)
            return NULL;
        if ((unsigned char)g[i] == CHAR_MAX)
            return l;
    }
    /* a trailing 0 says "repeat the last group", as CPython reports it */
    if (g[0] != 0 && ft_list_append(l, ft_int_from_i64(0)) < 0)
        return NULL;
    return l;
}

static ft_obj *l_localeconv(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    lconv_copy c;
    memset(&c, 0, sizeof c);
    ft_mutex_lock(&locale_lock);
    struct lconv *lc = localeconv();
    const char *strs[10] = { lc->int_curr_symbol, lc->currency_symbol, lc->mon_decimal_point,
                             lc->mon_thousands_sep, lc->positive_sign, lc->negative_sign,
                             lc->decimal_point, lc->thousands_sep, NULL, NULL };
    for (int i = 0; i < 8; i++)
        snprintf(c.s[i], sizeof c.s[i], "%s", strs[i] ? strs[i] : "");
    snprintf(c.grouping, sizeof c.grouping, "%s", lc->grouping ? lc->grouping : "");
    snprintf(c.mon_grouping, sizeof c.mon_grouping, "%s", lc->mon_grouping ? lc->mon_grouping : "");
    c.c[0] = lc->int_frac_digits;
    c.c[1] = lc->frac_digits;
    c.c[2] = lc->p_cs_precedes;
    c.c[3] = lc->p_sep_by_space;
    c.c[4] = lc->n_cs_precedes;
    c.c[5] = lc->n_sep_by_space;
    c.c[6] = lc->p_sign_posn;
    c.c[7] = lc->n_sign_posn;
    ft_mutex_unlock(&locale_lock);

    ft_obj *d = ft_dict_new();
    if (!d)
        return NULL;
    static const char *const snames[8] = { "int_curr_symbol", "currency_symbol", "mon_decimal_point",
                                           "mon_thousands_sep", "positive_sign", "negative_sign",
                                           "decimal_point", "thousands_sep" };
    static const char *const cnames[8] = { "int_frac_digits", "frac_digits", "p_cs_precedes",
                                           "p_sep_by_space", "n_cs_precedes", "n_sep_by_space",
                                           "p_sign_posn", "n_sign_posn" };
    /* CPython's key order */
    for (int i = 0; i < 4; i++) {
        ft_obj *s = lstr(c.s[i]);
        if (!s || ft_dict_set_cstr(d, snames[i], s) < 0)
            return NULL;
    }
    ft_obj *mg = grouping_list(c.mon_grouping);
    if (!mg || ft_dict_set_cstr(d, "mon_grouping", mg) < 0)
        return NULL;
    for (int i = 4; i < 6; i++) {
        ft_obj *s = lstr(c.s[i]);
        if (!s || ft_dict_set_cstr(d, snames[i], s) < 0)
            return NULL;
    }
    for (int i = 0; i < 8; i++)
        if (ft_dict_set_cstr(d, cnames[i], ft_int_from_i64((unsigned char)c.c[i])) < 0)
            return NULL;
    for (int i = 6; i < 8; i++) {
        ft_obj *s = lstr(c.s[i]);
        if (!s || ft_dict_set_cstr(d, snames[i], s) < 0)
            return NULL;
    }
    ft_obj *g = grouping_list(c.grouping);
    if (!g || ft_dict_set_cstr(d, "grouping", g) < 0)
        return NULL;
    return d;
}

#define LI(n) { #n, n }
static const struct { const char *name; int value; } langinfo_consts[] = {
    LI(CODESET), LI(D_T_FMT), LI(D_FMT), LI(T_FMT), LI(T_FMT_AMPM), LI(AM_STR), LI(PM_STR),
    LI(DAY_1), LI(DAY_2), LI(DAY_3), LI(DAY_4), LI(DAY_5), LI(DAY_6), LI(DAY_7),
    LI(ABDAY_1), LI(ABDAY_2), LI(ABDAY_3), LI(ABDAY_4), LI(ABDAY_5), LI(ABDAY_6), LI(ABDAY_7),
    LI(MON_1), LI(MON_2), LI(MON_3), LI(MON_4), LI(MON_5), LI(MON_6), LI(MON_7), LI(MON_8),
    LI(MON_9), LI(MON_10), LI(MON_11), LI(MON_12),
    LI(ABMON_1), LI(ABMON_2), LI(ABMON_3), LI(ABMON_4), LI(ABMON_5), LI(ABMON_6), LI(ABMON_7),
    LI(ABMON_8), LI(ABMON_9), LI(ABMON_10), LI(ABMON_11), LI(ABMON_12),
    LI(RADIXCHAR), LI(THOUSEP), LI(YESEXPR), LI(NOEXPR), LI(CRNCYSTR),
    LI(ERA), LI(ERA_D_FMT), LI(ERA_D_T_FMT), LI(ERA_T_FMT), LI(ALT_DIGITS),
};
#undef LI

static ft_obj *l_nl_langinfo(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    int key;
    if (int_arg(args[0], &key) < 0)
        return NULL;
    bool known = false;
    for (size_t i = 0; i < sizeof langinfo_consts / sizeof langinfo_consts[0]; i++)
        if (langinfo_consts[i].value == key)
            known = true;
    if (!known)
        return ft_err_format(ft_exc_ValueError, "unsupported langinfo constant");
    char buf[512];
    ft_mutex_lock(&locale_lock);
    const char *r = nl_langinfo((nl_item)key);
    snprintf(buf, sizeof buf, "%s", r ? r : "");
    ft_mutex_unlock(&locale_lock);
    return lstr(buf);
}

static ft_obj *l_getencoding(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    char buf[128];
    ft_mutex_lock(&locale_lock);
    const char *r = nl_langinfo(CODESET);
    snprintf(buf, sizeof buf, "%s", r ? r : "");
    ft_mutex_unlock(&locale_lock);
    return ft_str_from_cstr(buf[0] ? buf : "UTF-8");
}

/* str -> malloc()ed NUL-terminated wchar_t string (UCS-4 on glibc). */
static wchar_t *to_wcs(const char *fname, int argno, ft_obj *s) {
    if (!ft_str_check(s)) {
        ft_err_format(ft_exc_TypeError, "%s() argument %d must be str, not %s", fname, argno,
                      ft_type_name(ft_type_of(s)));
        return NULL;
    }
    ft_ssize n = ft_str_len(s);
    wchar_t *w = malloc(((size_t)n + 1) * sizeof *w);
    if (!w) {
        ft_err_no_memory();
        return NULL;
    }
    const char *p = ft_str_utf8(s), *end = p + FT_STR(s)->nbytes;
    for (ft_ssize i = 0; i < n; i++) {
        uint32_t cp = 0;
        int k = ft_utf8_decode_one(p, end, &cp);
        p += k > 0 ? k : 1;
        if (cp == 0) {
            free(w);
            ft_err_set_str(ft_exc_ValueError, "embedded null character");
            return NULL;
        }
        w[i] = (wchar_t)cp;
    }
    w[n] = 0;
    return w;
}

static ft_obj *l_strcoll(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("strcoll", nargs, kwnames, 2, 2) < 0)
        return NULL;
    wchar_t *a = to_wcs("strcoll", 1, args[0]);
    if (!a)
        return NULL;
    wchar_t *b = to_wcs("strcoll", 2, args[1]);
    if (!b) {
        free(a);
        return NULL;
    }
    ft_mutex_lock(&locale_lock);
    int r = wcscoll(a, b);
    ft_mutex_unlock(&locale_lock);
    free(a);
    free(b);
    return ft_int_from_i64(r);
}

static ft_obj *l_strxfrm(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    wchar_t *a = to_wcs("strxfrm", 1, args[0]);
    if (!a)
        return NULL;
    ft_mutex_lock(&locale_lock);
    size_t need = wcsxfrm(NULL, a, 0);
    wchar_t *out = need < ((size_t)1 << 28) ? malloc((need + 1) * sizeof *out) : NULL;
    if (out)
        wcsxfrm(out, a, need + 1);
    ft_mutex_unlock(&locale_lock);
    free(a);
    if (!out)
        return ft_err_no_memory();
    uint32_t *cps = malloc((need + 1) * sizeof *cps);
    if (!cps) {
        free(out);
        return ft_err_no_memory();
    }
    size_t k = 0;
    for (size_t i = 0; i < need; i++)
        if ((uint32_t)out[i] <= 0x10FFFF)
            cps[k++] = (uint32_t)out[i];
    free(out);
    ft_obj *r = ft_str_from_codepoints(cps, (ft_ssize)k);
    free(cps);
    return r;
}

/* ---- gettext ---------------------------------------------------------------------- */

static int opt_cstr(const char *fname, ft_obj *o, const char **out) {
    if (o == ft_None) {
        *out = NULL;
        return 0;
    }
    if (!ft_str_check(o)) {
        ft_err_format(ft_exc_TypeError, "%s() argument must be str or None, not %s", fname,
                      ft_type_name(ft_type_of(o)));
        return -1;
    }
    *out = ft_str_utf8(o);
    return 0;
}

static ft_obj *l_gettext(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    const char *msg;
    if (opt_cstr("gettext", args[0], &msg) < 0 || !msg)
        return msg ? NULL : (ft_err_occurred() ? NULL : ft_err_format(ft_exc_TypeError, "gettext() argument must be str"));
    return lstr(gettext(msg));
}

static ft_obj *l_dgettext(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("dgettext", nargs, kwnames, 2, 2) < 0)
        return NULL;
    const char *dom, *msg;
    if (opt_cstr("dgettext", args[0], &dom) < 0 || opt_cstr("dgettext", args[1], &msg) < 0)
        return NULL;
    if (!msg)
        return ft_err_format(ft_exc_TypeError, "dgettext() argument 2 must be str, not None");
    return lstr(dgettext(dom, msg));
}

static ft_obj *l_dcgettext(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("dcgettext", nargs, kwnames, 3, 3) < 0)
        return NULL;
    const char *dom, *msg;
    int cat;
    if (opt_cstr("dcgettext", args[0], &dom) < 0 || opt_cstr("dcgettext", args[1], &msg) < 0 ||
        int_arg(args[2], &cat) < 0)
        return NULL;
    if (!msg)
        return ft_err_format(ft_exc_TypeError, "dcgettext() argument 2 must be str, not None");
    return lstr(dcgettext(dom, msg, cat));
}

static ft_obj *l_textdomain(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    const char *dom;
    if (opt_cstr("textdomain", args[0], &dom) < 0)
        return NULL;
    const char *r = textdomain(dom);
    if (!r) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    return lstr(r);
}

static ft_obj *l_bindtextdomain(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("bindtextdomain", nargs, kwnames, 2, 2) < 0)
        return NULL;
    const char *dom, *dir;
    if (opt_cstr("bindtextdomain", args[0], &dom) < 0 || opt_cstr("bindtextdomain", args[1], &dir) < 0)
        return NULL;
    if (!dom || !*dom)
        return ft_err_format(ft_exc_ValueError, "domain must be a non-empty string");
    const char *r = bindtextdomain(dom, dir);
    if (!r) {
        ft_err_from_errno(ft_exc_OSError, NULL);
        return NULL;
    }
    return lstr(r);
}

static ft_obj *l_bind_textdomain_codeset(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("bind_textdomain_codeset", nargs, kwnames, 2, 2) < 0)
        return NULL;
    const char *dom, *cs;
    if (opt_cstr("bind_textdomain_codeset", args[0], &dom) < 0 ||
        opt_cstr("bind_textdomain_codeset", args[1], &cs) < 0)
        return NULL;
    const char *r = bind_textdomain_codeset(dom, cs);
    return r ? lstr(r) : ft_None;
}

static const ft_method_def locale_methods[] = {
    { "setlocale", l_setlocale, FT_METH_KEYWORDS, "Activates/queries locale processing." },
    { "localeconv", l_localeconv, FT_METH_NOARGS, "Returns numeric and monetary locale-specific parameters." },
    { "nl_langinfo", l_nl_langinfo, FT_METH_O, "Return the value for the locale information associated with key." },
    { "getencoding", l_getencoding, FT_METH_NOARGS, "Get the current locale encoding." },
    { "strcoll", l_strcoll, 0, "Compares two strings according to the locale." },
    { "strxfrm", l_strxfrm, FT_METH_O, "Return a string that can be used as a key for locale-aware comparisons." },
    { "gettext", l_gettext, FT_METH_O, "gettext(msg) -> string" },
    { "dgettext", l_dgettext, 0, "dgettext(domain, msg) -> string" },
    { "dcgettext", l_dcgettext, 0, "Return translation of msg in domain and category." },
    { "textdomain", l_textdomain, FT_METH_O, "Set the C library's textdmain to domain, returning the new domain." },
    { "bindtextdomain", l_bindtextdomain, 0, "Bind the C library's domain to dir." },
    { "bind_textdomain_codeset", l_bind_textdomain_codeset, 0, "Bind the C library's domain to codeset." },
    { NULL }
};

static int locale_exec(ft_obj *m) {
    ft_once_run(&ctype_once, apply_env_ctype);
    static const struct { const char *name; int value; } cats[] = {
        { "LC_CTYPE", LC_CTYPE }, { "LC_COLLATE", LC_COLLATE }, { "LC_TIME", LC_TIME },
        { "LC_MONETARY", LC_MONETARY }, { "LC_NUMERIC", LC_NUMERIC }, { "LC_ALL", LC_ALL },
        { "LC_MESSAGES", LC_MESSAGES }, { "CHAR_MAX", CHAR_MAX },
    };
    for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
        if (ft_module_add_int(m, cats[i].name, cats[i].value) < 0)
            return -1;
    for (size_t i = 0; i < sizeof langinfo_consts / sizeof langinfo_consts[0]; i++)
        if (ft_module_add_int(m, langinfo_consts[i].name, langinfo_consts[i].value) < 0)
            return -1;
    ft_obj *bases = ft_tuple_pack(1, (ft_obj *)ft_exc_Exception);
    ft_obj *dict = ft_dict_new();
    ft_obj *modname = ft_str_from_cstr("locale");
    if (!bases || !dict || !modname || ft_dict_set_cstr(dict, "__module__", modname) < 0)
        return -1;
    ft_obj *err = ft_type_new_from_spec(ft_str_from_cstr("Error"), bases, dict);
    if (!err || ft_module_add_object(m, "Error", err) < 0)
        return -1;
    return 0;
}

const ft_module_def ft__locale_module_def = {
    .name = "_locale",
    .doc = "Support for POSIX locales.",
    .methods = locale_methods,
    .exec = locale_exec,
    .gil_safe = true,
};
