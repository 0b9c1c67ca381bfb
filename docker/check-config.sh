#!/bin/sh
# Sourced by the start scripts: a deployment refuses to start without the settings that
# keep it safe (docs/security.md). Exit code 78: configuration error.
if [ -z "${SECRET_KEY:-}" ]; then
    echo "SECRET_KEY is not set: refusing to start. Set it to a long random value." >&2
    exit 78
fi
hosts="$(printf '%s' "${ALLOWED_HOSTS:-}" | tr -d ' ')"
if [ -z "${PUBLIC_BASE_URL:-}" ]; then
    case ",$hosts," in
        ,,|*,\*,*)
            echo "Set PUBLIC_BASE_URL (e.g. https://openzaak.example.nl), or list this service's host names in" \
                 "ALLOWED_HOSTS: refusing to build URLs from whatever Host header a client sends." >&2
            exit 78
            ;;
    esac
fi
