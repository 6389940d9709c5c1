"""Lightweight XML support for Python, as CPython 3.11's
xml.etree.ElementTree (with its C accelerator's Element messages):
Element/SubElement/Comment/ProcessingInstruction/QName, ElementTree,
fromstring/XML/parse/iterparse, tostring/tostringlist/dump/indent,
TreeBuilder and XMLParser. Paths are in _etree_path, serialization in
_etree_write and the XML parser (the playground's own, reporting expat's
errors) in _etree_parser. No XMLPullParser, canonicalize or C14N."""

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "register_namespace",
]

VERSION = "1.3.0"

import io
import sys

from . import _etree_path as ElementPath
from . import _etree_write
from ._etree_parser import Scanner, XMLSyntaxError, MESSAGES
from ._etree_write import register_namespace


class ParseError(SyntaxError):
    """An XML syntax error: `code` is expat's error code, `position` the
    (line, column) of the error."""


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


def _plain_tag(path):
    # A path the C accelerator matches against child tags directly: no
    # path characters outside {namespace} parts.
    if not isinstance(path, str):
        return False
    if len(path) >= 3 and (path[:2] == '{}' or path[:3] == '{*}'):
        return False
    checking = True
    for char in path:
        if char == '{':
            checking = False
        elif char == '}':
            checking = True
        elif checking and char in '/*[@.':
            return False
    return True


def _element_required(what, value):
    if not isinstance(value, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                        % (what, type(value).__name__))


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Create a new element with the same type."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        # The copy shares the attribute dict, as the C accelerator's does.
        elem = self.makeelement(self.tag, {})
        elem.attrib = self.attrib
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo),
                                copy.deepcopy(self.attrib, memo))
        elem.text = copy.deepcopy(self.text, memo)
        elem.tail = copy.deepcopy(self.tail, memo)
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            elements = list(element)
            for e in elements:
                self._assert_is_element(e)
            self._children[index] = elements
            return
        if not -len(self._children) <= index < len(self._children):
            raise IndexError("child assignment index out of range")
        self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        """Add *subelement* to the end of this element."""
        _element_required("append() argument", subelement)
        self._children.append(subelement)

    def extend(self, elements):
        """Append subelements from a sequence."""
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        """Insert *subelement* at position *index*."""
        _element_required("insert() argument 2", subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def remove(self, subelement):
        """Remove the first child that is *subelement*."""
        _element_required("remove() argument", subelement)
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """The first subelement matching *path*, or None."""
        if namespaces is None and _plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first subelement matching *path* ('' when it
        has none), or *default*."""
        if namespaces is None and _plain_tag(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ''
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """Every subelement matching *path*, in document order."""
        if namespaces is None and _plain_tag(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """An iterator over the subelements matching *path*."""
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        """Remove all subelements and attributes; text and tail become
        None."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and its descendants in document order (those with
        the given tag; '*' or None for all)."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        """The text of this element and its descendants, in order
        (comments' and processing instructions' included, as the C
        accelerator does)."""
        if self.text:
            yield self.text
        for e in self:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Create a child of *parent* and return it."""
    _element_required("SubElement() argument 1", parent)
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (serialized as <!--text-->)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element (serialized as <?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: QName(uri, tag) or QName('{uri}tag')."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A whole document: wraps its root element."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file object (or a file name) into this
        tree; return its root."""
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Write the document to a file object (str for
        encoding='unicode', bytes otherwise)."""
        pieces, unicode = self._serialize(file_or_filename, encoding,
                                          xml_declaration, default_namespace,
                                          method, short_empty_elements)
        if not unicode:
            encoding = encoding or "us-ascii"
        text = "".join(pieces)
        output = text if unicode else _etree_write.encode(text, encoding)
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(output)
        else:
            with open(file_or_filename, "w" if unicode else "wb") as f:
                f.write(output)

    def _serialize(self, file_or_filename, encoding, xml_declaration,
                   default_namespace, method, short_empty_elements):
        # The pieces written, and whether they are str output.
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        unicode = encoding.lower() == "unicode"
        if unicode:
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
        else:
            declared = encoding
        pieces = []
        write = pieces.append
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not unicode and
                declared.lower() not in ("utf-8", "us-ascii"))):
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            for part in self._root.itertext():
                write(part)
            if self._root.tail:
                write(self._root.tail)
        else:
            qnames, prefixes = _etree_write.namespaces(
                self._root, QName, (Comment, ProcessingInstruction),
                default_namespace)
            writer = _etree_write.Writer(write, qnames, Comment,
                                         ProcessingInstruction, QName,
                                         short_empty_elements)
            getattr(writer, method)(self._root, prefixes)
        return pieces, unicode

    def write_c14n(self, file):
        raise NotImplementedError("C14N is not available on the playground")


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The serialized element: bytes (us-ascii by default), or str with
    encoding='unicode'."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """tostring() as a list of pieces (one per write with
    encoding='unicode', else one bytes object)."""
    if encoding != 'unicode':
        return [tostring(element, encoding, method,
                         xml_declaration=xml_declaration,
                         default_namespace=default_namespace,
                         short_empty_elements=short_empty_elements)]
    pieces, _ = ElementTree(element)._serialize(
        io.StringIO(), encoding, xml_declaration, default_namespace, method,
        short_empty_elements)
    return pieces


def dump(elem):
    """Write an element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree's children in place (whitespace-only text and
    tails are replaced)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def indent_children(elem, level):
        child_level = level + 1
        if child_level < len(indentations):
            child_indentation = indentations[child_level]
        else:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    indent_children(tree, 0)


def parse(source, parser=None):
    """Parse a document from a file object (or file name) into an
    ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """Parse a document from a str or bytes; return its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """(root, {id attribute: element})."""
    root = XML(text, parser)
    ids = {}
    for elem in root.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return root, ids


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of pieces."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds elements from start/data/end calls (a parser's target)."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._comment_factory = comment_factory or Comment
        self.insert_comments = insert_comments
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_pis = insert_pis
        self._factory = element_factory or Element

    def close(self):
        """Flush the builder buffers; return the root element."""
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class _Dispatch:
    # The scanner's handler: forwards to the target's methods it has.
    def __init__(self, target, events=None):
        self.target = target
        self.events = events
        for name in ("start", "end", "data", "comment", "pi", "start_ns",
                     "end_ns"):
            method = getattr(target, name, None)
            setattr(self, "_" + name, method)

    def start(self, tag, attrib):
        elem = self._start(tag, attrib) if self._start else None
        if self.events is not None and "start" in self.events[1]:
            self.events[0].append(("start", elem))

    def end(self, tag):
        elem = self._end(tag) if self._end else None
        if self.events is not None and "end" in self.events[1]:
            self.events[0].append(("end", elem))

    def data(self, text):
        if self._data:
            self._data(text)

    def comment(self, text):
        elem = self._comment(text) if self._comment else None
        if self.events is not None and "comment" in self.events[1]:
            self.events[0].append(("comment", elem))

    def pi(self, target, text):
        elem = self._pi(target, text) if self._pi else None
        if self.events is not None and "pi" in self.events[1]:
            self.events[0].append(("pi", elem))

    def start_ns(self, prefix, uri):
        if self._start_ns:
            self._start_ns(prefix, uri)
        if self.events is not None and "start-ns" in self.events[1]:
            self.events[0].append(("start-ns", (prefix, uri)))

    def end_ns(self, prefix):
        if self._end_ns:
            self._end_ns(prefix)
        if self.events is not None and "end-ns" in self.events[1]:
            self.events[0].append(("end-ns", None))


class XMLParser:
    """Parses XML fed to it (str or bytes) into calls on its target (a
    TreeBuilder by default); close() returns the target's result. The
    document is parsed when it is complete, at close()."""

    version = "Expat 2.5.0"

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._pieces = []
        self._events = None
        self.entity = {}

    def feed(self, data):
        """Feed encoded data to parser."""
        self._pieces.append(data)

    def _text(self):
        if not self._pieces:
            return ""
        if isinstance(self._pieces[0], str):
            return "".join(self._pieces)
        data = b"".join(self._pieces)
        encoding = self._encoding or _declared_encoding(data) or "utf-8"
        return data.decode(encoding)

    def close(self):
        """Finish feeding data to parser and return element structure."""
        try:
            Scanner(self._text(), _Dispatch(self.target, self._events)).run()
        except XMLSyntaxError as e:
            line, column = e.position
            err = ParseError("%s: line %d, column %d"
                             % (MESSAGES[e.code], line, column))
            err.code = e.code
            err.position = e.position
            raise err from None
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass


def _declared_encoding(data):
    if data.startswith(b"<?xml"):
        end = data.find(b"?>")
        head = data[:end].decode("latin-1")
        for quote in "'\"":
            key = "encoding=" + quote
            at = head.find(key)
            if at >= 0:
                rest = head[at + len(key):]
                return rest[:rest.find(quote)]
    return None


class _IterParseIterator:
    def __init__(self, events, root_holder):
        self._events = iter(events)
        self._holder = root_holder
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._events)
        except StopIteration:
            self.root = self._holder[0]
            raise


def iterparse(source, events=None, parser=None):
    """(event, element) pairs for 'start', 'end', 'comment', 'pi',
    'start-ns' and 'end-ns' ('end' only by default) while parsing a file
    object (or file name); `.root` is the root at the end."""
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        wanted = set(events or ("end",))
        for event in wanted:
            if event not in ("start", "end", "comment", "pi", "start-ns",
                             "end-ns"):
                raise ValueError("unknown event %r" % event)
        parser = parser or XMLParser(target=TreeBuilder())
        queue = []
        parser._events = (queue, wanted)
        parser.feed(source.read())
        root = parser.close()
    finally:
        if close_source:
            source.close()
    return _IterParseIterator(queue, [root])
