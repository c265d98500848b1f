# print(file=sys.stderr / sys.stdout), sys.stdout.write, sys.stderr.write.
import sys

print("to stdout", file=sys.stdout)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
print("a", "b", sep="-", end="!\n", file=sys.stdout)
sys.stderr.write("warning: something\n")
print("error:", 42, file=sys.stderr)
