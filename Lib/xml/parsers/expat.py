"""xml.parsers.expat in the playground: the error class only.

There is no expat library here; xml.dom.minidom and xml.etree parse with
the playground's own parser (xml/etree/_etree_parser.py), which reports
expat's messages and codes. ExpatError (also `error`) carries `code`,
`lineno` and `offset` as CPython's does. ParserCreate is not provided."""

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'


class ExpatError(Exception):
    pass


error = ExpatError
