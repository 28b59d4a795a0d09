"""Regenerate the expected results of the parser corpus with CPython 3.13.

    $(pyenv prefix 3.13.0)/bin/python3 tests/unit/parser_cases/gen.py [FILE...]

Each X.txt holds cases separated by lines '#####'; X.exp gets one line per
case: 'AST <ast.dump>' (with include_attributes for pos_*.txt) or 'ERR <type>|<msg>|<lineno>|<offset>|<end_lineno>|
<end_offset>|<repr(text)>' or 'EXC <type>|<str>'. A .py file is one case.
"""
import ast, glob, os, sys, warnings

warnings.simplefilter('ignore')
SEP = '\n#####\n'

def result(src, attrs=False):
    try:
        return 'AST ' + ast.dump(ast.parse(src), include_attributes=attrs)
    except SyntaxError as e:
        return 'ERR %s|%s|%s|%s|%s|%s|%r' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                             e.end_lineno, e.end_offset, e.text)
    except Exception as e:
        return 'EXC %s|%s' % (type(e).__name__, e)

def cases(path):
    with open(path, encoding='utf-8', newline='') as f:
        data = f.read()
    if path.endswith('.py'):
        return [data]
    return data.split(SEP)

here = os.path.dirname(os.path.abspath(__file__))
files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, '*.txt')) + glob.glob(os.path.join(here, '*.py')))
for path in files:
    if os.path.basename(path) == 'gen.py':
        continue
    attrs = os.path.basename(path).startswith('pos_')
    out = [result(c, attrs) for c in cases(path)]
    with open(path + '.exp', 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
