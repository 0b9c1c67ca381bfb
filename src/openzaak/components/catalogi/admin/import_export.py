"""Export (a download) and import (an upload form) of catalogi in the admin; the work
is done by `catalogi.import_export`, as by the `export_catalogus` and
`import_catalogus` management commands."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.text import slugify

from openzaak.zgw.references import base_url

from ..import_export import ArchiveRefused, ExportRefused, export_catalogus, export_zaaktypen, import_archive
from ..import_export.archive import MAX_FILE_SIZE
from ..import_export.resources import BY_NAME
from ..models import Catalogus
from .base import change_url


def _download(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/zip")
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    response["Content-Disposition"] = f'attachment; filename="{slugify(name)}-{stamp}.zip"'
    return response


@admin.action(description="Exporteer de catalogus (ZIP)", permissions=["view"])
def export_catalogus_action(modeladmin, request, queryset):
    if queryset.count() != 1:
        modeladmin.message_user(request, "Kies precies één catalogus om te exporteren.", messages.ERROR)
        return None
    catalogus = queryset.get()
    return _download(export_catalogus(catalogus=catalogus, base_url=_base_url(request)), f"catalogus-{catalogus}")


@admin.action(description="Exporteer de zaaktypen met wat ze gebruiken (ZIP)", permissions=["view"])
def export_zaaktypen_action(modeladmin, request, queryset):
    zaaktypen = list(queryset)
    try:
        content = export_zaaktypen(zaaktypen=zaaktypen, base_url=_base_url(request))
    except ExportRefused as exc:
        modeladmin.message_user(request, str(exc), messages.ERROR)
        return None
    name = zaaktypen[0].identificatie if len(zaaktypen) == 1 else "zaaktypen"
    return _download(content, name)


def _base_url(request) -> str:
    """The URLs in an archive are this installation's, as its API shows them."""
    return base_url(request)


class CatalogusImportForm(forms.Form):
    archief = forms.FileField(label="Exportbestand (ZIP)", help_text="Een export van een catalogus of van zaaktypen.")
    catalogus = forms.ModelChoiceField(
        queryset=Catalogus.objects.order_by("naam", "domein"),
        required=False,
        label="In bestaande catalogus",
        help_text="Leeg: maak een nieuwe catalogus uit het archief. Gekozen: importeer de typen in deze catalogus.",
    )

    def clean_archief(self):
        archief = self.cleaned_data["archief"]
        if archief.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                f"Het bestand is groter dan {MAX_FILE_SIZE // (1024 * 1024)} MB.", code="file-too-large"
            )
        return archief


class CatalogusImportMixin:
    """An `import/` page next to the catalogus changelist (linked from its object tools)."""

    change_list_template = "admin/catalogi/catalogus/change_list.html"

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="catalogi_catalogus_import"),
            *super().get_urls(),
        ]

    def may_import(self, request) -> bool:
        """An import adds every kind of type: the user must be allowed to add each."""
        return request.user.has_perms(
            f"catalogi.add_{resource.model._meta.model_name}" for resource in BY_NAME.values()
        )

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {**(extra_context or {}), "may_import": self.may_import(request)})

    def import_view(self, request):
        if not self.may_import(request):
            raise PermissionDenied
        form = CatalogusImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = import_archive(
                    source=form.cleaned_data["archief"],
                    catalogus=form.cleaned_data["catalogus"],
                    base_url=_base_url(request),
                    user=request.user.get_username(),
                )
            except ArchiveRefused as exc:
                form.add_error("archief", f"Het archief is niet geïmporteerd (er is niets opgeslagen): {exc}")
            else:
                counts = ", ".join(f"{count} {name}" for name, count in result.created.items() if count)
                self.message_user(
                    request,
                    f"Geïmporteerd in {result.catalogus}: {counts or 'niets'}; {result.published} gepubliceerd.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(change_url(result.catalogus))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Catalogus importeren",
            "form": form,
        }
        return TemplateResponse(request, "admin/catalogi/catalogus/import.html", context)
