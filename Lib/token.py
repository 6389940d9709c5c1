"""Token constants of CPython 3.11's tokenizer (the numbers of
Grammar/Tokens), tok_name, EXACT_TOKEN_TYPES and the ISTERMINAL,
ISNONTERMINAL and ISEOF predicates. The playground has no tokenize
module; these are the constants alone."""

# Token names in number order: ENDMARKER is 0, ENCODING is 63.
_NAMES = """ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB
RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT
PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX
LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL
PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL
RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW
ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD
ERRORTOKEN COMMENT NL ENCODING""".split()

# The operator text of the exact token types LPAR (7) .. COLONEQUAL (53).
_OPERATORS = """( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> **
+= -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=""".split()

for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
N_TOKENS = len(_NAMES)
NT_OFFSET = 256

tok_name = {number: name for number, name in enumerate(_NAMES)}
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'

EXACT_TOKEN_TYPES = dict(sorted(
    (text, LPAR + i) for i, text in enumerate(_OPERATORS)))

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + [
    'N_TOKENS', 'NT_OFFSET']
del _number, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
