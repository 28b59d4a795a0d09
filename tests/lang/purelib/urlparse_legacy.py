import urllib.parse as p
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(p.splittype('http://x/y'), p.splittype('noscheme'), p.splithost('//h/p'), p.splithost('//h'), p.splithost('/p'),
          p.splituser('u:p@h'), p.splituser('h'), p.splitpasswd('u:p'), p.splitpasswd('u'), p.splitport('h:80'), p.splitport('h:'),
          p.splitport('h:x'), p.splitnport('h:x'), p.splitnport('h:81'), p.splitnport('h'), p.splitnport('h', 8),
          p.splitquery('/a?b'), p.splitquery('/a'), p.splittag('/a#t'), p.splitattr('/a;x;y=1'), p.splitvalue('a=b'), p.splitvalue('a'),
          p.to_bytes('x'), p.unwrap('<URL:http://a>'), p.unwrap('  <http://b>  '))
    try:
        p.to_bytes('\u00e9')
    except UnicodeError as e:
        print('UnicodeError', e)
for x in w:
    print(x.category.__name__, x.message)
print(p.splittype.__name__)
