try:
    import ujson as json
except ImportError:
    import json

docs = [
    "null", "true", "false", "0", "-0", "7", "-42", "123456789012345678901234567890",
    '""', '"abc"', '"a\\"b"', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"',
    '"\\u0041\\u00e9\\u20ac"', '"\\ud83d\\ude00"', '"\\u004A"',
    "[]", "{}", "[1, 2, 3]", '{"a": 1, "b": [true, false, null]}',
    ' \t\n\r [ 1 , { "x" : [ ] } ] \n ',
    '[[[[[[[[[[1]]]]]]]]]]', '{"a": {"b": {"c": {}}}}',
    '{"k": 1, "k": 2}', '[{}, [], "", 0]', '"caf\u00e9"',
]
for d in docs:
    v = json.loads(d)
    print(repr(v), type(v).__name__)

print(len(json.loads('"\\ud83d\\ude00"')))
print(json.loads(b'{"bytes": [1]}'))

bad = [
    "", " ", "[", "]", "{", "}", "[1,]", "[,1]", "[1 2]", '{"a" 1}', '{"a": 1,}', "{1: 2}",
    "{'a': 1}", "'a'", "01", "-", "--1", "+1", "tru", "nul", "True", "None", '"abc',
    '"\\x41"', '"\\u12"', '"\\uzzzz"', "[1] x", "1 2", '"a"b', "[}", "{]", '{"a"}',
    '{"a":}', "nan", "[\"\\\"]",
]
for d in bad:
    try:
        json.loads(d)
        print("accepted", repr(d))
    except ValueError:
        print("ValueError", repr(d))

# deep nesting does not exhaust the stack
n = 500
v = json.loads("[" * n + "]" * n)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)

for t in [1, None, [1]]:
    try:
        json.loads(t)
    except TypeError:
        print("TypeError")
