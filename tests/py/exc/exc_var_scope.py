# The except-clause variable is bound only in the handler; handlers in loops and functions.
def f():
    try:
        raise ValueError("inner")
    except ValueError as e:
        msg = e.args[0]
    return msg
print(f())
def g():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "e was unbound after handler"
print(g())
results = []
for i in range(3):
    try:
        if i % 2:
            raise IndexError(i)
        results.append(i)
    except IndexError as err:
        results.append("err%d" % err.args[0])
print(results)
def h():
    try:
        raise TypeError("t1")
    except TypeError as first:
        try:
            raise ValueError("v1")
        except ValueError as second:
            return first.args + second.args
print(h())
