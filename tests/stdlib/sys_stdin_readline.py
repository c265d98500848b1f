# stdin: 3\n10 20 30\nlast line
# also-build
# The competitive-programming idioms: from sys import stdin, and
# input = sys.stdin.readline (a file's readline as a value).
import sys
from sys import stdin
input = sys.stdin.readline
n = int(input())
values = list(map(int, stdin.readline().split()))
print(n, sum(values), repr(input()), repr(input()))
