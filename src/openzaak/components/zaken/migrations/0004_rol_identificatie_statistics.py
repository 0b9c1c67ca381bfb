"""Statistics on the betrokkeneIdentificatie keys the list filters use.

Their indexes are partial (one betrokkeneType each), and PostgreSQL keeps no statistics
for a partial index's expression: without these it guesses 5,000 rollen per BSN at a
million rollen instead of ~200, and plans `GET /zaken?rol__betrokkeneIdentificatie__
natuurlijkPersoon__inpBsn=…` as a walk over every zaak (≈1 s) instead of starting from
the rol index (≈1 ms; docs/benchmark.md). Keep in step with
`openzaak.components.zaken.models.rol.BETROKKENE_IDENTIFICATIE_FILTERS`."""

from django.db import migrations

KEYS = ["inpBsn", "anpIdentificatie", "inpA_nummer", "innNnpId", "annIdentificatie", "vestigingsNummer", "identificatie"]


class Migration(migrations.Migration):
    dependencies = [("zaken", "0003_mirrors")]

    operations = [
        migrations.RunSQL(
            f"CREATE STATISTICS rol_{key.lower()}_stat ON ((betrokkene_identificatie ->> '{key}')) FROM zaken_rol",
            f"DROP STATISTICS rol_{key.lower()}_stat",
        )
        for key in KEYS
    ]
