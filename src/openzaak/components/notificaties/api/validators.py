"""The Notificaties API's input rules, one small validator per rule, with the codes
other Notificaties APIs give (Open Notificaties): `kanaal_naam`,
`inconsistent-abonnement-filters`, `message_kanaal`, `kenmerken_inconsistent`,
`future_not_allowed` and `invalid-callback-url`; ours: `invalid-header-value`."""

import re
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from rest_framework import serializers

from ..models import Kanaal
from ..routing import unknown_keys
from ..services import callback_test


class KanaalExists:
    """The kanaal an abonnement's filter group names must exist (as `naam`)."""

    code = "kanaal_naam"

    def __init__(self, code: str = ""):
        self.code = code or self.code

    def __call__(self, naam):
        if not Kanaal.objects.filter(naam=naam).exists():
            raise serializers.ValidationError("Kanaal met deze naam bestaat niet.", code=self.code)


class KenmerkenOfKanaal:
    """The keys (of `field`) must be filters of the kanaal named by `kanaal_field`, compared
    as routing compares them (case and underscores aside)."""

    def __init__(self, *, field: str, kanaal_field: str, code: str, message: str):
        self.field, self.kanaal_field, self.code, self.message = field, kanaal_field, code, message

    def __call__(self, attrs):
        kanaal = Kanaal.objects.filter(naam=attrs.get(self.kanaal_field)).only("filters").first()
        if kanaal is None:
            return  # reported by KanaalExists
        unknown = unknown_keys(attrs.get(self.field) or {}, kanaal.filters)
        if unknown:
            raise serializers.ValidationError(
                {self.field: [serializers.ErrorDetail(f"{self.message}: {', '.join(unknown)}.", code=self.code)]}
            )


class NotInFuture:
    """`aanmaakdatum` may not lie in the future (beyond the clock skew of `JWT_LEEWAY`)."""

    def __call__(self, value):
        if value > timezone.now() + timedelta(seconds=settings.JWT_LEEWAY):
            raise serializers.ValidationError("Deze datum mag niet in de toekomst liggen.", code="future_not_allowed")


class HeaderValue:
    """An abonnement's `auth` is sent as the `Authorization` header of every delivery, so
    it must be one: visible ASCII and spaces, not starting with a space (no line breaks,
    no characters outside ASCII). Checked whether or not the callback is tested, so no
    stored value can make a delivery fail before it is sent."""

    pattern = re.compile(r"[!-~][ \t!-~]*")

    def __call__(self, value):
        if value and not self.pattern.fullmatch(value):
            raise serializers.ValidationError(
                "Deze waarde kan niet als HTTP-header verstuurd worden: alleen zichtbare ASCII-tekens en spaties.",
                code="invalid-header-value",
            )


class CallbackReceivesNotifications:
    """Before an abonnement is accepted (or its callback changed), its callbackUrl must
    accept the standard's test message with the given `auth` (any 2xx); off with
    `NOTIFICATIES_TEST_CALLBACK = False`."""

    requires_context = True

    def __call__(self, attrs, serializer):
        if not settings.NOTIFICATIES_TEST_CALLBACK:
            return
        instance = serializer.instance
        if instance is not None and not ({"callback_url", "auth"} & set(attrs)):
            return
        url = attrs.get("callback_url", getattr(instance, "callback_url", ""))
        auth = attrs.get("auth", getattr(instance, "auth", ""))
        outcome = callback_test(callback_url=url, auth=auth)
        if not outcome.success:
            raise serializers.ValidationError(
                {
                    "callbackUrl": [
                        serializers.ErrorDetail(
                            f"De opgegeven callback URL kan geen notificaties ontvangen ({outcome.error}).",
                            code="invalid-callback-url",
                        )
                    ]
                }
            )
