type X[**P: (int, str)] = P
