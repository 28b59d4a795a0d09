# ImportError from "from m import x" suggests a close name.
import sys
print(sys.version_info[0])
from sys import vrsion
