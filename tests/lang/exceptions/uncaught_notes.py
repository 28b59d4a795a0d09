# Notes are printed after the message line.
e = ValueError('with notes')
e.add_note('note one')
e.add_note('last note')
raise e
