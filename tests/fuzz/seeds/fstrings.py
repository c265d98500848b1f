# f-strings: JoinedStr, FormattedValue and their CPython 3.11 positions.
x = f"a{b}c{d!r:>{w}}e"
y = 'p' f"q{r}" 's'
z = f"""
  {a +
 b} {c}"""
w = f"{x=}" f"{ y = !r:3}"
v = f'{{}}{a}'
u = F"" "x"
t = f"{'a' 'b'}"
a = f"{x} {x}"
b = f"{x!r} {x}"
c = f"""ab
{x}
  {y +
   z} {
w}"""
d = f'{a:{b}}' "{c}" f'{a:{b}}'
a = f"{x:}" f"{x!s:}" f"{x:{y}}"
b = f"" f""
c = f"abc"
d = rf"\n{x}\\" fr"\d"
e = f"{x}" u"q"
f = u"a" f"{x}"
g = f"{x:{y}a}"
h = f"{ x !r}"
nested = f"{f'{x!r:>{width}}'}" f'''{
    a
    +
    b!s}'''
unicode_before = f"é→{x}"
tuple_and_gen = f"{a, b}" f"{ *a, b = }" f"{x for x in y}" f"{(yield)}"
u"a" f"{x:{y}z}" "b"
spec_only = f"{x:%Y-%m-%d}" f"{x:{'>'}{10}}"
