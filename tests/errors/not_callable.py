def f():
    return 1
things = [f, 2]
print(things[0]())
things[1]()
