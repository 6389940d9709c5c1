# `import this` prints the Zen of Python once; the module keeps the
# encoded text and the ROT13 table.
import this
import this
print(len(this.s), this.s.splitlines()[0])
print(this.d['A'], this.d['n'], this.c, this.i)
print(''.join(this.d.get(ch, ch) for ch in this.s).splitlines()[2])
