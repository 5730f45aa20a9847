# return inside finally overrides the try's return and swallows a pending exception.
def f1():
    try:
        return 1
    finally:
        return 2
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())
def f3():
    x = 10
    try:
        return x
    finally:
        x = 20
print(f3())
def f4():
    log = []
    try:
        try:
            raise KeyError
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("caught")
    finally:
        log.append("outer finally")
    return log
print(f4())
def f5():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                print("finally with i", i)
print(f5())
def f6():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError
        finally:
            print("finally during TypeError")
    except TypeError:
        return "TypeError out"
print(f6())
