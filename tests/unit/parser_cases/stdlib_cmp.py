"""Compare the parser with CPython 3.13 on every file of CPython's own
standard library and test suite (read from the installed CPython; nothing is
copied into this repository):

    $(pyenv prefix 3.13.0)/bin/python3 tests/unit/parser_cases/stdlib_cmp.py [attrs]

Each file is parsed by CPython (ast.dump, with positions when 'attrs' is
given) and by test_parser in FT_PARSER_DUMP mode; differences are printed.
FT_TEST_PARSER selects the test binary (default build/release/tests/test_parser).
"""
import ast, glob, os, subprocess, sys, warnings
warnings.simplefilter('ignore')
lib = os.path.join(sys.prefix, 'lib', 'python3.13')
files = sorted(glob.glob(lib + '/*.py') + glob.glob(lib + '/*/*.py'))
attrs = len(sys.argv) > 1 and sys.argv[1] == 'attrs'
ok = bad = 0
for f in files:
    try:
        src = open(f, 'rb').read()
        exp = 'AST ' + ast.dump(ast.parse(src), include_attributes=attrs)
    except SyntaxError as e:
        exp = 'ERR %s|%s|%s|%s|%s|%s|%r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    except Exception as e:
        continue
    env = dict(os.environ, FT_PARSER_DUMP=f)
    if attrs: env['FT_PARSER_ATTRS'] = '1'
    r = subprocess.run([os.environ.get('FT_TEST_PARSER', 'build/release/tests/test_parser')], env=env, capture_output=True, text=True, timeout=120)
    got = r.stdout.rstrip('\n')
    if got == exp:
        ok += 1
    else:
        bad += 1
        i = 0
        while i < min(len(got), len(exp)) and got[i] == exp[i]: i += 1
        print('DIFF', f, 'rc', r.returncode)
        print('  E:', exp[max(0, i-200):i+100])
        print('  G:', got[max(0, i-200):i+100])
print('ok', ok, 'bad', bad)
