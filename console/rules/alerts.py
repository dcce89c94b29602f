"""Alerts from monitoring systems, read into plain records, and which of them are outages.

Three kinds of monitoring speak to the desk:

- Prometheus Alertmanager posts webhook JSON (payload version 4): one notification holds
  alerts, each with its status, labels, annotations, start and end, and a fingerprint
  that stays the same for as long as the alert's labels do.
- Zabbix mails its default trigger messages: "Problem: NAME", "Resolved in 5m 0s: NAME"
  (older servers: "Resolved: NAME") and "Updated problem in 1h: NAME", each body naming
  the host, severity and "Original problem ID".
- Nagios and Icinga mail their default notifications: "** PROBLEM Service Alert:
  host/service is CRITICAL **" (Nagios, Icinga 1) and "[PROBLEM] service on host is
  CRITICAL!" (Icinga 2), with "Notification Type:", "Host:", "Service:", "State:" lines.

Each becomes an `Alert`: which problem it is (`key`: the same for every notice about one
problem, so they gather on one ticket), whether it fires, is resolved or only tells
something (an acknowledgement, a downtime), and the words the desk reads. `event_key`
tells one notice from a repeat of the very same notice, so taking a payload in twice
changes nothing. `is_outage` is the one rule that says an alert is an emergency.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from console.errors import ValidationError
from console.wording.phrases import in_language, phrase

SUMMARY_LIMIT = 300
"""A summary is at most this long: it becomes a ticket's title."""

KEY_LIMIT = 300
"""A problem's key is at most this long; longer ones are kept as their hash."""


class AlertSource(StrEnum):
    """Which monitoring system an alert came from."""

    ALERTMANAGER = "alertmanager"
    ZABBIX = "zabbix"
    NAGIOS = "nagios"  # Nagios and Icinga (1 and 2) speak alike


class AlertState(StrEnum):
    """What an alert says about its problem."""

    FIRING = "firing"  # the problem is there (again)
    RESOLVED = "resolved"  # the monitoring saw it go away
    NOTICE = "notice"  # acknowledged, updated, flapping, in downtime: for the record


@dataclass(frozen=True)
class Alert:
    """One notice of a monitoring system about one problem, as plain values."""

    source: AlertSource
    key: str
    """The problem it is about: the same for every notice of that problem."""
    state: AlertState
    severity: str
    """As the monitoring names it, lower case: critical, disaster, high, warning, down, …"""
    summary: str
    description: str = ""
    host: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    occurrence: str = ""
    """What tells this notice from a later one about the same problem: its start (or the
    time the monitoring wrote), as the monitoring wrote it."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Alertmanager's labels, or the fields a mail named."""
    group_key: str = ""
    """Alertmanager's notification group, for the desk's reading."""

    @property
    def event_key(self) -> str:
        """The identity of this very notice (source, problem, state, start): the same
        payload taken in twice has the same key."""
        text = "\x1f".join((self.source.value, self.key, self.state.value, self.occurrence))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def label(self, name: str) -> str | None:
        """A label's value, if the alert has it."""
        value = self.labels.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else None


# -- the rule: which alerts are emergencies ------------------------------------------------

OUTAGE_SEVERITIES = frozenset({"critical", "disaster", "page", "emergency", "fatal"})
"""Severities that mean a service is down for its users, in the words monitoring uses:
Prometheus rules' "critical" (and "page", the label that wakes someone), Zabbix's
"Disaster" (its "High" is one step below: important, not yet a breakdown), syslog's
"emergency"."""

HOST_DOWN_STATES = frozenset({"down", "unreachable"})
"""Nagios and Icinga host states in which nothing on the host answers."""

YES = frozenset({"true", "yes", "1", "y", "on"})
NO = frozenset({"false", "no", "0", "n", "off"})


def is_outage(alert: Alert) -> bool:
    """Whether a firing alert reports an outage the desk treats as an emergency.

    An emergency is an outage of a service that affects most staff or blocks key
    business processes. Monitoring cannot count the staff affected, so the rule trusts
    what the monitoring's own owner said: an explicit label ``emergency`` or ``outage``
    decides either way ("true" / "false"); otherwise an alert is an outage when it is at
    the monitoring's top severity (``OUTAGE_SEVERITIES``: Alertmanager critical or page,
    Zabbix Disaster) or when a whole host is down or unreachable (Nagios, Icinga). A
    Nagios service that is CRITICAL is not by itself an outage: a nearly full disk is
    CRITICAL too. A resolved alert or a notice is never a new emergency.
    """
    if alert.state is not AlertState.FIRING:
        return False
    for name in ("emergency", "outage"):
        said = (alert.label(name) or "").lower()
        if said in YES:
            return True
        if said in NO:
            return False
    severity = alert.severity.lower()
    if alert.source is AlertSource.NAGIOS:  # its severity is the check's state
        return not alert.label("service") and severity in HOST_DOWN_STATES
    return severity in OUTAGE_SEVERITIES


class AlertAction(StrEnum):
    """What an alert does to the tickets of its problem."""

    NEW_TICKET = "new ticket"
    NOTE = "note"  # a note on the problem's open ticket (or its last, closed one)
    RESOLVED_NOTE = "resolved note"


def alert_action(state: AlertState, has_open: bool, has_closed: bool) -> AlertAction:
    """What an alert does, given whether its problem has an open ticket and whether it
    had one that is closed now.

    A firing alert notes its problem's open ticket, else opens a new one: a problem that
    comes back after the desk closed its ticket is new work. A resolved alert only notes
    the ticket, open or closed: whether the work is done is the desk's to say, and a
    recovery reopens nothing. A notice (acknowledged, in downtime) is noted the same
    way. Nothing is dropped: an alert whose problem never had a ticket opens one.
    """
    if state is AlertState.FIRING:
        return AlertAction.NOTE if has_open else AlertAction.NEW_TICKET
    if not (has_open or has_closed):
        return AlertAction.NEW_TICKET
    return AlertAction.RESOLVED_NOTE if state is AlertState.RESOLVED else AlertAction.NOTE


_URGENT_ENOUGH = frozenset({"high", "error", "major"})


def is_serious(alert: Alert) -> bool:
    """Whether an alert that is no outage still asks for quick attention (a high
    priority): Zabbix High, an error, or a CRITICAL service check."""
    severity = alert.severity.lower()
    return severity in _URGENT_ENOUGH or severity in OUTAGE_SEVERITIES


# -- Alertmanager's webhook ------------------------------------------------------------------

_FRACTION = re.compile(r"(\.\d{6})\d+")
_ZERO_TIME = "0001-01-01"


def _instant(value: object, where: str) -> datetime | None:
    """An RFC 3339 time of Alertmanager in UTC; None for its zero time or none at all."""
    if value in (None, "") or (isinstance(value, str) and value.startswith(_ZERO_TIME)):
        return None
    if not isinstance(value, str):
        raise ValidationError(where, phrase("is not a time"))
    text = _FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00").replace("z", "+00:00")
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            where, phrase("{value} is not an RFC 3339 time", value=repr(value))
        ) from None
    if instant.tzinfo is None:
        raise ValidationError(where, phrase("{value} has no time zone", value=repr(value)))
    return instant.astimezone(UTC)


def _text_map(value: object, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError(where, phrase("is not an object of names and values"))
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


def _labels_fingerprint(labels: Mapping[str, str]) -> str:
    """A stable stand-in for an alert sent without its fingerprint (older Alertmanagers)."""
    text = "\x1f".join(f"{k}\x1e{v}" for k, v in sorted(labels.items()))
    return "labels:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _short(text: str, limit: int = SUMMARY_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key(text: str) -> str:
    if len(text) <= KEY_LIMIT:
        return text
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def alertmanager_alerts(payload: object) -> list[Alert]:
    """The alerts of one Alertmanager webhook notification (payload version 4).

    Refuses, naming the field, a payload that is not such a notification; an alert's
    labels fall back on the notification's common labels, its words on the common
    annotations.
    """
    if not isinstance(payload, dict):
        raise ValidationError(
            "payload", phrase("is not an Alertmanager notification (a JSON object)")
        )
    version = str(payload.get("version", "4"))
    if version != "4":
        raise ValidationError(
            "version", phrase("payload version {version} is not understood (4 is)", version=version)
        )
    alerts = payload.get("alerts")
    if not isinstance(alerts, list):
        raise ValidationError("alerts", phrase("is missing: not an Alertmanager notification"))
    common_labels = _text_map(payload.get("commonLabels"), "commonLabels")
    common_notes = _text_map(payload.get("commonAnnotations"), "commonAnnotations")
    group_key = str(payload.get("groupKey") or "")
    found: list[Alert] = []
    for number, item in enumerate(alerts, start=1):
        where = f"alerts[{number}]"
        if not isinstance(item, dict):
            raise ValidationError(where, phrase("is not an alert (a JSON object)"))
        labels = {**common_labels, **_text_map(item.get("labels"), f"{where}.labels")}
        notes = {**common_notes, **_text_map(item.get("annotations"), f"{where}.annotations")}
        status = str(item.get("status") or payload.get("status") or "")
        if status not in ("firing", "resolved"):
            raise ValidationError(
                f"{where}.status",
                phrase("{status} is neither firing nor resolved", status=repr(status)),
            )
        starts = _instant(item.get("startsAt"), f"{where}.startsAt")
        ends = _instant(item.get("endsAt"), f"{where}.endsAt")
        fingerprint = str(item.get("fingerprint") or "") or _labels_fingerprint(labels)
        name = labels.get("alertname", "alert")
        host = labels.get("instance") or labels.get("host") or labels.get("node") or ""
        summary = notes.get("summary") or notes.get("message") or notes.get("title") or ""
        if not summary:
            summary = f"{name} on {host}" if host else name
        found.append(
            Alert(
                source=AlertSource.ALERTMANAGER,
                key=_key(fingerprint),
                state=AlertState(status),
                severity=(labels.get("severity") or labels.get("priority") or "").lower(),
                summary=_short(summary),
                description=notes.get("description", ""),
                host=host,
                starts_at=starts,
                ends_at=ends,
                occurrence=starts.isoformat() if starts else str(item.get("startsAt") or ""),
                labels=labels,
                group_key=group_key,
            )
        )
    return found


def client_named(alert: Alert, label: str = "client") -> str | None:
    """The client an alert names in its label (``client`` unless the desk set another)."""
    return alert.label(label)


# -- alert e-mails ---------------------------------------------------------------------------

_ZABBIX_SUBJECT = re.compile(
    r"^\s*(?P<kind>Problem|Resolved(?: in [^:]{1,40})?|Updated problem(?: in [^:]{1,40})?)"
    r"\s*:\s*(?P<name>.+?)\s*$",
    re.IGNORECASE,
)
_NAGIOS_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?\*\*\s*(?P<type>[A-Z]+)\s+(?P<what>Service|Host)\s+Alert:\s*"
    r"(?P<target>.+?)\s+is\s+(?P<state>[A-Za-z]+)\s*\*\*\s*$",
    re.IGNORECASE,
)
_ICINGA2_SERVICE = re.compile(
    r"^\s*\[(?P<type>[A-Z]+)\]\s+(?P<service>.+?)\s+on\s+(?P<host>.+?)\s+is\s+"
    r"(?P<state>[A-Za-z]+)!\s*$"
)
_ICINGA2_HOST = re.compile(
    r"^\s*\[(?P<type>[A-Z]+)\]\s+Host\s+(?P<host>.+?)\s+is\s+(?P<state>[A-Za-z]+)!\s*$"
)
_LINE = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z0-9 /]{1,40}?)\s*:\s*(?P<value>.*?)\s*$")
_ZABBIX_STARTED = re.compile(r"^\s*Problem started at (?P<time>\S+) on (?P<date>\S+)", re.I | re.M)
_ZABBIX_RESOLVED = re.compile(
    r"^\s*Problem has been resolved at (?P<time>\S+) on (?P<date>\S+)", re.I | re.M
)


def _fields(text: str) -> dict[str, str]:
    """The "Name: value" lines of a body, by lower-case name (the first of each)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            out.setdefault(match.group("name").strip().lower(), match.group("value"))
    return out


def zabbix_alert(subject: str, text: str, sender: str = "") -> Alert | None:
    """A Zabbix default trigger message (problem, recovery or update), or None.

    The problem is Zabbix's "Original problem ID" (the problem event's id), taken
    together with the sending address: two Zabbix servers count their events alike.
    """
    match = _ZABBIX_SUBJECT.match(subject or "")
    fields = _fields(text)
    event_id = fields.get("original problem id", "").strip()
    if match is None or not event_id.isdigit():
        return None
    kind = match.group("kind").lower()
    state = (
        AlertState.FIRING
        if kind == "problem"
        else AlertState.RESOLVED
        if kind.startswith("resolved")
        else AlertState.NOTICE
    )
    name = fields.get("problem name") or match.group("name")
    started = _ZABBIX_STARTED.search(text)
    resolved = _ZABBIX_RESOLVED.search(text)
    when = started or resolved
    occurrence = f"{when.group('date')} {when.group('time')}" if when else ""
    if state is AlertState.NOTICE:
        # each update is its own notice: the first line says who did what, and when
        occurrence = (text.strip().splitlines() or [""])[0][:200]
    host = fields.get("host", "")
    return Alert(
        source=AlertSource.ZABBIX,
        key=_key(f"{sender.lower()}#{event_id}"),
        state=state,
        severity=fields.get("severity", "").lower(),
        summary=_short(f"{name} on {host}" if host and host not in name else name),
        description=text.strip(),
        host=host,
        occurrence=occurrence,
        labels={
            k: v
            for k, v in {
                "problem": name,
                "event_id": event_id,
                "operational data": fields.get("operational data", ""),
                "duration": fields.get("problem duration", ""),
            }.items()
            if v
        },
    )


_PROBLEM_TYPES = frozenset({"PROBLEM"})
_RECOVERY_TYPES = frozenset({"RECOVERY"})


def _nagios_state(kind: str) -> AlertState:
    kind = kind.upper()
    if kind in _PROBLEM_TYPES:
        return AlertState.FIRING
    if kind in _RECOVERY_TYPES:
        return AlertState.RESOLVED
    return AlertState.NOTICE  # ACKNOWLEDGEMENT, FLAPPING…, DOWNTIME…, CUSTOM


def nagios_alert(subject: str, text: str, sender: str = "") -> Alert | None:
    """A Nagios or Icinga notification mail (their default commands and scripts), or None.

    The problem is the host and service (the host alone for a host alert), taken together
    with the sending address; the notice's own time ("Date/Time:", "When:") tells a repeat
    notification from the same one fetched twice.
    """
    fields = _fields(text)
    nagios = _NAGIOS_SUBJECT.match(subject or "")
    icinga_service = _ICINGA2_SERVICE.match(subject or "")
    icinga_host = _ICINGA2_HOST.match(subject or "")
    if nagios:
        kind, state_word = nagios.group("type"), nagios.group("state")
        target = nagios.group("target")
        is_service = nagios.group("what").lower() == "service"
        subject_host, _, subject_service = target.partition("/") if is_service else (target, "", "")
    elif icinga_host:
        kind, state_word = icinga_host.group("type"), icinga_host.group("state")
        subject_host, subject_service, is_service = icinga_host.group("host"), "", False
    elif icinga_service:
        kind, state_word = icinga_service.group("type"), icinga_service.group("state")
        subject_host = icinga_service.group("host")
        subject_service, is_service = icinga_service.group("service"), True
    else:
        return None
    # the body's lines name the host and service exactly; the subject may show aliases
    host = fields.get("host") or subject_host.strip()
    service = (fields.get("service") or subject_service.strip()) if is_service else ""
    kind = (fields.get("notification type") or kind).upper()
    # "State: CRITICAL for 0d 0h 5m" in some variants: the first word is the state
    state_word = ((fields.get("state") or state_word).split() or [""])[0]
    when = fields.get("date/time") or fields.get("when") or ""
    info = fields.get("info") or fields.get("additional info") or ""
    what = f"{service} on {host}" if service else f"host {host}"
    labels = {"host": host, "state": state_word.upper(), "type": kind}
    if service:
        labels["service"] = service
    if fields.get("address") or fields.get("ipv4"):
        labels["address"] = fields.get("address") or fields.get("ipv4") or ""
    return Alert(
        source=AlertSource.NAGIOS,
        key=_key(f"{sender.lower()}#{host}/{service}"),
        state=_nagios_state(kind),
        severity=state_word.lower(),
        summary=_short(f"{what} is {state_word.upper()}" + (f": {info}" if info else "")),
        description=text.strip(),
        host=host,
        occurrence=f"{kind} {state_word.upper()} {when}".strip(),
        labels=labels,
    )


def alert_in_mail(subject: str, text: str, sender: str = "") -> Alert | None:
    """The monitoring alert a mail carries (Zabbix, Nagios, Icinga), or None for any other
    mail; only a message in one of their default shapes counts."""
    return zabbix_alert(subject, text, sender) or nagios_alert(subject, text, sender)


def alert_words(alert: Alert, language: str = "en") -> str:
    """The alert as the desk reads it on a ticket or note, in the desk's language: what,
    where, how bad, since when, and what the monitoring said (as it said it)."""
    lines = [
        phrase(
            "Monitoring ({source}), {state}: {summary}",
            source=alert.source.value,
            state=alert.state,
            summary=alert.summary,
        )
    ]
    if alert.host:
        lines.append(phrase("Host: {host}", host=alert.host))
    if alert.severity:
        lines.append(phrase("Severity: {severity}", severity=alert.severity))
    if alert.starts_at is not None:
        lines.append(phrase("Since: {at} UTC", at=alert.starts_at.strftime("%Y-%m-%d %H:%M:%S")))
    if alert.ends_at is not None and alert.state is AlertState.RESOLVED:
        lines.append(phrase("Ended: {at} UTC", at=alert.ends_at.strftime("%Y-%m-%d %H:%M:%S")))
    if alert.source is AlertSource.ALERTMANAGER:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(alert.labels.items()))
        if shown:
            lines.append(phrase("Labels: {labels}", labels=shown))
    text = [in_language(line, language) for line in lines]
    if alert.description:
        text += ["", alert.description]
    return "\n".join(text)


def alert_record(alert: Alert) -> dict[str, Any]:
    """The alert as plain JSON values, to keep and to read back with `alert_from_record`."""
    return {
        "source": alert.source.value,
        "key": alert.key,
        "state": alert.state.value,
        "severity": alert.severity,
        "summary": alert.summary,
        "description": alert.description,
        "host": alert.host,
        "starts_at": alert.starts_at.isoformat() if alert.starts_at else None,
        "ends_at": alert.ends_at.isoformat() if alert.ends_at else None,
        "occurrence": alert.occurrence,
        "labels": dict(alert.labels),
        "group_key": alert.group_key,
    }


def alert_from_record(record: Mapping[str, Any]) -> Alert:
    """An alert kept with `alert_record`, read back."""
    return Alert(
        source=AlertSource(record["source"]),
        key=record["key"],
        state=AlertState(record["state"]),
        severity=record.get("severity", ""),
        summary=record.get("summary", ""),
        description=record.get("description", ""),
        host=record.get("host", ""),
        starts_at=datetime.fromisoformat(record["starts_at"]) if record.get("starts_at") else None,
        ends_at=datetime.fromisoformat(record["ends_at"]) if record.get("ends_at") else None,
        occurrence=record.get("occurrence", ""),
        labels=dict(record.get("labels") or {}),
        group_key=record.get("group_key", ""),
    )
