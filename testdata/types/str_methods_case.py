# str case methods and predicates, with non-ASCII text.
words = ["hello world", "Hello World", "HELLO", "straße", "ÉCOLE élève", "ǆemal", "123abc", "  ", "", "mIxEd CaSe", "it's o'neil"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc Def", "abc123", "123", "½", "٣", " ", "\t\n", "", "a b", "éé", "Ab1_"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isnumeric(), w.isdecimal(), w.isalnum(),
          w.isspace(), w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isascii(), w.isprintable())
print("ß".upper(), "ﬁ".upper(), "İ".lower().encode(), len("İ".lower()), "Σ".lower(), "ΟΔΟΣ".lower())
