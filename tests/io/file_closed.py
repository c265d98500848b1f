# Reading a closed file: ValueError: I/O operation on closed file.
import sys
path = "/tmp/kb_" + sys.argv[0].replace("/", "_") + ".txt"
with open(path, "w") as f:
    f.write("data\n")
print(f.closed)
f.read()
