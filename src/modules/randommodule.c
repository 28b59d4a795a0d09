/* randommodule.c -- _random: the Mersenne Twister (MT19937) generator
 * behind random.Random, seeded exactly as CPython seeds it so that a
 * program calling random.seed(n) sees the same numbers as under CPython.
 *
 * Each Random object owns its state; operations hold the object's ob_lock,
 * so one generator shared by threads never tears its state (CPython's
 * free-threaded build gives the same guarantee).
 */
#include "core/ftcore.h"

#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397

typedef struct randomobj {
    ft_obj ob;
    uint32_t state[MT_N];
    int index;
    ft_obj *dict;
} randomobj;

extern ft_type ft_random_type;

static uint32_t genrand_uint32(randomobj *r) {
    static const uint32_t mag01[2] = { 0x0u, 0x9908b0dfu };
    uint32_t *mt = r->state;
    uint32_t y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(randomobj *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(randomobj *r, const uint32_t *key, size_t keylen) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    size_t k = MT_N > keylen ? MT_N : keylen;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    r->index = MT_N;
}

/* Seed from a non-negative int: its 32-bit words, least significant first. */
static int seed_from_int(randomobj *r, ft_obj *n) {
    mpz_t z;
    mpz_init(z);
    ft_int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t words = mpz_sizeinbase(z, 2) / 32 + 1;
    uint32_t *key = ft_gc_alloc(words * sizeof(uint32_t), FT_GC_ATOMIC);
    if (!key) {
        mpz_clear(z);
        return -1;
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    if (count == 0) {
        key[0] = 0;
        count = 1;
    }
    init_by_array(r, key, count);
    return 0;
}

static int seed_from_entropy(randomobj *r) {
    uint32_t key[MT_N];
    ssize_t got = getrandom(key, sizeof key, GRND_NONBLOCK);
    if (got != (ssize_t)sizeof key) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        key[0] = (uint32_t)t.tv_sec;
        key[1] = (uint32_t)t.tv_nsec;
        key[2] = (uint32_t)getpid();
        key[3] = (uint32_t)(uintptr_t)r;
        init_by_array(r, key, 4);
        return 0;
    }
    init_by_array(r, key, MT_N);
    return 0;
}

static int do_seed(randomobj *r, ft_obj *arg) {
    if (!arg || arg == ft_None)
        return seed_from_entropy(r);
    ft_obj *n = arg;
    if (!ft_int_check(arg)) {
        /* Random.seed() (random.py) turns str/bytes/bytearray into ints
         * itself; anything else is hashed, as in CPython's C seed. */
        int64_t h = ft_hash(arg);
        if (h == -1 && ft_err_occurred())
            return -1;
        n = ft_int_from_u64((uint64_t)h);   /* CPython seeds with the hash as a size_t */
        if (!n)
            return -1;
    }
    ft_lock(r);
    int rc = seed_from_int(r, n);
    ft_unlock(r);
    return rc;
}

static ft_obj *random_new(ft_type *type, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (type == &ft_random_type && kwnames && ft_tuple_size(kwnames))
        return ft_err_format(ft_exc_TypeError, "Random() takes no keyword arguments");
    if (type == &ft_random_type && nargs > 1)
        return ft_err_format(ft_exc_TypeError, "Random() expected at most 1 argument, got %zu", nargs);
    randomobj *r = (randomobj *)ft_type_generic_alloc(type, 0);
    if (!r)
        return NULL;
    if (do_seed(r, nargs ? args[0] : NULL) < 0)
        return NULL;
    return (ft_obj *)r;
}

static ft_obj *random_seed(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("seed", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return do_seed((randomobj *)self, nargs ? args[0] : NULL) < 0 ? NULL : ft_None;
}

static ft_obj *random_random(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    randomobj *r = (randomobj *)self;
    ft_lock(r);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    ft_unlock(r);
    return ft_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static ft_obj *random_getrandbits(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("getrandbits", nargs, kwnames, 1, 1) < 0)
        return NULL;
    int64_t k = ft_int_as_i64(args[0]);
    if (k == -1 && ft_err_occurred())
        return NULL;
    if (k < 0)
        return ft_err_format(ft_exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return ft_smallint(0);
    randomobj *r = (randomobj *)self;
    if (k <= 32) {
        ft_lock(r);
        uint32_t v = genrand_uint32(r) >> (32 - k);
        ft_unlock(r);
        return ft_int_from_u64(v);
    }
    if (k > ((int64_t)1 << 40))
        return ft_err_no_memory();
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = ft_gc_alloc(words * sizeof(uint32_t), FT_GC_ATOMIC);
    if (!buf)
        return NULL;
    ft_lock(r);
    int64_t left = k;
    for (size_t i = 0; i < words; i++, left -= 32) {
        uint32_t v = genrand_uint32(r);
        if (left < 32)
            v >>= (32 - left);
        buf[i] = v;
    }
    ft_unlock(r);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    ft_obj *res = ft_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static ft_obj *random_getstate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    randomobj *r = (randomobj *)self;
    ft_obj *t = ft_tuple_new(MT_N + 1);
    if (!t)
        return NULL;
    ft_lock(r);
    for (int i = 0; i < MT_N; i++)
        ft_tuple_items(t)[i] = ft_int_from_u64(r->state[i]);
    ft_tuple_items(t)[MT_N] = ft_int_from_i64(r->index);
    ft_unlock(r);
    return t;
}

static ft_obj *random_setstate(ft_obj *self, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    if (ft_check_positional("setstate", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ft_obj *t = args[0];
    if (!ft_tuple_check(t))
        return ft_err_format(ft_exc_TypeError, "state vector must be a tuple");
    if (ft_tuple_size(t) != MT_N + 1)
        return ft_err_format(ft_exc_ValueError, "state vector is the wrong size");
    uint32_t st[MT_N];
    for (int i = 0; i < MT_N; i++) {
        int64_t v = ft_int_as_i64(ft_tuple_get(t, i));
        if (v == -1 && ft_err_occurred())
            return NULL;
        if (v < 0 || v > UINT32_MAX)
            return ft_err_format(ft_exc_OverflowError, "Python int too large to convert to C unsigned long");
        st[i] = (uint32_t)v;
    }
    int64_t index = ft_int_as_i64(ft_tuple_get(t, MT_N));
    if (index == -1 && ft_err_occurred())
        return NULL;
    if (index < 0 || index > MT_N)
        return ft_err_format(ft_exc_ValueError, "invalid state");
    randomobj *r = (randomobj *)self;
    ft_lock(r);
    memcpy(r->state, st, sizeof st);
    r->index = (int)index;
    ft_unlock(r);
    return ft_None;
}

static const ft_method_def random_methods[] = {
    { "random", random_random, FT_METH_NOARGS, "random() -> x in the interval [0, 1)." },
    { "seed", random_seed, 0, "seed([n]) -> None." },
    { "getstate", random_getstate, FT_METH_NOARGS, NULL },
    { "setstate", random_setstate, 0, NULL },
    { "getrandbits", random_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { NULL }
};

ft_type ft_random_type = {
    FT_TYPE_HEAD_INIT,
    .name = "_random.Random",
    .doc = "Random() -> create a random number generator with its own internal state.",
    .basicsize = sizeof(randomobj),
    .flags = FT_TPF_BASETYPE,
    .dictoffset = offsetof(randomobj, dict),
    .new_ = random_new,
    .methods = random_methods,
};

static int random_exec(ft_obj *m) {
    return ft_module_add_type(m, &ft_random_type);
}

const ft_module_def ft__random_module_def = {
    .name = "_random",
    .doc = "Module implements the Mersenne Twister random number generator.",
    .exec = random_exec,
    .gil_safe = true,
};

int ft_random_init(void) {
    return ft_type_ready(&ft_random_type);
}
