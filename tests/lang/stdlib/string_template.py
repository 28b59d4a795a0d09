from string import Template
t = Template("$who likes ${what} $$ $x")
print(t.substitute(who="tim", what="pie", x=1), t.get_identifiers(), t.is_valid())
print(Template("$who $missing").safe_substitute(who="a"))
for s in ["$", "a\nb $1", "ok ${"]:
    try:
        Template(s).substitute({})
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %%").substitute(x=5))
class Custom(Template):
    pattern = r"\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]|(?P<braced>)(?!)|(?P<invalid>))"
print(Custom("[name] [[").substitute(name="N"))
print(Template.pattern.pattern[:20].strip()[:5], type(Template.pattern).__name__, Template.flags)
print(Template("$a").substitute({"a": 1}, a=2))
