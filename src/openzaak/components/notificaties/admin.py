"""What operators see of notification delivery: kanalen, abonnementen (with their
delivery counts, a "send test notification" action and a circuit reset) and the
deliveries themselves with their attempt log, counts per state and re-sending."""

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils import timezone

from . import services
from .constants import DeliveryStatus
from .models import Abonnement, Delivery, DeliveryAttempt, FilterGroup, Kanaal

PENDING = Q(deliveries__status=DeliveryStatus.pending)
FAILING = PENDING & Q(deliveries__attempts__gt=0)
PARKED = Q(deliveries__status=DeliveryStatus.parked)


@admin.register(Kanaal)
class KanaalAdmin(admin.ModelAdmin):
    list_display = ("naam", "filters", "documentatie_link")
    search_fields = ("naam",)


class FilterGroupInline(admin.TabularInline):
    model = FilterGroup
    extra = 0
    autocomplete_fields = ("kanaal",)


@admin.register(Abonnement)
class AbonnementAdmin(admin.ModelAdmin):
    list_display = (
        "callback_url",
        "client_id",
        "is_forward",
        "pending",
        "failing",
        "parked",
        "paused_until",
        "deleted_at",
    )
    list_filter = ("is_forward", ("deleted_at", admin.EmptyFieldListFilter))
    search_fields = ("callback_url", "client_id", "uuid")
    readonly_fields = ("uuid", "created", "consecutive_failures", "paused_until", "deleted_at")
    fields = (
        "uuid",
        "callback_url",
        "auth",
        "client_id",
        "created",
        "consecutive_failures",
        "paused_until",
        "deleted_at",
    )
    inlines = [FilterGroupInline]
    actions = ["send_test_notification", "reset_circuit"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_pending=Count("deliveries", filter=PENDING),
                n_failing=Count("deliveries", filter=FAILING),
                n_parked=Count("deliveries", filter=PARKED),
            )
        )

    @admin.display(description="wachtend", ordering="n_pending")
    def pending(self, obj):
        return obj.n_pending

    @admin.display(description="mislukt, nog in herhaling", ordering="n_failing")
    def failing(self, obj):
        return obj.n_failing

    @admin.display(description="geparkeerd", ordering="n_parked")
    def parked(self, obj):
        return obj.n_parked

    @admin.action(description="Stuur een testnotificatie")
    def send_test_notification(self, request, queryset):
        for abonnement in queryset:
            outcome = services.abonnement_send_test(abonnement=abonnement)
            if outcome.success:
                self.message_user(request, f"{abonnement}: HTTP {outcome.status_code}", messages.SUCCESS)
            else:
                self.message_user(request, f"{abonnement}: {outcome.error}", messages.ERROR)

    @admin.action(description="Hervat de aflevering nu (circuit sluiten)")
    def reset_circuit(self, request, queryset):
        count = services.circuit_reset(abonnementen=queryset)
        self.message_user(request, f"{count} abonnement(en) hervat.", messages.SUCCESS)


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    fields = readonly_fields = ("started_at", "duration_ms", "status_code", "success", "error")
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class FailingFilter(admin.SimpleListFilter):
    title = "mislukt"
    parameter_name = "failing"

    def lookups(self, request, model_admin):
        return [("yes", "wachtend na een mislukte poging")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(status=DeliveryStatus.pending, attempts__gt=0)
        return queryset


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "created",
        "kanaal",
        "actie",
        "resource_url",
        "abonnement",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error_short",
    )
    list_filter = ("status", FailingFilter, "notification__kanaal")
    list_select_related = ("notification", "abonnement")
    search_fields = ("hoofd_object", "notification__resource_url", "notification__uuid", "abonnement__callback_url")
    date_hierarchy = "created"
    readonly_fields = (
        "notification",
        "abonnement",
        "hoofd_object",
        "status",
        "attempts",
        "next_attempt_at",
        "last_attempt_at",
        "delivered_at",
        "last_error",
        "created",
    )
    inlines = [DeliveryAttemptInline]
    actions = ["resend"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # deliveries are never deleted

    @admin.display(description="kanaal", ordering="notification__kanaal")
    def kanaal(self, obj):
        return obj.notification.kanaal

    @admin.display(description="actie")
    def actie(self, obj):
        return obj.notification.actie

    @admin.display(description="resource")
    def resource_url(self, obj):
        return obj.notification.resource_url

    @admin.display(description="laatste fout")
    def last_error_short(self, obj):
        return obj.last_error[:80]

    @admin.action(description="Opnieuw versturen (het hele schema opnieuw)")
    def resend(self, request, queryset):
        count = services.deliveries_resend(deliveries=queryset)
        self.message_user(request, f"{count} aflevering(en) opnieuw ingepland.", messages.SUCCESS)

    def changelist_view(self, request, extra_context=None):
        # deliveries of removed abonnementen are kept but will not be attempted: not counted
        counts = Delivery.objects.filter(abonnement__deleted_at__isnull=True).aggregate(
            pending=Count("pk", filter=Q(status=DeliveryStatus.pending, attempts=0)),
            failing=Count("pk", filter=Q(status=DeliveryStatus.pending, attempts__gt=0)),
            parked=Count("pk", filter=Q(status=DeliveryStatus.parked)),
            overdue=Count("pk", filter=Q(status=DeliveryStatus.pending, next_attempt_at__lt=timezone.now())),
        )
        return super().changelist_view(request, extra_context={**(extra_context or {}), "delivery_counts": counts})
