# Exception args and str() for exceptions raised with our own arguments.
cases = [Exception(), Exception("msg"), Exception("a", 1), Exception(42), ValueError("v"),
         LookupError("key"), IndexError(3), RuntimeError("x", "y", "z"), Exception(None), Exception("")]
for e in cases:
    print(type(e).__name__, e.args, "[" + str(e) + "]")
try:
    raise TypeError("bad", "type")
except TypeError as e:
    print(e.args[0], e.args[1], len(e.args))
e = ValueError(1, [2, 3])
print(e.args[1][1])
print(str(Exception("nested", ("t", 1))))
try:
    raise Exception("printed")
except Exception as ex:
    print(ex)
print(isinstance(ValueError().args, tuple))
