from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.components.catalogi.models import ZaakType
from openzaak.zgw import expand as expansion
from openzaak.zgw.audittrails import AuditTrailViewSet
from openzaak.zgw.components import ZAKEN, kanaal
from openzaak.zgw.references import resolve_url
from openzaak.zgw.schema import AutoSchema
from openzaak.zgw.scopes import (
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_BIJWERKEN,
    SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
    SCOPE_ZAKEN_LEZEN,
    SCOPE_ZAKEN_VERWIJDEREN,
)
from openzaak.zgw.viewsets import ModelViewSet, ZGWViewSet

from ... import services
from ...models import Zaak
from .. import expansions, selection
from ..filters import ZaakFilter
from ..serializers import (
    ReserveZaakIdentificatieResponseSerializer,
    ReserveZaakIdentificatieSerializer,
    ZaakSerializer,
    ZaakZoekSerializer,
)
from ..serializers.zaken import with_relations
from ..serializers.zoeken import filter_data

VALIDATIE = (
    "\n\n**Er wordt gevalideerd op:**\n"
    "- geldigheid `zaaktype` URL - een ZAAKTYPE van de Catalogi API van deze installatie (zrc-001)\n"
    "- `zaaktype` is geen concept (`zaaktype-concept`)\n"
    "- `identificatie` uniek binnen de `bronorganisatie` (zrc-002, `identificatie-niet-uniek`)\n"
    "- `bronorganisatie` en `verantwoordelijkeOrganisatie` zijn geldige RSINs (elfproef)\n"
    "- `communicatiekanaal` is een communicatiekanaal (zrc-010), `relevanteAndereZaken` bestaan (zrc-011)\n"
    "- `hoofdzaak`: geen deelzaak van zichzelf of van een deelzaak, het zaaktype is een deelzaaktype van het "
    "zaaktype van de hoofdzaak (zrc-013)\n"
    "- `laatsteBetaaldatum` ligt niet in de toekomst en is leeg bij betalingsindicatie `nvt` (zrc-014)\n"
    "- `productenOfDiensten` komen voor bij het zaaktype (zrc-015)\n"
    "- een `archiefstatus` anders dan `nog_te_archiveren` vraagt `archiefnominatie`, `archiefactiedatum` en "
    "gearchiveerde documenten (zrc-022)"
)
WIJZIGEN = (
    VALIDATIE + "\n- `zaaktype` en `identificatie` mogen niet gewijzigd worden (`wijzigen-niet-toegelaten`)\n"
    "- een afgesloten zaak wijzigt alleen met de scope `zaken.geforceerd-bijwerken` (zrc-007)"
)


def _selectable(schema: dict) -> dict:
    """A field of `ZaakSelectie`: as in Zaak, but a group (verlenging, opschorting,
    processobject) may hold only the selected sub-fields."""
    if any(ref.get("$ref", "").rsplit("/", 1)[-1] in GROUPS for ref in schema.get("allOf", ())):
        return {"type": "object", "nullable": True, "description": schema.get("description", "")}
    return {**schema, "readOnly": False}


GROUPS = ("Verlenging", "Opschorting", "Processobject")


class ZaakSchema(AutoSchema):
    """A `_zoek` answers full zaken, or with `fields` (zrc-029) the selected fields of
    each: its page holds `ZaakExpanded` or `ZaakSelectie` (the same fields, none required)."""

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None or getattr(self.view, "action", None) != "_zoek":
            return operation
        zaak = self.resolve_serializer(ZaakSerializer, "response")
        selectie = {
            "type": "object",
            "description": "De velden van een ZAAK die `fields` selecteert (zrc-029).",
            "properties": {
                **{name: _selectable(schema) for name, schema in zaak.schema["properties"].items()},
                expansion.EXPAND_KEY: {
                    "type": "object",
                    "description": "De geselecteerde velden van gelinkte resources.",
                },
            },
        }
        for name, schema in (("ZaakSelectie", selectie),):
            registry.register_on_missing(
                ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=schema, object=name)
            )
        page = self._get_paginator().get_paginated_response_schema(
            {
                "type": "array",
                "items": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ZaakExpanded"},
                        {"$ref": "#/components/schemas/ZaakSelectie"},
                    ]
                },
            }
        )
        registry.register_on_missing(
            ResolvedComponent(name="PaginatedZaakZoekList", type=ResolvedComponent.SCHEMA, schema=page, object="zoek")
        )
        operation["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/PaginatedZaakZoekList"
        }
        return operation


@extend_schema_view(
    list=extend_schema(
        summary="Alle ZAAKen opvragen.",
        description="Deze lijst kan gefilterd wordt met query-string parameters.\n\nEr worden enkel zaken getoond "
        "van de zaaktypen en tot de vertrouwelijkheidaanduiding waartoe de client geautoriseerd is.",
    ),
    retrieve=extend_schema(summary="Een specifieke ZAAK opvragen.", description="Een specifieke ZAAK opvragen."),
    create=extend_schema(
        summary="Maak een ZAAK aan.",
        description="Indien geen identificatie gegeven is, dan wordt deze automatisch gegenereerd. De "
        "identificatie moet uniek zijn binnen de bronorganisatie." + VALIDATIE,
    ),
    update=extend_schema(summary="Werk een ZAAK in zijn geheel bij.", description="Werk een ZAAK bij." + WIJZIGEN),
    partial_update=extend_schema(summary="Werk een ZAAK deels bij.", description="Werk een ZAAK deels bij." + WIJZIGEN),
    destroy=extend_schema(
        summary="Verwijder een ZAAK.",
        description="Verwijder een ZAAK met alles wat erbij hoort (zrc-023): de deelzaken, statussen, resultaat, "
        "rollen, zaakobjecten, zaakeigenschappen, kenmerken, zaakinformatieobjecten (met hun spiegeling in de "
        "Documenten API), zaakcontactmomenten, zaakverzoeken, klantcontacten en de audit trail. Een zaak met "
        "besluiten wordt niet verwijderd (`related-besluiten`).",
    ),
)
class ZaakViewSet(ModelViewSet):
    """Opvragen en bewerken van ZAAKen."""

    schema = ZaakSchema()

    queryset = with_relations(Zaak.objects.order_by("-pk"))
    serializer_class = ZaakSerializer
    filterset_class = ZaakFilter
    component = ZAKEN
    required_scopes = {
        "list": SCOPE_ZAKEN_LEZEN,
        "retrieve": SCOPE_ZAKEN_LEZEN,
        "_zoek": SCOPE_ZAKEN_LEZEN,
        "create": SCOPE_ZAKEN_AANMAKEN,
        "update": SCOPE_ZAKEN_BIJWERKEN | SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
        "partial_update": SCOPE_ZAKEN_BIJWERKEN | SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
        "destroy": SCOPE_ZAKEN_VERWIJDEREN,
    }
    notifications_kanaal = kanaal("zaken")
    audit = True
    etag = True
    crs_headers = True
    expand_fields = expansions.ZAAK

    def create_object(self, data):
        return services.zaak_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.zaak_update(context=self.write_context, zaak=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.zaak_destroy(context=self.write_context, zaak=instance)

    # --- _zoek --------------------------------------------------------------------------
    def requested_expand(self):
        if self.action == "_zoek":
            if self.fields_selection is not None:
                return ",".join(self.fields_selection[1])
            return self.search_input.get(expansion.PARAMETER) or super().requested_expand()
        return super().requested_expand()

    @property
    def fields_selection(self):
        """The `fields` of a `_zoek` body (zrc-029) as (selection, expand paths), or None."""
        if not hasattr(self, "_fields_selection"):
            spec = self.search_input.get("fields")
            self._fields_selection = selection.parse(type(self), spec) if spec else None
        return self._fields_selection

    @property
    def search_input(self) -> dict:
        if not hasattr(self, "_search_input"):
            serializer = ZaakZoekSerializer(data=self.request.data, context=self.get_serializer_context())
            serializer.is_valid(raise_exception=True)
            self._search_input = serializer.validated_data
        return self._search_input

    @extend_schema(
        operation_id="zaak__zoek",
        summary="Voer een (geo)-zoekopdracht uit op ZAAKen.",
        description="Zoeken/filteren gaat normaal via de `list` operatie, deze is echter niet geschikt voor "
        "geo-zoekopdrachten. De body neemt elk filter van de lijst, en `uuid__in`, `zaaktype__in`, "
        "`zaakgeometrie.within`, `expand` en `fields`.",
        request=ZaakZoekSerializer,
        responses={200: ZaakSerializer(many=True)},
    )
    @action(methods=["post"], detail=False, url_path="_zoek")
    def _zoek(self, request, *args, **kwargs):
        search = self.search_input
        filterset = ZaakFilter(data=filter_data(search), queryset=self.get_queryset(), request=request)
        if not filterset.is_valid():
            raise exceptions.ValidationError(
                {
                    name: [
                        serializers.ErrorDetail(error["message"], code=error["code"] or "invalid") for error in errors
                    ]
                    for name, errors in filterset.errors.get_json_data().items()
                }
            )
        queryset = filterset.qs
        if "uuid__in" in search:
            queryset = queryset.filter(uuid__in=search["uuid__in"])
        if "zaaktype__in" in search:
            queryset = queryset.filter(zaaktype__in=self._zaaktypen(search["zaaktype__in"]))
        within = search.get("zaakgeometrie", {}).get("within")
        if within is not None:
            queryset = queryset.filter(zaakgeometrie__within=within)
        page = self.paginate_queryset(queryset)
        data = self.get_serializer(page, many=True).data
        if self.fields_selection is not None:
            data = selection.apply(data, self.fields_selection[0])
        return self.get_paginated_response(data)

    @staticmethod
    def _zaaktypen(urls: list[str]) -> list[int]:
        """The zaaktypen among `urls`; a URL of no zaaktype here matches no zaak."""
        ids, errors = [], {}
        for index, url in enumerate(urls):
            try:
                ids.append(resolve_url(url, ZaakType).pk)
            except serializers.ValidationError as exc:
                if exc.detail[0].code != "does_not_exist":
                    errors[str(index)] = exc.detail
        if errors:
            raise exceptions.ValidationError({"zaaktype__in": errors})
        return ids


class ZaakAuditTrailViewSet(AuditTrailViewSet):
    """De audit trail van een ZAAK: elke wijziging van de zaak en wat erbij hoort."""

    parent_model = Zaak
    parent_lookup_kwarg = "zaak_uuid"
    component = ZAKEN


@extend_schema_view(
    create=extend_schema(
        operation_id="zaaknummer_reserveren",
        summary="Reserveer een zaaknummer",
        description="Reserveer een zaaknummer binnen een specifieke bronorganisatie zonder direct een zaak aan te "
        "maken. Dit zaaknummer zal toegekend worden aan de eerstvolgende zaak die met dit zaaknummer wordt "
        "aangemaakt binnen de bronorganisatie. Zaaknummers die gereserveerd zijn worden daarna nooit meer "
        "automatisch uitgegeven. Zaken kunnen enkel een gereserveerd nummer krijgen als ze dit nummer expliciet "
        "meegeven bij het aanmaken van een zaak.\n\nAls `aantal` niet wordt opgegeven of gelijk is aan 1, wordt "
        "een enkel object teruggegeven. Als `aantal > 1`, wordt een lijst van objecten teruggegeven.",
        request=ReserveZaakIdentificatieSerializer,
        responses={
            201: OpenApiResponse(
                response=PolymorphicProxySerializer(
                    component_name="OneOrMultipleZaakIdentificaties",
                    serializers=[
                        ReserveZaakIdentificatieResponseSerializer,
                        ReserveZaakIdentificatieResponseSerializer(many=True),
                    ],
                    resource_type_field_name=None,
                    many=False,
                ),
                description="Created",
            )
        },
    )
)
class ZaakNummerReserverenViewSet(ZGWViewSet):
    """Zaaknummers reserveren."""

    serializer_class = ReserveZaakIdentificatieSerializer
    component = ZAKEN
    required_scopes = {"create": SCOPE_ZAKEN_AANMAKEN}
    pagination_class = None
    filter_backends = ()

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        aantal = serializer.validated_data["aantal"]
        nummers = services.zaaknummers_reserveren(
            context=self.write_context, bronorganisatie=serializer.validated_data["bronorganisatie"], aantal=aantal
        )
        data = [{"zaaknummer": nummer} for nummer in nummers]
        return Response(data[0] if aantal == 1 else data, status=status.HTTP_201_CREATED)
