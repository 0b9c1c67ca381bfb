"""The Zaken API's input rules (Zaken API 1.7.0, `specification.md` in gemma-zaken), one
small class or function each, raising the code clients rely on: the code the standard
names, else the one Open Zaak gives. The rule number is in each docstring.

A rule reads model field names (`attrs` as a serializer's `validated_data` has them, the
instance for what a partial write leaves unchanged), so the API's serializers and the
admin's forms apply the same rules. The functions at the end need the zaak locked or the
writer and are called by the services.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from rest_framework import exceptions, serializers

from openzaak.components.catalogi.models import StatusType
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.zgw import remote
from openzaak.zgw.authorisation import scope_context
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.constants import Archiefstatus, ZaakobjectType
from openzaak.zgw.scopes import SCOPE_ZAKEN_HEROPENEN

from .models import Resultaat, Zaak

NON_FIELD = "nonFieldErrors"

# --- (zaken-core's helpers, verbatim until their branch is merged) -----------------------

# A little clock skew between a client and us is not "the future".
CLOCK_LEEWAY = datetime.timedelta(seconds=60)


def error(name: str, message: str, code: str) -> serializers.ValidationError:
    """A 400 naming `name` (the contract's name of the field) with `code`."""
    return serializers.ValidationError({name: serializers.ErrorDetail(message, code=code)})


def value_of(attrs: dict, instance, name: str, default=None):
    """The value a write leaves: the new one when given, else the instance's."""
    if name in attrs:
        return attrs[name]
    return getattr(instance, name, default) if instance is not None else default


class Rule:
    """A rule on the whole object. DRF calls it with the serializer (for the instance a
    write changes); anything else calls `check(attrs, instance)`."""

    requires_context = True

    def __call__(self, attrs: dict, serializer) -> None:
        self.check(attrs, serializer.instance)

    def check(self, attrs: dict, instance) -> None:  # pragma: no cover - every rule defines it
        raise NotImplementedError


class Unchanged(Rule):
    """A field that may not change once the zaak exists (`zaaktype`, `identificatie`):
    `wijzigen-niet-toegelaten`."""

    def __init__(self, field: str, name: str):
        self.field, self.name = field, name

    def check(self, attrs, instance):
        if instance is None or self.field not in attrs:
            return
        if attrs[self.field] != getattr(instance, self.field):
            raise error(self.name, "Dit gegeven mag niet gewijzigd worden.", "wijzigen-niet-toegelaten")


def not_in_future(value: datetime.datetime | datetime.date | None) -> None:
    """A date (time) that has happened (`date-in-future` otherwise)."""
    if value is None:
        return
    now = timezone.now() + CLOCK_LEEWAY
    if isinstance(value, datetime.datetime):
        future = value > now
    else:
        future = value > timezone.localdate(now)
    if future:
        raise serializers.ValidationError("Deze datum mag niet in de toekomst liggen.", code="date-in-future")


class RemoteResource:
    """A field validator: the URL must answer (eventually) 200 with JSON that has the
    shape of the resource (its `keys`); a fetch that fails is `bad-url` (or
    `remote-unavailable`), another shape `invalid-resource` (zrc-010, zrc-011). Nothing
    is fetched when `ZAKEN_CHECK_REMOTE_URLS` is off, or for an empty value."""

    def __init__(self, resource: str, keys: tuple[str, ...]):
        self.resource = resource
        self.keys = keys

    def __call__(self, url: str) -> None:
        if not url or not settings.ZAKEN_CHECK_REMOTE_URLS:
            return
        data = remote.fetch_json(url)
        if not isinstance(data, dict) or not all(key in data for key in self.keys):
            raise serializers.ValidationError(
                f"De URL verwijst niet naar een {self.resource}.", code=remote.INVALID_RESOURCE
            )


# URLs outside this installation that a zaak's sub-resources name (zrc-003's "validated
# on existence", as for the zaak's own): a betrokkene (in a BRP, Klantinteractie, HR, …)
# and an object (in a BAG, the Objecten API, …) are any JSON object; a contactmoment and
# a verzoek (Klantinteractie API) carry their `url`.
betrokkene = RemoteResource("betrokkene", ())
zaakobject_object = RemoteResource("object", ())
contactmoment = RemoteResource("contactmoment", ("url",))
verzoek = RemoteResource("verzoek", ("url",))


# --- the sub-resources of a zaak ----------------------------------------------------------


class ZaakTypeMatch(Rule):
    """The type a sub-resource names belongs to its zaak's zaaktype: a status's
    statustype (zrc-016), a rol's roltype (zrc-019), a resultaat's resultaattype
    (zrc-020), a zaakobject's zaakobjecttype (`zaaktype-mismatch`)."""

    def __init__(self, field: str, name: str):
        self.field, self.name = field, name

    def check(self, attrs, instance):
        type_ = value_of(attrs, instance, self.field)
        zaak = value_of(attrs, instance, "zaak")
        if type_ is not None and zaak is not None and type_.zaaktype_id != zaak.zaaktype_id:
            raise error(self.name, "De referentie hoort niet bij het zaaktype van de zaak.", "zaaktype-mismatch")


class InformatieObjectTypeOfZaakType(Rule):
    """zrc-017: the informatieobjecttype of a zaakinformatieobject's document is one of
    the zaak's zaaktype (its zaaktype-informatieobjecttypen):
    `missing-zaaktype-informatieobjecttype-relation`."""

    def check(self, attrs, instance):
        document = value_of(attrs, instance, "informatieobject")
        zaak = value_of(attrs, instance, "zaak")
        if document is None or zaak is None:
            return
        if not zaak.zaaktype.zaaktypeinformatieobjecttypen.filter(
            informatieobjecttype_id=document.informatieobjecttype_id
        ).exists():
            raise error(
                NON_FIELD,
                "Het informatieobjecttype hoort niet bij het zaaktype van de zaak.",
                "missing-zaaktype-informatieobjecttype-relation",
            )


class OfTheSameZaak(Rule):
    """A reference to another sub-resource (a status's `gezetdoor` rol, a
    zaakinformatieobject's `status`) names one of the same zaak (`zaak-mismatch`)."""

    def __init__(self, field: str, name: str):
        self.field, self.name = field, name

    def check(self, attrs, instance):
        related = value_of(attrs, instance, self.field)
        zaak = value_of(attrs, instance, "zaak")
        if related is not None and zaak is not None and related.zaak_id != zaak.pk:
            raise error(self.name, f"De `{self.name}` hoort niet bij de zaak.", "zaak-mismatch")


class BetrokkeneGiven(Rule):
    """A rol names its betrokkene: by URL (`betrokkene`) or by `betrokkeneIdentificatie`
    (`invalid-betrokkene`)."""

    def check(self, attrs, instance):
        if not attrs.get("betrokkene") and not attrs.get("betrokkene_identificatie"):
            raise error(
                NON_FIELD, "`betrokkene` of `betrokkeneIdentificatie` moet opgegeven worden.", "invalid-betrokkene"
            )


class OneRolOf(Rule):
    """A zaak has at most one initiator and one zaakcoördinator (the roltype's
    omschrijvingGeneriek), as the reference implementations hold (`max-occurences`)."""

    def __init__(self, *omschrijvingen: str):
        self.omschrijvingen = omschrijvingen

    def check(self, attrs, instance):
        roltype, zaak = attrs.get("roltype"), attrs.get("zaak")
        if roltype is None or zaak is None or roltype.omschrijving_generiek not in self.omschrijvingen:
            return
        if zaak.rollen.filter(omschrijving_generiek=roltype.omschrijving_generiek).exists():
            raise error(
                "roltype",
                f"De zaak heeft al een rol `{roltype.omschrijving_generiek}`; er mag er één zijn.",
                "max-occurences",
            )


class ZaakObjectGiven(Rule):
    """A zaakobject names its object: by URL (`object`) or by `objectIdentificatie`
    (`invalid-zaakobject`)."""

    def check(self, attrs, instance):
        if not value_of(attrs, instance, "object") and not value_of(attrs, instance, "object_identificatie"):
            raise error(NON_FIELD, "`object` of `objectIdentificatie` moet opgegeven worden.", "invalid-zaakobject")


class ObjectTypeOverige(Rule):
    """`objectTypeOverige` or `objectTypeOverigeDefinitie` goes with objectType `overige`
    (`missing-object-type-overige`), and only with it (`invalid-object-type-overige-usage`);
    a definitie describes an `object` URL (`required`)."""

    def check(self, attrs, instance):
        object_type = value_of(attrs, instance, "object_type")
        overige = value_of(attrs, instance, "object_type_overige")
        definitie = value_of(attrs, instance, "object_type_overige_definitie_url")
        if object_type == ZaakobjectType.overige and not (overige or definitie):
            raise error(
                NON_FIELD,
                'Als `objectType` de waarde "overige" heeft, moet `objectTypeOverige` of '
                "`objectTypeOverigeDefinitie` een waarde hebben.",
                "missing-object-type-overige",
            )
        if object_type != ZaakobjectType.overige and (overige or definitie):
            raise error(
                NON_FIELD,
                'Als `objectType` niet de waarde "overige" heeft, hebben `objectTypeOverige` en '
                "`objectTypeOverigeDefinitie` geen waarde.",
                "invalid-object-type-overige-usage",
            )
        if definitie and not value_of(attrs, instance, "object"):
            raise error("object", "Bij `objectTypeOverigeDefinitie` hoort een `object` URL.", "required")


# --- a zaak's life cycle (called by the services, with the zaak locked) ----------------------


def is_eindstatus(statustype: StatusType) -> bool:
    """zrc-007: the eindstatus of a zaaktype is its statustype with the highest volgnummer."""
    return not StatusType.objects.filter(
        zaaktype_id=statustype.zaaktype_id, volgnummer__gt=statustype.volgnummer
    ).exists()


def zaak_not_archived(zaak: Zaak) -> None:
    """An archived zaak (archiefstatus other than `nog_te_archiveren`) is not changed any
    more, nor are its statussen, rollen, resultaat, objecten, documents, …
    (`zaak-archiefstatus-invalid`)."""
    if zaak.archiefstatus != Archiefstatus.nog_te_archiveren:
        raise error(
            NON_FIELD,
            "De zaak is gearchiveerd (archiefstatus is niet `nog_te_archiveren`) en wordt niet meer gewijzigd.",
            "zaak-archiefstatus-invalid",
        )


def may_reopen(client, zaak: Zaak) -> None:
    """zrc-008: a status for a closed zaak (it reopens the zaak, or corrects its
    eindstatus) needs `zaken.heropenen` for the zaak's zaaktype and vertrouwelijkheid (403)."""
    if zaak.is_closed and (client is None or not client.has_scope(ZAKEN, SCOPE_ZAKEN_HEROPENEN, **scope_context(zaak))):
        raise exceptions.PermissionDenied(
            f"De zaak is afgesloten: een status zetten (heropenen) vereist de scope `{SCOPE_ZAKEN_HEROPENEN}`."
        )


def may_close(zaak: Zaak) -> None:
    """zrc-007: closing a zaak needs its resultaat (`resultaat-does-not-exist`), its
    documents unlocked (`informatieobject-locked`) and with indicatieGebruiksrecht set
    (`indicatiegebruiksrecht-unset`), and its deelzaken closed (`deelzaken-not-closed`)."""
    if not Resultaat.objects.filter(zaak=zaak).exists():
        raise error(
            NON_FIELD,
            "De zaak heeft geen resultaat: zet eerst een resultaat, dan de eindstatus.",
            "resultaat-does-not-exist",
        )
    documents = EnkelvoudigInformatieObject.objects.filter(zaakinformatieobjecten__zaak=zaak)
    if documents.exclude(lock="").exists():
        raise error(
            NON_FIELD,
            "Er zijn gerelateerde informatieobjecten die nog gelockt zijn; unlock ze voor je de zaak afsluit.",
            "informatieobject-locked",
        )
    if documents.filter(indicatie_gebruiksrecht__isnull=True).exists():
        raise error(
            NON_FIELD,
            "Er zijn gerelateerde informatieobjecten waarvoor `indicatieGebruiksrecht` nog niet gezet is; zet die "
            "voor je de zaak afsluit.",
            "indicatiegebruiksrecht-unset",
        )
    if zaak.deelzaken.filter(einddatum__isnull=True).exists():
        raise error(
            NON_FIELD, "Er zijn deelzaken die nog niet afgesloten zijn; sluit die eerst af.", "deelzaken-not-closed"
        )


def may_reopen_deelzaak(zaak: Zaak) -> None:
    """A deelzaak is reopened only while its hoofdzaak is open (`hoofdzaak-closed`)."""
    if zaak.hoofdzaak_id is not None and Zaak.objects.filter(pk=zaak.hoofdzaak_id, einddatum__isnull=False).exists():
        raise error(
            NON_FIELD,
            "Een deelzaak kan alleen heropend worden als de hoofdzaak niet afgesloten is.",
            "hoofdzaak-closed",
        )
