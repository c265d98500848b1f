def f():
    [[(i := 1) for j in k] for i in m]
