"""GeoJSON geometries (RFC 7946) in and out, as the Zaken API exchanges `zaakgeometrie`
and `_zoek`'s `zaakgeometrie.within`: always EPSG:4326 (the Crs headers say so, see
`zgw.crs`), two-dimensional positions."""

from __future__ import annotations

import json

from django.contrib.gis.gdal import GDALException
from django.contrib.gis.geos import GEOSException, GEOSGeometry
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers

GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)
SRID = 4326


def to_geojson(geometry: GEOSGeometry | None) -> dict | None:
    """The GeoJSON object of `geometry`. A point, what most zaken have, is read from its
    GEOS coordinates: `geometry.json` goes through GDAL (an OGR copy and a spatial
    reference per call), four times the cost; for other shapes GDAL is the faster
    (ctypes reads GEOS coordinates one point at a time). Both give the same floats."""
    if geometry is None:
        return None
    if geometry.geom_type == "Point":
        return {"type": "Point", "coordinates": list(geometry.coords)}
    return json.loads(geometry.json)


def geojson_sql(column: str) -> str:
    """SQL for the GeoJSON object of a geometry column, so a page of zaken needs no GEOS
    object per row (reading one cost more than the rest of the zaak). A point is built
    from its coordinates, which PostgreSQL writes as the shortest text that reads back
    as the same double: the same floats `to_geojson` gives."""
    return (
        f"CASE WHEN {column} IS NULL THEN NULL "
        f"WHEN GeometryType({column}) = 'POINT' THEN JSONB_BUILD_OBJECT("
        f"'type', 'Point', 'coordinates', JSONB_BUILD_ARRAY(ST_X({column}), ST_Y({column}))) "
        f"ELSE ST_AsGeoJSON({column}, 15)::jsonb END"
    )


class GeometryField(serializers.Field):
    """A GeoJSON geometry object; stored as a PostGIS geometry."""

    default_error_messages = {
        "invalid": "Geef een geldige GeoJSON-geometrie (RFC 7946) in EPSG:4326.",
        "invalid_type": "Het geometrietype {kind!r} wordt niet ondersteund; gebruik een van {types}.",
    }

    def to_representation(self, value):
        return to_geojson(value)

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            self.fail("invalid")
        kind = data.get("type")
        if kind not in GEOMETRY_TYPES:
            self.fail("invalid_type", kind=kind, types=", ".join(GEOMETRY_TYPES))
        try:
            geometry = GEOSGeometry(json.dumps(data), srid=SRID)
        except (GEOSException, GDALException, ValueError, TypeError):
            self.fail("invalid")
        if geometry.hasz or geometry.empty or not geometry.valid:
            self.fail("invalid")  # PostGIS would refuse to compare an invalid geometry
        geometry.srid = SRID
        return geometry


# --- the schema: the contract's GeoJSONGeometry and its members ---------------------------

_POINT2D = {"title": "Point2D", "type": "array", "items": {"type": "number"}, "maxItems": 2, "minItems": 2}
_POINT2D_REF = {"$ref": "#/components/schemas/Point2D"}


def _array(items, depth: int, **extra):
    for _ in range(depth - 1):
        items = {"type": "array", "items": items}
    return {"type": "array", "items": items, **extra}


_COORDINATES = {
    "Point": _POINT2D_REF,
    "MultiPoint": _array(_POINT2D_REF, 1),
    "LineString": _array(_POINT2D_REF, 1, minItems=2),
    "MultiLineString": _array(_POINT2D_REF, 2),
    "Polygon": _array(_POINT2D_REF, 2),
    "MultiPolygon": _array(_POINT2D_REF, 3),
}
_GEOMETRY = {
    "title": "Geometry",
    "description": "GeoJSON geometry",
    "type": "object",
    "required": ["type"],
    "externalDocs": {"url": "https://tools.ietf.org/html/rfc7946#section-3.1"},
    "properties": {
        "type": {
            "allOf": [{"$ref": "#/components/schemas/GeometryTypeEnum"}],
            "description": "The geometry type",
        }
    },
}
_GEOMETRY_TYPE_ENUM = {"type": "string", "enum": [*GEOMETRY_TYPES, "Feature", "FeatureCollection"]}


def _member(kind: str) -> dict:
    """One geometry type: a Geometry of that `type` with its `coordinates` (or
    `geometries`); the `type` is pinned, so exactly one member of the `oneOf` matches."""
    if kind == "GeometryCollection":
        body = {
            "required": ["geometries"],
            "properties": {
                "type": {"type": "string", "enum": [kind]},
                "geometries": {"type": "array", "items": {"$ref": "#/components/schemas/Geometry"}},
            },
        }
    else:
        body = {
            "required": ["coordinates"],
            "properties": {"type": {"type": "string", "enum": [kind]}, "coordinates": _COORDINATES[kind]},
        }
    return {
        "title": kind,
        "description": f"GeoJSON {kind} geometry",
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/Geometry"}, {"type": "object", **body}],
    }


def register_components(auto_schema) -> ResolvedComponent:
    """Register GeoJSONGeometry and the schemas it refers to; returns GeoJSONGeometry."""
    registry = auto_schema.registry
    schemas = {
        "Point2D": _POINT2D,
        "GeometryTypeEnum": _GEOMETRY_TYPE_ENUM,
        "Geometry": _GEOMETRY,
        **{kind: _member(kind) for kind in GEOMETRY_TYPES},
        "GeoJSONGeometry": {
            "title": "GeoJSONGeometry",
            "type": "object",
            # each member pins its `type`, so exactly one matches (no `discriminator` needed)
            "oneOf": [{"$ref": f"#/components/schemas/{kind}"} for kind in GEOMETRY_TYPES],
        },
    }
    component = None
    for name, schema in schemas.items():
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=schema, object=name)
        registry.register_on_missing(component)
    return component


class GeometryFieldSchema(OpenApiSerializerFieldExtension):
    target_class = GeometryField

    def map_serializer_field(self, auto_schema, direction):
        geometry = register_components(auto_schema)
        schema = {"allOf": [geometry.ref]}
        if self.target.allow_null:
            schema["nullable"] = True
        if self.target.help_text:
            schema["description"] = str(self.target.help_text)
        return schema
