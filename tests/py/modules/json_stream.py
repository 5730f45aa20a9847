try:
    import ujson as json
except ImportError:
    import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self, *args):
        t = self.text
        self.text = ""
        return t


s = Sink()
json.dump({"a": [1, 2, None], "b": "x"}, s)
print("".join(s.parts))
s = Sink()
json.dump([], s)
print("".join(s.parts))

print(json.load(Source('{"a": [1, 2, {"b": false}]}')))
print(json.load(Source("  42 ")))
try:
    json.load(Source("[1, 2"))
except ValueError:
    print("ValueError")

try:
    json.dump([1], object())
except AttributeError:
    print("AttributeError")
