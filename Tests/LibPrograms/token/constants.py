import token

print(token.ENDMARKER, token.NAME, token.OP, token.ENCODING, token.N_TOKENS, token.NT_OFFSET)
print(token.tok_name)
print(token.EXACT_TOKEN_TYPES)
print(token.__all__)
print(token.ISTERMINAL(5), token.ISTERMINAL(256), token.ISNONTERMINAL(300), token.ISEOF(0), token.ISEOF(1))
print(token.tok_name[token.EXACT_TOKEN_TYPES['**=']])
