"""Register the kanalen of the standard's registers with their kenmerken as filters, as
each API's contract lists them. (Frozen here; `kanalen_sync` keeps them current after
every migrate.)"""

from django.db import migrations

DOCS = "https://vng-realisatie.github.io/gemma-zaken/standaard"
KANALEN = (
    ("zaken", f"{DOCS}/zaken/index", ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"]),
    ("documenten", f"{DOCS}/documenten/index", ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"]),
    ("besluiten", f"{DOCS}/besluiten/index", ["verantwoordelijke_organisatie", "besluittype"]),
    ("zaaktypen", f"{DOCS}/catalogi/index", ["catalogus"]),
    ("informatieobjecttypen", f"{DOCS}/catalogi/index", ["catalogus"]),
    ("besluittypen", f"{DOCS}/catalogi/index", ["catalogus"]),
    ("autorisaties", f"{DOCS}/autorisaties/index", []),
)


def register(apps, schema_editor):
    Kanaal = apps.get_model("notificaties", "Kanaal")
    for naam, link, filters in KANALEN:
        Kanaal.objects.get_or_create(naam=naam, defaults={"documentatie_link": link, "filters": filters})


class Migration(migrations.Migration):
    dependencies = [("notificaties", "0001_initial")]

    operations = [migrations.RunPython(register, migrations.RunPython.noop)]
