"""An autorisatie's zaaktype, informatieobjecttype and besluittype become foreign keys
to the Catalogi API's types (they were URLs while that component did not exist).

Each stored URL is linked to the local type whose uuid ends it. A URL that names no
local type stops the migration: dropping it would silently widen what the autorisatie
grants, so an operator must correct or remove that autorisatie first.
"""

import re

import django.db.models.deletion
from django.db import migrations, models

TYPES = {
    "zaaktype": "ZaakType",
    "informatieobjecttype": "InformatieObjectType",
    "besluittype": "BesluitType",
}
UUID_AT_END = re.compile(r"/([0-9a-fA-F-]{36})/?$")


def link_types(apps, schema_editor):
    Autorisatie = apps.get_model("autorisaties", "Autorisatie")
    unresolved = []
    for field, model_name in TYPES.items():
        model = apps.get_model("catalogi", model_name)
        for autorisatie in Autorisatie.objects.exclude(**{f"{field}_url": ""}):
            url = getattr(autorisatie, f"{field}_url")
            match = UUID_AT_END.search(url)
            target = model.objects.filter(uuid=match.group(1)).first() if match else None
            if target is None:
                unresolved.append(f"autorisatie {autorisatie.pk} ({field} {url})")
                continue
            setattr(autorisatie, field, target)
            autorisatie.save(update_fields=[field])
    if unresolved:
        raise RuntimeError(
            "These autorisaties name a type this installation does not have; correct or delete them "
            "and migrate again: " + "; ".join(unresolved)
        )


def unlink_types(apps, schema_editor):
    """Back to URLs, relative to the installation (the absolute base is not known here)."""
    Autorisatie = apps.get_model("autorisaties", "Autorisatie")
    paths = {"zaaktype": "zaaktypen", "informatieobjecttype": "informatieobjecttypen", "besluittype": "besluittypen"}
    for autorisatie in Autorisatie.objects.all():
        for field, path in paths.items():
            target = getattr(autorisatie, field)
            if target is not None:
                setattr(autorisatie, f"{field}_url", f"/catalogi/api/v1/{path}/{target.uuid}")
        autorisatie.save()


class Migration(migrations.Migration):
    dependencies = [
        ("autorisaties", "0001_initial"),
        ("catalogi", "0001_initial"),
    ]

    operations = [
        *[migrations.RenameField("autorisatie", field, f"{field}_url") for field in TYPES],
        *[
            migrations.AddField(
                model_name="autorisatie",
                name=field,
                field=models.ForeignKey(
                    blank=True,
                    null=True,
                    on_delete=django.db.models.deletion.CASCADE,
                    related_name="+",
                    to=f"catalogi.{model_name.lower()}",
                ),
            )
            for field, model_name in TYPES.items()
        ],
        migrations.RunPython(link_types, unlink_types),
        *[migrations.RemoveField("autorisatie", f"{field}_url") for field in TYPES],
    ]
