# import forms
import sys
print(type(sys).__name__, sys.__name__)
import sys as system
print(system is sys)
from sys import version_info, maxsize as ms
print(version_info[0], ms == sys.maxsize)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name_xyz
except ImportError as e:
    print(type(e).__name__, e)

def local_import():
    import math
    from math import sqrt as root
    return math.floor(2.5), root(16.0)
print(local_import())
print('math' in dir())

def imp_star_ns():
    ns = {}
    exec('from math import *', ns)
    return 'pi' in ns, 'sqrt' in ns, '__name__' in ns
print(imp_star_ns())

import math as m, sys as s2
print(m.pi > 3, s2 is sys)
