# finally ordering through nested calls and nested try blocks while an exception propagates.
log = []
def level3():
    try:
        log.append("l3 try")
        raise ValueError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        level3()
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append("l1 except " + e.args[0])
    finally:
        log.append("l1 finally")
level1()
for entry in log:
    print(entry)
def replaced():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except KeyError:
        return "KeyError"
    except ValueError as e:
        return "ValueError replaced " + e.args[0]
print(replaced())
def nested():
    out = []
    for i in range(2):
        try:
            try:
                out.append("try%d" % i)
                if i:
                    raise TypeError
            finally:
                out.append("inner finally%d" % i)
        except TypeError:
            out.append("except%d" % i)
        finally:
            out.append("outer finally%d" % i)
    return out
print(nested())
