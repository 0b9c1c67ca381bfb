from django.contrib import admin

from openzaak.zgw.admin import RecordedWritesAdmin

from .models import Applicatie, Autorisatie


class AutorisatieInline(admin.TabularInline):
    model = Autorisatie
    extra = 0
    # a catalogue holds many types: pick them by id, not from a select of every one
    raw_id_fields = ("zaaktype", "informatieobjecttype", "besluittype")


@admin.register(Applicatie)
class ApplicatieAdmin(RecordedWritesAdmin):
    list_display = ("label", "client_ids", "heeft_alle_autorisaties")
    search_fields = ("label", "client_ids", "uuid")
    list_filter = ("heeft_alle_autorisaties",)
    inlines = [AutorisatieInline]
