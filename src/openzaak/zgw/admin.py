from django import forms
from django.contrib import admin

from .models import AuditTrail, ClientCredential, Notification


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
