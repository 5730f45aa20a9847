# find/rfind/index/rindex/count/startswith/endswith with start/end, tuples, negatives
s = "abcabcabc"
for sub in ["", "a", "bc", "abc", "cab", "x", "abcabcabcd", "c"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub))
bounds = [(None, None), (0, None), (1, None), (3, 6), (-3, None), (-100, 100), (5, 2),
          (9, None), (10, None), (100, None), (None, -1), (None, -100), (4, 4), (-4, -1)]
for a, b in bounds:
    print(a, b, s.find("a", a, b), s.rfind("a", a, b), s.find("", a, b),
          s.rfind("", a, b), s.count("", a, b), s.count("bc", a, b),
          s.startswith("ab", a, b), s.endswith("bc", a, b),
          s.startswith("", a, b), s.endswith("", a, b))
print(s.find("b", 2), s.find("b", -2), s.rfind("b", 0, 5), s.rfind("b", -5, -1))
print(s.index("c"), s.rindex("c"), s.index("ca", 3), s.rindex("ab", 0, 6))
for args in [("x",), ("a", 1, 3), ("c", -1, None), ("", 20)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError")
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError")
print("".find(""), "".rfind(""), "".count(""), "".find("a"), "".count("a"))
print("".startswith(""), "".endswith(""), "".startswith("", 1), "".endswith("", 0, 0))
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print("hello".startswith(("x", "he")), "hello".startswith(("x", "y")), "hello".startswith(()))
print("hello".endswith(("lo", "x")), "hello".endswith(("l", "o"), 0, 4), "hello".endswith(("l",), 0, 4))
print("hello".startswith("ell", 1), "hello".startswith("ell", 1, 3), "hello".startswith("ell", -4))
print("hello".endswith("ell", 0, 4), "hello".endswith("ell", 0, -1), "hello".endswith("o", -1))
print("hello world".find("o", 5), "hello world".rfind("o", 0, 5), "hello world".rfind("o", 0, 4))
print("ababab".find("ab", -3), "ababab".rfind("ab", -3), "ababab".count("ab", 1), "ababab".count("ab", 1, -1))
big = 10 ** 30
print(s.find("a", big), s.find("a", -big), s.rfind("a", -big, big), s.count("a", -big, big))
print(s.startswith("a", True), s.find("b", False, True), s.find("b", False, 2))
# unicode
u = "h\u00e9llo w\u00f6rld \u00e9"
print(u.find("\u00e9"), u.rfind("\u00e9"), u.count("l"), u.find("w\u00f6"), u.index("r"))
print(u.startswith("h\u00e9"), u.endswith("\u00e9"), u.find("l", 3, 4), u.rfind("l", 0, 4))
