/* config.h -- every build-time feature switch of ftpy, with its default.
 *
 * Internal header: only the core build (FT_BUILD_CORE) may include it.
 * Change a default here, never by sprinkling #ifdefs through the tree.
 */
#ifndef FT_CONFIG_H
#define FT_CONFIG_H

#ifndef FT_BUILD_CORE
#error "internal ftpy header: include ftpy.h instead"
#endif

#define FT_VERSION_MAJOR 3
#define FT_VERSION_MINOR 13
#define FT_VERSION_MICRO 0
#define FT_VERSION_STRING "3.13.0"
#define FT_IMPL_VERSION "0.1.0"

/* Dispatch in the eval loop: computed goto where the compiler has it. */
#ifndef FT_USE_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define FT_USE_COMPUTED_GOTO 1
#else
#define FT_USE_COMPUTED_GOTO 0
#endif
#endif

/* Default Python-level recursion limit (sys.getrecursionlimit()). */
#define FT_DEFAULT_RECURSION_LIMIT 1000

/* Bytes of C stack kept in reserve: when fewer remain, C-level recursion
 * raises RecursionError instead of overflowing. Sanitizer builds use far
 * larger frames, so they keep a bigger margin. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FT_C_STACK_RESERVE (1024 * 1024)
#else
#define FT_C_STACK_RESERVE (192 * 1024)
#endif

/* Stack size of threads ftpy creates (threading.Thread). */
#define FT_THREAD_STACK_SIZE (16u * 1024 * 1024)

/* GC: first collection after this many bytes; later ones when the heap has
 * grown by FT_GC_GROWTH_PERCENT over the live size of the last collection. */
#define FT_GC_MIN_THRESHOLD (32u * 1024 * 1024)
#define FT_GC_GROWTH_PERCENT 100

/* CPython's default limit for int<->str conversion of huge numbers. */
#define FT_INT_MAX_STR_DIGITS 4300

/* Default GIL switch interval, seconds (sys.getswitchinterval()). */
#define FT_DEFAULT_SWITCH_INTERVAL 0.005

#endif /* FT_CONFIG_H */
