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


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = _request_id.get()
        return True
