import keyword

print(len(keyword.kwlist), keyword.kwlist[:5])
print(keyword.softkwlist)
for w in ['if', 'match', 'print', 'None', 'async', 'type', '_']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
