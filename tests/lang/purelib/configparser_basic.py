import configparser, io
from configparser import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/%(user)s

[bitbucket.org]
User = hg
path = %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   fourth after blank
; another comment
key with spaces : colon value
empty =
pct = 100%%
bad = %(nosuch)s
loop = %(loop)s
syntax = %(x
syntax2 = %z
float = 3.25
"""
cp = ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.get('bitbucket.org', 'user'), cp.get('bitbucket.org', 'path', vars={'user': 'bob'}))
show('path', lambda: cp.get('bitbucket.org', 'path'))
show('path raw', lambda: cp.get('bitbucket.org', 'path', raw=True))
show('multi', lambda: cp.get('topsecret.server.com', 'multi'))
show('spaces', lambda: cp['topsecret.server.com']['key with spaces'])
show('empty', lambda: cp.get('topsecret.server.com', 'empty'))
show('pct', lambda: cp.get('topsecret.server.com', 'pct'))
show('bad', lambda: cp.get('topsecret.server.com', 'bad'))
show('loop', lambda: cp.get('topsecret.server.com', 'loop'))
show('syntax', lambda: cp.get('topsecret.server.com', 'syntax'))
show('syntax2', lambda: cp.get('topsecret.server.com', 'syntax2'))
show('getint', lambda: cp.getint('topsecret.server.com', 'port'))
show('getfloat', lambda: cp.getfloat('topsecret.server.com', 'float'))
show('getint bad', lambda: cp.getint('topsecret.server.com', 'float'))
show('getboolean', lambda: cp.getboolean('topsecret.server.com', 'forwardx11'))
show('getboolean default', lambda: cp.getboolean('bitbucket.org', 'compression'))
show('getboolean bad', lambda: cp.getboolean('bitbucket.org', 'user'))
show('no section', lambda: cp.get('nope', 'x'))
show('no option', lambda: cp.get('bitbucket.org', 'nope'))
show('fallback', lambda: cp.get('bitbucket.org', 'nope', fallback='fb'))
show('fallback sect', lambda: cp.get('nope', 'nope', fallback=None))
show('getint fallback', lambda: cp.getint('nope', 'x', fallback=7))
show('options nosect', lambda: cp.options('nope'))
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_option('bitbucket.org', 'USER'),
      cp.has_option('bitbucket.org', 'compression'), cp.has_option('nope', 'x'), cp.has_option(None, 'compression'))
print(list(cp), len(cp), 'DEFAULT' in cp, 'bitbucket.org' in cp, 'x' in cp)
sec = cp['bitbucket.org']
print(sec, sec.name, sec.parser is cp, list(sec), len(sec), 'user' in sec, sec.get('nope'), sec.get('nope', 'd'),
      sec.getint('compressionlevel'), sec.getboolean('compression'), sec.getfloat('nope', 1.5))
show('proxy missing', lambda: sec['nope'])
show('items', lambda: cp.items('bitbucket.org'))
show('items raw', lambda: cp.items('bitbucket.org', raw=True))
show('items vars', lambda: cp.items('bitbucket.org', vars={'user': 'z'}))
show('items nosect', lambda: cp.items('nope'))
show('items default', lambda: cp.items('DEFAULT', raw=True))
print([(k, v.name) for k, v in cp.items()])
cp.set('bitbucket.org', 'new', 'v')
show('set nonstr', lambda: cp.set('bitbucket.org', 'n', 5))
show('set badinterp', lambda: cp.set('bitbucket.org', 'n', '50%'))
show('set nosect', lambda: cp.set('nope', 'n', 'v'))
show('add dup', lambda: cp.add_section('bitbucket.org'))
show('add default', lambda: cp.add_section('DEFAULT'))
show('add nonstr', lambda: cp.add_section(5))
cp.add_section('new')
cp['new']['Key'] = 'val'
show('proxy set int', lambda: cp['new'].__setitem__('k2', 3))
cp['dict'] = {'a': 1, 'c': 'x'}
show('dict none', lambda: cp.__setitem__('d2', {'b': None}))
print(cp.remove_option('new', 'key'), cp.remove_option('new', 'key'), cp.remove_section('new'), cp.remove_section('new'))
show('remove_option nosect', lambda: cp.remove_option('nope', 'x'))
del cp['dict']['a']
show('del missing', lambda: cp['dict'].__delitem__('zz'))
show('del default', lambda: cp.__delitem__('DEFAULT'))
show('del nosect', lambda: cp.__delitem__('zz'))
show('getitem nosect', lambda: cp['zz'])
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue()[:120])
print(cp.popitem()[0], cp.sections())

raw = RawConfigParser()
raw.read_string('[s]\na = %(b)s\nb = 1\n')
print(raw.get('s', 'a'), raw.items('s'))
raw.set('s', 'c', 5)
print(raw.get('s', 'c'))

ext = ConfigParser(interpolation=ExtendedInterpolation())
ext.read_string("""
[paths]
home = /home/me
data = ${home}/data
dollars = $$5
[other]
x = ${paths:data}/x
y = ${paths:nope}
z = ${a:b:c}
w = $x
deep = ${paths:data}
""")
for o in ['x', 'y', 'z', 'w', 'deep']:
    show('ext ' + o, lambda: ext.get('other', o))
show('ext dollars', lambda: ext.get('paths', 'dollars'))
show('ext set bad', lambda: ext.set('paths', 'q', '$x'))
none = ConfigParser(interpolation=None)
none.read_string('[s]\na = %(b)s 100%\n')
print(none.get('s', 'a'))
show('bad interp type', lambda: ConfigParser(interpolation=5))
