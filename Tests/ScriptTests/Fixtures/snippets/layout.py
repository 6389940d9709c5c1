x = (1,
     2,
  3)
y = [
    1,
    2,
]
z = {
 'a': 1,
	'b': 2}
if x:
	pass

if y:
        # comment
    
        a = 1 \
            + 2
        b = 3  # trailing
# end
w = \
 1
class C:
    def m(self):
        if x:
            return 1
    def n(self): return 2
v = 1; u = 2;
f = 1
