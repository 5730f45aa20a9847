/**
 * The `ucollections` module (importable as `collections`): namedtuple, OrderedDict and
 * deque, written in Python on top of the builtin types.
 */

import { definePythonModule } from "./pysource.ts";

definePythonModule(
  "ucollections",
  `
def namedtuple(name, fields):
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    fields = tuple(fields)
    for f in fields:
        if not isinstance(f, str):
            raise TypeError("field names must be strings")

    def __new__(cls, *args, **kw):
        if len(args) + len(kw) != len(fields):
            raise TypeError("function takes %d positional arguments but %d were given" % (len(fields), len(args) + len(kw)))
        if kw:
            values = list(args)
            for f in fields[len(args):]:
                if f not in kw:
                    raise TypeError("missing argument: %s" % f)
                values.append(kw.pop(f))
            if kw:
                raise TypeError("unexpected keyword argument '%s'" % list(kw)[0])
            args = values
        return tuple.__new__(cls, args)

    def __repr__(self):
        return name + "(" + ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)) + ")"

    def _replace(self, **kw):
        values = [kw.pop(f, v) for f, v in zip(fields, self)]
        if kw:
            raise ValueError("Got unexpected field names: %r" % list(kw))
        return cls(*values)

    def _asdict(self):
        return OrderedDict(zip(fields, self))

    ns = {"__new__": __new__, "__repr__": __repr__, "_fields": fields, "_replace": _replace,
          "_asdict": _asdict, "__slots__": ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), ns)
    return cls


class OrderedDict(dict):
    # MicroPython prints the type's name around the dict's repr: OrderedDict({1: 2}).
    def __repr__(self):
        return "OrderedDict(%s)" % dict.__repr__(self)

    # Two OrderedDicts are equal only with their items in the same order.
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self._maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def clear(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % self._items
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)
`,
);
