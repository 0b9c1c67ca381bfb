"""Catalogussen for catalogue managers: their types (the first of each, all through
`overzicht`), export of the whole catalogus and import of an export."""

from django.contrib import admin

from openzaak.zgw.admin import RecordedWritesAdmin

from ..models import BesluitType, Catalogus, InformatieObjectType, ZaakType
from .base import LinkInline, overzicht
from .import_export import CatalogusImportMixin, export_catalogus_action


class ZaakTypeLinkInline(LinkInline):
    model = ZaakType
    fields = ("identificatie", "omschrijving", "versiedatum", "einde_geldigheid", "concept")
    ordering = ("identificatie", "-begin_geldigheid")


class InformatieObjectTypeLinkInline(LinkInline):
    model = InformatieObjectType
    fields = ("omschrijving", "vertrouwelijkheidaanduiding", "begin_geldigheid", "einde_geldigheid", "concept")
    ordering = ("omschrijving", "-begin_geldigheid")


class BesluitTypeLinkInline(LinkInline):
    model = BesluitType
    fields = ("omschrijving", "besluitcategorie", "begin_geldigheid", "einde_geldigheid", "concept")
    ordering = ("omschrijving", "-begin_geldigheid")


TYPES = [
    ("Zaaktypen", ZaakType, "catalogus"),
    ("Informatieobjecttypen", InformatieObjectType, "catalogus"),
    ("Besluittypen", BesluitType, "catalogus"),
]


@admin.register(Catalogus)
class CatalogusAdmin(CatalogusImportMixin, RecordedWritesAdmin):
    list_display = ("__str__", "domein", "rsin", "contactpersoon_beheer_naam", "versie", "begindatum_versie")
    search_fields = ("naam", "domein", "rsin", "contactpersoon_beheer_naam", "uuid")
    list_filter = ("begindatum_versie",)
    ordering = ("naam", "domein")
    readonly_fields = ("uuid", "overzicht")
    actions = ["exporteren"]
    inlines = [ZaakTypeLinkInline, InformatieObjectTypeLinkInline, BesluitTypeLinkInline]
    fieldsets = (
        (None, {"fields": ("uuid", "naam", "domein", "rsin", "versie", "begindatum_versie", "overzicht")}),
        (
            "Contactpersoon beheer",
            {
                "fields": (
                    "contactpersoon_beheer_naam",
                    "contactpersoon_beheer_telefoonnummer",
                    "contactpersoon_beheer_emailadres",
                )
            },
        ),
    )

    @admin.display(description="typen (alle)")
    def overzicht(self, obj):
        return overzicht(obj, TYPES)

    exporteren = export_catalogus_action
