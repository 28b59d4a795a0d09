"""urllib.robotparser (ftpy): robots.txt parsing and can_fetch() checks.

Follows the behaviour of CPython 3.13's module (the original robots.txt
convention plus Allow, Crawl-delay, Request-rate and Sitemap lines). The
parser object is plain mutable state; fetching (read()) needs
urllib.request.
"""

import collections
import urllib.parse

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")


class RobotFileParser:
    """Answers whether a user agent may fetch a URL of the site."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None
        self.disallow_all = False
        self.allow_all = False
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When robots.txt was last fetched or parsed (0: never)."""
        return self.last_checked

    def modified(self):
        """Record now as the time robots.txt was last fetched."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        self.url = url
        self.host, self.path = urllib.parse.urlparse(url)[1:3]

    def read(self):
        """Fetch robots.txt from self.url and parse it."""
        import urllib.request
        import urllib.error
        try:
            f = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
        else:
            raw = f.read()
            self.parse(raw.decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" in entry.useragents:
            # The first "*" group is the default; later ones are ignored.
            if self.default_entry is None:
                self.default_entry = entry
        else:
            self.entries.append(entry)

    def parse(self, lines):
        """Parse the lines of a robots.txt file.

        Groups are "User-agent:" lines followed by rule lines; a blank line
        or a new User-agent after rules ends a group."""
        # state 0: between groups; 1: after User-agent lines; 2: after rules.
        state = 0
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == 1:
                    entry = Entry()
                    state = 0
                elif state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                    state = 0
            hash_at = line.find('#')
            if hash_at >= 0:
                line = line[:hash_at]
            line = line.strip()
            if not line:
                continue
            parts = line.split(':', 1)
            if len(parts) != 2:
                continue
            field = parts[0].strip().lower()
            value = urllib.parse.unquote(parts[1].strip())
            if field == "user-agent":
                if state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = 1
            elif field in ("disallow", "allow"):
                if state != 0:
                    entry.rulelines.append(RuleLine(value, field == "allow"))
                    state = 2
            elif field == "crawl-delay":
                if state != 0:
                    if value.strip().isdigit():
                        entry.delay = int(value)
                    state = 2
            elif field == "request-rate":
                if state != 0:
                    numbers = value.split('/')
                    if (len(numbers) == 2 and numbers[0].strip().isdigit()
                            and numbers[1].strip().isdigit()):
                        entry.req_rate = RequestRate(int(numbers[0]), int(numbers[1]))
                    state = 2
            elif field == "sitemap":
                # Sitemaps apply to the whole file, not to a group.
                self.sitemaps.append(value)
        if state == 2:
            self._add_entry(entry)

    def can_fetch(self, useragent, url):
        """May useragent fetch url, according to the parsed robots.txt?"""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            # Nothing read yet: be conservative.
            return False
        parsed = urllib.parse.urlparse(urllib.parse.unquote(url))
        url = urllib.parse.urlunparse(('', '', parsed.path, parsed.params,
                                       parsed.query, parsed.fragment))
        url = urllib.parse.quote(url)
        if not url:
            url = "/"
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.allowance(url)
        if self.default_entry:
            return self.default_entry.allowance(url)
        return True

    def crawl_delay(self, useragent):
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.delay
        if self.default_entry:
            return self.default_entry.delay
        return None

    def request_rate(self, useragent):
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.req_rate
        if self.default_entry:
            return self.default_entry.req_rate
        return None

    def site_maps(self):
        if not self.sitemaps:
            return None
        return self.sitemaps

    def __str__(self):
        entries = self.entries
        if self.default_entry is not None:
            entries = entries + [self.default_entry]
        return '\n\n'.join(map(str, entries))


class RuleLine:
    """One Allow/Disallow line: a path prefix and whether it is allowed."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            # "Disallow:" (empty) means allow everything.
            allowance = True
        path = urllib.parse.urlunparse(urllib.parse.urlparse(path))
        self.path = urllib.parse.quote(path)
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return ("Allow" if self.allowance else "Disallow") + ": " + self.path


class Entry:
    """A group: user agents and their rules."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = None
        self.req_rate = None

    def __str__(self):
        ret = []
        for agent in self.useragents:
            ret.append(f"User-agent: {agent}")
        if self.delay is not None:
            ret.append(f"Crawl-delay: {self.delay}")
        if self.req_rate is not None:
            rate = self.req_rate
            ret.append(f"Request-rate: {rate.requests}/{rate.seconds}")
        ret.extend(map(str, self.rulelines))
        return '\n'.join(ret)

    def applies_to(self, useragent):
        """Does this group apply to useragent (its name before any '/')?"""
        useragent = useragent.split("/")[0].lower()
        for agent in self.useragents:
            if agent == '*':
                return True
            if agent.lower() in useragent:
                return True
        return False

    def allowance(self, filename):
        """The first matching rule decides; no match means allowed."""
        for line in self.rulelines:
            if line.applies_to(filename):
                return line.allowance
        return True
