café = 1
π = 3.14
名前 = 'x'
print(café, π, 名前)
