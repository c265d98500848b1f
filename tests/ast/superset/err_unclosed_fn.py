fn f(x: Int
