# expect: hand-written (a builtin module's globals are a fixed table on MicroPython)
import sys
import utime

for m in (sys, utime):
    try:
        m.extra = 1
        print("set")
    except AttributeError as e:
        print("AttributeError", e)
try:
    del sys.path
except AttributeError:
    print("AttributeError")
sys.path.append("/lib2")
print(sys.path[-1])
import builtins
builtins.extra_name = 5
print(extra_name)
