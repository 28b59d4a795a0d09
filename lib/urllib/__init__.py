"""urllib package (ftpy): parse, error, response, robotparser, and request
(local data: and file: URLs only until ftpy has http.client)."""
