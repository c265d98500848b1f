def f[a: Int, //, b: Int, //](x: Int):
    pass
