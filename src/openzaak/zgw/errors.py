"""Every error is `application/problem+json` (RFC 7807 as the ZGW standard profiles it):
`type`, `code`, `title`, `status`, `detail`, `instance`, and for 400 `invalidParams`
[{name, code, reason}] with the codes clients rely on.

`exception_handler` is DRF's hook; `problem_response` serves Django's own 404/500
handlers for URLs outside DRF. `instance` carries the request id that the logs carry.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response

from .middleware import current_request_id
from .references import base_url

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"

TITLES = {
    400: "Ongeldige invoer.",
    401: "Niet geauthenticeerd.",
    403: "Geen toegang.",
    404: "Niet gevonden.",
    405: "Methode niet toegestaan.",
    406: "Niet aanvaardbaar.",
    409: "Conflict.",
    410: "Verdwenen.",
    412: "Niet aan de voorwaarde voldaan.",
    413: "Verzoek te groot.",
    415: "Mediatype niet ondersteund.",
    429: "Te veel verzoeken.",
    500: "Interne serverfout.",
}


class JWTError(exceptions.AuthenticationFailed):
    """A token that is missing something, badly signed, expired or of an unknown client."""

    default_code = "jwt-invalid"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "Aan een voorwaarde van het verzoek is niet voldaan."
    default_code = "precondition_failed"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "Het verzoek botst met de huidige toestand van de resource."
    default_code = "conflict"


def _base(request) -> str:
    """The public base URL; a Host header that is not allowed is never echoed."""
    try:
        return base_url(request)
    except DisallowedHost:
        return settings.PUBLIC_BASE_URL


def _problem(*, status_code: int, code: str, detail: str, request=None, type_name: str = "", **extra) -> dict:
    base = _base(request)
    return {
        "type": f"{base}/ref/fouten/{type_name or code}/",
        "code": code,
        "title": TITLES.get(status_code, "Fout."),
        "status": status_code,
        "detail": detail,
        "instance": f"urn:uuid:{current_request_id()}",
        **extra,
    }


def invalid_params(detail, prefix: str = "") -> list[dict]:
    """Flatten DRF's nested error detail into [{name, code, reason}]; nested names are
    dotted paths (`autorisaties.0.scopes`)."""
    if isinstance(detail, dict):
        return [
            param
            for key, value in detail.items()
            for param in invalid_params(value, f"{prefix}.{key}" if prefix else str(key))
        ]
    if isinstance(detail, list):
        if all(isinstance(item, exceptions.ErrorDetail) for item in detail):
            return [{"name": prefix or "nonFieldErrors", "code": item.code, "reason": str(item)} for item in detail]
        return [
            param
            for index, item in enumerate(detail)
            for param in invalid_params(item, f"{prefix}.{index}" if prefix else str(index))
        ]
    code = getattr(detail, "code", "invalid")
    return [{"name": prefix or "nonFieldErrors", "code": code, "reason": str(detail)}]


def exception_handler(exc, context):
    from rest_framework.views import set_rollback  # rest_framework.views imports our settings

    request = context.get("request")
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    if not isinstance(exc, exceptions.APIException):
        logger.exception("unhandled error in %s %s", getattr(request, "method", ""), getattr(request, "path", ""))
        set_rollback()
        data = _problem(
            status_code=500,
            code="error",
            detail="Er is een interne fout opgetreden; de beheerder kan haar vinden met `instance`.",
            request=request,
            type_name="APIException",
        )
        return Response(data, status=500, content_type=PROBLEM_CONTENT_TYPE)

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    if isinstance(exc, exceptions.ValidationError):
        data = _problem(
            status_code=exc.status_code,
            code="invalid",
            detail="De invoer is ongeldig; zie `invalidParams`.",
            request=request,
            type_name="ValidationError",
            invalidParams=invalid_params(exc.detail),
        )
    else:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        code = exc.detail.code if isinstance(exc.detail, exceptions.ErrorDetail) else exc.default_code
        extra = {}
        if exc.status_code == 400:  # every 400 has invalidParams, as the schema's ValidatieFout says
            extra["invalidParams"] = [{"name": "nonFieldErrors", "code": code, "reason": detail}]
        data = _problem(
            status_code=exc.status_code,
            code=code,
            detail=detail,
            request=request,
            type_name=type(exc).__name__,
            **extra,
        )
    set_rollback()
    return Response(data, status=exc.status_code, headers=headers, content_type=PROBLEM_CONTENT_TYPE)


def problem_response(request, status_code: int, code: str, detail: str, **extra) -> JsonResponse:
    data = _problem(status_code=status_code, code=code, detail=detail, request=request, **extra)
    return JsonResponse(data, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def handler400(request, exception=None):
    """Django's own 400s, e.g. a Host header that ALLOWED_HOSTS does not name."""
    return problem_response(
        request,
        400,
        "bad_request",
        "Het verzoek is ongeldig.",
        invalidParams=[{"name": "nonFieldErrors", "code": "bad_request", "reason": "Het verzoek is ongeldig."}],
    )


def handler404(request, exception=None):
    return problem_response(request, 404, "not_found", "Deze URL bestaat niet.")


def handler500(request):
    return problem_response(request, 500, "error", "Er is een interne fout opgetreden.")
