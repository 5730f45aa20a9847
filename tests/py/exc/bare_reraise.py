# Bare raise re-raises the exception currently being handled, including after nested handling.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e.args)
def g():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("still the KeyError", e.args)
except IndexError:
    print("IndexError (wrong)")
def h():
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    try:
        raise err
    except TypeError as e2:
        return e2 is err
print(h())
def cond(reraise):
    try:
        raise OSError(2)
    except OSError:
        if reraise:
            raise
        return "swallowed"
print(cond(False))
try:
    cond(True)
except OSError as e:
    print("OSError", e.args)
