# except with a tuple of classes, nested tuples in variables, and first matching clause wins.
errors = (KeyError, IndexError)
for f in [lambda: {}["x"], lambda: [][1], lambda: int("z"), lambda: None.attr]:
    try:
        f()
    except errors as e:
        print("lookup", type(e).__name__)
    except (ValueError, TypeError) as e:
        print("value/type", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
try:
    raise ZeroDivisionError
except (ArithmeticError, ZeroDivisionError) as e:
    print("first matching entry", type(e).__name__)
try:
    raise KeyError
except (ValueError,):
    print("no")
except (LookupError,):
    print("single-element tuple")
class Mine(Exception):
    pass
catch = (Mine, OSError)
try:
    raise Mine("m")
except catch as e:
    print(type(e).__name__, e.args)
