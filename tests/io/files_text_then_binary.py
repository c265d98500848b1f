# One name for a text file, then for a binary one: two variables (webs).
import sys
f = open(sys.argv[0])
print(f.readline().rstrip())
f.close()
f = open(sys.argv[0], "rb")
print(f.readline())
f.close()
