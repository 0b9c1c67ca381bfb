"""The Documenten API's rules (Documenten API 1.7.1, "Specificatie van gedrag"), one small
class or function each, raising the code clients rely on: the standard's where it names
one, else Open Zaak's. They read model field names, so the admin's forms apply them too;
state changes (versions, locks, joining parts) live in `services.py`."""

from __future__ import annotations

from rest_framework import serializers

from .constants import Status

INVALID_FOR_RECEIVED = (Status.in_bewerking, Status.ter_vaststelling)


def error(message: str, code: str, field: str = "nonFieldErrors") -> serializers.ValidationError:
    return serializers.ValidationError({field: [serializers.ErrorDetail(message, code=code)]})


def _value(attrs, serializer, name):
    """The value a write leaves: the new one when given, else the instance's."""
    if name in attrs:
        return attrs[name]
    instance = getattr(serializer, "instance", None)
    return getattr(instance, name, None) if instance is not None else None


class InformatieObjectTypePublished:
    """drc-001: the informatieobjecttype must be published (`concept` false)."""

    code = "not-published"

    def __call__(self, informatieobjecttype):
        if informatieobjecttype is not None and informatieobjecttype.concept:
            raise serializers.ValidationError(
                serializers.ErrorDetail("Het informatieobjecttype is niet gepubliceerd.", code=self.code)
            )


class StatusNotForReceived:
    """drc-005: with an `ontvangstdatum`, `status` is neither `in_bewerking` nor
    `ter_vaststelling` (400 on `status`)."""

    requires_context = True
    code = "invalid_for_received"

    def __call__(self, attrs, serializer):
        status = _value(attrs, serializer, "status")
        if _value(attrs, serializer, "ontvangstdatum") and status in INVALID_FOR_RECEIVED:
            raise error(
                "De statuswaarden `in_bewerking` en `ter_vaststelling` zijn niet van toepassing op ontvangen "
                "documenten.",
                self.code,
                "status",
            )


class IndicatieGebruiksrecht:
    """drc-006: `indicatieGebruiksrecht` is true exactly while gebruiksrechten exist; a
    client sets it to true by creating gebruiksrechten, and cannot unset it while they
    exist."""

    requires_context = True

    def __call__(self, attrs, serializer):
        if "indicatie_gebruiksrecht" not in attrs:
            return
        indicatie = attrs["indicatie_gebruiksrecht"]
        instance = serializer.instance
        has_rights = instance is not None and instance.gebruiksrechten.exists()
        if has_rights and not indicatie:
            raise error(
                "De indicatie kan niet weggehaald worden zolang er gebruiksrechten zijn.",
                "existing-gebruiksrechten",
                "indicatieGebruiksrecht",
            )
        if indicatie and not has_rights:
            raise error(
                "De indicatie wordt `true` door gebruiksrechten aan te maken, niet direct op deze resource.",
                "missing-gebruiksrechten",
                "indicatieGebruiksrecht",
            )


def check_inhoud_size(*, inhoud_size: int | None, bestandsomvang: int | None) -> None:
    """Content sent inline must be as large as the `bestandsomvang` given with it."""
    if inhoud_size is not None and bestandsomvang is not None and inhoud_size != bestandsomvang:
        raise error(
            f"De grootte van de inhoud ({inhoud_size} bytes) wijkt af van `bestandsomvang` ({bestandsomvang}).",
            "file-size",
            "bestandsomvang",
        )


def check_lock(document, lock: str | None) -> None:
    """drc-009/drc-010: updating a document needs it locked, and its lock."""
    if not document.lock:
        raise error("Een document dat niet gelockt is kan niet gewijzigd worden.", "unlocked")
    if not lock:
        raise error("Het `lock` van het document is verplicht.", "missing-lock-id", "lock")
    if lock != document.lock:
        raise error("Het `lock` is niet correct.", "incorrect-lock-id", "lock")


def check_unlock(document, lock: str | None, *, forced: bool) -> None:
    """drc-009: unlocking takes the lock, unless a client with
    `documenten.geforceerd-unlock` forces it (and then leaves the lock out)."""
    if forced and not lock:
        return
    if not document.lock or lock != document.lock:
        raise error("Het `lock` is niet correct.", "incorrect-lock-id", "lock")


def check_parts_complete(parts) -> None:
    """Unlocking an upload in parts: every part uploaded, or none (the upload is then
    abandoned)."""
    done = [part.voltooid for part in parts]
    if any(done) and not all(done):
        missing = ", ".join(str(part.volgnummer) for part in parts if not part.voltooid)
        raise error(f"Niet alle bestandsdelen zijn geüpload (ontbrekend: {missing}).", "incomplete-upload")


def check_part(part, *, lock: str, size: int) -> None:
    """A bestandsdeel arrives under its document's lock, exactly `omvang` bytes large."""
    if not part.informatieobject.lock or lock != part.informatieobject.lock:
        raise error("Het `lock` is niet correct.", "incorrect-lock-id", "lock")
    if size != part.omvang:
        raise error(
            f"Het bestandsdeel heeft een afwijkende grootte: verwacht {part.omvang} bytes, ontvangen {size}.",
            "file-size",
            "inhoud",
        )


def check_destroy(document) -> None:
    """drc-008: a document related to a zaak, besluit or verzoek cannot be deleted;
    1.3.0: nor a locked one."""
    if document.objectinformatieobjecten.exists():
        raise error(
            "Alle relaties van het document moeten verwijderd zijn voordat het document verwijderd wordt.",
            "pending-relations",
        )
    if document.lock:
        raise error("Een gelockt document kan niet verwijderd worden.", "destroy-locked")


class UniekeIdentificatie:
    """identificatie is unique per bronorganisatie (vng-api-common's code)."""

    requires_context = True
    code = "identificatie-niet-uniek"

    def __call__(self, attrs, serializer):
        from .models import EnkelvoudigInformatieObject

        identificatie = attrs.get("identificatie")
        if not identificatie:
            return
        bronorganisatie = _value(attrs, serializer, "bronorganisatie")
        others = EnkelvoudigInformatieObject.objects.filter(
            identificatie=identificatie, bronorganisatie=bronorganisatie
        )
        if serializer.instance is not None:
            others = others.exclude(pk=serializer.instance.pk)
        if others.exists():
            raise error("Deze identificatie bestaat al voor deze bronorganisatie.", self.code, "identificatie")


class Immutable:
    """A field that cannot change after creation (`wijzigen-niet-toegelaten`)."""

    requires_context = True

    def __call__(self, value, field):
        instance = getattr(field.parent, "instance", None)
        if instance is not None and getattr(instance, field.source) != value:
            raise serializers.ValidationError(
                serializers.ErrorDetail("Dit veld mag niet gewijzigd worden.", code="wijzigen-niet-toegelaten")
            )


ADRES_VELDEN = (
    "binnenlands_correspondentieadres_huisnummer",
    "buitenlands_correspondentieadres_adres_buitenland1",
    "correspondentie_postadres_post_bus_of_antwoordnummer",
    "faxnummer",
    "emailadres",
    "mijn_overheid",
    "telefoonnummer",
)


class VerzendingEenAdres:
    """A verzending goes to (or comes from) exactly one address: one of the three
    address groups, a fax number, an e-mail address, MijnOverheid or a telephone number
    (the reference implementation's rule, gemma-zaken#2297): `invalid-address`."""

    requires_context = True
    code = "invalid-address"

    def __call__(self, attrs, serializer):
        filled = [name for name in ADRES_VELDEN if _value(attrs, serializer, name) not in (None, "", False)]
        if len(filled) != 1:
            raise error("Een verzending heeft precies één adres.", self.code)
