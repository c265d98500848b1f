type X[T] =
