"""Serializer fields for the standard's recurring shapes."""

from rest_framework import serializers


class DisplayField(serializers.Field):
    """The human-readable label of a choice field (the contracts' `…Weergave` fields).

    Reads the stored value and looks the label up in the choices, instead of calling
    `get_FOO_display`: DRF inspects the signature of every callable attribute it reads,
    which costs more than the rest of the field on large pages.
    """

    def __init__(self, *, choices, **kwargs):
        self.labels = dict(choices)
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return str(self.labels.get(value, value))
