# str methods against CPython 3.11: split family, padding, strip with chars,
# tuples for startswith, start/end, Unicode case mappings and predicates.
s = "  Hello, World  "
print(s.split(), s.split(",", 1), "a,b,c".rsplit(",", 1), "a b  c".split(" "))
print("l1\nl2\r\nl3".splitlines(), "l1\nl2\r\nl3\n".splitlines(True))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("ab".ljust(5, "*"), "ab".rjust(5, "-"), "ab".center(7, "."), "abc".center(6))
print("xxhixx".strip("x"), "xxhi".lstrip("x"), "hixx".rstrip("x"), "  a ".strip())
print("hello".startswith(("he", "x")), "hello".endswith(("lo",)), "hello".startswith("l", 2), "hello".endswith("l", 0, 4))
print("banana".find("an"), "banana".rfind("an"), "banana".find("an", 2), "banana".count("a"), "banana".count("a", 2, 5), "banana".index("n"), "banana".rindex("n"))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("Straße".casefold(), "ǆ hello wORLD".title(), "ßa".capitalize(), "ǅ".swapcase(), "hello world".title(), "they're bill's".title())
print("١٢٣".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "abc1".isalnum(), " \t".isspace(), "_x1".isidentifier(), "1x".isidentifier(), "a\x00".isprintable(), "é".isascii(), "Hello World".istitle())
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "abc".removeprefix("z"))
print("héllo".encode(), "abc".encode("ascii"))
print("abc".find("c", -1), "abc"[::-1].upper())
print("a,b,,c".split(","), "".split(), "".split(","), "  a  b  ".rsplit(None, 1))
