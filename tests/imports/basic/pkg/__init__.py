print("pkg init")
VERSION = "1.0"
