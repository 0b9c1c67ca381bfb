"""Eigenschappen (with their specificatie) for catalogue managers."""

from django.contrib import admin

from ..models import Eigenschap
from .base import ZaakTypeDeelAdmin
from .forms import EigenschapForm


@admin.register(Eigenschap)
class EigenschapAdmin(ZaakTypeDeelAdmin):
    form = EigenschapForm
    list_display = ("naam", "definitie", "specificatie_formaat", "specificatie_kardinaliteit", "zaaktype_link")
    list_filter = (*ZaakTypeDeelAdmin.list_filter, "specificatie_formaat")
    search_fields = ("naam", "definitie", "zaaktype__identificatie", "uuid")
    ordering = ("zaaktype__identificatie", "naam")
    autocomplete_fields = ("zaaktype", "statustype")
