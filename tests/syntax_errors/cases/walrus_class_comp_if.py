class A:
    [(y := 1) for x in z if (w := 2)]
