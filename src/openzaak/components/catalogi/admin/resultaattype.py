"""Resultaattypen for catalogue managers: the selectielijst and archiving settings."""

from django.contrib import admin

from ..models import ResultaatType
from .base import ZaakTypeDeelAdmin
from .forms import ResultaatTypeForm


@admin.register(ResultaatType)
class ResultaatTypeAdmin(ZaakTypeDeelAdmin):
    form = ResultaatTypeForm
    readonly_fields = (*ZaakTypeDeelAdmin.readonly_fields, "omschrijving_generiek")
    list_display = ("omschrijving", "omschrijving_generiek", "archiefnominatie", "archiefactietermijn", "zaaktype_link")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "archiefnominatie", "brondatum_archiefprocedure_afleidingswijze")
    search_fields = ("omschrijving", "omschrijving_generiek", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "omschrijving")
    autocomplete_fields = ("zaaktype", "zaakobjecttype", "besluittypen", "informatieobjecttypen")
    fieldsets = (
        (None, {"fields": ("uuid", "zaaktype", "omschrijving", "toelichting", "indicatie_specifiek")}),
        (
            "Selectielijst",
            {"fields": ("resultaattypeomschrijving", "omschrijving_generiek", "selectielijstklasse", "procestermijn")},
        ),
        ("Archivering", {"fields": ("archiefnominatie", "archiefactietermijn", "procesobjectaard")}),
        (
            "Brondatum archiefprocedure",
            {
                "fields": (
                    "brondatum_archiefprocedure_afleidingswijze",
                    "brondatum_archiefprocedure_datumkenmerk",
                    "brondatum_archiefprocedure_einddatum_bekend",
                    "brondatum_archiefprocedure_objecttype",
                    "brondatum_archiefprocedure_registratie",
                    "brondatum_archiefprocedure_procestermijn",
                )
            },
        ),
        ("Relaties", {"fields": ("zaakobjecttype", "besluittypen", "informatieobjecttypen")}),
        ("Geldigheid", {"fields": ("begin_geldigheid", "einde_geldigheid", "begin_object", "einde_object")}),
    )
