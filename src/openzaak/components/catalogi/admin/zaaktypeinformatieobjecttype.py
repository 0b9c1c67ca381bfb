"""Zaaktype-informatieobjecttypen for catalogue managers."""

from django.contrib import admin

from ..models import ZaakTypeInformatieObjectType
from .base import ZaakTypeDeelAdmin


@admin.register(ZaakTypeInformatieObjectType)
class ZaakTypeInformatieObjectTypeAdmin(ZaakTypeDeelAdmin):
    list_display = ("volgnummer", "informatieobjecttype", "richting", "zaaktype_link")
    list_select_related = ("zaaktype", "zaaktype__catalogus", "informatieobjecttype")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "richting")
    search_fields = ("informatieobjecttype__omschrijving", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "volgnummer")
    autocomplete_fields = ("zaaktype", "informatieobjecttype", "statustype")
