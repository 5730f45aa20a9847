# expect: hand-written
# MicroPython specifics: ujson/json are one module, error messages, non-ASCII is written as
# it is, control characters other than \n \r \t as \u00XX, no floats on the WiPy.
import ujson
import json

print(ujson is json)
print(json.dumps("caf\u00e9 \u20ac \U0001F600"))
print(json.dumps("\b\f\x7f"))
print(json.loads(json.dumps("caf\u00e9")) == "caf\u00e9")
for d in ["", "[1,]", "{'a': 1}", "[1] 2", '"\\q"']:
    try:
        json.loads(d)
    except ValueError as e:
        print(repr(d), e)
try:
    json.loads("1.5")
except ValueError as e:
    print(e)
try:
    json.loads("[1e3]")
except ValueError as e:
    print(e)
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
try:
    json.dumps()
except TypeError as e:
    print("TypeError")
