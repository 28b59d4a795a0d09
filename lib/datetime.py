"""datetime: dates, times, durations and fixed-offset time zones.

Written for ftpy from the documented behaviour of CPython 3.13's datetime
module.  All values are immutable; an instance's fields are set once in
__new__ and never change, so instances are safe to share between threads.

Internally a date is handled as a proleptic Gregorian ordinal (day 1 is
0001-01-01) and a timedelta as (days, seconds, microseconds) normalised so
that 0 <= seconds < 86400 and 0 <= microseconds < 10**6.
"""

import time as _time
import math as _math
import sys as _sys

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"]


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_month(y, m):
    return _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y))


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    idx = getattr(type(v), "__index__", None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return idx(v)


def _check_date_fields(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _type_name(obj):
    # CPython's datetime types are C types whose names carry the module.
    t = type(obj)
    if t in _QUALIFIED:
        return "datetime." + t.__name__
    if t.__module__ == "builtins":
        return t.__name__
    return t.__name__


def _cls_repr_name(obj):
    t = type(obj)
    if t in _QUALIFIED:
        return "datetime." + t.__name__
    return t.__name__


def _foreign(other):
    # Builtin operands can never implement the reflected operation with a
    # datetime object, so the error can be raised here with the C names.
    return type(other).__module__ == "builtins"


def _hopeless(other):
    # For reflected operations (the last resort), operands of this module's
    # own types cannot handle the operation either.
    return _foreign(other) or isinstance(other, _QUALIFIED)


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _binop_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _format_offset(off, sep=":"):
    s = ""
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += "%s%02d%s%02d" % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += "%s%02d" % (sep, ss.seconds)
            if ss.microseconds:
                s += ".%06d" % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    specs = {
        "hours": "%02d",
        "minutes": "%02d:%02d",
        "seconds": "%02d:%02d:%02d",
        "milliseconds": "%02d:%02d:%02d.%03d",
        "microseconds": "%02d:%02d:%02d.%06d",
    }
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError("Unknown timespec value")
    return fmt % (hh, mm, ss, us)[:fmt.count("%")]


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


# ---------------------------------------------------------------- strftime

def _strftime(obj, fmt, tt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % ("None" if fmt is None else type(fmt).__name__))
    year, month, day, hh, mi, ss, wday, yday = tt[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("%")
            break
        c = fmt[i]
        i += 1
        if c == ":" and i < n and fmt[i] == "z":
            i += 1
            out.append(_tz_field(obj, ":"))
            continue
        if c == "%":
            out.append("%")
        elif c == "a":
            out.append(_DAYNAMES[wday])
        elif c == "A":
            out.append(_FULLDAYNAMES[wday])
        elif c in "bh":
            out.append(_MONTHNAMES[month])
        elif c == "B":
            out.append(_FULLMONTHNAMES[month])
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYNAMES[wday], _MONTHNAMES[month], day, hh, mi, ss, year))
        elif c == "C":
            out.append("%02d" % (year // 100) if year >= 1000 else str(year // 100))
        elif c == "d":
            out.append("%02d" % day)
        elif c == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "e":
            out.append("%2d" % day)
        elif c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "F":
            out.append("%s-%02d-%02d" % (_year_str(year), month, day))
        elif c == "G":
            out.append(_year_str(_iso_year(year, month, day)))
        elif c == "g":
            out.append("%02d" % (_iso_year(year, month, day) % 100))
        elif c == "H":
            out.append("%02d" % hh)
        elif c == "I":
            out.append("%02d" % ((hh + 11) % 12 + 1))
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "k":
            out.append("%2d" % hh)
        elif c == "l":
            out.append("%2d" % ((hh + 11) % 12 + 1))
        elif c == "m":
            out.append("%02d" % month)
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "n":
            out.append("\n")
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % ((hh + 11) % 12 + 1, mi, ss,
                                             "AM" if hh < 12 else "PM"))
        elif c == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif c == "S":
            out.append("%02d" % ss)
        elif c == "t":
            out.append("\t")
        elif c == "T" or c == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif c == "u":
            out.append("%d" % (wday + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == "V":
            out.append("%02d" % _iso_week(year, month, day))
        elif c == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif c == "y":
            out.append("%02d" % (year % 100))
        elif c == "Y":
            out.append(_year_str(year))
        elif c == "z":
            out.append(_tz_field(obj, ""))
        elif c == "Z":
            name = ""
            tzi = getattr(obj, "tzinfo", None)
            if tzi is not None:
                name = obj.tzname()
                if name is None:
                    name = ""
            out.append(name.replace("%", "%%") if False else name)
        else:
            out.append(_time.strftime("%" + c, tuple(tt)))
    return "".join(out)


def _year_str(y):
    return str(y)


def _iso_year(y, m, d):
    return _isocal(y, m, d)[0]


def _iso_week(y, m, d):
    return _isocal(y, m, d)[1]


def _tz_field(obj, sep):
    if getattr(obj, "tzinfo", None) is None:
        return ""
    off = obj.utcoffset()
    if off is None:
        return ""
    return _format_offset(off, sep).replace(":", sep) if sep == "" else _format_offset(off, sep)


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon += 7
    return mon


def _isocal(y, m, d):
    year = y
    w1 = _isoweek1monday(year)
    today = _ymd2ord(y, m, d)
    week, day = divmod(today - w1, 7)
    if week < 0:
        year -= 1
        w1 = _isoweek1monday(year)
        week, day = divmod(today - w1, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


# ---------------------------------------------------------------- timedelta

def _accum(total, leftover, value, factor, what):
    """Add value*factor microseconds the way CPython's C datetime does:
    whole parts exactly, fractional parts in double precision."""
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        if value != value:
            raise ValueError("cannot convert float NaN to integer")
        if value in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (what, type(value).__name__))


def _round_half_even(num, den):
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for value, factor, what in (
                (microseconds, 1, "microseconds"),
                (milliseconds, 1000, "milliseconds"),
                (seconds, 1000000, "seconds"), (minutes, 60000000, "minutes"),
                (hours, 3600000000, "hours"), (days, 86400000000, "days"),
                (weeks, 604800000000, "weeks")):
            total, leftover = _accum(total, leftover, value, factor, what)
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        us = total
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            if not -2**31 <= d < 2**31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_cls_repr_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        if _foreign(other):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        if _hopeless(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        if _foreign(other):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._to_us() - self._to_us())
        if _hopeless(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else timedelta._from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, (str, bytes, bytearray, list, tuple)):
            raise TypeError("can't multiply sequence by non-int of type "
                            "'datetime.timedelta'")
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * n, d))
        if _foreign(other):
            raise _binop_error("*", self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float, str, bytes, bytearray, list, tuple)):
            return self.__mul__(other)
        if _hopeless(other):
            raise _binop_error("*", other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._to_us() // other)
        if _foreign(other):
            raise _binop_error("//", self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._to_us(), other)
                                      if other > 0 else
                                      _round_half_even(-self._to_us(), -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("float division by zero")
            num = self._to_us() * d
            if n < 0:
                num, n = -num, -n
            return timedelta._from_us(_round_half_even(num, n))
        if _foreign(other):
            raise _binop_error("/", self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._to_us() % d)
        if _foreign(other):
            raise _binop_error("%", self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, timedelta._from_us(r)
        if _foreign(other):
            raise _binop_error("divmod()", self, other)
        return NotImplemented

    def _cmpop(self, other, op):
        if isinstance(other, timedelta):
            return None
        if op in ("==", "!="):
            return NotImplemented
        if _hopeless(other):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        r = self._cmpop(other, "<")
        return self._to_us() < other._to_us() if r is None else r

    def __le__(self, other):
        r = self._cmpop(other, "<=")
        return self._to_us() <= other._to_us() if r is None else r

    def __gt__(self, other):
        r = self._cmpop(other, ">")
        return self._to_us() > other._to_us() if r is None else r

    def __ge__(self, other):
        r = self._cmpop(other, ">=")
        return self._to_us() >= other._to_us() if r is None else r

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __reduce_ex__(self, protocol):
        # defined explicitly so that copy/pickle use __reduce__ even where
        # object.__reduce_ex__ does not defer to an overriding __reduce__
        return self.__reduce__()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- date

class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _date_from_parsed(p, s):
    if p is None:
        raise ValueError("Invalid isoformat string: %r" % (s,))
    if p[0] == "week":
        _, year, week, wd = p
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < wd < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % wd)
        o = _isoweek1monday(year) + (week - 1) * 7 + wd - 1
        return _ord2ymd(o)
    return p[1:]


class _IsoError(Exception):
    """Internal: the string is not in an accepted ISO 8601 form."""


# The ISO 8601 parsers below reproduce the exact acceptance rules of
# CPython's C implementation (which are looser than the format it writes):
# components are read as fixed-width ASCII digit runs from a NUL-terminated
# view of the string, and a few trailing characters are tolerated where the
# C parser does not look at them.

def _iso_digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not all("0" <= ch <= "9" for ch in part):
        raise _IsoError
    return int(part), i + n


def _iso_week_to_ymd(year, week, day):
    if year < MINYEAR or year > MAXYEAR:
        raise _IsoError
    if not 0 < week < 53:
        first = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first == 4 or (first == 3 and _is_leap(year)))):
            raise _IsoError
    if not 0 < day < 8:
        raise _IsoError
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1)


def _iso_date(s, length):
    """Parse the date at the start of NUL-terminated s; (y, m, d)."""
    year, i = _iso_digits(s, 0, 4)
    ext = s[i] == "-"
    if ext:
        i += 1
    if s[i] == "W":
        week, i = _iso_digits(s, i + 1, 2)
        day = 1
        if i < length:
            if ext:
                if s[i] != "-":
                    raise _IsoError
                i += 1
            day, i = _iso_digits(s, i, 1)
        return _iso_week_to_ymd(year, week, day)
    month, i = _iso_digits(s, i, 2)
    if ext:
        if s[i] != "-":
            raise _IsoError
        i += 1
    day, i = _iso_digits(s, i, 2)
    return year, month, day


def _iso_hms(s, i, end):
    """Parse [HH[:MM[:SS[.f]]]] from s[i:end]; return (trailing, fields)."""
    vals = [0, 0, 0, 0]
    ext = True
    for k in range(3):
        vals[k], i = _iso_digits(s, i, 2)
        ch = s[i]
        i += 1
        if k == 0:
            ext = ch == ":"
        if i >= end:
            return ch != "\0", vals
        if ext and ch == ":":
            continue
        if ch in ".,":
            break
        if ext:
            raise _IsoError
        i -= 1
    n = min(end - i, 6)
    if n <= 0:
        raise _IsoError
    frac, i = _iso_digits(s, i, n)
    vals[3] = frac * 10 ** (6 - n)
    while "0" <= s[i] <= "9":
        i += 1
    return s[i] != "\0", vals


def _iso_time(s, start):
    """Parse a time (with optional UTC offset) from NUL-terminated s[start:];
    return (h, m, sec, us, tzinfo or None)."""
    end = len(s) - 1
    tzpos = start
    while True:
        if s[tzpos] in "Z+-":
            break
        tzpos += 1
        if tzpos >= end:
            break
    trailing, vals = _iso_hms(s, start, tzpos)
    if tzpos >= end:
        if trailing:
            raise _IsoError
        return vals + [None]
    if s[tzpos] == "Z":
        if s[tzpos + 1] != "\0":
            raise _IsoError
        return vals + [timezone.utc]
    sign = -1 if s[tzpos] == "-" else 1
    trailing, tz = _iso_hms(s, tzpos + 1, end)
    if trailing:
        raise _IsoError
    offset = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
    if offset == 0:
        return vals + [timezone.utc]
    return vals + [timezone(timedelta(0, offset, sign * tz[3]))]


def _iso_separator(s, n):
    """Index of the date/time separator in a datetime string of length n."""
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and "0" <= s[10] <= "9":
                return 8
            return 10
        return 8
    if s[4] == "W":
        idx = 7
        while idx < n and "0" <= s[idx] <= "9":
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4 \
                and 1 <= (year[2] if isinstance(year, bytes) else ord(year[2])) <= 12:
            b = year if isinstance(year, bytes) else year.encode("latin1")
            year, month, day = b[0] * 256 + b[1], b[2], b[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) not in (7, 8, 10):
                raise _IsoError
            ymd = _iso_date(date_string + "\0", len(date_string))
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        try:
            return cls(*_date_from_parsed(("week", year, week, day), None))
        except ValueError as e:
            if str(e).startswith("Invalid weekday"):
                raise ValueError("Invalid day: %d (range is [1, 7])" % day) from None
            raise

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_repr_name(self), self._year,
                                   self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    __replace__ = replace

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _cmpop(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return None
        if op in ("==", "!="):
            return NotImplemented
        if _foreign(other) or isinstance(other, (date, time, timedelta, tzinfo)):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        r = self._cmpop(other, "<")
        return self._cmpkey() < other._cmpkey() if r is None else r

    def __le__(self, other):
        r = self._cmpop(other, "<=")
        return self._cmpkey() <= other._cmpkey() if r is None else r

    def __gt__(self, other):
        r = self._cmpop(other, ">")
        return self._cmpkey() > other._cmpkey() if r is None else r

    def __ge__(self, other):
        r = self._cmpop(other, ">=")
        return self._cmpkey() >= other._cmpkey() if r is None else r

    def __hash__(self):
        # CPython hashes the pickled state bytes; doing the same keeps
        # hash values identical across implementations.
        if self._hashcode == -1:
            self._hashcode = hash(date._getstate(self)[0])
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        if _foreign(other) or type(other) is type(self):
            raise _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _hopeless(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() - other.days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _foreign(other) or isinstance(other, date):
            raise _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _hopeless(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (type(self), self._getstate())

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)

    def __reduce_ex__(self, protocol):
        # defined explicitly so that copy/pickle use __reduce__ even where
        # object.__reduce_ex__ does not defer to an overriding __reduce__
        return self.__reduce__()


# ---------------------------------------------------------------- time

class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and \
                (hour[0] if isinstance(hour, bytes) else ord(hour[0])) & 0x7F < 24:
            b = hour if isinstance(hour, bytes) else hour.encode("latin1")
            tzinfo = minute if minute != 0 else None
            hour, minute, second = b[0], b[1], b[2]
            if hour > 127:
                hour -= 128
                fold = 1
            microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmpop(self, other, op):
        if isinstance(other, time):
            return None
        if op in ("==", "!="):
            return NotImplemented
        if _foreign(other) or isinstance(other, (date, timedelta)):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        r = self._cmpop(other, "<")
        return self._cmp(other) < 0 if r is None else r

    def __le__(self, other):
        r = self._cmpop(other, "<=")
        return self._cmp(other) <= 0 if r is None else r

    def __gt__(self, other):
        r = self._cmpop(other, ">")
        return self._cmp(other) > 0 if r is None else r

    def __ge__(self, other):
        r = self._cmpop(other, ">=")
        return self._cmp(other) >= 0 if r is None else r

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                self._hashcode = hash(timedelta(0, self._hour * 3600 + self._minute * 60
                                                + self._second, self._microsecond) - tzoff)
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_cls_repr_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string + "\0"
        start = 1 if s[0] == "T" else 0
        try:
            h, m, sec, us, tz = _iso_time(s, start)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_utc_offset("dst", off)
        return off

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    __replace__ = replace

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and \
                1 <= (year[2] if isinstance(year, bytes) else ord(year[2])) & 0x7F <= 12:
            b = year if isinstance(year, bytes) else year.encode("latin1")
            tzinfo = month
            year, month, day = b[0] * 256 + b[1], b[2], b[3]
            if month > 127:
                month -= 128
                fold = 1
            hour, minute, second = b[4], b[5], b[6]
            microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            frac, t = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
            t = int(t)
        elif isinstance(t, int):
            us = 0
        else:
            idx = getattr(type(t), "__float__", None)
            if idx is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(t).__name__)
            return cls._fromtimestamp(float(t), utc, tz)
        if utc:
            days, secs = divmod(t, 86400)
            o = 719163 + days
            if not 0 < o <= _MAXORDINAL:
                raise ValueError("year %d is out of range" % _ord2ymd(o)[0]
                                 if o > 0 else "year is out of range")
            y, m, d = _ord2ymd(o)
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
        else:
            y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # Detect the second of two ambiguous local times.
            max_fold_seconds = 24 * 3600
            if t < max_fold_seconds and _sys.platform.startswith("win"):
                return result
            y, m, d, hh, mm, ss = _time.localtime(t - max_fold_seconds)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss = _time.localtime(t + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(timestamp, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and "
                      "scheduled for removal in a future version. Use timezone-aware "
                      "objects to represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(t, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to "
                      "represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        t = _time.time()
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        n = len(date_string)
        s = date_string + "\0" * 12
        try:
            if n < 7:
                raise _IsoError
            sep = _iso_separator(s, n)
            if sep < 0:
                raise _IsoError
            ymd = _iso_date(s, sep)
            h = m = sec = us = 0
            tz = None
            if n > sep:
                h, m, sec, us, tz = _iso_time(date_string + "\0", sep + 1)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd, h, m, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  dst))

    def _mktime(self):
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        if self._tzinfo is None:
            s = self._mktime()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _time.struct_time((y, m, d, hh, mm, ss, self.weekday(),
                                  _days_before_month(y, m) + d, 0))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    __replace__ = replace

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
            ts2 = self.replace(fold=1 - self._fold)._mktime()
            if ts2 != ts:
                if (ts2 > ts) == self._fold:
                    ts = ts2
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = getattr(localtm, "tm_gmtoff", None)
        zone = getattr(localtm, "tm_zone", None)
        if gmtoff is None:
            gm = _time.gmtime(ts)
            gmtoff = (local - datetime(*gm[:6])) // timedelta(seconds=1)
        if zone is None:
            zone = _time.tzname[localtm[8] > 0] if localtm[8] >= 0 else None
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            "not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            "not %s" % type(sep).__name__)
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_cls_repr_name(self), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_utc_offset("dst", off)
        return off

    def _cmpop(self, other, op):
        if isinstance(other, datetime):
            return None
        if op in ("==", "!="):
            return NotImplemented
        if _foreign(other) or isinstance(other, (date, time, timedelta)):
            raise _cmp_error(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        r = self._cmpop(other, "<")
        return self._cmp(other) < 0 if r is None else r

    def __le__(self, other):
        r = self._cmpop(other, "<=")
        return self._cmp(other) <= 0 if r is None else r

    def __gt__(self, other):
        r = self._cmpop(other, ">")
        return self._cmp(other) > 0 if r is None else r

    def __ge__(self, other):
        r = self._cmpop(other, ">=")
        return self._cmp(other) >= 0 if r is None else r

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _total_us_naive(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            if _foreign(other) or isinstance(other, (date, time)):
                raise _binop_error("+", self, other)
            return NotImplemented
        us = self._total_us_naive() + other._to_us()
        s, us = divmod(us, 1000000)
        days, s = divmod(s, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        y, m, d = _ord2ymd(days)
        cls = type(self)
        res = datetime.__new__(cls, y, m, d, hh, mm, ss, us, self._tzinfo)
        return res

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _hopeless(other):
            raise _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            if _foreign(other) or isinstance(other, (date, time)):
                raise _binop_error("-", self, other)
            return NotImplemented
        base = timedelta._from_us(self._total_us_naive() - other._total_us_naive())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __rsub__(self, other):
        if _hopeless(other):
            raise _binop_error("-", other, self)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond)
                                      - tzoff)
        return self._hashcode

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                       self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


# ---------------------------------------------------------------- timezone

class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_repr_name(self), self._offset)
        return "%s(%r, %r)" % (_cls_repr_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds,
                                                 microseconds)
        if seconds:
            return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
        return "UTC%s%02d:%02d" % (sign, hours, minutes)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_QUALIFIED = (date, datetime, time, timedelta, timezone, tzinfo)

for _c in _QUALIFIED:
    _c.__module__ = "datetime"
del _c


def _install_operand_errors():
    # CPython's datetime types are C types named 'datetime.X'; operations
    # they do not support report that name.  Builtin operands can never
    # implement the reflected operation, so the error is raised directly;
    # anything else still gets its chance through NotImplemented.
    binops = [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"),
              ("floordiv", "//"), ("mod", "%"), ("divmod", "divmod()"),
              ("pow", "** or pow()"), ("matmul", "@"), ("lshift", "<<"),
              ("rshift", ">>"), ("and", "&"), ("or", "|"), ("xor", "^")]
    unops = [("neg", "unary -"), ("pos", "unary +"), ("invert", "unary ~"),
             ("abs", "abs()")]

    def make_forward(sym):
        def method(self, other, *args):
            if _foreign(other) or type(other) is type(self):
                raise _binop_error(sym, self, other)
            return NotImplemented
        return method

    def make_reflected(sym):
        def method(self, other, *args):
            if _hopeless(other):
                raise _binop_error(sym, other, self)
            return NotImplemented
        return method

    def make_unary(sym):
        def method(self):
            raise TypeError("bad operand type for %s: '%s'" % (sym, _type_name(self)))
        return method

    for cls in (date, time, timedelta, tzinfo):
        for name, sym in binops:
            for attr, maker in (("__%s__" % name, make_forward),
                                ("__r%s__" % name, make_reflected)):
                if not any(attr in vars(k) for k in cls.__mro__ if k is not object):
                    m = maker(sym)
                    m.__name__ = attr
                    m.__qualname__ = cls.__name__ + "." + attr
                    setattr(cls, attr, m)
        for name, sym in unops:
            attr = "__%s__" % name
            if not any(attr in vars(k) for k in cls.__mro__ if k is not object):
                m = make_unary(sym)
                m.__name__ = attr
                m.__qualname__ = cls.__name__ + "." + attr
                setattr(cls, attr, m)


_install_operand_errors()
del _install_operand_errors
