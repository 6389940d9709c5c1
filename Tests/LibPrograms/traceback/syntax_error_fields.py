import traceback
for e in [SyntaxError("bad", ("f.py", 1, 2, "x y")), SyntaxError("bad", ("f.py", 3, 5, "    x = (1,\n", 3, 7)), SyntaxError("msg"), SyntaxError(), IndentationError("unexpected indent", ("<s>", 2, 1, " y\n"))]:
    print(traceback.format_exception_only(type(e), e))
    print(repr(e), str(e), e.msg, e.lineno, e.offset, e.text, e.filename)
