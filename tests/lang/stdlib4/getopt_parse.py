import getopt

def t(fn, *a):
    try:
        print(fn(*a))
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), repr(e.msg), e.args)

t(getopt.getopt, ["-a", "-b", "1", "file"], "ab:")
t(getopt.getopt, ["-ab1", "x"], "ab:")
t(getopt.getopt, ["-a", "--", "-b"], "ab:")
t(getopt.getopt, ["-", "-a"], "a")
t(getopt.getopt, ["x", "-a"], "a")
t(getopt.getopt, ["--verbose", "--out=f", "--out", "g", "rest"], "", ["verbose", "out="])
t(getopt.getopt, ["--verb"], "", ["verbose"])
t(getopt.getopt, ["--ver"], "", ["verbose", "version"])
t(getopt.getopt, ["--version"], "", ["version", "version-info"])
t(getopt.getopt, ["--nope"], "", ["verbose"])
t(getopt.getopt, ["--out"], "", ["out="])
t(getopt.getopt, ["--verbose=3"], "", ["verbose"])
t(getopt.getopt, ["-x"], "ab")
t(getopt.getopt, ["-b"], "ab:")
t(getopt.getopt, ["-:"], "a:")
t(getopt.getopt, ["--long"], "", "long")
t(getopt.getopt, [], "a")
t(getopt.gnu_getopt, ["x", "-a", "y", "-b", "2", "--long", "z"], "ab:", ["long"])
t(getopt.gnu_getopt, ["x", "-a", "--", "-b"], "ab:")
t(getopt.gnu_getopt, ["x", "-a"], "+a")
t(getopt.gnu_getopt, ["-a", "x", "-a"], "+a")
t(getopt.gnu_getopt, ["-", "-a"], "a")
print(issubclass(getopt.error, Exception), getopt.error is getopt.GetoptError)
e = getopt.GetoptError("m", "o"); print(str(e), e.msg, e.opt, e.args)
