# format() of a complex with ',' or '_' groups the integer digits of both
# parts, with every presentation type that allows grouping.
values = [complex(1234567.5, -7654321.25), complex(0, 12345.5), complex(-1234.5, 0), complex(1e20, 1e-20),
          complex(999, 1000), complex(-0.0, -1234567)]
for spec in [',', '_', ',g', ',.2f', '_e', ',.0f', '+,.1f', ' ,.1f', '>34,.1f', '*^30_.2f', ',.3', '_G', ',F']:
    print(repr(spec), [format(v, spec) for v in values])
for spec in [',n', ',%', '_x', ',d']:
    try:
        format(1 + 1j, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f'{12345.678 - 98765.4321j:,.2f}', f'{1e6j:_}', f'{complex(1e16, 2e16):,}')
