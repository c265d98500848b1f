# also-build
# The math module: the same libm results as CPython, and its errors.
import math

print(math.sqrt(2.0), math.sqrt(16), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sin(1.0), math.cos(1.0), math.tan(0.5), math.atan(1.0), math.atan2(1.0, -2.0))
print(math.exp(1.5), math.log(10.0), math.log2(1024), math.log10(0.001))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.floor(1e20))
print(math.fabs(-3), math.pow(2, 0.5), math.fmod(-7.5, 2), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.asin(0.5), math.acos(0.5))
print(math.pow(0.0, 0.0), math.pow(-8, 3), math.log(math.e))
