from http import HTTPStatus, HTTPMethod
import http
print(http.__all__)
for s in list(HTTPStatus)[:6] + [HTTPStatus.IM_A_TEAPOT, HTTPStatus(404)]:
    print(repr(s), s, int(s), s.phrase, repr(s.description), s == s.value)
print(len(HTTPStatus), HTTPStatus.OK + 1, HTTPStatus['NOT_FOUND'] is HTTPStatus.NOT_FOUND, f'{HTTPStatus.OK}')
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError', e)
for m in HTTPMethod:
    print(repr(m), m, m.value, m.description, m == m.value)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod.POST.upper(), isinstance(HTTPMethod.PUT, str))
try:
    HTTPMethod('get')
except ValueError as e:
    print('ValueError', e)
print(HTTPStatus.__doc__.splitlines()[0], HTTPMethod.__doc__.splitlines()[0])
print(sorted({HTTPStatus.OK: 'ok', HTTPStatus.CREATED: 'c'}.values()))
