# NameError for a stdlib module name suggests importing it.
print('ok')
print(math.pi)
