# OSError carries an errno-like first argument in args; subclass-free usage as on MicroPython.
try:
    raise OSError(2)
except OSError as e:
    print("errno", e.args[0], len(e.args))
try:
    raise OSError(13, "permission")
except OSError as e:
    print(e.args[0], e.args[1])
def fail(code):
    raise OSError(code)
codes = []
for c in [5, 11, 110]:
    try:
        fail(c)
    except OSError as e:
        codes.append(e.args[0])
print(codes)
ENOENT = 2
try:
    fail(ENOENT)
except OSError as e:
    if e.args[0] == ENOENT:
        print("file not found handled")
print(isinstance(OSError(1), Exception))
