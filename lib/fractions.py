"""fractions: exact rational numbers.

Written for ftpy from the documented behaviour of CPython 3.13's fractions
module.  A Fraction is immutable: numerator and denominator are ints in
lowest terms with a positive denominator, fixed at construction, so values
can be shared freely between threads.
"""

import math as _math
import numbers as _numbers
import operator as _operator
import re as _re
import sys as _sys

__all__ = ["Fraction"]

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf

_RATIONAL_FORMAT = _re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        (?:\s*/\s*(?P<denom>\d+(_\d+)*))?
      |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
        (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE)

_FLOAT_SPEC = _re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>[0-9]+)?
    (?P<sep>[,_])?
    (?:\.(?P<prec>[0-9]+))?
    (?P<type>[eEfFgG%])
""", _re.DOTALL | _re.VERBOSE)

_GENERAL_SPEC = _re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<width>0|[1-9][0-9]*)?
    (?P<sep>[,_])?
""", _re.DOTALL | _re.VERBOSE)


def _round_half_even(n, d):
    """Nearest int to n/d (d > 0), ties to even."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q & 1):
        q += 1
    return q


def _group(digits, sep):
    if not sep:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def _pad(sign, body, fill, align, width):
    total = len(sign) + len(body)
    if width <= total:
        return sign + body
    padding = width - total
    if align == "<":
        return sign + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + sign + body + fill * (padding - left)
    if align == "=":
        return sign + fill * padding + body
    return fill * padding + sign + body


class Fraction(_numbers.Rational):
    """A rational number numerator/denominator in lowest terms."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or (
                    not isinstance(numerator, type) and
                    hasattr(numerator, "as_integer_ratio") and
                    not isinstance(numerator, (str, bytes))):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                m = _RATIONAL_FORMAT.match(numerator)
                if m is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator = int(m.group("num") or "0")
                denom = m.group("denom")
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group("decimal")
                    if decimal:
                        decimal = decimal.replace("_", "")
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group("exp")
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group("sign") == "-":
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, _numbers.Rational) and
              isinstance(denominator, _numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        numerator //= g
        denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, _numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, _numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next
        # one would exceed the bound; the answer is then either the last
        # convergent or the best semiconvergent below the bound.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k_next = k_prev + a * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + a * h, k_next
            n, d = d, n - a * d
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ------------------------------------------------------------ format

    def _format_general(self, m):
        fill = m["fill"] or " "
        align = m["align"] or ">"
        pos_sign = "" if m["sign"] == "-" else m["sign"]
        sep = m["sep"] or ""
        n, d = self._numerator, self._denominator
        body = _group(str(abs(n)), sep)
        if d != 1 or m["alt"]:
            body += "/" + _group(str(d), sep)
        sign = "-" if n < 0 else pos_sign
        return _pad(sign, body, fill, align, int(m["width"] or 0))

    def _format_float_style(self, m):
        fill = m["fill"] or " "
        align = m["align"] or ">"
        pos_sign = "" if m["sign"] == "-" else m["sign"]
        no_neg_zero = bool(m["no_neg_zero"])
        alt = bool(m["alt"])
        zeropad = bool(m["zeropad"])
        width = int(m["width"] or 0)
        sep = m["sep"] or ""
        prec = int(m["prec"] or "6")
        ptype = m["type"]
        if zeropad and not m["align"]:
            fill = "0"
            align = "="
        if ptype in "gG":
            prec = max(prec, 1)
        n, d = self._numerator, self._denominator
        neg = n < 0
        n = abs(n)
        suffix = ""
        if ptype == "%":
            n *= 100
            suffix = "%"

        def fixed(places):
            digits = _round_half_even(n * 10 ** places, d) if places >= 0 else 0
            s = str(digits)
            if places > 0:
                s = s.rjust(places + 1, "0")
                return s[:-places], s[-places:], digits
            return s, "", digits

        def scientific(places):
            if n == 0:
                return "0", "0" * places, 0, 0
            e = len(str(n)) - len(str(d))
            if e >= 0:
                if n < d * 10 ** e:
                    e -= 1
            else:
                if n * 10 ** -e < d:
                    e -= 1
            shift = places - e
            if shift >= 0:
                digits = _round_half_even(n * 10 ** shift, d)
            else:
                digits = _round_half_even(n, d * 10 ** -shift)
            if digits >= 10 ** (places + 1):
                digits //= 10
                e += 1
            s = str(digits)
            return s[0], s[1:], e, digits

        exp_str = ""
        if ptype in "fF%":
            ip, fp, digits = fixed(prec)
            strip = False
        elif ptype in "eE":
            ip, fp, e, digits = scientific(prec)
            exp_str = "%s%+03d" % ("e" if ptype == "e" else "E", e)
            strip = False
        else:
            _, _, e, digits = scientific(prec - 1)
            if -4 <= e < prec:
                ip, fp, digits = fixed(prec - 1 - e)
            else:
                ip, fp, e, digits = scientific(prec - 1)
                exp_str = "%s%+03d" % ("e" if ptype == "g" else "E", e)
            strip = not alt
        if strip:
            fp = fp.rstrip("0")
        point = "." if fp or alt else ""
        if neg and no_neg_zero and digits == 0:
            neg = False
        sign = "-" if neg else pos_sign
        tail = point + fp + exp_str + suffix
        if zeropad and fill == "0" and align == "=" and width:
            min_leading = width - len(sign) - len(tail)
            while len(_group(ip, sep)) < min_leading:
                ip = "0" + ip
        body = _group(ip, sep) + tail
        return _pad(sign, body, fill, align, width)

    def __format__(self, format_spec, /):
        m = _GENERAL_SPEC.fullmatch(format_spec)
        if m is not None:
            return self._format_general(m)
        m = _FLOAT_SPEC.fullmatch(format_spec)
        if m is not None and not (m["zeropad"] and m["align"]):
            return self._format_float_style(m)
        raise ValueError("Invalid format specifier %r for object of type %r"
                         % (format_spec, type(self).__name__))

    # ------------------------------------------------------------ arithmetic

    def _operator_fallbacks(monomorphic_operator, fallback_operator,
                            handle_complex=True):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Fraction._from_coprime_ints(b, 1))
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif handle_complex and isinstance(b, complex):
                return fallback_operator(complex(a), b)
            else:
                return NotImplemented
        forward.__name__ = "__" + fallback_operator.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, _numbers.Rational):
                return monomorphic_operator(Fraction(a), b)
            elif isinstance(a, _numbers.Real):
                return fallback_operator(float(a), float(b))
            elif handle_complex and isinstance(a, _numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            else:
                return NotImplemented
        reverse.__name__ = "__r" + fallback_operator.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db + b._numerator * da, da * db)

    __add__, __radd__ = _operator_fallbacks(_add, _operator.add)

    def _sub(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db - b._numerator * da, da * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, _operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, _operator.mul)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * db))
        return Fraction(a._numerator * db, a._denominator * nb)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, _operator.truediv)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, _operator.floordiv,
                                                      False)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, False)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, _operator.mod, False)

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                elif a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                elif a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)"
                                            % a._denominator ** -power)
                else:
                    return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                       (-a._numerator) ** -power)
            else:
                return float(a) ** float(b)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        else:
            return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=_operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, _operator.gt)

    def __le__(a, b):
        return a._richcmp(b, _operator.le)

    def __ge__(a, b):
        return a._richcmp(b, _operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __reduce_ex__(self, protocol):
        # defined explicitly so that copy/pickle use __reduce__ even where
        # object.__reduce_ex__ does not defer to an overriding __reduce__
        return self.__reduce__()

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
