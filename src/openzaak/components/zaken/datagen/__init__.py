"""Realistic synthetic data for the three registers, fast: rows are rendered in Python
and sent with PostgreSQL COPY, one transaction per batch of zaken (so a run can be
stopped and resumed, and the deferred foreign-key checks stay small). Each run appends:
ids come from the tables' sequences and identificaties from `openzaak.zgw.identificatie`
counters, so no identificatie repeats across runs.

Per zaak (the default shape, to compare with other servers): 3 statussen, 1 resultaat,
1 rol (a natuurlijk persoon, one of ~5,000 BSNs), 1 zaakeigenschap and 1 zaakobject; the
vertrouwelijkheidaanduiding spread over its 8 levels; a zaakgeometrie in the
Netherlands; closed zaken with einddatum and archive fields. Optionally documents (small
content files) with their zaakinformatieobjecten and mirrors, and besluiten with their
zaakbesluit and a besluitbrief document.

Entry point: `generate()`, used by `manage.py generate_data`.
"""

from .generator import Options, generate

__all__ = ["Options", "generate"]
