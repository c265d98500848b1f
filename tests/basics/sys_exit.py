# args: one
# sys.exit: SystemExit ends the program with its status; it can be caught.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e)
try:
    sys.exit()
except BaseException as e:
    print("caught again", repr(e))


def check(args):
    if len(args) > 1:
        print("leaving with", args[1])
        sys.exit("fatal: " + args[1])
    print("not reached")


check(sys.argv)
