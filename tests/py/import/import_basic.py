# import, import-as, from-import(-as): one module object shared by every name bound to it.
import _mod_a
import _mod_a as alias
from _mod_a import add, get_const as gc, Thing
print(_mod_a is alias, type(_mod_a).__name__, _mod_a.__name__)
print(add(1), add(2), _mod_a.items, alias.items is _mod_a.items)
print(gc(), _mod_a.CONST)
_mod_a.set_const(99)
print(gc(), _mod_a.CONST, alias.CONST)
_mod_a.CONST = 5
print(gc())
t = Thing(3)
print(t.n, isinstance(t, _mod_a.Thing), type(t).__name__)
from _mod_a import CONST
CONST = "rebinding my name only"
print(_mod_a.CONST)
print(hasattr(_mod_a, "_private"), "add" in dir(_mod_a))
_mod_a.new_attr = "set from outside"
import _mod_a as again
print(again.new_attr)
import _mod_a, _mod_a as a2
print(a2 is again)
