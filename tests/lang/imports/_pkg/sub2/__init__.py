from ..sub import NAME as PARENT_SUB_NAME
from . import leaf
