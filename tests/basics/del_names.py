# del of local and global names: reading one afterwards raises UnboundLocalError / NameError; del of an unbound local raises.
x = 5
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 7
print(x)

def f(flag):
    y = [1, 2]
    z = "kept"
    del y
    if flag:
        y = 3
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    del z
    return flag

f(True)
f(False)

def g():
    a, b = 1, 2
    del a, b
    a = 10
    print(a)

g()

counter = 0
def bump():
    global counter
    counter += 1
    del counter

bump()
try:
    print(counter)
except NameError as e:
    print(e)

def h():
    v = 1
    del v
    del v

h()
