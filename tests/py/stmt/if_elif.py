# if/elif/else chains, truthiness of various values, nested conditions.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in [-5, 0, 3, 10, 1000]:
    print(n, classify(n))
for v in [0, 1, "", "a", [], [0], (), {}, {1: 2}, None, b"", b"\x00"]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 1:
    if x > 3:
        print("x>3")
    else:
        print("1<x<=3")
if not x:
    print("unreachable")
elif x:
    print("elif taken")
