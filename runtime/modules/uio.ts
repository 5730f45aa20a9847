/**
 * The `uio` module (importable as `io`): in-memory streams StringIO and BytesIO, written
 * in Python, and `open` (the builtin).
 */

import { definePythonModule } from "./pysource.ts";

definePythonModule(
  "uio",
  `
open = open


class _IOBase:
    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        nl = self._buf.find(self._nl, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError("can't write %s to %s" % (type(s).__name__, type(self).__name__))
        if self._pos > len(self._buf):
            self._buf = self._buf + self._fill * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            raise OSError(22)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def getvalue(self):
        self._check()
        return self._buf

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(_IOBase):
    _empty = ""
    _nl = "\\n"
    _fill = "\\x00"

    def __init__(self, initial=""):
        if not isinstance(initial, str):
            raise TypeError("initial value must be str")
        _IOBase.__init__(self, initial)


class BytesIO(_IOBase):
    _empty = b""
    _nl = b"\\n"
    _fill = b"\\x00"

    def __init__(self, initial=b""):
        _IOBase.__init__(self, bytes(initial))

    def write(self, s):
        if isinstance(s, (bytearray, memoryview)):
            s = bytes(s)
        return _IOBase.write(self, s)
`,
);
