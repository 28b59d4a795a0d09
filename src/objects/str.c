/* str.c -- the str type: storage, indexing, hashing, interning, builders,
 * repr/ascii, the type object and its slots, and ft_text_init.
 *
 * INVARIANTS
 *  - A str is immutable after it is published. Its data is generalised
 *    UTF-8 (lone surrogates are 3-byte sequences) followed by a NUL; `length`
 *    counts code points; is_ascii <=> nbytes == length.
 *  - Non-ASCII strings get `index` (byte offset of every 64th code point)
 *    lazily; it is published with a CAS. Racing builders compute identical
 *    tables, the loser's is garbage. `hash` is cached the same way (every
 *    writer stores the same value; -1 means "not computed").
 *  - The empty string and the 256 one-code-point strings below U+0100 are
 *    statically allocated (usable before the GC or the type exists).
 *  - The intern table is process-wide: an open-addressing set in malloc()ed
 *    memory holding only immortal strings (so the GC need not see it),
 *    guarded by `intern_lock`. Allocation never happens under the lock.
 *  - Exact str objects keep the index inline after their data (see
 *    str_alloc_size), so they hold no GC pointers and the type is
 *    FT_TPF_ATOMIC_INSTANCES: the collector never scans text. (Subclass
 *    instances are heap-type objects, always scanned; their index is a
 *    separate GC block.)
 *  - Hashing is SipHash-1-3 with CPython's key derivation over CPython's
 *    canonical code-unit layout, so hash(str) and hash(bytes) equal
 *    CPython's for the same PYTHONHASHSEED (and dict/set layouts can match).
 */
#include "core/ftcore.h"
#include "objects/str_impl.h"
#include "objects/codecs.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

/* ------------------------------------------------------------------------ */
/* Static small strings                                                       */

typedef struct { ft_str_obj s; char d[4]; } static_str;
static static_str empty_static;
static static_str latin1_static[256];
static pthread_once_t statics_once = PTHREAD_ONCE_INIT;
ft_obj *ft_str_empty = (ft_obj *)&empty_static;

static void init_statics(void)
{
    empty_static.s.ob.ob_type = &ft_str_type;
    atomic_store(&empty_static.s.ob.ob_flags, FT_OBF_IMMORTAL | FT_OBF_SHAREABLE);
    empty_static.s.length = 0;
    empty_static.s.nbytes = 0;
    empty_static.s.is_ascii = 1;
    empty_static.s.max_cp_kind = 1;
    atomic_store(&empty_static.s.hash, -1);
    for (int i = 0; i < 256; i++) {
        static_str *ss = &latin1_static[i];
        ss->s.ob.ob_type = &ft_str_type;
        atomic_store(&ss->s.ob.ob_flags, FT_OBF_IMMORTAL | FT_OBF_SHAREABLE);
        ss->s.length = 1;
        ss->s.nbytes = ft_utf8_encode_one((uint32_t)i, ss->s.data);
        ss->s.data[ss->s.nbytes] = 0;
        ss->s.is_ascii = i < 128;
        ss->s.max_cp_kind = 1;
        atomic_store(&ss->s.hash, -1);
    }
}
static inline void ensure_statics(void) { pthread_once(&statics_once, init_statics); }

/* ------------------------------------------------------------------------ */
/* UTF-8                                                                      */

int ft_utf8_encode_one(uint32_t cp, char out[4])
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Generalised UTF-8: surrogates accepted, overlong forms and values above
 * U+10FFFF rejected. */
int ft_utf8_decode_one(const char *s, const char *end, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    ft_ssize avail = end - s;
    if (avail <= 0) return 0;
    uint32_t c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (avail < 2 || (p[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;
        *cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    if (c < 0xF5) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] >= 0x90) return 0;
        *cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return 4;
    }
    return 0;
}

ft_ssize ft_utf8_count(const char *s, ft_ssize n)
{
    ft_ssize count = 0;
    const unsigned char *p = (const unsigned char *)s;
    ft_ssize i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!(w & 0x8080808080808080ull)) { count += 8; continue; }
        for (int k = 0; k < 8; k++)
            count += (p[i + k] & 0xC0) != 0x80;
    }
    for (; i < n; i++)
        count += (p[i] & 0xC0) != 0x80;
    return count;
}

/* ------------------------------------------------------------------------ */
/* Allocation                                                                 */

bool ft_str_check(ft_obj *o)
{
    return (ft_type_of(o)->flags & FT_TPF_STR_SUBCLASS) != 0;
}

/* Exact str objects carry room for their code point index after the data
 * (4 bytes per 64 code points, at most nbytes/64 + 1 entries), so the
 * index needs no separate GC block and str instances hold no GC pointers:
 * the type is FT_TPF_ATOMIC_INSTANCES and the collector never scans text. */
static inline size_t str_index_room(ft_ssize nbytes)
{
    return nbytes > 64 ? ((size_t)nbytes / 64 + 1) * sizeof(int32_t) : 0;
}

static inline size_t str_alloc_size(ft_ssize nbytes)
{
    size_t base = sizeof(ft_str_obj) + (size_t)nbytes + 1;
    size_t room = str_index_room(nbytes);
    return room ? ((base + 3) & ~(size_t)3) + room : base;
}

static inline int32_t *str_inline_index(ft_str_obj *s)
{
    size_t off = (sizeof(ft_str_obj) + (size_t)s->nbytes + 1 + 3) & ~(size_t)3;
    return (int32_t *)((char *)s + off);
}

ft_obj *ft_str_raw(ft_ssize nbytes)
{
    if (nbytes < 0 || (size_t)nbytes > (SIZE_MAX >> 2) - sizeof(ft_str_obj))
        return ft_err_no_memory();
    if (nbytes > INT32_MAX - 1) {
        ft_err_set_str(ft_exc_OverflowError, "string is too large");
        return NULL;
    }
    ft_str_obj *s = (ft_str_obj *)ft_obj_alloc(&ft_str_type, str_alloc_size(nbytes));
    if (!s) return NULL;
    s->nbytes = nbytes;
    atomic_store_explicit(&s->hash, -1, memory_order_relaxed);
    return (ft_obj *)s;
}

void ft_str_seal(ft_obj *o, ft_ssize length)
{
    ft_str_obj *s = FT_STR(o);
    s->data[s->nbytes] = 0;
    if (length < 0) length = ft_utf8_count(s->data, s->nbytes);
    s->length = length;
    s->is_ascii = length == s->nbytes;
    if (s->is_ascii) { s->max_cp_kind = 1; return; }
    uint32_t kind = 1;
    const unsigned char *p = (const unsigned char *)s->data;
    ft_ssize i = 0;
    /* A word at a time: a byte >= F0 (bits 7..4 set) starts a 4-byte
     * sequence; a byte >= C4 (bits 7,6 and one of 5..2) a code point above
     * U+00FF (C2/C3 lead U+0080..U+00FF). Shifted bits are tested only at
     * bit 7 of each byte, so no bit crosses into a neighbouring byte. */
    const uint64_t H = 0x8080808080808080ull;
    for (; i + 8 <= s->nbytes; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!(w & H)) continue;
        uint64_t m76 = w & (w << 1) & H;
        if (m76 & (w << 2) & (w << 3) & H) { kind = 4; break; }
        if (m76 & ((w << 2) | (w << 3) | (w << 4) | (w << 5)) & H) kind = 2;
    }
    if (kind != 4) {
        for (; i < s->nbytes; i++) {
            unsigned char c = p[i];
            if (c >= 0xF0) { kind = 4; break; }
            if (c >= 0xC4) kind = 2;
        }
    }
    s->max_cp_kind = kind;
}

static ft_obj *str_small(const char *utf8, ft_ssize nbytes)
{
    ensure_statics();
    if (nbytes == 0) return ft_str_empty;
    uint32_t cp;
    int k = ft_utf8_decode_one(utf8, utf8 + nbytes, &cp);
    if (k == nbytes && cp < 256) return (ft_obj *)&latin1_static[cp];
    return NULL;
}

ft_obj *ft_str_new_trusted(const char *utf8, ft_ssize nbytes, ft_ssize ncodepoints)
{
    if (nbytes <= 2) {
        ft_obj *r = str_small(utf8, nbytes);
        if (r) return r;
    }
    ft_obj *s = ft_str_raw(nbytes);
    if (!s) return NULL;
    memcpy(FT_STR(s)->data, utf8, (size_t)nbytes);
    ft_str_seal(s, ncodepoints);
    return s;
}

/* Position of the first invalid generalised-UTF-8 sequence, or -1. */
static ft_ssize utf8_validate(const char *s, ft_ssize n, ft_ssize *ncp)
{
    ft_ssize i = 0, count = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { i++; count++; continue; }
        uint32_t cp;
        int k = ft_utf8_decode_one(s + i, s + n, &cp);
        if (!k) { *ncp = count; return i; }
        i += k;
        count++;
    }
    *ncp = count;
    return -1;
}

ft_obj *ft_str_new(const char *utf8, ft_ssize nbytes)
{
    if (nbytes < 0) return ft_err_bad_internal_call("ft_str_new");
    ft_ssize ncp;
    if (utf8_validate(utf8, nbytes, &ncp) >= 0)
        return ft_codec_decode_utf8(utf8, nbytes, "surrogatepass");
    return ft_str_new_trusted(utf8, nbytes, ncp);
}

ft_obj *ft_str_from_cstr(const char *s)
{
    return ft_str_new(s, (ft_ssize)strlen(s));
}

ft_obj *ft_str_from_codepoint(uint32_t cp)
{
    if (cp < 256) {
        ensure_statics();
        return (ft_obj *)&latin1_static[cp];
    }
    if (cp > 0x10FFFF) {
        ft_err_set_str(ft_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    char buf[4];
    int n = ft_utf8_encode_one(cp, buf);
    ft_obj *s = ft_str_raw(n);
    if (!s) return NULL;
    memcpy(FT_STR(s)->data, buf, (size_t)n);
    ft_str_seal(s, 1);
    return s;
}

ft_obj *ft_str_from_ucs4_trusted(const uint32_t *cps, ft_ssize n)
{
    if (n == 0) { ensure_statics(); return ft_str_empty; }
    if (n == 1) return ft_str_from_codepoint(cps[0]);
    ft_ssize nb = 0;
    for (ft_ssize i = 0; i < n; i++) nb += ft_utf8_len_of(cps[i]);
    ft_obj *s = ft_str_raw(nb);
    if (!s) return NULL;
    char *p = FT_STR(s)->data;
    for (ft_ssize i = 0; i < n; i++) p += ft_utf8_encode_one(cps[i], p);
    ft_str_seal(s, n);
    return s;
}

ft_obj *ft_str_from_codepoints(const uint32_t *cps, ft_ssize n)
{
    for (ft_ssize i = 0; i < n; i++) {
        if (cps[i] > 0x10FFFF) {
            ft_err_set_str(ft_exc_ValueError, "chr() arg not in range(0x110000)");
            return NULL;
        }
    }
    return ft_str_from_ucs4_trusted(cps, n);
}

uint32_t *ft_str_to_ucs4(ft_obj *s, ft_ssize *n)
{
    ft_ssize len = FT_STR(s)->length;
    uint32_t *out = ft_gc_alloc(sizeof(uint32_t) * (size_t)(len ? len : 1), FT_GC_ATOMIC);
    if (!out) return NULL;
    const char *p = FT_STR(s)->data;
    for (ft_ssize i = 0; i < len; i++) out[i] = ft_utf8_next(&p);
    *n = len;
    return out;
}

ft_obj *ft_str_subtype_copy(ft_type *type, ft_obj *s)
{
    ft_ssize nb = FT_STR(s)->nbytes;
    ft_obj *r = ft_type_generic_alloc(type, nb + 1);
    if (!r) return NULL;
    ft_str_obj *d = FT_STR(r);
    d->nbytes = nb;
    memcpy(d->data, FT_STR(s)->data, (size_t)nb + 1);
    d->length = FT_STR(s)->length;
    d->is_ascii = FT_STR(s)->is_ascii;
    d->max_cp_kind = FT_STR(s)->max_cp_kind;
    atomic_store(&d->hash, -1);
    return r;
}

/* ------------------------------------------------------------------------ */
/* Indexing                                                                   */

/* Exact strs fill their inline room; racing builders store identical
 * values (relaxed atomics, so it is not a data race) and the table is
 * published with a CAS. Subclass instances (scanned heap objects) get a
 * separate GC block, as the contract in objects.h describes. */
static int32_t *str_get_index(ft_str_obj *s)
{
    int32_t *idx = atomic_load_explicit(&s->index, memory_order_acquire);
    if (idx) return idx;
    ft_ssize nent = s->length / 64 + 1;
    if (s->ob.ob_type == &ft_str_type) idx = str_inline_index(s);
    else {
        idx = ft_gc_alloc(sizeof(int32_t) * (size_t)nent, FT_GC_ATOMIC);
        if (!idx) { ft_err_clear(); return NULL; }
    }
    const char *p = s->data, *start = s->data;
    for (ft_ssize i = 0, e = 0; i < s->length; i++) {
        if ((i & 63) == 0) __atomic_store_n(&idx[e++], (int32_t)(p - start), __ATOMIC_RELAXED);
        ft_utf8_next(&p);
    }
    int32_t *expected = NULL;
    if (!atomic_compare_exchange_strong_explicit(&s->index, &expected, idx,
                                                 memory_order_acq_rel, memory_order_acquire))
        return expected;
    return idx;
}

ft_ssize ft_str_byte_offset(ft_obj *o, ft_ssize index)
{
    ft_str_obj *s = FT_STR(o);
    if (s->is_ascii) return index;
    if (index >= s->length) return s->nbytes;
    if (index <= 0) return 0;
    const char *p;
    ft_ssize rem;
    int32_t *idx = s->length > 64 ? str_get_index(s) : NULL;
    if (idx) {
        p = s->data + __atomic_load_n(&idx[index >> 6], __ATOMIC_RELAXED);
        rem = index & 63;
    } else {
        p = s->data;
        rem = index;
    }
    const unsigned char *q = (const unsigned char *)p;
    const unsigned char *end = (const unsigned char *)s->data + s->nbytes;
    /* Skip whole 8-byte words while they hold fewer code point starts than
     * remain: a start byte is any byte that is not 10xxxxxx. */
    while (rem >= 8 && end - q >= 8) {
        uint64_t w;
        memcpy(&w, q, 8);
        uint64_t cont = (w & 0x8080808080808080ull) & ~((w << 1) & 0x8080808080808080ull);
        int starts = 8 - __builtin_popcountll(cont);
        if (starts > rem) break;
        q += 8;
        rem -= starts;
        /* the last code point counted may run past the word: finish it */
        while (q < end && (*q & 0xC0) == 0x80) q++;
    }
    while (rem > 0) {
        unsigned char c = *q;
        q += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        rem--;
    }
    return (ft_ssize)((const char *)q - s->data);
}

uint32_t ft_str_char_at(ft_obj *s, ft_ssize index)
{
    if (FT_STR(s)->is_ascii) return (unsigned char)FT_STR(s)->data[index];
    const char *p = FT_STR(s)->data + ft_str_byte_offset(s, index);
    return ft_utf8_next(&p);
}

ft_ssize ft_str_cp_index(ft_obj *s, ft_ssize byte_off)
{
    if (FT_STR(s)->is_ascii) return byte_off;
    return ft_utf8_count(FT_STR(s)->data, byte_off);
}

ft_obj *ft_str_substr(ft_obj *s, ft_ssize start, ft_ssize stop)
{
    ft_ssize len = FT_STR(s)->length;
    if (start < 0) start = 0;
    if (stop > len) stop = len;
    if (start >= stop) { ensure_statics(); return ft_str_empty; }
    if (start == 0 && stop == len && ft_str_check_exact(s)) return s;
    ft_ssize b0 = ft_str_byte_offset(s, start);
    ft_ssize b1;
    if (FT_STR(s)->is_ascii) b1 = stop;
    else if (stop == len) b1 = FT_STR(s)->nbytes;
    else if (stop - start <= 64) {
        const unsigned char *q = (const unsigned char *)FT_STR(s)->data + b0;
        for (ft_ssize i = start; i < stop; i++) {
            unsigned char c = *q;
            q += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        b1 = (ft_ssize)((const char *)q - FT_STR(s)->data);
    } else b1 = ft_str_byte_offset(s, stop);
    return ft_str_new_trusted(FT_STR(s)->data + b0, b1 - b0, stop - start);
}

/* ------------------------------------------------------------------------ */
/* Hashing: SipHash-1-3 with a per-process key                                */

static uint64_t hash_k0, hash_k1;
static pthread_once_t hash_once = PTHREAD_ONCE_INIT;

/* The key follows CPython's rules so that, like CPython, PYTHONHASHSEED=0
 * gives the all-zero key and PYTHONHASHSEED=N the key CPython derives from
 * N (its 24-byte secret filled by the MS linear congruential generator);
 * with the same SipHash-1-3 over CPython's canonical code-unit layout (see
 * ft_str_hash), str and bytes hashes then equal CPython's. */
static void hash_key_init(void)
{
    const char *seed = getenv("PYTHONHASHSEED");
    uint8_t secret[24];
    if (seed && *seed && strcmp(seed, "random") != 0) {
        unsigned long v = strtoul(seed, NULL, 10);
        if (v == 0) memset(secret, 0, sizeof secret);
        else {
            unsigned int x = (unsigned int)v;
            for (size_t i = 0; i < sizeof secret; i++) {
                x = x * 214013u + 2531011u;
                secret[i] = (uint8_t)((x >> 16) & 0xff);
            }
        }
    } else if (getrandom(secret, sizeof secret, 0) != (ssize_t)sizeof secret) {
        FILE *f = fopen("/dev/urandom", "rb");
        if (!f || fread(secret, sizeof secret, 1, f) != 1) {
            uint64_t t = (uint64_t)(uintptr_t)&secret ^ (uint64_t)getpid();
            memcpy(secret, &t, 8);
            memcpy(secret + 8, &t, 8);
        }
        if (f) fclose(f);
    }
    memcpy(&hash_k0, secret, 8);
    memcpy(&hash_k1, secret + 8, 8);
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do { \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); } while (0)

typedef struct sip_state { uint64_t v0, v1, v2, v3; } sip_state;

static void sip_init(sip_state *st)
{
    pthread_once(&hash_once, hash_key_init);
    st->v0 = hash_k0 ^ 0x736f6d6570736575ull;
    st->v1 = hash_k1 ^ 0x646f72616e646f6dull;
    st->v2 = hash_k0 ^ 0x6c7967656e657261ull;
    st->v3 = hash_k1 ^ 0x7465646279746573ull;
}

/* Compress whole 8-byte little-endian words (nblocks of them). */
static void sip_blocks(sip_state *st, const unsigned char *p, size_t nblocks)
{
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2, v3 = st->v3;
    for (size_t i = 0; i < nblocks; i++) {
        uint64_t m;
        memcpy(&m, p + i * 8, 8);  /* little-endian hosts only (x86-64, aarch64) */
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    st->v0 = v0; st->v1 = v1; st->v2 = v2; st->v3 = v3;
}

/* Finish with the last (len % 8) bytes and the total length. */
static int64_t sip_final(sip_state *st, const unsigned char *tail, size_t total_len)
{
    uint64_t v0 = st->v0, v1 = st->v1, v2 = st->v2, v3 = st->v3;
    uint64_t t = (uint64_t)total_len << 56;
    switch (total_len & 7) {
    case 7: t |= (uint64_t)tail[6] << 48; /* fall through */
    case 6: t |= (uint64_t)tail[5] << 40; /* fall through */
    case 5: t |= (uint64_t)tail[4] << 32; /* fall through */
    case 4: t |= (uint64_t)tail[3] << 24; /* fall through */
    case 3: t |= (uint64_t)tail[2] << 16; /* fall through */
    case 2: t |= (uint64_t)tail[1] << 8;  /* fall through */
    case 1: t |= (uint64_t)tail[0];
    }
    v3 ^= t;
    SIPROUND;
    v0 ^= t;
    v2 ^= 0xff;
    SIPROUND; SIPROUND; SIPROUND;
    int64_t h = (int64_t)(v0 ^ v1 ^ v2 ^ v3);
    return h == -1 ? -2 : h;
}

int64_t ft_text_hash_bytes(const void *data, size_t len)
{
    if (len == 0) return 0;
    sip_state st;
    sip_init(&st);
    const unsigned char *p = data;
    sip_blocks(&st, p, len / 8);
    return sip_final(&st, p + (len / 8) * 8, len);
}

/* CPython hashes the canonical representation: one byte per code point
 * when all are < 256, else 2 (all < 0x10000) or 4 bytes, little-endian.
 * We stream those bytes through a fixed buffer (a multiple of 8 long). */
static int64_t str_hash_compute(ft_str_obj *s)
{
    if (s->is_ascii) return ft_text_hash_bytes(s->data, (size_t)s->nbytes);
    size_t unit = s->max_cp_kind;
    size_t total = (size_t)s->length * unit;
    sip_state st;
    sip_init(&st);
    unsigned char buf[512];
    size_t fill = 0;
    const char *p = s->data;
    for (ft_ssize i = 0; i < s->length; i++) {
        uint32_t c = ft_utf8_next(&p);
        buf[fill] = (unsigned char)c;
        if (unit >= 2) buf[fill + 1] = (unsigned char)(c >> 8);
        if (unit == 4) { buf[fill + 2] = (unsigned char)(c >> 16); buf[fill + 3] = 0; }
        fill += unit;
        if (fill == sizeof buf) {
            sip_blocks(&st, buf, sizeof buf / 8);
            fill = 0;
        }
    }
    size_t whole = fill / 8;
    sip_blocks(&st, buf, whole);
    return sip_final(&st, buf + whole * 8, total);
}

int64_t ft_str_hash(ft_obj *o)
{
    ft_str_obj *s = FT_STR(o);
    int64_t h = atomic_load_explicit(&s->hash, memory_order_relaxed);
    if (h != -1) return h;
    h = str_hash_compute(s);
    atomic_store_explicit(&s->hash, h, memory_order_relaxed);
    return h;
}

static int64_t str_hash_slot(ft_obj *o) { return ft_str_hash(o); }

/* ------------------------------------------------------------------------ */
/* Comparison, concatenation                                                  */

bool ft_str_eq(ft_obj *a, ft_obj *b)
{
    if (a == b) return true;
    ft_str_obj *x = FT_STR(a), *y = FT_STR(b);
    if (x->nbytes != y->nbytes) return false;
    int64_t hx = atomic_load_explicit(&x->hash, memory_order_relaxed);
    int64_t hy = atomic_load_explicit(&y->hash, memory_order_relaxed);
    if (hx != -1 && hy != -1 && hx != hy) return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

bool ft_str_eq_cstr(ft_obj *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)FT_STR(a)->nbytes == n && memcmp(FT_STR(a)->data, s, n) == 0;
}

/* UTF-8 byte order equals code point order (surrogates included). */
int ft_str_compare(ft_obj *a, ft_obj *b)
{
    ft_str_obj *x = FT_STR(a), *y = FT_STR(b);
    ft_ssize n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

static ft_obj *str_richcompare(ft_obj *a, ft_obj *b, int op)
{
    if (!ft_str_check(a) || !ft_str_check(b)) return ft_NotImplemented;
    bool r;
    if (op == FT_EQ || op == FT_NE) {
        r = ft_str_eq(a, b);
        if (op == FT_NE) r = !r;
        return ft_bool(r);
    }
    int c = ft_str_compare(a, b);
    switch (op) {
    case FT_LT: r = c < 0; break;
    case FT_LE: r = c <= 0; break;
    case FT_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ft_bool(r);
}

ft_obj *ft_str_concat(ft_obj *a, ft_obj *b)
{
    ft_str_obj *x = FT_STR(a), *y = FT_STR(b);
    if (y->nbytes == 0 && ft_str_check_exact(a)) return a;
    if (x->nbytes == 0 && ft_str_check_exact(b)) return b;
    if (x->nbytes > INT32_MAX - y->nbytes) {
        ft_err_set_str(ft_exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    ft_obj *r = ft_str_raw(x->nbytes + y->nbytes);
    if (!r) return NULL;
    memcpy(FT_STR(r)->data, x->data, (size_t)x->nbytes);
    memcpy(FT_STR(r)->data + x->nbytes, y->data, (size_t)y->nbytes);
    ft_str_seal(r, x->length + y->length);
    return r;
}

/* Operands we cannot handle get NotImplemented: ft_binary_op then tries the
 * reflected slot and words CPython's sequence errors itself. */
static ft_obj *str_add(ft_obj *v, ft_obj *w)
{
    if (!ft_str_check(v) || !ft_str_check(w)) return ft_NotImplemented;
    return ft_str_concat(v, w);
}

static ft_obj *str_repeat(ft_obj *s, ft_ssize n)
{
    ft_str_obj *x = FT_STR(s);
    if (n <= 0 || x->nbytes == 0) { ensure_statics(); return ft_str_empty; }
    if (n == 1 && ft_str_check_exact(s)) return s;
    if (x->nbytes > INTPTR_MAX / n) {
        ft_err_set_str(ft_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    if (x->nbytes > INT32_MAX / n) return ft_err_no_memory();
    ft_ssize total = x->nbytes * n;
    ft_obj *r = ft_str_raw(total);
    if (!r) return NULL;
    char *d = FT_STR(r)->data;
    memcpy(d, x->data, (size_t)x->nbytes);
    ft_ssize done = x->nbytes;
    while (done < total) {
        ft_ssize chunk = done < total - done ? done : total - done;
        memcpy(d + done, d, (size_t)chunk);
        done += chunk;
    }
    ft_str_seal(r, x->length * n);
    return r;
}

static bool has_index(ft_obj *o)
{
    return ft_is_smallint(o) || ft_int_check(o) || ft_type_of(o)->as_number.index != NULL;
}

static ft_obj *str_multiply(ft_obj *v, ft_obj *w)
{
    ft_obj *seq, *count;
    if (ft_str_check(v) && has_index(w)) { seq = v; count = w; }
    else if (ft_str_check(w) && has_index(v)) { seq = w; count = v; }
    else return ft_NotImplemented;
    ft_ssize n = ft_index_as_ssize(count, ft_exc_OverflowError);
    if (n == -1 && ft_err_occurred()) {
        if (ft_err_matches((ft_obj *)ft_exc_OverflowError)) {
            ft_err_clear();
            ft_err_format(ft_exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                          ft_type_of(count)->name);
        }
        return NULL;
    }
    return str_repeat(seq, n);
}

static ft_obj *str_remainder(ft_obj *v, ft_obj *w)
{
    if (!ft_str_check(v)) return ft_NotImplemented;
    return ft_str_percent_format(v, w);
}

ft_obj *ft_str_join(ft_obj *sep, ft_obj *iterable)
{
    ft_obj *holder = NULL;
    ft_ssize n;
    ft_obj **items = ft_sequence_fast(iterable, &n, &holder, "can only join an iterable");
    if (!items) return NULL;
    if (n == 0) { ensure_statics(); return ft_str_empty; }
    if (n == 1 && ft_str_check_exact(items[0])) return items[0];
    ft_ssize total = 0, ncp = 0;
    ft_str_obj *s = FT_STR(sep);
    for (ft_ssize i = 0; i < n; i++) {
        if (!ft_str_check(items[i]))
            return ft_err_format(ft_exc_TypeError, "sequence item %zd: expected str instance, %s found",
                                 i, ft_type_of(items[i])->name);
        total += FT_STR(items[i])->nbytes;
        ncp += FT_STR(items[i])->length;
        if (i) { total += s->nbytes; ncp += s->length; }
        if (total > INT32_MAX) {
            ft_err_set_str(ft_exc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
    }
    ft_obj *r = ft_str_raw(total);
    if (!r) return NULL;
    char *d = FT_STR(r)->data;
    for (ft_ssize i = 0; i < n; i++) {
        if (i && s->nbytes) { memcpy(d, s->data, (size_t)s->nbytes); d += s->nbytes; }
        memcpy(d, FT_STR(items[i])->data, (size_t)FT_STR(items[i])->nbytes);
        d += FT_STR(items[i])->nbytes;
    }
    ft_str_seal(r, ncp);
    (void)holder;
    return r;
}

/* ------------------------------------------------------------------------ */
/* Interning                                                                  */

static ft_mutex intern_lock;
static ft_obj **intern_table;   /* malloc()ed; holds immortal strs only */
static size_t intern_cap, intern_count;

static ft_obj *intern_lookup_locked(ft_obj *s, int64_t h)
{
    if (!intern_table) return NULL;
    size_t mask = intern_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        ft_obj *e = intern_table[i];
        if (!e) return NULL;
        if (ft_str_eq(e, s)) return e;
    }
}

static int intern_insert_locked(ft_obj *s)
{
    if ((intern_count + 1) * 2 > intern_cap) {
        size_t ncap = intern_cap ? intern_cap * 2 : 4096;
        ft_obj **nt = calloc(ncap, sizeof(ft_obj *));
        if (!nt) return -1;
        for (size_t i = 0; i < intern_cap; i++) {
            ft_obj *e = intern_table[i];
            if (!e) continue;
            size_t j = (size_t)ft_str_hash(e) & (ncap - 1);
            while (nt[j]) j = (j + 1) & (ncap - 1);
            nt[j] = e;
        }
        free(intern_table);
        intern_table = nt;
        intern_cap = ncap;
    }
    size_t j = (size_t)ft_str_hash(s) & (intern_cap - 1);
    while (intern_table[j]) j = (j + 1) & (intern_cap - 1);
    intern_table[j] = s;
    intern_count++;
    return 0;
}

ft_obj *ft_str_intern(ft_obj *s)
{
    if (!ft_is_smallint(s) && (atomic_load_explicit(&s->ob_flags, memory_order_relaxed) & FT_OBF_INTERNED))
        return s;
    int64_t h = ft_str_hash(s);
    ft_mutex_lock(&intern_lock);
    ft_obj *found = intern_lookup_locked(s, h);
    ft_mutex_unlock(&intern_lock);
    if (found) return found;
    ft_obj *canon;
    uint32_t fl = atomic_load_explicit(&s->ob_flags, memory_order_relaxed);
    if (ft_str_check_exact(s) && (fl & FT_OBF_IMMORTAL)) {
        canon = s;
    } else {
        ft_ssize nb = FT_STR(s)->nbytes;
        canon = ft_obj_alloc_immortal(&ft_str_type, str_alloc_size(nb));
        if (!canon) return NULL;
        ft_str_obj *c = FT_STR(canon);
        c->nbytes = nb;
        memcpy(c->data, FT_STR(s)->data, (size_t)nb + 1);
        c->length = FT_STR(s)->length;
        c->is_ascii = FT_STR(s)->is_ascii;
        c->max_cp_kind = FT_STR(s)->max_cp_kind;
        atomic_store(&c->hash, h);
        atomic_fetch_or(&canon->ob_flags, FT_OBF_SHAREABLE);
    }
    ft_mutex_lock(&intern_lock);
    found = intern_lookup_locked(s, h);
    if (!found) {
        if (intern_insert_locked(canon) < 0) {
            ft_mutex_unlock(&intern_lock);
            return ft_err_no_memory();
        }
        atomic_fetch_or(&canon->ob_flags, FT_OBF_INTERNED);
        found = canon;
    }
    ft_mutex_unlock(&intern_lock);
    return found;
}

ft_obj *ft_str_intern_cstr(const char *s)
{
    ft_obj *o = ft_str_from_cstr(s);
    if (!o) return NULL;
    return ft_str_intern(o);
}

/* ------------------------------------------------------------------------ */
/* Builder                                                                    */

void ft_strbuf_init(ft_strbuf *b)
{
    b->buf = NULL;
    b->len = b->cap = b->ncp = 0;
    b->ascii = true;
}

static int strbuf_reserve(ft_strbuf *b, ft_ssize extra)
{
    if (extra < 0 || b->len > INT32_MAX - extra) {
        ft_err_set_str(ft_exc_OverflowError, "string is too large");
        return -1;
    }
    ft_ssize need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    ft_ssize ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < need) ncap *= 2;
    char *nb = b->buf ? ft_gc_realloc(b->buf, (size_t)b->cap, (size_t)ncap, FT_GC_ATOMIC)
                      : ft_gc_alloc((size_t)ncap, FT_GC_ATOMIC);
    if (!nb) return -1;
    b->buf = nb;
    b->cap = ncap;
    return 0;
}

int ft_strbuf_append(ft_strbuf *b, const char *utf8, ft_ssize nbytes)
{
    if (nbytes == 0) return 0;
    if (strbuf_reserve(b, nbytes) < 0) return -1;
    memcpy(b->buf + b->len, utf8, (size_t)nbytes);
    b->len += nbytes;
    ft_ssize n = ft_utf8_count(utf8, nbytes);
    if (n != nbytes) b->ascii = false;
    b->ncp += n;
    return 0;
}

int ft_strbuf_append_cstr(ft_strbuf *b, const char *s)
{
    return ft_strbuf_append(b, s, (ft_ssize)strlen(s));
}

int ft_strbuf_append_str(ft_strbuf *b, ft_obj *str)
{
    ft_str_obj *s = FT_STR(str);
    if (s->nbytes == 0) return 0;
    if (strbuf_reserve(b, s->nbytes) < 0) return -1;
    memcpy(b->buf + b->len, s->data, (size_t)s->nbytes);
    b->len += s->nbytes;
    b->ncp += s->length;
    if (!s->is_ascii) b->ascii = false;
    return 0;
}

int ft_strbuf_append_codepoint(ft_strbuf *b, uint32_t cp)
{
    if (strbuf_reserve(b, 4) < 0) return -1;
    if (cp < 0x80) b->buf[b->len++] = (char)cp;
    else {
        b->len += ft_utf8_encode_one(cp, b->buf + b->len);
        b->ascii = false;
    }
    b->ncp++;
    return 0;
}

int ft_strbuf_printf(ft_strbuf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return 0;
    if ((size_t)n < sizeof small) return ft_strbuf_append(b, small, n);
    char *big = ft_gc_alloc((size_t)n + 1, FT_GC_ATOMIC);
    if (!big) return -1;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return ft_strbuf_append(b, big, n);
}

ft_obj *ft_strbuf_finish(ft_strbuf *b)
{
    ft_obj *r = ft_str_new_trusted(b->buf ? b->buf : "", b->len, b->ncp);
    b->buf = NULL;
    b->len = b->cap = b->ncp = 0;
    b->ascii = true;
    return r;
}

/* ------------------------------------------------------------------------ */
/* ft_str_from_format                                                         */

static int append_obj_str(ft_strbuf *b, ft_obj *s, ft_ssize prec)
{
    if (!s) return -1;
    if (!ft_str_check(s)) return ft_strbuf_append_cstr(b, "<?>");
    if (prec >= 0 && prec < FT_STR(s)->length) {
        ft_obj *t = ft_str_substr(s, 0, prec);
        if (!t) return -1;
        s = t;
    }
    return ft_strbuf_append_str(b, s);
}

ft_obj *ft_str_from_vformat(const char *fmt, va_list ap)
{
    ft_strbuf b;
    ft_strbuf_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') q++;
        if (q > p && ft_strbuf_append(&b, p, q - p) < 0) return NULL;
        if (!*q) break;
        const char *spec = q++;
        /* flags, width, precision */
        while (*q == '-' || *q == '0' || *q == ' ' || *q == '+' || *q == '#') q++;
        while (*q >= '0' && *q <= '9') q++;
        ft_ssize prec = -1;
        if (*q == '.') {
            q++;
            prec = 0;
            while (*q >= '0' && *q <= '9') prec = prec * 10 + (*q++ - '0');
        }
        int lng = 0, sz = 0;
        while (*q == 'l') { lng++; q++; }
        if (*q == 'z' || *q == 't') { sz = 1; q++; }
        char conv = *q;
        if (!conv) break;
        q++;
        char cfmt[32];
        size_t speclen = (size_t)(q - spec);
        if (speclen >= sizeof cfmt) speclen = sizeof cfmt - 1;
        memcpy(cfmt, spec, speclen);
        cfmt[speclen] = 0;
        int rc = 0;
        switch (conv) {
        case '%': rc = ft_strbuf_append(&b, "%", 1); break;
        case 'd': case 'i':
            if (sz) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, ft_ssize));
            else if (lng >= 2) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, long long));
            else if (lng == 1) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, long));
            else rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, int));
            break;
        case 'u': case 'x': case 'X': case 'o':
            if (sz) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, size_t));
            else if (lng >= 2) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, unsigned long long));
            else if (lng == 1) rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, unsigned long));
            else rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, unsigned int));
            break;
        case 'c': {
            int c = va_arg(ap, int);
            rc = ft_strbuf_append_codepoint(&b, (uint32_t)c);
            break;
        }
        case 'p': rc = ft_strbuf_printf(&b, "%p", va_arg(ap, void *)); break;
        case 'f': case 'g': case 'e':
            rc = ft_strbuf_printf(&b, cfmt, va_arg(ap, double));
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = strlen(s);
            if (prec >= 0 && (size_t)prec < n) {
                n = (size_t)prec;
                while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
            }
            rc = ft_strbuf_append(&b, s, (ft_ssize)n);
            break;
        }
        case 'R': rc = append_obj_str(&b, ft_repr(va_arg(ap, ft_obj *)), prec); break;
        case 'S': rc = append_obj_str(&b, ft_str(va_arg(ap, ft_obj *)), prec); break;
        case 'A': rc = append_obj_str(&b, ft_ascii(va_arg(ap, ft_obj *)), prec); break;
        case 'U': rc = append_obj_str(&b, va_arg(ap, ft_obj *), prec); break;
        case 'T': rc = ft_strbuf_append_cstr(&b, ft_type_of(va_arg(ap, ft_obj *))->name); break;
        case 'N': rc = ft_strbuf_append_cstr(&b, va_arg(ap, ft_type *)->name); break;
        default: rc = ft_strbuf_append(&b, spec, q - spec); break;
        }
        if (rc < 0) return NULL;
        p = q;
    }
    return ft_strbuf_finish(&b);
}

ft_obj *ft_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ft_obj *r = ft_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ------------------------------------------------------------------------ */
/* repr / ascii                                                               */

static const char hexdigits[] = "0123456789abcdef";

static int append_escape(ft_strbuf *b, uint32_t c)
{
    char tmp[12];
    int n = 0;
    tmp[n++] = '\\';
    if (c < 0x100) {
        tmp[n++] = 'x';
        tmp[n++] = hexdigits[(c >> 4) & 15];
        tmp[n++] = hexdigits[c & 15];
    } else if (c < 0x10000) {
        tmp[n++] = 'u';
        for (int sh = 12; sh >= 0; sh -= 4) tmp[n++] = hexdigits[(c >> sh) & 15];
    } else {
        tmp[n++] = 'U';
        for (int sh = 28; sh >= 0; sh -= 4) tmp[n++] = hexdigits[(c >> sh) & 15];
    }
    return ft_strbuf_append(b, tmp, n);
}

int ft_str_repr_into(ft_strbuf *b, ft_obj *s)
{
    ft_str_obj *x = FT_STR(s);
    bool has_sq = memchr(x->data, '\'', (size_t)x->nbytes) != NULL;
    bool has_dq = memchr(x->data, '"', (size_t)x->nbytes) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    if (ft_strbuf_append(b, &quote, 1) < 0) return -1;
    const char *p = x->data, *end = x->data + x->nbytes;
    while (p < end) {
        /* copy a run of plain ASCII at once */
        const char *run = p;
        while (p < end) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == (unsigned char)quote) break;
            p++;
        }
        if (p > run && ft_strbuf_append(b, run, p - run) < 0) return -1;
        if (p >= end) break;
        const char *at = p;
        uint32_t c = ft_utf8_next(&p);
        int rc;
        if (c == (uint32_t)quote || c == '\\') {
            char t[2] = {'\\', (char)c};
            rc = ft_strbuf_append(b, t, 2);
        } else if (c == '\t') rc = ft_strbuf_append(b, "\\t", 2);
        else if (c == '\n') rc = ft_strbuf_append(b, "\\n", 2);
        else if (c == '\r') rc = ft_strbuf_append(b, "\\r", 2);
        else if (c < 0x20 || c == 0x7F) rc = append_escape(b, c);
        else if (c < 0x7F) rc = ft_strbuf_append_codepoint(b, c);
        else if (ft_ucd_isprintable(c)) rc = ft_strbuf_append(b, at, p - at);
        else rc = append_escape(b, c);
        if (rc < 0) return -1;
    }
    return ft_strbuf_append(b, &quote, 1);
}

ft_obj *ft_str_repr(ft_obj *s)
{
    ft_strbuf b;
    ft_strbuf_init(&b);
    if (ft_str_repr_into(&b, s) < 0) return NULL;
    return ft_strbuf_finish(&b);
}

static ft_obj *str_repr_slot(ft_obj *s) { return ft_str_repr(s); }

ft_obj *ft_str_ascii(ft_obj *o)
{
    ft_obj *r = ft_repr(o);
    if (!r) return NULL;
    if (FT_STR(r)->is_ascii) return r;
    ft_strbuf b;
    ft_strbuf_init(&b);
    const char *p = FT_STR(r)->data, *end = p + FT_STR(r)->nbytes;
    while (p < end) {
        uint32_t c = ft_utf8_next(&p);
        if ((c < 0x80 ? ft_strbuf_append_codepoint(&b, c) : append_escape(&b, c)) < 0) return NULL;
    }
    return ft_strbuf_finish(&b);
}

static ft_obj *str_str_slot(ft_obj *s)
{
    if (ft_str_check_exact(s)) return s;
    return ft_str_new_trusted(FT_STR(s)->data, FT_STR(s)->nbytes, FT_STR(s)->length);
}

/* ------------------------------------------------------------------------ */
/* Sequence protocol                                                          */

static ft_ssize str_length(ft_obj *s) { return FT_STR(s)->length; }

static int str_contains(ft_obj *s, ft_obj *sub)
{
    if (!ft_str_check(sub)) {
        ft_err_format(ft_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      ft_type_of(sub)->name);
        return -1;
    }
    ft_str_obj *h = FT_STR(s), *n = FT_STR(sub);
    if (n->nbytes == 0) return 1;
    if (n->nbytes > h->nbytes) return 0;
    return memmem(h->data, (size_t)h->nbytes, n->data, (size_t)n->nbytes) != NULL;
}

static ft_obj *str_subscript(ft_obj *s, ft_obj *key)
{
    ft_ssize len = FT_STR(s)->length;
    if (ft_type_of(key) == &ft_slice_type) {
        ft_ssize start, stop, step;
        ft_ssize n = ft_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (n == 0) { ensure_statics(); return ft_str_empty; }
        if (step == 1) return ft_str_substr(s, start, stop);
        if (FT_STR(s)->is_ascii) {
            ft_obj *r = ft_str_raw(n);
            if (!r) return NULL;
            const char *src = FT_STR(s)->data;
            char *d = FT_STR(r)->data;
            for (ft_ssize i = 0, j = start; i < n; i++, j += step) d[i] = src[j];
            ft_str_seal(r, n);
            return r;
        }
        ft_ssize total;
        uint32_t *cps = ft_str_to_ucs4(s, &total);
        if (!cps) return NULL;
        uint32_t *out = ft_gc_alloc(sizeof(uint32_t) * (size_t)n, FT_GC_ATOMIC);
        if (!out) return NULL;
        for (ft_ssize i = 0, j = start; i < n; i++, j += step) out[i] = cps[j];
        return ft_str_from_ucs4_trusted(out, n);
    }
    if (!has_index(key))
        return ft_err_format(ft_exc_TypeError, "string indices must be integers, not '%s'",
                             ft_type_of(key)->name);
    ft_ssize i = ft_index_as_ssize(key, ft_exc_IndexError);
    if (i == -1 && ft_err_occurred()) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        ft_err_set_str(ft_exc_IndexError, "string index out of range");
        return NULL;
    }
    return ft_str_from_codepoint(ft_str_char_at(s, i));
}

/* Iterator: holds the string and a byte position; single-code-point
 * results come from the static cache. Not shared-safe by design (like
 * CPython's, concurrent next() calls on one iterator may repeat items)
 * but never reads out of bounds: the position only moves forward. */
typedef struct str_iter { ft_obj ob; ft_obj *str; _Atomic ft_ssize pos; } str_iter;
static ft_type str_iter_type, str_ascii_iter_type;

static ft_obj *str_iter_new(ft_obj *s)
{
    /* CPython names the iterator of an ASCII string differently */
    ft_type *t = FT_STR(s)->is_ascii ? &str_ascii_iter_type : &str_iter_type;
    str_iter *it = (str_iter *)ft_obj_alloc(t, sizeof(str_iter));
    if (!it) return NULL;
    it->str = s;
    return (ft_obj *)it;
}

static ft_obj *str_iter_next(ft_obj *o)
{
    str_iter *it = (str_iter *)o;
    ft_obj *s = it->str;
    if (!s) return NULL;
    ft_ssize pos = atomic_load_explicit(&it->pos, memory_order_relaxed);
    ft_str_obj *x = FT_STR(s);
    if (pos >= x->nbytes) { it->str = NULL; return NULL; }
    const char *p = x->data + pos;
    uint32_t c = ft_utf8_next(&p);
    atomic_store_explicit(&it->pos, p - x->data, memory_order_relaxed);
    return ft_str_from_codepoint(c);
}

static ft_obj *str_iter_self(ft_obj *o) { return o; }

static ft_obj *str_iter_length_hint(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    str_iter *it = (str_iter *)self;
    if (!it->str) return ft_smallint(0);
    ft_ssize pos = atomic_load_explicit(&it->pos, memory_order_relaxed);
    return ft_smallint(FT_STR(it->str)->length - ft_str_cp_index(it->str, pos));
}

static const ft_method_def str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, FT_METH_NOARGS, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static ft_type str_iter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "str_iterator",
    .basicsize = sizeof(str_iter),
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

static ft_type str_ascii_iter_type = {
    FT_TYPE_HEAD_INIT,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

static ft_obj *str_iter_slot(ft_obj *s) { return str_iter_new(s); }

/* ------------------------------------------------------------------------ */
/* Constructor                                                                */

static ft_obj *str_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    ft_obj *a[3] = {NULL, NULL, NULL};
    if (nargs > 3)
        return ft_err_format(ft_exc_TypeError, "str expected at most 3 arguments, got %zu", nargs);
    if (ft_parse_args("str", args, nargs, kwnames, names, 0, 0, a) < 0) return NULL;
    ft_obj *r;
    if (!a[1] && !a[2]) {
        if (!a[0]) { ensure_statics(); r = ft_str_empty; }
        else r = ft_str(a[0]);
    } else {
        const char *enc = "utf-8", *err = "strict";
        if (a[1]) {
            if (!ft_str_check(a[1]))
                return ft_err_format(ft_exc_TypeError, "str() argument 'encoding' must be str, not %s",
                                     ft_text_argtype(a[1]));
            enc = ft_str_utf8(a[1]);
        }
        if (a[2]) {
            if (!ft_str_check(a[2]))
                return ft_err_format(ft_exc_TypeError, "str() argument 'errors' must be str, not %s",
                                     ft_text_argtype(a[2]));
            err = ft_str_utf8(a[2]);
        }
        if (!a[0]) { ensure_statics(); r = ft_str_empty; }
        else if (ft_str_check(a[0])) {
            ft_err_set_str(ft_exc_TypeError, "decoding str is not supported");
            return NULL;
        } else {
            ft_buffer view;
            if (ft_get_buffer(a[0], &view) < 0) {
                ft_err_clear();
                return ft_err_format(ft_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                                     ft_type_of(a[0])->name);
            }
            r = ft_codec_decode(view.buf, view.len, enc, err);
            ft_release_buffer(&view);
        }
    }
    if (!r) return NULL;
    if (type != &ft_str_type) return ft_str_subtype_copy(type, r);
    return r;
}

/* ------------------------------------------------------------------------ */
/* The type                                                                   */

static ft_obj *str_getnewargs(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    ft_obj *c = ft_str_new_trusted(FT_STR(self)->data, FT_STR(self)->nbytes, FT_STR(self)->length);
    if (!c) return NULL;
    return ft_tuple_pack(1, c);
}

static ft_obj *str_sizeof(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kw)
{
    return ft_smallint((int64_t)(sizeof(ft_str_obj) + (size_t)FT_STR(self)->nbytes + 1));
}

static const ft_method_def str_extra_methods[] = {
    {"__getnewargs__", str_getnewargs, FT_METH_NOARGS, NULL},
    {"__sizeof__", str_sizeof, FT_METH_NOARGS, "Return the size of the string in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};
/* ft_str_methods (str_methods.c) is the table we expose; the extras above
 * are merged in at init time into one static table. */
static ft_method_def str_all_methods[128];

ft_type ft_str_type = {
    FT_TYPE_HEAD_INIT,
    .name = "str",
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.",
    .basicsize = sizeof(ft_str_obj),
    .itemsize = 1,
    .flags = FT_TPF_BASETYPE | FT_TPF_STR_SUBCLASS | FT_TPF_MATCH_SELF | FT_TPF_ATOMIC_INSTANCES,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_slot,
    .new_ = str_new,
    .length = str_length,
    .subscript = str_subscript,
    .contains = str_contains,
    .as_number = {
        .add = str_add,
        .multiply = str_multiply,
        .remainder = str_remainder,
    },
};

int ft_text_init(void)
{
    ensure_statics();
    pthread_once(&hash_once, hash_key_init);
    size_t n = 0;
    for (const ft_method_def *m = ft_str_methods; m->name; m++) str_all_methods[n++] = *m;
    for (const ft_method_def *m = str_extra_methods; m->name; m++) str_all_methods[n++] = *m;
    if (n >= FT_ARRAY_LEN(str_all_methods)) abort();
    ft_str_type.methods = str_all_methods;
    if (ft_type_ready(&ft_str_type) < 0) return -1;
    if (ft_type_ready(&str_iter_type) < 0) return -1;
    if (ft_type_ready(&str_ascii_iter_type) < 0) return -1;
    if (ft_text_init_bytes() < 0) return -1;
    if (ft_text_init_bytearray() < 0) return -1;
    if (ft_text_init_memoryview() < 0) return -1;
    return 0;
}
