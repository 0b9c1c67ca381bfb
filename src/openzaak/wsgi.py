import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")
application = get_wsgi_application()

# Import every API now (the URLconf does) rather than on the first request, then move
# the objects that made out of the garbage collector's sight: they live as long as the
# process, and a full collection, which the allocations of a few large pages set off,
# would otherwise walk all of them every time.
get_resolver().url_patterns  # noqa: B018
gc.freeze()
