print("minning")
