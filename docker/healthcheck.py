"""The container's health check: GET /health/live on the local port, with a Host header
that ALLOWED_HOSTS accepts (the public host, else the first listed, else localhost)."""

import os
import sys
import urllib.request
from urllib.parse import urlsplit

hosts = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip() not in ("", "*")]
public = urlsplit(os.environ.get("PUBLIC_BASE_URL", "")).hostname
host = public if public and not hosts else (hosts[0].lstrip(".") if hosts else "localhost")
request = urllib.request.Request("http://127.0.0.1:8000/health/live", headers={"Host": host})
try:
    with urllib.request.urlopen(request, timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception:
    sys.exit(1)
