# Calling a name that is never defined raises NameError when the call runs
# (and not before), ahead of evaluating its arguments.
def side():
    print("argument evaluated")
    return 1
print("before")
if len("ab") > 5:
    undefined_function(side())
pritn(side())
