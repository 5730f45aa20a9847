# expect: hand-written (MicroPython's u-name rule: `import X` finds the builtin uX when no X.py exists)
import ujson, json
import ubinascii, binascii
import uos, os
import ure, re
import utime, time
print(json is ujson, binascii is ubinascii, os is uos, re is ure, time is utime)
print(ujson.dumps({"a": [1, 2]}), json.loads("[1, 2, 3]"), binascii.hexlify(b"\x01\xff"))
print(re.match("a+", "aaab").group(0), type(time.ticks_ms()).__name__)
from ujson import dumps
from json import loads
print(dumps(loads('{"k": null}')))
import sys, gc, array, micropython
print(type(sys).__name__, type(gc).__name__, type(array).__name__, type(micropython).__name__)
print(sys.modules["ujson"] is json if "ujson" in sys.modules else "not listed")
for name in ["usys", "ufoo", "foo"]:
    try:
        __import__(name)
        print(name, "imported")
    except ImportError:
        print("ImportError", name)
