import stat

MODES = [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0, 0o102755,
         0o146000, 0o20600, 0o60660, 0o10644, 0o160000, 0o107777, 0o100000]
for m in MODES:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG,
                                stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR,
                                stat.S_ISPORT, stat.S_ISWHT) if f(m)])
print(stat.S_IRWXU | stat.S_IRGRP, stat.S_IFDOOR, stat.ST_MTIME, stat.UF_HIDDEN,
      stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_ENFMT == stat.S_ISGID)
print(stat.S_ISREG(True), stat.filemode(stat.S_IFREG | stat.S_IRUSR | stat.S_IWUSR))
for f in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode):
    for bad in ('x', -1, 2 ** 40, 1.5, None):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
