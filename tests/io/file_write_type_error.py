# write() of a value of the wrong type: CPython's TypeError.
import sys
path = "/tmp/kb_" + sys.argv[0].replace("/", "_") + ".txt"
with open(path, "wb") as b:
    try:
        b.write("text")
    except TypeError as e:
        print(e)
with open(path, "w") as f:
    f.write(3)
