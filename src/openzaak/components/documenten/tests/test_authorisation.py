"""Every Documenten read path reads only what the autorisaties allow (informatieobjecttype ×
maximum vertrouwelijkheidaanduiding, and alleenIsGereedVoorPublicatie): the shared matrix
per resource, plus the download, older versies and the bestandsdelen upload."""

import pytest

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory
from openzaak.zgw.components import DOCUMENTEN
from openzaak.zgw.scopes import SCOPE_DOCUMENTEN_LEZEN
from openzaak.zgw.testing import HIGH, LOW, AuthorisationMatrix

from .factories import (
    BestandsDeelFactory,
    EnkelvoudigInformatieObjectFactory,
    GebruiksrechtenFactory,
    ObjectInformatieObjectFactory,
    VerzendingFactory,
)
from .utils import BASE, EIO, url


class DocumentMatrix(AuthorisationMatrix):
    component = DOCUMENTEN
    scope = SCOPE_DOCUMENTEN_LEZEN

    def make_type(self):
        return InformatieObjectTypeFactory(concept=False)

    def document(self, type_, vertrouwelijkheidaanduiding):
        return EnkelvoudigInformatieObjectFactory(
            informatieobjecttype=type_, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding, met_inhoud=True
        )


class TestEnkelvoudigInformatieObjectAuthorisation(DocumentMatrix):
    list_url = EIO
    zoek = True
    audittrail = True

    def make(self, type_, vertrouwelijkheidaanduiding):
        document = self.document(type_, vertrouwelijkheidaanduiding)
        from openzaak.zgw.audit import record
        from openzaak.zgw.context import WriteContext

        record(
            WriteContext.system(),
            bron="drc",
            actie="create",
            resultaat=201,
            hoofd_object_url=url(document),
            hoofd_object_uuid=document.uuid,
            resource="enkelvoudiginformatieobject",
            resource_url=url(document),
            resource_weergave=str(document),
            oud=None,
            nieuw={},
        )
        return document

    def test_download_refuses_what_is_hidden(self, world):
        client, objects = world
        for name, obj in objects.items():
            expected = 200 if name == "visible" else 403
            assert client.get(f"{self.detail_url(obj)}/download").status_code == expected, name

    def test_an_older_versie_is_read_by_its_own_level(self, world):
        """A document now `openbaar` that was `geheim` in versie 1: that versie (and its
        content) stays hidden from a client up to `intern`."""
        client, objects = world
        document = objects["visible"]
        versie_1 = document.versies.get()
        versie_1.vertrouwelijkheidaanduiding = HIGH
        versie_1.save()
        document.versie = 2
        document.save()
        document.new_versie().save()
        assert client.get(self.detail_url(document)).status_code == 200
        assert client.get(self.detail_url(document), {"versie": 1}).status_code == 403
        assert client.get(f"{self.detail_url(document)}/download", {"versie": 1}).status_code == 403

    def test_alleen_gereed_voor_publicatie(self, api_client):
        iotype = self.make_type()
        ready = EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype, is_gereed_voor_publicatie=True)
        not_ready = EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype)
        client = api_client(
            autorisaties=[
                {
                    "component": "drc",
                    "scopes": ["documenten.lezen"],
                    "informatieobjecttype": iotype,
                    "max_vertrouwelijkheidaanduiding": "zeer_geheim",
                }
            ]
        )
        client.applicatie.alleen_is_gereed_voor_publicatie = True
        client.applicatie.save()
        assert [item["url"] for item in client.get(EIO).json()["results"]] == [url(ready)]
        assert client.get(url(not_ready)).status_code == 403
        assert client.get(f"{url(not_ready)}/download").status_code == 403


class TestGebruiksrechtenAuthorisation(DocumentMatrix):
    list_url = f"{BASE}/gebruiksrechten"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return GebruiksrechtenFactory(informatieobject=self.document(type_, vertrouwelijkheidaanduiding))


class TestObjectInformatieObjectAuthorisation(DocumentMatrix):
    list_url = f"{BASE}/objectinformatieobjecten"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ObjectInformatieObjectFactory(informatieobject=self.document(type_, vertrouwelijkheidaanduiding))


class TestVerzendingAuthorisation(DocumentMatrix):
    list_url = f"{BASE}/verzendingen"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return VerzendingFactory(informatieobject=self.document(type_, vertrouwelijkheidaanduiding))


@pytest.mark.django_db
def test_expand_leaves_out_a_hidden_document(api_client):
    iotype = InformatieObjectTypeFactory(concept=False)
    visible = EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype, vertrouwelijkheidaanduiding=LOW)
    rechten = GebruiksrechtenFactory(informatieobject=visible)
    client = api_client(
        component="drc",
        scopes=["documenten.lezen"],
        informatieobjecttype=iotype,
        max_vertrouwelijkheidaanduiding="intern",
    )
    body = client.get(url(rechten), {"expand": "informatieobject.informatieobjecttype"}).json()
    # the document is readable; its informatieobjecttype through ztc-014 (documenten.lezen reads the catalogue)
    assert body["_expand"]["informatieobject"]["_expand"]["informatieobjecttype"]["url"] == url(iotype)


@pytest.mark.django_db
def test_a_bestandsdeel_is_written_as_its_document(api_client):
    part = BestandsDeelFactory(informatieobject__vertrouwelijkheidaanduiding=HIGH)
    iotype = part.informatieobject.informatieobjecttype
    client = api_client(
        component="drc",
        scopes=["documenten.bijwerken"],
        informatieobjecttype=iotype,
        max_vertrouwelijkheidaanduiding="intern",
    )
    response = client.put(url(part), {"lock": part.lock}, format="multipart")
    assert response.status_code == 403
    reader = api_client(component="drc", scopes=["documenten.lezen"], informatieobjecttype=iotype)
    assert reader.put(url(part), {"lock": part.lock}, format="multipart").status_code == 403
