import os
os.environ['COLUMNS'] = '60'
from optparse import *
import optparse

def mk(*a, **k):
    try:
        o = Option(*a, **k)
        print('ok', str(o), o.action, o.type, o.dest, o.nargs, o.metavar, o.default)
    except Exception as e:
        print(type(e).__name__, e)

mk('-x')
mk('--long-name')
mk('-x', '--xx', type=int)
mk('-x', type=str)
mk('-x', type=float, action='append')
mk()
mk('')
mk('x')
mk('-')
mk('--')
mk('-xy')
mk('---x')
mk('-x', action='bogus')
mk('-x', type='bogus')
mk('-x', action='store_true', type='int')
mk('-x', type='choice')
mk('-x', choices='abc')
mk('-x', type='int', choices=['1'])
mk('-x', action='count', const=1)
mk('-x', action='count', nargs=2)
mk('-x', action='callback')
mk('-x', action='callback', callback=print, callback_args=[1])
mk('-x', action='callback', callback=print, callback_kwargs=[1])
mk('-x', callback=print)
mk('-x', callback_args=(1,))
mk('-x', callback_kwargs={})
mk('-x', bogus=1, other=2)
mk('-x', action='store_const', const=5)
mk('-x', '--y-z', action='store_true')
mk('-x', choices=('a', 'b'))
mk('-x', dest='d', default='q', metavar='M', help='h')

p = OptionParser(prog='t', add_help_option=False)
p.add_option('-a', '--alpha')
try:
    p.add_option('-a', '--beta')
except OptionConflictError as e:
    print('conflict', e)
try: p.add_option(5)
except TypeError as e: print('TypeError', e)
try: p.add_option(Option('-z'), 'x')
except TypeError as e: print('TypeError', e)
try: p.add_option_group(5)
except TypeError as e: print('TypeError', e)
try: p.add_option_group(OptionGroup(OptionParser(), 'x'))
except ValueError as e: print('ValueError', e)
try: OptionParser(conflict_handler='nope')
except ValueError as e: print('ValueError', e)

p = OptionParser(prog='t', conflict_handler='resolve', add_help_option=False)
a = p.add_option('-a', '--alpha', help='first')
b = p.add_option('-a', '--beta', help='second')
print(a, b, [str(o) for o in p.option_list])
c = p.add_option('--alpha', help='third')
print([str(o) for o in p.option_list])
print(p.format_help())

p = OptionParser(prog='t', formatter=TitledHelpFormatter(), description='Desc of %prog here.')
p.add_option('-s', '--size', type='int', default='12', help='size (default %default)')
p.add_option('--name', default=None, help='name (default %default)')
g = p.add_option_group('Extra')
g.add_option('-e', action='store_true', help='e flag')
print(p.format_help())
opts, args = p.parse_args(['-s', '5'])
print(opts.size, opts.name, opts.e)
opts, args = p.parse_args([])
print(opts.size)
p.set_process_default_values(False)
opts, args = p.parse_args([])
print(repr(opts.size))

f = IndentedHelpFormatter(width=40, max_help_position=10, short_first=0)
f.set_long_opt_delimiter(' ')
f.set_short_opt_delimiter('')
try: f.set_long_opt_delimiter('x')
except ValueError as e: print('ValueError', e)
try: f.set_short_opt_delimiter('x')
except ValueError as e: print('ValueError', e)
p = OptionParser(prog='t', formatter=f, usage='%prog [-o out]')
p.add_option('-o', '--output', help='where the output goes, this is wrapped at a narrow width')
p.add_option('--very-long-option-name-here', action='store_true', help='long opt')
print(p.format_help())
print(str(BadOptionError('-q')), str(AmbiguousOptionError('--a', ['--ab', '--ac'])), str(OptionValueError('v')))
print(str(OptionError('msg', Option('-k'))), str(OptionError('msg', None)))
print(optparse.make_option is Option, SUPPRESS_HELP, SUPPRESS_USAGE)
print(optparse._match_abbrev('--ab', {'--abc': 1, '--xyz': 2}))
class Q(OptionParser):
    def check_values(self, values, args):
        if not args: self.error('need an argument')
        return values, args
import sys, io
old = sys.stderr; sys.stderr = io.StringIO()
try:
    Q(prog='q').parse_args([])
except SystemExit as e:
    out = sys.stderr.getvalue(); sys.stderr = old
    print('exit', e.code, repr(out))
sys.stderr = old
