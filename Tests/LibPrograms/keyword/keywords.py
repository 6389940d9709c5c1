# keyword: kwlist, softkwlist, iskeyword/issoftkeyword.
import keyword
print(keyword.kwlist, keyword.softkwlist)
print([keyword.iskeyword(w) for w in ('async', 'match', 'print', 'None', 3)], keyword.issoftkeyword('case'))
