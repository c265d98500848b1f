x = 1
type X[T, *Ts, T] = int
