/* unicode_names.c -- \N{...} name lookup (the Unicode database of
 * objects/unicode_db.h plus the aliases of unicode_tables.c) and NFKC forms
 * of identifier characters. Pure functions over read-only data:
 * thread-safe, no allocation.
 */
#include "core/ftcore.h"
#include "objects/unicode_db.h"
#include "parser/unicode_tables.h"

bool ft_unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    if (ft_ucd_lookup(name, len, cp)) return true;
    char up[256];
    if (len == 0 || len >= sizeof up) return false;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == 0) return false;
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[len] = 0;
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
