# Exceptions raised inside except, else and finally blocks replace the current one.
def in_except():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k")
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise IndexError("from else")
def in_finally():
    try:
        return "value"
    finally:
        raise TypeError("from finally")
for f in [in_except, in_else, in_finally]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e.args)
def else_not_protected():
    try:
        try:
            x = 1
        except ValueError:
            return "handler for try only"
        else:
            raise ValueError("else raised")
    except ValueError as e:
        return "outer caught " + e.args[0]
print(else_not_protected())
def handler_error_caught_later():
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            [][0]
    except IndexError:
        return "IndexError from handler"
print(handler_error_caught_later())
