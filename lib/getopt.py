"""getopt -- parser for command line options in the style of C's getopt() (ftpy).

getopt() stops at the first non-option argument; gnu_getopt() allows
options and operands to be mixed (and honours a leading '+' in shortopts or
the POSIXLY_CORRECT environment variable). Long options may be given as
unambiguous prefixes.
"""
import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_spec(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _match_long(name, longopts):
    """(full option name, takes_argument) for a possibly abbreviated --name."""
    if name + "=" in longopts:
        return name, True
    if name in longopts:
        return name, False
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError("option --%s not recognized" % name, name)
    if len(candidates) > 1:
        exact = [o for o in candidates if o.rstrip("=") == name]
        if len(exact) != 1:
            raise GetoptError("option --%s not a unique prefix" % name, name)
        candidates = exact
    full = candidates[0]
    if full.endswith("="):
        return full[:-1], True
    return full, False


def _do_long(opts, text, longopts, args):
    name, eq, value = text.partition("=")
    full, has_arg = _match_long(name, longopts)
    if has_arg:
        if not eq:
            if not args:
                raise GetoptError("option --%s requires argument" % full, full)
            value, args = args[0], args[1:]
    elif eq:
        raise GetoptError("option --%s must not have an argument" % full, full)
    else:
        value = ""
    opts.append(("--" + full, value))
    return args


def _do_shorts(opts, text, shortopts, args):
    while text:
        ch, text = text[0], text[1:]
        i = shortopts.find(ch)
        if ch == ":" or i < 0:
            raise GetoptError("option -%s not recognized" % ch, ch)
        if shortopts.startswith(":", i + 1):
            if not text:
                if not args:
                    raise GetoptError("option -%s requires argument" % ch, ch)
                text, args = args[0], args[1:]
            opts.append(("-" + ch, text))
            text = ""
        else:
            opts.append(("-" + ch, ""))
    return args


def getopt(args, shortopts, longopts=[]):
    """Parse options until the first operand; return (options, remaining args)."""
    opts = []
    longopts = _long_spec(longopts)
    args = list(args)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and operands may be intermixed."""
    opts = []
    operands = []
    longopts = _long_spec(longopts)
    args = list(args)
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        all_options_first = True
    else:
        all_options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        if args[0] == "--":
            operands += args[1:]
            break
        if args[0][:2] == "--":
            args = _do_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == "-" and args[0] != "-":
            args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif all_options_first:
            operands += args
            break
        else:
            operands.append(args[0])
            args = args[1:]
    return opts, operands
