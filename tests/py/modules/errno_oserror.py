try:
    import uerrno as errno
except ImportError:
    import errno

try:
    open("no_such_file_here.txt")
except OSError as e:
    print(e.args[0] == errno.ENOENT, e.args[0] in errno.errorcode)
try:
    open("no_such_dir_here/x.txt", "w")
except OSError as e:
    print(e.args[0] == errno.ENOENT)
