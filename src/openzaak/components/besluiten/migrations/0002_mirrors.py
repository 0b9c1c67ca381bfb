"""BesluitInformatieObject ⇄ ObjectInformatieObject (objectType besluit), held to each other
on (besluit, informatieobject), checked at commit; deleting the BesluitInformatieObject
deletes its mirror (see openzaak.components.zaken.models.relaties)."""

from django.db import migrations

from openzaak.zgw.db import composite_foreign_key


class Migration(migrations.Migration):
    dependencies = [
        ("besluiten", "0001_initial"),
        ("documenten", "0002_objectinformatieobject_zaak_besluit"),
    ]

    operations = [
        composite_foreign_key(
            "documenten_objectinformatieobject",
            "oio_mirrors_besluitinformatieobject",
            "besluit_id, informatieobject_id",
            "besluiten_besluitinformatieobject",
            "besluit_id, informatieobject_id",
            on_delete_cascade=True,
        ),
        composite_foreign_key(
            "besluiten_besluitinformatieobject",
            "bio_has_objectinformatieobject",
            "besluit_id, informatieobject_id",
            "documenten_objectinformatieobject",
            "besluit_id, informatieobject_id",
        ),
    ]
