import pwd, grp, os
r = pwd.getpwuid(0)
print(r.pw_name, r.pw_uid, r.pw_dir, r[0], len(r), repr(pwd.getpwnam("root"))[:40])
print(grp.getgrgid(0).gr_name, grp.getgrnam("root").gr_gid, type(grp.getgrgid(0).gr_mem).__name__)
print(any(p.pw_name == "root" for p in pwd.getpwall()), any(g.gr_gid == 0 for g in grp.getgrall()))
for f, a in [(pwd.getpwnam, "no_such_user_xyz"), (pwd.getpwuid, 987654), (grp.getgrgid, 987654), (grp.getgrnam, "nogroupxyz")]:
    try:
        f(a)
    except KeyError as e:
        print("KeyError", e)
try:
    pwd.getpwuid("x")
except TypeError as e:
    print(e)
try:
    grp.getgrgid("x")
except TypeError as e:
    print(e)
