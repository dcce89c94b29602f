"""The words of the mails the desk sends, in English, Dutch, Spanish, Russian and Japanese.

Each text is one row: en, nl, es, ru, ja, with ``{name}`` fields filled by the outbox. A
missing language falls back to English, and a test checks every row has all five and the
same fields in each. Plain text only: the mails are text/plain.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from console.wording.vocabulary import LANGUAGES

_ROWS: dict[str, tuple[str, str, str, str, str]] = {
    "greeting": (
        "Dear {name},",
        "Beste {name},",
        "Estimado/a {name}:",
        "Здравствуйте, {name}!",
        "{name} 様",
    ),
    "greeting_anonymous": (
        "Hello,",
        "Goedendag,",
        "Hola:",
        "Здравствуйте!",
        "お世話になっております。",
    ),
    "sign_off": (
        "Kind regards,\n{desk}",
        "Met vriendelijke groet,\n{desk}",
        "Atentamente,\n{desk}",
        "С уважением,\n{desk}",
        "よろしくお願いいたします。\n{desk}",
    ),
    "automatic": (
        "This message was sent automatically.",
        "Dit bericht is automatisch verstuurd.",
        "Este mensaje se ha enviado automáticamente.",
        "Это сообщение отправлено автоматически.",
        "このメッセージは自動送信されています。",
    ),
    "keep_reference": (
        "Please keep {reference} in the subject when you write to us about this matter; "
        "a reply to this message is added to the ticket.",
        "Vermeld {reference} in het onderwerp als u ons hierover schrijft; een antwoord op "
        "dit bericht wordt aan het ticket toegevoegd.",
        "Mantenga {reference} en el asunto cuando nos escriba sobre este tema; una respuesta "
        "a este mensaje se añade al ticket.",
        "Пожалуйста, сохраняйте {reference} в теме письма, когда пишете нам по этому "
        "вопросу; ответ на это письмо будет добавлен к заявке.",
        "本件についてご連絡の際は、件名に {reference} を残してください。"
        "このメールへの返信はチケットに追加されます。",
    ),
    "confirmation_subject": (
        "Received: {title}",
        "Ontvangen: {title}",
        "Recibido: {title}",
        "Получено: {title}",
        "受付完了: {title}",
    ),
    "confirmation_body": (
        'We have received your message "{title}" and registered it as ticket {reference}. '
        "The service desk will get back to you.",
        'Wij hebben uw bericht "{title}" ontvangen en geregistreerd als ticket {reference}. '
        "De servicedesk neemt contact met u op.",
        'Hemos recibido su mensaje "{title}" y lo hemos registrado como ticket {reference}. '
        "El servicio de asistencia se pondrá en contacto con usted.",
        "Мы получили ваше сообщение «{title}» и зарегистрировали его как заявку {reference}. "
        "Служба поддержки свяжется с вами.",
        "「{title}」のメッセージを受け付け、チケット {reference} として登録しました。"
        "サービスデスクよりご連絡いたします。",
    ),
    "status_subject": (
        "{title}: {status}",
        "{title}: {status}",
        "{title}: {status}",
        "{title}: {status}",
        "{title}: {status}",
    ),
    "status_body": (
        'The status of your ticket {reference} "{title}" changed from {old} to {new}.',
        'De status van uw ticket {reference} "{title}" is gewijzigd van {old} naar {new}.',
        'El estado de su ticket {reference} "{title}" ha cambiado de {old} a {new}.',
        "Статус вашей заявки {reference} «{title}» изменён: {old} → {new}.",
        "チケット {reference}「{title}」のステータスが {old} から {new} に変わりました。",
    ),
    "status_closed": (
        "If the matter is not solved, reply to this message within {days} days and the "
        "ticket is reopened.",
        "Is het probleem niet opgelost, antwoord dan binnen {days} dagen op dit bericht en het "
        "ticket wordt heropend.",
        "Si el problema no está resuelto, responda a este mensaje en un plazo de {days} días "
        "y el ticket se reabrirá.",
        "Если вопрос не решён, ответьте на это письмо в течение {days} дней, и заявка будет "
        "открыта снова.",
        "問題が解決していない場合は、{days} 日以内にこのメールにご返信ください。"
        "チケットを再開いたします。",
    ),
    "reply_subject": ("Re: {title}", "Re: {title}", "Re: {title}", "Re: {title}", "Re: {title}"),
    "reply_intro": (
        "A message from the service desk about your ticket {reference}:",
        "Een bericht van de servicedesk over uw ticket {reference}:",
        "Un mensaje del servicio de asistencia sobre su ticket {reference}:",
        "Сообщение службы поддержки по вашей заявке {reference}:",
        "チケット {reference} について、サービスデスクからのご連絡です:",
    ),
    # the desk's own notices: to the dispatcher and the account manager
    "sla_at_risk_subject": (
        "Deadline at risk: {title}",
        "Termijn in gevaar: {title}",
        "Plazo en riesgo: {title}",
        "Срок под угрозой: {title}",
        "期限超過の恐れ: {title}",
    ),
    "sla_at_risk_body": (
        'The {target} deadline of ticket {reference} "{title}" for {client} is at risk: '
        "it is due at {due}.",
        'De termijn voor {target} van ticket {reference} "{title}" voor {client} is in '
        "gevaar: uiterlijk {due}.",
        'El plazo de {target} del ticket {reference} "{title}" de {client} está en riesgo: '
        "vence el {due}.",
        "Срок ({target}) заявки {reference} «{title}» клиента {client} под угрозой: "
        "истекает {due}.",
        "{client} のチケット {reference}「{title}」の{target}期限が迫っています: 期限 {due}。",
    ),
    "sla_breached_subject": (
        "Deadline missed: {title}",
        "Termijn overschreden: {title}",
        "Plazo incumplido: {title}",
        "Срок нарушен: {title}",
        "期限超過: {title}",
    ),
    "sla_breached_body": (
        'The {target} deadline of ticket {reference} "{title}" for {client} was missed: '
        "it was due at {due}.",
        'De termijn voor {target} van ticket {reference} "{title}" voor {client} is '
        "overschreden: uiterlijk {due}.",
        'El plazo de {target} del ticket {reference} "{title}" de {client} se ha '
        "incumplido: vencía el {due}.",
        "Срок ({target}) заявки {reference} «{title}» клиента {client} нарушен: истёк {due}.",
        "{client} のチケット {reference}「{title}」の{target}期限を超過しました: 期限 {due}。",
    ),
    "credit_low_subject": (
        "Prepaid credit nearly used up: {client}",
        "Strippenkaart bijna op: {client}",
        "Crédito prepago casi agotado: {client}",
        "Предоплата почти израсходована: {client}",
        "前払いクレジット残りわずか: {client}",
    ),
    "credit_low_body": (
        "The prepaid credit of {client} under the contract {contract} is nearly used up: "
        "{balance} remains. Please talk to the client about topping it up.",
        "De strippenkaart van {client} onder het contract {contract} is bijna op: er resteert "
        "{balance}. Bespreek een aanvulling met de klant.",
        "El crédito prepago de {client} del contrato {contract} está casi agotado: quedan "
        "{balance}. Hable con el cliente sobre una recarga.",
        "Предоплата клиента {client} по договору {contract} почти израсходована: остаток "
        "{balance}. Обсудите с клиентом пополнение.",
        "{client} の契約 {contract} の前払いクレジットが残りわずかです: 残高 {balance}。"
        "追加購入についてお客様とご相談ください。",
    ),
    "credit_exhausted_subject": (
        "Prepaid credit used up: {client}",
        "Strippenkaart op: {client}",
        "Crédito prepago agotado: {client}",
        "Предоплата израсходована: {client}",
        "前払いクレジット残高なし: {client}",
    ),
    "credit_exhausted_body": (
        "The prepaid credit of {client} under the contract {contract} is used up: the "
        "balance is {balance}. Please talk to the client about topping it up.",
        "De strippenkaart van {client} onder het contract {contract} is op: het saldo is "
        "{balance}. Bespreek een aanvulling met de klant.",
        "El crédito prepago de {client} del contrato {contract} está agotado: el saldo es "
        "{balance}. Hable con el cliente sobre una recarga.",
        "Предоплата клиента {client} по договору {contract} израсходована: баланс "
        "{balance}. Обсудите с клиентом пополнение.",
        "{client} の契約 {contract} の前払いクレジットがなくなりました: 残高 {balance}。"
        "追加購入についてお客様とご相談ください。",
    ),
    "hours": ("{amount} h", "{amount} uur", "{amount} h", "{amount} ч", "{amount} 時間"),
    "service_desk": (
        "The service desk",
        "De servicedesk",
        "El servicio de asistencia",
        "Служба поддержки",
        "サービスデスク",
    ),
}


def language_of(code: str | None) -> str:
    """One of the five languages from a language or locale code ("nl_NL" is "nl")."""
    short = (code or "").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else "en"


def mail_text_for(language: str) -> Callable[..., str]:
    """A lookup of mail texts in one language, filled with the fields given."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0

    def text(key: str, **values: object) -> str:
        return _ROWS[key][index].format(**values)

    return text


def mail_text_keys() -> list[str]:
    """Every text key (for the completeness test)."""
    return list(_ROWS)


def mail_text_fields(key: str) -> list[set[str]]:
    """The fields each language's text of a key uses (for the completeness test)."""
    return [
        {name for _lit, name, _spec, _conv in string.Formatter().parse(row) if name}
        for row in _ROWS[key]
    ]
