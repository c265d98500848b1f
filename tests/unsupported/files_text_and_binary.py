# keelback-error: not supported yet: global 'f' holds both TextIOWrapper and BufferedIO
import sys
f = open(sys.argv[0])
f.close()
f = open(sys.argv[0], "rb")
print(f.readline())
