# raise ... from ... raises the new exception; raise of a class instantiates it.
try:
    try:
        raise KeyError("original")
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise IndexError from None
except IndexError as e:
    print(type(e).__name__, e.args)
try:
    raise TypeError
except TypeError as e:
    print(type(e).__name__, e.args, isinstance(e, TypeError))
class MyErr(Exception):
    pass
try:
    raise MyErr("x", 2) from KeyError()
except MyErr as e:
    print(type(e).__name__, e.args)
def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e.args[0])
