import json

def make(n):
    return [{"id": i, "name": "item %d" % i, "tags": ["a", "b\n", "caf\u00e9"],
             "price": i * 1.25, "ok": i % 3 == 0, "none": None,
             "nested": {"x": [i, i + 1, {"y": "z" * (i % 7)}]}} for i in range(n)]

data = make(2000)
total = 0
for _ in range(48):
    s = json.dumps(data)
    total += len(s)
total += len(json.dumps(data, sort_keys=True, indent=2))
total += len(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(total, s[:80])
