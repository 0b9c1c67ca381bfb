"""Roltypen for catalogue managers."""

from django.contrib import admin

from ..models import RolType
from .base import ZaakTypeDeelAdmin


@admin.register(RolType)
class RolTypeAdmin(ZaakTypeDeelAdmin):
    list_display = ("omschrijving", "omschrijving_generiek", "zaaktype_link")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "omschrijving_generiek")
    search_fields = ("omschrijving", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "omschrijving")
