f"{f'abc"
