"""Deployment hardening that is not the API's: the admin's Content Security Policy, and
the checks `manage.py check --deploy` adds for this project (docs/security.md).

    MIDDLEWARE = [..., "openzaak.security.AdminContentSecurityPolicy", ...]
"""

from django.conf import settings
from django.core import checks


class AdminContentSecurityPolicy:
    """Send `ADMIN_CONTENT_SECURITY_POLICY` with every admin page, so that an injected
    script cannot run where civil servants are logged in (scripts only from our own
    static files, no framing, forms only to ourselves)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.ADMIN_CONTENT_SECURITY_POLICY
        if policy and request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", policy)
        return response


@checks.register(checks.Tags.security, deploy=True)
def check_public_urls(app_configs, **kwargs):
    """URLs we store and send come from PUBLIC_BASE_URL; without it, from the Host header,
    which then must be checked."""
    found = []
    if not settings.PUBLIC_BASE_URL and "*" in settings.ALLOWED_HOSTS:
        found.append(
            checks.Warning(
                "ALLOWED_HOSTS accepts any host and PUBLIC_BASE_URL is not set: the URLs in notifications, the "
                "audit trail and stored references would come from whatever Host header a client sends.",
                hint="Set PUBLIC_BASE_URL (e.g. https://openzaak.example.nl) or list the host names in ALLOWED_HOSTS.",
                id="openzaak.W001",
            )
        )
    if settings.PUBLIC_BASE_URL and not settings.PUBLIC_BASE_URL.startswith("https://"):
        found.append(
            checks.Warning(
                "PUBLIC_BASE_URL is not an https URL: clients would send their JWTs over plain HTTP.",
                id="openzaak.W002",
            )
        )
    return found
