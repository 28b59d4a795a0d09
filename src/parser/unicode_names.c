/* unicode_names.c -- lookups in the generated Unicode tables (unicode_tables.c):
 * character names for \N{...} escapes and NFKC forms of identifier characters.
 * Pure functions over read-only data: thread-safe, no allocation.
 */
#include "core/ftcore.h"
#include "parser/unicode_tables.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const jamo_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
                                       "C", "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
                                       "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                       "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool hangul_lookup(const char *s, size_t n, uint32_t *cp) {
    /* s: the part after "HANGUL SYLLABLE "; try every L, V, T split */
    for (int l = 0; l < 19; l++) {
        size_t ll = strlen(jamo_l[l]);
        if (ll > n || memcmp(s, jamo_l[l], ll) != 0) continue;
        for (int v = 0; v < 21; v++) {
            size_t vl = strlen(jamo_v[v]);
            if (ll + vl > n || memcmp(s + ll, jamo_v[v], vl) != 0) continue;
            for (int t = 0; t < 28; t++) {
                size_t tl = strlen(jamo_t[t]);
                if (ll + vl + tl == n && memcmp(s + ll + vl, jamo_t[t], tl) == 0) {
                    *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
                    return true;
                }
            }
        }
    }
    return false;
}

bool ft_unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    char up[256];
    if (len == 0 || len >= sizeof up) return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == 0) return false;
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[len] = 0;
    if (len > 16 && memcmp(up, "HANGUL SYLLABLE ", 16) == 0 && hangul_lookup(up + 16, len - 16, cp)) return true;
    for (int i = 0; i < ft_uname_nranges; i++) {
        const ft_uname_range *r = &ft_uname_ranges[i];
        size_t pl = strlen(r->prefix);
        if (len <= pl || memcmp(up, r->prefix, pl) != 0) continue;
        char *end;
        unsigned long v = strtoul(up + pl, &end, 16);
        if (*end || v < r->first || v > r->last) continue;
        char canon[16];
        snprintf(canon, sizeof canon, "%04lX", v);
        if (strcmp(canon, up + pl) != 0) continue;
        *cp = (uint32_t)v;
        return true;
    }
    int lo = 0, hi = ft_uname_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(up, ft_uname_text + ft_uname_entries[mid].name_offset);
        if (c == 0) {
            *cp = ft_uname_entries[mid].cp;
            return true;
        }
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return false;
}

const char *ft_unicode_nfkc_ident(uint32_t cp) {
    int lo = 0, hi = ft_nfkc_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (ft_nfkc_entries[mid].cp == cp) return ft_nfkc_entries[mid].nfkc;
        if (ft_nfkc_entries[mid].cp < cp) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}
