# expect: hand-written (MicroPython's traceback text: the catching frame is listed, as in CPython)
import sys
import uio


def inner():
    raise KeyError("k")


def middle():
    inner()


def catcher():
    try:
        middle()
    except KeyError as e:
        return e


e = catcher()
buf = uio.StringIO()
sys.print_exception(e, buf)
print(buf.getvalue(), end="")


def reraiser():
    try:
        inner()
    except KeyError:
        raise


try:
    reraiser()
except KeyError as e2:
    sys.print_exception(e2, buf)
print(buf.getvalue().count("in reraiser"))
