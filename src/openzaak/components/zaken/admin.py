"""The zaken in the Django admin, for civil servants.

* Find a zaak by identificatie or by the BSN of one of its rollen (the search box), by
  zaaktype, open/closed, current status, archiefstatus or dates (the filters). The list
  costs a fixed number of queries per page (the current status is part of its query).
* A zaak's page shows its statussen, rollen, documents, besluiten, zaakeigenschappen and
  audit trail as read-only panels of PANEL_SIZE rows each, paged through on the same
  page (`?rollen_pagina=3`): a zaak with thousands of related rows opens at once.
* Every add, change and delete goes through `services`, as the API's do: the same rules
  (`rules.py`, applied to the form), identificatie generation, notification and audit
  trail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django import forms
from django.contrib import admin, messages
from django.contrib.gis.db import models as gis_models
from django.db import models
from django.db.models import OuterRef, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from rest_framework import serializers

from openzaak.components.catalogi.models import StatusType
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail

from . import rules, services
from .models import Rol, Status, Zaak

PANEL_SIZE = 25

# API names of the rules' errors -> the form's fields
FORM_FIELDS = {
    "verantwoordelijkeOrganisatie": "verantwoordelijke_organisatie",
    "productenOfDiensten": "producten_of_diensten",
    "laatsteBetaaldatum": "laatste_betaaldatum",
}
FORM_RULES = rules.zaak_rules()


FIELDSETS = (
    (None, {"fields": ("uuid", "identificatie", "bronorganisatie", "zaaktype", "omschrijving", "toelichting")}),
    (
        "Behandeling",
        {
            "fields": (
                "verantwoordelijke_organisatie",
                "registratiedatum",
                "startdatum",
                "einddatum",
                "einddatum_gepland",
                "uiterlijke_einddatum_afdoening",
                "publicatiedatum",
                "communicatiekanaal",
                "producten_of_diensten",
                "vertrouwelijkheidaanduiding",
                "hoofdzaak",
                "deelzaken",
                "kenmerken",
                "zaakgeometrie",
            )
        },
    ),
    ("Betaling", {"fields": ("betalingsindicatie", "laatste_betaaldatum")}),
    (
        "Verlenging en opschorting",
        {"fields": ("verlenging_reden", "verlenging_duur", "opschorting_indicatie", "opschorting_reden")},
    ),
    (
        "Archivering",
        {
            "fields": (
                "selectielijstklasse",
                "archiefnominatie",
                "archiefstatus",
                "archiefactiedatum",
                "opdrachtgevende_organisatie",
                "processobjectaard",
                "startdatum_bewaartermijn",
                "processobject_datumkenmerk",
                "processobject_identificatie",
                "processobject_objecttype",
                "processobject_registratie",
            )
        },
    ),
)

READ_ONLY = ("uuid", "einddatum", "deelzaken")


class ZaakForm(forms.ModelForm):
    """The zaak's own fields, held to the API's rules."""

    class Meta:
        model = Zaak
        fields = tuple(name for _title, options in FIELDSETS for name in options["fields"] if name not in READ_ONLY)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["identificatie"].required = False
        self.fields["identificatie"].help_text = "Leeg: de identificatie wordt gegenereerd."
        self.fields["vertrouwelijkheidaanduiding"].required = False
        self.fields["vertrouwelijkheidaanduiding"].help_text = "Leeg: die van het zaaktype."

    def _post_clean(self):
        pass  # the model's own validation runs in the services' write, not on a half-built instance

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        instance = self.instance if self.instance.pk else None
        attrs = dict(cleaned)
        if instance is not None and not attrs.get("identificatie"):
            attrs.pop("identificatie", None)
        for rule in FORM_RULES:
            try:
                rule.check(attrs, instance)
            except serializers.ValidationError as exc:
                for name, messages_ in exc.detail.items():
                    target = FORM_FIELDS.get(name, name)
                    for message in messages_ if isinstance(messages_, list) else [messages_]:
                        self.add_error(target if target in self.fields else None, str(message))
        return cleaned


class ZaakTypeFilter(admin.RelatedFieldListFilter):
    def field_choices(self, field, request, model_admin):
        return [(zaaktype.pk, str(zaaktype)) for zaaktype in field.related_model.objects.order_by("omschrijving")]


class OpenFilter(admin.SimpleListFilter):
    title = "open/afgesloten"
    parameter_name = "afgesloten"

    def lookups(self, request, model_admin):
        return (("nee", "Open"), ("ja", "Afgesloten"))

    def queryset(self, request, queryset):
        if self.value() in ("ja", "nee"):
            return queryset.filter(einddatum__isnull=self.value() == "nee")
        return queryset


class HuidigeStatusFilter(admin.SimpleListFilter):
    """The zaken whose current status is of a statustype with this omschrijving."""

    title = "huidige status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        names = StatusType.objects.order_by("omschrijving").values_list("omschrijving", flat=True).distinct()
        return [(name, name) for name in names[:200]]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        current = Status.objects.filter(indicatie_laatst_gezette_status=True, statustype__omschrijving=self.value())
        return queryset.filter(pk__in=current.values("zaak_id"))


@dataclass
class Panel:
    """A read-only table of one kind of related rows, one page of them."""

    title: str
    param: str
    columns: tuple[str, ...]
    count: int = 0
    page: int = 1
    rows: list[list] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.count / PANEL_SIZE))


def _admin_link(obj, text):
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=(obj.pk,))
    except NoReverseMatch:
        return text
    return format_html('<a href="{}">{}</a>', url, text)


def _page_number(request, param: str) -> int:
    value = request.GET.get(param, "1")
    return int(value) if value.isdigit() and int(value) >= 1 else 1


def related_panels(request, zaak: Zaak) -> list[Panel]:
    """One page of each kind of related row of `zaak` (a count and a LIMIT each)."""
    from openzaak.components.besluiten.models import Besluit

    from .models import ZaakEigenschap, ZaakInformatieObject

    kinds = [
        (
            "Statussen",
            "statussen",
            ("Gezet op", "Statustype", "Toelichting", "Huidig"),
            Status.objects.filter(zaak=zaak).select_related("statustype").order_by("-datum_status_gezet", "-pk"),
            lambda s: [
                s.datum_status_gezet,
                s.statustype.omschrijving,
                s.statustoelichting,
                s.indicatie_laatst_gezette_status,
            ],
        ),
        (
            "Rollen",
            "rollen",
            ("Omschrijving", "Betrokkene", "Type", "Identificatie"),
            Rol.objects.filter(zaak=zaak).order_by("pk"),
            lambda r: [r.omschrijving, r.betrokkene or "-", r.get_betrokkene_type_display(), _identificatie(r)],
        ),
        (
            "Documenten",
            "documenten",
            ("Document", "Titel", "Status", "Geregistreerd"),
            ZaakInformatieObject.objects.filter(zaak=zaak).select_related("informatieobject").order_by("pk"),
            lambda z: [
                _admin_link(z.informatieobject, z.informatieobject.identificatie),
                z.titel or z.informatieobject.titel,
                z.informatieobject.status or "-",
                z.registratiedatum,
            ],
        ),
        (
            "Besluiten",
            "besluiten",
            ("Besluit", "Datum", "Ingangsdatum"),
            Besluit.objects.filter(zaak=zaak).order_by("pk"),
            lambda b: [_admin_link(b, b.identificatie), b.datum, b.ingangsdatum],
        ),
        (
            "Zaakeigenschappen",
            "eigenschappen",
            ("Eigenschap", "Waarde"),
            ZaakEigenschap.objects.filter(zaak=zaak).select_related("eigenschap").order_by("pk"),
            lambda e: [e.eigenschap.naam, e.waarde],
        ),
        (
            "Audit trail",
            "audittrail",
            ("Moment", "Actie", "Resource", "Applicatie", "Gebruiker"),
            AuditTrail.objects.filter(hoofd_object_uuid=zaak.uuid).order_by("-aanmaakdatum", "-pk"),
            lambda a: [
                a.aanmaakdatum,
                a.actie_weergave or a.actie,
                a.resource_weergave,
                a.applicatie_weergave,
                a.gebruikers_weergave,
            ],
        ),
    ]
    panels = []
    for title, name, columns, queryset, row in kinds:
        panel = Panel(title, f"{name}_pagina", columns, count=queryset.count())
        panel.page = min(_page_number(request, panel.param), panel.pages)
        start = (panel.page - 1) * PANEL_SIZE
        panel.rows = [row(obj) for obj in queryset[start : start + PANEL_SIZE]]
        panels.append(panel)
    return panels


def _identificatie(rol: Rol) -> str:
    data = rol.betrokkene_identificatie or {}
    for key in ("inpBsn", "innNnpId", "vestigingsNummer", "identificatie", "anpIdentificatie"):
        if data.get(key):
            return f"{key}: {data[key]}"
    return "-"


@admin.register(Zaak)
class ZaakAdmin(admin.ModelAdmin):
    form = ZaakForm
    change_form_template = "admin/zaken/zaak/change_form.html"
    list_display = (
        "identificatie",
        "bronorganisatie",
        "omschrijving",
        "zaaktype",
        "startdatum",
        "einddatum",
        "huidige_status",
    )
    list_select_related = ("zaaktype",)
    list_filter = (
        ("zaaktype", ZaakTypeFilter),
        OpenFilter,
        HuidigeStatusFilter,
        "archiefstatus",
        "vertrouwelijkheidaanduiding",
        "startdatum",
        "registratiedatum",
        "einddatum",
    )
    search_fields = ("identificatie",)
    search_help_text = "Zoek op identificatie (of het begin ervan), of op het BSN van een betrokkene."
    list_per_page = 50
    raw_id_fields = ("zaaktype", "hoofdzaak")
    readonly_fields = READ_ONLY
    formfield_overrides = {
        gis_models.GeometryField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})},
        models.URLField: {"assume_scheme": "https"},
    }
    fieldsets = FIELDSETS

    def get_queryset(self, request):
        current = Status.objects.filter(zaak=OuterRef("pk"), indicatie_laatst_gezette_status=True)
        return (
            super()
            .get_queryset(request)
            .annotate(_huidige_status=Subquery(current.values("statustype__omschrijving")[:1]))
            .order_by("-pk")
        )

    def get_search_results(self, request, queryset, search_term):
        """An identificatie, or the start of one; nine digits also find the zaken of
        that BSN (through the rol index, Rol.objects.betrokkene_identificatie)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        found = queryset.filter(identificatie__startswith=term)
        if len(term) == 9 and term.isdigit():
            rollen = Rol.objects.betrokkene_identificatie(natuurlijkPersoon__inpBsn=term)
            found = found | queryset.filter(pk__in=rollen.values("zaak_id"))
        return found, False

    @admin.display(description="huidige status")
    def huidige_status(self, obj):
        return obj._huidige_status or "-"

    @admin.display(description="deelzaken")
    def deelzaken(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        deelzaken = list(obj.deelzaken.order_by("pk")[: PANEL_SIZE + 1])
        links = [_admin_link(deelzaak, deelzaak.identificatie) for deelzaak in deelzaken[:PANEL_SIZE]]
        more = " …" if len(deelzaken) > PANEL_SIZE else ""
        return format_html("{}{}", format_html(", ".join(["{}"] * len(links)), *links), more) if links else "-"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        zaak = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), "panels": related_panels(request, zaak) if zaak else []}
        return super().change_view(request, object_id, form_url, extra_context)

    # --- writes: through the services -----------------------------------------------
    def save_model(self, request, obj, form, change):
        context = WriteContext.for_admin(request)
        data = {name: value for name, value in form.cleaned_data.items() if name in form.base_fields}
        if change:
            data = {name: data[name] for name in form.changed_data if name in data}
            current = Zaak.objects.get(pk=obj.pk)
            saved = services.zaak_update(context=context, zaak=current, data=data, partial=True)
        else:
            if not data.get("identificatie"):
                data.pop("identificatie", None)
            if not data.get("vertrouwelijkheidaanduiding"):
                data.pop("vertrouwelijkheidaanduiding", None)
            saved = services.zaak_create(context=context, data=data)
        obj.__dict__.update({key: value for key, value in saved.__dict__.items() if not key.startswith("_")})

    def save_related(self, request, form, formsets, change):
        pass  # the zaak has no inline forms: its related rows are shown read-only

    def delete_model(self, request, obj):
        services.zaak_destroy(context=WriteContext.for_admin(request), zaak=obj)

    def delete_queryset(self, request, queryset):
        for zaak in queryset:
            try:
                services.zaak_destroy(context=WriteContext.for_admin(request), zaak=zaak)
            except serializers.ValidationError as exc:
                messages.error(request, f"{zaak}: {exc.detail}")
