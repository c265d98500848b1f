# An exception raised while a loop's generator is finalized (its finally
# clause) is printed as unraisable; the program goes on.
def broken():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
        print(1 // 0)


for x in broken():
    print(x)
    break
print("still running")
