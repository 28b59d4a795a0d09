import site, sys, os, tempfile

with tempfile.TemporaryDirectory() as d:
    base = os.path.realpath(d)
    os.mkdir(os.path.join(base, "sub1"))
    os.mkdir(os.path.join(base, "sub2"))
    with open(os.path.join(base, "a.pth"), "w") as f:
        f.write("# a comment\n\nsub1\nmissing_dir\nimport sys; sys.pth_ran = getattr(sys, 'pth_ran', 0) + 1\n")
    with open(os.path.join(base, "b.pth"), "w") as f:
        f.write("sub2\nsub1\n")
    with open(os.path.join(base, ".hidden.pth"), "w") as f:
        f.write("sub2\n")
    before = list(sys.path)
    known = site.addsitedir(base)
    added = [os.path.relpath(p, base) for p in sys.path[len(before):]]
    print(added, known)
    print(getattr(sys, "pth_ran", 0))
    # a second call adds nothing new, but runs the import lines again
    site.addsitedir(base)
    print([os.path.relpath(p, base) for p in sys.path[len(before):]], sys.pth_ran)
    sys.path[:] = before
    kp = set()
    r = site.addsitedir(base, kp)
    print(r is kp, sorted(os.path.relpath(p, base) for p in kp))
    sys.path[:] = before
    # a failing line reports on stderr and stops processing the file
    with open(os.path.join(base, "c.pth"), "w") as f:
        f.write("import nonexistent_module_xyz\nsub2\n")
    import io, contextlib
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        site.addpackage(base, "c.pth", set())
    print("Error processing line 1" in err.getvalue(), "Remainder of file ignored" in err.getvalue())
    print(site.addpackage(base, "nope.pth", set()))
    sys.path[:] = before
print(site.removeduppaths() is not None)
