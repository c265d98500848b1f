print(f"{'a' "b"}")
