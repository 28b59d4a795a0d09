/* codecsregistrymodule.c -- _ftpy_codecs: gives lib/codecs.py the error
 * handler table that the C codecs (objects/codecs.c) consult for handler
 * names they do not implement: the dict interp->codec_state["error_handlers"].
 *
 * The dict is per interpreter (codec_state is) and created on first use with
 * setdefault, so racing first calls agree on one dict; mutations go through
 * the dict's own lock.
 */
#include "core/ftcore.h"

static ft_obj *cr_error_handlers(ft_obj *m, ft_obj *const *args, size_t nargs, ft_obj *kwnames) {
    ft_interp *interp = ft_interp_current();
    if (!interp->codec_state)
        return ft_err_format(ft_exc_RuntimeError, "codec state is not initialised");
    ft_obj *d = ft_dict_get_cstr(interp->codec_state, "error_handlers");
    if (d)
        return d;
    if (ft_err_occurred())
        return NULL;
    d = ft_dict_new();
    return d ? ft_dict_setdefault(interp->codec_state, ft_str_intern_cstr("error_handlers"), d) : NULL;
}

static const ft_method_def cr_methods[] = {
    { "error_handlers", cr_error_handlers, FT_METH_NOARGS,
      "The interpreter's table of error handlers by name (used by str.encode / bytes.decode)." },
    { NULL }
};

const ft_module_def ft__ftpy_codecs_module_def = {
    .name = "_ftpy_codecs",
    .doc = "Access to the C codecs' error handler registry (see codecs.register_error).",
    .methods = cr_methods,
    .gil_safe = true,
};
