# Positions CPython derives from tokens rather than from child nodes.
def f():
    x = 1; pass; del x;
class C: y = 2;
if a: b;
elif c: d;
else: e;
t = tuple[*Ts]
t = x[*a, b:c, ::2,]
f(*[] or [2], *a, **k, key=1)
def g(*args: *Ts, **kw): pass
s = "\x80\xa0\xad\u200c\ufffe\U00100000 é ☃"
s = 'quote"' "\x00\x7f", b"\xff\x80"
