# keelback-error: not supported yet: yield inside a try statement with a finally clause
# CPython runs the finally clause when an unfinished generator is collected.
def guarded():
    try:
        yield 1
    finally:
        print("cleanup")


for x in guarded():
    print(x)
    break
