# Dict and set comprehensions, including duplicate keys and conditional values.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({x % 4 for x in range(20)}))
print({c: ord(c) for c in "abc" if c != "b"})
words = ["one", "two", "three", "four"]
by_len = {len(w): w for w in words}
print(by_len)
print({w: [c for c in w if c in "aeiou"] for w in words})
inverted = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverted)
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print(type({x for x in ()}).__name__, type({x: 1 for x in ()}).__name__)
print(len({i // 2 for i in range(10)}))
