"""asyncio.log -- the package's logger, named 'asyncio' as in CPython."""

import logging

logger = logging.getLogger(__package__)
