# keelback-error: not supported yet: range objects other than as what a for loop, a comprehension or a builtin walks
# A range kept in a variable (no run-time range object yet).
r = range(3)
for i in r:
    print(i)
