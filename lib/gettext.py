"""gettext (ftpy): message catalogs for internationalisation.

Written for ftpy from the documented behaviour of CPython 3.13's module.
GNUTranslations reads GNU .mo files (either byte order), including plural
forms: the C expression of the "Plural-Forms" header is parsed here into
a small tree and evaluated, never passed to eval(). The module-level
gettext()/ngettext()... use a current text domain and a table of bound
directories (process-wide, like C's libintl); loaded catalogs are cached
per (class, path) and copied for each caller.
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------- plural forms

_token_re = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
    """, re.VERBOSE | re.DOTALL)

# Binary operators by precedence level (higher binds tighter).
_binary_levels = (
    ('||',),
    ('&&',),
    ('==', '!='),
    ('<', '>', '<=', '>='),
    ('+', '-'),
    ('*', '/', '%'),
)


def _tokenize(plural):
    for m in _token_re.finditer(plural):
        kind = m.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = m.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _error(value):
    if value:
        return ValueError('unexpected token in plural form: %s' % value)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    """Recursive-descent parser producing a tree of tuples:
    ('n',), ('num', k), ('not', x), ('neg', x), (op, a, b), ('?', c, a, b)."""

    def __init__(self, plural):
        self.tokens = list(_tokenize(plural))
        self.pos = 0
        self.depth = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        if tok:
            self.pos += 1
        return tok

    def parse(self):
        tree = self.ternary()
        tok = self.peek()
        if tok:
            raise _error(tok)
        return tree

    def ternary(self):
        cond = self.binary(0)
        if self.peek() == '?':
            self.take()
            a = self.ternary()
            tok = self.take()
            if tok != ':':
                raise _error(tok)
            b = self.ternary()
            return ('?', cond, a, b)
        return cond

    def binary(self, level):
        if level == len(_binary_levels):
            return self.unary()
        left = self.binary(level + 1)
        ops = _binary_levels[level]
        while self.peek() in ops:
            op = self.take()
            right = self.binary(level + 1)
            left = (op, left, right)
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            # '!' negates everything up to the next && / || / ?: (the
            # precedence of CPython's translation to Python's "not").
            return ('not', self.binary(2))
        if tok == '(':
            self.depth += 1
            if self.depth > 20:
                raise ValueError('plural form expression is too complex')
            inner = self.ternary()
            if self.take() != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.depth -= 1
            return inner
        if tok == 'n':
            return ('n',)
        if tok and tok.isdigit():
            return ('num', int(tok))
        raise _error(tok)


def _evaluate(tree, n):
    kind = tree[0]
    if kind == 'n':
        return n
    if kind == 'num':
        return tree[1]
    if kind == 'not':
        return int(not _evaluate(tree[1], n))
    if kind == '?':
        return _evaluate(tree[2], n) if _evaluate(tree[1], n) else _evaluate(tree[3], n)
    a = _evaluate(tree[1], n)
    # && and || yield an operand, as Python's "and"/"or" do.
    if kind == '&&':
        return _evaluate(tree[2], n) if a else a
    if kind == '||':
        return a if a else _evaluate(tree[2], n)
    b = _evaluate(tree[2], n)
    if kind == '+':
        return a + b
    if kind == '-':
        return a - b
    if kind == '*':
        return a * b
    if kind == '/':
        return a // b
    if kind == '%':
        return a % b
    if kind == '==':
        return int(a == b)
    if kind == '!=':
        return int(a != b)
    if kind == '<':
        return int(a < b)
    if kind == '>':
        return int(a > b)
    if kind == '<=':
        return int(a <= b)
    if kind == '>=':
        return int(a >= b)
    raise ValueError('invalid plural form tree')


def c2py(plural):
    """Return a function computing the plural form index for n from the C
    expression of a Plural-Forms header."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        tree = _PluralParser(plural).parse()
    except RecursionError:
        raise ValueError('plural form expression is too complex')

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(_evaluate(tree, n))
    return func


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    try:
        import operator
        return operator.index(n)
    except TypeError:
        pass
    # Non-integral numbers still work, with a warning aimed at the caller
    # outside this module.
    import warnings
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


# ---------------------------------------------------------------- locale names

def _expand_lang(loc):
    try:
        import locale
        loc = locale.normalize(loc)
    except (ImportError, AttributeError):
        pass
    COMPONENT_CODESET = 1 << 0
    COMPONENT_TERRITORY = 1 << 1
    COMPONENT_MODIFIER = 1 << 2
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_TERRITORY
    else:
        territory = ''
    language = loc
    ret = []
    # Most specific first: every subset of the present components.
    for i in range(mask + 1):
        if not (i & ~mask):
            val = language
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


# ---------------------------------------------------------------- translations

class NullTranslations:
    """Translations that translate nothing (but may have a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Install self.gettext as builtins._ (plus the named methods)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # msgctxt and msgid are joined with EOT in the catalog.
    CONTEXT = "%s\x04%s"

    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0] if buflen >= 4 else None
        if magic == self.LE_MAGIC:
            fmt4, fmt2 = '<4I', '<II'
        elif magic == self.BE_MAGIC:
            fmt4, fmt2 = '>4I', '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        if buflen < 20:
            raise OSError(0, 'File is corrupt', filename)
        version, msgcount, masteridx, transidx = unpack(fmt4, buf[4:20])
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)

        for i in range(msgcount):
            if masteridx + 8 > buflen or transidx + 8 > buflen:
                raise OSError(0, 'File is corrupt', filename)
            mlen, moff = unpack(fmt2, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(fmt2, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                # The empty msgid holds the catalog's metadata header.
                lastk = None
                for b_item in tmsg.split(b'\n'):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                        continue
                    k = v = None
                    if ':' in item:
                        k, v = item.split(':', 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += '\n' + item
                    if k == 'content-type':
                        self._charset = v.split('charset=')[1]
                    elif k == 'plural-forms':
                        v = v.split(';')
                        plural = v[1].split('plural=')[1]
                        self.plural = c2py(plural)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # Plural entry: msgid and msgid_plural, one translation per form.
                msgid1, msgid2 = msg.split(b'\x00')
                tmsg = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """Locate the .mo file of domain: localedir/LANG/LC_MESSAGES/domain.mo.

    languages defaults to $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG (the
    first one set, split on ':'). Returns a path, or None; with all, a
    list of every match."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# (class, absolute path) -> parsed translations; entries are only ever
# added, and a racing duplicate parse is harmless (setdefault keeps one).
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for domain (a chain of every matching catalog)."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        try:
            from errno import ENOENT
        except ImportError:
            ENOENT = 2
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        # A copy, so that add_fallback() does not change the cached object.
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
