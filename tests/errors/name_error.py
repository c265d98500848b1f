print("defined")
print(undefined_name)
