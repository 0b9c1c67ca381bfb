"""The Autorisaties API's business rules (the standard's ac-001 … ac-003)."""

from django.db import connection
from rest_framework import serializers

from openzaak.zgw.constants import ComponentTypes

from ..models import Applicatie

# ac-003: which fields an autorisatie needs, by component, when it has scopes of that
# component's own resource (the prefix of the scope label).
REQUIRED_FIELDS = {
    ComponentTypes.zrc: ("zaken.", ("zaaktype", "maxVertrouwelijkheidaanduiding")),
    ComponentTypes.drc: ("documenten.", ("informatieobjecttype", "maxVertrouwelijkheidaanduiding")),
    ComponentTypes.brc: ("besluiten.", ("besluittype",)),
}
# The type fields that belong to each component; on other components they must be empty.
TYPE_FIELDS = {
    "zaaktype": ComponentTypes.zrc,
    "informatieobjecttype": ComponentTypes.drc,
    "besluittype": ComponentTypes.brc,
}
LOCK_CLIENT_IDS = 7_301_001  # advisory lock key: ac-001 check-then-write is serialised


class UniqueClientIds:
    """ac-001: a client id identifies one Applicatie only."""

    requires_context = True

    def __call__(self, client_ids, serializer_field):
        duplicates = sorted({client_id for client_id in client_ids if client_ids.count(client_id) > 1})
        if duplicates:
            raise serializers.ValidationError(
                f"Client id(s) {', '.join(duplicates)} komen meerdere keren voor.", code="clientId-exists"
            )
        with connection.cursor() as cursor:  # held until the request's transaction ends
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_CLIENT_IDS])
        instance = serializer_field.parent.instance
        taken = Applicatie.objects.filter(client_ids__overlap=client_ids)
        if instance is not None:
            taken = taken.exclude(pk=instance.pk)
        used = sorted(
            {client_id for ids in taken.values_list("client_ids", flat=True) for client_id in ids} & set(client_ids)
        )
        if used:
            raise serializers.ValidationError(
                f"Client id(s) {', '.join(used)} horen al bij een andere applicatie.", code="clientId-exists"
            )


class AutorisatiesSpecification:
    """ac-002: either `heeftAlleAutorisaties`, or a list of autorisaties; not both, not neither."""

    requires_context = True

    def __call__(self, attrs, serializer):
        instance = serializer.instance
        if "autorisaties" in attrs:
            autorisaties = attrs["autorisaties"]
        else:
            autorisaties = list(instance.autorisaties.all()) if instance else []
        alle = attrs.get("heeft_alle_autorisaties", instance.heeft_alle_autorisaties if instance else False)
        if alle and autorisaties:
            raise serializers.ValidationError(
                "Geef óf `heeftAlleAutorisaties`, óf een lijst van autorisaties, niet allebei.",
                code="ambiguous-authorizations-specified",
            )
        if not alle and not autorisaties:
            raise serializers.ValidationError(
                "Geef `heeftAlleAutorisaties` of een lijst van autorisaties.", code="missing-authorizations"
            )


class AutorisatieFields:
    """ac-003 and the shape of one autorisatie: the type and maximum
    vertrouwelijkheidaanduiding it needs, no fields of other components.

    Scopes are free labels (1–100 characters, as the contract has them): other providers
    in a landscape, and data carried over from other servers, use labels this
    installation does not know; they are kept and grant nothing here."""

    def __call__(self, attrs):
        component = attrs["component"]
        errors = {}
        prefix, required = REQUIRED_FIELDS.get(component, ("", ()))
        if any(scope.startswith(prefix) for scope in attrs["scopes"]) and prefix:
            for name in required:
                if not attrs.get(_attr(name)):
                    errors[name] = serializers.ErrorDetail(
                        f"Dit veld is vereist voor een {component}-autorisatie met {prefix}*-scopes.", code="required"
                    )
        for name, owner in TYPE_FIELDS.items():
            if attrs.get(name) and component != owner:
                errors[name] = serializers.ErrorDetail(
                    f"Alleen een {owner}-autorisatie heeft een {name}.", code="must-be-empty"
                )
        if attrs.get("max_vertrouwelijkheidaanduiding") and component not in (ComponentTypes.zrc, ComponentTypes.drc):
            errors["maxVertrouwelijkheidaanduiding"] = serializers.ErrorDetail(
                "Alleen zrc- en drc-autorisaties hebben een maximale vertrouwelijkheidaanduiding.", code="must-be-empty"
            )
        if errors:
            raise serializers.ValidationError({name: [error] for name, error in errors.items()})


def _attr(field_name: str) -> str:
    return "max_vertrouwelijkheidaanduiding" if field_name == "maxVertrouwelijkheidaanduiding" else field_name


class NotOwnApplicatie:
    """A client may not delete the Applicatie it authenticates with: its JWT would stop
    working at once, and with it any way to create the Applicatie again through the API.
    An operator can (the admin, or `create_applicatie` afterwards)."""

    code = "own-applicatie"

    def __call__(self, applicatie, request):
        client_id = request.auth.claims.client_id if request.auth else None
        if client_id and client_id in applicatie.client_ids:
            raise serializers.ValidationError(
                {
                    "nonFieldErrors": [
                        serializers.ErrorDetail(
                            "Een client kan de applicatie waarmee hij zich aanmeldt niet verwijderen; laat een "
                            "andere client of een beheerder dat doen.",
                            code=self.code,
                        )
                    ]
                }
            )
