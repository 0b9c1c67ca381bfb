"""The database holds each relation of a zaak and its mirror in the other register to each
other (see openzaak.components.zaken.models.relaties), checked at commit, so both sides
are written in one transaction and neither can stay behind:

- ZaakInformatieObject ⇄ ObjectInformatieObject (objectType zaak), on (zaak, informatieobject);
  deleting the ZaakInformatieObject deletes its mirror.
- ZaakBesluit ⇄ Besluit.zaak, on (besluit, zaak); deleting the besluit deletes its ZaakBesluit.
"""

from django.db import migrations

from openzaak.zgw.db import composite_foreign_key


class Migration(migrations.Migration):
    dependencies = [
        ("zaken", "0002_zaakbesluit_besluit"),
        ("documenten", "0002_objectinformatieobject_zaak_besluit"),
        ("besluiten", "0001_initial"),
    ]

    operations = [
        composite_foreign_key(
            "documenten_objectinformatieobject",
            "oio_mirrors_zaakinformatieobject",
            "zaak_id, informatieobject_id",
            "zaken_zaakinformatieobject",
            "zaak_id, informatieobject_id",
            on_delete_cascade=True,
        ),
        composite_foreign_key(
            "zaken_zaakinformatieobject",
            "zio_has_objectinformatieobject",
            "zaak_id, informatieobject_id",
            "documenten_objectinformatieobject",
            "zaak_id, informatieobject_id",
        ),
        composite_foreign_key(
            "zaken_zaakbesluit",
            "zaakbesluit_mirrors_besluit",
            "besluit_id, zaak_id",
            "besluiten_besluit",
            "id, zaak_id",
            on_delete_cascade=True,
        ),
        composite_foreign_key(
            "besluiten_besluit",
            "besluit_has_zaakbesluit",
            "id, zaak_id",
            "zaken_zaakbesluit",
            "besluit_id, zaak_id",
        ),
    ]
