# and/or return one of their operands and short-circuit; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [0] and "x", "" or "", "a" and "b" and "c")
def t(v):
    print("eval", repr(v))
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(0) or t(0) or t(3))
print(t(1) and t(2) and t(0) and t(9))
print(not 0, not 1, not "", not [1], not None)
x = None
name = x or "anon"
print(name)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
print(type(0 or 0).__name__, type(1 and "s").__name__)
print(not 1 == 2, not (1 == 2) and 0)
