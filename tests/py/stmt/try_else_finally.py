# try/except/else/finally execution order for the normal, handled and unhandled paths.
def run(action):
    log = []
    try:
        try:
            log.append("try")
            if action == "raise":
                raise ValueError
            if action == "other":
                raise KeyError
        except ValueError:
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer except")
    return log
print(run("none"))
print(run("raise"))
print(run("other"))
def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
h()
