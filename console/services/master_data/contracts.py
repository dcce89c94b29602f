"""Contracts: what a client bought, its window, SLA targets, rates and credit terms (C1-C11)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, Priority, SlaTargetKind, TicketStatus
from console.errors import ValidationError
from console.model import Client, Contract, SlaTarget
from console.rules.billing import check_onsite_surcharge
from console.rules.leaving import check_premium_manager, manager_may_manage
from console.rules.master_data import MasterKind
from console.rules.schedule import BASIS_10X5, COMFORT_24X7
from console.wording.phrases import phrase

from .common import (
    Record,
    Sessions,
    apply,
    check_change,
    find_one,
    record,
    refuse_first,
    search_filter,
    writing,
)
from .fields import CONTRACT_FIELDS, Lookup

KIND_ONLY = {
    "credit_unit": (ContractKind.PREPAID_CREDIT,),
    "monthly_top_up": (ContractKind.PREPAID_CREDIT,),
    "low_credit_threshold": (ContractKind.PREPAID_CREDIT,),
    "bundle_hours": (ContractKind.FTE_BUNDLE,),
    "monthly_fee": (ContractKind.MONTHLY_PLAN, ContractKind.FTE_BUNDLE),
}
"""Fields only some kinds have (C4, C5, C7)."""

CONTRACT_SHOWN = (
    "client",
    "kind",
    "name",
    *(f for f in CONTRACT_FIELDS if f not in ("kind", "name")),
)
DEFAULT_PAUSES = (TicketStatus.AWAITING_REPLY.value, TicketStatus.ON_HOLD.value)


@dataclass(frozen=True)
class SlaSpec:
    """One SLA target as entered: a priority's clock and its duration in minutes."""

    priority: Priority
    kind: SlaTargetKind
    minutes: int
    use_24x7: bool = False


_SLA = re.compile(r"(\w+):(\w+)=(\d+)\s*([mh]?)(/24x7)?", re.IGNORECASE)


def read_sla(value: object, field: str = "sla") -> list[SlaSpec]:
    """SLA targets from text (`urgent:response=15m,...`) or from SlaSpecs or mappings."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return []
    items = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    out: list[SlaSpec] = []
    for item in items:
        if isinstance(item, SlaSpec):
            out.append(item)
            continue
        if isinstance(item, Mapping):
            item = f"{item.get('priority')}:{item.get('kind')}={item.get('minutes')}" + (
                "/24x7" if item.get("use_24x7") else ""
            )
        found = _SLA.fullmatch(str(item).strip())
        if found is None:
            raise ValidationError(
                field,
                phrase("{item} is not PRIORITY:KIND=DURATION", item=repr(str(item).strip())),
                "T6",
            )
        prio, kind, amount, unit, all_day = found.groups()
        try:
            minutes = int(amount) * (60 if unit.lower() == "h" else 1)
            spec = SlaSpec(
                Priority(prio.lower()), SlaTargetKind(kind.lower()), minutes, bool(all_day)
            )
        except ValueError:
            raise ValidationError(
                field, phrase(
                    "{item}: priority is one of {priorities}; kind one of {kinds}",
                    item=repr(item),
                    priorities=", ".join(Priority),
                    kinds=", ".join(SlaTargetKind),
                ), "T6",
            ) from None  # fmt: skip
        if spec.minutes <= 0:
            raise ValidationError(
                field, phrase("{item}: a target needs a positive duration", item=repr(item)), "T6"
            )
        if any((s.priority, s.kind) == (spec.priority, spec.kind) for s in out):
            raise ValidationError(
                field, phrase("{prio}:{kind} is given twice", prio=prio, kind=kind), "T6"
            )
        out.append(spec)
    return out


def contract_problems(contract: Contract, given: Mapping[str, object]) -> list[ValidationError]:
    """What the database or the billing rules would refuse about a contract, by field."""
    problems = []
    if contract.valid_from and contract.valid_until and contract.valid_until < contract.valid_from:
        problems.append(ValidationError(
            "valid_until", phrase(
                "ends ({end}) before it starts ({start})",
                end=contract.valid_until,
                start=contract.valid_from,
            )
        ))  # fmt: skip
    kind = contract.kind
    if kind is ContractKind.FTE_BUNDLE and contract.bundle_hours is None:
        problems.append(
            ValidationError("bundle_hours", phrase("an FTE bundle needs its hours per month"), "C7")
        )
    if kind is ContractKind.PREPAID_CREDIT and contract.credit_unit is None:
        problems.append(
            ValidationError("credit_unit", phrase("prepaid credit is in money or hours"), "C5")
        )
    if kind is not None:
        for name, kinds in KIND_ONLY.items():
            if kind not in kinds and getattr(contract, name) is not None and name in given:
                only = (
                    phrase(
                        "only a {allowed} contract has it, not a {kind}",
                        allowed=kinds[0],
                        kind=kind,
                    )
                    if len(kinds) == 1
                    else phrase(
                        "only a {first} or {second} contract has it, not a {kind}",
                        first=kinds[0],
                        second=kinds[1],
                        kind=kind,
                    )
                )
                problems.append(ValidationError(name, only))
    terms = contract.payment_terms_days
    if terms is not None and not 0 <= terms <= 365:
        problems.append(
            ValidationError(
                "payment_terms_days", phrase("must be between 0 and 365 (got {terms})", terms=terms)
            )
        )
    tax = contract.tax_rate_pct
    if tax is not None and not Decimal(0) <= Decimal(tax) <= Decimal(100):
        problems.append(
            ValidationError(
                "tax_rate_pct", phrase("must be between 0 and 100 (got {tax})", tax=tax)
            )
        )
    checks = [lambda: check_premium_manager(bool(contract.premium), contract.manager_id)]
    if given.keys() & {"onsite_surcharge_pct", "regular_onsite_visits"}:  # an older contract
        # keeps its terms until they are changed
        checks.append(lambda: check_onsite_surcharge(
            bool(contract.regular_onsite_visits), Decimal(contract.onsite_surcharge_pct or 0)
        ))  # fmt: skip
    for run in checks:
        try:
            run()
        except ValidationError as refused:
            problems.append(refused)
    return problems  # fmt: skip


def _set_targets(session: Session, contract: Contract, specs: list[SlaSpec]) -> None:
    """Make a contract's SLA targets exactly these (kept rows are updated in place)."""
    wanted = {(s.priority, s.kind): s for s in specs}
    for target in list(contract.sla_targets):
        spec = wanted.pop((Priority(target.priority), SlaTargetKind(target.kind)), None)
        if spec is None:
            contract.sla_targets.remove(target)
        else:
            target.minutes, target.use_24x7 = spec.minutes, spec.use_24x7
    for spec in wanted.values():
        pauses = list(DEFAULT_PAUSES) if spec.kind is SlaTargetKind.RESOLUTION else []
        contract.sla_targets.append(SlaTarget(
            priority=spec.priority, kind=spec.kind, minutes=spec.minutes,
            use_24x7=spec.use_24x7, pause_statuses=pauses, at_risk_pct=80,
        ))  # fmt: skip
    session.flush()


def _contract_defaults(contract: Contract, client: Client) -> None:
    if contract.currency is None:
        contract.currency = client.currency
    if contract.service_window is None:
        all_day = contract.kind in (ContractKind.SERVICE_DESK_COMFORT, ContractKind.EXPRESS)
        contract.service_window = dict(COMFORT_24X7 if all_day else BASIS_10X5)
    if contract.name is None and contract.kind is not None:
        contract.name = contract.kind.value.replace("_", " ").capitalize()


def add_contract(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, **values: object
) -> uuid.UUID:
    """Enter a contract for a client (currency and window default to the client's and kind's)."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CONTRACT, values)
        owner = find_one(session, Client, client, "client")
        values = dict(values)
        sla = read_sla(values.pop("sla", None))
        contract = Contract(client_id=owner.id, sla_targets=[])
        problems = apply(
            Lookup(session, owner.id), contract, CONTRACT_FIELDS, values, "contract", adding=True
        )
        _contract_defaults(contract, owner)
        if contract.premium and contract.manager_id is None and "manager" not in values:
            contract.manager_id = _desk_manager(session, owner)  # the client's, if a desk user
        refuse_first(problems + contract_problems(contract, values))
        session.add(contract)
        _set_targets(session, contract, sla)
        return contract.id


def _desk_manager(session: Session, client: Client) -> uuid.UUID | None:
    """The client's account manager when they may manage a contract (C11), else None."""
    manager = client.account_manager
    if manager is None or not manager.active or not manager_may_manage(str(manager.role)):
        return None
    return manager.id


def _contract(session: Session, contract: object, client: object | None) -> Contract:
    where = {}
    if client is not None:
        where["client_id"] = find_one(session, Client, client, "client").id
    return find_one(session, Contract, contract, "contract", **where)


def list_contracts(
    sessions: Sessions, search: str | None = None, *, client: object | None = None,
    include_ended: bool = False, today: date | None = None,
) -> list[Record]:  # fmt: skip
    """Contracts whose name, kind, area or client holds the search text; ended ones on request."""
    today = today or date.today()
    # the SLA targets are counted in the same statement, not loaded per contract
    targets = (
        select(func.count())
        .where(SlaTarget.contract_id == Contract.id)
        .correlate(Contract)
        .scalar_subquery()
    )
    with sessions() as session:
        stmt = (
            select(Contract, Client.name, targets)
            .join(Client)
            .order_by(func.lower(Client.name), Contract.valid_from, Contract.name)
        )
        if client is not None:
            stmt = stmt.where(Contract.client_id == find_one(session, Client, client, "client").id)
        where = search_filter(Contract, ("name", "kind", "product_area"), search)
        if where is not None:
            stmt = stmt.where(where | search_filter(Client, ("name",), search))
        if not include_ended:
            stmt = stmt.where((Contract.valid_until.is_(None)) | (Contract.valid_until >= today))
        out = []
        for contract, client_name, target_count in session.execute(stmt):
            row = record(contract, ("kind", "name", "valid_from", "valid_until", "currency"))
            row["client"] = client_name
            row["sla_targets"] = target_count
            out.append(row)
        return out


def show_contract(sessions: Sessions, contract: object, client: object | None = None) -> Record:
    """A contract with every field and its SLA targets."""
    with sessions() as session:
        row = _contract(session, contract, client)
        out = record(row, [f for f in CONTRACT_SHOWN if f != "client"])
        out["client"] = row.client.name
        out["manager"] = row.manager.username if row.manager is not None else None
        prios, kinds = list(Priority)[::-1], list(SlaTargetKind)
        targets = sorted(
            row.sla_targets,
            key=lambda t: (prios.index(Priority(t.priority)), kinds.index(SlaTargetKind(t.kind))),
        )
        out["sla"] = ",".join(
            f"{t.priority}:{t.kind}={t.minutes}m" + ("/24x7" if t.use_24x7 else "") for t in targets
        )
        return out


def edit_contract(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    contract: object,
    client: object | None = None,
    **values: object,
) -> None:
    """Change only the given fields of a contract; `sla` replaces all its targets."""
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CONTRACT, values)
        row = _contract(session, contract, client)
        values = dict(values)
        sla = read_sla(values.pop("sla")) if "sla" in values else None
        lookup = Lookup(session, row.client_id)
        problems = apply(lookup, row, CONTRACT_FIELDS, values, "contract", adding=False)
        refuse_first(problems + contract_problems(row, values))
        if sla is not None:
            _set_targets(session, row, sla)


def end_contract(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    contract: object,
    client: object | None = None,
    last_day: date | None = None,
) -> date:
    """Deactivate a contract: it covers up to ``last_day`` (default today) and stays on file."""
    last_day = last_day or date.today()
    with writing(sessions, user_id) as session:
        check_change(session, user_id, MasterKind.CONTRACT, ("valid_until",))
        row = _contract(session, contract, client)
        if row.valid_until is not None and row.valid_until <= last_day:
            raise ValidationError(
                "valid_until",
                phrase(
                    "{name} ended on {end} already",
                    name=row.name,
                    end=row.valid_until,
                ),
            )
        if last_day < row.valid_from:
            raise ValidationError(
                "valid_until",
                phrase(
                    "{last_day} is before the contract starts ({start})",
                    last_day=last_day,
                    start=row.valid_from,
                ),
            )
        row.valid_until = last_day
        return last_day
