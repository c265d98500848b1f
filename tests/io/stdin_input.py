# also-build
# stdin: bob\n21\nthird\r\nfour\nstop here\nx\ny\n
# input() with a prompt, sys.stdin.readline(), iteration, readlines(), read();
# sys.stdin keeps "\r\n" (newline='\n'); EOFError at the end of the input.
import sys
name = input("name? ")
print("hello", name)
n = int(input())
print(n * 2)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line:", line.rstrip("\n"))
    if line.startswith("stop"):
        break
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), sys.stdin.closed, sys.stdin.name)
print(repr(input()))
