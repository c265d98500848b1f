# also-build
# args: 7 seven
# The usual script shape: a main() behind the __name__ guard, reading sys.argv.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 37
    print("n =", n, "args:", len(sys.argv) - 1, sys.argv[2])
    print("last:", sys.argv[-1])


if __name__ == "__main__":
    main()
print(__name__)
