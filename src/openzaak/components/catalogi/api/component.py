from openzaak.zgw.components import Component

CATALOGI = Component(
    code="ztc",
    slug="catalogi",
    version="1.3.3",
    title="Catalogi API",
    description="Een API om een catalogus (ZTC) te benaderen.",
)
