# open() for text and binary files: modes r, w, a, x, rb, wb, r+; read(n),
# readline(), readlines(), write(), writelines(), iteration, universal
# newlines, with, closed; CPython's errors.
import sys
# A file of its own under /tmp, named after this test's path.
path = "/tmp/kb_" + sys.argv[0].replace("/", "_") + ".txt"
f = open(path, "w")
print(f.write("héllo\r\nworld\rthird\n"), f.closed, f.name == path, f.mode)
f.writelines(["a\n", "b\n"])
f.close()
print(f.closed)
f.close()
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.read(3)), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "rb") as b:
    data = b.read()
    print(data, len(data), type(data))
with open(path, "rb") as b:
    print(b.readline(), b.read(4), b.readlines())
with open(path, "wb") as b:
    print(b.write(b"bin\x00\x7e\n"))
with open(path, "rb") as b:
    for line in b:
        print(line)
with open(path, "r+") as f:
    print(repr(f.read(2)))
    f.write("ZZ")
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open(path, "x") as g:
        pass
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open(path, "q")
except ValueError as e:
    print(e)
try:
    with open(path, "w") as f:
        f.write("x")
        raise KeyError("inside")
except KeyError:
    print("closed after error:", f.closed)
print(open(path).read())
open("no_such_file.txt")
