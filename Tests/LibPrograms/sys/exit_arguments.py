# What SystemExit carries for sys.exit(), sys.exit(None), exit(), and codes.
import sys

for label, call in [('sys.exit()', lambda: sys.exit()),
                    ('sys.exit(None)', lambda: sys.exit(None)),
                    ('sys.exit(0)', lambda: sys.exit(0)),
                    ('sys.exit(3)', lambda: sys.exit(3)),
                    ("sys.exit('bye')", lambda: sys.exit('bye')),
                    ('sys.exit([1])', lambda: sys.exit([1])),
                    ('exit()', lambda: exit()),
                    ('quit(None)', lambda: quit(None)),
                    ('raise SystemExit', lambda: (_ for _ in ()).throw(SystemExit))]:
    try:
        call()
    except SystemExit as e:
        print(f'{label:16} {e!r:18} {str(e)!r:8} {e.args!r:10} {e.code!r}')
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
sys.exit(None)
