"""Issue 8, points 4 and 7: the settings a deployment cannot start without, the hosts
URLs may come from, and `manage.py check --deploy` clean with the production settings
that docs/security.md documents (read from that page, so the page cannot drift)."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SECURITY_DOC = ROOT / "docs" / "security.md"


def clean_env(**env) -> dict:
    """The environment of a fresh process, without this run's settings."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "DB_HOST", "DB_PORT", "DB_USER")}
    return {**keep, "PYTHONPATH": str(ROOT / "src"), "DJANGO_SETTINGS_MODULE": "openzaak.conf.settings", **env}


def settings_value(name: str, cwd=ROOT, **env) -> subprocess.CompletedProcess:
    code = f"from django.conf import settings; print(repr(settings.{name}))"
    return subprocess.run([sys.executable, "-c", code], env=clean_env(**env), capture_output=True, text=True, cwd=cwd)


def documented_production_settings() -> dict[str, str]:
    """The `NAME=value` lines of the production block in docs/security.md."""
    text = SECURITY_DOC.read_text()
    block = re.search(r"<!-- production-settings -->\s*```sh\n(.*?)```", text, re.S).group(1)
    return dict(line.split("=", 1) for line in block.splitlines() if line and not line.startswith("#"))


# --- SECRET_KEY ------------------------------------------------------------------------


def test_there_is_no_default_secret_key(tmp_path):
    """Without SECRET_KEY and without the local key file (as in the image), nothing starts."""
    copy = tmp_path / "src" / "openzaak" / "conf" / "settings.py"  # its BASE_DIR is tmp_path
    copy.parent.mkdir(parents=True)
    copy.write_text((ROOT / "src" / "openzaak" / "conf" / "settings.py").read_text())

    result = subprocess.run(
        [sys.executable, "-c", f"import runpy; runpy.run_path({str(copy)!r})"],
        env=clean_env(),
        capture_output=True,
        text=True,
    )

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_local_development_keeps_the_key_bin_bootstrap_made():
    assert (ROOT / ".secret_key").read_text().strip()  # made by bin/bootstrap, git-ignored
    assert ".secret_key" in (ROOT / ".gitignore").read_text().split()
    assert ".secret_key" in (ROOT / ".dockerignore").read_text().split()
    key = settings_value("SECRET_KEY").stdout.strip()
    assert key == repr((ROOT / ".secret_key").read_text().strip())
    assert "insecure" not in key


# --- hosts -----------------------------------------------------------------------------


def test_local_defaults_answer_only_to_local_host_names():
    hosts = settings_value("ALLOWED_HOSTS").stdout.strip()
    assert hosts == "['localhost', '127.0.0.1', '[::1]', 'testserver']"


def test_the_public_host_is_allowed_when_configured():
    hosts = settings_value("ALLOWED_HOSTS", PUBLIC_BASE_URL="https://openzaak.example.nl/zgw").stdout.strip()
    assert hosts == "['openzaak.example.nl', 'localhost', '127.0.0.1', '[::1]', 'testserver']"


@pytest.mark.parametrize(
    ("env", "starts"),
    [
        ({}, False),
        ({"SECRET_KEY": "k"}, False),
        ({"SECRET_KEY": "k", "ALLOWED_HOSTS": "*"}, False),
        ({"SECRET_KEY": "k", "ALLOWED_HOSTS": "openzaak.example.nl, *"}, False),
        ({"PUBLIC_BASE_URL": "https://openzaak.example.nl"}, False),
        ({"SECRET_KEY": "k", "ALLOWED_HOSTS": "openzaak.example.nl"}, True),
        ({"SECRET_KEY": "k", "PUBLIC_BASE_URL": "https://openzaak.example.nl"}, True),
    ],
)
def test_the_image_refuses_to_start_without_its_settings(env, starts):
    script = ROOT / "docker" / "check-config.sh"
    result = subprocess.run(["sh", "-c", f". {script} && echo started"], env=env, capture_output=True, text=True)
    assert (result.stdout.strip() == "started") is starts, result.stderr
    assert (result.returncode == 0) is starts


def test_compose_refuses_to_start_without_a_secret_key():
    compose = (ROOT / "docker-compose.yml").read_text()
    assert "SECRET_KEY: ${SECRET_KEY:?" in compose
    assert '"*"' not in compose


# --- check --deploy --------------------------------------------------------------------


def check_deploy(**env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=clean_env(**env),
        capture_output=True,
        text=True,
        cwd=ROOT / "src",
    )


def test_check_deploy_is_clean_with_the_documented_production_settings():
    env = {**documented_production_settings(), "SECRET_KEY": secrets.token_urlsafe(50)}

    result = check_deploy(**env)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_flags_the_development_defaults():
    result = check_deploy(ALLOWED_HOSTS="*")

    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "openzaak.W001"):
        assert check in result.stderr
