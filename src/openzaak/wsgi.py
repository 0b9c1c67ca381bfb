import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")
application = get_wsgi_application()

# Import every API now (the URLconf does) rather than on the first request, then move
# the objects that made out of the garbage collector's sight: they live as long as the
# process, and a full collection would otherwise walk all of them every time.
get_resolver().url_patterns  # noqa: B018
gc.freeze()
# A list page allocates some 100,000 objects, nearly all freed by their reference count;
# with the default threshold (700) the collector would run a hundred times per page
# (measured: 2-3 ms of a 20 ms page). Collect young objects every 50,000 allocations.
gc.set_threshold(50_000, 20, 100)
