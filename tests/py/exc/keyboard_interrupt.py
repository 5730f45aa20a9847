# KeyboardInterrupt and SystemExit are BaseException, not Exception; catching them explicitly works.
def attempt(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except KeyboardInterrupt:
        return "caught by KeyboardInterrupt"
    except BaseException:
        return "caught by BaseException"
print(attempt(KeyboardInterrupt))
print(attempt(SystemExit))
print(attempt(ValueError))
try:
    raise KeyboardInterrupt("ctrl-c")
except BaseException as e:
    print(type(e).__name__, e.args)
def loop():
    count = 0
    try:
        while True:
            count += 1
            if count == 5:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        return count
print(loop())
try:
    try:
        raise KeyboardInterrupt
    finally:
        print("finally runs for KeyboardInterrupt too")
except KeyboardInterrupt:
    print("handled")
