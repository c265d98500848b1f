x not is y
