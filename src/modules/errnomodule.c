/* errnomodule.c -- the errno module: the platform's error numbers from
 * <errno.h> as module attributes, and errorcode, a dict from number to name.
 *
 * No state: every module object is filled from a constant table at import.
 * Several names can share one number (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK,
 * ENOTSUP/EOPNOTSUPP); the table is ordered so that the name CPython reports
 * in errorcode is inserted last and wins. Names missing on a platform are
 * skipped by the preprocessor.
 */
#include "core/ftcore.h"

#include <errno.h>

static const struct { const char *name; int value; } errno_table[] = {
#define E_(n) { #n, n },
#ifdef EPERM
    E_(EPERM)
#endif
#ifdef ENOENT
    E_(ENOENT)
#endif
#ifdef ESRCH
    E_(ESRCH)
#endif
#ifdef EINTR
    E_(EINTR)
#endif
#ifdef EIO
    E_(EIO)
#endif
#ifdef ENXIO
    E_(ENXIO)
#endif
#ifdef E2BIG
    E_(E2BIG)
#endif
#ifdef ENOEXEC
    E_(ENOEXEC)
#endif
#ifdef EBADF
    E_(EBADF)
#endif
#ifdef ECHILD
    E_(ECHILD)
#endif
#ifdef EWOULDBLOCK
    E_(EWOULDBLOCK)
#endif
#ifdef EAGAIN
    E_(EAGAIN)
#endif
#ifdef ENOMEM
    E_(ENOMEM)
#endif
#ifdef EACCES
    E_(EACCES)
#endif
#ifdef EFAULT
    E_(EFAULT)
#endif
#ifdef ENOTBLK
    E_(ENOTBLK)
#endif
#ifdef EBUSY
    E_(EBUSY)
#endif
#ifdef EEXIST
    E_(EEXIST)
#endif
#ifdef EXDEV
    E_(EXDEV)
#endif
#ifdef ENODEV
    E_(ENODEV)
#endif
#ifdef ENOTDIR
    E_(ENOTDIR)
#endif
#ifdef EISDIR
    E_(EISDIR)
#endif
#ifdef EINVAL
    E_(EINVAL)
#endif
#ifdef ENFILE
    E_(ENFILE)
#endif
#ifdef EMFILE
    E_(EMFILE)
#endif
#ifdef ENOTTY
    E_(ENOTTY)
#endif
#ifdef ETXTBSY
    E_(ETXTBSY)
#endif
#ifdef EFBIG
    E_(EFBIG)
#endif
#ifdef ENOSPC
    E_(ENOSPC)
#endif
#ifdef ESPIPE
    E_(ESPIPE)
#endif
#ifdef EROFS
    E_(EROFS)
#endif
#ifdef EMLINK
    E_(EMLINK)
#endif
#ifdef EPIPE
    E_(EPIPE)
#endif
#ifdef EDOM
    E_(EDOM)
#endif
#ifdef ERANGE
    E_(ERANGE)
#endif
#ifdef EDEADLK
    E_(EDEADLK)
#endif
#ifdef EDEADLOCK
    E_(EDEADLOCK)
#endif
#ifdef ENAMETOOLONG
    E_(ENAMETOOLONG)
#endif
#ifdef ENOLCK
    E_(ENOLCK)
#endif
#ifdef ENOSYS
    E_(ENOSYS)
#endif
#ifdef ENOTEMPTY
    E_(ENOTEMPTY)
#endif
#ifdef ELOOP
    E_(ELOOP)
#endif
#ifdef ENOMSG
    E_(ENOMSG)
#endif
#ifdef EIDRM
    E_(EIDRM)
#endif
#ifdef ECHRNG
    E_(ECHRNG)
#endif
#ifdef EL2NSYNC
    E_(EL2NSYNC)
#endif
#ifdef EL3HLT
    E_(EL3HLT)
#endif
#ifdef EL3RST
    E_(EL3RST)
#endif
#ifdef ELNRNG
    E_(ELNRNG)
#endif
#ifdef EUNATCH
    E_(EUNATCH)
#endif
#ifdef ENOCSI
    E_(ENOCSI)
#endif
#ifdef EL2HLT
    E_(EL2HLT)
#endif
#ifdef EBADE
    E_(EBADE)
#endif
#ifdef EBADR
    E_(EBADR)
#endif
#ifdef EXFULL
    E_(EXFULL)
#endif
#ifdef ENOANO
    E_(ENOANO)
#endif
#ifdef EBADRQC
    E_(EBADRQC)
#endif
#ifdef EBADSLT
    E_(EBADSLT)
#endif
#ifdef EBFONT
    E_(EBFONT)
#endif
#ifdef ENOSTR
    E_(ENOSTR)
#endif
#ifdef ENODATA
    E_(ENODATA)
#endif
#ifdef ETIME
    E_(ETIME)
#endif
#ifdef ENOSR
    E_(ENOSR)
#endif
#ifdef ENONET
    E_(ENONET)
#endif
#ifdef ENOPKG
    E_(ENOPKG)
#endif
#ifdef EREMOTE
    E_(EREMOTE)
#endif
#ifdef ENOLINK
    E_(ENOLINK)
#endif
#ifdef EADV
    E_(EADV)
#endif
#ifdef ESRMNT
    E_(ESRMNT)
#endif
#ifdef ECOMM
    E_(ECOMM)
#endif
#ifdef EPROTO
    E_(EPROTO)
#endif
#ifdef EMULTIHOP
    E_(EMULTIHOP)
#endif
#ifdef EDOTDOT
    E_(EDOTDOT)
#endif
#ifdef EBADMSG
    E_(EBADMSG)
#endif
#ifdef EOVERFLOW
    E_(EOVERFLOW)
#endif
#ifdef ENOTUNIQ
    E_(ENOTUNIQ)
#endif
#ifdef EBADFD
    E_(EBADFD)
#endif
#ifdef EREMCHG
    E_(EREMCHG)
#endif
#ifdef ELIBACC
    E_(ELIBACC)
#endif
#ifdef ELIBBAD
    E_(ELIBBAD)
#endif
#ifdef ELIBSCN
    E_(ELIBSCN)
#endif
#ifdef ELIBMAX
    E_(ELIBMAX)
#endif
#ifdef ELIBEXEC
    E_(ELIBEXEC)
#endif
#ifdef EILSEQ
    E_(EILSEQ)
#endif
#ifdef ERESTART
    E_(ERESTART)
#endif
#ifdef ESTRPIPE
    E_(ESTRPIPE)
#endif
#ifdef EUSERS
    E_(EUSERS)
#endif
#ifdef ENOTSOCK
    E_(ENOTSOCK)
#endif
#ifdef EDESTADDRREQ
    E_(EDESTADDRREQ)
#endif
#ifdef EMSGSIZE
    E_(EMSGSIZE)
#endif
#ifdef EPROTOTYPE
    E_(EPROTOTYPE)
#endif
#ifdef ENOPROTOOPT
    E_(ENOPROTOOPT)
#endif
#ifdef EPROTONOSUPPORT
    E_(EPROTONOSUPPORT)
#endif
#ifdef ESOCKTNOSUPPORT
    E_(ESOCKTNOSUPPORT)
#endif
#ifdef EOPNOTSUPP
    E_(EOPNOTSUPP)
#endif
#ifdef ENOTSUP
    E_(ENOTSUP)
#endif
#ifdef EPFNOSUPPORT
    E_(EPFNOSUPPORT)
#endif
#ifdef EAFNOSUPPORT
    E_(EAFNOSUPPORT)
#endif
#ifdef EADDRINUSE
    E_(EADDRINUSE)
#endif
#ifdef EADDRNOTAVAIL
    E_(EADDRNOTAVAIL)
#endif
#ifdef ENETDOWN
    E_(ENETDOWN)
#endif
#ifdef ENETUNREACH
    E_(ENETUNREACH)
#endif
#ifdef ENETRESET
    E_(ENETRESET)
#endif
#ifdef ECONNABORTED
    E_(ECONNABORTED)
#endif
#ifdef ECONNRESET
    E_(ECONNRESET)
#endif
#ifdef ENOBUFS
    E_(ENOBUFS)
#endif
#ifdef EISCONN
    E_(EISCONN)
#endif
#ifdef ENOTCONN
    E_(ENOTCONN)
#endif
#ifdef ESHUTDOWN
    E_(ESHUTDOWN)
#endif
#ifdef ETOOMANYREFS
    E_(ETOOMANYREFS)
#endif
#ifdef ETIMEDOUT
    E_(ETIMEDOUT)
#endif
#ifdef ECONNREFUSED
    E_(ECONNREFUSED)
#endif
#ifdef EHOSTDOWN
    E_(EHOSTDOWN)
#endif
#ifdef EHOSTUNREACH
    E_(EHOSTUNREACH)
#endif
#ifdef EALREADY
    E_(EALREADY)
#endif
#ifdef EINPROGRESS
    E_(EINPROGRESS)
#endif
#ifdef ESTALE
    E_(ESTALE)
#endif
#ifdef EUCLEAN
    E_(EUCLEAN)
#endif
#ifdef ENOTNAM
    E_(ENOTNAM)
#endif
#ifdef ENAVAIL
    E_(ENAVAIL)
#endif
#ifdef EISNAM
    E_(EISNAM)
#endif
#ifdef EREMOTEIO
    E_(EREMOTEIO)
#endif
#ifdef EDQUOT
    E_(EDQUOT)
#endif
#ifdef ENOMEDIUM
    E_(ENOMEDIUM)
#endif
#ifdef EMEDIUMTYPE
    E_(EMEDIUMTYPE)
#endif
#ifdef ECANCELED
    E_(ECANCELED)
#endif
#ifdef ENOKEY
    E_(ENOKEY)
#endif
#ifdef EKEYEXPIRED
    E_(EKEYEXPIRED)
#endif
#ifdef EKEYREVOKED
    E_(EKEYREVOKED)
#endif
#ifdef EKEYREJECTED
    E_(EKEYREJECTED)
#endif
#ifdef EOWNERDEAD
    E_(EOWNERDEAD)
#endif
#ifdef ENOTRECOVERABLE
    E_(ENOTRECOVERABLE)
#endif
#ifdef ERFKILL
    E_(ERFKILL)
#endif
#undef E_
};

static int errno_exec(ft_obj *m) {
    ft_obj *codes = ft_dict_new();
    if (!codes)
        return -1;
    for (size_t i = 0; i < sizeof errno_table / sizeof errno_table[0]; i++) {
        ft_obj *name = ft_str_from_cstr(errno_table[i].name);
        if (!name || ft_module_add_int(m, errno_table[i].name, errno_table[i].value) < 0 ||
            ft_dict_set(codes, ft_int_from_i64(errno_table[i].value), name) < 0)
            return -1;
    }
    return ft_module_add_object(m, "errorcode", codes);
}

const ft_module_def ft_errno_module_def = {
    .name = "errno",
    .doc = "This module makes available standard errno system symbols.\n\n"
           "The value of each symbol is the corresponding integer value,\n"
           "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
           "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
           "e.g., errno.errorcode[2] could be the string 'ENOENT'.",
    .exec = errno_exec,
    .gil_safe = true,
};
