/* unicode_names.c -- character name <-> code point, over the compressed
 * tables that tools/gen_unicode_db.py writes into unicode_db.c.
 *
 * Read-only process-wide data, no state: safe from any thread. Names of
 * Hangul syllables and of the ideograph ranges ("CJK UNIFIED
 * IDEOGRAPH-4E00") are computed, as Unicode defines them; every other name
 * is a sequence of word ids into a frequency-ordered lexicon.
 */
#include "core/ftcore.h"
#include "objects/unicode_db.h"

#include <stdio.h>

#define SBASE 0xAC00u
#define LCOUNT 19
#define VCOUNT 21
#define TCOUNT 28
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

/* Decode stored name `idx` into buf; returns its length (buf >= 128). */
static size_t decode_name(unsigned idx, char *buf, size_t size)
{
    size_t n = 0;
    uint32_t p = ft_ucd_name_off[idx], end = ft_ucd_name_off[idx + 1];
    while (p < end) {
        unsigned id = ft_ucd_name_tokens[p++];
        if (id & 0x80) id = ((id & 0x7F) << 8) | ft_ucd_name_tokens[p++];
        uint32_t a = ft_ucd_word_off[id], b = ft_ucd_word_off[id + 1];
        if (n && n < size) buf[n] = ' ';
        if (n) n++;
        for (uint32_t k = a; k < b; k++, n++)
            if (n < size) buf[n] = (char)ft_ucd_lexicon[k];
    }
    if (n < size) buf[n] = 0;
    else if (size) buf[size - 1] = 0;
    return n;
}

size_t ft_ucd_name(uint32_t cp, char *buf, size_t size)
{
    char tmp[160];
    size_t n = 0;
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        n = (size_t)snprintf(tmp, sizeof tmp, "HANGUL SYLLABLE %s%s%s", ft_ucd_jamo_l[s / NCOUNT],
                             ft_ucd_jamo_v[(s % NCOUNT) / TCOUNT], ft_ucd_jamo_t[s % TCOUNT]);
    } else {
        for (unsigned i = 0; i < ft_ucd_alg_range_count; i++) {
            const ft_ucd_alg_range *r = &ft_ucd_alg_ranges[i];
            if (cp >= r->start && cp <= r->end) {
                n = (size_t)snprintf(tmp, sizeof tmp, "%s%04X", r->prefix, cp);
                break;
            }
        }
        if (!n) {
            unsigned lo = 0, hi = ft_ucd_name_count;
            while (lo < hi) {
                unsigned mid = (lo + hi) / 2;
                if (ft_ucd_name_cp[mid] < cp) lo = mid + 1;
                else hi = mid;
            }
            if (lo >= ft_ucd_name_count || ft_ucd_name_cp[lo] != cp) return 0;
            n = decode_name(lo, tmp, sizeof tmp);
        }
    }
    if (n + 1 > size) return n + 1;
    memcpy(buf, tmp, n + 1);
    return n;
}

static bool parse_hex(const char *s, size_t n, uint32_t *out)
{
    if (n < 4 || n > 6) return false;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return true;
}

bool ft_ucd_lookup(const char *name, size_t len, uint32_t *cp)
{
    char up[160];
    if (len == 0 || len >= sizeof up) return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[len] = 0;
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (len > sizeof hangul - 1 && !memcmp(up, hangul, sizeof hangul - 1)) {
        const char *rest = up + sizeof hangul - 1;
        for (int l = 0; l < LCOUNT; l++) {
            size_t ll = strlen(ft_ucd_jamo_l[l]);
            if (strncmp(rest, ft_ucd_jamo_l[l], ll)) continue;
            for (int v = 0; v < VCOUNT; v++) {
                size_t vl = strlen(ft_ucd_jamo_v[v]);
                if (strncmp(rest + ll, ft_ucd_jamo_v[v], vl)) continue;
                for (int t = 0; t < TCOUNT; t++) {
                    if (!strcmp(rest + ll + vl, ft_ucd_jamo_t[t])) {
                        *cp = SBASE + (uint32_t)(l * NCOUNT + v * TCOUNT + t);
                        return true;
                    }
                }
            }
        }
        return false;
    }
    for (unsigned i = 0; i < ft_ucd_alg_range_count; i++) {
        const ft_ucd_alg_range *r = &ft_ucd_alg_ranges[i];
        size_t pl = strlen(r->prefix);
        uint32_t v;
        /* the prefix matches in any case, the hex digits only in upper case (CPython) */
        if (len > pl && !memcmp(up, r->prefix, pl) && parse_hex(name + pl, len - pl, &v) &&
            v >= r->start && v <= r->end) {
            *cp = v;
            return true;
        }
    }
    unsigned lo = 0, hi = ft_ucd_name_count;
    char buf[160];
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        decode_name(ft_ucd_name_sorted[mid], buf, sizeof buf);
        int c = strcmp(buf, up);
        if (c == 0) {
            *cp = ft_ucd_name_cp[ft_ucd_name_sorted[mid]];
            return true;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}
