# print(..., file=f) to an open file, with sep, end and flush.
import sys
path = "/tmp/kb_" + sys.argv[0].replace("/", "_") + ".txt"
with open(path, "w") as f:
    print("a", 1, 2.5, file=f)
    print("b", "c", sep="-", end="!\n", file=f, flush=True)
    print(file=f)
    print([1, 2], None, file=f, end="")
print(open(path).read())
