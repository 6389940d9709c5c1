"""The playground's ast module: ast.literal_eval only.

`literal_eval(node_or_string)` safely evaluates a string holding a Python
literal (strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
None, Ellipsis, `set()`, unary +/- on numbers and complex sums such as
`1+2j`), with CPython 3.11's errors: SyntaxError for text that is not an
expression, ValueError('malformed node or string on line N: <node>') for
anything else. The node classes it uses (Expression, Constant, Tuple, ...)
are importable; ast.parse, ast.dump, NodeVisitor and the other tools over
real syntax trees are not provided: `parse` raises NotImplementedError.
"""

from _ast_literal import *
from _ast_literal import parse_expression as _parse_expression

PyCF_ONLY_AST = 1024


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Not available on the playground. (Under CPython, where this module
    stands in for the real one in scripts/lib-harness.py, the host
    compiler's syntax tree is returned, which traceback's caret anchors
    need.)"""
    try:
        import _ast
    except ImportError:
        _ast = None
    if _ast is not None:
        flags = _ast.PyCF_ONLY_AST
        if type_comments:
            flags |= _ast.PyCF_TYPE_COMMENTS
        return compile(source, filename, mode, flags)
    raise NotImplementedError(
        "ast.parse is not available: the playground's ast module only "
        "provides literal_eval")


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python
    literal or container display; nothing else is evaluated."""
    if isinstance(node_or_string, str):
        node_or_string = _parse_expression(node_or_string.lstrip(" \t"))
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lineno = getattr(node, 'lineno', None)
        if lineno:
            msg += f' on line {lineno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or \
                type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)
