from rest_framework import serializers
from rest_framework.validators import UniqueValidator

from openzaak.zgw.references import SelfUrlField, URLField

from ..models import Abonnement, FilterGroup, Kanaal
from .permissions import is_owner
from .validators import (
    CallbackReceivesNotifications,
    HeaderValue,
    KanaalExists,
    KenmerkenOfKanaal,
    NotInFuture,
)


def kenmerk():
    return serializers.CharField(max_length=1000, min_length=1, help_text="Een waarde behorende bij de sleutel.")


class KanaalSerializer(serializers.ModelSerializer):
    url = SelfUrlField(
        help_text="URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
    )
    naam = serializers.CharField(
        max_length=50,
        validators=[UniqueValidator(queryset=Kanaal.objects.all(), message="Er bestaat al een kanaal met deze naam.")],
        help_text='Naam van het KANAAL (ook wel "Exchange" genoemd) dat de bron vertegenwoordigd.',
    )
    documentatieLink = URLField(
        source="documentatie_link", max_length=200, required=False, allow_blank=True, help_text="URL naar documentatie."
    )
    filters = serializers.ListField(
        child=serializers.CharField(max_length=100, min_length=1),
        required=False,
        help_text="Lijst van mogelijke filter kenmerken van een KANAAL. Deze filter kenmerken kunnen worden gebruikt "
        "bij het aanmaken van een ABONNEMENT.",
    )

    class Meta:
        model = Kanaal
        fields = ("url", "naam", "documentatieLink", "filters")


class FilterGroupSerializer(serializers.ModelSerializer):
    naam = serializers.CharField(
        source="kanaal.naam",
        validators=[KanaalExists()],
        help_text="De naam van het KANAAL (`KANAAL.naam`) waarop een abonnement is of wordt genomen.",
    )
    filters = serializers.DictField(
        child=kenmerk(),
        required=False,
        help_text="Map van kenmerken (sleutel/waarde) waarop notificaties gefilterd worden. Alleen notificaties "
        "waarvan de kenmerken voldoen aan het filter worden doorgestuurd naar de afnemer van het ABONNEMENT.",
    )

    class Meta:
        model = FilterGroup
        fields = ("filters", "naam")

    def validate(self, attrs):
        attrs = {"naam": attrs["kanaal"]["naam"], "filters": attrs.get("filters") or {}}
        KenmerkenOfKanaal(
            field="filters",
            kanaal_field="naam",
            code="inconsistent-abonnement-filters",
            message="Deze filters zijn geen kenmerken van het kanaal",
        )(attrs)
        return attrs


class AuthField(serializers.CharField):
    """The subscriber's `Authorization` value: shown to the client that subscribed (and to
    clients with all autorisaties), masked for the others, since every client with a
    notificaties scope may list all abonnementen. Sent back masked on a change, it keeps
    the stored value."""

    MASK = "********"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(HeaderValue())

    def get_attribute(self, instance):
        request = self.context.get("request")
        return instance.auth if request is not None and is_owner(request, instance) else self.MASK

    def run_validation(self, data=serializers.empty):
        if data == self.MASK and getattr(self.parent, "instance", None) is not None:
            raise serializers.SkipField()  # the mask we showed, sent back: keep what is stored
        return super().run_validation(data)


class AbonnementSerializer(serializers.ModelSerializer):
    url = SelfUrlField(
        help_text="URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
    )
    callbackUrl = URLField(
        source="callback_url",
        max_length=1000,
        help_text="De URL waar notificaties naar toe gestuurd dienen te worden. Deze URL dient uit te komen bij een "
        "API die geschikt is om notificaties op te ontvangen.",
    )
    auth = AuthField(
        max_length=1000,
        help_text='Autorisatie header invulling voor het vesturen naar de "Callback URL". Voorbeeld: Bearer a4daa31...',
    )
    kanalen = FilterGroupSerializer(
        many=True, help_text="Een lijst van kanalen en filters waarop het ABONNEMENT wordt afgenomen."
    )

    class Meta:
        model = Abonnement
        fields = ("url", "callbackUrl", "auth", "kanalen")
        validators = [CallbackReceivesNotifications()]


class MessageSerializer(serializers.Serializer):
    """The standard's notification message (`Message`)."""

    kanaal = serializers.CharField(
        max_length=50,
        validators=[KanaalExists(code="message_kanaal")],
        help_text="De naam van het kanaal (`KANAAL.naam`) waar het bericht op moet worden gepubliceerd.",
    )
    hoofdObject = URLField(
        source="hoofd_object",
        max_length=1000,
        help_text="URL-referentie naar het hoofd object van de publicerende API die betrekking heeft op de `resource`.",
    )
    resource = serializers.CharField(max_length=100, help_text="De resourcenaam waar de notificatie over gaat.")
    resourceUrl = URLField(
        source="resource_url", max_length=1000, help_text="URL-referentie naar de `resource` van de publicerende API."
    )
    actie = serializers.CharField(
        max_length=100,
        help_text="De actie die door de publicerende API is gedaan. De publicerende API specificeert de toegestane "
        "acties.",
    )
    aanmaakdatum = serializers.DateTimeField(
        validators=[NotInFuture()], help_text="Datum en tijd waarop de actie heeft plaatsgevonden."
    )
    kenmerken = serializers.DictField(
        child=kenmerk(),
        required=False,
        help_text="Mapping van kenmerken (sleutel/waarde) van de notificatie. De publicerende API specificeert de "
        "toegestane kenmerken.",
    )

    class Meta:
        validators = [
            KenmerkenOfKanaal(
                field="kenmerken",
                kanaal_field="kanaal",
                code="kenmerken_inconsistent",
                message="Deze kenmerken zijn geen filters van het kanaal",
            )
        ]

    def to_representation(self, instance):
        return instance.message()
