import sys
from sys import maxsize
print(maxsize == sys.maxsize)
try:
    from sys import definitely_missing_name
except ImportError as e:
    print("ImportError", e, e.name)
import math as m
print(m.floor(1.5))
def local_import():
    import math
    from math import pi as PI
    return math.ceil(PI)
print(local_import())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    from no_such_module_xyz import thing
except ImportError as e:
    print(type(e).__name__, e)
import os.path
print(os.path.join("a", "b"))
