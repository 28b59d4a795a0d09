# __import__ and the import statement for builtin modules.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: __import__('sys').__name__)
t(lambda: __import__('sys', globals(), locals(), [], 0).__name__)
t(lambda: __import__(1))
t(lambda: __import__(''))
t(lambda: __import__('sys', level=-1))
t(lambda: __import__('no_such_module_abc'))
t(lambda: __import__(name='builtins').__name__)
import sys
t(lambda: sys.modules['sys'] is sys)
t(lambda: 'builtins' in sys.modules)
t(lambda: 'sys' in sys.builtin_module_names and 'builtins' in sys.builtin_module_names)
t(lambda: list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
import sys as s2
t(lambda: s2 is sys)
from sys import maxsize as m
t(lambda: m == sys.maxsize)
try:
    from sys import nope_nope
except ImportError as e:
    print('ImportError', e)
