# range() of a float: TypeError when it runs, for a loop's range() too.
n = 2.5
print(list(range(3)))
for i in range(n):
    print(i)
