# args: first --flag 3
# stdin: 1 2 3\n4\n
# sys.stdin.read() of the whole input; sys.argv; print(flush=True).
import sys
data = sys.stdin.read()
print(len(data), repr(data[:5]), flush=True)
print(sum(int(x) for x in data.split()))
print(sys.argv[1:], len(sys.argv))
print("a", "b", sep="-", end="!\n", flush=True)
print("to stderr", file=sys.stderr)
