"""ElementTree serialization: namespace prefixes for '{uri}name' tags and
attributes (registered prefixes, then ns0, ns1, ...), escaping, the
'xml', 'html' and 'text' methods and the output encodings."""

import re

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Use `prefix` for `uri` when serializing (replacing any mapping of
    either)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def escape_cdata(text):
    try:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    except (TypeError, AttributeError):
        serialization_error(text)


def escape_attrib(text):
    try:
        text = text.replace("&", "&amp;").replace("<", "&lt;")
        text = text.replace(">", "&gt;").replace("\"", "&quot;")
        return text.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
    except (TypeError, AttributeError):
        serialization_error(text)


def escape_attrib_html(text):
    try:
        return text.replace("&", "&amp;").replace(">", "&gt;").replace("\"", "&quot;")
    except (TypeError, AttributeError):
        serialization_error(text)


def namespaces(root, qname_type, special_tags, default_namespace=None):
    """(qualified name -> printed name, uri -> prefix) for every tag and
    attribute under root."""
    qnames = {None: None}
    prefixes = {}
    if default_namespace:
        prefixes[default_namespace] = ''

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = prefixes.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(prefixes)
                    if prefix != "xml":
                        prefixes[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, tag) if prefix else tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            serialization_error(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, qname_type):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag not in special_tags:
            serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, qname_type):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, qname_type) and value.text not in qnames:
                add(value.text)
        if isinstance(elem.text, qname_type) and elem.text.text not in qnames:
            add(elem.text.text)
    return qnames, prefixes


class Writer:
    """Serializes one tree into `write` (a callable taking str)."""

    def __init__(self, write, qnames, comment, pi, qname_type,
                 short_empty_elements=True):
        self.write = write
        self.qnames = qnames
        self.comment = comment
        self.pi = pi
        self.qname_type = qname_type
        self.short = short_empty_elements

    def _start(self, tag, elem, prefixes, escape):
        write = self.write
        write("<" + tag)
        items = list(elem.items())
        if prefixes:
            for uri, prefix in sorted(prefixes.items(), key=lambda x: x[1]):
                write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                         escape_attrib(uri)))
        for k, v in items:
            if isinstance(k, self.qname_type):
                k = k.text
            if isinstance(v, self.qname_type):
                v = self.qnames[v.text]
            else:
                v = escape(v)
            write(' %s="%s"' % (self.qnames[k], v))

    def xml(self, elem, prefixes=None):
        write = self.write
        tag, text = elem.tag, elem.text
        if tag is self.comment:
            write("<!--%s-->" % text)
        elif tag is self.pi:
            write("<?%s?>" % text)
        else:
            tag = self.qnames[tag]
            if tag is None:
                if text:
                    write(escape_cdata(text))
                for e in elem:
                    self.xml(e)
            else:
                self._start(tag, elem, prefixes, escape_attrib)
                if text or len(elem) or not self.short:
                    write(">")
                    if text:
                        write(escape_cdata(text))
                    for e in elem:
                        self.xml(e)
                    write("</" + tag + ">")
                else:
                    write(" />")
        if elem.tail:
            write(escape_cdata(elem.tail))

    def html(self, elem, prefixes=None):
        write = self.write
        tag, text = elem.tag, elem.text
        if tag is self.comment:
            write("<!--%s-->" % escape_cdata(text))
        elif tag is self.pi:
            write("<?%s?>" % escape_cdata(text))
        else:
            tag = self.qnames[tag]
            if tag is None:
                if text:
                    write(escape_cdata(text))
                for e in elem:
                    self.html(e)
            else:
                self._start(tag, elem, prefixes, escape_attrib_html)
                write(">")
                ltag = tag.lower()
                if text:
                    write(text if ltag in ("script", "style")
                          else escape_cdata(text))
                for e in elem:
                    self.html(e)
                if ltag not in HTML_EMPTY:
                    write("</" + tag + ">")
        if elem.tail:
            write(escape_cdata(elem.tail))


def encode(text, encoding):
    """text in `encoding`, characters it cannot hold as &#N; references."""
    name = encoding.lower().replace("_", "-")
    if name in ("utf-8", "utf8"):
        return text.encode("utf-8")
    if name in ("us-ascii", "ascii"):
        limit = 128
    elif name in ("latin-1", "latin1", "iso-8859-1", "iso8859-1"):
        limit = 256
    else:
        return text.encode(encoding)
    if all(ord(c) < limit for c in text):
        return text.encode("latin-1")
    return "".join(c if ord(c) < limit else "&#%d;" % ord(c)
                   for c in text).encode("latin-1")
