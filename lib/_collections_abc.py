"""Internal alias of collections.abc (CPython's module layout)."""
from collections.abc import *
from collections.abc import _check_methods
