"""Where document content lives: the `documenten` storage of `settings.STORAGES`, by
default `PrivateFileSystemStorage` under `DOCUMENTEN_STORAGE_ROOT` (docs/configuration.md).

Content is private: it is only ever served by the API's `download`, after authorisation,
never from a public URL; this storage has no URL at all, so nothing can link to a file
by accident. File fields use `documenten_storage` (resolved when first used, and again
after a test changes `STORAGES`)."""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

ALIAS = "documenten"


class PrivateFileSystemStorage(FileSystemStorage):
    """A file system storage without URLs."""

    def url(self, name):
        raise ValueError("Document content has no public URL; serve it through the API's download.")


def PrivateS3Storage(**options):  # noqa: N802 - a storage class as STORAGES names it
    """S3-compatible object storage (django-storages) without URLs: objects are private
    (no ACL), never signed into a link, served only through the API's download."""
    from storages.backends.s3 import S3Storage

    class _PrivateS3Storage(S3Storage):
        default_acl = None
        querystring_auth = False
        file_overwrite = False

        def url(self, name, *args, **kwargs):
            raise ValueError("Document content has no public URL; serve it through the API's download.")

    return _PrivateS3Storage(**options)


class _DocumentenStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[ALIAS]


_storage = _DocumentenStorage()


def documenten_storage():
    """The storage of document content (a callable, so migrations refer to it by name)."""
    return _storage


@receiver(setting_changed)
def _reset(*, setting, **kwargs):
    if setting == "STORAGES":
        _storage._wrapped = empty
