import html
from html import entities

for s in ['a < b & c > "d" \'e\'', '', 'plain', '&amp;', '<<>>']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
try: html.escape(None)
except Exception as e: print(type(e).__name__, e)

cases = ['&amp; &lt; &gt; &quot; &#39; &apos;', '&amp', '&ampx', '&notit;', '&notin;', '&not;', '&copy2023',
         '&#65;&#x42;&#X43;', '&#65', '&#x41', '&#0;', '&#13;', '&#128;', '&#x80;', '&#x81;', '&#150;', '&#159;',
         '&#xD800;', '&#x110000;', '&#99999999999999999999;', '&#1;', '&#11;', '&#127;', '&#xFDD0;', '&#xFFFE;',
         '&#x1FFFF;', '&#x10FFFF;', '&#9;', '&#10;', '&#12;', '&#32;', '&unknown;', '&;', '&', '&#;', '&#x;',
         'a&b', '&Aacute;&aacute&AElig&AMP&amp;x', '&nbsp;&nbsp', '&lt3', '&gt;&gtx', '&NotEqualTilde;',
         '&bne;', '&fjlig;', '&ThickSpace;', '&zwnj;', '&xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;',
         '&amp;amp;', '&#38;amp;', 'no refs', '&&&', '&#x26;#x26;', '&euro;&#8364;', '&ycirc &yuml']
for c in cases:
    print(repr(c), ascii(html.unescape(c)))
try: html.unescape(5)
except Exception as e: print(type(e).__name__, e)
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(entities.name2codepoint['amp'], entities.codepoint2name[8364], ascii(entities.entitydefs['nbsp']))
print(ascii(entities.html5['amp']), ascii(entities.html5['amp;']), 'lt' in entities.html5, 'alpha' in entities.html5)
print(sorted(entities.html5)[:5], sorted(entities.html5)[-3:])
print(sum(len(v) for v in entities.html5.values()), sum(entities.name2codepoint.values()))
