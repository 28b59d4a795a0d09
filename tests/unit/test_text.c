/* test_text.c -- unit tests of the text C API: str storage and indexing,
 * builders, ft_str_from_format, interning, hashing, the Unicode tables,
 * codecs, bytes/bytearray buffers. */
#include "unit.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"
#include "objects/unicode_db.h"

#include <pthread.h>
#include <stdio.h>

static void test_utf8(void)
{
    char buf[4];
    uint32_t cp;
    CHECK(ft_utf8_encode_one(0x41, buf) == 1);
    CHECK(ft_utf8_encode_one(0xE9, buf) == 2 && ft_utf8_decode_one(buf, buf + 2, &cp) == 2 && cp == 0xE9);
    CHECK(ft_utf8_encode_one(0xD800, buf) == 3 && ft_utf8_decode_one(buf, buf + 3, &cp) == 3 && cp == 0xD800);
    CHECK(ft_utf8_encode_one(0x1F600, buf) == 4 && ft_utf8_decode_one(buf, buf + 4, &cp) == 4 && cp == 0x1F600);
    CHECK(ft_utf8_decode_one("\xC0\x80", "\xC0\x80" + 2, &cp) == 0);      /* overlong */
    CHECK(ft_utf8_decode_one("\xF4\x90\x80\x80", "\xF4\x90\x80\x80" + 4, &cp) == 0); /* > U+10FFFF */
    CHECK(ft_utf8_decode_one("\xE2\x82", "\xE2\x82" + 2, &cp) == 0);      /* truncated */
}

static void test_str_basic(void)
{
    ft_obj *s = ft_str_from_cstr("h\xC3\xA9llo \xF0\x9F\x98\x80");
    CHECK(s && ft_str_len(s) == 7 && FT_STR(s)->nbytes == 11 && !FT_STR(s)->is_ascii);
    CHECK(FT_STR(s)->max_cp_kind == 4);
    CHECK(ft_str_char_at(s, 1) == 0xE9 && ft_str_char_at(s, 6) == 0x1F600);
    CHECK(ft_str_byte_offset(s, 2) == 3 && ft_str_byte_offset(s, 7) == 11);
    CHECK_STR(ft_str_substr(s, 1, 3), "\xC3\xA9l");
    CHECK(ft_str_substr(s, 0, 7) == s);
    CHECK(ft_str_new("\xFF", 1) == NULL && ft_err_matches((ft_obj *)ft_exc_UnicodeDecodeError));
    ft_err_clear();
    ft_obj *a = ft_str_from_cstr("abc");
    CHECK(FT_STR(a)->is_ascii && FT_STR(a)->max_cp_kind == 1);
    CHECK(ft_str_from_codepoint('a') == ft_str_from_codepoint('a'));      /* cached */
    CHECK(ft_str_from_codepoint(0xE9) == ft_str_substr(s, 1, 2));
    CHECK(ft_str_from_codepoint(0x110000) == NULL);
    ft_err_clear();
    uint32_t cps[3] = {0x65E5, 0x672C, 0x8A9E};
    ft_obj *j = ft_str_from_codepoints(cps, 3);
    CHECK(j && ft_str_len(j) == 3 && FT_STR(j)->max_cp_kind == 2);
    CHECK_STR(ft_str_concat(a, j), "abc\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
    CHECK(ft_str_compare(a, j) < 0 && ft_str_compare(j, a) > 0 && ft_str_compare(a, a) == 0);
    CHECK(ft_str_eq_cstr(a, "abc") && !ft_str_eq_cstr(a, "ab"));
}

static void test_long_index(void)
{
    /* 1000 code points mixing widths: exercises the lazy index table */
    ft_strbuf b;
    ft_strbuf_init(&b);
    for (int i = 0; i < 1000; i++)
        ft_strbuf_append_codepoint(&b, i % 3 == 0 ? 'a' : i % 3 == 1 ? 0x3B1 : 0x1F600);
    ft_obj *s = ft_strbuf_finish(&b);
    CHECK(s && ft_str_len(s) == 1000);
    bool ok = true;
    for (int i = 0; i < 1000; i++) {
        uint32_t want = i % 3 == 0 ? 'a' : i % 3 == 1 ? 0x3B1 : 0x1F600;
        if (ft_str_char_at(s, i) != want) ok = false;
    }
    CHECK(ok);
    CHECK(atomic_load(&FT_STR(s)->index) != NULL);
    CHECK(ft_str_cp_index(s, ft_str_byte_offset(s, 777)) == 777);
}

static void test_hash_intern(void)
{
    ft_obj *a = ft_str_from_cstr("interned-key");
    ft_obj *b = ft_str_concat(ft_str_from_cstr("interned-"), ft_str_from_cstr("key"));
    CHECK(a != b && ft_str_hash(a) == ft_str_hash(b));
    CHECK(ft_str_hash(ft_str_from_cstr("")) == 0);
    /* non-ASCII strings hash their canonical code units (CPython layout) */
    ft_obj *e1 = ft_str_from_cstr("caf\xC3\xA9"), *e2 = ft_str_concat(ft_str_from_cstr("caf"), ft_str_from_codepoint(0xE9));
    CHECK(ft_str_hash(e1) == ft_str_hash(e2) && ft_str_hash(e1) == ft_text_hash_bytes("caf\xE9", 4));
    ft_obj *ia = ft_str_intern(a), *ib = ft_str_intern(b);
    CHECK(ia == ib);
    CHECK(atomic_load(&ia->ob_flags) & FT_OBF_INTERNED);
    CHECK(atomic_load(&ia->ob_flags) & FT_OBF_IMMORTAL);
    CHECK(ft_str_intern_cstr("interned-key") == ia);
    CHECK(ft_text_hash_bytes("abc", 3) == ft_str_hash(ft_str_from_cstr("abc")));
}

static void test_format(void)
{
    CHECK_STR(ft_str_from_format("%d-%s-%zd-%x-%c-%%", 42, "x\xC3\xA9", (ft_ssize)-7, 255u, 0xE9), "42-x\xC3\xA9--7-ff-\xC3\xA9-%");
    CHECK_STR(ft_str_from_format("%R|%S|%U", ft_str_from_cstr("a'b"), ft_str_from_cstr("s"), ft_str_from_cstr("u")), "\"a'b\"|s|u");
    CHECK_STR(ft_str_from_format("%T %N", ft_str_from_cstr("x"), &ft_bytes_type), "str bytes");
    CHECK_STR(ft_str_from_format("%.3s|%5d|%-3d|", "abcdef", 7, 1), "abc|    7|1  |");
    CHECK_STR(ft_str_from_format("%lld %llu %ld", (long long)-1, (unsigned long long)2, 3L), "-1 2 3");
    ft_strbuf b;
    ft_strbuf_init(&b);
    ft_strbuf_append_cstr(&b, "x=");
    ft_strbuf_printf(&b, "%05.1f", 2.5);
    ft_strbuf_append_str(&b, ft_str_from_cstr("\xE2\x82\xAC"));
    ft_obj *r = ft_strbuf_finish(&b);
    CHECK_STR(r, "x=002.5\xE2\x82\xAC");
    CHECK(ft_str_len(r) == 8);
}

static void test_repr(void)
{
    CHECK_STR(ft_str_repr(ft_str_from_cstr("a'b")), "\"a'b\"");
    CHECK_STR(ft_str_repr(ft_str_from_cstr("a'\"")), "'a\\'\"'");
    CHECK_STR(ft_str_repr(ft_str_from_cstr("\t\n\x01\xC2\x85\xC3\xA9")), "'\\t\\n\\x01\\x85\xC3\xA9'");
    uint32_t sur = 0xD800;
    CHECK_STR(ft_str_repr(ft_str_from_codepoints(&sur, 1)), "'\\ud800'");
    CHECK_STR(ft_str_ascii(ft_str_from_cstr("\xC3\xA9\xF0\x9F\x98\x80")), "'\\xe9\\U0001f600'");
}

static void test_ucd(void)
{
    uint32_t out[3];
    CHECK(ft_ucd_casemap(0xDF, FT_UCD_MAP_UPPER, out) == 2 && out[0] == 'S' && out[1] == 'S');
    CHECK(ft_ucd_casemap('a', FT_UCD_MAP_UPPER, out) == 1 && out[0] == 'A');
    CHECK(ft_ucd_casemap(0x130, FT_UCD_MAP_LOWER, out) == 2 && out[0] == 'i' && out[1] == 0x307);
    CHECK(ft_ucd_casemap(0x1C5, FT_UCD_MAP_TITLE, out) == 1 && out[0] == 0x1C5);
    CHECK(ft_ucd_decimal('7') == 7 && ft_ucd_decimal(0x663) == 3 && ft_ucd_decimal('x') == -1);
    CHECK(ft_ucd_digit(0xB2) == 2 && ft_ucd_decimal(0xB2) == -1);
    double v;
    CHECK(ft_ucd_numeric(0xBD, &v) && v == 0.5);
    CHECK(!ft_ucd_numeric('a', &v));
    CHECK(strcmp(ft_ucd_category('A'), "Lu") == 0 && strcmp(ft_ucd_category(0xD800), "Cs") == 0);
    CHECK(strcmp(ft_ucd_category(0x378), "Cn") == 0);
    CHECK(ft_ucd_isspace(0x3000) && !ft_ucd_isspace(0x200B) && ft_ucd_isspace(0x1C));
    CHECK(ft_ucd_isprintable(' ') && !ft_ucd_isprintable(0xA0) && !ft_ucd_isprintable(0xD800));
    CHECK(ft_ucd_has(0x4E00, FT_UCD_XID_START) && ft_ucd_has(0x300, FT_UCD_XID_CONTINUE) && !ft_ucd_has(0x300, FT_UCD_XID_START));
}

static void test_names(void)
{
    char buf[160];
    CHECK(ft_ucd_name('A', buf, sizeof buf) == 22 && !strcmp(buf, "LATIN CAPITAL LETTER A"));
    CHECK(ft_ucd_name(0xAC01, buf, sizeof buf) && !strcmp(buf, "HANGUL SYLLABLE GAG"));
    CHECK(ft_ucd_name(0x20000, buf, sizeof buf) && !strcmp(buf, "CJK UNIFIED IDEOGRAPH-20000"));
    CHECK(ft_ucd_name(0xD800, buf, sizeof buf) == 0 && ft_ucd_name(0x378, buf, sizeof buf) == 0);
    CHECK(ft_ucd_name('A', buf, 5) == 23);   /* too small: needed size, nothing written */
    uint32_t cp;
    CHECK(ft_ucd_lookup("snowman", 7, &cp) && cp == 0x2603);
    CHECK(!ft_ucd_lookup("NOT A NAME", 10, &cp));
    /* every name maps back to its code point */
    unsigned named = 0, bad = 0;
    for (uint32_t c = 0; c < 0x110000; c++) {
        size_t n = ft_ucd_name(c, buf, sizeof buf);
        if (!n) continue;
        named++;
        uint32_t back;
        if (!ft_ucd_lookup(buf, n, &back) || back != c) bad++;
    }
    CHECK(named > 140000 && bad == 0);
}

static void test_codecs(void)
{
    ft_obj *s = ft_str_from_cstr("h\xC3\xA9\xF0\x9F\x98\x80");
    ft_obj *b = ft_codec_encode(s, "UTF-16", "strict");
    CHECK(b && ft_bytes_size(b) == 10 && memcmp(ft_bytes_data(b), "\xFF\xFE" "h\0\xE9\0=\xD8\0\xDE", 10) == 0);
    ft_obj *back = ft_codec_decode(ft_bytes_data(b), ft_bytes_size(b), "utf_16", "strict");
    CHECK(back && ft_str_eq(back, s));
    CHECK(ft_codec_encode(s, "ascii", "strict") == NULL && ft_err_matches((ft_obj *)ft_exc_UnicodeEncodeError));
    ft_err_clear();
    CHECK_STR(ft_codec_decode("a\xFF" "b", 3, "utf-8", "replace"), "a\xEF\xBF\xBD" "b");
    CHECK(ft_codec_decode("a", 1, "no-such-codec", NULL) == NULL && ft_err_matches((ft_obj *)ft_exc_LookupError));
    ft_err_clear();
    CHECK(strcmp(ft_codec_canonical("Latin1"), "latin-1") == 0 && ft_codec_canonical("koi8-r") == NULL);
    /* incremental utf-8: a split 4-byte sequence waits for more input */
    ft_ssize used = -1;
    ft_obj *part = ft_codec_decode_incremental("a\xF0\x9F", 3, "utf-8", "strict", false, &used, NULL);
    CHECK(part && ft_str_eq_cstr(part, "a") && used == 1);
    int bo = 0;
    part = ft_codec_decode_incremental("\xFE\xFF\0a\0", 5, "utf-16", "strict", false, &used, &bo);
    CHECK(part && ft_str_eq_cstr(part, "a") && used == 4 && bo == 1);
}

static ft_obj *my_handler(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *end = ft_getattr_cstr(args[0], "end");
    if (!end) return NULL;
    return ft_tuple_pack(2, ft_str_from_cstr("<?>"), end);
}
static const ft_method_def my_handler_def = {"my_handler", my_handler, FT_METH_O, NULL};

static void test_user_error_handler(void)
{
    ft_obj *tab = ft_dict_new();
    ft_dict_set_cstr(tab, "myh", ft_builtin_new(&my_handler_def, NULL, NULL));
    ft_dict_set_cstr(ft_ts()->interp->codec_state, "error_handlers", tab);
    CHECK_STR(ft_codec_decode("a\xFF\xFE" "b", 4, "utf-8", "myh"), "a<?><?>b");
    ft_obj *b = ft_codec_encode(ft_str_from_cstr("x\xC3\xA9y"), "ascii", "myh");
    CHECK(b && ft_bytes_size(b) == 5 && memcmp(ft_bytes_data(b), "x<?>y", 5) == 0);
    CHECK(ft_codec_decode("\xFF", 1, "utf-8", "nohandler") == NULL && ft_err_matches((ft_obj *)ft_exc_LookupError));
    ft_err_clear();
    ft_dict_del_cstr(ft_ts()->interp->codec_state, "error_handlers");
}

static void test_bytes(void)
{
    ft_obj *b = ft_bytes_new("ab\0c", 4);
    CHECK(b && ft_bytes_size(b) == 4 && ft_bytes_data(b)[4] == 0 && ft_bytes_check(b));
    ft_obj *ba = ft_bytearray_new("xyz", 3);
    CHECK(ba && ft_bytearray_check(ba) && !ft_bytes_check(ba));
    ft_buffer v;
    CHECK(ft_get_buffer(ba, &v) == 0 && v.len == 3 && !v.readonly && ((ft_bytearray *)ba)->exports == 1);
    ft_obj *r = ft_call_method1(ba, "append", ft_smallint(1));
    CHECK(r == NULL && ft_err_matches((ft_obj *)FT_EXC(BufferError)));
    ft_err_clear();
    ft_release_buffer(&v);
    CHECK(((ft_bytearray *)ba)->exports == 0);
    CHECK(ft_call_method1(ba, "append", ft_smallint(1)) == ft_None && ((ft_bytearray *)ba)->size == 4);
    CHECK(ft_get_buffer(ft_str_from_cstr("s"), &v) < 0 && ft_err_matches((ft_obj *)ft_exc_TypeError));
    ft_err_clear();
    ft_obj *mv = ft_memoryview_new(b);
    CHECK(mv && ft_get_buffer(mv, &v) == 0 && v.len == 4 && v.readonly);
    ft_release_buffer(&v);
}


/* Free-threading: many threads intern the same names, race to build the
 * lazy index and hash of one shared non-ASCII string, and append to one
 * bytearray. */
#define NTHREADS 8
#define NITER 1500
static ft_obj *shared_str, *shared_ba;
static int64_t shared_hash;
static ft_obj *interned[NTHREADS][64];
static _Atomic int thread_errors;

static void *text_worker(void *arg)
{
    int k = (int)(intptr_t)arg;
    ft_thread *ts = ft_thread_new(ft_rt->main_interp);
    for (int i = 0; i < NITER; i++) {
        char name[32];
        snprintf(name, sizeof name, "thr-key-%d", i % 64);
        ft_obj *o = ft_str_intern_cstr(name);
        if (!o) { atomic_fetch_add(&thread_errors, 1); continue; }
        if (interned[k][i % 64] && interned[k][i % 64] != o) atomic_fetch_add(&thread_errors, 1);
        interned[k][i % 64] = o;
        ft_ssize idx = (i * 7 + k) % ft_str_len(shared_str);
        uint32_t want = idx % 2 ? 0x3B1 : 0x1F600;
        if (ft_str_char_at(shared_str, idx) != want) atomic_fetch_add(&thread_errors, 1);
        if (ft_str_hash(shared_str) != shared_hash)
            atomic_fetch_add(&thread_errors, 1);
        if (ft_call_method1(shared_ba, "append", ft_smallint(k)) != ft_None) {
            ft_err_clear();
            atomic_fetch_add(&thread_errors, 1);
        }
        /* readers of the same bytearray must never block writers (no exports) */
        ft_obj *f = ft_call_method1(shared_ba, "count", ft_smallint(k));
        ft_obj *u = ft_call_method0(shared_ba, "upper");
        if (!f || !u) { ft_err_clear(); atomic_fetch_add(&thread_errors, 1); }
        if (i % 500 == 0) FT_SAFEPOINT(ts);
    }
    ft_thread_delete(ts);
    return NULL;
}

static void *join_all(void *arg)
{
    pthread_t *th = arg;
    for (int k = 0; k < NTHREADS; k++) pthread_join(th[k], NULL);
    return NULL;
}

static void test_threads(void)
{
    ft_gc_add_root(&shared_str, sizeof shared_str);
    ft_gc_add_root(&shared_ba, sizeof shared_ba);
    ft_strbuf b;
    ft_strbuf_init(&b);
    for (int i = 0; i < 5000; i++) ft_strbuf_append_codepoint(&b, i % 2 ? 0x3B1 : 0x1F600);
    shared_str = ft_strbuf_finish(&b);
    /* the expected hash, from an equal string hashed alone */
    shared_hash = ft_str_hash(ft_str_new_trusted(ft_str_utf8(shared_str), FT_STR(shared_str)->nbytes, -1));
    shared_ba = ft_bytearray_new(NULL, 0);
    pthread_t th[NTHREADS];
    for (int k = 0; k < NTHREADS; k++) pthread_create(&th[k], NULL, text_worker, (void *)(intptr_t)k);
    ft_blocking_call(join_all, th);
    CHECK(atomic_load(&thread_errors) == 0);
    bool same = true;
    for (int k = 1; k < NTHREADS; k++)
        for (int j = 0; j < 64; j++)
            if (interned[k][j] != interned[0][j]) same = false;
    CHECK(same);
    CHECK(((ft_bytearray *)shared_ba)->size == NTHREADS * NITER);
    int counts[NTHREADS] = {0};
    for (ft_ssize i = 0; i < ((ft_bytearray *)shared_ba)->size; i++) counts[(int)((ft_bytearray *)shared_ba)->items[i]]++;
    bool fair = true;
    for (int k = 0; k < NTHREADS; k++) if (counts[k] != NITER) fair = false;
    CHECK(fair);
}

static void run_tests(void)
{
    test_utf8();
    test_str_basic();
    test_long_index();
    test_hash_intern();
    test_format();
    test_repr();
    test_ucd();
    test_names();
    test_codecs();
    test_user_error_handler();
    test_bytes();
    test_threads();
}
