# Reading a global after `del` raises NameError when it runs.
total = 10
print(total)
del total
print("deleted")
print(total)
