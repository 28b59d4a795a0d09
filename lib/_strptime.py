"""_strptime: the parser behind datetime.strptime and time.strptime.

Written for ftpy from the documented behaviour of CPython 3.13.  Only the
C/POSIX locale is supported (English day and month names, "%c" is
"%a %b %d %H:%M:%S %Y", "%x" is "%m/%d/%y", "%X" is "%H:%M:%S").

Compiled format regexes are cached in a dict; a dict store of an immutable
compiled pattern is atomic, so the cache needs no lock (a race only
compiles the same pattern twice).

Entry points:
  _strptime_time(data_string, format) -> time.struct_time (9 fields, plus
      tm_zone/tm_gmtoff as CPython's time.strptime sets them)
  _strptime_datetime(cls, data_string, format) -> cls instance
"""

import re as _re
import time as _time

__all__ = []

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
         "sunday"]
_DAYS_ABBR = [d[:3] for d in _DAYS]
_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december"]
_MONTHS_ABBR = [""] + [m[:3] for m in _MONTHS[1:]]


def _alternation(names, group):
    names = sorted((n for n in names if n), key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(_re.escape(n) for n in names))


def _tznames():
    try:
        std, dst = _time.tzname
    except (AttributeError, ValueError, TypeError):
        std, dst = "", ""
    utc = frozenset(("utc", "gmt", std.lower()))
    if getattr(_time, "daylight", 0):
        dstn = frozenset((dst.lower(),))
    else:
        dstn = frozenset()
    return (utc, dstn)


_BASE = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)",
    "A": _alternation(_DAYS, "A"),
    "a": _alternation(_DAYS_ABBR, "a"),
    "B": _alternation(_MONTHS[1:], "B"),
    "b": _alternation(_MONTHS_ABBR[1:], "b"),
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
_BASE["W"] = _BASE["U"].replace("<U>", "<W>")

_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_cache = {}
_CACHE_MAX = 5


def _pattern(format, tzsets):
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d in _EXPAND:
                out.append(_pattern(_EXPAND[d], tzsets))
            elif d == "Z":
                names = set()
                for s in tzsets:
                    names |= s
                out.append(_alternation(names, "Z"))
            elif d in _BASE:
                out.append(_BASE[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, "%" + d))
        elif c.isspace():
            j = i
            while j < n and format[j].isspace():
                j += 1
            out.append(r"\s+")
            i = j
        else:
            out.append(_re.escape(c))
            i += 1
    return "".join(out)


def _compile(format):
    tzsets = _tznames()
    key = (format, tzsets)
    r = _cache.get(key)
    if r is None:
        try:
            pat = _pattern(format, tzsets)
        except ValueError as e:
            msg = str(e)
            if msg.startswith("'") and "bad directive" in msg:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (msg[1], format)) from None
            raise
        r = _re.compile(pat, _re.IGNORECASE)
        if len(_cache) > _CACHE_MAX:
            _cache.clear()
        _cache[key] = r
    return r, tzsets


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _first_weekday(year):
    import datetime
    return datetime.date(year, 1, 1).weekday()


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _first_weekday(year)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + 7 * (week_of_year - 1)
    return 1 + days_to_week + day_of_week


def _warn_day_without_year(format, stacklevel):
    # CPython 3.13 warns whenever a day of month is parsed with no year.
    expanded = format
    for k, v in _EXPAND.items():
        expanded = expanded.replace("%" + k, v)
    plain = expanded.replace("%%", "")
    if "%d" in plain and "%Y" not in plain and "%y" not in plain \
            and "%G" not in plain:
        import warnings
        warnings.warn(
            "Parsing dates involving a day of month without a year "
            "specified is ambiguious\nand fails to parse leap day. The "
            "default behavior will change in Python 3.15\nto either always "
            "raise an exception or to use a different default year (TBD).\n"
            "To avoid trouble, add a specific year to the input & format.\n"
            "See https://github.com/python/cpython/issues/70647.",
            DeprecationWarning, stacklevel=stacklevel)


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y", _stacklevel=3):
    """Return (9-tuple, fraction_us, gmtoff_fraction) for the parsed data."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index + 1, type(arg).__name__))
    regex, tzsets = _compile(format)
    _warn_day_without_year(format, _stacklevel + 1)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s"
                         % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict:
        v = found_dict[group_key]
        if v is None:
            continue
        if group_key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif group_key == "Y":
            year = int(v)
        elif group_key == "G":
            iso_year = int(v)
        elif group_key == "m":
            month = int(v)
        elif group_key == "B":
            month = _MONTHS.index(v.lower())
        elif group_key == "b":
            month = _MONTHS_ABBR.index(v.lower())
        elif group_key == "d":
            day = int(v)
        elif group_key == "H":
            hour = int(v)
        elif group_key == "I":
            hour = int(v)
            ampm = (found_dict.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif group_key == "M":
            minute = int(v)
        elif group_key == "S":
            second = int(v)
        elif group_key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif group_key == "A":
            weekday = _DAYS.index(v.lower())
        elif group_key == "a":
            weekday = _DAYS_ABBR.index(v.lower())
        elif group_key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == "u":
            weekday = int(v) - 1
        elif group_key == "j":
            julian = int(v)
        elif group_key in ("U", "W"):
            week_of_year = int(v)
            week_of_year_start = 6 if group_key == "U" else 0
        elif group_key == "V":
            iso_week = int(v)
        elif group_key == "z":
            z = v
            if z == "Z" or z == "z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding
                                      if gmtoff_remainder else 0)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == "Z":
            found_zone = v.lower()
            for value, tz_values in enumerate(tzsets):
                if found_zone in tz_values:
                    std, dst = _time.tzname
                    if (std == dst and getattr(_time, "daylight", 0)
                            and found_zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break

    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with "
                             "the year directive '%Y'. Use the ISO year "
                             "'%G' instead.")

    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
        else:
            year = 1900

    import datetime as _dt
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                              week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            d = _dt.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            julian = d.toordinal() - _dt.date(year, 1, 1).toordinal() + 1
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = (_dt.date(year, month, day).toordinal()
                  - _dt.date(year, 1, 1).toordinal() + 1)
    else:
        d = _dt.date.fromordinal((julian - 1) + _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()

    if leap_year_fix:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             found_dict.get("Z"), gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a time.struct_time of the 9 date/time fields plus
    tm_zone (the %Z text or None) and tm_gmtoff (%z seconds or None)."""
    tt = _strptime(data_string, format)[0]
    try:
        return _time.struct_time(tt[:11])
    except TypeError:
        return _time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime as _dt
    tt, fraction, gmtoff_fraction = _strptime(data_string, format, 4)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)


