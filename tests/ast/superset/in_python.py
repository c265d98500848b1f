# A .py file: def stays Python's; the superset appears only where Python
# could not parse the text.
import struct


def python(var, fn):
    var = fn(var)
    return struct.pack("i", var)


fn fast[n: Int](mut x: Int) raises -> Int:
    var total: Int = 0
    comptime for i in range(n):
        total += x
    return total^


struct Point:
    var x: Float64


trait Named:
    fn name(self) -> String:
        ...


comptime = 1
comptime if x else y
var = comptime ^ 2
