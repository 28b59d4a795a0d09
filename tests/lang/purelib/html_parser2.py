# A link extractor and a text summariser built on HTMLParser, as typical programs do.
from html.parser import HTMLParser
import html

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.title = None
        self._in_title = False
    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == 'a' and 'href' in d:
            self.links.append(d['href'])
        if tag == 'title':
            self._in_title = True
    def handle_endtag(self, tag):
        if tag == 'title':
            self._in_title = False
    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or '') + data

page = '''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Caf&eacute; &amp; Bar</title>
<script>var s = "<a href='fake'>";</script>
<style>a { color: red }</style></head>
<body>
<A HREF="/one?x=1&amp;y=2">One</A>
<a href='two.html' class=link>Two</a>
<a name="anchor">no href</a>
<a href=three>Three</a><br/>
<img src="i.png" alt="&lt;img&gt;">
<p>Text with &#x263A; and &notin; and &unknown; entities.</p>
</body></html>'''
p = Links()
p.feed(page)
p.close()
print(p.links)
print(repr(p.title))

class Text(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts = []
        self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)
    def handle_entityref(self, name):
        self.parts.append('[&%s;]' % name)
    def handle_charref(self, name):
        self.parts.append('[&#%s;]' % name)
for conv in (True, False):
    t = Text(convert_charrefs=conv)
    for i in range(0, len(page), 7):
        t.feed(page[i:i + 7])
    t.close()
    print(conv, repr(' '.join(''.join(t.parts).split())))

class Starttag(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print(tag, attrs, repr(self.get_starttag_text()))
s = Starttag()
s.feed('<input type="checkbox" checked disabled=disabled value=\'a b\' data-x="&quot;q&quot;" ALT=x>')
s.feed('<div\n  class="multi"\n  id=y\n>')
s.feed('<x a="1"b="2">')
s.close()
print(html.escape(html.unescape('&lt;&amp;&gt;&quot;&#39;')))
