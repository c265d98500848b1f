# Statements and expressions inside functions.
def main() raises:
    var x = 1
    var y: Float64
    var a, b = 1, 2
    var xs: List[Float64] = [0.5, 1.5]
    ref big = largest(xs)
    let z = x
    comptime for i in range(3):
        x += i
    comptime if x > 1:
        pass
    else:
        pass
    comptime assert N > 0, "positive"
    @parameter
    for i in range(4):
        pass
    @parameter
    if True:
        pass
    var v = p.load[width=4](8)
    var w = q.store[4, alignment=8](0, v)
    print(s[byte=2], SIMD[DType.bool, 4](fill=True))
    grid = make(xs^, y^)
    return x^
