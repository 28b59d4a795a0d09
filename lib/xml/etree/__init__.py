"""xml.etree (ftpy): the ElementTree API."""
