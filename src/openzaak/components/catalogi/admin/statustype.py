"""Statustypen (with their checklist) for catalogue managers."""

from django.contrib import admin

from ..models import CheckListItem, StatusType
from .base import LimitedInline, ZaakTypeDeelAdmin


class CheckListItemInline(LimitedInline):
    model = CheckListItem
    fields = ("itemnaam", "vraagstelling", "toelichting", "verplicht")
    parent_concept_path = "zaaktype__concept"


@admin.register(StatusType)
class StatusTypeAdmin(ZaakTypeDeelAdmin):
    list_display = ("omschrijving", "volgnummer", "omschrijving_generiek", "informeren", "zaaktype_link")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "informeren")
    search_fields = ("omschrijving", "omschrijving_generiek", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "zaaktype__begin_geldigheid", "volgnummer")
    autocomplete_fields = ("zaaktype", "zaakobjecttype")
    inlines = [CheckListItemInline]
