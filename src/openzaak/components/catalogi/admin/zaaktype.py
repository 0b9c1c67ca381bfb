"""Zaaktypen for catalogue managers: each version with its sub-types inline, the
publish action, and "nieuwe versie" of a published version (`versioning`)."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils.html import format_html

from openzaak.zgw.context import WriteContext

from ..models import (
    Eigenschap,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
    ZaakTypenRelatie,
)
from ..versioning import zaaktype_new_version
from .base import GeldigheidFilter, LimitedInline, PublishableAdmin, change_url, error_messages, overzicht
from .forms import EigenschapForm, ResultaatTypeForm, ZaakTypeForm
from .import_export import export_zaaktypen_action


class StatusTypeInline(LimitedInline):
    model = StatusType
    fields = ("volgnummer", "omschrijving", "omschrijving_generiek", "statustekst", "informeren", "doorlooptijd")
    ordering = ("volgnummer",)


class RolTypeInline(LimitedInline):
    model = RolType
    fields = ("omschrijving", "omschrijving_generiek")
    ordering = ("omschrijving",)


class ResultaatTypeInline(LimitedInline):
    model = ResultaatType
    form = ResultaatTypeForm
    fields = (
        "omschrijving",
        "resultaattypeomschrijving",
        "selectielijstklasse",
        "archiefnominatie",
        "archiefactietermijn",
    )
    ordering = ("omschrijving",)


class EigenschapInline(LimitedInline):
    model = Eigenschap
    form = EigenschapForm
    fields = ("naam", "definitie", "specificatie_formaat", "specificatie_lengte", "specificatie_kardinaliteit")
    ordering = ("naam",)


class ZaakObjectTypeInline(LimitedInline):
    model = ZaakObjectType
    fields = ("relatie_omschrijving", "objecttype", "ander_objecttype")
    ordering = ("relatie_omschrijving",)


class ZaakTypeInformatieObjectTypeInline(LimitedInline):
    model = ZaakTypeInformatieObjectType
    fields = ("volgnummer", "informatieobjecttype", "richting", "statustype")
    autocomplete_fields = ("informatieobjecttype", "statustype")
    ordering = ("volgnummer",)


class ZaakTypenRelatieInline(LimitedInline):
    model = ZaakTypenRelatie
    fk_name = "zaaktype"
    fields = ("gerelateerd_zaaktype", "aard_relatie", "toelichting")
    autocomplete_fields = ("gerelateerd_zaaktype",)
    verbose_name_plural = "gerelateerde zaaktypen"


SUBTYPES = [
    ("Statustypen", StatusType, "zaaktype"),
    ("Roltypen", RolType, "zaaktype"),
    ("Resultaattypen", ResultaatType, "zaaktype"),
    ("Eigenschappen", Eigenschap, "zaaktype"),
    ("Zaakobjecttypen", ZaakObjectType, "zaaktype"),
    ("Zaaktype-informatieobjecttypen", ZaakTypeInformatieObjectType, "zaaktype"),
]


@admin.register(ZaakType)
class ZaakTypeAdmin(PublishableAdmin):
    form = ZaakTypeForm
    list_display = (
        "identificatie",
        "omschrijving",
        "versiedatum",
        "begin_geldigheid",
        "einde_geldigheid",
        "gepubliceerd",
        "catalogus",
    )
    list_display_links = ("identificatie", "omschrijving")
    list_filter = (
        "catalogus",
        "concept",
        GeldigheidFilter,
        "vertrouwelijkheidaanduiding",
        "indicatie_intern_of_extern",
    )
    search_fields = ("identificatie", "omschrijving", "onderwerp", "uuid")
    ordering = ("catalogus", "identificatie", "-begin_geldigheid")
    autocomplete_fields = ("catalogus", "besluittypen", "deelzaaktypen")
    readonly_fields = ("uuid", "overzicht")
    actions = ["publiceren", "nieuwe_versie", "exporteren"]
    object_actions = {"publiceren": "Publiceren", "nieuwe_versie": "Nieuwe versie", "exporteren": "Exporteren (ZIP)"}
    inlines = [
        StatusTypeInline,
        RolTypeInline,
        ResultaatTypeInline,
        EigenschapInline,
        ZaakObjectTypeInline,
        ZaakTypeInformatieObjectTypeInline,
        ZaakTypenRelatieInline,
    ]
    fieldsets = (
        (
            None,
            {"fields": ("uuid", "catalogus", "identificatie", "omschrijving", "omschrijving_generiek", "overzicht")},
        ),
        (
            "Zaak",
            {
                "fields": (
                    "vertrouwelijkheidaanduiding",
                    "doel",
                    "aanleiding",
                    "toelichting",
                    "indicatie_intern_of_extern",
                    "handeling_initiator",
                    "onderwerp",
                    "handeling_behandelaar",
                    "verantwoordelijke",
                    "trefwoorden",
                    "verantwoordingsrelatie",
                    "producten_of_diensten",
                )
            },
        ),
        (
            "Termijnen",
            {
                "fields": (
                    "doorlooptijd",
                    "servicenorm",
                    "opschorting_en_aanhouding_mogelijk",
                    "verlenging_mogelijk",
                    "verlengingstermijn",
                )
            },
        ),
        ("Publicatie", {"fields": ("publicatie_indicatie", "publicatietekst")}),
        (
            "Proces en archivering",
            {"fields": ("selectielijst_procestype", "referentieproces_naam", "referentieproces_link")},
        ),
        ("Relaties", {"fields": ("besluittypen", "deelzaaktypen")}),
        (
            "Bron",
            {
                "classes": ("collapse",),
                "fields": (
                    "broncatalogus_url",
                    "broncatalogus_domein",
                    "broncatalogus_rsin",
                    "bronzaaktype_url",
                    "bronzaaktype_identificatie",
                    "bronzaaktype_omschrijving",
                ),
            },
        ),
        (
            "Geldigheid",
            {"fields": ("versiedatum", "begin_geldigheid", "einde_geldigheid", "begin_object", "einde_object")},
        ),
    )

    def object_action_allowed(self, name: str, obj) -> bool:
        if name == "nieuwe_versie":
            return not obj.concept
        return super().object_action_allowed(name, obj)

    @admin.display(description="subtypen (alle)")
    def overzicht(self, obj):
        return overzicht(obj, SUBTYPES)

    @admin.action(description="Maak een nieuwe (concept)versie van de geselecteerde zaaktypen", permissions=["add"])
    def nieuwe_versie(self, request, queryset):
        created = []
        for zaaktype in queryset.select_related("catalogus").order_by("pk"):
            try:
                with transaction.atomic():
                    new = zaaktype_new_version(context=WriteContext.for_admin(request), zaaktype=zaaktype)
            except ValidationError as exc:
                self.message_user(
                    request,
                    f"Van {zaaktype} is geen nieuwe versie gemaakt: {' '.join(error_messages(exc))}",
                    messages.ERROR,
                )
            else:
                created.append(new)
                self.message_user(
                    request,
                    format_html(
                        'Nieuwe conceptversie <a href="{}">{}</a> gemaakt, geldig vanaf {}.',
                        change_url(new),
                        new,
                        new.begin_geldigheid,
                    ),
                    messages.SUCCESS,
                )
        if len(created) == 1:
            return HttpResponseRedirect(change_url(created[0]))
        return None

    exporteren = export_zaaktypen_action
