"""Zaakobjecttypen for catalogue managers."""

from django.contrib import admin

from ..models import ZaakObjectType
from .base import ZaakTypeDeelAdmin


@admin.register(ZaakObjectType)
class ZaakObjectTypeAdmin(ZaakTypeDeelAdmin):
    list_display = ("relatie_omschrijving", "objecttype", "ander_objecttype", "zaaktype_link")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "ander_objecttype")
    search_fields = ("relatie_omschrijving", "objecttype", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "relatie_omschrijving")
