/* codecs.h -- the built-in text codecs (codecs.c), for str.encode,
 * bytes.decode, str(bytes, enc), and the io and codecs modules.
 *
 * Supported encodings (any spelling Python's normaliser accepts, e.g.
 * "UTF8", "utf_8", "latin1", "iso-8859-1", "us-ascii"): utf-8, ascii,
 * latin-1, utf-16, utf-16-le, utf-16-be, utf-32, utf-32-le, utf-32-be,
 * utf-8-sig, unicode_escape, raw_unicode_escape.
 * Error handlers: strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass, xmlcharrefreplace (encode), namereplace
 * (encode). Unknown encodings
 * raise LookupError("unknown encoding: X"); an unknown handler raises
 * LookupError("unknown error handler name 'X'") when an error occurs.
 *
 * All functions are pure (no shared state) and thread-safe. Errors raise
 * UnicodeDecodeError / UnicodeEncodeError instances whose args are
 * (encoding, object, start, end, reason) exactly as CPython's.
 */
#ifndef FT_CODECS_H
#define FT_CODECS_H

#include "core/object.h"

/* str -> bytes */
ft_obj *ft_codec_encode(ft_obj *str, const char *encoding, const char *errors);
/* bytes-like data -> str */
ft_obj *ft_codec_decode(const char *data, ft_ssize len, const char *encoding, const char *errors);
ft_obj *ft_codec_decode_utf8(const char *data, ft_ssize len, const char *errors);
/* Incremental decoding for io: decodes as much of data as forms complete
 * characters; *consumed receives the bytes used (final=true: all of it,
 * raising on a truncated tail). For utf-16/32 without explicit byte order,
 * *byteorder carries state: 0 = not yet known (BOM expected), -1 LE, 1 BE. */
ft_obj *ft_codec_decode_incremental(const char *data, ft_ssize len, const char *encoding,
                                    const char *errors, bool final, ft_ssize *consumed,
                                    int *byteorder);
/* Canonical codec name ("utf-8", "ascii", "latin-1", "utf-16", ...) for a
 * spelling, or NULL if not built in. */
const char *ft_codec_canonical(const char *encoding);

#endif /* FT_CODECS_H */
