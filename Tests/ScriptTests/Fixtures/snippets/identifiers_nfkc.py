ｗｉｄｔｈ = 1
print(width)
µ = 2
ﬁle = 3
