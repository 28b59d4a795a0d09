import urllib.robotparser as rp

robots = """
# comment
User-agent: figtree
User-agent: Python-Bot # another
Crawl-delay: 3
Request-rate: 9/30
Disallow: /tmp
Disallow: /a%3cd.html
Disallow: /a/b.html
Disallow: /%7ejoe/index.html
Allow: /tmp/public

User-agent: *
Disallow: /cyberworld/map/ # This is an infinite virtual URL space
Disallow: /private
Crawl-delay: 1
Request-rate: 1/5

User-agent: *
Disallow: /

User-agent: cybermapper
Disallow:

Sitemap: http://www.example.com/sitemap.xml
Sitemap: http://www.example.com/sitemap2.xml
"""
p = rp.RobotFileParser()
print(p.can_fetch('x', '/'), p.mtime(), p.crawl_delay('x'), p.request_rate('x'))
p.parse(robots.splitlines())
print(p.mtime() > 0)
for agent in ['figtree', 'FigTree/1.0 Robot', 'Python-Bot/2', 'cybermapper', 'other', 'Googlebot']:
    for url in ['/', '/tmp', '/tmp/', '/tmp/public/x', '/a%3cd.html', '/a%3Cd.html', '/a<d.html', '/a/b.html', '/~joe/index.html',
                '/%7Ejoe/index.html', '/cyberworld/map/index.html', '/private/x', 'http://www.example.com/tmp/x?q=1', '']:
        print(agent, repr(url), p.can_fetch(agent, url))
    print(agent, p.crawl_delay(agent), p.request_rate(agent))
print(p.site_maps())
print(str(p))
print('----')
q = rp.RobotFileParser('http://www.example.com/robots.txt')
print(q.url, q.host, q.path, q.site_maps())
q.parse(['User-agent: *', 'Allow: /', 'Disallow: /x'])
print(q.can_fetch('a', '/x'), q.can_fetch('a', '/y'), str(q))
q.parse(['Disallow: /ignored', 'User-agent: b', 'Disallow: /'])
print(q.can_fetch('b', '/z'), q.can_fetch('a', '/z'), len(q.entries))
q.disallow_all = True
print(q.can_fetch('a', '/y'))
q.disallow_all = False; q.allow_all = True
print(q.can_fetch('b', '/z'))
r = rp.RobotFileParser()
r.parse(['User-agent: *', 'Crawl-delay: x', 'Request-rate: a/b', 'Request-rate: 1/2/3', 'Disallow: /'])
print(r.crawl_delay('z'), r.request_rate('z'), r.can_fetch('z', '/'))
print(rp.RequestRate(1, 2))
