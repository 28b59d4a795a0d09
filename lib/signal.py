"""Signal handling: the _signal module with enum-typed results, as CPython's."""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', {name: value for name, value in _globals.items()
                               if name.isupper()
                               and (name.startswith('SIG') and not name.startswith('SIG_'))
                               or name.startswith('CTRL_')},
                   module=__name__)
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN},
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': _signal.SIG_BLOCK,
                                 'SIG_UNBLOCK': _signal.SIG_UNBLOCK,
                                 'SIG_SETMASK': _signal.SIG_SETMASK},
                    module=__name__)

for _name, _member in list(Signals.__members__.items()):
    _globals[_name] = _member
for _name, _member in list(Handlers.__members__.items()):
    _globals[_name] = _member
for _name, _member in list(Sigmasks.__members__.items()):
    _globals[_name] = _member
del _name, _member


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


del _globals
