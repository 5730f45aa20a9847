# String operators: concatenation, repetition (incl. zero/negative), indexing, membership, iteration.
s = "abc"
print(s + "def", s * 3, 3 * s, s * 0, s * -2, repr(s * 0))
print(s[0], s[-1], s[1], len(s), len(""))
try:
    s[3]
except IndexError:
    print("IndexError")
try:
    s[0] = "x"
except TypeError:
    print("TypeError: immutable")
try:
    s + 1
except TypeError:
    print("TypeError: str + int")
print([c for c in s], list(reversed(s)))
print("-".join(s), "".join(["x", "y"]))
print("%s|%s" % ("a", "b"), str(12) + "3")
print(min(s), max(s), sorted("cab"))
print(s.upper()[::-1], "Hello World".lower())
x = "a"
x += "b"
x = x * 2
print(x)
