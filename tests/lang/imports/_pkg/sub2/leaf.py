from .. import PKG_VALUE
LEAF = "leaf of " + PKG_VALUE
