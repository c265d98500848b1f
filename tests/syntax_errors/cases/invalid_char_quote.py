x = “hi”
