/* unicode_tables.h -- Unicode data the tokenizer and parser need beyond
 * objects/unicode_db.h: the name aliases of \N{...} and the NFKC form of
 * identifier characters. Tables are generated (unicode_tables.c) and
 * read-only; the lookups are thread-safe. */
#ifndef FT_PARSER_UNICODE_TABLES_H
#define FT_PARSER_UNICODE_TABLES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct { uint32_t name_offset, cp; } ft_uname_entry;
typedef struct { uint32_t cp; const char *nfkc; } ft_nfkc_entry;

extern const char ft_uname_text[];
extern const ft_uname_entry ft_uname_entries[];
extern const int ft_uname_count;
extern const ft_nfkc_entry ft_nfkc_entries[];
extern const int ft_nfkc_count;

/* Code point of a character name (objects/unicode_db.h) or alias,
 * case-insensitive like \N{...} and unicodedata.lookup; false if unknown. */
bool ft_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);
/* NFKC form (UTF-8) of identifier character cp, or NULL if cp is its own NFKC form. */
const char *ft_unicode_nfkc_ident(uint32_t cp);

#endif
