"""decimal: decimal floating point arithmetic (General Decimal Arithmetic).

Written for ftpy from the documented behaviour of CPython 3.13's decimal
module (the C implementation's messages and reprs are the reference).

A Decimal is immutable: sign (0/1), an integer coefficient, and either an
integer exponent or a special kind ('F' infinity, 'n' quiet NaN, 'N'
signalling NaN; the coefficient of a NaN is its payload).  Every operation
computes an exact (or exactly bounded, "sticky") intermediate result with
Python ints and rounds it once in Context._finish.

Contexts are mutable and, as in CPython, each thread has its own current
context (held in a threading.local), so no locking is needed.

exp, ln and log10 are correctly rounded (ROUND_HALF_EVEN, as specified);
power() follows libmpdec's evaluation order (including its work precision
and early overflow/underflow decisions) so results match CPython's C
implementation, which is not always correctly rounded.

Not implemented (raises NotImplementedError): the 'n' (locale) format type.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow",
    "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
    "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent")


# ------------------------------------------------------------ signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Order used for flag dicts and for the list carried by a raised signal.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# Order used by Context.__repr__.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}


# libmpdec keeps conditions as bits; Context.__repr__ lists signals in bit
# order, and InvalidOperation sits at the lowest of its condition bits.
_BIT_POS = {Clamped: 1, DivisionByZero: 4, Inexact: 64, FloatOperation: 1024,
            Overflow: 2048, Rounded: 4096, Subnormal: 8192, Underflow: 16384}
_INVALID_POS = {ConversionSyntax: 2, DivisionImpossible: 8, DivisionUndefined: 16,
                InvalidContext: 128, InvalidOperation: 256}


class _SignalDict(dict):
    """Flags/traps mapping: only signal keys, reprs like CPython's C type."""

    _ipos = 2

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        if key is InvalidOperation and value:
            self._ipos = 2
        dict.__setitem__(self, key, bool(value))

    def _order(self):
        def pos(sig):
            if sig is InvalidOperation:
                return self._ipos
            return _BIT_POS[sig]
        return sorted((s for s in _SIGNALS if dict.__getitem__(self, s)), key=pos)

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(key)
        return dict.__getitem__(self, key)

    def __repr__(self):
        return "{" + ", ".join("%r:%r" % (k, dict.__getitem__(self, k))
                               for k in _SIGNALS) + "}"

    def copy(self):
        d = _SignalDict()
        for k in _SIGNALS:
            dict.__setitem__(d, k, dict.__getitem__(self, k))
        d._ipos = self._ipos
        return d


def _signal_dict(init):
    d = _SignalDict()
    for k in _SIGNALS:
        dict.__setitem__(d, k, False)
    if init is None:
        return d
    if isinstance(init, _SignalDict):
        d._ipos = init._ipos
    if isinstance(init, dict):
        for k, v in init.items():
            if k not in _SIGNALS:
                raise KeyError("invalid signal dict")
            dict.__setitem__(d, k, bool(v))
        return d
    for k in init:
        if k not in _SIGNALS:
            raise KeyError(k)
        dict.__setitem__(d, k, True)
    return d


# ------------------------------------------------------------ helpers

def _ndigits(n):
    return len(str(n)) if n else 1


def _round_coeff(sign, coeff, drop, rounding):
    """Remove `drop` (>0) low digits of coeff; return (new_coeff, inexact)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    if drop > _ndigits(coeff) + 1:
        q, r, half = 0, coeff, 1
        cmp_half = -1 if coeff else 0
        if coeff == 0:
            return 0, False
    else:
        p = 10 ** drop
        q, r = divmod(coeff, p)
        if r == 0:
            return q, False
        twice = 2 * r
        cmp_half = (twice > p) - (twice < p)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = cmp_half >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = cmp_half > 0
    elif rounding == ROUND_HALF_EVEN:
        up = cmp_half > 0 or (cmp_half == 0 and q & 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _dec(sign, coeff, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


_NAN = None  # filled in after the class is defined


def _type_name(x):
    t = type(x)
    if t is Decimal:
        return "decimal.Decimal"
    return t.__name__


# ------------------------------------------------------------ parsing

def _parse(s):
    """Parse a numeric string; return a Decimal or None when malformed."""
    # Like CPython's C implementation: surrounding whitespace is ignored,
    # every underscore is dropped, and Unicode decimal digits count as digits.
    s = s.strip().replace("_", "")
    if not s.isascii():
        s = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return _dec(sign, 0, 0, "F")
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return _dec(sign, 0, 0, kind)
            if not (payload.isdigit() and payload.isascii()):
                try:
                    payload = str(int(payload)) if payload.isdigit() else None
                except ValueError:
                    payload = None
                if payload is None:
                    return None
            return _dec(sign, int(payload), 0, kind)
    mant = s
    exp = 0
    epos = max(low.find("e"), -1)
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        if es[:1] in ("+", "-"):
            body = es[1:]
        else:
            body = es
        if not body or not body.isdigit():
            return None
        exp = int(es)
    if "." in mant:
        ip, _, fp = mant.partition(".")
    else:
        ip, fp = mant, ""
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    digits = ip + fp
    try:
        coeff = int(digits)
    except ValueError:
        return None
    return _dec(sign, coeff, exp - len(fp))


# ------------------------------------------------------------ Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            d = _parse(value)
            if d is None:
                if context is None:
                    context = getcontext()
                return _retype(cls, context._raise_error(ConversionSyntax))
        elif isinstance(value, int):
            d = _dec(1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_float_op()
            d = Decimal._from_float(value)
        elif isinstance(value, (list, tuple)):
            d = Decimal._from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        return _retype(cls, d)

    @staticmethod
    def _from_float(f):
        if f != f:
            return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, "n")
        if f in (float("inf"), float("-inf")):
            return _dec(1 if f < 0 else 0, 0, 0, "F")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return _dec(sign, n * 5 ** k, -k)

    @staticmethod
    def _from_tuple(value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exp = value
        if not (isinstance(sign, int) and sign in (0, 1)):
            raise ValueError("sign must be an integer with the value 0 or 1")
        special = None
        if isinstance(exp, str):
            if exp not in ("F", "n", "N"):
                raise ValueError("string argument in the third position "
                                 "must be 'F', 'n' or 'N'")
            special = exp
            exp = 0
        elif not isinstance(exp, int):
            raise ValueError("exponent must be an integer")
        if not isinstance(digits, (list, tuple)):
            raise ValueError("coefficient must be a tuple of digits")
        coeff = 0
        for dg in digits:
            if not (isinstance(dg, int) and 0 <= dg <= 9):
                raise ValueError("coefficient must be a tuple of digits")
            coeff = coeff * 10 + dg
        if special == "F":
            coeff = 0
        return _dec(sign, coeff, exp, special)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        return _retype(cls, Decimal._from_float(f))

    # ---- predicates / accessors

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._int == 0:
            return (0, 1)
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # ---- conversions

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            kind = "NaN" if self._special == "n" else "sNaN"
            return sign + kind + (str(self._int) if self._int else "")
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ""
        else:
            if context is None:
                context = getcontext()
            e = "eE"[context.capitals]
            expstr = e + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + expstr

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _to_int(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __int__ = _to_int
    __trunc__ = _to_int

    def __float__(self):
        if self._special:
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == "n":
                return float("-nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def _integral(self, rounding):
        if self._special:
            return self._to_int()
        if self._exp >= 0:
            return self._to_int()
        q, _ = _round_coeff(self._sign, self._int, -self._exp, rounding)
        return -q if self._sign else q

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_dec(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return self._integral(ROUND_HALF_EVEN)

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        M = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, M) % M
        else:
            h = self._int * pow(pow(10, -self._exp, M), -1, M) % M
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __reduce_ex__(self, protocol):
        # defined explicitly so that copy/pickle use __reduce__ even where
        # object.__reduce_ex__ does not defer to an overriding __reduce__
        return self.__reduce__()

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # ---- comparisons

    def _compare_value(self, other, op, context):
        """Return other as a Decimal-comparable value, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            if context is None:
                context = getcontext()
            if op in ("==", "!="):
                context._set_flag(FloatOperation)
            else:
                context._raise_float_op()
            return Decimal._from_float(other)
        if isinstance(other, _numbers.Rational):
            return other
        if isinstance(other, complex) and op in ("==", "!=") and other.imag == 0:
            return self._compare_value(other.real, op, context)
        return NotImplemented

    def _cmp_exact(self, other):
        """-1/0/1 comparing finite-or-infinite self with other (no NaNs)."""
        if isinstance(other, Decimal):
            if self._special == "F" or other._special == "F":
                a = (-1 if self._sign else 1) * (2 if self._special == "F" else 0)
                b = (-1 if other._sign else 1) * (2 if other._special == "F" else 0)
                if a == b == 0:
                    return 0
                if self._special == "F" and other._special == "F":
                    return (a > b) - (a < b)
                if self._special == "F":
                    return -1 if self._sign else 1
                return 1 if other._sign else -1
            if self._int and other._int:
                if self._sign != other._sign:
                    return -1 if self._sign else 1
                a1, a2 = self.adjusted(), other.adjusted()
                if a1 != a2:
                    r = 1 if a1 > a2 else -1
                    return -r if self._sign else r
            n1, d1 = self.as_integer_ratio()
            n2, d2 = other.as_integer_ratio()
        else:
            if self._special == "F":
                return -1 if self._sign else 1
            n1, d1 = self.as_integer_ratio()
            n2, d2 = other.numerator, other.denominator
        a = n1 * d2
        b = n2 * d1
        return (a > b) - (a < b)

    def _richcmp(self, other, op, context=None):
        o = self._compare_value(other, op, context)
        if o is NotImplemented:
            if op in ("==", "!="):
                return NotImplemented
            if type(other).__module__ == "builtins":
                raise TypeError("'%s' not supported between instances of "
                                "'decimal.Decimal' and '%s'"
                                % (op, type(other).__name__))
            return NotImplemented
        snan = self._special == "N" or (isinstance(o, Decimal) and o._special == "N")
        nan = self.is_nan() or (isinstance(o, Decimal) and o.is_nan())
        if nan:
            if snan or op not in ("==", "!="):
                if context is None:
                    context = getcontext()
                context._raise_error(InvalidOperation)
            return op == "!="
        c = self._cmp_exact(o)
        if op == "==":
            return c == 0
        if op == "!=":
            return c != 0
        if op == "<":
            return c < 0
        if op == "<=":
            return c <= 0
        if op == ">":
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._richcmp(other, "==")

    def __ne__(self, other):
        return self._richcmp(other, "!=")

    def __lt__(self, other):
        return self._richcmp(other, "<")

    def __le__(self, other):
        return self._richcmp(other, "<=")

    def __gt__(self, other):
        return self._richcmp(other, ">")

    def __ge__(self, other):
        return self._richcmp(other, ">=")

    def compare(self, other, context=None):
        context = _ctx(context)
        other = _convert_other(other, True)
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        return Decimal(self._cmp_exact(other))

    def compare_signal(self, other, context=None):
        context = _ctx(context)
        other = _convert_other(other, True)
        if self.is_nan() or other.is_nan():
            r = context._raise_error(InvalidOperation)
            return r
        return self.compare(other, context)

    def _total_key(self):
        kind = {"N": 3, "n": 4, "F": 2, None: 1}[self._special]
        return kind

    def compare_total(self, other, context=None):
        other = _convert_other(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        k1, k2 = self._total_key(), other._total_key()
        if k1 != k2:
            r = (k1 > k2) - (k1 < k2)
        elif k1 >= 3:
            r = (self._int > other._int) - (self._int < other._int)
        elif k1 == 2:
            r = 0
        else:
            r = self.copy_abs()._cmp_exact(other.copy_abs())
            if r == 0:
                r = (self._exp > other._exp) - (self._exp < other._exp)
        if self._sign:
            r = -r
        return Decimal(r)

    def compare_total_mag(self, other, context=None):
        other = _convert_other(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def same_quantum(self, other, context=None):
        other = _convert_other(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, True)
        return _dec(other._sign, self._int, self._exp, self._special)

    def number_class(self, context=None):
        context = _ctx(context)
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._special == "F":
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    # ---- arithmetic

    def __neg__(self, context=None):
        context = _ctx(context)
        if self.is_nan():
            return _check_nans(self, None, context)
        if self._int == 0 and not self._special:
            # minus(x) is 0 - x: an exactly zero result is -0 only when
            # rounding toward floor
            s = 1 if (context.rounding == ROUND_FLOOR and self._sign == 0) else 0
            return context._finish(s, 0, self._exp)
        return self.copy_negate()._plus(context)

    def __pos__(self, context=None):
        context = _ctx(context)
        if self._int == 0 and not self._special:
            s = self._sign if context.rounding == ROUND_FLOOR else 0
            return context._finish(s, 0, self._exp)
        return self._plus(context)

    def _plus(self, context):
        if self._special:
            if self.is_nan():
                return _check_nans(self, None, context)
            return self
        return context._finish(self._sign, self._int, self._exp)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = _ctx(context)
        if self._special and self.is_nan():
            return _check_nans(self, None, context)
        return self.copy_abs()._plus(context)

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        context = _ctx(context)
        return _add(self, other, context)

    def __radd__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context))

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(self, other.copy_negate(), _ctx(context), other)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _add(other, self.copy_negate(), _ctx(context), self)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, _ctx(context))

    def __rmul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, _ctx(context))

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _div(self, other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _div(other, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), "q")

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), "q")

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), "r")

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), "r")

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), "qr")

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), "qr")

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert_other(modulo)
            if modulo is NotImplemented:
                return modulo
            return _powmod(self, other, modulo, _ctx(context))
        return _pow(self, other, _ctx(context))

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return _pow(other, self, _ctx(context))

    def remainder_near(self, other, context=None):
        other = _convert_other(other, True)
        context = _ctx(context)
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        if self._special == "F":
            return context._raise_error(InvalidOperation)
        if other._special == "F":
            return context._finish(self._sign, self._int, self._exp)
        if other._int == 0:
            if self._int == 0:
                return context._raise_error(DivisionUndefined)
            return context._raise_error(InvalidOperation)
        n1, d1 = self.as_integer_ratio()
        n2, d2 = other.as_integer_ratio()
        num, den = n1 * d2, n2 * d1
        q, r = divmod(num, den)
        if den < 0:
            num, den = -num, -den
            q, r = divmod(num, den)
        # nearest integer to num/den, ties to even
        if 2 * r > den or (2 * r == den and q & 1):
            q += 1
        if _ndigits(abs(q)) > context.prec:
            return context._raise_error(DivisionImpossible)
        exp = min(self._exp, other._exp)
        rem_n = n1 * d2 * 1 - q * n2 * d1
        # value = rem_n / (d1*d2); express at exponent exp
        val_num = rem_n * 10 ** (-exp) if exp < 0 else rem_n
        val_den = d1 * d2 * (10 ** exp if exp > 0 else 1)
        coeff = val_num // val_den
        sign = 1 if coeff < 0 else 0
        if coeff == 0:
            sign = self._sign
        return context._finish(sign, abs(coeff), exp)

    def fma(self, other, third, context=None):
        other = _convert_other(other, True)
        third = _convert_other(third, True)
        context = _ctx(context)
        exact = Context(prec=MAX_PREC, rounding=context.rounding, Emax=MAX_EMAX,
                        Emin=MIN_EMIN, traps=[])
        if self.is_snan() or other.is_snan() or third.is_snan():
            return _check_nans(self if self.is_nan() else other if other.is_nan()
                               else third, None, context)
        p = _mul(self, other, exact)
        if p.is_nan():
            if exact.flags[InvalidOperation]:
                return context._raise_error(InvalidOperation)
            return _check_nans(p, None, context)
        return _add(p, third, context)

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def max(self, other, context=None):
        return _minmax(self, _convert_other(other, True), _ctx(context), 1, False)

    def min(self, other, context=None):
        return _minmax(self, _convert_other(other, True), _ctx(context), -1, False)

    def max_mag(self, other, context=None):
        return _minmax(self, _convert_other(other, True), _ctx(context), 1, True)

    def min_mag(self, other, context=None):
        return _minmax(self, _convert_other(other, True), _ctx(context), -1, True)

    def normalize(self, context=None):
        context = _ctx(context)
        if self._special:
            if self.is_nan():
                return _check_nans(self, None, context)
            return self
        d = self._plus(context)
        if d._special:
            return d
        if d._int == 0:
            return _dec(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        exp_max = context.Etop() if context.clamp else context.Emax
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _dec(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_other(exp, True)
        context = _ctx(context)
        if rounding is None:
            rounding = context.rounding
        r = _check_nans(self, exp, context)
        if r is not None:
            return r
        if self._special == "F" or exp._special == "F":
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            return context._raise_error(InvalidOperation)
        te = exp._exp
        if not context.Etiny() <= te <= context.Emax:
            return context._raise_error(InvalidOperation)
        if self._int == 0:
            return _dec(self._sign, 0, te)
        if te <= self._exp:
            if _ndigits(self._int) + self._exp - te > context.prec:
                return context._raise_error(InvalidOperation)
            coeff = self._int * 10 ** (self._exp - te)
            inexact = False
        else:
            coeff, inexact = _round_coeff(self._sign, self._int, te - self._exp, rounding)
        if _ndigits(coeff) > context.prec:
            return context._raise_error(InvalidOperation)
        ans = _dec(self._sign, coeff, te)
        if coeff and ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation)
        conds = []
        if coeff and ans.adjusted() < context.Emin:
            conds.append(Subnormal)
        if te > self._exp:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        if context.clamp and te > context.Etop():
            ans = _dec(self._sign, coeff * 10 ** (te - context.Etop()), context.Etop())
            conds.append(Clamped)
        if conds:
            context._signal(conds)
        return ans

    def _rescale_to_integral(self, rounding, context, exact):
        context = _ctx(context)
        if self._special:
            if self.is_nan():
                return _check_nans(self, None, context)
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if self._int == 0:
            return _dec(self._sign, 0, 0)
        if rounding is None:
            rounding = context.rounding
        coeff, inexact = _round_coeff(self._sign, self._int, -self._exp, rounding)
        if exact:
            conds = []
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            context._signal(conds)
        return _dec(self._sign, coeff, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._rescale_to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._rescale_to_integral(rounding, context, True)

    def scaleb(self, other, context=None):
        other = _convert_other(other, True)
        context = _ctx(context)
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        if other._special or other._exp != 0 or \
                abs(other._int) > 2 * (context.Emax + context.prec):
            return context._raise_error(InvalidOperation)
        if self._special == "F":
            return Decimal(self)
        n = -other._int if other._sign else other._int
        return context._finish(self._sign, self._int, self._exp + n)

    def logb(self, context=None):
        context = _ctx(context)
        if self.is_nan():
            return _check_nans(self, None, context)
        if self._special == "F":
            return _dec(0, 0, 0, "F")
        if self._int == 0:
            return context._raise_error(DivisionByZero, 1)
        return context._finish_value(Decimal(self.adjusted()))

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        other = _convert_other(other, True)
        context = _ctx(context)
        r = _check_nans(self, other, context)
        if r is not None:
            return r
        c = self._cmp_exact(other)
        if c == 0:
            return self.copy_sign(other)
        return _next(self, context, -1 if c > 0 else 1)

    def exp(self, context=None):
        return _exp_dec(self, _ctx(context))

    def ln(self, context=None):
        return _ln_dec(self, _ctx(context), False)

    def log10(self, context=None):
        return _ln_dec(self, _ctx(context), True)

    def _logical_digits(self, context):
        """Coefficient as a prec-wide string of 0/1 digits, or None."""
        if self._special or self._sign or self._exp != 0:
            return None
        digits = str(self._int)
        if digits.strip("01"):
            return None
        return digits.rjust(context.prec, "0")[-context.prec:]

    def _logical(self, other, context, op):
        context = _ctx(context)
        other = _convert_other(other, True)
        x = self._logical_digits(context)
        y = other._logical_digits(context)
        if x is None or y is None:
            return context._raise_error(InvalidOperation)
        out = "".join(op(p, q) for p, q in zip(x, y))
        return _dec(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda p, q: "1" if p == q == "1" else "0")

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda p, q: "1" if "1" in (p, q) else "0")

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda p, q: "1" if p != q else "0")

    def logical_invert(self, context=None):
        context = _ctx(context)
        x = self._logical_digits(context)
        if x is None:
            return context._raise_error(InvalidOperation)
        return _dec(0, int("".join("0" if p == "1" else "1" for p in x)), 0)

    def _shift_amount(self, other, context):
        r = _check_nans(self, other, context)
        if r is not None:
            return r, None
        if other._special or other._exp != 0 or \
                not -context.prec <= other._int <= context.prec:
            return context._raise_error(InvalidOperation), None
        n = -other._int if other._sign else other._int
        return None, n

    def shift(self, other, context=None):
        context = _ctx(context)
        other = _convert_other(other, True)
        r, n = self._shift_amount(other, context)
        if r is not None:
            return r
        if self._special == "F":
            return Decimal(self)
        mod = 10 ** context.prec
        c = self._int % mod
        if n >= 0:
            c = (c * 10 ** n) % mod
        else:
            c //= 10 ** -n
        return _dec(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        context = _ctx(context)
        other = _convert_other(other, True)
        r, n = self._shift_amount(other, context)
        if r is not None:
            return r
        if self._special == "F":
            return Decimal(self)
        p = context.prec
        digits = str(self._int).rjust(p, "0")[-p:]
        n %= p
        rotated = digits[n:] + digits[:n]
        return _dec(self._sign, int(rotated), self._exp)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)


def _retype(cls, d):
    if cls is Decimal:
        if type(d) is Decimal:
            return d
        return _dec(d._sign, d._int, d._exp, d._special)
    obj = object.__new__(cls)
    obj._sign = d._sign
    obj._int = d._int
    obj._exp = d._exp
    obj._special = d._special
    return obj


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _convert_other(other, raise_error=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(1 if other < 0 else 0, abs(int(other)), 0)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


def _check_nans(a, b, context):
    """NaN propagation: returns the NaN result, or None if neither is NaN."""
    if a._special == "N":
        context._signal([InvalidOperation])
        return _quiet(a, context)
    if b is not None and b._special == "N":
        context._signal([InvalidOperation])
        return _quiet(b, context)
    if a._special == "n":
        return _quiet(a, context)
    if b is not None and b._special == "n":
        return _quiet(b, context)
    return None


def _quiet(nan, context):
    payload = nan._int
    maxlen = context.prec - context.clamp
    if payload and _ndigits(payload) > maxlen:
        payload = 0
    return _dec(nan._sign, payload, 0, "n")


def _add(a, b, context, orig_b=None):
    if a._special or b._special:
        if a.is_nan() or b.is_nan():
            return _check_nans(a, orig_b if orig_b is not None else b, context)
        if a._special == "F":
            if b._special == "F" and a._sign != b._sign:
                return context._raise_error(InvalidOperation)
            return _dec(a._sign, 0, 0, "F")
        return _dec(b._sign, 0, 0, "F")
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        if a._sign == b._sign:
            sign = a._sign
        else:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
        return context._finish(sign, 0, exp)
    if a._int == 0 or b._int == 0:
        nz = b if a._int == 0 else a
        # Align to the smaller exponent; more than prec+1 padding zeros
        # would all be rounded away again, so the shift is capped.
        shift = min(nz._exp - exp, context.prec + 1)
        return context._finish(nz._sign, nz._int * 10 ** shift, nz._exp - shift)
    hi, lo = (a, b) if a._exp >= b._exp else (b, a)
    sticky_exp = min(hi._exp, hi.adjusted() - context.prec - 1) - 1
    if lo.adjusted() < sticky_exp:
        lo = _dec(lo._sign, 1, sticky_exp)
        exp = sticky_exp
    v1 = hi._int * 10 ** (hi._exp - exp)
    v2 = lo._int * 10 ** (lo._exp - exp)
    if hi._sign:
        v1 = -v1
    if lo._sign:
        v2 = -v2
    total = v1 + v2
    if total == 0:
        sign = 1 if context.rounding == ROUND_FLOOR else 0
        return context._finish(sign, 0, exp)
    return context._finish(1 if total < 0 else 0, abs(total), exp)


def _mul(a, b, context):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, context)
        if r is not None:
            return r
        if (a._special == "F" and b._special != "F" and b._int == 0) or \
                (b._special == "F" and a._special != "F" and a._int == 0):
            return context._raise_error(InvalidOperation)
        return _dec(sign, 0, 0, "F")
    return context._finish(sign, a._int * b._int, a._exp + b._exp)


def _div(a, b, context):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, context)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F":
            return context._raise_error(InvalidOperation)
        if a._special == "F":
            return _dec(sign, 0, 0, "F")
        context._signal([Clamped])
        return _dec(sign, 0, context.Etiny())
    if b._int == 0:
        if a._int == 0:
            return context._raise_error(DivisionUndefined)
        return context._raise_error(DivisionByZero, sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return context._finish(sign, 0, ideal)
    prec = context.prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return context._finish(sign, q, exp)


def _divmod(a, b, context, want):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _check_nans(a, b, context)
        if r is not None:
            return (r, r) if want == "qr" else r
        if a._special == "F":
            if b._special == "F" or want != "q":
                r = context._raise_error(InvalidOperation)
                if want == "qr":
                    return (r, r)
                return r
            if want == "q":
                return _dec(sign, 0, 0, "F")
        # b is infinite, a finite
        q = _dec(sign, 0, 0)
        if want == "q":
            return q
        rem = context._finish(a._sign, a._int, a._exp)
        if want == "r":
            return rem
        return (q, rem)
    if b._int == 0:
        if a._int == 0:
            r = context._raise_error(DivisionUndefined)
            return (r, r) if want == "qr" else r
        if want == "q":
            return context._raise_error(DivisionByZero, sign)
        if want == "r":
            return context._raise_error(InvalidOperation)
        q = context._raise_error(DivisionByZero, sign)
        r = context._raise_error(InvalidOperation)
        return (q, r)
    exp = min(a._exp, b._exp)
    if a._int and a.adjusted() - b.adjusted() > context.prec:
        # the integer quotient has more than prec digits
        r = context._raise_error(DivisionImpossible)
        return (r, r) if want == "qr" else r
    if a.adjusted() < b.adjusted() and a._exp <= b._exp:
        q, r = 0, a._int
    else:
        va = a._int * 10 ** (a._exp - exp)
        vb = b._int * 10 ** (b._exp - exp)
        q, r = divmod(va, vb)
    if _ndigits(q) > context.prec:
        r = context._raise_error(DivisionImpossible)
        return (r, r) if want == "qr" else r
    if want == "r":
        return context._finish(a._sign, r, exp)
    qd = context._finish(sign, q, 0)
    if want == "q":
        return qd
    return (qd, context._finish(a._sign, r, exp))


def _pow(a, b, context):
    if a._special or b._special:
        r = _check_nans(a, b, context)
        if r is not None:
            return r
    # integer exponent?
    b_int = None
    if not b._special:
        if b._exp >= 0:
            b_int = b._int * 10 ** b._exp
            if b._sign:
                b_int = -b_int
        else:
            p = 10 ** -b._exp
            if b._int % p == 0:
                b_int = b._int // p
                if b._sign:
                    b_int = -b_int
    if not b._special and b._int == 0:
        if not a._special and a._int == 0:
            return context._raise_error(InvalidOperation)
        return _dec(0, 1, 0)
    result_sign = 0
    if a._sign:
        if b_int is None:
            if not a._special and a._int == 0:
                pass
            else:
                return context._raise_error(InvalidOperation)
        elif b_int % 2:
            result_sign = 1
    if a._special == "F":
        if b._sign:
            return _dec(result_sign, 0, 0)
        return _dec(result_sign, 0, 0, "F")
    if a._int == 0:
        if b._sign:
            return _dec(result_sign, 0, 0, "F")
        return _dec(result_sign, 0, 0)
    if b._special == "F":
        # |a| vs 1
        c = a.copy_abs()._cmp_exact(_dec(0, 1, 0))
        if c == 0:
            return _inexact_one(context)
        if (c > 0) == (b._sign == 0):
            return _dec(0, 0, 0, "F")
        return _dec(0, 0, 0)
    if b_int is None:
        if a._int == 1 and a._exp == 0 or (str(a._int).rstrip("0") == "1" and
                                            a.adjusted() == 0):
            return _inexact_one(context)
        bound = _pow_bounds(a, b, result_sign, context)
        if bound is not None:
            return bound
        return _pow_real(a, b, context)
    bound = _pow_bounds(a, b, result_sign, context)
    if bound is not None:
        return bound
    return _pow_int(a, b, b_int, result_sign, context)


def _pow_bounds(a, b, sign, context):
    """Results certain to overflow or underflow are decided from exponent
    magnitudes alone (as libmpdec does), giving a value that _finish turns
    into the overflow or tiny-underflow result for the context."""
    ax = a.adjusted()
    if ax >= 1:
        z = ax
    elif ax <= -2:
        z = -ax - 1
    else:
        one = _add(a.copy_abs(), _dec(1, 1, 0),
                   Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[]))
        if one._int == 0:
            return None
        lb_zeta = one.adjusted() - 1
        z = None
    if z is not None:
        lb_zeta = len(str(z)) - 1
    lb_theta = b.adjusted()
    # sign of y * log10|x|
    log_pos = a.copy_abs()._cmp_exact(_dec(0, 1, 0)) > 0
    positive = log_pos == (b._sign == 0)
    limit = len(str(context.Emax if positive else -context.Etiny()))
    if lb_theta + lb_zeta <= limit:
        return None
    if positive:
        return context._finish(sign, 1, context.Emax + 1, force_inexact=True)
    return context._finish(sign, 1, context.Etiny() - 2, force_inexact=True)


def _pow_int(a, b, n, sign, context):
    """Integer power the way libmpdec evaluates it, so results (including
    double rounding near the precision limit) agree with CPython: work at
    prec + digits(n) + 2 with ROUND_HALF_EVEN, invert first for n < 0,
    square-and-multiply from the top bit, then round once to the context."""
    work = Context(prec=context.prec + b._exp + _ndigits(b._int) + 2,
                   rounding=ROUND_HALF_EVEN, Emin=context.Emin,
                   Emax=context.Emax, clamp=0, traps=[])
    base = _dec(0, a._int, a._exp)
    if n < 0:
        work.prec += 1
        base = _div(_dec(0, 1, 0), base, work)
        n = -n
    result = base
    for bit in bin(n)[3:]:
        result = _mul(result, result, work)
        if bit == "1":
            result = _mul(result, base, work)
        if result._special or (result._int == 0 and work.flags[Clamped]):
            break
    conds = [sig for sig in _SIGNALS if work.flags[sig]]
    if result._special == "F":
        if conds:
            context._signal(conds)
        return context._finish(sign, 1, context.Emax + 1)
    if conds:
        context._signal(conds)
    return context._finish(sign, result._int, result._exp)


# ---- transcendental functions
#
# Fixed-point helpers work on integers scaled by 10**W.  Each returns a
# value within a few units of the last place; _ziv() then checks that the
# whole error interval rounds to one result, retrying with more digits
# otherwise, so exp/ln/log10 are correctly rounded (ROUND_HALF_EVEN, as the
# specification requires for them).

_LN10_CACHE = {}


def _atanh_inv(q, W):
    """atanh(1/q) * 10**W (q > 1 an int), error below (terms) units."""
    S = 10 ** W
    power = S // q
    q2 = q * q
    total = power
    k = 1
    while power:
        power //= q2
        total += power // (2 * k + 1)
        k += 1
    return total


def _ln10_fixed(W):
    r = _LN10_CACHE.get(W)
    if r is None:
        G = W + 10
        ln2 = 2 * _atanh_inv(3, G)
        ln54 = 2 * _atanh_inv(9, G)
        r = (3 * ln2 + ln54) // 10 ** 10
        if len(_LN10_CACHE) > 64:
            _LN10_CACHE.clear()
        _LN10_CACHE[W] = r
    return r


def _exp_fixed(X, W):
    """exp(X / 10**W) * 10**W for |X / 10**W| <= about 3."""
    k = 12
    G = W + 20
    S = 10 ** G
    x = (X * 10 ** (G - W)) >> k
    total = S
    term = S
    n = 1
    while term:
        term = term * x // (S * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // S
    return total // 10 ** (G - W)


def _ln_fixed(c, e, W):
    """ln(c * 10**e) * 10**W for c > 0, accurate to a few units."""
    G = W + 20
    n = len(str(c))
    # ln(c*10**e) = ln(m) + (e + n - 1)*ln(10), m = c / 10**(n-1) in [1, 10)
    M = c * 10 ** G // 10 ** (n - 1) if n - 1 <= G else c // 10 ** (n - 1 - G)
    lead = int(str(c)[:17]) / 10 ** (min(n, 17) - 1)
    y = int(_math.log(lead) * 10 ** 15) * 10 ** (G - 15)
    S = 10 ** G
    for _ in range(200):
        E = _exp_fixed(y, G)
        delta = 2 * (M - E) * S // (M + E)
        y += delta
        if abs(delta) < 10:
            break
    total = y + (e + n - 1) * _ln10_fixed(G)
    return total // 10 ** (G - W)


def _round_at(N, E, q):
    """Round N*10**E (N > 0) half-even to exponent q: (coeff, q)."""
    if q <= E:
        return N * 10 ** (E - q), q
    c, _ = _round_coeff(0, N, q - E, ROUND_HALF_EVEN)
    return c, q


def _ziv(approx, p, etiny, err=50):
    """approx(W) -> (N, E) with |value - N*10**E| <= err*10**E, N != 0.
    Return (sign, coeff, exp) of the value correctly rounded to p digits
    (and to no finer exponent than etiny)."""
    guard = 12
    while True:
        N, E = approx(p + guard)
        sign = 1 if N < 0 else 0
        lo, hi = abs(N) - err, abs(N) + err
        if lo > 0:
            res = []
            for v in (lo, hi):
                adj = E + len(str(v)) - 1
                q = max(adj - p + 1, etiny)
                c, q = _round_at(v, E, q)
                if len(str(c)) > p:
                    c, q = _round_at(c, q, q + 1)
                res.append((c, q))
            if res[0] == res[1]:
                return sign, res[0][0], res[0][1]
        guard *= 2
        if guard > 5000:
            c, q = res[1] if lo > 0 else (abs(N), E)
            return sign, c, q


def _decimal_fixed(d, W):
    """d * 10**W as an int (truncated)."""
    if d._exp + W >= 0:
        v = d._int * 10 ** (d._exp + W)
    else:
        v = d._int // 10 ** (-(d._exp + W))
    return -v if d._sign else v


def _exp_value(d, context, rounding_ctx=None):
    """Correctly rounded exp(d) for a finite nonzero d in `context`."""
    prec = context.prec
    adj = d.adjusted()
    # Certain overflow / underflow: |d| far beyond what the exponents allow.
    limit = (max(context.Emax, -context.Etiny()) + 2) * 2.31
    if adj >= 1 and abs(float(d)) > limit:
        saved = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            if d._sign:
                return context._finish(0, 1, context.Etiny() - 2, force_inexact=True)
            return context._finish(0, 1, context.Emax + 1, force_inexact=True)
        finally:
            context.rounding = saved

    def approx(W):
        extra = max(adj, 0) + 2
        Wx = W + extra
        X = _decimal_fixed(d, Wx)
        ln10 = _ln10_fixed(Wx)
        m = X // ln10
        r = X - m * ln10
        # exp(d) = 10**m * exp(r), 0 <= r < ln 10
        Y = _exp_fixed(r, Wx)
        return Y, m - Wx
    sign, c, q = _ziv(approx, prec, context.Etiny())
    saved = context.rounding
    context.rounding = ROUND_HALF_EVEN
    try:
        return context._finish(0, c, q, force_inexact=True)
    finally:
        context.rounding = saved


def _exp_dec(d, context):
    if d._special:
        if d.is_nan():
            return _check_nans(d, None, context)
        return _dec(0, 0, 0) if d._sign else _dec(0, 0, 0, "F")
    if d._int == 0:
        return _dec(0, 1, 0)
    return _exp_value(d, context)


def _ln_value(d, context, base10):
    prec = context.prec
    if base10:
        s = str(d._int)
        if s[0] == "1" and s.count("0") == len(s) - 1:
            saved = context.rounding
            context.rounding = ROUND_HALF_EVEN
            try:
                return context._finish_value(Decimal(d._exp + len(s) - 1))
            finally:
                context.rounding = saved
    # magnitude of the result: near 1 the logarithm is about x - 1
    one_diff = _add(d, _dec(1, 1, 0), Context(prec=MAX_PREC, Emax=MAX_EMAX,
                                              Emin=MIN_EMIN, traps=[]))
    if one_diff._int == 0:
        return _dec(0, 0, 0)
    shift = max(0, -one_diff.adjusted())

    def approx(W):
        Wx = W + shift + 2
        L = _ln_fixed(d._int, d._exp, Wx)
        if base10:
            L = L * 10 ** Wx // _ln10_fixed(Wx)
        return L, -Wx
    sign, c, q = _ziv(approx, prec, context.Etiny())
    saved = context.rounding
    context.rounding = ROUND_HALF_EVEN
    try:
        return context._finish(sign, c, q, force_inexact=True)
    finally:
        context.rounding = saved


def _ln_dec(d, context, base10):
    if d._special:
        if d.is_nan():
            return _check_nans(d, None, context)
        if d._sign:
            return context._raise_error(InvalidOperation)
        return _dec(0, 0, 0, "F")
    if d._int == 0:
        return _dec(1, 0, 0, "F")
    if d._sign:
        return context._raise_error(InvalidOperation)
    if d._int == 1 and d._exp == 0 or (str(d._int).rstrip("0") == "1" and
                                        d._exp + len(str(d._int)) - 1 == 0):
        return _dec(0, 0, 0)
    return _ln_value(d, context, base10)


def _pow_real(a, b, context):
    """a ** b for a > 0 finite and b finite non-integral, evaluated like
    libmpdec: ln, multiply and exp at prec+23 digits (half-even), then one
    rounding to the context."""
    wp = max(_ndigits(a._int), context.prec) + 23
    work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=context.Emin,
                   Emax=context.Emax, traps=[])
    lna = _ln_dec(a, work, False)
    t = _mul(lna, b, work)
    if t._special:
        r = t
    elif t._int == 0:
        r = _dec(0, 1, 0)
    else:
        r = _exp_value(t, work)
    if r._special == "F":
        return context._finish(0, 1, context.Emax + 1, force_inexact=True)
    if r._int == 0:
        return context._finish(0, 1, context.Etiny() - 2, force_inexact=True)
    return context._finish(0, r._int, r._exp, force_inexact=True)


def _inexact_one(context):
    coeff = 10 ** (context.prec - 1)
    context._signal([Inexact, Rounded])
    return _dec(0, coeff, 1 - context.prec)


def _powmod(a, b, m, context):
    for x in (a, b, m):
        if x._special == "N":
            return _check_nans(x, None, context)
    for x in (a, b, m):
        if x.is_nan():
            return _check_nans(x, None, context)
    if any(x._special for x in (a, b, m)) or any(x._exp < 0 and x._int % 10 ** -x._exp
                                                for x in (a, b, m)):
        return context._raise_error(InvalidOperation)
    ai, bi, mi = int(a), int(b), int(m)
    if bi < 0 or mi == 0 or (ai == 0 and bi == 0) or _ndigits(abs(mi)) > context.prec:
        return context._raise_error(InvalidOperation)
    r = pow(abs(ai), bi, abs(mi))
    sign = 1 if ai < 0 and bi % 2 else 0
    return _dec(sign, r, 0)


def _sqrt(a, context):
    if a._special:
        if a.is_nan():
            return _check_nans(a, None, context)
        if a._sign:
            return context._raise_error(InvalidOperation)
        return Decimal(a)
    ideal = a._exp // 2
    if a._int == 0:
        return _dec(a._sign, 0, ideal)
    if a._sign:
        return context._raise_error(InvalidOperation)
    prec = context.prec
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    # want a root with at least prec+1 digits
    k = prec + 1 - (_ndigits(c) + 1) // 2
    if k >= 0:
        c2 = c * 10 ** (2 * k)
        rem = 0
    else:
        c2, rem = divmod(c, 10 ** (-2 * k))
    r = _math.isqrt(c2)
    exact = rem == 0 and r * r == c2
    exp = e // 2 - k
    if exact:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
    elif r % 5 == 0:
        r += 1
    saved = context.rounding
    context.rounding = ROUND_HALF_EVEN
    try:
        return context._finish(0, r, exp, force_inexact=not exact)
    finally:
        context.rounding = saved


def _minmax(a, b, context, direction, mag):
    if a.is_nan() or b.is_nan():
        if a.is_snan() or b.is_snan():
            return _check_nans(a, b, context)
        if a.is_nan() and not b.is_nan():
            return b._plus(context)
        if b.is_nan() and not a.is_nan():
            return a._plus(context)
        return _check_nans(a, b, context)
    x, y = (a.copy_abs(), b.copy_abs()) if mag else (a, b)
    c = x._cmp_exact(y)
    if c == 0:
        t = a.compare_total(b)
        c = -1 if t._sign else (1 if t._int else 0)
    if direction > 0:
        pick = a if c >= 0 else b
    else:
        pick = a if c <= 0 else b
    return pick._plus(context)


def _next(a, context, direction):
    if a.is_nan():
        return _check_nans(a, None, context)
    if a._special == "F":
        if (a._sign == 0) == (direction > 0):
            return Decimal(a)
        return _dec(a._sign, 10 ** context.prec - 1, context.Etop())
    etiny = context.Etiny()
    # step by one unit in the last place at the finest exponent possible
    tiny_exp = min(etiny, a._exp) - 2
    tiny = _dec(0 if direction > 0 else 1, 1, tiny_exp)
    work = context.copy()
    work.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    work.traps = _signal_dict(None)
    r = _add(a, tiny, work)
    return r


# ------------------------------------------------------------ formatting

def _format_decimal(d, spec):
    import re
    m = re.fullmatch(r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?"
                     r"(?P<alt>#)?(?P<zero>0)?(?P<width>\d+)?(?P<sep>[,_])?"
                     r"(?:\.(?P<prec>\d+))?(?P<type>[eEfFgGn%])?", spec, re.DOTALL)
    if m is None or m["sep"] == "_" or (m["zero"] and m["align"]):
        raise ValueError("invalid format string")
    fill = m["fill"]
    align = m["align"]
    if m["zero"] and fill is None and not d._special:
        fill = "0"
        if align is None:
            align = "="
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    signopt = m["sign"] or "-"
    width = int(m["width"] or 0)
    sep = m["sep"] or ""
    prec = int(m["prec"]) if m["prec"] is not None else None
    typ = m["type"]
    if typ == "n":
        raise NotImplementedError("locale-aware Decimal formatting ('n') is not "
                                  "implemented in ftpy")
    sign = d._sign
    if d._special:
        body = "Infinity" if d._special == "F" else "NaN" if d._special == "n" else "sNaN"
        if typ == "%":
            body += "%"
    else:
        ctx = getcontext()
        rounding = ctx.rounding
        if typ is None:
            typ = "G" if ctx.capitals else "g"
            if prec is None:
                body = None
                s = str(d.copy_abs())
                if "E" in s or "e" in s:
                    s = s.replace("E", "e") if not ctx.capitals else s
                if m["alt"] and "." not in s:
                    k = 0
                    while k < len(s) and s[k].isdigit():
                        k += 1
                    s = s[:k] + "." + s[k:]
                body = s
                typ_none = True
            else:
                typ_none = False
        else:
            typ_none = False
        if typ_none:
            pass
        else:
            x = d.copy_abs()
            if typ == "%":
                x = _dec(0, x._int, x._exp + 2)
            if typ in "eE":
                if prec is not None:
                    x = _round_sig(x, prec + 1, rounding, sign)
                    if x._int == 0:
                        x = _dec(0, 0, x._exp + prec)
                        body = _sci_str(x, typ, m["alt"], prec)
                    else:
                        short = prec + 1 - _ndigits(x._int)
                        if short > 0:
                            x = _dec(0, x._int * 10 ** short, x._exp - short)
                        body = _sci_str(x, typ, m["alt"])
                else:
                    body = _sci_str(x, typ, m["alt"])
            elif typ in "fF%":
                if prec is not None:
                    x = _round_to_exp(x, -prec, rounding, sign)
                body = _fixed_str(x, m["alt"])
                if typ == "%":
                    body += "%"
            else:  # g/G
                if prec is not None:
                    if prec == 0:
                        prec = 1
                    x = _round_sig(x, prec, rounding, sign)
                leftdigits = x._exp + _ndigits(x._int)
                if x._exp <= 0 and leftdigits > -6:
                    body = _fixed_str(x, m["alt"])
                else:
                    body = _sci_str(x, "e" if typ == "g" else "E", m["alt"])
            if m["z"] and x._int == 0:
                sign = 0
        if sep:
            ip, dot, rest = body.partition(".")
            if not dot:
                # split off an exponent or percent from an integer body
                j = 0
                while j < len(ip) and ip[j].isdigit():
                    j += 1
                ip, rest = ip[:j], ip[j:]
                dot = ""
            body = _group(ip, sep, bool(m["zero"]), width, signopt,
                          sign, len(dot) + len(rest)) + dot + rest
    sgn = "-" if sign else ("" if signopt == "-" else signopt)
    total = len(sgn) + len(body)
    pad = max(width - total, 0)
    if align == "<":
        return sgn + body + fill * pad
    if align == ">":
        return fill * pad + sgn + body
    if align == "^":
        left = pad // 2
        return fill * left + sgn + body + fill * (pad - left)
    return sgn + fill * pad + body


def _group(ip, sep, zero_pad, width, signopt, sign, taillen):
    def grouped(s):
        parts = []
        while len(s) > 3:
            parts.append(s[-3:])
            s = s[:-3]
        parts.append(s)
        return sep.join(reversed(parts))
    if zero_pad:
        sl = 1 if sign or signopt in "+ " else 0
        need = width - sl - taillen
        while len(grouped(ip)) < need:
            ip = "0" + ip
    return grouped(ip)


def _round_sig(x, digits, rounding, sign=0):
    nd = _ndigits(x._int)
    if x._int == 0:
        return x
    if nd <= digits:
        return x
    coeff, _ = _round_coeff(sign, x._int, nd - digits, rounding)
    exp = x._exp + nd - digits
    if _ndigits(coeff) > digits:
        coeff //= 10
        exp += 1
    return _dec(0, coeff, exp)


def _round_to_exp(x, exp, rounding, sign=0):
    if x._exp >= exp:
        return _dec(0, x._int * 10 ** (x._exp - exp), exp)
    coeff, _ = _round_coeff(sign, x._int, exp - x._exp, rounding)
    return _dec(0, coeff, exp)


def _fixed_str(x, alt):
    digits = str(x._int)
    if x._exp >= 0:
        s = digits + "0" * x._exp if x._int else "0"
        if x._int == 0 and x._exp > 0:
            s = "0"
        return s + ("." if alt else "")
    k = -x._exp
    digits = digits.rjust(k + 1, "0")
    return digits[:-k] + "." + digits[-k:]


def _sci_str(x, e, alt, zero_digits=0):
    digits = str(x._int) + "0" * zero_digits
    adj = x._exp + len(digits) - 1
    if x._int == 0:
        adj = x._exp
    s = digits[0]
    if len(digits) > 1:
        s += "." + digits[1:]
    elif alt:
        s += "."
    return s + e + "%+d" % adj


# ------------------------------------------------------------ Context

class Context(object):
    """Arithmetic context: precision, rounding, exponent limits, flags, traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else \
            (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else \
            (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dc.traps.copy() if dc else [InvalidOperation, DivisionByZero,
                                                 Overflow]
        object.__setattr__(self, "traps", _signal_dict(traps))
        object.__setattr__(self, "flags", _signal_dict(flags))

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name in ("flags", "traps"):
            value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = [s.__name__ for s in self.flags._order()]
        traps = [s.__name__ for s in self.traps._order()]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                   self.clamp, ", ".join(flags), ", ".join(traps)))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if dict.__getitem__(self.flags, s)]
        traps = [s for s in _SIGNALS if dict.__getitem__(self.traps, s)]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        for k in _SIGNALS:
            dict.__setitem__(self.flags, k, False)

    def clear_traps(self):
        for k in _SIGNALS:
            dict.__setitem__(self.traps, k, False)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags.copy(),
                       self.traps.copy())

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    # ---- signalling

    def _set_flag(self, sig):
        dict.__setitem__(self.flags, sig, True)

    def _signal(self, conds):
        trapped = []
        flags = self.flags
        for cond in conds:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            if sig is InvalidOperation:
                p = _INVALID_POS[cond]
                if not dict.__getitem__(flags, sig) or p < flags._ipos:
                    flags._ipos = p
            dict.__setitem__(flags, sig, True)
            if dict.__getitem__(self.traps, sig):
                trapped.append(cond)
        if trapped:
            order = {s: i for i, s in enumerate(_SIGNALS)}
            trapped.sort(key=lambda c: order[_CONDITION_SIGNAL.get(c, c)])
            first = _CONDITION_SIGNAL.get(trapped[0], trapped[0])
            raise first(trapped)

    def _raise_error(self, cond, sign=0):
        """Signal an exceptional condition; return its default result."""
        self._signal([cond])
        if cond is DivisionByZero:
            return _dec(sign, 0, 0, "F")
        return _dec(0, 0, 0, "n")

    def _raise_float_op(self):
        self._signal([FloatOperation])

    # ---- rounding to the context

    def _finish(self, sign, coeff, exp, force_inexact=False):
        """Round sign*coeff*10**exp to this context, raising conditions."""
        prec = self.prec
        etiny = self.Emin - prec + 1
        etop = self.Emax - prec + 1
        conds = []
        if coeff == 0 and force_inexact:
            # a nonzero value too small to show at any allowed exponent
            coeff, exp = 1, etiny - 2
        if coeff == 0:
            exp_max = etop if self.clamp else self.Emax
            if exp > exp_max:
                exp = exp_max
                conds.append(Clamped)
            elif exp < etiny:
                exp = etiny
                conds.append(Clamped)
            if conds:
                self._signal(conds)
            return _dec(sign, 0, exp)
        nd = _ndigits(coeff)
        adj = exp + nd - 1
        subnormal = adj < self.Emin
        inexact = force_inexact
        rounded = force_inexact
        if subnormal:
            if exp < etiny:
                coeff, inx = _round_coeff(sign, coeff, etiny - exp, self.rounding)
                exp = etiny
                rounded = True
                inexact = inexact or inx
            conds.append(Subnormal)
            if inexact:
                conds.append(Underflow)
            if coeff == 0:
                conds.append(Clamped)
            elif _ndigits(coeff) > prec:
                coeff //= 10
                exp += 1
        elif nd > prec:
            coeff, inx = _round_coeff(sign, coeff, nd - prec, self.rounding)
            exp += nd - prec
            rounded = True
            inexact = inexact or inx
            if _ndigits(coeff) > prec:
                coeff //= 10
                exp += 1
        if coeff and exp + _ndigits(coeff) - 1 > self.Emax:
            conds = [Overflow, Inexact, Rounded]
            self._signal(conds)
            r = self.rounding
            if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
                return _dec(sign, 0, 0, "F")
            return _dec(sign, 10 ** prec - 1, etop)
        if inexact:
            conds.append(Inexact)
        if rounded:
            conds.append(Rounded)
        if self.clamp and exp > etop:
            coeff *= 10 ** (exp - etop)
            exp = etop
            conds.append(Clamped)
        if conds:
            self._signal(conds)
        return _dec(sign, coeff, exp)

    def _finish_value(self, d):
        if d._special:
            return d
        return self._finish(d._sign, d._int, d._exp)

    # ---- context methods

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return self._raise_error(ConversionSyntax)
        d = Decimal(num, context=self)
        if d.is_nan():
            if d._int and _ndigits(d._int) > self.prec - self.clamp:
                return self._raise_error(ConversionSyntax)
            return d
        if d._special:
            return d
        return self._finish(d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        return self._finish_value(Decimal.from_float(f))

    def _conv(self, a):
        return _convert_other(a, True)

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def add(self, a, b):
        return self._conv(a).__add__(self._conv(b), context=self)

    def subtract(self, a, b):
        return self._conv(a).__sub__(self._conv(b), context=self)

    def multiply(self, a, b):
        return self._conv(a).__mul__(self._conv(b), context=self)

    def divide(self, a, b):
        return self._conv(a).__truediv__(self._conv(b), context=self)

    def divide_int(self, a, b):
        return self._conv(a).__floordiv__(self._conv(b), context=self)

    def remainder(self, a, b):
        return self._conv(a).__mod__(self._conv(b), context=self)

    def remainder_near(self, a, b):
        return self._conv(a).remainder_near(self._conv(b), context=self)

    def divmod(self, a, b):
        return self._conv(a).__divmod__(self._conv(b), context=self)

    def power(self, a, b, modulo=None):
        return self._conv(a).__pow__(self._conv(b), modulo, context=self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def sqrt(self, a):
        return self._conv(a).sqrt(context=self)

    def exp(self, a):
        return self._conv(a).exp(context=self)

    def ln(self, a):
        return self._conv(a).ln(context=self)

    def log10(self, a):
        return self._conv(a).log10(context=self)

    def quantize(self, a, b):
        return self._conv(a).quantize(self._conv(b), context=self)

    def compare(self, a, b):
        return self._conv(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._conv(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._conv(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._conv(a).compare_total_mag(b)

    def max(self, a, b):
        return self._conv(a).max(b, context=self)

    def min(self, a, b):
        return self._conv(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._conv(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._conv(a).min_mag(b, context=self)

    def normalize(self, a):
        return self._conv(a).normalize(context=self)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, context=self)

    def to_integral_value(self, a):
        return self._conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._conv(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._conv(a).to_eng_string(context=self)

    def scaleb(self, a, b):
        return self._conv(a).scaleb(b, context=self)

    def logb(self, a):
        return self._conv(a).logb(context=self)

    def next_plus(self, a):
        return self._conv(a).next_plus(context=self)

    def next_minus(self, a):
        return self._conv(a).next_minus(context=self)

    def next_toward(self, a, b):
        return self._conv(a).next_toward(b, context=self)

    def number_class(self, a):
        return self._conv(a).number_class(context=self)

    def same_quantum(self, a, b):
        return self._conv(a).same_quantum(b)

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def logical_and(self, a, b):
        return self._conv(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._conv(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._conv(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._conv(a).logical_invert(context=self)

    def shift(self, a, b):
        return self._conv(a).shift(b, context=self)

    def rotate(self, a, b):
        return self._conv(a).rotate(b, context=self)

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def copy_sign(self, a, b):
        return self._conv(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(self._conv(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def radix(self):
        return Decimal(10)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return self._conv(a).is_finite()

    def is_infinite(self, a):
        return self._conv(a).is_infinite()

    def is_nan(self, a):
        return self._conv(a).is_nan()

    def is_qnan(self, a):
        return self._conv(a).is_qnan()

    def is_snan(self, a):
        return self._conv(a).is_snan()

    def is_signed(self, a):
        return self._conv(a).is_signed()

    def is_zero(self, a):
        return self._conv(a).is_zero()

    def is_normal(self, a):
        return self._conv(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._conv(a).is_subnormal(context=self)


# ------------------------------------------------------------ current context

import threading as _threading

_local = _threading.local()

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


def getcontext():
    """Return this thread's current context (a copy of DefaultContext at first)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    """Make context the current context of this thread."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class ContextManager(object):
    """Context manager that installs a copy of a context for a with block."""

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    mgr = ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                       "flags", "traps"):
            raise TypeError("this function got an unexpected keyword argument '%s'"
                            % key)
        setattr(mgr.new_context, key, value)
    return mgr


for _cls in (Decimal, Context, DecimalException, Clamped, InvalidOperation,
             ConversionSyntax, DivisionByZero, DivisionImpossible,
             DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation, ContextManager):
    _cls.__module__ = "decimal"
del _cls

_numbers.Number.register(Decimal)


def _install_operand_errors():
    # The C implementation names its type 'decimal.Decimal' in operand
    # errors; builtin operands can never handle the operation themselves,
    # so the TypeError is raised here with that name.
    table = [("__add__", "+"), ("__sub__", "-"), ("__mul__", "*"),
             ("__truediv__", "/"), ("__floordiv__", "//"), ("__mod__", "%"),
             ("__divmod__", "divmod()"), ("__pow__", "** or pow()")]
    for name, sym in table:
        for reflected in (False, True):
            attr = ("__r" + name[2:]) if reflected else name
            orig = getattr(Decimal, attr)

            def make(orig, sym, reflected):
                def method(self, other, *args, **kwargs):
                    r = orig(self, other, *args, **kwargs)
                    hopeless = (reflected or type(other).__module__ in ("builtins", "fractions") or
                                not hasattr(type(other), "__r" + name[2:]))
                    if r is NotImplemented and hopeless \
                            and not (sym == "** or pow()" and args and args[0] is not None):
                        a, b = "decimal.Decimal", type(other).__name__
                        if reflected:
                            a, b = b, a
                        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                                        % (sym, a, b))
                    return r
                method.__name__ = orig.__name__
                method.__qualname__ = "Decimal." + attr
                return method
            setattr(Decimal, attr, make(orig, sym, reflected))


_install_operand_errors()
del _install_operand_errors
