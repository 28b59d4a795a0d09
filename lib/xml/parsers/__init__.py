"""xml.parsers (ftpy): xml.parsers.expat, an expat-style interface over
ftpy's pure-Python XML parser."""
