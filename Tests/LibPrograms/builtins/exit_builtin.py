# exit()/quit() raise SystemExit with their code; the run ends with it.
for f in (exit, quit):
    for args in ((), (0,), (3,), ("bye",)):
        try:
            f(*args)
        except SystemExit as e:
            print(repr(e), e.code, e.args)


def main():
    print("working")
    exit(7)


main()
print("not reached")
