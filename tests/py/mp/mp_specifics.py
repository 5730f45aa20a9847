# expect: hand-written (MicroPython 1.8's own behaviour: const folding, exception reprs, messages)
import micropython
from micropython import const
import sys

WIDTH = const(8)
_HIDDEN = const(3)
print(WIDTH * 2, _HIDDEN + 1)
print(repr(ValueError("x")), repr(KeyError(1, 2)), repr(OSError(2)), str(OSError(2)))
print(sys.implementation.name, sys.platform, sys.maxsize == 2 ** 31 - 1)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    4 / 2
except TypeError as e:
    print(e)
@micropython.viper
def v():
    return "viper"
print(v())
@micropython.native
def n(x):
    return x + 1
print(n(1), type(iter([])).__name__)
e = StopIteration(5)
print(e.value, OSError(13).args[0], e.args)
