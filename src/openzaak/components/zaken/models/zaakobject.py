import uuid

from django.contrib.postgres.indexes import HashIndex
from django.core.validators import RegexValidator
from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.constants import ZaakobjectType


class ZaakObject(models.Model):
    """An object a zaak is about. `object` is its URL in another register (outside this
    project); `object_identificatie` holds the objectIdentificatie object of the
    contract's shape for `object_type` (ObjectAdres, ObjectBuurt, …, RolNatuurlijkPersoon
    …, ObjectOverige; keys and nesting as the contract spells them), validated by the
    serializer that writes it. objectTypeOverigeDefinitie is the
    `object_type_overige_definitie_*` columns (null when `url` is empty)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="zaakobjecten")
    object = models.URLField(
        max_length=1000, blank=True, help_text="URL-referentie naar de resource die het OBJECT beschrijft."
    )
    zaakobjecttype = models.ForeignKey(
        "catalogi.ZaakObjectType",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="zaakobjecten",
        help_text="URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API).",
    )
    object_type = models.CharField(max_length=30, choices=ZaakobjectType.choices)
    object_type_overige = models.CharField(
        max_length=100,
        blank=True,
        validators=[RegexValidator(r"^[a-z_]+$")],
        help_text='Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft.',
    )
    object_type_overige_definitie_url = models.URLField(max_length=1000, blank=True)
    object_type_overige_definitie_schema = models.CharField(max_length=100, blank=True)
    object_type_overige_definitie_object_data = models.CharField(max_length=100, blank=True)
    relatieomschrijving = models.CharField(
        max_length=80, blank=True, help_text="Omschrijving van de betrekking tussen de ZAAK en het OBJECT."
    )
    object_identificatie = models.JSONField(
        null=True, blank=True, help_text="objectIdentificatie, in de vorm die bij objectType hoort."
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakobject"
        verbose_name_plural = "zaakobjecten"
        indexes = [
            # equality filter on (mostly distinct) URLs: a hash index stays small whatever their length
            HashIndex(fields=["object"], condition=~models.Q(object=""), name="zaakobject_object_idx"),
        ]

    def __str__(self):
        return f"{self.zaak_id}: {self.object_type} {self.object}"
