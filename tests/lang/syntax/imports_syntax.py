import sys
import os.path
import os.path as p
from os import path
from os import (path as q, sep,)
from os.path import join, split
print(p is q, path is q, callable(join), callable(split))
from sys import *
print('version_info' in dir())
for src in ['from . import x', 'from .. import x', 'from .a.b import c', 'from ... import x',
            'from .... a import b', 'import a.b.c as d, e', 'from a import (b, c)',
            'from a import (b, c,)', 'from a import b, c', 'import a as b, c as d',
            'from __future__ import annotations', 'from . import (a as b)']:
    try:
        compile(src, '<imp>', 'exec'); print('OK', src)
    except SyntaxError as e:
        print('SyntaxError', src, e.msg)
try:
    from . import nothing
except ImportError as e:
    print(type(e).__name__)
