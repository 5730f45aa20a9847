# classmethod and staticmethod: called on class and instance, inherited, alternative constructors.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def name(cls):
        return cls.__name__
    def __str__(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)
class MyDate(Date):
    pass
d = Date.from_string("2016-08-30")
print(d, type(d).__name__)
m = MyDate.from_string("2000-1-2")
print(m, type(m).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2016), MyDate.is_leap(2015))
print(Date.name(), MyDate.name(), m.name())
print(Date.count)
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
sm = staticmethod(lambda: "raw static")
class H:
    s = sm
print(H.s(), H().s())
