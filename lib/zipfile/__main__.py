"""python -m zipfile: list, extract, create or test ZIP archives."""
from . import main

main()
