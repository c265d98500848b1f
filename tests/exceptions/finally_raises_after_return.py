# full-stderr
# An exception raised by a finally body that a return entered: the return
# value is dropped and the traceback names the finally line.
def cleanup(items, n):
    try:
        return 10 // n
    finally:
        print("cleaning", n)
        items[n]


print(cleanup([1, 2], 1))
print(cleanup([1, 2], 5))
