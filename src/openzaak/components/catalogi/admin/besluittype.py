"""Besluittypen for catalogue managers, with the zaaktypen that refer to them."""

from django.contrib import admin

from ..models import BesluitType, ZaakType
from .base import GeldigheidFilter, LinkInline, PublishableAdmin
from .forms import GeldigheidForm


class ZaakTypenInline(LinkInline):
    """The zaaktypen whose besluittypen include this one."""

    model = ZaakType.besluittypen.through
    fields = ("zaaktype",)
    verbose_name = "zaaktype"
    verbose_name_plural = "zaaktypen met dit besluittype"


@admin.register(BesluitType)
class BesluitTypeAdmin(PublishableAdmin):
    form = GeldigheidForm
    list_display = (
        "omschrijving",
        "besluitcategorie",
        "begin_geldigheid",
        "einde_geldigheid",
        "gepubliceerd",
        "catalogus",
    )
    list_filter = ("catalogus", "concept", GeldigheidFilter, "publicatie_indicatie")
    search_fields = ("omschrijving", "omschrijving_generiek", "besluitcategorie", "uuid")
    ordering = ("catalogus", "omschrijving", "-begin_geldigheid")
    autocomplete_fields = ("catalogus", "informatieobjecttypen")
    readonly_fields = ("uuid",)
    inlines = [ZaakTypenInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "uuid",
                    "catalogus",
                    "omschrijving",
                    "omschrijving_generiek",
                    "besluitcategorie",
                    "toelichting",
                )
            },
        ),
        ("Termijnen", {"fields": ("reactietermijn", "publicatie_indicatie", "publicatietekst", "publicatietermijn")}),
        ("Relaties", {"fields": ("informatieobjecttypen",)}),
        ("Geldigheid", {"fields": ("begin_geldigheid", "einde_geldigheid", "begin_object", "einde_object")}),
    )
