PKG_VALUE = "pkg-init"
from .sub import sub_function
from . import sub as sub_alias
