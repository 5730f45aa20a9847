# except Exception catches ordinary errors but not KeyboardInterrupt, SystemExit or GeneratorExit.
def try_raise(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "only BaseException caught " + type(e).__name__
for exc in [ValueError, KeyError("k"), ZeroDivisionError(), StopIteration, AssertionError,
            KeyboardInterrupt, SystemExit(0), GeneratorExit, RuntimeError, OSError(5)]:
    print(try_raise(exc))
def ordered(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except Exception:
        return "Exception clause"
print(ordered(IndexError()), ordered(KeyError()), ordered(ValueError()))
try:
    try:
        1 // 0
    except (TypeError, ValueError):
        print("wrong clause")
except ArithmeticError as e:
    print("outer got", type(e).__name__)
