try:
    import uerrno as errno
except ImportError:
    import errno

names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV",
         "EISDIR", "EINVAL", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET",
         "ENOBUFS", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY",
         "EINPROGRESS"]
for name in names:
    n = getattr(errno, name)
    # CPython names 95 ENOTSUP (an alias); MicroPython EOPNOTSUPP (see errno_mp.py)
    print(name, n, name == "EOPNOTSUPP" or errno.errorcode[n] == name)

print(type(errno.errorcode).__name__)
print(errno.ENOENT in errno.errorcode, 99999 in errno.errorcode)

