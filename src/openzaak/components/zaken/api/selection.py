"""The `fields` element of `POST /zaken/_zoek` (zrc-029): which fields of each zaak the
answer holds, and of which linked resources, GraphQL-like:

    ["url", "identificatie",
     {"zaaktype": ["identificatie", {"catalogus": ["domein"]}],
      "status": ["*"],
      "processobject": ["identificatie"]}]

A name selects a field; `{"<name>": [...]}` selects within it: for a name the resource
can expand (`expand_fields`) the linked resource is expanded (under `_expand`, as with
`expand`) and its fields selected, for a group (`processobject`) its sub-fields. `"*"`
selects all. Names match regardless of case (the standard's example writes
`datumstatusgezet`); a name the resource does not have is a 400 on `fields`
(`invalid-fields`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rest_framework import exceptions
from rest_framework.exceptions import ErrorDetail

from openzaak.zgw import expand as expansion

ALL = "*"
CODE = "invalid-fields"


@dataclass
class Selection:
    all: bool = False
    names: dict[str, Selection | None] = field(default_factory=dict)  # name -> sub-selection
    expanded: set[str] = field(default_factory=set)  # names expanded, selected in `_expand`


def _invalid(message: str) -> exceptions.ValidationError:
    return exceptions.ValidationError({"fields": [ErrorDetail(message, code=CODE)]})


def _field_names(viewset) -> dict[str, str]:
    """lower-case name -> the resource's name of each field it shows."""
    names = viewset.__dict__.get("_selectable_fields")
    if names is None:
        names = {name.lower(): name for name in viewset.serializer_class().fields}
        viewset._selectable_fields = names
    return names


def parse(viewset, spec: list, path: str = "") -> tuple[Selection, list[str]]:
    """The selection of `spec` on `viewset`'s resource, and the expand paths it needs."""
    if not isinstance(spec, list):
        raise _invalid(f"`{path or 'fields'}`: verwacht een lijst van namen.")
    selection, paths = Selection(), []
    known = _field_names(viewset)
    expandable = expansion.expansions(viewset)
    for item in spec:
        if item == ALL:
            selection.all = True
            continue
        entries = item.items() if isinstance(item, dict) else [(item, None)]
        for raw, sub in entries:
            if not isinstance(raw, str) or raw.lower() not in known:
                raise _invalid(f"`{path}{raw}` is geen veld van deze resource.")
            name = known[raw.lower()]
            if sub is None:
                selection.names.setdefault(name, None)
            elif name in expandable:
                child, child_paths = parse(expandable[name].viewset, sub, f"{path}{name}.")
                selection.names[name] = child
                selection.expanded.add(name)
                paths += [f"{name}.{child_path}" for child_path in child_paths] or [name]
            else:
                selection.names[name] = _group(sub, f"{path}{name}.")
    return selection, paths


def _group(spec, path: str) -> Selection:
    """Sub-fields of a group (e.g. processobject): plain names only."""
    if not isinstance(spec, list) or not all(isinstance(name, str) for name in spec):
        raise _invalid(f"`{path.rstrip('.')}`: verwacht een lijst van namen.")
    return Selection(all=ALL in spec, names={name: None for name in spec if name != ALL})


def apply(data, selection: Selection):
    """`data` (one representation or a list of them) with only the selected fields."""
    if isinstance(data, list):
        return [apply(item, selection) for item in data]
    if not isinstance(data, dict) or selection.all and not selection.names:
        return data
    result = dict(data) if selection.all else {name: data[name] for name in selection.names if name in data}
    for name, sub in selection.names.items():
        if sub is None or name in selection.expanded or not isinstance(data.get(name), dict):
            continue
        result[name] = apply(data[name], sub)  # a group
    expanded = data.get(expansion.EXPAND_KEY)
    if expanded is not None and selection.expanded:
        result[expansion.EXPAND_KEY] = {
            name: apply(expanded[name], selection.names[name]) for name in selection.expanded if name in expanded
        }
    return result
