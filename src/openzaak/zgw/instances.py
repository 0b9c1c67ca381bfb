"""Model instances made from database rows without `Model.__init__`.

Django builds every row of a queryset through `__init__`: a signal check, then a
`setattr` per field through its descriptor. For a zaak (45 columns) that is half the
Python time of reading a page of 100. A row from the database needs none of it: its
values go into the instance's `__dict__` as `__init__` would leave them, deferred
fields stay absent (so they load on access, as usual) and the instance is marked as
saved. Models with `pre_init`/`post_init` receivers keep Django's way.

    class Zaak(FastFromDb, models.Model): ...
"""

from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init


class FastFromDb:
    @classmethod
    def from_db(cls, db, field_names, values):
        if pre_init.has_listeners(cls) or post_init.has_listeners(cls):
            return super().from_db(db, field_names, values)
        new = cls.__new__(cls)
        new.__dict__.update(zip(field_names, values, strict=True))
        state = new._state = ModelState()
        state.adding, state.db = False, db
        return new
