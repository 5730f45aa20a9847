# Implicit concatenation of adjacent string and bytes literals.
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     'three')
print(t)
print("a" r"\n" "b")
b = b"xy" b'z' br"\q"
print(b, len(b))
print(("x" "y") * 2)
def f():
    return "con" "cat"
print(f())
print(len("" "" ""))
d = {"k" "ey": "v" "al"}
print(d)
