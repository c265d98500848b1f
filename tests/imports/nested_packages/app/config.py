SETTINGS = {"mode": "fast"}
