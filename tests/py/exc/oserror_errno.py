# OSError carries an errno as args[0]; the errno module names the codes; failing open() raises OSError.
import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EAGAIN)
try:
    raise OSError(errno.ENOENT)
except OSError as e:
    print(e.args[0] == errno.ENOENT, len(e.args))
try:
    open("no_such_file_for_this_test.txt")
except OSError as e:
    print("open failed", e.args[0] == errno.ENOENT, isinstance(e, OSError))
def check(code):
    try:
        raise OSError(code, "message")
    except OSError as e:
        if e.args[0] == errno.EEXIST:
            return "exists"
        if e.args[0] in (errno.EACCES, errno.EPERM):
            return "no permission"
        return "other %d" % e.args[0]
print(check(errno.EEXIST), check(errno.EACCES), check(errno.EPERM), check(5))
try:
    try:
        raise OSError(errno.EINVAL)
    except ValueError:
        print("not a ValueError")
except Exception as e:
    print("Exception caught", e.args[0] == errno.EINVAL)
print(issubclass(OSError, Exception), OSError(1, "x").args)
