# also-build
# str methods: the same results as CPython, Unicode case mapping included.
s = "  Hello, World of Python  "
print(s.strip(), s.lower(), s.upper(), s.split(), s.strip().split(", "), s.find("o"), s.rfind("o"), s.count("o"))
print("-".join(["a", "b", "c"]), "x".center(7, "*"), "42".zfill(5), "a b c".split(" ", 1), "hello".replace("l", "L", 1))
print("Title me".title(), "ab\ncd\n".splitlines(), "abc".startswith("ab"), "abc".endswith(("x", "c")), "key=value".partition("="))
print("ß".upper(), "İ".lower(), "hello world".capitalize(), "  x".isspace(), "123".isdigit(), "abc".isalpha())
print("a,b,,c".split(","), "tab\there".expandtabs(4), "xyz".index("z"), "..hi..".strip("."), "ok".ljust(5) + "|", "ok".rjust(5))
