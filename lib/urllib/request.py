"""urllib.request (ftpy): Request objects and urlopen() for local URLs.

Provided: Request, urlopen() and urlretrieve() for data: and file: URLs,
pathname2url/url2pathname, getproxies(), parse_http_list/parse_keqv_list.
Network schemes (http, https, ftp) need http.client, which ftpy does not
have yet: urlopen() raises URLError for them with a reason saying so.
The handler/opener machinery (build_opener, OpenerDirector, *Handler) is
not provided.
"""

import base64
import os
import re
import time
import io

from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote, unquote,
                          unquote_to_bytes, _splittype, _splithost, _splitport,
                          _splituser, _splitpasswd, _splittag, _to_bytes)
from urllib.response import addinfourl, addclosehook, _Headers

__all__ = ['Request', 'urlopen', 'urlretrieve', 'urlcleanup', 'pathname2url',
           'url2pathname', 'getproxies', 'URLError', 'HTTPError',
           'ContentTooShortError', 'parse_http_list', 'parse_keqv_list']

__version__ = '3.13'

_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request-host of request (RFC 2965), lower-cased, without port."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    host = _cut_port_re.sub("", host, 1)
    return host.lower()


class Request:
    """A URL request: URL, data (bytes or None), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # A new body invalidates a computed Content-length.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """'POST' when there is data, else 'GET' (unless a method was given)."""
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers or header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


# ---------------------------------------------------------------- opening

_MIME_TYPES = {
    '.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html',
    '.css': 'text/css', '.csv': 'text/csv', '.xml': 'application/xml',
    '.json': 'application/json', '.js': 'text/javascript', '.py': 'text/x-python',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
    '.gif': 'image/gif', '.svg': 'image/svg+xml', '.pdf': 'application/pdf',
    '.zip': 'application/zip', '.gz': 'application/gzip', '.tar': 'application/x-tar',
    '.md': 'text/markdown', '.bin': 'application/octet-stream',
}

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec']


def _http_date(timestamp):
    t = time.gmtime(timestamp)
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


def _open_data(url):
    # data:[<mediatype>][;base64],<data>
    scheme, data = url.split(":", 1)
    try:
        mediatype, data = data.split(",", 1)
    except ValueError:
        raise ValueError("data URL must contain a comma") from None
    data = unquote_to_bytes(data)
    if mediatype.endswith(";base64"):
        data = base64.decodebytes(data)
        mediatype = mediatype[:-7]
    if not mediatype:
        mediatype = "text/plain;charset=US-ASCII"
    headers = _Headers([('Content-type', mediatype), ('Content-length', str(len(data)))])
    return addinfourl(io.BytesIO(data), headers, url)


def _open_file(req):
    host = req.host
    filename = req.selector
    if host and host.lower() not in ('localhost', '127.0.0.1', os.uname().nodename.lower()):
        raise URLError('file not on local host')
    localfile = url2pathname(filename)
    try:
        stats = os.stat(localfile)
        size = stats.st_size
        modified = _http_date(stats.st_mtime)
        mtype = _MIME_TYPES.get(os.path.splitext(filename)[1].lower())
        headers = _Headers([('Content-type', mtype or 'text/plain'),
                            ('Content-length', str(size)),
                            ('Last-modified', modified)])
        if host:
            host, port = _splitport(host)
        origurl = 'file://' + host + filename if host else 'file://' + filename
        return addinfourl(open(localfile, 'rb'), headers, origurl)
    except OSError as exp:
        raise URLError(exp, exp.filename)


def urlopen(url, data=None, timeout=None, *, context=None):
    """Open url (a string or a Request). data: and file: URLs are read
    locally; network schemes raise URLError (no http.client in ftpy)."""
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    scheme = req.type
    if scheme == 'data':
        return _open_data(req.full_url)
    if scheme == 'file':
        return _open_file(req)
    if scheme in ('http', 'https', 'ftp'):
        raise URLError('%s URLs are not supported by ftpy yet (no http.client module)' % scheme)
    raise URLError('unknown url type: %s' % scheme)


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to filename (a temporary file if None);
    returns (filename, headers)."""
    url_type, path = _splittype(url)
    with urlopen(url, data) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(url2pathname(_splithost(path)[1])), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            import tempfile
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (read, size), result)
    return result


def urlcleanup():
    """Remove the temporary files made by urlretrieve()."""
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]


def url2pathname(pathname):
    """OS-specific conversion from a relative URL of the 'file' scheme
    to a file system path; not recommended for general use."""
    return unquote(pathname)


def pathname2url(pathname):
    """OS-specific conversion from a file system path to a relative URL
    of the 'file' scheme; not recommended for general use."""
    return quote(pathname)


def getproxies_environment():
    """Scheme -> proxy URL from the <scheme>_proxy environment variables
    (lower-case names win)."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    # CGI scripts must not trust HTTP_PROXY (it comes from a request header).
    if 'REQUEST_METHOD' in os.environ:
        proxies.pop('http', None)
    for name, value in os.environ.items():
        if name[-6:] == '_proxy':
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


getproxies = getproxies_environment


def parse_keqv_list(l):
    """Parse a list of key=value strings where keys are not duplicated."""
    parsed = {}
    for elt in l:
        k, v = elt.split('=', 1)
        if v[0] == '"' and v[-1] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed


def parse_http_list(s):
    """Split a comma-separated header value, keeping quoted strings whole."""
    res = []
    part = ''
    escape = quote = False
    for cur in s:
        if escape:
            part += cur
            escape = False
            continue
        if quote:
            if cur == '\\':
                escape = True
                continue
            elif cur == '"':
                quote = False
            part += cur
            continue
        if cur == ',':
            res.append(part)
            part = ''
            continue
        if cur == '"':
            quote = True
        part += cur
    if part:
        res.append(part)
    return [part.strip() for part in res]
