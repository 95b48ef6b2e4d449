import string
tpl = string.Template("Dear ${title} $name, you owe $$${amount}.")
print(tpl.substitute(title="Dr.", name="Who", amount="12.50"))
print(tpl.safe_substitute({"name": "X"}))
print(tpl.template, tpl.get_identifiers() if hasattr(tpl, "get_identifiers") else ["title", "name", "amount"])
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("ValueError:", e)
class Pct(string.Template):
    delimiter = "%"
print(Pct("100%x of %{y}").substitute(x=5, y="z"))
print(string.ascii_letters.index("Z"), string.digits[::-1], [c for c in string.punctuation[:6]])
print(string.capwords(" leading and   trailing  "), "".join(sorted(set("hello world") - set(string.whitespace))))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table), "uryyb".translate(table))
