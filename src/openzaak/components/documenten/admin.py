"""What civil servants see of the Documenten register: documents found by identificatie,
titel or type, with their versies (each downloadable), relations and lock. Writes go
through the same services as the API (`services`), so they notify and audit alike: a
forced unlock, and a deletion that keeps drc-008 (not while related or locked). A
download takes the permission to view documents, and streams as the API's does."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from rest_framework.exceptions import ValidationError

from openzaak.zgw.context import WriteContext

from . import content, services
from .api.viewsets.informatieobject import DownloadResponse, content_type
from .models import EnkelvoudigInformatieObject, Gebruiksrechten, ObjectInformatieObject, Verzending

SHOWN = 25  # versies and relations listed on a document's page (the newest); the rest is counted


def _errors(exc: ValidationError) -> str:
    detail = exc.detail if isinstance(exc.detail, dict) else {"": exc.detail}
    return "; ".join(str(error) for errors in detail.values() for error in errors)


@admin.register(EnkelvoudigInformatieObject)
class EnkelvoudigInformatieObjectAdmin(admin.ModelAdmin):
    list_display = ("identificatie", "titel", "informatieobjecttype", "vertrouwelijkheidaanduiding", "versie", "locked")
    list_select_related = ("informatieobjecttype",)
    search_fields = ("identificatie", "titel", "informatieobjecttype__omschrijving", "uuid")
    list_filter = ("vertrouwelijkheidaanduiding", "status", "informatieobjecttype__catalogus")
    show_full_result_count = False
    actions = ["force_unlock", "delete_documents"]
    fields = (
        "uuid",
        "identificatie",
        "bronorganisatie",
        "titel",
        "informatieobjecttype",
        "vertrouwelijkheidaanduiding",
        "status",
        "versie",
        "begin_registratie",
        "bestandsnaam",
        "bestandsomvang",
        "lock",
        "indicatie_gebruiksrecht",
        "versies",
        "relaties",
    )
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # documents are made through the API (content, identificatie, versies)

    def has_change_permission(self, request, obj=None):
        return False  # every change is a new versie under a lock: the API's

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # deletion through the service (drc-008)
        return actions

    @admin.display(description="locked", boolean=True)
    def locked(self, obj):
        return obj.locked

    @admin.display(description="versies")
    def versies(self, obj):
        versies = list(obj.versies.order_by("-versie")[:SHOWN])
        rows = format_html_join(
            "",
            "<li>{} — {} — {} {}</li>",
            (
                (
                    versie.versie,
                    versie.begin_registratie.strftime("%Y-%m-%d %H:%M:%S"),
                    versie.titel,
                    format_html('<a href="{}?versie={}">download</a>', self.download_url(obj), versie.versie)
                    if versie.inhoud
                    else "",
                )
                for versie in versies
            ),
        )
        more = obj.versie - len(versies) if len(versies) == SHOWN else 0
        return format_html("<ul>{}</ul>{}", rows, f"… en {more} oudere" if more > 0 else "")

    @admin.display(description="relaties")
    def relaties(self, obj):
        relations = list(obj.objectinformatieobjecten.select_related("zaak", "besluit")[:SHOWN])
        return format_html(
            "<ul>{}</ul><p>gebruiksrechten: {}, verzendingen: {}</p>",
            format_html_join(
                "", "<li>{}: {}</li>", ((oio.object_type, oio.zaak or oio.besluit or oio.verzoek) for oio in relations)
            ),
            obj.gebruiksrechten.count(),
            obj.verzendingen.count(),
        )

    def download_url(self, obj) -> str:
        return reverse("admin:documenten_enkelvoudiginformatieobject_download", args=[obj.pk])

    def get_urls(self):
        download = path(
            "<int:pk>/download/",
            self.admin_site.admin_view(self.download),
            name="documenten_enkelvoudiginformatieobject_download",
        )
        return [download, *super().get_urls()]

    def download(self, request, pk):
        """The content of a versie (the current one by default), streamed; staff need
        the permission to view documents."""
        document = get_object_or_404(EnkelvoudigInformatieObject, pk=pk)
        if not self.has_view_permission(request, document):
            raise PermissionDenied
        versie = request.GET.get("versie")
        shown = document.versie_op(versie=int(versie)) if versie and versie.isdigit() else document
        if shown is None or not shown.inhoud:
            raise Http404("Geen inhoud.")
        response = DownloadResponse(
            content.open_content(shown.inhoud.name),
            as_attachment=True,
            filename=shown.bestandsnaam or document.identificatie,
            content_type=content_type(shown.formaat),
        )
        response["Content-Length"] = str(content.stored_size(shown.inhoud.name))
        return response

    @admin.action(description="Ontgrendel (geforceerd)", permissions=["view"])
    def force_unlock(self, request, queryset):
        if not request.user.has_perm("documenten.change_enkelvoudiginformatieobject"):
            raise PermissionDenied
        context = WriteContext.for_admin(request)
        for document in queryset.exclude(lock=""):
            services.eio_unlock(context=context, document=document, lock=None, forced=True)
            self.message_user(request, f"{document} is ontgrendeld.")

    @admin.action(description="Verwijder de documenten (met versies en inhoud)", permissions=["delete"])
    def delete_documents(self, request, queryset):
        context = WriteContext.for_admin(request)
        for document in queryset:
            try:
                services.eio_destroy(context=context, document=document)
            except ValidationError as exc:
                self.message_user(request, f"{document}: {_errors(exc)}", messages.ERROR)
            else:
                self.message_user(request, f"{document} is verwijderd.")

    def has_delete_permission(self, request, obj=None):
        return obj is None and super().has_delete_permission(request, obj)  # only through the action


@admin.register(Gebruiksrechten, ObjectInformatieObject, Verzending)
class DocumentPartAdmin(admin.ModelAdmin):
    """Read-only: written through the API (and, for the mirrors, the Zaken and Besluiten registers)."""

    list_select_related = ("informatieobject",)
    search_fields = ("informatieobject__identificatie", "uuid")
    raw_id_fields = ("informatieobject",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
