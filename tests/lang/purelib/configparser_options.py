import io, os, tempfile, configparser
from configparser import *

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
        print('   args', e.args)

def parse(text, **kw):
    cp = RawConfigParser(**kw)
    try:
        cp.read_string(text)
    except Exception as e:
        print('  error', type(e).__name__, str(e))
        print('   args', e.args)
    return cp

def dump(cp):
    for s in cp:
        print('  ', s, sorted(cp[s].items()) if s != cp.default_section else sorted(cp.defaults().items()))

dump(parse('[a]\nx=1\n[a]\ny=2\n'))
dump(parse('[a]\nx=1\n[a]\ny=2\n', strict=False))
dump(parse('[a]\nx=1\nX=2\n'))
dump(parse('[a]\nx=1\nX=2\n', strict=False))
dump(parse('x=1\n[a]\n'))
dump(parse('[a]\nnovalue\nx=1\n=bad\n  \n'))
dump(parse('[a]\nnovalue\nx=1\n', allow_no_value=True))
dump(parse('[a]\nnovalue\n  cont\n', allow_no_value=True))
dump(parse('[a]\nx = 1 ; inline\ny = 2 # also\nz = a;b\n', inline_comment_prefixes=(';', '#')))
dump(parse('[a]\nx = 1 ; not inline\n// comment\n', comment_prefixes=('//',)))
dump(parse('[a]\nx -> 1\ny => 2\n', delimiters=('->', '=>')))
dump(parse('[a]\nx = l1\n\n  l2\ny = 1\n', empty_lines_in_values=False))
dump(parse('[a]\nx = l1\n\n  l2\n\n\ny = 1\n'))
dump(parse('[general]\nx = 1\n[a]\ny = 2\n', default_section='general'))
dump(parse('[ spaced ]\nk=v\n[a] trailing\nk2=v2\n'))
dump(parse('[a]\n  indented = 1\n    more\n'))
dump(parse('top = 1\n[s]\nk = v\n', allow_unnamed_section=True))
dump(parse('[a]\n:nokey\nb\nc\n'))
cp = RawConfigParser(allow_unnamed_section=True)
cp.read_string('top = 1\n[s]\nk = v\n')
out = io.StringIO(); cp.write(out); print(repr(out.getvalue()))
print(UNNAMED_SECTION, cp.sections())

cp = RawConfigParser(defaults={'d': 'dv', 'n': 5})
print(cp.defaults(), cp.items('DEFAULT'))
cp = ConfigParser(defaults={'pct': '50%'})
show('default pct', lambda: cp.get('DEFAULT', 'pct', raw=True))

cp = ConfigParser(converters={'list': lambda v: v.split(',')})
cp.read_string('[s]\nl = a,b,c\n')
print(cp.getlist('s', 'l'), cp['s'].getlist('l'), sorted(cp.converters), cp.converters['list'] is not None, cp.converters['int'])
cp.converters['upper'] = str.upper
print(cp.getupper('s', 'l'), cp['s'].getupper('l'))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), sorted(cp.converters))
show('conv empty', lambda: cp.converters.__setitem__('', str))

class Case(ConfigParser):
    def optionxform(self, s):
        return s
cp = Case()
cp.read_string('[s]\nKey = 1\nkey = 2\n')
print(cp.options('s'))

cp = ConfigParser()
show('read_dict dup', lambda: cp.read_dict({'a': {'x': 1}, 'b': {'x': 2, 'X': 3}}))
cp = ConfigParser(strict=False)
cp.read_dict({'a': {'x': 1, 'X': 3}, 5: {6: 7}})
dump(cp)

d = tempfile.mkdtemp()
p1 = os.path.join(d, 'one.ini'); p2 = os.path.join(d, 'two.ini')
with open(p1, 'w') as f: f.write('[one]\na = 1\n')
with open(p2, 'w') as f: f.write('[two]\nb = 2\n')
cp = ConfigParser()
read = cp.read([p1, os.path.join(d, 'missing.ini'), p2])
print([os.path.basename(r) for r in read], cp.sections())
print([os.path.basename(r) for r in cp.read(p1)])
with open(p1) as f:
    cp2 = ConfigParser(); cp2.read_file(f); print(cp2.sections())
cp3 = ConfigParser()
cp3.read_file(['[lines]\n', 'k = v\n'], source='<lines>')
print(cp3['lines']['k'])
try:
    cp3.read_file(['[x]\n', 'bad line\n'])
except ParsingError as e:
    print(type(e).__name__, e.source, e.errors)
for f in os.listdir(d): os.remove(os.path.join(d, f))
os.rmdir(d)

e = ParsingError('src')
e.append(3, 'line3'); e.append(10, 'line10')
print(str(e), e.errors, e.args)
print(str(DuplicateSectionError('s')), str(DuplicateSectionError('s', 'f', 3)), str(DuplicateSectionError('s', 'f')))
print(str(DuplicateOptionError('s', 'o')), str(DuplicateOptionError('s', 'o', 'f', 12)))
print(str(NoSectionError('s')), str(NoOptionError('o', 's')), repr(NoOptionError('o', 's')))
print(str(InterpolationSyntaxError('o', 's', 'msg')), str(MissingSectionHeaderError('f', 1, 'line')))
print(issubclass(MissingSectionHeaderError, ParsingError), issubclass(InterpolationDepthError, InterpolationError), issubclass(configparser.Error, Exception))
print(DEFAULTSECT, MAX_INTERPOLATION_DEPTH)
