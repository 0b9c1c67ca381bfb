"""The zaken table keeps its number of rows per autorisatie_sleutel (openzaak.zgw.counts),
so an unfiltered `GET /zaken` counts without scanning an index of every zaak."""

from django.db import migrations

from openzaak.zgw.counts import install

FORWARD, REVERSE = install("zaken_zaak")


class Migration(migrations.Migration):
    dependencies = [("zaken", "0004_rol_identificatie_statistics"), ("zgw", "0003_sleutel_aantal")]

    operations = [migrations.RunSQL(FORWARD, REVERSE)]
