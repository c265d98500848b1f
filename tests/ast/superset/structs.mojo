# Structs, traits, compile-time declarations.
comptime N = 200
comptime F64: DType = DType.float64
alias WIDTH = simd_width_of[F64]()
comptime Vec[w: Int] = SIMD[F64, w]


trait Shape(Writable):
    def area(self) -> Float64:
        ...


@fieldwise_init
struct Rect(Shape, Copyable):
    var w: Float64
    var h: Float64

    def area(self) -> Float64:
        return self.w * self.h


struct Accumulator[dtype: DType, width: Int]:
    """Sums vectors."""

    comptime Lane = Scalar[Self.dtype]
    var lanes: SIMD[Self.dtype, Self.width]

    def __init__(out self):
        self.lanes = SIMD[Self.dtype, Self.width](0)

    @staticmethod
    def make() -> Self:
        return Self()
