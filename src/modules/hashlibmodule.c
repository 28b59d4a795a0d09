/* hashlibmodule.c -- the hashlib module over OpenSSL's libcrypto.
 *
 * WHY TWO PATHS. Measured on this project's machines (docs/FACTS), every
 * thread touching one shared, reference-counted EVP_MD makes OpenSSL 3
 * collapse under contention, while the classic one-shot contexts
 * (SHA256_CTX & co.) have no shared state at all. So:
 *  - md5, sha1, sha224/256, sha384/512 embed the plain OpenSSL context
 *    struct in the hash object: no allocation outside the GC, no
 *    finalizer, nothing shared between threads;
 *  - the rest (blake2, sha3, shake, sha512_224/256) use EVP with an
 *    OSSL_LIB_CTX and fetched EVP_MDs private to each OS thread (a
 *    pthread key whose destructor frees them), and an EVP_MD_CTX freed by
 *    a GC finalizer.
 * A hash object may be shared between threads: update/digest/copy hold its
 * ob_lock, so concurrent updates are serialised, never torn.
 */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "core/ftcore.h"

#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <stdlib.h>

enum hash_algo {
    H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512,
    H_EVP_FIRST,
    H_SHA512_224 = H_EVP_FIRST, H_SHA512_256, H_BLAKE2B, H_BLAKE2S,
    H_SHA3_224, H_SHA3_256, H_SHA3_384, H_SHA3_512, H_SHAKE128, H_SHAKE256,
    H_COUNT
};

static const struct algo_info {
    const char *name;       /* Python name */
    const char *ossl;       /* OpenSSL fetch name */
    int digest_size, block_size;
} algos[H_COUNT] = {
    [H_MD5] = { "md5", "MD5", 16, 64 },
    [H_SHA1] = { "sha1", "SHA1", 20, 64 },
    [H_SHA224] = { "sha224", "SHA224", 28, 64 },
    [H_SHA256] = { "sha256", "SHA256", 32, 64 },
    [H_SHA384] = { "sha384", "SHA384", 48, 128 },
    [H_SHA512] = { "sha512", "SHA512", 64, 128 },
    [H_SHA512_224] = { "sha512_224", "SHA512-224", 28, 128 },
    [H_SHA512_256] = { "sha512_256", "SHA512-256", 32, 128 },
    [H_BLAKE2B] = { "blake2b", "BLAKE2B-512", 64, 128 },
    [H_BLAKE2S] = { "blake2s", "BLAKE2S-256", 32, 64 },
    [H_SHA3_224] = { "sha3_224", "SHA3-224", 28, 144 },
    [H_SHA3_256] = { "sha3_256", "SHA3-256", 32, 136 },
    [H_SHA3_384] = { "sha3_384", "SHA3-384", 48, 104 },
    [H_SHA3_512] = { "sha3_512", "SHA3-512", 64, 72 },
    [H_SHAKE128] = { "shake_128", "SHAKE128", 0, 168 },
    [H_SHAKE256] = { "shake_256", "SHAKE256", 0, 136 },
};

typedef struct hashobj {
    ft_obj ob;
    int algo;
    union {
        MD5_CTX md5;
        SHA_CTX sha1;
        SHA256_CTX sha256;
        SHA512_CTX sha512;
    } u;
    EVP_MD_CTX *evp;        /* EVP algorithms only; freed by the finalizer */
} hashobj;

extern ft_type ft_hash_type;

/* ---- per-thread EVP state ---------------------------------------------------- */

typedef struct thread_evp {
    OSSL_LIB_CTX *libctx;
    EVP_MD *md[H_COUNT];
} thread_evp;

static pthread_key_t evp_key;
static pthread_once_t evp_key_once = PTHREAD_ONCE_INIT;

static void free_thread_evp(void *p) {
    thread_evp *t = p;
    for (int i = 0; i < H_COUNT; i++)
        EVP_MD_free(t->md[i]);
    OSSL_LIB_CTX_free(t->libctx);
    free(t);
}

static void make_evp_key(void) { pthread_key_create(&evp_key, free_thread_evp); }

static const EVP_MD *thread_md(int algo) {
    pthread_once(&evp_key_once, make_evp_key);
    thread_evp *t = pthread_getspecific(evp_key);
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t)
            return NULL;
        t->libctx = OSSL_LIB_CTX_new();
        pthread_setspecific(evp_key, t);
    }
    if (!t->md[algo])
        t->md[algo] = EVP_MD_fetch(t->libctx, algos[algo].ossl, NULL);
    return t->md[algo];
}

static ft_obj *openssl_error(const char *what) {
    return ft_err_format(ft_exc_ValueError, "[digital envelope routines] %s failed", what);
}

/* ---- core operations (caller holds the object lock where it matters) ------ */

static int hash_init(hashobj *h) {
    switch (h->algo) {
    case H_MD5: MD5_Init(&h->u.md5); return 0;
    case H_SHA1: SHA1_Init(&h->u.sha1); return 0;
    case H_SHA224: SHA224_Init(&h->u.sha256); return 0;
    case H_SHA256: SHA256_Init(&h->u.sha256); return 0;
    case H_SHA384: SHA384_Init(&h->u.sha512); return 0;
    case H_SHA512: SHA512_Init(&h->u.sha512); return 0;
    default: {
        const EVP_MD *md = thread_md(h->algo);
        h->evp = EVP_MD_CTX_new();
        if (!md || !h->evp || !EVP_DigestInit_ex(h->evp, md, NULL)) {
            openssl_error("EVP_DigestInit_ex");
            return -1;
        }
        ft_gc_register_finalizer((ft_obj *)h);
        return 0;
    }
    }
}

static void hash_update_raw(hashobj *h, const void *data, size_t len) {
    switch (h->algo) {
    case H_MD5: MD5_Update(&h->u.md5, data, len); break;
    case H_SHA1: SHA1_Update(&h->u.sha1, data, len); break;
    case H_SHA224: SHA224_Update(&h->u.sha256, data, len); break;
    case H_SHA256: SHA256_Update(&h->u.sha256, data, len); break;
    case H_SHA384: SHA384_Update(&h->u.sha512, data, len); break;
    case H_SHA512: SHA512_Update(&h->u.sha512, data, len); break;
    default: EVP_DigestUpdate(h->evp, data, len); break;
    }
}

/* Digest without disturbing the running state: finalise a copy. */
static int hash_final_copy(hashobj *h, unsigned char *out, size_t outlen) {
    switch (h->algo) {
    case H_MD5: { MD5_CTX c = h->u.md5; MD5_Final(out, &c); return 0; }
    case H_SHA1: { SHA_CTX c = h->u.sha1; SHA1_Final(out, &c); return 0; }
    case H_SHA224: { SHA256_CTX c = h->u.sha256; SHA224_Final(out, &c); return 0; }
    case H_SHA256: { SHA256_CTX c = h->u.sha256; SHA256_Final(out, &c); return 0; }
    case H_SHA384: { SHA512_CTX c = h->u.sha512; SHA384_Final(out, &c); return 0; }
    case H_SHA512: { SHA512_CTX c = h->u.sha512; SHA512_Final(out, &c); return 0; }
    default: {
        EVP_MD_CTX *c = EVP_MD_CTX_new();
        int ok = c && EVP_MD_CTX_copy_ex(c, h->evp);
        if (ok) {
            if (h->algo == H_SHAKE128 || h->algo == H_SHAKE256)
                ok = EVP_DigestFinalXOF(c, out, outlen);
            else
                ok = EVP_DigestFinal_ex(c, out, NULL);
        }
        EVP_MD_CTX_free(c);
        if (!ok) {
            openssl_error("EVP_DigestFinal_ex");
            return -1;
        }
        return 0;
    }
    }
}

static hashobj *hash_alloc(int algo) {
    hashobj *h = (hashobj *)ft_obj_alloc(&ft_hash_type, sizeof(hashobj));
    if (h)
        h->algo = algo;
    return h;
}

static int update_from(hashobj *h, ft_obj *data) {
    if (ft_str_check(data)) {
        ft_err_set_str(ft_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    ft_buffer view;
    if (ft_get_buffer(data, &view) < 0) {
        if (ft_err_matches((ft_obj *)ft_exc_TypeError)) {
            ft_err_clear();
            ft_err_format(ft_exc_TypeError, "object supporting the buffer API required");
        }
        return -1;
    }
    ft_lock(h);
    hash_update_raw(h, view.buf, (size_t)view.len);
    ft_unlock(h);
    ft_release_buffer(&view);
    return 0;
}

/* ---- methods ------------------------------------------------------------------------ */

static ft_obj *hash_update(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    return update_from((hashobj *)self, args[0]) < 0 ? NULL : ft_None;
}

static bool is_xof(hashobj *h) { return h->algo == H_SHAKE128 || h->algo == H_SHAKE256; }

static ft_ssize xof_length(hashobj *h, ft_obj *const *args, size_t nargs, ft_obj *kwnames, const char *fname) {
    static const char *const names[] = { "length", NULL };
    ft_obj *v[1];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 1, v) < 0)
        return -1;
    ft_ssize n = ft_index_as_ssize(v[0], ft_exc_OverflowError);
    if (n == -1 && ft_err_occurred())
        return -1;
    if (n < 0) {
        ft_err_set_str(ft_exc_ValueError, "negative digest length");
        return -1;
    }
    if (n >= (1 << 29)) {
        ft_err_set_str(ft_exc_ValueError, "digest length is too large");
        return -1;
    }
    return n;
}

static ft_obj *digest_bytes(hashobj *h, ft_ssize len) {
    ft_obj *b = ft_bytes_new(NULL, len);
    if (!b)
        return NULL;
    if (len == 0)
        return b;
    ft_lock(h);
    int r = hash_final_copy(h, (unsigned char *)ft_bytes_data(b), (size_t)len);
    ft_unlock(h);
    return r < 0 ? NULL : b;
}

static ft_obj *hash_digest(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    hashobj *h = (hashobj *)self;
    ft_ssize len = algos[h->algo].digest_size;
    if (is_xof(h)) {
        len = xof_length(h, args, nargs, kwnames, "digest");
        if (len < 0)
            return NULL;
    } else if (ft_check_positional("digest", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    return digest_bytes(h, len);
}

static ft_obj *hash_hexdigest(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    hashobj *h = (hashobj *)self;
    ft_ssize len = algos[h->algo].digest_size;
    if (is_xof(h)) {
        len = xof_length(h, args, nargs, kwnames, "hexdigest");
        if (len < 0)
            return NULL;
    } else if (ft_check_positional("hexdigest", nargs, kwnames, 0, 0) < 0) {
        return NULL;
    }
    unsigned char small[64];
    unsigned char *raw = len <= 64 ? small : ft_gc_alloc((size_t)len, FT_GC_ATOMIC);
    if (!raw)
        return NULL;
    if (len) {
        ft_lock(h);
        int r = hash_final_copy(h, raw, (size_t)len);
        ft_unlock(h);
        if (r < 0)
            return NULL;
    }
    static const char hex[] = "0123456789abcdef";
    char smallhex[129];
    char *out = len <= 64 ? smallhex : ft_gc_alloc((size_t)len * 2 + 1, FT_GC_ATOMIC);
    if (!out)
        return NULL;
    for (ft_ssize i = 0; i < len; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    return ft_str_new_trusted(out, len * 2, len * 2);
}

static ft_obj *hash_copy(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    hashobj *h = (hashobj *)self;
    hashobj *c = hash_alloc(h->algo);
    if (!c)
        return NULL;
    ft_lock(h);
    if (h->algo < H_EVP_FIRST) {
        c->u = h->u;
    } else {
        c->evp = EVP_MD_CTX_new();
        if (!c->evp || !EVP_MD_CTX_copy_ex(c->evp, h->evp)) {
            ft_unlock(h);
            return openssl_error("EVP_MD_CTX_copy_ex");
        }
    }
    ft_unlock(h);
    if (c->evp)
        ft_gc_register_finalizer((ft_obj *)c);
    return (ft_obj *)c;
}

static ft_obj *hash_del(ft_obj *self) {
    hashobj *h = (hashobj *)self;
    EVP_MD_CTX_free(h->evp);
    h->evp = NULL;
    return ft_None;
}

static ft_obj *hash_get_name(ft_obj *self, void *c) { return ft_str_from_cstr(algos[((hashobj *)self)->algo].name); }
static ft_obj *hash_get_digest_size(ft_obj *self, void *c) { return ft_int_from_i64(algos[((hashobj *)self)->algo].digest_size); }
static ft_obj *hash_get_block_size(ft_obj *self, void *c) { return ft_int_from_i64(algos[((hashobj *)self)->algo].block_size); }

static ft_obj *hash_repr(ft_obj *self) {
    return ft_str_from_format("<%s _hashlib.HASH object @ %p>", algos[((hashobj *)self)->algo].name, (void *)self);
}

static const ft_method_def hash_methods[] = {
    { "update", hash_update, FT_METH_O, "Update this hash object's state with the provided string." },
    { "digest", hash_digest, FT_METH_KEYWORDS, "Return the digest value as a bytes object." },
    { "hexdigest", hash_hexdigest, FT_METH_KEYWORDS, "Return the digest value as a string of hexadecimal digits." },
    { "copy", hash_copy, FT_METH_NOARGS, "Return a copy of the hash object." },
    { NULL }
};

static const ft_getset_def hash_getsets[] = {
    { "name", hash_get_name, NULL, NULL, NULL },
    { "digest_size", hash_get_digest_size, NULL, NULL, NULL },
    { "block_size", hash_get_block_size, NULL, NULL, NULL },
    { NULL }
};

ft_type ft_hash_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_hashlib.HASH",
    .basicsize = sizeof(hashobj),
    .flags = FT_TPF_ATOMIC_INSTANCES,
    .repr = hash_repr,
    .del_ = hash_del,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

/* ---- constructors --------------------------------------------------------------------- */

static int find_algo(const char *name) {
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p && n + 1 < sizeof norm; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == '-')
            c = '_';
        norm[n++] = c;
    }
    norm[n] = 0;
    if (name[n] != 0)
        return -1;
    for (int i = 0; i < H_COUNT; i++)
        if (strcmp(norm, algos[i].name) == 0)
            return i;
    static const struct { const char *alias; int algo; } aliases[] = {
        { "sha_1", H_SHA1 }, { "sha_256", H_SHA256 }, { "sha_224", H_SHA224 }, { "sha_384", H_SHA384 },
        { "sha_512", H_SHA512 }, { "blake2b512", H_BLAKE2B }, { "blake2s256", H_BLAKE2S },
        { "sha512_224", H_SHA512_224 }, { "sha512_256", H_SHA512_256 },
    };
    for (size_t i = 0; i < FT_ARRAY_LEN(aliases); i++)
        if (strcmp(norm, aliases[i].alias) == 0)
            return aliases[i].algo;
    return -1;
}

static ft_obj *construct(int algo, ft_obj *data) {
    hashobj *h = hash_alloc(algo);
    if (!h || hash_init(h) < 0)
        return NULL;
    if (data && update_from(h, data) < 0)
        return NULL;
    return (ft_obj *)h;
}

/* Shared argument handling: (data=b'', *, usedforsecurity=True, string=None). */
static int parse_ctor(const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames, ft_obj **data) {
    static const char *const names[] = { "data", "$usedforsecurity", "$string", NULL };
    ft_obj *v[3];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 0, v) < 0)
        return -1;
    if (v[0] && v[2]) {
        ft_err_format(ft_exc_TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        return -1;
    }
    *data = v[0] ? v[0] : v[2];
    return 0;
}

#define CTOR(pyname, algo) \
    static ft_obj *h_##pyname(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) { \
        ft_obj *data; \
        if (parse_ctor(#pyname, args, nargs, kwnames, &data) < 0) return NULL; \
        return construct(algo, data); \
    }
CTOR(md5, H_MD5)
CTOR(sha1, H_SHA1)
CTOR(sha224, H_SHA224)
CTOR(sha256, H_SHA256)
CTOR(sha384, H_SHA384)
CTOR(sha512, H_SHA512)
CTOR(sha3_224, H_SHA3_224)
CTOR(sha3_256, H_SHA3_256)
CTOR(sha3_384, H_SHA3_384)
CTOR(sha3_512, H_SHA3_512)
CTOR(shake_128, H_SHAKE128)
CTOR(shake_256, H_SHAKE256)

/* blake2b/blake2s: only the default parameters are supported through
 * OpenSSL 3.0's EVP interface; asking for others raises. */
static ft_obj *blake2(int algo, const char *fname, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "data", "$digest_size", "$key", "$salt", "$person", "$fanout",
                                         "$depth", "$leaf_size", "$node_offset", "$node_depth",
                                         "$inner_size", "$last_node", "$usedforsecurity", "$string", NULL };
    ft_obj *v[14];
    if (ft_parse_args(fname, args, nargs, kwnames, names, 0, 0, v) < 0)
        return NULL;
    if (v[1]) {
        int64_t ds = ft_int_as_i64(v[1]);
        if (ds == -1 && ft_err_occurred())
            return NULL;
        int maxds = algos[algo].digest_size;
        if (ds < 1 || ds > maxds)
            return ft_err_format(ft_exc_ValueError, "digest_size for %s must be between 1 and %d bytes, here it is %lld",
                                 algos[algo].name, maxds, (long long)ds);
        if (ds != maxds)
            return ft_err_format(ft_exc_NotImplementedError, "%s with digest_size other than %d is not supported by this build",
                                 algos[algo].name, maxds);
    }
    for (int i = 2; i <= 11; i++) {
        if (!v[i])
            continue;
        bool trivial = false;
        if (ft_bytes_check(v[i]))
            trivial = ft_bytes_size(v[i]) == 0;
        else if (ft_int_check(v[i]))
            trivial = true;   /* tree parameters at their defaults are fine */
        if (!trivial)
            return ft_err_format(ft_exc_NotImplementedError, "%s parameter '%s' is not supported by this build",
                                 algos[algo].name, names[i] + 1);
    }
    return construct(algo, v[0] ? v[0] : v[13]);
}

static ft_obj *h_blake2b(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return blake2(H_BLAKE2B, "blake2b", a, n, k); }
static ft_obj *h_blake2s(ft_obj *m, ft_obj *const *a, size_t n, ft_obj *k) { return blake2(H_BLAKE2S, "blake2s", a, n, k); }

static ft_obj *h_new(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "name", "data", "$usedforsecurity", "$string", NULL };
    ft_obj *v[4];
    if (ft_parse_args("new", args, nargs, kwnames, names, 0, 1, v) < 0)
        return NULL;
    if (!ft_str_check(v[0]))
        return ft_err_format(ft_exc_TypeError, "new() argument 'name' must be str, not %T", v[0]);
    int algo = find_algo(ft_str_utf8(v[0]));
    if (algo < 0)
        return ft_err_format(ft_exc_ValueError, "unsupported hash type %U", v[0]);
    return construct(algo, v[1] ? v[1] : v[3]);
}

static ft_obj *h_pbkdf2_hmac(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "hash_name", "password", "salt", "iterations", "dklen", NULL };
    ft_obj *v[5];
    if (ft_parse_args("pbkdf2_hmac", args, nargs, kwnames, names, 0, 4, v) < 0)
        return NULL;
    if (!ft_str_check(v[0]))
        return ft_err_format(ft_exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %T", v[0]);
    int algo = find_algo(ft_str_utf8(v[0]));
    if (algo < 0)
        return ft_err_format(ft_exc_ValueError, "unsupported hash type %U", v[0]);
    int64_t iters = ft_int_as_i64(v[3]);
    if (iters == -1 && ft_err_occurred())
        return NULL;
    if (iters < 1)
        return ft_err_format(ft_exc_ValueError, "iteration value must be greater than 0.");
    if (iters > INT32_MAX)
        return ft_err_format(ft_exc_OverflowError, "iteration value is too great.");
    int64_t dklen = algos[algo].digest_size;
    if (v[4] && v[4] != ft_None) {
        dklen = ft_int_as_i64(v[4]);
        if (dklen == -1 && ft_err_occurred())
            return NULL;
        if (dklen < 1)
            return ft_err_format(ft_exc_ValueError, "key length must be greater than 0.");
        if (dklen > INT32_MAX)
            return ft_err_format(ft_exc_OverflowError, "key length is too great.");
    }
    ft_buffer pw, salt;
    if (ft_get_buffer(v[1], &pw) < 0)
        return NULL;
    if (ft_get_buffer(v[2], &salt) < 0)
        return NULL;
    ft_obj *out = ft_bytes_new(NULL, (ft_ssize)dklen);
    if (!out)
        return NULL;
    const EVP_MD *md = thread_md(algo);
    int ok = md && PKCS5_PBKDF2_HMAC(pw.buf, (int)pw.len, (const unsigned char *)salt.buf, (int)salt.len,
                                    (int)iters, md, (int)dklen, (unsigned char *)ft_bytes_data(out));
    ft_release_buffer(&pw);
    ft_release_buffer(&salt);
    if (!ok)
        return openssl_error("PKCS5_PBKDF2_HMAC");
    return out;
}

static ft_obj *h_file_digest(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    static const char *const names[] = { "fileobj", "digest", "$_bufsize", NULL };
    ft_obj *v[3];
    if (ft_parse_args("file_digest", args, nargs, kwnames, names, 0, 2, v) < 0)
        return NULL;
    ft_obj *h;
    if (ft_str_check(v[1])) {
        ft_obj *a[1] = { v[1] };
        h = h_new(m, a, 1, NULL);
    } else {
        h = ft_call0(v[1]);
    }
    if (!h)
        return NULL;
    ft_obj *size = v[2] ? v[2] : ft_int_from_i64(1 << 18);
    for (;;) {
        ft_obj *chunk = ft_call_method1(v[0], "read", size);
        if (!chunk)
            return NULL;
        ft_ssize n = ft_len(chunk);
        if (n < 0)
            return NULL;
        if (n == 0)
            break;
        if (!ft_call_method1(h, "update", chunk))
            return NULL;
    }
    return h;
}

static const ft_method_def hashlib_methods[] = {
    { "new", h_new, FT_METH_KEYWORDS, "Return a new hash object using the named algorithm." },
    { "md5", h_md5, FT_METH_KEYWORDS, NULL },
    { "sha1", h_sha1, FT_METH_KEYWORDS, NULL },
    { "sha224", h_sha224, FT_METH_KEYWORDS, NULL },
    { "sha256", h_sha256, FT_METH_KEYWORDS, NULL },
    { "sha384", h_sha384, FT_METH_KEYWORDS, NULL },
    { "sha512", h_sha512, FT_METH_KEYWORDS, NULL },
    { "sha3_224", h_sha3_224, FT_METH_KEYWORDS, NULL },
    { "sha3_256", h_sha3_256, FT_METH_KEYWORDS, NULL },
    { "sha3_384", h_sha3_384, FT_METH_KEYWORDS, NULL },
    { "sha3_512", h_sha3_512, FT_METH_KEYWORDS, NULL },
    { "shake_128", h_shake_128, FT_METH_KEYWORDS, NULL },
    { "shake_256", h_shake_256, FT_METH_KEYWORDS, NULL },
    { "blake2b", h_blake2b, FT_METH_KEYWORDS, NULL },
    { "blake2s", h_blake2s, FT_METH_KEYWORDS, NULL },
    { "pbkdf2_hmac", h_pbkdf2_hmac, FT_METH_KEYWORDS, NULL },
    { "file_digest", h_file_digest, FT_METH_KEYWORDS, NULL },
    { NULL }
};

static int hashlib_exec(ft_obj *m) {
    ft_obj *guaranteed = ft_frozenset_new(NULL);
    ft_obj *set = ft_set_new(NULL);
    if (!guaranteed || !set)
        return -1;
    for (int i = 0; i < H_COUNT; i++) {
        ft_obj *n = ft_str_from_cstr(algos[i].name);
        if (!n || ft_set_add(set, n) < 0)
            return -1;
    }
    guaranteed = ft_frozenset_new(set);
    ft_obj *available = ft_set_new(set);
    if (!guaranteed || !available ||
        ft_module_add_object(m, "algorithms_guaranteed", guaranteed) < 0 ||
        ft_module_add_object(m, "algorithms_available", available) < 0 ||
        ft_module_add_type(m, &ft_hash_type) < 0)
        return -1;
    return 0;
}

const ft_module_def ft_hashlib_module_def = {
    .name = "hashlib",
    .doc = "hashlib module - A common interface to many hash functions.",
    .methods = hashlib_methods,
    .exec = hashlib_exec,
    .gil_safe = true,
};

int ft_hashlib_init(void) {
    return ft_type_ready(&ft_hash_type);
}
