print("pkgrel.sub init")
from .sibling import SIB
