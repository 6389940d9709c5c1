# String building: str.join of generated parts, f-strings with format
# specs, += concatenation, str methods (split, replace, upper, find).
def build(rep):
    lines = []
    for i in range(60000):
        lines.append(f"{i + rep:06d}|{i * 3.5:.2f}|{'x' * (i % 5)}|{hex(i)}")
    doc = "\n".join(lines)
    words = doc.replace("|", " ").split()
    s = ""
    for w in words[:100000]:
        s += w[:2]
    checksum = 0
    for ln in lines[::4]:
        checksum = (checksum * 33 + ln.find("|") + len(ln.upper())) % 1000003
    out = []
    for i in range(35000):
        name = "item" + str(i + rep)
        out.append(name.capitalize() + ":" + repr(i % 7) + ";")
    text = "".join(out)
    return len(doc), len(words), len(s), checksum, len(text), text[-24:]


for rep in range(8):
    print(*build(rep))
