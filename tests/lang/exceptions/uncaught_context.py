# Implicit chaining ("During handling ...") with an empty-message exception.
try:
    {}['k']
except KeyError:
    raise TypeError
