"""All settings of OpenZaak. Every knob is an environment variable whose default runs
locally without configuration; docs/configuration.md lists them."""

import glob
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[3]  # the repository root
SRC_DIR = BASE_DIR / "src"


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")


def _secret_key() -> str:
    """SECRET_KEY from the environment; for local development only, the key that
    bin/bootstrap generated once in the git-ignored `.secret_key`. Never a default: the
    image has no such file, so it refuses to start without SECRET_KEY."""
    from django.core.exceptions import ImproperlyConfigured

    if env("SECRET_KEY"):
        return env("SECRET_KEY")
    local = BASE_DIR / ".secret_key"
    if local.is_file() and local.read_text().strip():
        return local.read_text().strip()
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set it in the environment (a long random value), or run bin/run or bin/test "
        "once for a local development key."
    )


SECRET_KEY = _secret_key()

# The public base URL of this installation (scheme, host and optional path prefix). Every
# URL we store or send (resource URLs, notifications, the audit trail) is built from it,
# never from a request's Host header. Empty (local development only): from the request,
# whose Host must then be one of the local names below.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL").rstrip("/")
LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]


def _public_host() -> list[str]:
    host = urlsplit(PUBLIC_BASE_URL).hostname if PUBLIC_BASE_URL else None
    if not host:
        return []
    return [f"[{host}]" if ":" in host else host]


# Default: the public host and the local names (health checks from the same machine).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [*_public_host(), *LOCAL_HOSTS]
USE_X_FORWARDED_HOST = env_bool("USE_X_FORWARDED_HOST")
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- HTTPS and browser hardening (docs/security.md, docs/configuration.md) ------------
_HTTPS = PUBLIC_BASE_URL.startswith("https://")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
SECURE_REDIRECT_EXEMPT = [r"^health/"]  # the container's own health check speaks plain HTTP
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", _HTTPS)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", _HTTPS)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or (
    [f"{urlsplit(PUBLIC_BASE_URL).scheme}://{urlsplit(PUBLIC_BASE_URL).netloc}"] if PUBLIC_BASE_URL else []
)
# The admin's Content Security Policy (openzaak.security.AdminContentSecurityPolicy).
ADMIN_CONTENT_SECURITY_POLICY = env(
    "ADMIN_CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'",
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "openzaak.zgw",
    "openzaak.components.autorisaties",
    "openzaak.components.catalogi",
    "openzaak.components.notificaties",
    # the registers' data layer (their APIs are mounted in ZGW_COMPONENT_URLCONFS once built)
    "openzaak.components.zaken",
    "openzaak.components.documenten",
    "openzaak.components.besluiten",
]

MIDDLEWARE = [
    "openzaak.zgw.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "openzaak.security.AdminContentSecurityPolicy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "openzaak.zgw.middleware.BadInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# --- Admin logins: password rules and throttling (django-axes) ------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# After AXES_FAILURE_LIMIT failed logins of one user name from one address, that pair is
# locked out for AXES_COOLOFF_MINUTES; a successful login resets the count.
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(env("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# A Server-Timing header on every response: the request's time in the application and
# its SQL time and query count (openzaak.zgw.timing; bin/benchmark reads it). Off by
# default: it tells clients how long the server works.
SERVER_TIMING = env_bool("SERVER_TIMING")
if SERVER_TIMING:
    MIDDLEWARE.insert(0, "openzaak.zgw.timing.ServerTimingMiddleware")

ROOT_URLCONF = "openzaak.urls"
WSGI_APPLICATION = "openzaak.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "HOST": env("DB_HOST", "127.0.0.1"),
        "PORT": env("DB_PORT", "5432"),
        "NAME": env("DB_NAME", "openzaak"),
        "USER": env("DB_USER", "postgres"),
        "PASSWORD": env("DB_PASSWORD"),
        # Each request is one transaction: nothing is half-written (ARCHITECTURE rule 4).
        "ATOMIC_REQUESTS": True,
        "CONN_MAX_AGE": int(env("DB_CONN_MAX_AGE", "60")),
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"NAME": f"test_{env('DB_NAME', 'openzaak')}{env('TEST_DB_SUFFIX')}"},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# GeoDjango finds GDAL/GEOS by their unversioned names, which only the -dev packages
# install; fall back to the versioned runtime libraries.
for _setting, _pattern in (("GDAL_LIBRARY_PATH", "libgdal.so*"), ("GEOS_LIBRARY_PATH", "libgeos_c.so*")):
    if env(_setting):
        globals()[_setting] = env(_setting)
    else:
        _found = sorted(glob.glob(f"/usr/lib/*-linux-gnu/{_pattern}") + glob.glob(f"/usr/lib/{_pattern}"))
        if _found:
            globals()[_setting] = _found[0]

REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("CACHE_URL", REDIS_URL),
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "openzaak") + env("TEST_DB_SUFFIX"),
        "TIMEOUT": 300,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}

CELERY_BROKER_URL = env("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 2}
CELERY_TASK_PUBLISH_RETRY = False

LANGUAGE_CODE = "nl-nl"
TIME_ZONE = env("TIME_ZONE", "Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "static"))
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))

# Document content (the Documenten API's `inhoud` and bestandsdelen) lives in its own,
# private storage: never under MEDIA_URL or any other public URL, only served by the
# API's download after authorisation (openzaak.components.documenten.storage).
DOCUMENTEN_STORAGE_ROOT = env("DOCUMENTEN_STORAGE_ROOT", str(BASE_DIR / "private-media" / "documenten"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "documenten": {
        "BACKEND": "openzaak.components.documenten.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": DOCUMENTEN_STORAGE_ROOT},
    },
}

# --- Documenten: content (docs/documenten.md) -----------------------------------------
# A document's create/update may carry its content inline (base64): the standard asks a
# body of at least 4 GiB there. Such bodies (and a bestandsdeel's) are streamed to disk,
# never held in memory; other bodies keep DATA_UPLOAD_MAX_MEMORY_SIZE.
DOCUMENTEN_MAX_BODY_SIZE = int(env("DOCUMENTEN_MAX_BODY_SIZE", str(4 * 1024**3)))
# Content announced with `bestandsomvang` and no `inhoud` is uploaded in parts of this size.
DOCUMENTEN_UPLOAD_CHUNK_SIZE = int(env("DOCUMENTEN_UPLOAD_CHUNK_SIZE", str(100 * 1024**2)))
# Where uploads wait while they stream in (Django's FILE_UPLOAD_TEMP_DIR; default: the system's).
FILE_UPLOAD_TEMP_DIR = env("FILE_UPLOAD_TEMP_DIR") or None
# Content in S3-compatible object storage instead of DOCUMENTEN_STORAGE_ROOT (django-storages).
DOCUMENTEN_STORAGE = env("DOCUMENTEN_STORAGE", "filesystem")  # filesystem | s3
if DOCUMENTEN_STORAGE == "s3":
    STORAGES["documenten"] = {
        "BACKEND": "openzaak.components.documenten.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": env("DOCUMENTEN_S3_BUCKET", "documenten"),
            "endpoint_url": env("DOCUMENTEN_S3_ENDPOINT_URL") or None,
            "region_name": env("DOCUMENTEN_S3_REGION") or None,
            "access_key": env("DOCUMENTEN_S3_ACCESS_KEY_ID") or None,
            "secret_key": env("DOCUMENTEN_S3_SECRET_ACCESS_KEY") or None,
            "location": env("DOCUMENTEN_S3_PREFIX", ""),
        },
    }

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["openzaak.zgw.auth.authentication.JWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["openzaak.zgw.auth.permissions.ScopePermission"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["openzaak.zgw.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "openzaak.zgw.pagination.Pagination",
    "DEFAULT_FILTER_BACKENDS": ["openzaak.zgw.filters.Backend"],
    "DEFAULT_SCHEMA_CLASS": "openzaak.zgw.schema.AutoSchema",
    "EXCEPTION_HANDLER": "openzaak.zgw.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
    "NON_FIELD_ERRORS_KEY": "nonFieldErrors",
    "DEFAULT_VERSIONING_CLASS": None,
    "COERCE_DECIMAL_TO_STRING": False,
    "DATETIME_FORMAT": "iso-8601",
}

SPECTACULAR_SETTINGS = {
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {},
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": ["openzaak.zgw.schema.postprocess"],
    "LICENSE": {"name": "EUPL 1.2", "url": "https://opensource.org/licenses/EUPL-1.2"},
    "SERVERS": [{"url": "/api/v1"}],
}

# --- JWT (the ZGW standard's client authentication) ---------------------------------
# A token's `iat` may be at most this many seconds old; LEEWAY tolerates clock skew.
JWT_EXPIRY = int(env("JWT_EXPIRY", "3600"))
JWT_LEEWAY = int(env("JWT_LEEWAY", "5"))

# --- Request bodies (openzaak.zgw.parsers) --------------------------------------------
# The largest request body accepted, in bytes; larger is 413. Django's own setting, so the
# admin's forms obey it too.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(env("DATA_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))
# JSON nested deeper than this is a 400 parse_error.
JSON_MAX_DEPTH = int(env("JSON_MAX_DEPTH", "32"))

PAGE_SIZE = int(env("PAGE_SIZE", "100"))
MAX_PAGE_SIZE = int(env("MAX_PAGE_SIZE", "500"))

LOG_LEVEL = env("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "openzaak.zgw.middleware.RequestIdFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
SILENCED_SYSTEM_CHECKS = ["gis.W001"]  # we never open spatial files from clients

# The API components: each module has `component`, `router` and `urlpatterns`, and is
# mounted at /<component.slug>/api/v1/ with its schema written beside the component.
ZGW_COMPONENT_URLCONFS = [
    "openzaak.components.autorisaties.api.urls",
    "openzaak.components.catalogi.api.urls",
    "openzaak.components.notificaties.api.urls",
    "openzaak.components.documenten.api.urls",
    "openzaak.components.zaken.api.urls",
    "openzaak.components.besluiten.api.urls",
]

# --- Outgoing HTTP calls (openzaak.zgw.http) ------------------------------------------
# Every outgoing call (fetching a URL a client gave us, such as a selectielijst resultaat;
# the test POST to a new callback; every notification delivery; the forwarding) goes
# through one guarded client. It refuses private, loopback, link-local and cloud
# metadata addresses (no server-side request forgery into the cluster) unless allowed here.
REMOTE_TIMEOUT = float(env("REMOTE_TIMEOUT", "10"))  # seconds for a whole fetch: lookup, connect, body
REMOTE_CACHE_TTL = int(env("REMOTE_CACHE_TTL", "3600"))  # seconds; 0 disables caching
REMOTE_MAX_RESPONSE_BYTES = int(env("REMOTE_MAX_RESPONSE_BYTES", str(2 * 1024 * 1024)))
REMOTE_ALLOW_PRIVATE_ADDRESSES = env_bool("REMOTE_ALLOW_PRIVATE_ADDRESSES")
# False: call no host but those of REMOTE_ALLOWED_HOSTS (an egress allow-list).
REMOTE_ALLOW_PUBLIC_ADDRESSES = env_bool("REMOTE_ALLOW_PUBLIC_ADDRESSES", True)
# Host names (not addresses they resolve to) that may be on a private network anyway,
# e.g. a Selectielijst API or a subscriber inside the cluster: "selectielijst.intern,10.0.0.5".
REMOTE_ALLOWED_HOSTS = [host.lower().rstrip(".") for host in env_list("REMOTE_ALLOWED_HOSTS")]

# Zaken API: fetch the URLs a zaak (and its rollen, zaakobjecten, …) refers to outside
# this installation (communicatiekanaal, selectielijstklasse, relevanteAndereZaken of
# another Zaken API, …) to check that they exist and have the right shape, as the
# standard asks (zrc-010, zrc-011). `false`: only their form is checked (docs/zaken.md).
ZAKEN_CHECK_REMOTE_URLS = env_bool("ZAKEN_CHECK_REMOTE_URLS", True)

# The VNG Referentielijsten & Selectielijst API that zaaktypen and resultaattypen refer to.
SELECTIELIJST_API_URL = env("SELECTIELIJST_API_URL", "https://selectielijst.openzaak.nl/api/v1/")

# --- Notificaties: routing and the delivery worker (owned by components/notificaties;
# docs/notifications.md explains each knob) ---------------------------------------------
# Seconds to wait before each retry; one attempt more than there are delays, then the
# delivery is parked. Default: exponential (×4 from 10 s), about 15 hours in all.
NOTIFICATIES_RETRY_SCHEDULE = [
    float(delay) for delay in env_list("NOTIFICATIES_RETRY_SCHEDULE", "10,40,160,640,2560,10240,40960")
]
# Seconds for one whole POST to a callback (the test POST, a delivery, the forwarding),
# from name lookup to the answer's headers; the answer's body is not read.
NOTIFICATIES_DELIVERY_TIMEOUT = float(env("NOTIFICATIES_DELIVERY_TIMEOUT", "10"))
# Circuit breaker: after this many consecutive failed attempts a subscriber is paused
# for COOLDOWN seconds; then one delivery probes it again.
NOTIFICATIES_CIRCUIT_THRESHOLD = int(env("NOTIFICATIES_CIRCUIT_THRESHOLD", "5"))
NOTIFICATIES_CIRCUIT_COOLDOWN = float(env("NOTIFICATIES_CIRCUIT_COOLDOWN", "60"))
# The worker's own timer: every SWEEP_INTERVAL seconds it routes and delivers whatever
# is due, straight from the database (no Redis message needed); BATCH_SIZE per round.
NOTIFICATIES_SWEEP_INTERVAL = float(env("NOTIFICATIES_SWEEP_INTERVAL", "5"))
NOTIFICATIES_BATCH_SIZE = int(env("NOTIFICATIES_BATCH_SIZE", "200"))
# POST a test message to a callbackUrl before accepting an abonnement.
NOTIFICATIES_TEST_CALLBACK = env_bool("NOTIFICATIES_TEST_CALLBACK", True)
# Optional: forward every notification to an external Notificaties API
# (e.g. https://nrc.example.nl/api/v1/notificaties), authenticated with a ZGW JWT.
NOTIFICATIES_FORWARD_URL = env("NOTIFICATIES_FORWARD_URL")
NOTIFICATIES_FORWARD_CLIENT_ID = env("NOTIFICATIES_FORWARD_CLIENT_ID")
NOTIFICATIES_FORWARD_SECRET = env("NOTIFICATIES_FORWARD_SECRET")
# The broker's messages are only nudges to deliver now; the database is the queue. So
# Redis need not emulate acknowledgements (keep unacked copies to restore). Without it a
# worker also survives Redis dropping while it holds an unacknowledged message (kombu
# then fails to restore it and the worker exits, taking the outbox sweep along).
CELERY_BROKER_TRANSPORT_OPTIONS = {**CELERY_BROKER_TRANSPORT_OPTIONS, "ack_emulation": False}
