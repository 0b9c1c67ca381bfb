"""Every write to Applicaties and their autorisaties. The API, the admin and the
`create_applicatie` command all write through these, so each notifies the
`autorisaties` kanaal alike (`zgw.writes`), and each change forgets the cached
autorisaties of the clients concerned (`signals`)."""

from __future__ import annotations

from openzaak.zgw import services as plain
from openzaak.zgw.auth.client import invalidate
from openzaak.zgw.context import WriteContext

from .models import Applicatie, Autorisatie


def applicatie_create(*, context: WriteContext, data: dict) -> Applicatie:
    data = dict(data)
    autorisaties = data.pop("autorisaties", [])
    return plain.create_object(
        context=context, model=Applicatie, data=data, after_save=lambda applicatie: _set(applicatie, autorisaties)
    )


def applicatie_update(*, context: WriteContext, applicatie: Applicatie, data: dict, partial: bool) -> Applicatie:
    """A given list of autorisaties replaces the old one as a whole (as PUT/PATCH of a
    nested list means)."""
    data = dict(data)
    autorisaties = data.pop("autorisaties", None)
    return plain.update_object(
        context=context,
        instance=applicatie,
        data=data,
        partial=partial,
        after_save=None if autorisaties is None else lambda applicatie: _set(applicatie, autorisaties),
    )


def applicatie_delete(*, context: WriteContext, applicatie: Applicatie) -> None:
    plain.destroy_object(context=context, instance=applicatie)


def _set(applicatie: Applicatie, autorisaties: list[dict]) -> None:
    applicatie.autorisaties.all().delete()
    Autorisatie.objects.bulk_create(Autorisatie(applicatie=applicatie, **data) for data in autorisaties)
    invalidate(applicatie.client_ids)  # bulk_create sends no post_save
