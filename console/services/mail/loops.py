"""Automatic mail: never a ticket, never answered (RFC 3834, RFC 3464, RFC 2919).

Out-of-office notes, auto-replies, bounces, read receipts, mailing-list and bulk mail are
recognised by their headers; a handful of subjects catch the old programs that send no
such header. What is recognised is recorded with the reason and otherwise left alone.
"""

from __future__ import annotations

import re

from console.services.mail.parsing import ParsedMail
from console.wording.phrases import Phrase, phrase

_AUTO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[\s-]*(reply|response|antwort)|out of (the )?office|"
    r"automatisch(e)? (antwoord|antwort)|abwesenheitsnotiz|respuesta automática|"
    r"fuera de la oficina|réponse automatique|автоответ|不在|自動応答|"
    r"undeliverable|undelivered mail|delivery status notification|"
    r"mail delivery (failed|failure|subsystem)|returned mail|non remis|unzustellbar)",
    re.IGNORECASE,
)
_DAEMONS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.IGNORECASE)


def automatic_reason(
    mail: ParsedMail, own_addresses: frozenset[str] = frozenset()
) -> Phrase | None:
    """Why a message is automatic mail, or None for mail a person wrote."""
    h = mail.headers
    auto = h.get("auto-submitted", "").split(";")[0].strip().lower()
    if auto and auto != "no":
        return phrase("automatic mail (Auto-Submitted: {value})", value=auto)
    if mail.content_type == "multipart/report" or mail.report_type:
        return phrase(
            "a delivery or read report ({kind})", kind=mail.report_type or "multipart/report"
        )
    precedence = h.get("precedence", "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return phrase("bulk mail (Precedence: {value})", value=precedence)
    for name in ("x-autoreply", "x-autorespond", "x-auto-reply", "x-autoresponder"):
        if name in h:
            return phrase("an automatic reply ({header})", header=name)
    suppress = h.get("x-auto-response-suppress", "").lower()
    if any(word in suppress for word in ("all", "oof", "autoreply")):
        return phrase("automatic mail (X-Auto-Response-Suppress)")
    if "list-id" in h or "list-unsubscribe" in h:
        return phrase("mailing-list mail")
    if h.get("return-path", "").strip() == "<>":
        return phrase("a bounce (empty return path)")
    if _DAEMONS.match(mail.sender):
        return phrase("sent by a mail system ({sender})", sender=mail.sender)
    if mail.sender in own_addresses or h.get("x-loop", "").strip().lower() in own_addresses:
        return phrase("our own mail came back")
    if _AUTO_SUBJECT.match(mail.subject or ""):
        return phrase("an automatic reply (by its subject)")
    return None
