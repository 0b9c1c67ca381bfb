"""The Documenten API's serializers, by resource."""

from .informatieobject import (
    BestandsDeelResponseSerializer,
    BestandsDeelSerializer,
    BestandsDeelUploadSerializer,
    EIOZoekSerializer,
    EnkelvoudigInformatieObjectCreateLockSerializer,
    EnkelvoudigInformatieObjectSerializer,
    EnkelvoudigInformatieObjectWithLockSerializer,
    LockEnkelvoudigInformatieObjectSerializer,
    UnlockEnkelvoudigInformatieObjectSerializer,
)
from .relaties import GebruiksrechtenSerializer, ObjectInformatieObjectSerializer, VerzendingSerializer

__all__ = [
    "BestandsDeelResponseSerializer",
    "BestandsDeelSerializer",
    "BestandsDeelUploadSerializer",
    "EIOZoekSerializer",
    "EnkelvoudigInformatieObjectCreateLockSerializer",
    "EnkelvoudigInformatieObjectSerializer",
    "EnkelvoudigInformatieObjectWithLockSerializer",
    "GebruiksrechtenSerializer",
    "LockEnkelvoudigInformatieObjectSerializer",
    "ObjectInformatieObjectSerializer",
    "UnlockEnkelvoudigInformatieObjectSerializer",
    "VerzendingSerializer",
]
