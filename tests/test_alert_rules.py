"""Monitoring alerts as plain records (T1: tickets arrive from the monitoring system) and
the rule that says which of them are emergencies (T10). The fixtures follow each
system's own default: Alertmanager's webhook payload version 4, Zabbix's default Email
media type templates, Nagios's notify-host/service-by-email commands (commands.cfg) and
Icinga 2's mail-host/service-notification.sh scripts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from console.errors import ValidationError
from console.rules.alerts import (
    Alert,
    AlertAction,
    AlertSource,
    AlertState,
    alert_action,
    alert_from_record,
    alert_in_mail,
    alert_record,
    alert_words,
    alertmanager_alerts,
    client_named,
    is_outage,
)

ZABBIX = "zabbix@acme.example"

# -- fixtures: what each system sends by default ------------------------------------------

ALERTMANAGER_FIRING = {
    "receiver": "dispatch-desk",
    "status": "firing",
    "alerts": [
        {
            "status": "firing",
            "labels": {
                "alertname": "ProbeFailure",
                "client": "Acme",
                "instance": "https://erp.acme.example",
                "job": "http_checks",
                "severity": "critical",
            },
            "annotations": {
                "description": "Instance https://erp.acme.example has been down for over 5m.",
                "summary": "BlackBox Probe Failure: https://erp.acme.example",
            },
            "startsAt": "2026-11-23T08:52:26.739266876+01:00",
            "endsAt": "0001-01-01T00:00:00Z",
            "generatorURL": "http://prometheus.acme.example:9090/graph?g0.expr=probe_success",
            "fingerprint": "1a30ba71cca2921f",
        },
        {
            "status": "firing",
            "labels": {
                "alertname": "DiskSpaceLow",
                "client": "Acme",
                "instance": "fs01:9100",
                "mountpoint": "/srv",
                "severity": "warning",
            },
            "annotations": {"summary": "Disk /srv on fs01 is 91% full"},
            "startsAt": "2026-11-23T07:40:00Z",
            "endsAt": "0001-01-01T00:00:00Z",
            "fingerprint": "c6eadffa33fcdf37",
        },
    ],
    "groupLabels": {"alertname": "ProbeFailure"},
    "commonLabels": {"client": "Acme"},
    "commonAnnotations": {},
    "externalURL": "http://alertmanager.acme.example:9093",
    "version": "4",
    "groupKey": '{}/{client="Acme"}:{alertname="ProbeFailure"}',
    "truncatedAlerts": 0,
}

ZABBIX_PROBLEM = (
    "Problem: Zabbix agent is not available (for 3m)",
    "Problem started at 10:15:02 on 2026.11.23\n"
    "Problem name: Zabbix agent is not available (for 3m)\n"
    "Host: db01.acme.local\n"
    "Severity: Average\n"
    "Operational data: not available (0)\n"
    "Original problem ID: 48213\n"
    "https://zabbix.acme.example/tr_events.php?triggerid=23457&eventid=48213\n",
)
ZABBIX_RESOLVED = (
    "Resolved in 5m 0s: Zabbix agent is not available (for 3m)",
    "Problem has been resolved at 10:20:02 on 2026.11.23\n"
    "Problem name: Zabbix agent is not available (for 3m)\n"
    "Problem duration: 5m 0s\n"
    "Host: db01.acme.local\n"
    "Severity: Average\n"
    "Original problem ID: 48213\n"
    "https://zabbix.acme.example/tr_events.php?triggerid=23457&eventid=48213\n",
)
ZABBIX_OLD_RESOLVED = (  # Zabbix 4.x: "Resolved: NAME"
    "Resolved: Web server is down",
    "Problem has been resolved at 11:02:44 on 2026.11.23\n"
    "Problem name: Web server is down\n"
    "Host: www01\n"
    "Severity: Disaster\n"
    "\n"
    "Original problem ID: 912\n",
)
ZABBIX_UPDATE = (
    "Updated problem in 12m: Zabbix agent is not available (for 3m)",
    "Jan de Vries acknowledged problem at 2026.11.23 10:27:40.\n"
    "Looking into it\n"
    "\n"
    "Current problem status is PROBLEM, age is 12m, acknowledged: Yes.\n"
    "Original problem ID: 48213\n",
)

NAGIOS_SERVICE = (
    "** PROBLEM Service Alert: mail01/SMTP is CRITICAL **",
    "***** Nagios *****\n\n"
    "Notification Type: PROBLEM\n\n"
    "Service: SMTP\n"
    "Host: mail01\n"
    "Address: 10.1.2.25\n"
    "State: CRITICAL\n\n"
    "Date/Time: Mon Nov 23 10:15:02 CET 2026\n\n"
    "Additional Info:\n\n"
    "CRITICAL - Socket timeout after 10 seconds\n",
)
NAGIOS_HOST_DOWN = (
    "** PROBLEM Host Alert: fw01 is DOWN **",
    "***** Nagios *****\n\n"
    "Notification Type: PROBLEM\n"
    "Host: fw01\n"
    "State: DOWN\n"
    "Address: 10.1.0.1\n"
    "Info: PING CRITICAL - Packet loss = 100%\n\n"
    "Date/Time: Mon Nov 23 10:16:40 CET 2026\n",
)
NAGIOS_HOST_RECOVERY = (
    "** RECOVERY Host Alert: fw01 is UP **",
    "***** Nagios *****\n\n"
    "Notification Type: RECOVERY\n"
    "Host: fw01\n"
    "State: UP\n"
    "Address: 10.1.0.1\n"
    "Info: PING OK - Packet loss = 0%, RTA = 0.52 ms\n\n"
    "Date/Time: Mon Nov 23 10:31:12 CET 2026\n",
)
ICINGA2_SERVICE = (
    "[PROBLEM] Disk /var on web02 is CRITICAL!",
    "***** Service Monitoring on icinga.acme.example *****\n\n"
    "Disk /var on web02 is CRITICAL!\n\n"
    "Info:    DISK CRITICAL - free space: /var 412 MB (4% inode=97%);\n\n"
    "When:    2026-11-23 10:15:02 +0100\n"
    "Service: disk-var\n"
    "Host:    web02\n"
    "IPv4:    10.1.3.12\n",
)
ICINGA2_HOST = (
    "[PROBLEM] Host web02 is DOWN!",
    "***** Host Monitoring on icinga.acme.example *****\n\n"
    "web02 is DOWN!\n\n"
    "Info:    CRITICAL - Host Unreachable (10.1.3.12)\n\n"
    "When:    2026-11-23 10:17:00 +0100\n"
    "Host:    web02\n"
    "IPv4:    10.1.3.12\n",
)


# -- Alertmanager ----------------------------------------------------------------------------


def test_t1_alertmanager_webhook_alerts_become_plain_records() -> None:
    first, second = alertmanager_alerts(json.loads(json.dumps(ALERTMANAGER_FIRING)))
    assert first.source is AlertSource.ALERTMANAGER and first.state is AlertState.FIRING
    assert first.key == "1a30ba71cca2921f" and first.severity == "critical"
    assert first.summary == "BlackBox Probe Failure: https://erp.acme.example"
    assert first.host == "https://erp.acme.example"
    # nanoseconds and the +01:00 offset read right, in UTC
    assert first.starts_at == datetime(2026, 11, 23, 7, 52, 26, 739266, tzinfo=UTC)
    assert first.ends_at is None  # Alertmanager's zero time: still firing
    assert first.group_key.endswith('{alertname="ProbeFailure"}')
    assert client_named(first) == "Acme" and client_named(first, "customer") is None
    assert second.key == "c6eadffa33fcdf37" and second.severity == "warning"


def test_t1_the_same_alert_resolved_is_another_event_of_the_same_problem() -> None:
    payload = json.loads(json.dumps(ALERTMANAGER_FIRING))
    payload["status"] = "resolved"
    payload["alerts"][0].update(status="resolved", endsAt="2026-11-23T08:10:00Z")
    firing = alertmanager_alerts(ALERTMANAGER_FIRING)[0]
    resolved = alertmanager_alerts(payload)[0]
    assert resolved.state is AlertState.RESOLVED and resolved.key == firing.key
    assert resolved.ends_at == datetime(2026, 11, 23, 8, 10, tzinfo=UTC)
    assert resolved.event_key != firing.event_key
    assert alertmanager_alerts(ALERTMANAGER_FIRING)[0].event_key == firing.event_key
    later = json.loads(json.dumps(ALERTMANAGER_FIRING))
    later["alerts"][0]["startsAt"] = "2026-11-23T09:30:00Z"  # fired again later
    assert alertmanager_alerts(later)[0].event_key != firing.event_key


def test_t1_an_alert_without_fingerprint_is_keyed_by_its_labels() -> None:
    payload = json.loads(json.dumps(ALERTMANAGER_FIRING))
    for alert in payload["alerts"]:
        del alert["fingerprint"]
    again = alertmanager_alerts(payload)
    assert again[0].key.startswith("labels:") and again[0].key != again[1].key
    assert alertmanager_alerts(payload)[0].key == again[0].key


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ([], "payload"),
        ({"version": "3", "alerts": []}, "version"),
        ({"version": "4"}, "alerts"),
        ({"version": "4", "alerts": [{"status": "odd"}]}, "alerts[1].status"),
        ({"version": "4", "alerts": [{"status": "firing", "startsAt": "yesterday"}]},
         "alerts[1].startsAt"),
        ({"version": "4", "alerts": [{"status": "firing", "labels": ["a"]}]}, "alerts[1].labels"),
    ],
)  # fmt: skip
def test_t1_a_payload_that_is_no_notification_is_refused_naming_the_field(
    payload: object, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        alertmanager_alerts(payload)
    assert refused.value.field == field


# -- Zabbix ----------------------------------------------------------------------------------


def test_t1_a_zabbix_problem_mail_is_a_firing_alert_keyed_by_its_problem_id() -> None:
    alert = alert_in_mail(*ZABBIX_PROBLEM, sender=ZABBIX)
    assert alert is not None and alert.source is AlertSource.ZABBIX
    assert alert.state is AlertState.FIRING and alert.severity == "average"
    assert alert.host == "db01.acme.local" and alert.key == f"{ZABBIX}#48213"
    assert alert.summary == "Zabbix agent is not available (for 3m) on db01.acme.local"
    assert alert.occurrence == "2026.11.23 10:15:02"


def test_t1_zabbix_recovery_and_update_mails_belong_to_the_same_problem() -> None:
    problem = alert_in_mail(*ZABBIX_PROBLEM, sender=ZABBIX)
    resolved = alert_in_mail(*ZABBIX_RESOLVED, sender=ZABBIX)
    update = alert_in_mail(*ZABBIX_UPDATE, sender=ZABBIX)
    assert problem and resolved and update
    assert resolved.state is AlertState.RESOLVED and update.state is AlertState.NOTICE
    assert problem.key == resolved.key == update.key
    assert len({problem.event_key, resolved.event_key, update.event_key}) == 3
    old = alert_in_mail(*ZABBIX_OLD_RESOLVED, sender=ZABBIX)
    assert old is not None and old.state is AlertState.RESOLVED and old.severity == "disaster"


def test_t1_another_zabbix_server_counts_its_problem_ids_apart() -> None:
    ours = alert_in_mail(*ZABBIX_PROBLEM, sender=ZABBIX)
    theirs = alert_in_mail(*ZABBIX_PROBLEM, sender="zabbix@other.example")
    assert ours and theirs and ours.key != theirs.key


# -- Nagios and Icinga -----------------------------------------------------------------------


def test_t1_a_nagios_service_alert_is_keyed_by_host_and_service() -> None:
    alert = alert_in_mail(*NAGIOS_SERVICE, sender="nagios@acme.example")
    assert alert is not None and alert.source is AlertSource.NAGIOS
    assert alert.state is AlertState.FIRING and alert.severity == "critical"
    assert (alert.host, alert.label("service")) == ("mail01", "SMTP")
    assert alert.key == "nagios@acme.example#mail01/SMTP"
    assert alert.summary == "SMTP on mail01 is CRITICAL"


def test_t1_a_nagios_host_problem_and_its_recovery_are_one_problem() -> None:
    down = alert_in_mail(*NAGIOS_HOST_DOWN, sender="nagios@acme.example")
    up = alert_in_mail(*NAGIOS_HOST_RECOVERY, sender="nagios@acme.example")
    assert down and up and down.key == up.key
    assert down.state is AlertState.FIRING and up.state is AlertState.RESOLVED
    assert down.summary == "host fw01 is DOWN: PING CRITICAL - Packet loss = 100%"


def test_t1_icinga2_default_mails_are_read_like_nagios_ones() -> None:
    service = alert_in_mail(*ICINGA2_SERVICE, sender="icinga@acme.example")
    host = alert_in_mail(*ICINGA2_HOST, sender="icinga@acme.example")
    assert service and host
    assert (service.host, service.label("service"), service.severity) == (
        "web02", "disk-var", "critical",
    )  # fmt: skip
    assert service.labels["address"] == "10.1.3.12"
    assert host.label("service") is None and host.severity == "down"
    assert host.key != service.key


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Printer broken", "The printer on floor 2 prints nothing."),
        ("Problem: the printer", "It is broken again.\nHost: my desk"),  # no problem ID
        ("Re: ** PROBLEM Service Alert: mail01/SMTP is CRITICAL **", "Is this ours?"),
        ("Automatic reply: [PROBLEM] Host web02 is DOWN!", "I am out of office."),
    ],
)
def test_t1_ordinary_mail_is_no_alert(subject: str, body: str) -> None:
    assert alert_in_mail(subject, body, "eva@acme.example") is None


# -- T10: which alerts are outages -------------------------------------------------------


def _alert(**values: object) -> Alert:
    base: dict[str, object] = {
        "source": AlertSource.ALERTMANAGER, "key": "k", "state": AlertState.FIRING,
        "severity": "warning", "summary": "s",
    }  # fmt: skip
    return Alert(**{**base, **values})  # type: ignore[arg-type]


def test_t10_a_critical_alertmanager_alert_is_an_outage_a_warning_is_not() -> None:
    critical, warning = alertmanager_alerts(ALERTMANAGER_FIRING)
    assert is_outage(critical) and not is_outage(warning)
    assert is_outage(_alert(severity="page"))


def test_t10_zabbix_disaster_is_an_outage_high_and_average_are_not() -> None:
    old = alert_in_mail(*ZABBIX_OLD_RESOLVED, sender=ZABBIX)
    assert old is not None and not is_outage(old)  # resolved: no new emergency
    firing_disaster = _alert(source=AlertSource.ZABBIX, severity="disaster")
    assert is_outage(firing_disaster)
    assert not is_outage(_alert(source=AlertSource.ZABBIX, severity="high"))
    problem = alert_in_mail(*ZABBIX_PROBLEM, sender=ZABBIX)
    assert problem is not None and not is_outage(problem)


def test_t10_a_host_down_is_an_outage_a_critical_service_is_not() -> None:
    down = alert_in_mail(*NAGIOS_HOST_DOWN, sender="nagios@acme.example")
    service = alert_in_mail(*NAGIOS_SERVICE, sender="nagios@acme.example")
    icinga_host = alert_in_mail(*ICINGA2_HOST, sender="icinga@acme.example")
    assert down and service and icinga_host
    assert is_outage(down) and is_outage(icinga_host) and not is_outage(service)


def test_t10_an_explicit_label_decides_either_way() -> None:
    assert is_outage(_alert(severity="warning", labels={"emergency": "true"}))
    assert is_outage(_alert(severity="info", labels={"outage": "yes"}))
    assert not is_outage(_alert(severity="critical", labels={"emergency": "false"}))
    assert not is_outage(_alert(severity="critical", state=AlertState.RESOLVED))


# -- what an alert does to its problem's tickets -----------------------------------------


def test_t1_a_firing_alert_notes_the_open_ticket_or_opens_one() -> None:
    assert alert_action(AlertState.FIRING, True, True) is AlertAction.NOTE
    assert alert_action(AlertState.FIRING, False, False) is AlertAction.NEW_TICKET
    # the desk closed the ticket; the problem is back: new work, a new ticket
    assert alert_action(AlertState.FIRING, False, True) is AlertAction.NEW_TICKET


def test_t1_a_resolved_alert_only_notes_the_ticket_never_closes_or_reopens() -> None:
    assert alert_action(AlertState.RESOLVED, True, True) is AlertAction.RESOLVED_NOTE
    assert alert_action(AlertState.RESOLVED, False, True) is AlertAction.RESOLVED_NOTE
    assert alert_action(AlertState.RESOLVED, False, False) is AlertAction.NEW_TICKET
    assert alert_action(AlertState.NOTICE, False, True) is AlertAction.NOTE


def test_an_alert_kept_as_plain_values_reads_back_the_same() -> None:
    for alert in alertmanager_alerts(ALERTMANAGER_FIRING):
        kept = json.loads(json.dumps(alert_record(alert)))
        assert alert_from_record(kept) == alert
    words = alert_words(alertmanager_alerts(ALERTMANAGER_FIRING)[0])
    assert "firing: BlackBox Probe Failure" in words and "Since: 2026-11-23 07:52:26 UTC" in words
