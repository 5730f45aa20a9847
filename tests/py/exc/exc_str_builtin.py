# expect: hand-written (MicroPython prints OSError(5, "io") as its args tuple)
# str()/print of exceptions created with explicit arguments, and of exceptions without arguments.
for e in [ValueError(), ValueError("one"), ValueError("two", "args"), KeyError(), IndexError("i")]:
    print(type(e).__name__ + ":", str(e) == "" and "<empty>" or str(e))
print(str(OSError(5, "io")))
print(str(Exception(1, 2, 3)))
print(str(Exception((1, 2))))
print(str(Exception([1])))
class Custom(Exception):
    pass
print(str(Custom("custom msg")), Custom("a", "b").args)
print("%s" % ValueError("in format"))
print("{}".format(RuntimeError("via format")))
