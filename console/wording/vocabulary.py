"""The values of the model's enums as words a person reads, in five languages.

Documents print them in the client's language and the window shows them in the user's,
so both say "in behandeling" for the same stored ``in_progress``. Rows are en, nl, es,
ru, ja, keyed by the stored value; a value means the same thing in every enum it appears
in (``cancelled``, ``monthly_plan``), so one row serves them all.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("en", "nl", "es", "ru", "ja")
"""Languages with words, in the order of each row."""

_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    # ticket status (T5)
    "open": ("open", "open", "abierto", "открыта", "未対応"),
    "in_progress": ("in progress", "in behandeling", "en curso", "в работе", "対応中"),
    "awaiting_reply": (
        "awaiting reply",
        "wacht op antwoord",
        "esperando respuesta",
        "ожидает ответа",
        "返信待ち",
    ),
    "on_hold": ("on hold", "in de wacht", "en espera", "приостановлена", "保留"),
    "planned": ("planned", "gepland", "planificado", "запланирована", "計画済み"),
    "acceptance": ("acceptance", "acceptatie", "aceptación", "приёмка", "受入確認"),
    "waiting_for_deploy": (
        "waiting for deployment",
        "wacht op uitrol",
        "esperando despliegue",
        "ожидает развёртывания",
        "展開待ち",
    ),
    "closed": ("closed", "gesloten", "cerrado", "закрыта", "完了"),
    # ticket category and priority
    "incident": ("incident", "incident", "incidencia", "инцидент", "インシデント"),
    "service_request": (
        "service request",
        "serviceverzoek",
        "solicitud de servicio",
        "запрос на обслуживание",
        "サービス要求",
    ),
    "change": ("change", "wijziging", "cambio", "изменение", "変更"),
    "server_management": (
        "server management",
        "serverbeheer",
        "gestión de servidores",
        "управление серверами",
        "サーバー管理",
    ),
    "maintenance": ("maintenance", "onderhoud", "mantenimiento", "обслуживание", "保守"),
    "low": ("low", "laag", "baja", "низкий", "低"),
    "medium": ("medium", "gemiddeld", "medio", "средний", "中"),
    "normal": ("normal", "normaal", "normal", "обычный", "通常"),
    "high": ("high", "hoog", "alta", "высокий", "高"),
    "urgent": ("urgent", "urgent", "urgente", "срочный", "緊急"),
    # visit status (D7)
    "requested": ("requested", "aangevraagd", "solicitada", "запрошен", "依頼済み"),
    "availability_checked": (
        "availability checked",
        "beschikbaarheid gecontroleerd",
        "disponibilidad comprobada",
        "доступность проверена",
        "空き確認済み",
    ),
    "engineer_proposed": (
        "engineer proposed",
        "engineer voorgesteld",
        "técnico propuesto",
        "инженер предложен",
        "エンジニア提案済み",
    ),
    "approved": ("approved", "goedgekeurd", "aprobada", "одобрен", "承認済み"),
    "travel_booked": (
        "travel booked",
        "reis geboekt",
        "viaje reservado",
        "поездка забронирована",
        "移動手配済み",
    ),
    "en_route": ("en route", "onderweg", "en camino", "в пути", "移動中"),
    "on_site": ("on site", "ter plaatse", "en el sitio", "на объекте", "現地到着"),
    "working": ("working", "aan het werk", "trabajando", "работа идёт", "作業中"),
    "completed": ("completed", "afgerond", "completada", "завершён", "完了"),
    "cancelled": ("cancelled", "geannuleerd", "cancelada", "отменён", "取消"),
    "no_access": (
        "no access",
        "geen toegang",
        "sin acceso",
        "нет доступа",
        "入館不可",
    ),
    # engineers
    "entry": ("entry", "starter", "básico", "начальный", "初級"),
    "senior": ("senior", "senior", "sénior", "старший", "上級"),
    "specialist": ("specialist", "specialist", "especialista", "специалист", "スペシャリスト"),
    "local_contact": (
        "local contact",
        "lokale contactpersoon",
        "contacto local",
        "контакт на месте",
        "現地担当者",
    ),
    "ordering_engineer": (
        "ordering engineer",
        "opdrachtgevend engineer",
        "técnico solicitante",
        "заказывающий инженер",
        "依頼元エンジニア",
    ),
    "requester": ("requester", "aanvrager", "solicitante", "заявитель", "依頼者"),
    "lead": ("lead", "leidend", "responsable", "ведущий", "主担当"),
    "assist": ("assist", "assistent", "asistente", "помощник", "補助"),
    # SLA targets and clocks
    "response": ("response", "reactie", "respuesta", "реакция", "応答"),
    "arrival": ("arrival", "aankomst", "llegada", "прибытие", "到着"),
    "resolution": ("resolution", "oplossing", "resolución", "решение", "解決"),
    "assessment": ("assessment", "beoordeling", "evaluación", "оценка", "評価"),
    "not_started": ("not started", "niet gestart", "no iniciado", "не запущен", "未開始"),
    "running": ("running", "loopt", "en curso", "идёт", "進行中"),
    "at_risk": ("at risk", "in gevaar", "en riesgo", "под угрозой", "期限間近"),
    "paused": ("paused", "gepauzeerd", "en pausa", "приостановлен", "一時停止"),
    "breached": ("breached", "overschreden", "incumplido", "нарушен", "期限超過"),
    "counted": ("counted", "geteld", "contado", "учтено", "計上"),
    "skipped": ("skipped", "overgeslagen", "omitido", "пропущено", "除外"),
    "met": ("met", "gehaald", "cumplido", "выполнен", "達成"),
    # why clock time was counted, skipped or paused (C2)
    "inside_window": (
        "inside the service window",
        "binnen het servicevenster",
        "dentro de la ventana de servicio",
        "в окне обслуживания",
        "サービス時間内",
    ),
    "outside_hours": (
        "outside service hours",
        "buiten de servicetijden",
        "fuera del horario de servicio",
        "вне часов обслуживания",
        "サービス時間外",
    ),
    "weekend": ("weekend", "weekend", "fin de semana", "выходные", "週末"),
    "no_service_day": (
        "no service that day",
        "geen service die dag",
        "sin servicio ese día",
        "в этот день нет обслуживания",
        "サービスのない日",
    ),
    "public_holiday": ("public holiday", "feestdag", "día festivo", "праздничный день", "祝日"),
    "closure": ("closed", "gesloten", "cerrado", "закрыто", "休業"),
    "ticket_status": ("ticket", "ticket", "ticket", "заявка", "チケット"),
    # time phases (E3)
    "none": ("no phase", "geen fase", "sin fase", "без фазы", "フェーズなし"),
    "restore": ("restoration", "herstel", "restablecimiento", "восстановление", "復旧"),
    "cause": (
        "cause removal",
        "oorzaak wegnemen",
        "eliminación de la causa",
        "устранение причины",
        "原因除去",
    ),
    # what a line drew on, and contract kinds (C1-C7)
    "fte_bundle": ("FTE bundle", "FTE-bundel", "bolsa FTE", "пакет FTE", "FTEバンドル"),
    "prepaid_credit": (
        "prepaid credit",
        "strippenkaart",
        "crédito prepago",
        "предоплаченный кредит",
        "前払いクレジット",
    ),
    "guarantee": (
        "guarantee hours",
        "garantie-uren",
        "horas de garantía",
        "гарантийные часы",
        "保証時間",
    ),
    "monthly_plan": ("monthly plan", "maandplan", "plan mensual", "месячный план", "月額プラン"),
    "express": ("Express", "Express", "Express", "Express", "エクスプレス"),
    "on_demand": ("on demand", "op afroep", "bajo demanda", "по запросу", "オンデマンド"),
    "fixed": ("fixed", "vast", "fijo", "фиксировано", "固定"),
    # credit movements (C5) and alerts
    "top_up": ("top-up", "opwaardering", "recarga", "пополнение", "チャージ"),
    "debit": ("debit", "afschrijving", "cargo", "списание", "引き落とし"),
    "adjustment": ("adjustment", "correctie", "ajuste", "корректировка", "調整"),
    "reversal": ("reversal", "terugboeking", "anulación", "сторно", "取消仕訳"),
    "exhausted": ("exhausted", "opgebruikt", "agotado", "исчерпан", "残高なし"),
    # notes shown to the client (E6)
    "client": (
        "message to the client",
        "bericht aan de klant",
        "mensaje al cliente",
        "сообщение клиенту",
        "顧客への連絡",
    ),
    "evidence": ("evidence", "bewijs", "evidencia", "доказательство", "証跡"),
    # ticket channel
    "email": ("email", "e-mail", "correo", "эл. почта", "メール"),
    "portal": ("portal", "portaal", "portal", "портал", "ポータル"),
    "phone": ("phone", "telefoon", "teléfono", "телефон", "電話"),
    "signed_paper": (
        "signed paper",
        "getekend papier",
        "papel firmado",
        "подписанный документ",
        "署名済み書面",
    ),
    "monitoring": ("monitoring", "monitoring", "monitorización", "мониторинг", "監視"),
    # how a client takes its invoices
    "pdf": ("plain PDF", "gewone pdf", "PDF normal", "обычный PDF", "通常のPDF"),
    "factur_x": (
        "PDF with embedded e-invoice (Factur-X)",
        "pdf met ingebedde e-factuur (Factur-X)",
        "PDF con factura electrónica incrustada (Factur-X)",
        "PDF со встроенным электронным счётом (Factur-X)",
        "電子請求書を埋め込んだPDF (Factur-X)",
    ),
    "ubl": (
        "PDF and UBL e-invoice file",
        "pdf en UBL-e-factuurbestand",
        "PDF y archivo de factura electrónica UBL",
        "PDF и файл электронного счёта UBL",
        "PDFとUBL電子請求書ファイル",
    ),
    # notes, leave, non-billable reasons
    "internal": ("internal", "intern", "interno", "внутреннее", "社内"),
    "knowledge": ("knowledge", "kennis", "conocimiento", "база знаний", "ナレッジ"),
    "vacation": ("vacation", "vakantie", "vacaciones", "отпуск", "休暇"),
    "sick": ("sick", "ziek", "baja médica", "больничный", "病欠"),
    "training": ("training", "opleiding", "formación", "обучение", "研修"),
    "other": ("other", "overig", "otro", "другое", "その他"),
    "own_defect": ("own defect", "eigen fout", "defecto propio", "собственный дефект", "自社起因"),
    "goodwill": ("goodwill", "coulance", "cortesía", "жест доброй воли", "無償対応"),
    # users' roles
    "dispatcher": ("dispatcher", "planner", "despachador", "диспетчер", "ディスパッチャー"),
    "engineer": ("engineer", "monteur", "técnico", "инженер", "エンジニア"),
    "service_manager": (
        "service manager",
        "servicemanager",
        "responsable de servicio",
        "сервис-менеджер",
        "サービスマネージャー",
    ),
    "admin": ("administrator", "beheerder", "administrador", "администратор", "管理者"),
    "client_admin": (
        "client admin",
        "klantbeheerder",
        "administrador del cliente",
        "администратор клиента",
        "顧客管理者",
    ),
    # contracts, credit and invoices
    "retainer": ("retainer", "retainer", "iguala", "абонентский договор", "リテイナー"),
    "service_desk_basis": (
        "service desk Basis (10x5)",
        "servicedesk Basis (10x5)",
        "service desk Basis (10x5)",
        "сервис-деск Basis (10x5)",
        "サービスデスク Basis (10x5)",
    ),
    "service_desk_comfort": (
        "service desk Comfort (24x7)",
        "servicedesk Comfort (24x7)",
        "service desk Comfort (24x7)",
        "сервис-деск Comfort (24x7)",
        "サービスデスク Comfort (24x7)",
    ),
    "money": ("money", "geld", "dinero", "деньги", "金額"),
    "hours": ("hours", "uren", "horas", "часы", "時間"),
    "draft": ("draft", "concept", "borrador", "черновик", "下書き"),
    "issued": ("issued", "uitgegeven", "emitida", "выставлен", "発行済み"),
    "paid": ("paid", "betaald", "pagada", "оплачен", "入金済み"),
    "restoration": ("restoration", "herstel", "restablecimiento", "восстановление", "復旧"),
    "monthly": ("monthly", "maandelijks", "mensual", "ежемесячно", "月額"),
    "cause_removal": (
        "cause removal",
        "oorzaakwegneming",
        "eliminación de la causa",
        "устранение причины",
        "原因除去",
    ),
    "fte_overage": ("FTE overage", "FTE-overschrijding", "exceso FTE", "превышение FTE", "FTE超過"),
    "credit_top_up": (
        "credit top-up",
        "tegoed opwaarderen",
        "recarga de crédito",
        "пополнение кредита",
        "クレジット追加",
    ),
    "credit_note": (
        "credit note",
        "creditnota",
        "nota de crédito",
        "корректировочный счёт",
        "クレジットノート",
    ),
    # checklist kinds (D4, D10)
    "item": ("item", "onderdeel", "elemento", "пункт", "項目"),
    "paperwork": ("paperwork", "papieren", "documentación", "документы", "書類"),
    # checklist (D4, D10)
    "pending": ("pending", "open", "pendiente", "ожидается", "未完了"),
    "done": ("done", "gereed", "hecho", "готово", "完了"),
    "not_needed": ("not needed", "niet nodig", "no necesario", "не требуется", "不要"),
}


def words_for(language: str) -> Callable[[object], str]:
    """A lookup of enum values as words in one language (the value itself where unknown)."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0

    def word(value: object) -> str:
        key = str(getattr(value, "value", value))
        row = _WORDS.get(key)
        return row[index] if row else key.replace("_", " ")

    return word


def known_values() -> list[str]:
    """Every value with words (for the completeness test)."""
    return list(_WORDS)
