from urllib.parse import urljoin
base = 'http://a/b/c/d;p?q'
rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
        '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
        '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
        'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https://x/y', 'a//b//c',
        'mailto:x@y', '//h2:81/p', '?', '#']
for r in rels:
    print(repr(r), '->', repr(urljoin(base, r)))
for b, u in [('http://a/b/c/', '../../../x'), ('http://a/', 'b'), ('http://a', 'b'), ('', 'x'), ('http://x/', ''),
             ('mailto:a@b', 'c'), ('file:///tmp/a', 'b'), ('svn+ssh://h/a/b', '../c'), ('http://a/b', '//c/d'),
             ('http://a/b/c', 'd', ), ('http://a/b/?q#f', '#g'), ('http://a/b/?q#f', ''), ('rel/path/x', '../y'),
             ('/abs/x', 'y'), ('http://a/b;p', ';q'), ('ws://h/a/b', 'c'), ('unknown://h/a/b', 'c')]:
    print(repr(b), repr(u), '->', repr(urljoin(b, u)))
print(urljoin(b'http://a/b/c', b'../d'))
print(urljoin('http://a/b/c#x', '#y', allow_fragments=False))
try: urljoin('http://a', b'b')
except TypeError as e: print('TypeError', e)
