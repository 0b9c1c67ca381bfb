"""A request id for every request: in the `X-Request-ID` response header, in every log
line (`RequestIdFilter`) and as the `instance` of every problem response."""

import contextvars
import logging
import uuid

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def current_request_id() -> str:
    value = _request_id.get()
    if value == "-":
        value = str(uuid.uuid4())
        _request_id.set(value)
    return value


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_id.set(str(uuid.uuid4()))
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = _request_id.get()
            return response
        finally:
            _request_id.reset(token)


def large_body_limit(request) -> int:
    """The larger body an endpoint streams (a document's inline content, a bestandsdeel):
    its view class's `large_body_limit(request)`, else 0."""
    from django.urls import Resolver404, resolve

    try:
        match = resolve(request.path_info)
    except Resolver404:
        return 0
    limit = getattr(getattr(match.func, "cls", None), "large_body_limit", None)
    return limit(request) if limit is not None else 0


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = _request_id.get()
        return True


class BadInputMiddleware:
    """Input every endpoint refuses before anything looks at it (docs/security.md):

    * a query parameter (name or value) with a NUL character or a lone surrogate: 400
      problem+json naming the parameter. PostgreSQL cannot hold either, so each used to be
      a 500 wherever the value reached a filter or lookup (`consumer?clientId=%00`);
    * an API request whose announced body is larger than `DATA_UPLOAD_MAX_MEMORY_SIZE`:
      413 problem+json, before the body is read (the JSON parser caps unannounced ones);
      an endpoint that streams its body declares a larger limit (`large_body_limit`).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self._api_roots: tuple[str, ...] | None = None

    def api_roots(self) -> tuple[str, ...]:
        if self._api_roots is None:
            from importlib import import_module

            from django.conf import settings

            self._api_roots = tuple(
                f"/{import_module(module).component.api_root}/" for module in settings.ZGW_COMPONENT_URLCONFS
            )
        return self._api_roots

    def __call__(self, request):
        from django.conf import settings

        from .errors import problem_response
        from .parsers import RequestTooLarge, bad_character_error, safe_name

        for name, values in request.GET.lists():
            for value in (name, *values):
                error = bad_character_error(value)
                if error is not None:
                    return problem_response(
                        request,
                        400,
                        "invalid",
                        "De invoer is ongeldig; zie `invalidParams`.",
                        invalidParams=[{"name": safe_name(name), "code": error.code, "reason": str(error)}],
                    )
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        length = request.META.get("CONTENT_LENGTH") or ""
        if length.isdigit() and int(length) > limit and request.path.startswith(self.api_roots()):
            limit = max(limit, large_body_limit(request))
        if length.isdigit() and int(length) > limit and request.path.startswith(self.api_roots()):
            error = RequestTooLarge(limit)
            return problem_response(request, error.status_code, error.default_code, str(error.detail))
        return self.get_response(request)
