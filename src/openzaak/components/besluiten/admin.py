"""Besluiten for civil servants, with the documents that lay them down.

Every add, change and delete goes through `services`, as the API's do: the
identificatie is generated when left empty, the zaak's ZaakBesluit and each document's
ObjectInformatieObject follow (brc-005, brc-006), the zaak's archive fields are derived
again, and each write is notified and audited. The form holds the API's rules
(`rules.BESLUIT_RULES`, `rules.BESLUITINFORMATIEOBJECT_RULES`), shown on the fields they
concern. A besluit's besluittype, identificatie and organisation are fixed once it
exists (brc-001, brc-002); its documents are added or removed, not changed.
"""

from __future__ import annotations

from django.contrib import admin

from openzaak.components.catalogi.admin.base import LimitedInlineFormSet
from openzaak.components.catalogi.admin.forms import RulesForm
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.zaken.models import ZaakBesluit
from openzaak.components.zaken.rules import zaak_not_archived
from openzaak.zgw.context import WriteContext

from . import services
from .models import Besluit, BesluitInformatieObject
from .rules import BESLUIT_RULES, BESLUITINFORMATIEOBJECT_RULES

FIXED_ONCE_MADE = ("besluittype", "identificatie", "verantwoordelijke_organisatie")


class BesluitForm(RulesForm):
    rules = BESLUIT_RULES

    class Meta:
        model = Besluit
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "identificatie" in self.fields:
            self.fields["identificatie"].required = False
            self.fields["identificatie"].help_text = "Leeg laten: de identificatie wordt gegenereerd."

    def clean(self):
        cleaned = super().clean()
        zaken = {self.instance.zaak if self.instance.pk else None, cleaned.get("zaak")}
        for zaak in filter(None, zaken):
            self._apply(lambda zaak=zaak: zaak_not_archived(zaak), default_field="zaak")
        return cleaned


class BesluitInformatieObjectForm(RulesForm):
    rules = BESLUITINFORMATIEOBJECT_RULES

    class Meta:
        model = BesluitInformatieObject
        fields = ("informatieobject",)


class BesluitInformatieObjectInline(admin.TabularInline):
    """The first documents of the besluit (a besluit rarely has many; the full list is
    the besluitinformatieobjecten list filtered on it)."""

    model = BesluitInformatieObject
    form = BesluitInformatieObjectForm
    formset = LimitedInlineFormSet
    fields = ("informatieobject",)
    raw_id_fields = ("informatieobject",)
    extra = 0

    def has_change_permission(self, request, obj=None):
        return False  # a relation is added or removed, never changed (as in the API)


@admin.register(Besluit)
class BesluitAdmin(admin.ModelAdmin):
    form = BesluitForm
    list_display = ("identificatie", "verantwoordelijke_organisatie", "besluittype", "datum", "ingangsdatum", "zaak")
    list_select_related = ("besluittype", "zaak")
    list_filter = ("vervalreden",)
    search_fields = ("identificatie", "verantwoordelijke_organisatie", "uuid")
    date_hierarchy = "datum"
    ordering = ("-datum", "-pk")
    autocomplete_fields = ("besluittype",)
    raw_id_fields = ("zaak",)
    readonly_fields = ("uuid",)
    inlines = [BesluitInformatieObjectInline]
    fieldsets = (
        (None, {"fields": ("uuid", "identificatie", "verantwoordelijke_organisatie", "besluittype", "zaak")}),
        ("Besluit", {"fields": ("datum", "bestuursorgaan", "toelichting")}),
        ("Werking", {"fields": ("ingangsdatum", "vervaldatum", "vervalreden")}),
        ("Bekendmaking", {"fields": ("publicatiedatum", "verzenddatum", "uiterlijke_reactiedatum")}),
    )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly + list(FIXED_ONCE_MADE) if obj is not None else readonly

    # --- writes through the services ---------------------------------------------------

    def save_model(self, request, obj, form, change):
        context = WriteContext.for_admin(request)
        if change:
            data = {name: form.cleaned_data[name] for name in form.changed_data if name in form.cleaned_data}
            saved = services.besluit_update(
                context=context, besluit=Besluit.objects.get(pk=obj.pk), data=data, partial=True
            )
        else:
            data = {name: value for name, value in form.cleaned_data.items() if name in _field_names(Besluit)}
            saved = services.besluit_create(context=context, data=data)
        _copy_row(saved, obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is not BesluitInformatieObject:
            return super().save_formset(request, form, formset, change)
        context = WriteContext.for_admin(request)
        # what Django's change message reads of a saved formset
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for deleted in formset.deleted_forms:
            if deleted.instance.pk is not None:
                services.besluitinformatieobject_delete(context=context, besluitinformatieobject=deleted.instance)
                formset.deleted_objects.append(deleted.instance)
        for new in formset.extra_forms:
            if new.has_changed() and new not in formset.deleted_forms:
                data = {"besluit": form.instance, "informatieobject": new.cleaned_data["informatieobject"]}
                formset.new_objects.append(services.besluitinformatieobject_create(context=context, data=data))

    def get_deleted_objects(self, objs, request):
        """The mirrors the delete takes along are the services' to remove, not the user's:
        no delete permission on them is needed (their own admins are read-only)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        mirrors = {str(model._meta.verbose_name) for model in (ObjectInformatieObject, ZaakBesluit)}
        return deleted, counts, perms_needed - mirrors, protected

    def delete_model(self, request, obj):
        services.besluit_delete(context=WriteContext.for_admin(request), besluit=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


def _field_names(model) -> set[str]:
    return {field.name for field in model._meta.concrete_fields}


def _copy_row(source, target) -> None:
    """What the service wrote (the primary key, a generated identificatie) onto the
    object the admin goes on with (its inlines, its messages)."""
    for field in type(source)._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    target._state.adding = False
