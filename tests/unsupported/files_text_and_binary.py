# keelback-error: not supported yet: global 'f' holds both TextIOWrapper and BufferedIO
import sys
f = open(sys.argv[0])
for binary in (False, True):
    f.close()
    if binary:
        f = open(sys.argv[0], "rb")
    else:
        f = open(sys.argv[0])
    print(f.readline())
