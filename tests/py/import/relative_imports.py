# Relative imports inside a package: from . / from .. / from .mod import name, and absolute access.
import pkgrel.sub.deep
print(pkgrel.sub.deep.RESULT)
from pkgrel.sub import deep, SIB
print(deep is pkgrel.sub.deep, SIB)
import pkgrel
print(pkgrel.TOP, pkgrel.mod.NAME, pkgrel.sub.sibling.SIB)
from pkgrel import mod
print(mod.where(), mod is pkgrel.mod)
import pkgrel.sub.deep as d2
print(d2 is deep)
