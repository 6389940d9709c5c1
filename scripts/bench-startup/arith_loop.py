total = 0
i = 0
while i < 1000000:
    total += (i * 7) % 13 - (i // 3)
    i += 1
x = 0.0
for k in range(300000):
    x = x * 0.5 + k / 3.0
print(total, round(x, 3))
