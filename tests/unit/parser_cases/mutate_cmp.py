"""Mutation fuzz of error reporting against CPython 3.13: random snippets of
the installed CPython standard library get one random edit each; the cases
are written to $FT_MUT_DIR/mut.txt (default /tmp/ftpy_mut) for gen.py and
test_parser:

    PY=$(pyenv prefix 3.13.0)/bin/python3
    $PY tests/unit/parser_cases/mutate_cmp.py SEED COUNT
    $PY tests/unit/parser_cases/gen.py /tmp/ftpy_mut/mut.txt
    FT_PARSER_CASES=/tmp/ftpy_mut build/release/tests/test_parser

Nothing generated here is committed (the snippets are CPython's code).
"""
import os
OUT = os.environ.get('FT_MUT_DIR', '/tmp/ftpy_mut')
os.makedirs(OUT, exist_ok=True)
import glob, io, os, random, sys, tokenize
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
lib = os.path.join(sys.prefix, 'lib', 'python3.13')
files = sorted(glob.glob(lib + '/*.py'))
inserts = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', '.', 'if', 'else', 'for', 'in', 'lambda', 'not', '*', '**',
           'yield', 'return', 'def', 'class', '"', "'", 'f"{', '1', 'x', ' ', '\t', '\n', '  ', 'async', 'await', ':=',
           '->', '@', 'import', 'from', 'as', 'with', 'try:', 'except', 'match', 'case', '_', '0x', '1_', '\\', '#', ';']
cases = []
while len(cases) < N:
    f = random.choice(files)
    try:
        lines = open(f, encoding='utf-8').read().split('\n')
    except Exception:
        continue
    if len(lines) < 40:
        continue
    i = random.randrange(0, len(lines) - 30)
    chunk = '\n'.join(lines[i:i + random.randint(3, 30)]) + '\n'
    # dedent to the first line's indentation
    first = chunk.lstrip('\n')
    ind = len(first) - len(first.lstrip(' '))
    chunk = '\n'.join(l[ind:] if l.startswith(' ' * ind) else l for l in chunk.split('\n'))
    if '#####' in chunk:
        continue
    pos = random.randrange(0, len(chunk))
    op = random.random()
    if op < 0.4:
        chunk = chunk[:pos] + random.choice(inserts) + chunk[pos:]
    elif op < 0.7:
        chunk = chunk[:pos] + chunk[pos + random.randint(1, 4):]
    else:
        chunk = chunk[:pos] + random.choice(inserts) + chunk[pos + random.randint(1, 3):]
    cases.append(chunk)
with open(os.path.join(OUT, 'mut.txt'), 'w', encoding='utf-8') as fh:
    fh.write('\n#####\n'.join(cases))
