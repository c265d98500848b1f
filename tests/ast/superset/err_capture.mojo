def f() {mut 1}:
    pass
