"""locale -- locale-aware formatting and parsing, over _locale (C).

setlocale/localeconv/nl_langinfo/strcoll/strxfrm come from _locale, which
serialises access to the process-wide C locale. This module adds the
locale-name handling (normalize, getlocale, getdefaultlocale), number
formatting and parsing by the current LC_NUMERIC / LC_MONETARY conventions
(format_string, str, currency, atof, atoi, localize, delocalize) and the
encoding queries. No module state besides constant tables.
"""
import sys
import re
import _collections_abc
from builtins import str as _builtin_str

from _locale import *
import _locale

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "nl_langinfo",
           "LC_MESSAGES", "localize", "delocalize"]

Error = _locale.Error


# ---------------------------------------------------------------- number formatting

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        # CHAR_MAX: no further grouping
        if interval == CHAR_MAX:
            return
        # 0: repeat the last interval for ever
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    """Insert the thousands separator into the digits of s (which may be
    padded with spaces); returns (text, number of separators added)."""
    conv = localeconv()
    thousands_sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return (s, 0)
    right_spaces = ''
    if s[-1:] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            # the sign and padding are not grouped
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    """Remove up to `amount` spaces of padding (keeps the field width when
    separators were inserted)."""
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _localize(formatted, grouping=False, monetary=False):
    seps = 0
    if '.' in formatted:
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
        formatted = decimal_point.join(parts)
    elif grouping:
        formatted, seps = _group(formatted, monetary=monetary)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account (decimal point, and the
    thousands separator with grouping=True)."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)
    new_val = []
    if isinstance(val, _collections_abc.Mapping):
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
                continue
            starcount = perc.group('modifiers').count('*')
            args = [val[i + k] for k in range(1 + starcount)]
            new_val.append(_format(perc.group(), args[0], grouping, monetary, *args[1:]))
            i += 1 + starcount
    return new_f % tuple(new_val)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings of the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    # '<' and '>' mark where the sign may go
    s = '<' + s + '>'
    neg = val < 0
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if neg else 'p_cs_precedes']
        separated = conv['n_sep_by_space' if neg else 'p_sep_by_space']
        if precedes:
            s = smb + (' ' if separated else '') + s
        else:
            if international and smb[-1:] == ' ':
                smb = smb[:-1]
            s = s + (' ' if separated else '') + smb
    sign_pos = conv['n_sign_posn' if neg else 'p_sign_posn']
    sign = conv['negative_sign' if neg else 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# ---------------------------------------------------------------- locale names

# Canonical spellings of common encodings inside locale names.
locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'jis': 'JIS7', 'jis7': 'JIS7',
    'ajec': 'eucJP', 'koi8c': 'KOI8-C', 'microsoftcp1251': 'CP1251',
    'microsoftcp1255': 'CP1255', 'microsoftcp1256': 'CP1256', '88591': 'ISO8859-1',
    '88592': 'ISO8859-2', '88595': 'ISO8859-5', '885915': 'ISO8859-15',
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
    'iso8859_10': 'ISO8859-10', 'iso8859_11': 'ISO8859-11', 'iso8859_13': 'ISO8859-13',
    'iso8859_14': 'ISO8859-14', 'iso8859_15': 'ISO8859-15', 'iso8859_16': 'ISO8859-16',
    'iso8859_2': 'ISO8859-2', 'iso8859_3': 'ISO8859-3', 'iso8859_4': 'ISO8859-4',
    'iso8859_5': 'ISO8859-5', 'iso8859_6': 'ISO8859-6', 'iso8859_7': 'ISO8859-7',
    'iso8859_8': 'ISO8859-8', 'iso8859_9': 'ISO8859-9', 'iso2022_jp': 'JIS7',
    'shift_jis': 'SJIS', 'tactis': 'TACTIS', 'euc_jp': 'eucJP', 'euc_kr': 'eucKR',
    'utf_8': 'UTF-8', 'koi8_r': 'KOI8-R', 'koi8_t': 'KOI8-T', 'koi8_u': 'KOI8-U',
    'kz1048': 'RK1048', 'cp1251': 'CP1251', 'cp1255': 'CP1255', 'cp1256': 'CP1256',
}

# Locale names (lower case, encoding without '-'/'_') -> canonical form.
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'C.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_us.iso88591': 'en_US.ISO8859-1', 'en_us.iso885915': 'en_US.ISO8859-15',
    'en_us.utf8': 'en_US.UTF-8', 'en_gb': 'en_GB.ISO8859-1', 'en_gb.utf8': 'en_GB.UTF-8',
    'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1',
    'en_ie@euro': 'en_IE.ISO8859-15', 'en_in': 'en_IN.ISO8859-1', 'en_nz': 'en_NZ.ISO8859-1',
    'english': 'en_EN.ISO8859-1', 'american': 'en_US.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_de@euro': 'de_DE.ISO8859-15',
    'de_at': 'de_AT.ISO8859-1', 'de_at@euro': 'de_AT.ISO8859-15', 'de_ch': 'de_CH.ISO8859-1',
    'german': 'de_DE.ISO8859-1', 'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_fr@euro': 'fr_FR.ISO8859-15', 'fr_be': 'fr_BE.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1',
    'fr_ch': 'fr_CH.ISO8859-1', 'french': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'es_es@euro': 'es_ES.ISO8859-15', 'es_mx': 'es_MX.ISO8859-1',
    'es_ar': 'es_AR.ISO8859-1', 'spanish': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'it_it@euro': 'it_IT.ISO8859-15', 'italian': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'nl_nl@euro': 'nl_NL.ISO8859-15',
    'nl_be': 'nl_BE.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_pt': 'pt_PT.ISO8859-1',
    'pt_br': 'pt_BR.ISO8859-1', 'portuguese': 'pt_PT.ISO8859-1', 'sv': 'sv_SE.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1',
    'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1', 'nb_no': 'nb_NO.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'fi_fi': 'fi_FI.ISO8859-15', 'is': 'is_IS.ISO8859-1',
    'is_is': 'is_IS.ISO8859-1', 'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
    'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2',
    'hu_hu': 'hu_HU.ISO8859-2', 'ro': 'ro_RO.ISO8859-2', 'ro_ro': 'ro_RO.ISO8859-2',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8',
    'ar': 'ar_AA.ISO8859-6', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'ja_jp.eucjp': 'ja_JP.eucJP', 'ja_jp.sjis': 'ja_JP.SJIS', 'ja_jp.utf8': 'ja_JP.UTF-8',
    'japanese': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'ko_kr.euckr': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5',
    'zh_hk': 'zh_HK.big5hkscs', 'th': 'th_TH.ISO8859-11', 'th_th': 'th_TH.ISO8859-11',
    'vi': 'vi_VN.TCVN', 'vi_vn': 'vi_VN.TCVN', 'hi_in': 'hi_IN.ISCII-DEV',
}


def _replace_encoding(code, encoding):
    if '.' in code:
        langname = code[:code.index('.')]
    else:
        langname = code
    norm_encoding = encoding.lower().replace('-', '_')
    norm_encoding = locale_encoding_alias.get(
        norm_encoding, locale_encoding_alias.get(norm_encoding.replace('_', ''), None))
    if norm_encoding is None:
        # ISO-8859-x, UTF8, ... spelled freely
        compact = encoding.lower().replace('-', '').replace('_', '')
        if compact == 'utf8':
            norm_encoding = 'UTF-8'
        elif compact.startswith('iso8859') and compact[7:].isdigit():
            norm_encoding = 'ISO8859-' + compact[7:]
        else:
            norm_encoding = encoding
    return langname + '.' + norm_encoding


def normalize(localename):
    """Returns a normalized locale code for the given locale name, e.g.
    'en_US' -> 'en_US.ISO8859-1', 'en_US.utf8' -> 'en_US.UTF-8'. Names
    that are not recognised are returned unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    norm_enc = encoding.replace('-', '').replace('_', '')
    lookup = langname + ('.' + norm_enc if norm_enc else '') + ('@' + modifier if modifier else '')
    if lookup in locale_alias:
        return locale_alias[lookup]
    if modifier:
        with_mod = langname + '@' + modifier
        if with_mod in locale_alias:
            base = locale_alias[with_mod]
            return _replace_encoding(base, encoding) if encoding else base
    if langname in locale_alias:
        base = locale_alias[langname]
        if encoding:
            base = _replace_encoding(base, encoding)
        if modifier:
            base = base + '@' + modifier
        return base
    if encoding and langname:
        # unknown language with an encoding: canonicalise just the encoding
        if norm_enc == 'utf8' or norm_enc.startswith('iso8859'):
            res = _replace_encoding(localename.split('@')[0].split('.')[0] + '.x', encoding)
            return res + ('@' + modifier if modifier else '')
    return localename


def _parse_localename(localename):
    """Parses the locale code for localename and returns (language code,
    encoding)."""
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    """Builds a locale code from (language, encoding)."""
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings from the environment
    variables; returns (language code, encoding)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    import os
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as a
    tuple (language code, encoding)."""
    localename = _locale.setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Set the locale for the given category. locale can be a string, an
    iterable of two strings (language code and encoding), or None (query).
    An iterable is normalized first."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _locale.setlocale(category, locale)


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using (UTF-8 in UTF-8
    mode, else the locale encoding)."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()

