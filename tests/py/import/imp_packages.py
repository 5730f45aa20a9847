# import / from-import / as / packages / relative imports / module caching / star import.
import _imp_mod
import _imp_mod as again
print(_imp_mod is again, _imp_mod.bump(), again.bump(), _imp_mod.counter)
from _imp_mod import bump, counter
print(bump(), counter)
import pkgdemo
print(pkgdemo.VALUE, pkgdemo.helper_fn(), pkgdemo.__name__)
import pkgdemo.sub.leaf
print(pkgdemo.sub.SUB, pkgdemo.sub.leaf.LEAF, pkgdemo.sub.hf())
from pkgdemo.sub import leaf as lf
print(lf.LEAF, lf.__name__)
from pkgdemo.sub.leaf import *
print(LEAF, "hidden" in dir())
import sys
print("pkgdemo.sub.leaf" in sys.modules, "_imp_mod" in sys.modules)
try:
    import no_such_module_here
except ImportError:
    print("ImportError")
try:
    from pkgdemo import missing_name
except ImportError:
    print("ImportError from")
def inner_import():
    import _imp_mod as m
    return m.bump()
print(inner_import())
