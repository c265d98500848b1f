# Keyword arguments of str methods: split/rsplit(sep=, maxsplit=),
# splitlines(keepends=), expandtabs(tabsize=), in source evaluation order.
print("a b  c".split(maxsplit=1), "a,b,c".split(sep=",", maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
print("a b c".rsplit(maxsplit=1), "a,b".split(maxsplit=0, sep=","), "a\nb\n".splitlines(keepends=True))
print("a\tb".expandtabs(tabsize=2), "x y".split(sep=None), "a\nb".splitlines(keepends=False))
def f(x):
    print("eval", x)
    return x
print("1 2 3".split(maxsplit=f(1), sep=f(" ")))
