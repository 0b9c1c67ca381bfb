"""The ZGW API layer that every component shares.

JWT authentication, scopes, authorised querysets, problem+json errors, pagination, URL
reference fields, expand, audit trail, notification publishing, API-version / Crs / ETag
headers and schema generation. It imports no component: components build on it.
"""
