# A range object with step 0 (not a loop's range(...)): ValueError when made.
def steps(n):
    return range(1, 10, n)


print(steps(2))
print(steps(0))
