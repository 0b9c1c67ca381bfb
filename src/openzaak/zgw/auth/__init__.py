"""Who is calling and what they may do: JWT authentication (`authentication`), the
client's resolved autorisaties (`client`) and the per-action scope check (`permissions`)."""
