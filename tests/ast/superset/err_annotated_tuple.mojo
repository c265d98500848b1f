def f():
    var a, b: Int = 1, 2
