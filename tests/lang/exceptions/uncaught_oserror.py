# OSError subclass with errno and filename in the message.
raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
