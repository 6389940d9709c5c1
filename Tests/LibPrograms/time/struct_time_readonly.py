# struct_time is a structseq: its fields are read-only members, it takes
# no new attributes, and copy/pickle keep tm_zone and tm_gmtoff.
import copy
import pickle
import time

st = time.localtime(86400 * 365)
print(st, st.tm_zone, st.tm_gmtoff)
for action in (lambda: setattr(st, 'tm_year', 2000), lambda: setattr(st, 'tm_zone', 'X'),
               lambda: delattr(st, 'tm_mon'), lambda: setattr(st, 'note', 1),
               lambda: delattr(st, 'note')):
    try:
        action()
        print('no error')
    except AttributeError as e:
        print('AttributeError:', e)
c = copy.copy(st)
p = pickle.loads(pickle.dumps(st))
print(c == st, c.tm_zone, c.tm_gmtoff, p == st, p.tm_zone, p.tm_gmtoff)
built = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0), {'tm_zone': 'CET', 'tm_gmtoff': 3600})
print(built, built.tm_zone, built.tm_gmtoff)
short = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(short.tm_zone, short.tm_gmtoff, copy.deepcopy(built).tm_zone)
