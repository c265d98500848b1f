# Slices, splits, partitions and strips of ASCII and non-ASCII strs; 1-character
# ASCII strs are shared objects, as in CPython.
# also-build
s = "héllo wörld, ascii text"
print(s[1:4], s[::-1], s[2:], s[-3:], s.split(), s.split("o"), s.partition(" "), s.strip("h"))
a = "hello world"
print(a[1:4], a[::2], a[4:5], a[0] is a[0], a[1] is a[1:2], a.split(), a.split("o"), a.partition("o"), a.strip("hd"))
for c in "héllo":
    print(c, end="|")
print(len("x" * 40 + "é" * 40), len("é" * 17), len("abcdefghijklmnopq"), len("日本語のテキスト" * 3))
print("a,b,,c".split(","), " x ".strip(), "".split(","), "日本,語".split(","))
