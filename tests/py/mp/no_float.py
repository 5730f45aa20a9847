# expect: hand-written (the WiPy has no float: no float literals, no `/`, no float(), no negative powers)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("truediv", lambda: 4 / 2)
try:
    exec("x = 8\nx /= 2")
except TypeError:
    print("itruediv TypeError")
attempt("float literal", lambda: exec("y = 1.5"))
attempt("exponent literal", lambda: exec("y = 1e3"))
attempt("float name", lambda: float)
attempt("negative power", lambda: 2 ** -1)
attempt("pow negative", lambda: pow(10, -2))
attempt("floordiv", lambda: 7 // 2)
attempt("int of decimal", lambda: int("2.5"))
import builtins
print(hasattr(builtins, "float"), hasattr(builtins, "int"))
print(7 // 2, 7 % 2, divmod(7, 2), 2 ** 10)
