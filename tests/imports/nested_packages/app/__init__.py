print("app init", __name__)
