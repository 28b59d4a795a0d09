"""urllib.response (ftpy): the response objects urlopen() returns.

addinfourl wraps a binary file with the URL, the headers and the status.
ftpy has no email package, so headers are a small case-insensitive
message object (_Headers) with the parts of email.message.Message that
callers of urlopen() use.
"""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class _Headers:
    """Ordered, case-insensitive header fields."""

    def __init__(self, items=()):
        self._items = [(k, v) for k, v in items]

    @classmethod
    def _from_text(cls, text):
        items = []
        for line in text.splitlines():
            if not line.strip():
                continue
            if line[:1] in ' \t' and items:
                k, v = items[-1]
                items[-1] = (k, v + '\n' + line)
                continue
            key, _, value = line.partition(':')
            items.append((key.strip(), value.strip()))
        return cls(items)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._items:
            if k.lower() == name:
                return v
        return failobj

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._items.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._items = [(k, v) for k, v in self._items if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._items)

    def __iter__(self):
        for k, v in self._items:
            yield k

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, v in self._items]

    def values(self):
        return [v for k, v in self._items]

    def items(self):
        return list(self._items)

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._items if k.lower() == name]
        return values or failobj

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return 'text/plain'
        ctype = value.split(';', 1)[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_param(self, param, failobj=None, header='content-type'):
        value = self.get(header)
        if value is None:
            return failobj
        for part in value.split(';')[1:]:
            k, eq, v = part.partition('=')
            if k.strip().lower() == param.lower():
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v if eq else ''
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._items) + '\n'

    __str__ = as_string


class addbase:
    """Base class for addinfo and addclosehook: wraps a file (attribute
    access is delegated to it) and is usable as a context manager."""

    def __init__(self, fp):
        self.file = fp
        self.name = '<urllib response>'
        self.fp = fp

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __iter__(self):
        return iter(self.file)

    def close(self):
        self.file.close()

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.file)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """Class to add a close hook to an open file."""

    def __init__(self, fp, closehook, *hookargs):
        super(addclosehook, self).__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super(addclosehook, self).close()


class addinfo(addbase):
    """class to add an info() method to an open file."""

    def __init__(self, fp, headers):
        super(addinfo, self).__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """class to add info() and geturl() methods to an open file."""

    def __init__(self, fp, headers, url, code=None):
        super(addinfourl, self).__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
