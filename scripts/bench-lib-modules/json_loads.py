import json

data = [{"id": i, "name": "item %d" % i, "tags": ["a", "b\n", "caf\u00e9 \u2603"],
         "price": i * 1.25, "ok": i % 3 == 0, "none": None,
         "nested": {"x": [i, i + 1, {"y": "z" * (i % 7)}]}} for i in range(2000)]
text = json.dumps(data)
count = 0
for _ in range(40):
    back = json.loads(text)
    count += len(back)
hooked = json.loads(text, object_hook=lambda d: len(d))
print(len(text), count, back == data, sum(hooked))
