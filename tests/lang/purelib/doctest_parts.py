import doctest, io, sys, os, tempfile, unittest

p = doctest.DocTestParser()
text = '''
Some text.
    >>> x = 1
    >>> x + 1
    2
    >>> print('a')  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> def f():
    ...     return 3
    >>> f()
    3
    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "x", line 1
    KeyError: 'k'
    >>> # just a comment

More text.
'''
for piece in p.parse(text, 'name'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg), piece.lineno, piece.indent, piece.options)
    else:
        print('Text', repr(piece))
t = p.get_doctest(text, {'g': 1}, 'mytest', 'file.txt', 10)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs)
for bad in ['>>>x', '  >>> a\n ... b', '>>> a\n  wrongindent\n x', '>>> 1 # doctest: +BOGUS', '# doctest: +ELLIPSIS\n>>> # doctest: +ELLIPSIS']:
    try:
        p.get_examples(bad, 'bad')
        print('ok', repr(bad))
    except ValueError as e:
        print('ValueError', e)

chk = doctest.OutputChecker()
for want, got, flags in [('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1), ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
                         ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE), ('a b\n', 'a   b\n', doctest.NORMALIZE_WHITESPACE),
                         ('[1, ..., 5]\n', '[1, 2, 3, 4, 5]\n', doctest.ELLIPSIS), ('...x...y...', 'axbyc', doctest.ELLIPSIS),
                         ('ab...ba', 'aba', doctest.ELLIPSIS), ('\\u00e9\n', '\u00e9\n', 0), ('x\n', 'y\n', doctest.ELLIPSIS)]:
    print(repr(want), repr(got), chk.check_output(want, got, flags))
ex = doctest.Example('f()', 'a\nb\nc\nd\n')
for flags in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(chk.output_difference(ex, 'a\nB\nc\nd\n', flags))
print(chk.output_difference(doctest.Example('f()', ''), 'x\n', 0), chk.output_difference(doctest.Example('f()', 'y'), '', 0))
print(chk.output_difference(doctest.Example('f()', ''), '', 0))
print(doctest._ellipsis_match('a...', 'abc'), doctest._strip_exception_details('pkg.mod.Error: detail\nmore'))
print(doctest.register_optionflag('MY_FLAG') == doctest.register_optionflag('MY_FLAG'), doctest.ELLIPSIS, doctest.REPORTING_FLAGS, doctest.COMPARISON_FLAGS)
print(doctest.TestResults(1, 2), doctest.TestResults(1, 2, skipped=3), doctest.TestResults(0, 5).attempted)
print(doctest.script_from_examples(text))

d = tempfile.mkdtemp()
fname = os.path.join(d, 'example.txt')
with open(fname, 'w') as f:
    f.write('Title\n=====\n\n>>> from math import sqrt\n>>> sqrt(16)\n4.0\n>>> sqrt(2)  # doctest: +ELLIPSIS\n1.41...\n>>> 2 + 2\n5\n>>> 1/0\nTraceback (most recent call last):\nZeroDivisionError: division by zero\n')
old = sys.stdout
sys.stdout = buf = io.StringIO()
r = doctest.testfile(fname, module_relative=False)
r2 = doctest.testfile(fname, module_relative=False, verbose=True, name='named', optionflags=doctest.FAIL_FAST)
sys.stdout = old
print(r, r2)
print(buf.getvalue().replace(fname, 'FNAME'))
try:
    doctest.testfile(fname, module_relative=False, package='x')
except ValueError as e:
    print('ValueError', e)
try:
    doctest.testfile(fname, raise_on_error=True, module_relative=False, report=False)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.example.source.strip(), repr(e.got))

runner = doctest.DocTestRunner(verbose=False)
test = p.get_doctest('>>> print(1)\n1\n>>> print(2)\n3\n', {}, 'runnertest', None, None)
out = []
print(runner.run(test, out=out.append), out)
print(runner.summarize(verbose=True))

def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    """
    return a + b
def broken():
    """
    >>> broken()
    'nope'
    """
    return 'yes'
class M: pass
import types
mod = types.ModuleType('fake_mod')
mod.add = add
mod.broken = broken
add.__module__ = broken.__module__ = 'fake_mod'
mod.__file__ = 'fake_mod.py'
sys.modules['fake_mod'] = mod
suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), sorted(str(t) for t in suite) if False else sorted(t.id() for t in suite))
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.failures), len(res.errors))
for test, tb in res.failures:
    print(test.id(), tb.splitlines()[-1])
case = list(suite)[0]
print(repr(case), case.shortDescription())
fsuite = doctest.DocFileSuite(fname, module_relative=False)
res = unittest.TestResult()
fsuite.run(res)
print(res.testsRun, len(res.failures))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError', e.args[0])
os.remove(fname)
os.rmdir(d)
