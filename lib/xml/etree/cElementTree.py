"""Deprecated alias of xml.etree.ElementTree."""
from xml.etree.ElementTree import *
