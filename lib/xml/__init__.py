"""xml (ftpy): XML processing. Provided: xml.etree.ElementTree (with a
parser written in Python, as ftpy has no expat) and xml.dom.minidom."""
__all__ = ["dom", "etree"]
