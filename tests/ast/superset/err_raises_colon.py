fn f() raises
    pass
