"""The Zaak resource: every field of the Zaken API 1.7.0 contract.

Reading is the hot path (a page of 100 zaken), so a zaak is shown by
`ZaakRepresentation`: one plain function per request that builds each dict from the
row and from `_zaak_relations`, the uuids of its related objects that the list query
brings along in one JSON column (`with_relations()`): no serializer fields, no related
managers, no `reverse()` per object. The declared fields below validate writes and
describe the schema.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from django.db.models import JSONField, QuerySet
from django.db.models.expressions import RawSQL
from rest_framework import serializers

from openzaak.components.catalogi.models import ZaakType
from openzaak.zgw.constants import AardRelatie, Archiefnominatie, Archiefstatus, VertrouwelijkheidAanduiding
from openzaak.zgw.references import ReferenceField, SelfUrlField, URLField, base_url, resolve_url, template_for
from openzaak.zgw.validators import validate_rsin

from ... import rules
from ...constants import Betalingsindicatie
from ...models import (
    RelevanteZaakRelatie,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakObject,
)
from ...services import GEOMETRY_CACHE, RELATION_CACHE
from ..geojson import GeometryField, geojson_sql, to_geojson
from .fields import DurationField, GegevensGroep, NullableUrlField, UrlListField

# --- the related objects of a page of zaken, in the page's own query ---------------------


def _table(model) -> str:
    return model._meta.db_table


@cache
def _relations_sql() -> str:
    zaak = _table(Zaak)

    def uuids(model, alias: str) -> str:
        rows = f"FROM {_table(model)} {alias} WHERE {alias}.zaak_id = {zaak}.id"
        return f"ARRAY(SELECT {alias}.uuid {rows} ORDER BY {alias}.id)"

    return f"""JSONB_BUILD_OBJECT(
        'zaaktype', (SELECT zt.uuid FROM {_table(ZaakType)} zt WHERE zt.id = {zaak}.zaaktype_id),
        'hoofdzaak', (SELECT hz.uuid FROM {zaak} hz WHERE hz.id = {zaak}.hoofdzaak_id),
        'deelzaken', ARRAY(SELECT dz.uuid FROM {zaak} dz WHERE dz.hoofdzaak_id = {zaak}.id ORDER BY dz.id),
        'relevante', ARRAY(
            SELECT JSONB_BUILD_OBJECT('uuid', rz.uuid, 'url', rr.relevante_zaak_url, 'aard', rr.aard_relatie)
            FROM {_table(RelevanteZaakRelatie)} rr LEFT JOIN {zaak} rz ON rz.id = rr.relevante_zaak_id
            WHERE rr.zaak_id = {zaak}.id ORDER BY rr.id
        ),
        'eigenschappen', {uuids(ZaakEigenschap, "ze")},
        'rollen', {uuids(Rol, "ro")},
        'status', (
            SELECT st.uuid FROM {_table(Status)} st
            WHERE st.zaak_id = {zaak}.id AND st.indicatie_laatst_gezette_status LIMIT 1
        ),
        'zaakinformatieobjecten', {uuids(ZaakInformatieObject, "zi")},
        'zaakobjecten', {uuids(ZaakObject, "zo")},
        'resultaat', (SELECT re.uuid FROM {_table(Resultaat)} re WHERE re.zaak_id = {zaak}.id LIMIT 1)
    )"""


def relations_expression() -> RawSQL:
    """Per zaak, the uuids of everything its representation links to, as one JSON
    object; each part is an index lookup on the related table's zaak column. Written
    as SQL, not as ten Django subqueries: compiling those cost 2.5 ms of every page and
    every detail. It names the zaak by its table, the alias of a queryset's own rows."""
    return RawSQL(_relations_sql(), (), output_field=JSONField())


def with_relations(queryset: QuerySet) -> QuerySet:
    """`queryset` with each zaak's `_zaak_relations` (see `relations_expression`) and
    its zaakgeometrie as GeoJSON instead of a geometry (`geojson_sql`); a COUNT of it
    leaves both out."""
    geojson = RawSQL(geojson_sql(f"{_table(Zaak)}.zaakgeometrie"), (), output_field=JSONField())
    return queryset.defer("zaakgeometrie").annotate(**{RELATION_CACHE: relations_expression(), GEOMETRY_CACHE: geojson})


def relations_of(zaak: Zaak) -> dict:
    """The zaak's related uuids: from its query, else one query now (a zaak just
    written, or one the admin or a service holds)."""
    relations = zaak.__dict__.get(RELATION_CACHE)
    if relations is None:
        relations = Zaak.objects.filter(pk=zaak.pk).values_list(relations_expression(), flat=True).first() or {}
        zaak.__dict__[RELATION_CACHE] = relations
    return relations


# --- URLs ---------------------------------------------------------------------------------

# The paths of the zaak's sub-resources, for as long as their viewsets are not registered
# (the registered template wins; they are the contract's paths).
SUB_RESOURCE_PATHS = {
    Status: "zaken/api/v1/statussen/{uuid}",
    Resultaat: "zaken/api/v1/resultaten/{uuid}",
    Rol: "zaken/api/v1/rollen/{uuid}",
    ZaakObject: "zaken/api/v1/zaakobjecten/{uuid}",
    ZaakInformatieObject: "zaken/api/v1/zaakinformatieobjecten/{uuid}",
}


def _prefix(request, model) -> str:
    """`<base>/<path up to the uuid>` of `model`'s URLs; for a nested resource the part
    up to its parent's uuid is formatted by the caller."""
    try:
        template = template_for(model)
    except LookupError:
        template = SUB_RESOURCE_PATHS[model]
    return f"{base_url(request)}/{template.rpartition('{uuid}')[0]}"


_datetime = serializers.DateTimeField()


def _date(value):
    return value.isoformat() if value is not None else None


class ZaakRepresentation:
    """Builds the contract's representation of zaken for one request (or WriteContext)."""

    def __init__(self, request):
        self.zaak = _prefix(request, Zaak)
        self.zaaktype = _prefix(request, ZaakType)
        self.eigenschap = _prefix(request, ZaakEigenschap)  # ".../zaken/{zaak__uuid}/zaakeigenschappen/"
        self.status = _prefix(request, Status)
        self.resultaat = _prefix(request, Resultaat)
        self.rol = _prefix(request, Rol)
        self.zaakobject = _prefix(request, ZaakObject)
        self.zio = _prefix(request, ZaakInformatieObject)
        self.betalingsindicatie_labels = dict(Betalingsindicatie.choices)

    def __call__(self, zaak: Zaak) -> dict:
        relations = relations_of(zaak)
        uuid = str(zaak.uuid)
        zaak_url = self.zaak + uuid
        eigenschap = self.eigenschap.replace("{zaak__uuid}", uuid)
        status, resultaat, hoofdzaak = relations.get("status"), relations.get("resultaat"), relations.get("hoofdzaak")
        return {
            "url": zaak_url,
            "uuid": uuid,
            "identificatie": zaak.identificatie,
            "bronorganisatie": zaak.bronorganisatie,
            "omschrijving": zaak.omschrijving,
            "toelichting": zaak.toelichting,
            "zaaktype": self.zaaktype + relations["zaaktype"],
            "registratiedatum": _date(zaak.registratiedatum),
            "verantwoordelijkeOrganisatie": zaak.verantwoordelijke_organisatie,
            "startdatum": _date(zaak.startdatum),
            "einddatum": _date(zaak.einddatum),
            "einddatumGepland": _date(zaak.einddatum_gepland),
            "uiterlijkeEinddatumAfdoening": _date(zaak.uiterlijke_einddatum_afdoening),
            "publicatiedatum": _date(zaak.publicatiedatum),
            "communicatiekanaal": zaak.communicatiekanaal,
            "productenOfDiensten": list(zaak.producten_of_diensten),
            "vertrouwelijkheidaanduiding": zaak.vertrouwelijkheidaanduiding,
            "betalingsindicatie": zaak.betalingsindicatie,
            "betalingsindicatieWeergave": self.betalingsindicatie_labels.get(zaak.betalingsindicatie, ""),
            "laatsteBetaaldatum": _datetime.to_representation(zaak.laatste_betaaldatum)
            if zaak.laatste_betaaldatum
            else None,
            "zaakgeometrie": zaak.__dict__[GEOMETRY_CACHE]
            if GEOMETRY_CACHE in zaak.__dict__
            else to_geojson(zaak.zaakgeometrie),
            "verlenging": {"reden": zaak.verlenging_reden, "duur": zaak.verlenging_duur}
            if zaak.verlenging_duur or zaak.verlenging_reden
            else None,
            "opschorting": {"indicatie": zaak.opschorting_indicatie, "reden": zaak.opschorting_reden},
            "selectielijstklasse": zaak.selectielijstklasse,
            "hoofdzaak": self.zaak + hoofdzaak if hoofdzaak else None,
            "deelzaken": [self.zaak + item for item in relations["deelzaken"]],
            "relevanteAndereZaken": [
                {"url": self.zaak + item["uuid"] if item["uuid"] else item["url"], "aardRelatie": item["aard"]}
                for item in relations["relevante"]
            ],
            "eigenschappen": [eigenschap + item for item in relations["eigenschappen"]],
            "rollen": [self.rol + item for item in relations["rollen"]],
            "status": self.status + status if status else None,
            "zaakinformatieobjecten": [self.zio + item for item in relations["zaakinformatieobjecten"]],
            "zaakobjecten": [self.zaakobject + item for item in relations["zaakobjecten"]],
            "kenmerken": [{"kenmerk": item["kenmerk"], "bron": item["bron"]} for item in zaak.kenmerken],
            "archiefnominatie": zaak.archiefnominatie,
            "archiefstatus": zaak.archiefstatus,
            "archiefactiedatum": _date(zaak.archiefactiedatum),
            "resultaat": self.resultaat + resultaat if resultaat else None,
            "opdrachtgevendeOrganisatie": zaak.opdrachtgevende_organisatie,
            "processobjectaard": zaak.processobjectaard,
            "startdatumBewaartermijn": _date(zaak.startdatum_bewaartermijn),
            "processobject": {
                "datumkenmerk": zaak.processobject_datumkenmerk,
                "identificatie": zaak.processobject_identificatie,
                "objecttype": zaak.processobject_objecttype,
                "registratie": zaak.processobject_registratie,
            }
            if any(
                (
                    zaak.processobject_datumkenmerk,
                    zaak.processobject_identificatie,
                    zaak.processobject_objecttype,
                    zaak.processobject_registratie,
                )
            )
            else None,
        }


# --- input: the groups and nested lists -------------------------------------------------


class VerlengingSerializer(GegevensGroep):
    """Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK"""

    reden = serializers.CharField(
        source="verlenging_reden",
        max_length=200,
        help_text="Omschrijving van de reden voor het verlengen van de behandeling van de zaak.",
    )
    duur = DurationField(
        source="verlenging_duur",
        help_text="Het aantal werkbare dagen waarmee de doorlooptijd van de behandeling van de ZAAK is verlengd "
        "(of verkort) ten opzichte van de eerder gecommuniceerde doorlooptijd.",
    )
    empty_values = {"verlenging_reden": "", "verlenging_duur": None}


class OpschortingSerializer(GegevensGroep):
    """Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK"""

    indicatie = serializers.BooleanField(
        source="opschorting_indicatie", help_text="Aanduiding of de behandeling van de ZAAK tijdelijk is opgeschort."
    )
    reden = serializers.CharField(
        source="opschorting_reden",
        max_length=200,
        allow_blank=True,
        help_text="Omschrijving van de reden voor het opschorten van de behandeling van de zaak.",
    )
    empty_values = {"opschorting_indicatie": False, "opschorting_reden": ""}


class ProcessobjectSerializer(GegevensGroep):
    """Specificatie van de attribuutsoort van het object, subject of gebeurtenis waarop, vanuit
    archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de
    archiefactietermijn."""

    datumkenmerk = serializers.CharField(
        source="processobject_datumkenmerk",
        max_length=250,
        help_text="De naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de "
        "procestermijn.",
    )
    identificatie = serializers.CharField(
        source="processobject_identificatie", max_length=250, help_text="De unieke aanduiding van het procesobject."
    )
    objecttype = serializers.CharField(
        source="processobject_objecttype",
        max_length=250,
        help_text="Het soort object dat het procesobject representeert.",
    )
    registratie = serializers.CharField(
        source="processobject_registratie",
        max_length=250,
        help_text="De naam van de registratie waarvan het procesobject deel uit maakt.",
    )
    empty_values = {
        "processobject_datumkenmerk": "",
        "processobject_identificatie": "",
        "processobject_objecttype": "",
        "processobject_registratie": "",
    }


class ZaakKenmerkSerializer(serializers.Serializer):
    """Een kenmerk van de zaak in een andere administratie."""

    kenmerk = serializers.CharField(max_length=40, help_text="Identificeert uniek de zaak in een andere administratie.")
    bron = serializers.CharField(
        max_length=40, help_text="De aanduiding van de administratie waar het kenmerk op slaat."
    )


def is_local(request, url: str) -> bool:
    """Whether `url` is one of this installation (else: another Zaken API's)."""
    base = urlsplit(base_url(request))
    parts = urlsplit(url)
    return (parts.scheme, parts.netloc) == (base.scheme, base.netloc) and parts.path.startswith(base.path)


class RelevanteZakenSerializer(serializers.ListSerializer):
    """zrc-011: each URL refers to an existing zaak, here or in another Zaken API; an
    error names `relevanteAndereZaken.<index>`."""

    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_a_list", input_type=type(data).__name__)
        request = self.context.get("request")
        resolved, errors = [], {}
        for index, item in enumerate(data):
            try:
                attrs = self.child.run_validation(item)
                url = attrs.pop("url")
                if is_local(request, url):
                    attrs.update(relevante_zaak=resolve_url(url, Zaak), relevante_zaak_url="")
                else:
                    rules.remote_zaak(url)
                    attrs.update(relevante_zaak=None, relevante_zaak_url=url)
                resolved.append(attrs)
            except serializers.ValidationError as exc:
                errors[index] = exc.detail if isinstance(exc.detail, (list, dict)) else [exc.detail]
        if errors:
            raise serializers.ValidationError(errors)
        return resolved


class RelevanteZaakSerializer(serializers.Serializer):
    """Een zaak die relevant is voor deze zaak, in deze of een andere Zaken API."""

    url = URLField(max_length=1000, help_text="URL-referentie naar de ZAAK.")
    aardRelatie = serializers.ChoiceField(
        source="aard_relatie",
        choices=AardRelatie.choices,
        help_text="Benamingen van de aard van de relaties van andere zaken tot (onderhanden) zaken.",
    )

    class Meta:
        list_serializer_class = RelevanteZakenSerializer


# --- the zaak -------------------------------------------------------------------------------


class ZaakSerializer(serializers.Serializer):
    """A zaak. Reading: `ZaakRepresentation`; writing: the fields below and the rules of
    `rules.py`, then `services.zaak_create` / `zaak_update`."""

    url = SelfUrlField(
        help_text="URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
    )
    uuid = serializers.UUIDField(read_only=True, help_text="Unieke resource identifier (UUID4)")
    identificatie = serializers.CharField(
        max_length=40,
        required=False,
        allow_blank=True,
        help_text="De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de "
        "behandeling van de ZAAK. Indien niet opgegeven, dan wordt deze gegenereerd.",
    )
    bronorganisatie = serializers.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit "
        "moet een geldig RSIN zijn van 9 nummers en voldoen aan "
        "https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef",
    )
    omschrijving = serializers.CharField(
        max_length=80, required=False, allow_blank=True, help_text="Een korte omschrijving van de zaak."
    )
    toelichting = serializers.CharField(
        max_length=1000, required=False, allow_blank=True, help_text="Een toelichting op de zaak."
    )
    zaaktype = ReferenceField(
        model=ZaakType,
        help_text="URL-referentie naar het ZAAKTYPE (in de Catalogi API) in de CATALOGUS waar deze voorkomt",
    )
    registratiedatum = serializers.DateField(
        required=False,
        help_text="De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet "
        "opgegeven wordt, wordt de datum van vandaag gebruikt.",
    )
    verantwoordelijkeOrganisatie = serializers.CharField(
        source="verantwoordelijke_organisatie",
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor "
        "de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan "
        "https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef",
    )
    startdatum = serializers.DateField(help_text="De datum waarop met de uitvoering van de zaak is gestart")
    einddatum = serializers.DateField(
        read_only=True, allow_null=True, help_text="De datum waarop de uitvoering van de zaak afgerond is."
    )
    einddatumGepland = serializers.DateField(
        source="einddatum_gepland",
        required=False,
        allow_null=True,
        help_text="De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.",
    )
    uiterlijkeEinddatumAfdoening = serializers.DateField(
        source="uiterlijke_einddatum_afdoening",
        required=False,
        allow_null=True,
        help_text="De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.",
    )
    publicatiedatum = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Datum waarop (het starten van) de zaak gepubliceerd is of wordt.",
    )
    communicatiekanaal = URLField(
        max_length=1000,
        required=False,
        allow_blank=True,
        validators=[rules.communicatiekanaal],
        help_text="Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een "
        "communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.",
    )
    productenOfDiensten = serializers.ListField(
        source="producten_of_diensten",
        child=URLField(max_length=1000),
        required=False,
        help_text="De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de "
        "resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten "
        "moeten bij het zaaktype vermeld zijn.",
    )
    vertrouwelijkheidaanduiding = serializers.ChoiceField(
        choices=VertrouwelijkheidAanduiding.choices,
        required=False,
        help_text="Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. "
        "Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit "
        "betekent dat de API _altijd_ een waarde teruggeeft.",
    )
    betalingsindicatie = serializers.ChoiceField(
        choices=Betalingsindicatie.choices,
        required=False,
        allow_blank=True,
        help_text="Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de "
        "desbetreffende betrokkene.",
    )
    betalingsindicatieWeergave = serializers.CharField(read_only=True, help_text="Uitleg bij `betalingsindicatie`.")
    laatsteBetaaldatum = serializers.DateTimeField(
        source="laatste_betaaldatum",
        required=False,
        allow_null=True,
        validators=[rules.not_in_future],
        help_text="De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met "
        "behandeling van de zaak.",
    )
    zaakgeometrie = GeometryField(
        required=False, allow_null=True, help_text="Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON."
    )
    verlenging = VerlengingSerializer(
        source="*",
        required=False,
        allow_null=True,
        help_text="Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK",
    )
    opschorting = OpschortingSerializer(
        source="*",
        required=False,
        allow_null=True,
        help_text="Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK",
    )
    selectielijstklasse = URLField(
        max_length=1000,
        required=False,
        allow_blank=True,
        validators=[rules.selectielijstklasse],
        help_text="URL-referentie naar de categorie in de gehanteerde 'Selectielijst Archiefbescheiden' die, gezien "
        "het zaaktype en het resultaattype van de zaak, bepalend is voor het archiefregime van de zaak.",
    )
    hoofdzaak = ReferenceField(
        model=Zaak,
        required=False,
        allow_null=True,
        help_text="URL-referentie naar de ZAAK, waarom verzocht is door de initiator daarvan, die behandeld wordt "
        "in twee of meer separate ZAAKen waarvan de onderhavige ZAAK er één is.",
    )
    deelzaken = UrlListField(help_text="URL-referenties naar deel ZAAKen.")
    relevanteAndereZaken = RelevanteZaakSerializer(
        source="relevante_andere_zaken", many=True, required=False, help_text="Een lijst van relevante andere zaken."
    )
    eigenschappen = UrlListField(help_text="URL-referenties naar ZAAK-EIGENSCHAPPen.")
    rollen = UrlListField(help_text="URL-referenties naar ROLLen.")
    status = NullableUrlField(help_text="Indien geen status bekend is, dan is de waarde 'null'")
    zaakinformatieobjecten = UrlListField(help_text="URL-referenties naar ZAAKINFORMATIEOBJECTen.")
    zaakobjecten = UrlListField(help_text="URL-referenties naar ZAAKOBJECTen.")
    kenmerken = ZaakKenmerkSerializer(
        many=True,
        required=False,
        help_text="Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`.",
    )
    archiefnominatie = serializers.ChoiceField(
        choices=Archiefnominatie.choices,
        required=False,
        allow_blank=True,
        allow_null=True,
        help_text="Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.",
    )
    archiefstatus = serializers.ChoiceField(
        choices=Archiefstatus.choices,
        required=False,
        help_text="Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.",
    )
    archiefactiedatum = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet "
        "worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een "
        "RESULTAAT aan deze ZAAK indien nog leeg.",
    )
    resultaat = NullableUrlField(
        help_text="URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'"
    )
    opdrachtgevendeOrganisatie = serializers.CharField(
        source="opdrachtgevende_organisatie",
        max_length=9,
        required=False,
        allow_blank=True,
        help_text="De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon "
        "waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak "
        "invulling geeft.",
    )
    processobjectaard = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        allow_null=True,
        help_text="Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak "
        "betrekking heeft.",
    )
    startdatumBewaartermijn = serializers.DateField(
        source="startdatum_bewaartermijn",
        required=False,
        allow_null=True,
        help_text="De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.",
    )
    processobject = ProcessobjectSerializer(
        source="*",
        required=False,
        allow_null=True,
        help_text="Specificatie van de attribuutsoort van het object, subject of gebeurtenis waarop, vanuit "
        "archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn.",
    )

    class Meta:
        validators = rules.zaak_rules()

    def to_internal_value(self, data):
        attrs = super().to_internal_value(data)
        for name in ("archiefnominatie", "processobjectaard"):
            if name in attrs and attrs[name] is None:
                attrs[name] = ""  # one empty value in the database, not two
        if "kenmerken" in attrs:
            attrs["kenmerken"] = [dict(item) for item in attrs["kenmerken"]]
        if self.instance is not None and not attrs.get("identificatie", True):
            del attrs["identificatie"]  # "" on an update: keep the identificatie it has
        return attrs

    def to_representation(self, instance):
        render = self.__dict__.get("_render")
        if render is None:
            render = self._render = ZaakRepresentation(self.context.get("request"))
        return render(instance)


class ReserveZaakIdentificatieSerializer(serializers.Serializer):
    """The request of `zaaknummer_reserveren`."""

    bronorganisatie = serializers.CharField(
        min_length=9,
        max_length=9,
        write_only=True,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit "
        "moet een geldig RSIN zijn van 9 nummers en voldoen aan "
        "https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef",
    )
    aantal = serializers.IntegerField(
        min_value=1,
        max_value=100,
        default=1,
        write_only=True,
        help_text="Het aantal identificaties om te reserveren (hoogstens 100 per verzoek).",
    )


class ReserveZaakIdentificatieResponseSerializer(serializers.Serializer):
    zaaknummer = serializers.CharField(
        read_only=True,
        help_text="De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de "
        "behandeling van de ZAAK.",
    )
