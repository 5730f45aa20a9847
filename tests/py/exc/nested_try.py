# Nested try blocks: inner handlers first, unhandled types go outward, handlers raising new errors.
def run(kind):
    try:
        try:
            if kind == 1:
                raise ValueError
            if kind == 2:
                raise KeyError
            if kind == 3:
                raise TypeError
            return "no error"
        except ValueError:
            return "inner ValueError"
        except KeyError:
            raise IndexError("from inner handler")
    except IndexError as e:
        return "outer IndexError " + e.args[0]
    except TypeError:
        return "outer TypeError"
for k in range(4):
    print(run(k))
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return deep(n - 1)
    except ZeroDivisionError:
        return "never"
try:
    deep(5)
except RuntimeError as e:
    print("propagated through 6 frames:", e.args[0])
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as e2:
            print("inner handler", e2.args)
        print("back in outer handler")
except Exception:
    print("not reached")
print("done")
