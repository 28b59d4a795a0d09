"""csv -- CSV file reading and writing (RFC 4180 and Excel dialects)."""
import re as _re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
_field_limit = 131072
_dialects = {}


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(self)


def _validate(d):
    if not isinstance(d.delimiter, str) or len(d.delimiter) != 1:
        if d.delimiter is None:
            raise TypeError('"delimiter" must be a unicode character, not NoneType')
        raise TypeError('"delimiter" must be a unicode character, not %s' % type(d.delimiter).__name__) \
            if not isinstance(d.delimiter, str) else TypeError('"delimiter" must be a unicode character, not a string of length %d' % len(d.delimiter))
    if d.quoting not in range(6):
        raise TypeError("bad \"quoting\" value")
    if d.quotechar is None and d.quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    if not isinstance(d.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if len(args) > 1:
            raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Params:
    __slots__ = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                 "lineterminator", "quoting", "strict")


def _make_dialect(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if dialect is None:
        dialect = excel
    p = _Params()
    for attr in _Params.__slots__:
        setattr(p, attr, getattr(dialect, attr, None))
    for k, v in fmtparams.items():
        if k not in _Params.__slots__:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(p, k, v)
    if p.doublequote is None:
        p.doublequote = True
    if p.skipinitialspace is None:
        p.skipinitialspace = False
    if p.lineterminator is None:
        p.lineterminator = "\r\n"
    if p.quoting is None:
        p.quoting = QUOTE_MINIMAL
    if p.strict is None:
        p.strict = False
    if p.quotechar == "" :
        p.quotechar = None
    _validate(p)
    return p


class _Reader:
    def __init__(self, f, dialect, fmtparams):
        self._it = iter(f)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = "start"
        quoted = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state in ("in_quoted", "quote_in_quoted") and d.strict:
                    raise Error("unexpected end of data")
                if state == "start" and not fields and not field:
                    raise
                if state == "in_quoted":
                    raise Error("unexpected end of data") if d.strict else Error("unexpected end of data")
                fields.append(self._finish(field, quoted))
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == "start" or state == "field_start":
                    quoted = False
                    if c in "\r\n":
                        if state == "start" and not fields:
                            state = "eol_empty"
                        else:
                            fields.append(self._finish(field, quoted))
                            field = []
                            state = "eol"
                        i += 1
                        continue
                    if d.skipinitialspace and c == " " and not field:
                        i += 1
                        continue
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = "in_quoted"
                        i += 1
                        continue
                    state = "in_field"
                    continue
                if state == "in_field":
                    if c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = "field_start"
                    elif c in "\r\n":
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = "eol"
                    elif c == d.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 1
                    else:
                        field.append(c)
                    i += 1
                    continue
                if state == "in_quoted":
                    if c == d.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 2
                        continue
                    if c == d.quotechar:
                        if d.doublequote:
                            state = "quote_in_quoted"
                        else:
                            state = "in_field"
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if state == "quote_in_quoted":
                    if c == d.quotechar:
                        field.append(c)
                        state = "in_quoted"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = "field_start"
                    elif c in "\r\n":
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = "eol"
                    elif d.strict:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = "in_field"
                    i += 1
                    continue
                if state in ("eol", "eol_empty"):
                    i += 1
                    continue
            if state == "eol_empty":
                return []
            if state == "eol":
                return fields
            if state == "in_quoted":
                field.append("\n") if not line.endswith(("\n", "\r")) else None
                continue
            if state in ("in_field", "quote_in_quoted", "field_start"):
                fields.append(self._finish(field, quoted))
                return fields
            if state == "start":
                return fields

    def _finish(self, field, quoted):
        value = "".join(field)
        if len(value) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and value:
            return float(value)
        if self.dialect.quoting == QUOTE_NOTNULL and not quoted and not value:
            return None
        if self.dialect.quoting == QUOTE_STRINGS and not quoted:
            return None if not value else float(value)
        return value


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        self._write = f.write
        self.dialect = _make_dialect(dialect, fmtparams)

    def _quote(self, field):
        d = self.dialect
        if field is None:
            if d.quoting == QUOTE_NOTNULL or d.quoting == QUOTE_STRINGS:
                return ""
            s = ""
        elif isinstance(field, float):
            s = repr(field)
        else:
            s = str(field)
        need = False
        if d.quoting == QUOTE_ALL:
            need = True
        elif d.quoting == QUOTE_NONNUMERIC:
            need = not isinstance(field, (int, float)) or isinstance(field, bool)
        elif d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL):
            need = isinstance(field, str) if d.quoting == QUOTE_STRINGS else field is not None
        if d.quoting == QUOTE_NONE:
            out = []
            for c in s:
                if c == d.delimiter or c in "\r\n" or c == d.quotechar or c == d.escapechar:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                out.append(c)
            return "".join(out)
        if not need:
            if s == "" and d.quoting == QUOTE_MINIMAL:
                need = False
            for c in s:
                if c == d.delimiter or c == d.quotechar or c in "\r\n" or c in d.lineterminator:
                    need = True
                    break
            if s and (s[0] == " " and d.skipinitialspace):
                need = True
        if d.escapechar is not None:
            s = s.replace(d.escapechar, d.escapechar * 2)
        if d.quotechar is not None:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar is not None:
                s = s.replace(d.quotechar, d.escapechar + d.quotechar)
            elif d.quotechar in s:
                raise Error("need to escape, but no escapechar set")
        if need:
            return d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        if len(fields) == 1 and (fields[0] is None or fields[0] == "") and self.dialect.quoting != QUOTE_NONE:
            line = self.dialect.quotechar * 2 if self.dialect.quotechar else ""
        else:
            line = self.dialect.delimiter.join(self._quote(f) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Sniffer:
    """Deduce the format of a CSV file (delimiter, quote character, header)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or "".join(self.preferred)
        lines = [l for l in sample.split("\n") if l]
        best = None
        for delim in candidates:
            counts = [l.count(delim) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
            doublequote = True
            skipinitialspace = False
        dialect.delimiter = best
        dialect.quotechar = '"' if '"' in sample or "'" not in sample else "'"
        return dialect

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, rest = rows[0], rows[1:]
        score = 0
        for col, name in enumerate(header):
            values = [r[col] for r in rest if col < len(r)]
            def isnum(v):
                try:
                    float(v)
                    return True
                except ValueError:
                    return False
            if values and all(isnum(v) for v in values) and not isnum(name):
                score += 1
            elif values and all(len(v) != len(name) for v in values):
                score += 1
            else:
                score -= 1
        return score > 0


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)
