from django import forms
from django.contrib import admin

from . import writes
from .context import WriteContext
from .models import AuditTrail, ClientCredential, Notification


class RecordedWritesAdmin(admin.ModelAdmin):
    """An admin whose adds, changes and deletes are recorded as the API records them:
    the same notification and audit trail entry (`zgw.writes`), in the same
    transaction. Django's form writes the row (and its inlines); the record follows
    once everything is saved."""

    def save_model(self, request, obj, form, change):
        context = WriteContext.for_admin(request)
        # the form has already changed `obj`: the old state comes from the database
        # (kept on the request: a ModelAdmin instance serves every request at once)
        request._zgw_before = writes.before(context, type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        context = WriteContext.for_admin(request)
        if change:
            writes.updated(context, form.instance, request._zgw_before)
        else:
            writes.created(context, form.instance)

    def delete_model(self, request, obj):
        context = WriteContext.for_admin(request)
        before = writes.before(context, obj)
        super().delete_model(request, obj)
        writes.destroyed(context, before)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(ClientCredential)
class ClientCredentialAdmin(admin.ModelAdmin):
    list_display = ("client_id", "created", "updated")
    search_fields = ("client_id",)
    fields = ("client_id", "secret")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        # the secret can be replaced, never read back
        form.base_fields["secret"].widget = forms.PasswordInput(render_value=False)
        form.base_fields["secret"].required = obj is None
        return form

    def save_model(self, request, obj, form, change):
        if change and not form.cleaned_data.get("secret"):
            obj.secret = ClientCredential.objects.get(pk=obj.pk).secret
        super().save_model(request, obj, form, change)


@admin.register(AuditTrail)
class AuditTrailAdmin(admin.ModelAdmin):
    list_display = ("aanmaakdatum", "bron", "actie", "resource", "resource_weergave", "applicatie_weergave")
    list_filter = ("bron", "actie", "resource")
    search_fields = ("resource_url", "hoofd_object", "gebruikers_id")
    date_hierarchy = "aanmaakdatum"

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("aanmaakdatum", "kanaal", "actie", "resource", "resource_url", "routed_at")
    list_filter = ("kanaal", "actie")
    search_fields = ("resource_url", "hoofd_object", "uuid")
    date_hierarchy = "aanmaakdatum"

    def has_change_permission(self, request, obj=None):
        return False
