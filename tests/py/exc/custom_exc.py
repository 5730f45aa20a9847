# Custom exception classes: inheritance, extra attributes, custom __init__ and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Coded(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
for exc in [AppError("plain"), NotFound("thing"), Coded(404, "gone")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, e.args, str(e))
try:
    raise NotFound("x")
except NotFound as e:
    print(e.name, isinstance(e, AppError), isinstance(e, Exception))
try:
    raise Coded(500, "err")
except Exception as e:
    print(e.code, e)
class Lookupish(KeyError):
    pass
try:
    raise Lookupish("k")
except LookupError as e:
    print("caught as LookupError", type(e).__name__, e.args)
class WithDefault(Exception):
    def __init__(self, msg="default msg"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e.args)
print(issubclass(NotFound, AppError), NotFound.__name__)
