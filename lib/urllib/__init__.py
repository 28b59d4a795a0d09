"""urllib package (ftpy): only urllib.parse is provided; urllib.request needs sockets."""
