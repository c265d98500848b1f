class A:
    [(y := 1) for x in z]
