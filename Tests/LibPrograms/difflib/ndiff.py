import difflib

def show(a, b):
    print("".join(difflib.ndiff(a, b)), end="")
    print("=====")

show(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])
show(["abc\n"], ["abd\n"])
show(["same\n", "x\n"], ["same\n", "y\n", "z\n"])
show(["\tindented line\n"], ["\tindented lime\n"])
show([], ["new\n"])
a = ["line %d\n" % i for i in range(10)]
b = a[:3] + ["changed 3\n"] + a[4:8] + a[9:]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == " ", "abcd efgh", "abxd efgx")
print(s.find_longest_match(0, 9, 0, 9), s.quick_ratio(), s.real_quick_ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "when", "whale", "wheat"], n=2, cutoff=0.5))
print(list(difflib.ndiff(["a"], ["b"])))
print(list(difflib.Differ().compare(["hello world\n"], ["hello  world\n"])))
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(1):
    print(group)
