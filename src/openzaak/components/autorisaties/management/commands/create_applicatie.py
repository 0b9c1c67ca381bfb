from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rest_framework.exceptions import ValidationError

from openzaak.components.catalogi.models import BesluitType, InformatieObjectType, ZaakType
from openzaak.zgw.components import BESLUITEN, DOCUMENTEN, ZAKEN
from openzaak.zgw.constants import ComponentTypes, VertrouwelijkheidAanduiding
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import ClientCredential
from openzaak.zgw.references import resolve_url
from openzaak.zgw.scopes import SCOPES_BY_COMPONENT

from ... import services
from ...models import Applicatie

TYPES = {
    ZAKEN.code: ("zaaktype", ZaakType),
    DOCUMENTEN.code: ("informatieobjecttype", InformatieObjectType),
    BESLUITEN.code: ("besluittype", BesluitType),
}


def _type(url: str, model):
    try:
        return resolve_url(url, model)
    except ValidationError as exc:
        raise CommandError(f"--type-url: {exc.detail[0]}") from None


class Command(BaseCommand):
    help = (
        "Create (or replace) the Applicatie of a client id and set its secret. Either "
        "--all-authorisations, or --component with --scopes (and --type-url / "
        "--max-vertrouwelijkheidaanduiding where the component needs them)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--secret", required=True)
        parser.add_argument("--label", default="")
        parser.add_argument("--all-authorisations", action="store_true")
        parser.add_argument("--component", choices=ComponentTypes.values)
        parser.add_argument("--scopes", default="", help="comma separated; default: every scope of the component")
        parser.add_argument(
            "--type-url",
            default="",
            help="URL of the zaaktype / informatieobjecttype / besluittype in this installation",
        )
        parser.add_argument(
            "--max-vertrouwelijkheidaanduiding", default="", choices=["", *VertrouwelijkheidAanduiding.values]
        )

    @transaction.atomic
    def handle(self, *, client_id, secret, label, all_authorisations, component, scopes, type_url, **options):
        if all_authorisations == bool(component):
            raise CommandError("Give either --all-authorisations or --component.")
        context = WriteContext.system(user="create_applicatie")
        for old in Applicatie.objects.filter(client_ids__contains=[client_id]):
            services.applicatie_delete(context=context, applicatie=old)
        autorisaties = []
        if component:
            scope_list = [s for s in scopes.split(",") if s] or [s.label for s in SCOPES_BY_COMPONENT[component]]
            type_field, type_model = TYPES.get(component, (None, None))
            autorisaties.append(
                {
                    "component": component,
                    "scopes": scope_list,
                    "max_vertrouwelijkheidaanduiding": options["max_vertrouwelijkheidaanduiding"],
                    **({type_field: _type(type_url, type_model)} if type_field and type_url else {}),
                }
            )
        applicatie = services.applicatie_create(
            context=context,
            data={
                "client_ids": [client_id],
                "label": label or client_id,
                "heeft_alle_autorisaties": all_authorisations,
                "autorisaties": autorisaties,
            },
        )
        ClientCredential.objects.update_or_create(client_id=client_id, defaults={"secret": secret})
        self.stdout.write(f"Applicatie {applicatie.uuid} for client {client_id} created.")
