# upper/lower and the is* predicates
words = ["", "abc", "ABC", "aBc", "abc1", "ABC1", "123", "1a", " ", "a b", "A B", "_", "\u00e9", "\u00c9",
         "\u00e9T\u00c9", "stra\u00dfe", "\u0131", "\u03a3\u03b1", "x\U0001F600", "\U0001F600"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.isupper(), w.islower(), w.isalpha(), w.isdigit(),
          w.isspace(), w.isalnum())
for w in ["\u00b2", "\u0661\u0662", "\uff11", "\u2460", "\u00bd", "Ⅳ", "٣", "0x1", "1 2", "-1"]:
    print(repr(w), w.isdigit(), w.isalnum(), w.isalpha())
for c in [9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x200b,
          0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x180e, 0x1f, 0x7f, 65]:
    print(hex(c), chr(c).isspace(), (chr(c) * 3).isspace(), ("a" + chr(c)).isspace())
print(" \t\n".isspace(), "".isspace(), "".isalpha(), "".isdigit(), "".isupper(), "".islower(), "".isalnum())
print("A1!".isupper(), "a1!".islower(), "1!".isupper(), "1!".islower(), "ǅ".isupper(), "ǅ".islower())
print("abc".upper().lower() == "abc", "MiXeD 123 ÄÖÜ".lower(), "MiXeD 123 äöü".upper())
print(len("stra\u00dfe".upper()), "\ufb01".upper(), "\u0130".lower() == "i\u0307")
s = "Hello"
up = s.upper
print(up(), str.upper("x"), str.lower("X"), str.isdigit("12"))
# "cased" follows the derived Lowercase/Uppercase properties
for w in ["\u00aa", "\u02b0", "A\u02b0", "\u24b6", "\u24d0", "\u2160", "\u2170", "\u01c5", "a\u01c5", "1\u00aa"]:
    print(repr(w), w.isupper(), w.islower(), w.isalpha())
