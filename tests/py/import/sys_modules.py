# sys.modules caches imported modules: import finds entries there, deleting one re-runs the module.
import sys
import _mod_a
print("_mod_a" in sys.modules, sys.modules["_mod_a"] is _mod_a)
_mod_a.marker = "first load"
del sys.modules["_mod_a"]
import _mod_a as fresh
print(fresh is _mod_a, hasattr(fresh, "marker"), "_mod_a" in sys.modules)
class Fake:
    value = "from a fake module object"
sys.modules["_fake_mod"] = Fake
import _fake_mod
print(_fake_mod.value)
from _fake_mod import value
print(value)
print(type(sys.modules).__name__, "sys" in sys.modules)
