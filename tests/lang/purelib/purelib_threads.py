# The pure-Python stdlib modules used from several threads at once: each
# thread checks its results against the single-threaded ones.
import threading, io, zipfile
import xml.etree.ElementTree as ET
import ipaddress, html, configparser
from urllib.parse import urlsplit, quote, unquote, urljoin, parse_qsl

def work(seed):
    out = []
    for i in range(60):
        k = seed * 1000 + i
        u = urlsplit('http://user:pw@host%d.example.com:%d/p/a t/%d?q=%d#f' % (k, 1000 + i, k, k))
        out.append((u.hostname, u.port, quote(u.path), unquote('%41%42'), urljoin(u.geturl(), '../x'),
                    parse_qsl('a=%d&b=x+y' % k)))
        root = ET.fromstring('<r n="%d"><c>%d &amp; x</c><c/></r>' % (k, i))
        out.append((ET.tostring(root, encoding='unicode'), len(root.findall('c')), root.findtext('c')))
        net = ipaddress.ip_network('10.%d.0.0/16' % (k % 256))
        out.append((str(net), net.num_addresses, ipaddress.ip_address('10.%d.1.2' % (k % 256)) in net,
                    str(ipaddress.IPv6Address(k)), net.is_private))
        out.append(html.unescape('&lt;%d&gt;&amp;&eacute;' % k))
        cp = configparser.ConfigParser()
        cp.read_string('[s]\na = %d\nb = %%(a)s-x\n' % k)
        out.append(cp.get('s', 'b'))
    return out

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for i in range(8):
        z.writestr('m%d.txt' % i, ('member %d ' % i) * 500)
shared = zipfile.ZipFile(buf)

expected = {s: work(s) for s in range(4)}
zip_expected = {n: shared.read(n) for n in shared.namelist()}
results = {}
zip_ok = []
def run(s):
    results[s] = work(s)
    ok = True
    for rep in range(5):
        for n in shared.namelist():
            with shared.open(n) as f:
                data = f.read(100) + f.read()
            ok = ok and data == zip_expected[n]
    zip_ok.append(ok)

threads = [threading.Thread(target=run, args=(s,)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(results[s] == expected[s] for s in range(4)), len(results), zip_ok)
print(expected[1][:5])
