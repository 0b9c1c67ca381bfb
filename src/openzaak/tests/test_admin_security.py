"""Issue 8, point 7: the admin's Content Security Policy, password validators and
throttled logins (django-axes)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db


def test_admin_pages_carry_a_content_security_policy(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def test_the_apis_are_left_alone(client):
    assert "Content-Security-Policy" not in client.get("/health/live")


@pytest.mark.parametrize("password", ["kort", "password123456", "12345678901234", "beheerder-admin"])
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="beheerder-admin")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_repeated_failed_logins_lock_the_user_name_out(client, settings):
    get_user_model().objects.create_superuser("beheerder", "b@example.nl", "een-lang-geheim-wachtwoord")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "beheerder", "password": "fout"})

    response = client.post("/admin/login/", {"username": "beheerder", "password": "een-lang-geheim-wachtwoord"})

    assert response.status_code == 429  # locked out, even with the right password
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_and_resets_the_count(client):
    get_user_model().objects.create_superuser("beheerder", "b@example.nl", "een-lang-geheim-wachtwoord")
    client.post("/admin/login/", {"username": "beheerder", "password": "fout"})

    response = client.post("/admin/login/", {"username": "beheerder", "password": "een-lang-geheim-wachtwoord"})

    assert response.status_code == 302
    assert client.session["_auth_user_id"]
