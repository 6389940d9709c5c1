"""Core XML support for Python: the playground provides xml.etree
(ElementTree with its own small XML parser); no xml.dom, xml.sax or
xml.parsers.expat."""
