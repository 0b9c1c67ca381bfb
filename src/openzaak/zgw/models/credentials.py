from django.db import models


class ClientCredential(models.Model):
    """The secret that a client signs its JWTs with.

    Kept apart from Applicaties on purpose: the Autorisaties API has no secret field, and a
    client that deletes and re-creates its Applicatie through that API keeps its
    credentials. HS256 needs the secret itself to verify a signature, so it is stored as
    given; it is never logged and never shown again after it is set.
    """

    client_id = models.CharField(max_length=50, unique=True)
    secret = models.CharField(max_length=255)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "client credential"
        verbose_name_plural = "client credentials"

    def __str__(self):
        return self.client_id

    def __repr__(self):
        return f"<ClientCredential {self.client_id}>"  # never the secret
