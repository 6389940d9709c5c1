"""Python interfaces to XML parsers: only xml.parsers.expat's error class
(ExpatError, raised by xml.dom.minidom) in the playground."""
