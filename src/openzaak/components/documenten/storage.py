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
