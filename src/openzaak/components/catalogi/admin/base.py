"""What the catalogue's admin pages share.

* Inlines show a bounded number of sub-types (`LimitedInline`): a zaaktype may have
  hundreds of them, and an unbounded inline would load and render them all on every
  visit. The parent's `overzicht` links to the full, paginated list of each kind.
* A published version is read-only, except `eindeGeldigheid` (ztc-009); sub-types of a
  published zaaktype are read-only (ztc-010). Only concepts are deleted here.
* Publishing goes through `services.publish`, which holds the standard's rules; every
  add, change and delete is recorded as the API's (`RecordedWritesAdmin`).
"""

from __future__ import annotations

import datetime

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models, transaction
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from rest_framework import serializers

from openzaak.zgw.admin import RecordedWritesAdmin
from openzaak.zgw.context import WriteContext
from openzaak.zgw.references import follow

from .. import services
from .forms import ZaakTypeDeelForm

INLINE_LIMIT = 25

# URLs in the catalogue (selectielijst, objecttypen, producten) are typed in full; a
# missing scheme is an error, not a guess (and Django 6 changes its guess)
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


def error_messages(exc: Exception) -> list[str]:
    """The human-readable messages of a DRF or Django validation error."""
    if isinstance(exc, serializers.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            return [f"{message}" for value in detail.values() for message in _flatten(value)]
        return [str(message) for message in _flatten(detail)]
    if isinstance(exc, DjangoValidationError):
        return list(exc.messages)
    return [str(exc)]


def _flatten(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    else:
        yield value


def changelist_url(model, **filters) -> str:
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    if filters:
        url += "?" + "&".join(f"{key}={value}" for key, value in filters.items())
    return url


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=(obj.pk,))


def overzicht(obj, relations: list[tuple[str, type, str]]):
    """Links, with counts, to the full list of each kind of sub-type of `obj`:
    `relations` is [(label, model, filter field)]."""
    if obj is None or obj.pk is None:
        return "-"
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            '<li><a href="{}">{} ({})</a></li>',
            (
                (
                    changelist_url(model, **{f"{field}__id__exact": obj.pk}),
                    label,
                    model.objects.filter(**{field: obj}).count(),
                )
                for label, model, field in relations
            ),
        ),
    )


class LimitedInlineFormSet(BaseInlineFormSet):
    """An inline formset over at most `limit` related objects (in their model's order)."""

    limit = INLINE_LIMIT

    def get_queryset(self):
        if not hasattr(self, "_limited_queryset"):
            self._limited_queryset = super().get_queryset()[: self.limit]
        return self._limited_queryset


class LimitedInline(admin.TabularInline):
    """A compact inline showing the first INLINE_LIMIT sub-types, each linked to its
    own change page; the parent's overzicht links to all of them."""

    formset = LimitedInlineFormSet
    form = ZaakTypeDeelForm
    formfield_overrides = URL_FIELDS
    extra = 0
    show_change_link = True
    parent_concept_path = "concept"  # from the parent object to the flag that locks it

    def _parent_published(self, obj) -> bool:
        if obj is None:
            return False
        return not follow(obj, self.parent_concept_path)

    def has_add_permission(self, request, obj=None):
        return not self._parent_published(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._parent_published(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._parent_published(obj) and super().has_delete_permission(request, obj)


class LinkInline(LimitedInline):
    """A read-only inline: the related objects are edited on their own pages (the
    types of a catalogus have too many fields for a row)."""

    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PublishedReadOnlyMixin:
    """ztc-009 / ztc-010 in the admin: once `concept_path` of an object is false,
    every field but `eindeGeldigheid` is read-only and the object cannot be deleted."""

    concept_path = "concept"
    editable_when_published: tuple[str, ...] = ("einde_geldigheid",)
    formfield_overrides = URL_FIELDS

    def is_published(self, obj) -> bool:
        if obj is None:
            return False
        return not follow(obj, self.concept_path)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.is_published(obj):
            opts = obj._meta
            form_fields = [field.name for field in [*opts.fields, *opts.many_to_many] if field.editable]
            readonly += [name for name in form_fields if name not in self.editable_when_published]
        return readonly

    def has_delete_permission(self, request, obj=None):
        return not self.is_published(obj) and super().has_delete_permission(request, obj)


class ObjectActionsMixin:
    """Some admin actions also as buttons on an object's change page: each posts to
    `<pk>/actie/<name>/`, which runs the action on that one object. `object_actions`
    maps their names to button labels; `object_action_allowed` says which apply to an
    object. The action's own permissions hold (`get_actions`)."""

    change_form_template = "admin/catalogi/change_form.html"
    object_actions: dict[str, str] = {}

    def object_action_allowed(self, name: str, obj) -> bool:
        return True

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/actie/<str:name>/",
                self.admin_site.admin_view(self.object_action_view),
                name=f"{opts.app_label}_{opts.model_name}_actie",
            ),
            *super().get_urls(),
        ]

    def object_action_view(self, request, object_id, name):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, object_id)
        if obj is None or name not in self.object_actions or not self.object_action_allowed(name, obj):
            raise Http404
        actions = self.get_actions(request)
        if name not in actions:
            raise PermissionDenied
        func, _name, _description = actions[name]
        response = func(self, request, self.model.objects.filter(pk=obj.pk))
        return response or HttpResponseRedirect(change_url(obj))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        actions = self.get_actions(request)
        buttons = [
            (name, label)
            for name, label in self.object_actions.items()
            if obj is not None and name in actions and self.object_action_allowed(name, obj)
        ]
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), "object_actions": buttons})


class PublishableAdmin(ObjectActionsMixin, PublishedReadOnlyMixin, RecordedWritesAdmin):
    """A type with the concept → published life cycle: zaaktype, informatieobjecttype,
    besluittype. The `publiceren` action publishes the selected concepts one by one,
    each with its notification, and reports each refusal with the standard's reason;
    a concept's page has it as a button."""

    actions = ["publiceren"]
    object_actions = {"publiceren": "Publiceren"}
    list_select_related = ("catalogus",)

    def object_action_allowed(self, name: str, obj) -> bool:
        if name == "publiceren":
            return obj.concept
        return super().object_action_allowed(name, obj)

    @admin.display(boolean=True, description="gepubliceerd", ordering="concept")
    def gepubliceerd(self, obj):
        return not obj.concept

    @admin.action(description="Publiceer de geselecteerde concepten", permissions=["change"])
    def publiceren(self, request, queryset):
        published = 0
        for obj in queryset.select_related("catalogus").order_by("pk"):
            try:
                with transaction.atomic():
                    services.publish(context=WriteContext.for_admin(request), instance=obj)
            except (serializers.ValidationError, DjangoValidationError) as exc:
                self.message_user(
                    request, f"{obj} is niet gepubliceerd: {' '.join(error_messages(exc))}", messages.ERROR
                )
            else:
                published += 1
        if published:
            self.message_user(request, f"{published} object(en) gepubliceerd.", messages.SUCCESS)


class GeldigheidFilter(admin.SimpleListFilter):
    """Versions by their validity period today (beginGeldigheid … eindeGeldigheid,
    both inclusive, an empty end open)."""

    title = "geldigheid"
    parameter_name = "geldigheid"

    def lookups(self, request, model_admin):
        return (("geldig", "Nu geldig"), ("toekomstig", "Nog niet geldig"), ("verlopen", "Niet meer geldig"))

    def queryset(self, request, queryset):
        today = datetime.date.today()
        if self.value() == "geldig":
            return queryset.geldig_op(today)
        if self.value() == "toekomstig":
            return queryset.filter(begin_geldigheid__gt=today)
        if self.value() == "verlopen":
            return queryset.filter(einde_geldigheid__lt=today)
        return queryset


class ZaakTypeDeelAdmin(PublishedReadOnlyMixin, RecordedWritesAdmin):
    """A sub-type of one zaaktype version: writable while that zaaktype is a concept."""

    form = ZaakTypeDeelForm
    concept_path = "zaaktype__concept"
    editable_when_published = ()
    list_select_related = ("zaaktype", "zaaktype__catalogus")
    list_filter = ("zaaktype__catalogus", "zaaktype__concept")
    autocomplete_fields = ("zaaktype",)
    readonly_fields = ("uuid",)

    @admin.display(description="zaaktype", ordering="zaaktype__identificatie")
    def zaaktype_link(self, obj):
        return format_html('<a href="{}">{}</a>', change_url(obj.zaaktype), obj.zaaktype)
