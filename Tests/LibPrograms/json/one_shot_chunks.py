# JSONEncoder.encode asks iterencode for one shot: without indent CPython's
# C encoder answers with the whole text as one chunk, with indent the
# Python encoder's pieces come one by one; an iterencode override sees that.
import json


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        chunks = list(super().iterencode(o, _one_shot))
        print('  chunks:', len(chunks), chunks[:4])
        for chunk in chunks:
            yield chunk.upper() if chunk.startswith('"') else chunk


print(Upper().encode({'key': 'value', 'n': [1, 'x']}))
print(Upper().encode('plain'))
print(Upper(indent=1).encode(['a', {'b': 'c'}]))
print(Upper(sort_keys=True, separators=(',', ':')).encode({'z': 'y', 'a': ['q']}))
print(json.dumps({'k': 'v'}, cls=Upper))
print(''.join(Upper().iterencode(['s', 1])))
print(list(json.JSONEncoder().iterencode([1, 'a'], _one_shot=True)), list(json.JSONEncoder().iterencode([1, 'a'])))
