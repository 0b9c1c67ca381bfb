"""Besluiten and besluitinformatieobjecten are read by besluittype on every read path
(the shared read path, `zgw.authorisation`): list, detail, HEAD, the audit trail and
`expand` read only what the autorisaties allow. Besluiten have no
vertrouwelijkheidaanduiding."""

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.zgw.components import BESLUITEN
from openzaak.zgw.scopes import SCOPE_BESLUITEN_LEZEN
from openzaak.zgw.testing import AuthorisationMatrix

from .factories import BesluitFactory, BesluitInformatieObjectFactory
from .utils import BESLUITEN as BESLUITEN_URL
from .utils import BIOS


class TestBesluitAuthorisation(AuthorisationMatrix):
    component = BESLUITEN
    scope = SCOPE_BESLUITEN_LEZEN
    list_url = BESLUITEN_URL
    vertrouwelijkheid = False
    audittrail = True

    def make_type(self):
        return BesluitTypeFactory(concept=False)

    def make(self, type_, vertrouwelijkheidaanduiding):
        return BesluitFactory(besluittype=type_)


class TestBesluitInformatieObjectAuthorisation(TestBesluitAuthorisation):
    """Read as its besluit is read."""

    list_url = BIOS
    audittrail = False

    def make(self, type_, vertrouwelijkheidaanduiding):
        return BesluitInformatieObjectFactory(besluit__besluittype=type_)
