from rest_framework import mixins

from openzaak.zgw.prefetch import row_arrays, uuid_arrays
from openzaak.zgw.scopes import SCOPE_CATALOGI_FORCED_WRITE, SCOPE_CATALOGI_LEZEN, SCOPE_CATALOGI_SCHRIJVEN

from ...models import BesluitType, Catalogus, InformatieObjectType
from .. import expansions
from ..filters import CatalogusFilter
from ..serializers import CatalogusSerializer
from ..serializers.versions import version_columns
from .base import CatalogiViewSet, crud_schema


@crud_schema("CATALOGUS", "CATALOGUSsen", destroy=False)
class CatalogusViewSet(
    CatalogiViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
):
    """Opvragen en bewerken van CATALOGUSsen: de verzameling van ZAAKTYPEn, INFORMATIEOBJECTTYPEn en
    BESLUITTYPEn voor een domein. Een catalogus wordt niet verwijderd via de API."""

    queryset = Catalogus.objects.annotate(
        **uuid_arrays(Catalogus, "zaaktypen"),
        **row_arrays(Catalogus, "besluittypen", *version_columns(BesluitType)),
        **row_arrays(Catalogus, "informatieobjecttypen", *version_columns(InformatieObjectType)),
    ).order_by("pk")
    serializer_class = CatalogusSerializer
    filterset_class = CatalogusFilter
    expand_fields = expansions.CATALOGUS
    required_scopes = {
        "list": SCOPE_CATALOGI_LEZEN,
        "retrieve": SCOPE_CATALOGI_LEZEN,
        "create": SCOPE_CATALOGI_SCHRIJVEN,
        "update": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_WRITE,
        "partial_update": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_WRITE,
    }
