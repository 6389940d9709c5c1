"""The expression parser behind ast.literal_eval.

The playground has no ast.parse; literal_eval only needs the shape of one
expression. The text is first compiled by the VM's own compiler (so a
syntax error is exactly the one `eval` would raise), then this module
parses it again into a few node classes: literals and displays in full,
everything else (names, calls, attributes, comprehensions, ...) as a node
of the right class, which literal_eval rejects with CPython's message.
"""

import re

__all__ = ["parse_expression", "AST", "expr", "Expression", "Constant",
           "Tuple", "List", "Set", "Dict", "Name", "Call", "BinOp",
           "UnaryOp", "BoolOp", "Compare", "IfExp", "Lambda", "Attribute",
           "Subscript", "Starred", "JoinedStr", "NamedExpr", "Slice",
           "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
           "Yield", "YieldFrom", "operator", "unaryop", "Add", "Sub", "Mult",
           "MatMult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
           "BitOr", "BitXor", "BitAnd", "UAdd", "USub", "Not", "Invert"]


class AST:
    """Base of the node classes (fields are keyword or positional)."""
    _fields = ()

    def __init__(self, *args, **kwargs):
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)


class mod(AST):
    pass


class Expression(mod):
    _fields = ('body',)


class expr(AST):
    pass


def _node(name, fields, base=expr):
    cls = type(name, (base,), {'_fields': fields})
    cls.__module__ = 'ast'
    return cls


Constant = _node('Constant', ('value', 'kind'))
Tuple = _node('Tuple', ('elts', 'ctx'))
List = _node('List', ('elts', 'ctx'))
Set = _node('Set', ('elts',))
Dict = _node('Dict', ('keys', 'values'))
Name = _node('Name', ('id', 'ctx'))
Call = _node('Call', ('func', 'args', 'keywords'))
BinOp = _node('BinOp', ('left', 'op', 'right'))
UnaryOp = _node('UnaryOp', ('op', 'operand'))
BoolOp = _node('BoolOp', ('op', 'values'))
Compare = _node('Compare', ('left', 'ops', 'comparators'))
IfExp = _node('IfExp', ('test', 'body', 'orelse'))
Lambda = _node('Lambda', ('args', 'body'))
Attribute = _node('Attribute', ('value', 'attr', 'ctx'))
Subscript = _node('Subscript', ('value', 'slice', 'ctx'))
Starred = _node('Starred', ('value', 'ctx'))
JoinedStr = _node('JoinedStr', ('values',))
NamedExpr = _node('NamedExpr', ('target', 'value'))
Slice = _node('Slice', ('lower', 'upper', 'step'))
ListComp = _node('ListComp', ('elt', 'generators'))
SetComp = _node('SetComp', ('elt', 'generators'))
DictComp = _node('DictComp', ('key', 'value', 'generators'))
GeneratorExp = _node('GeneratorExp', ('elt', 'generators'))
Await = _node('Await', ('value',))
Yield = _node('Yield', ('value',))
YieldFrom = _node('YieldFrom', ('value',))


class operator(AST):
    pass


class unaryop(AST):
    pass


_BINARY = {}
for _name, _symbol in (('Add', '+'), ('Sub', '-'), ('Mult', '*'),
                       ('MatMult', '@'), ('Div', '/'), ('FloorDiv', '//'),
                       ('Mod', '%'), ('Pow', '**'), ('LShift', '<<'),
                       ('RShift', '>>'), ('BitOr', '|'), ('BitXor', '^'),
                       ('BitAnd', '&')):
    globals()[_name] = _BINARY[_symbol] = _node(_name, (), operator)
for _name in ('UAdd', 'USub', 'Not', 'Invert'):
    globals()[_name] = _node(_name, (), unaryop)
for _cls in (AST, mod, Expression, expr, operator, unaryop):
    _cls.__module__ = 'ast'
del _name, _symbol, _cls

# Binary operators by binding power (higher binds tighter).
_LEVELS = {'|': 4, '^': 5, '&': 6, '<<': 7, '>>': 7, '+': 8, '-': 8,
           '*': 9, '@': 9, '/': 9, '//': 9, '%': 9}
_COMPARISONS = {'<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is'}

_TOKEN = re.compile(r"""
    (?P<space>[ \t\f]+|\\\r?\n|\#[^\r\n]*)
  | (?P<newline>\r?\n|\r)
  | (?P<number>(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+
        |(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)
         (?:[eE][+-]?[0-9](?:_?[0-9])*)?)[jJ]?)
  | (?P<string>(?:[rRbBuUfF]{1,2})?(?:'''|\"\"\"|'|\"))
  | (?P<name>\w+)
  | (?P<op>\*\*|//|<<|>>|<=|>=|==|!=|->|:=|\.\.\.|[-+*/%@&|^~<>()\[\]{},:.=;])
""", re.VERBOSE)


def _string_end(text, pos, quote):
    # Index just past the closing quote of a literal whose body starts at pos.
    while True:
        i = text.find(quote, pos)
        j = text.find('\\', pos)
        if j != -1 and (i == -1 or j < i):
            pos = j + 2
            continue
        return i + len(quote)


def _tokenize(text):
    tokens = []
    pos, line = 0, 1
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            tokens.append(('op', text[pos], line))
            pos += 1
            continue
        kind, value = m.lastgroup, m.group()
        if kind == 'string':
            quote = value.lstrip('rRbBuUfF')
            end = _string_end(text, m.end(), quote)
            value = text[pos:end]
            tokens.append(('string', value, line))
            line += value.count('\n')
            pos = end
            continue
        if kind == 'newline' or kind == 'space':
            line += value.count('\n') + (value == '\r')
        else:
            tokens.append((kind, value, line))
        pos = m.end()
    tokens.append(('end', '', line))
    return tokens


class _Parser:
    """Precedence climbing over the tokens of an expression that compiles."""

    def __init__(self, text):
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self, offset=0):
        return self.tokens[min(self.i + offset, len(self.tokens) - 1)]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, *values):
        kind, value, _ = self.peek()
        return kind in ('op', 'name') and value in values

    def skip_to_close(self):
        # Past the bracket that closes the one already consumed.
        depth = 1
        while True:
            kind, value, _ = self.take()
            if kind == 'end':
                return
            if kind == 'op' and value in '([{':
                depth += 1
            elif kind == 'op' and value in ')]}':
                depth -= 1
                if depth == 0:
                    return

    def skip_expression(self):
        # Past a construct whose inside literal_eval never looks at.
        depth = 0
        while True:
            kind, value, _ = self.peek()
            if kind == 'end':
                return
            if kind == 'op':
                if value in '([{':
                    depth += 1
                elif value in ')]}':
                    if depth == 0:
                        return
                    depth -= 1
                elif value == ',' and depth == 0:
                    return
            self.take()

    def top(self):
        # A whole expression: a bare tuple when commas follow.
        line = self.peek()[2]
        first = self.test()
        if not self.at(','):
            return first
        elts = [first]
        while self.at(','):
            self.take()
            if self.peek()[0] == 'end':
                break
            elts.append(self.test())
        return Tuple(elts, None, lineno=line)

    def test(self):
        line = self.peek()[2]
        if self.at('lambda'):
            self.skip_expression()
            return Lambda(None, None, lineno=line)
        if self.at('yield'):
            self.take()
            if self.at('from'):
                self.take()
                return YieldFrom(self.test(), lineno=line)
            return Yield(None, lineno=line)
        if self.at('*'):
            self.take()
            return Starred(self.binary(0), None, lineno=line)
        node = self.disjunction()
        if self.at(':='):
            self.take()
            return NamedExpr(node, self.test(), lineno=line)
        if self.at('if'):
            self.take()
            cond = self.disjunction()
            self.take()  # else
            return IfExp(cond, node, self.test(), lineno=line)
        return node

    def disjunction(self):
        line = self.peek()[2]
        node = self.conjunction()
        if not self.at('or'):
            return node
        values = [node]
        while self.at('or'):
            self.take()
            values.append(self.conjunction())
        return BoolOp(None, values, lineno=line)

    def conjunction(self):
        line = self.peek()[2]
        node = self.inversion()
        if not self.at('and'):
            return node
        values = [node]
        while self.at('and'):
            self.take()
            values.append(self.inversion())
        return BoolOp(None, values, lineno=line)

    def inversion(self):
        line = self.peek()[2]
        if self.at('not'):
            self.take()
            return UnaryOp(Not(), self.inversion(), lineno=line)
        node = self.binary(0)
        if self.peek()[0] in ('op', 'name') and self.peek()[1] in _COMPARISONS:
            comparators = []
            while self.peek()[0] in ('op', 'name') and self.peek()[1] in _COMPARISONS:
                if self.take()[1] in ('not', 'is') and self.at('in', 'not'):
                    self.take()
                comparators.append(self.binary(0))
            return Compare(node, None, comparators, lineno=line)
        return node

    def binary(self, level):
        line = self.peek()[2]
        left = self.unary()
        while True:
            kind, value, _ = self.peek()
            power = _LEVELS.get(value) if kind == 'op' else None
            if power is None or power <= level:
                return left
            self.take()
            right = self.binary(power)
            left = BinOp(left, _BINARY[value](), right, lineno=line)

    def unary(self):
        line = self.peek()[2]
        kind, value, _ = self.peek()
        if kind == 'op' and value in ('-', '+', '~'):
            self.take()
            op = {'-': USub, '+': UAdd, '~': Invert}[value]()
            return UnaryOp(op, self.unary(), lineno=line)
        return self.power()

    def power(self):
        line = self.peek()[2]
        if self.at('await'):
            self.take()
            base = Await(self.primary(), lineno=line)
        else:
            base = self.primary()
        if self.at('**'):
            self.take()
            return BinOp(base, Pow(), self.unary(), lineno=line)
        return base

    def primary(self):
        node = self.atom()
        while True:
            kind, value, line = self.peek()
            if kind != 'op':
                return node
            if value == '.':
                self.take()
                node = Attribute(node, self.take()[1], None, lineno=node.lineno)
            elif value == '(':
                self.take()
                args, keywords = self.call_arguments()
                node = Call(node, args, keywords, lineno=node.lineno)
            elif value == '[':
                self.take()
                self.skip_to_close()
                node = Subscript(node, None, None, lineno=node.lineno)
            else:
                return node

    def call_arguments(self):
        args, keywords = [], []
        while not self.at(')'):
            if self.peek()[0] == 'name' and self.peek(1)[1] == '=' or self.at('**'):
                keywords.append(self.take())
                self.skip_expression()
            else:
                args.append(self.test())
                if self.at('for', 'async'):
                    self.skip_expression()
            if self.at(','):
                self.take()
        self.take()
        return args, keywords

    def atom(self):
        kind, value, line = self.take()
        if kind == 'number':
            return Constant(eval(value), None, lineno=line)
        if kind == 'string':
            return self.strings(value, line)
        if kind == 'name':
            constants = {'True': True, 'False': False, 'None': None}
            if value in constants:
                return Constant(constants[value], None, lineno=line)
            return Name(value, None, lineno=line)
        if value == '...':
            return Constant(Ellipsis, None, lineno=line)
        if value == '(':
            return self.parenthesized(line)
        if value == '[':
            return self.display(']', List, ListComp, line)
        if value == '{':
            return self.braces(line)
        return Name(value, None, lineno=line)

    def strings(self, first, line):
        pieces = [first]
        while self.peek()[0] == 'string':
            pieces.append(self.take()[1])
        if any('f' in p[:2].lower() for p in pieces):
            return JoinedStr(None, lineno=line)
        values = [eval(p) for p in pieces]
        value = values[0]
        for v in values[1:]:
            value = value + v
        return Constant(value, 'u' if first[:1] in 'uU' else None, lineno=line)

    def comprehension_follows(self):
        return self.at('for', 'async')

    def parenthesized(self, line):
        if self.at(')'):
            self.take()
            return Tuple([], None, lineno=line)
        first = self.test()
        if self.comprehension_follows():
            self.skip_to_close()
            return GeneratorExp(first, None, lineno=line)
        if self.at(')'):
            self.take()
            if isinstance(first, (Tuple, GeneratorExp)):
                return first
            return first
        elts = [first]
        while self.at(','):
            self.take()
            if self.at(')'):
                break
            elts.append(self.test())
        self.take()
        return Tuple(elts, None, lineno=line)

    def display(self, close, cls, comp, line):
        elts = []
        while not self.at(close):
            elts.append(self.test())
            if self.comprehension_follows():
                self.skip_to_close()
                return comp(elts[0], None, lineno=line)
            if self.at(','):
                self.take()
        self.take()
        return cls(elts, None, lineno=line) if cls is not Set else Set(elts, lineno=line)

    def braces(self, line):
        if self.at('}'):
            self.take()
            return Dict([], [], lineno=line)
        if self.at('**'):
            return self.dict_rest([], [], line)
        first = self.test()
        if not self.at(':'):
            elts = [first]
            if self.comprehension_follows():
                self.skip_to_close()
                return SetComp(first, None, lineno=line)
            while self.at(','):
                self.take()
                if self.at('}'):
                    break
                elts.append(self.test())
            self.take()
            return Set(elts, lineno=line)
        self.take()
        value = self.test()
        if self.comprehension_follows():
            self.skip_to_close()
            return DictComp(first, value, None, lineno=line)
        keys, values = [first], [value]
        if self.at(','):
            self.take()
        return self.dict_rest(keys, values, line)

    def dict_rest(self, keys, values, line):
        while not self.at('}'):
            if self.at('**'):
                self.take()
                keys.append(None)
                values.append(self.binary(0))
            else:
                keys.append(self.test())
                self.take()  # ':'
                values.append(self.test())
            if self.at(','):
                self.take()
        self.take()
        return Dict(keys, values, lineno=line)


def parse_expression(source, filename='<unknown>'):
    """An Expression node for `source`, a str holding one expression;
    SyntaxError as compile() raises it."""
    compile(source, filename, 'eval')
    return Expression(_Parser(source).top())
