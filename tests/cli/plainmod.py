print("plain module", __name__)
