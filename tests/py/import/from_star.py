# from module import *: every module-level name not starting with an underscore is imported.
from _star_noall import *
print(public_one, public_two)
try:
    _hidden
except NameError:
    print("NameError: _hidden")
import _star_noall
print(_star_noall._hidden)
from _star_noall import _hidden
print(_hidden)
def uses_star_names():
    return public_one + public_two
print(uses_star_names())
from _mod_a import *
print(CONST, add("x"), items, Thing(1).n)
try:
    _private
except NameError:
    print("NameError: _private")
