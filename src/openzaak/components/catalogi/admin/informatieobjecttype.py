"""Informatieobjecttypen for catalogue managers, with the zaaktypen that use them."""

from django.contrib import admin

from ..models import InformatieObjectType, ZaakTypeInformatieObjectType
from .base import GeldigheidFilter, LinkInline, PublishableAdmin
from .forms import GeldigheidForm


class GebruikInZaaktypenInline(LinkInline):
    """Where this informatieobjecttype is used: the zaaktype-informatieobjecttypen."""

    model = ZaakTypeInformatieObjectType
    fk_name = "informatieobjecttype"
    fields = ("zaaktype", "volgnummer", "richting")
    ordering = ("zaaktype__identificatie", "volgnummer")
    verbose_name_plural = "gebruik in zaaktypen"


@admin.register(InformatieObjectType)
class InformatieObjectTypeAdmin(PublishableAdmin):
    form = GeldigheidForm
    list_display = (
        "omschrijving",
        "informatieobjectcategorie",
        "vertrouwelijkheidaanduiding",
        "begin_geldigheid",
        "einde_geldigheid",
        "gepubliceerd",
        "catalogus",
    )
    list_filter = ("catalogus", "concept", GeldigheidFilter, "vertrouwelijkheidaanduiding")
    search_fields = ("omschrijving", "informatieobjectcategorie", "uuid")
    ordering = ("catalogus", "omschrijving", "-begin_geldigheid")
    autocomplete_fields = ("catalogus",)
    readonly_fields = ("uuid",)
    inlines = [GebruikInZaaktypenInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "uuid",
                    "catalogus",
                    "omschrijving",
                    "vertrouwelijkheidaanduiding",
                    "informatieobjectcategorie",
                    "trefwoord",
                )
            },
        ),
        (
            "Omschrijving generiek",
            {
                "classes": ("collapse",),
                "fields": (
                    "omschrijving_generiek_informatieobjecttype",
                    "omschrijving_generiek_definitie",
                    "omschrijving_generiek_herkomst",
                    "omschrijving_generiek_hierarchie",
                    "omschrijving_generiek_opmerking",
                ),
            },
        ),
        ("Geldigheid", {"fields": ("begin_geldigheid", "einde_geldigheid", "begin_object", "einde_object")}),
    )
