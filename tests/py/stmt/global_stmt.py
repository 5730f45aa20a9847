# global declarations: rebinding module names from functions, reading without declaring.
count = 0
def inc():
    global count
    count += 1
def read():
    return count
inc(); inc()
print(count, read())
def make():
    global newname
    newname = "created"
make()
print(newname)
def shadow():
    count = 100
    return count
print(shadow(), count)
def outer():
    def inner():
        global count
        count = 50
    inner()
    return count
print(outer(), count)
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)
def uses_before():
    try:
        print(undefined_global_q)
    except NameError:
        print("NameError")
uses_before()
