"""The documents table keeps its number of rows per autorisatie_sleutel
(openzaak.zgw.counts), so an unfiltered documents list counts without scanning an index
of every document."""

from django.db import migrations

from openzaak.zgw.counts import install

FORWARD, REVERSE = install("documenten_enkelvoudiginformatieobject")


class Migration(migrations.Migration):
    dependencies = [("documenten", "0002_objectinformatieobject_zaak_besluit"), ("zgw", "0003_sleutel_aantal")]

    operations = [migrations.RunSQL(FORWARD, REVERSE)]
