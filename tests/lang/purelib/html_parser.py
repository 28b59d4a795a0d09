from html.parser import HTMLParser

class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('start', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('end', tag))
    def handle_startendtag(self, tag, attrs): self.ev.append(('startend', tag, attrs))
    def handle_data(self, data): self.ev.append(('data', data))
    def handle_comment(self, data): self.ev.append(('comment', data))
    def handle_entityref(self, name): self.ev.append(('entityref', name))
    def handle_charref(self, name): self.ev.append(('charref', name))
    def handle_decl(self, decl): self.ev.append(('decl', decl))
    def handle_pi(self, data): self.ev.append(('pi', data))
    def unknown_decl(self, data): self.ev.append(('unknown_decl', data))

docs = [
    '<!DOCTYPE html><html><head><title>T &amp; t</title></head><body class="x">Hi</body></html>',
    '<p>a &lt; b &gt; c &#65;&#x42; &copy; &nosuch; &amp</p>',
    '<a href="http://x/?a=1&amp;b=2" title=\'single\' bare=val checked>link</a>',
    '<IMG SRC="A.png" ALT="A"/><br/><br />',
    '<!-- a comment --><!----><!-- x -- y --><!--unterminated',
    '<?xml version="1.0"?><?php echo 1 ?>',
    '<![CDATA[raw <stuff>]]>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style>',
    '<script>x</SCRIPT ><p>after</p>',
    'a < b and c <1 d',
    '</>end</ notatag><!bogus decl>',
    '<div a=1 b = "2" c= \'3\' d e=>text</div foo>',
    '<p>line1\nline2\n<b>bold</b></p>',
    '<x-tag data-v="&quot;q&quot;">x</x-tag>',
    '<a b="x',
    'tail &amp',
    '<p>&#0;&#128;&#xD800;</p>',
    'trailing <',
    '<div/ id=x>',
    '&#x41;&#65x &#; &# &x',
]
for conv in (True, False):
    for d in docs:
        p = Log(convert_charrefs=conv)
        p.feed(d)
        p.close()
        print(conv, repr(d))
        for e in p.ev:
            print('   ', e)

# incremental feeding: one char at a time must give the same events (merged data)
def merged(ev):
    out = []
    for e in ev:
        if out and e[0] == 'data' and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        else:
            out.append(e)
    return out

for d in docs[:4] + docs[6:9] + docs[11:14]:
    a = Log(); a.feed(d); a.close()
    b = Log()
    for ch in d:
        b.feed(ch)
    b.close()
    print('incremental', merged(a.ev) == merged(b.ev))

class Pos(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('pos', tag, self.getpos(), repr(self.get_starttag_text()))
p = Pos()
p.feed('<a>\n  <b x="1">\n\n<c\n y=2>')
p.close()
print(p.lasttag)
p.reset(); print(p.getpos(), repr(p.rawdata))

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
s = Strip(); s.feed('<p>Hello <b>w&ouml;rld</b> &amp; more</p>'); s.close(); print(repr(''.join(s.out)))
s = Strip(); s.feed('abc &am'); print(s.out, repr(s.rawdata)); s.feed('p; def'); s.close(); print(s.out)
base = HTMLParser(); base.feed('<a>x</a><!--c--><?pi><!DOCTYPE x>&amp;&#1;'); base.close(); print('base ok')
try:
    HTMLParser(False)
except TypeError as e:
    print('TypeError', e)
