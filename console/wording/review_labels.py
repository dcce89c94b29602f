"""The service review's own labels (V1, V2) in English, Dutch, Spanish, Russian, Japanese.

Kept apart from the shared document labels so the review pack can grow its words without
touching every document's table; a key not found here is looked up there.
"""

from __future__ import annotations

from collections.abc import Callable

from console.wording.labels import label_for
from console.wording.vocabulary import LANGUAGES

_ROWS: dict[str, tuple[str, str, str, str, str]] = {
    "key_figures": (
        "Key figures",
        "Kerncijfers",
        "Cifras clave",
        "Ключевые показатели",
        "主要指標",
    ),
    "this_period": ("This period", "Deze periode", "Este periodo", "Этот период", "今期"),
    "previous_period": (
        "Previous period",
        "Vorige periode",
        "Periodo anterior",
        "Прошлый период",
        "前期",
    ),
    "change": ("Change", "Verschil", "Variación", "Изменение", "増減"),
    "points": ("pp", "pp", "p.p.", "п.п.", "pt"),
    "figure": ("Figure", "Kengetal", "Indicador", "Показатель", "指標"),
    "tickets": ("Tickets", "Tickets", "Tickets", "Заявки", "チケット"),
    "attainment": (
        "SLA attainment",
        "SLA-naleving",
        "Cumplimiento del SLA",
        "Соблюдение SLA",
        "SLA達成率",
    ),
    "attainment_of": ("SLA {kind}", "SLA-{kind}", "SLA de {kind}", "SLA: {kind}", "{kind}SLA"),
    "target_line": (
        "Target {share}",
        "Norm {share}",
        "Objetivo {share}",
        "Цель {share}",
        "目標 {share}",
    ),
    "reaction_median": (
        "Median reaction time",
        "Mediaan reactietijd",
        "Mediana de respuesta",
        "Медиана времени реакции",
        "応答時間の中央値",
    ),
    "resolution_median": (
        "Median resolution time",
        "Mediaan oplostijd",
        "Mediana de resolución",
        "Медиана времени решения",
        "解決時間の中央値",
    ),
    "arrivals": (
        "On-site arrivals",
        "Bezoeken op locatie",
        "Visitas in situ",
        "Выезды на объект",
        "現地到着",
    ),
    "hours_worked": (
        "Hours worked",
        "Gewerkte uren",
        "Horas trabajadas",
        "Отработано часов",
        "作業時間",
    ),
    "hours": ("Hours", "Uren", "Horas", "Часы", "時間"),
    "by_phase": ("by phase", "per fase", "por fase", "по этапам", "フェーズ別"),
    "by_contract": ("by contract", "per contract", "por contrato", "по договорам", "契約別"),
    "fte_used": (
        "FTE hours used of the bundle",
        "FTE-uren verbruikt van de bundel",
        "Horas FTE usadas de la bolsa",
        "Часы FTE из пакета",
        "FTE使用時間/契約時間",
    ),
    "credit_used": (
        "Prepaid credit used",
        "Strippenkaart verbruikt",
        "Crédito prepago usado",
        "Израсходовано предоплаты",
        "前払クレジット使用",
    ),
    "credit_left": (
        "Prepaid credit left at the end",
        "Saldo strippenkaart aan het eind",
        "Saldo prepago al final",
        "Остаток предоплаты на конец",
        "期末の前払残高",
    ),
    "invoiced": (
        "Invoiced, net",
        "Gefactureerd, netto",
        "Facturado, neto",
        "Выставлено счетов, нетто",
        "請求額(税抜)",
    ),
    "monthly_trend": (
        "Tickets and hours per month",
        "Tickets en uren per maand",
        "Tickets y horas por mes",
        "Заявки и часы по месяцам",
        "月別チケット数と作業時間",
    ),
    "recurring": (
        "Recurring incidents",
        "Terugkerende incidenten",
        "Incidencias recurrentes",
        "Повторяющиеся инциденты",
        "再発インシデント",
    ),
    "found_cause": (
        "Cause found",
        "Gevonden oorzaak",
        "Causa encontrada",
        "Выявленная причина",
        "判明した原因",
    ),
    "month": ("Month", "Maand", "Mes", "Месяц", "月"),
    "hours_per_month": ("Hours", "Uren", "Horas", "Часы", "時間"),
    "no_contract": ("no contract", "geen contract", "sin contrato", "без договора", "契約なし"),
    "sla_chart": (
        "SLA attainment per target, this period and the previous one",
        "SLA-naleving per norm, deze en vorige periode",
        "Cumplimiento del SLA por objetivo, este periodo y el anterior",
        "Соблюдение SLA по целям, этот и прошлый период",
        "目標別SLA達成率(今期・前期)",
    ),
    "kickoff_held": (
        "Kick-off held on {day}; assigned consultants: {consultants}.",
        "Kick-off gehouden op {day}; vaste consultants: {consultants}.",
        "Reunión de arranque celebrada el {day}; consultores asignados: {consultants}.",
        "Стартовая встреча проведена {day}. Закреплённые консультанты: {consultants}.",
        "キックオフ実施日：{day}。担当コンサルタント：{consultants}。",
    ),
    "focus_areas": (
        "Focus areas agreed at the kick-off",
        "Aandachtsgebieden afgesproken bij de kick-off",
        "Áreas de enfoque acordadas en el arranque",
        "Приоритетные направления, согласованные на старте",
        "キックオフで合意した重点領域",
    ),
    "risks": (
        "Open risks",
        "Open risico's",
        "Riesgos abiertos",
        "Открытые риски",
        "未解決のリスク",
    ),
    "recommendations": (
        "Recommendations",
        "Aanbevelingen",
        "Recomendaciones",
        "Рекомендации",
        "推奨事項",
    ),
    "since": ("Since", "Sinds", "Desde", "С", "登録日"),
    "no_focus_yet": (
        "No focus areas recorded yet.",
        "Nog geen aandachtsgebieden vastgelegd.",
        "Aún no hay áreas de enfoque registradas.",
        "Приоритетные направления пока не записаны.",
        "重点領域はまだ記録されていません。",
    ),
    # the Japanese font has no "≤": Japanese writes "within" and "over" as words anyway
    "bucket_within": ("≤ {h}", "≤ {h}", "≤ {h}", "≤ {h}", "{h}以内"),
    "bucket_over": ("> {h}", "> {h}", "> {h}", "> {h}", "{h}超"),
    "nothing_recorded": (
        "Nothing recorded.",
        "Niets vastgelegd.",
        "Nada registrado.",
        "Ничего не записано.",
        "記録なし。",
    ),
    "agenda": (
        "Agenda for the review meeting",
        "Agenda voor het reviewoverleg",
        "Orden del día de la reunión de revisión",
        "Повестка встречи по итогам",
        "レビュー会議の議題",
    ),
    "agenda_opening": (
        "Opening and goals of the meeting",
        "Opening en doel van het overleg",
        "Apertura y objetivos de la reunión",
        "Открытие и цели встречи",
        "開会と会議の目的",
    ),
    "agenda_figures": (
        "Key figures of the period against the targets and the previous period",
        "Kerncijfers van de periode t.o.v. de normen en de vorige periode",
        "Cifras clave del periodo frente a objetivos y periodo anterior",
        "Ключевые показатели периода против целей и прошлого периода",
        "今期の主要指標(目標・前期との比較)",
    ),
    "agenda_incidents": (
        "Service levels and the main incidents",
        "Serviceniveaus en de belangrijkste incidenten",
        "Niveles de servicio e incidencias principales",
        "Уровень сервиса и главные инциденты",
        "サービスレベルと主要インシデント",
    ),
    "agenda_focus": (
        "Focus areas: where each stands",
        "Aandachtsgebieden: stand van zaken",
        "Áreas de enfoque: situación de cada una",
        "Приоритетные направления: состояние",
        "重点領域の進捗",
    ),
    "agenda_risks": (
        "Open risks and recommendations",
        "Open risico's en aanbevelingen",
        "Riesgos abiertos y recomendaciones",
        "Открытые риски и рекомендации",
        "未解決のリスクと推奨事項",
    ),
    "agenda_use": (
        "Use of hours, credit and budget; invoices",
        "Verbruik van uren, tegoed en budget; facturen",
        "Uso de horas, crédito y presupuesto; facturas",
        "Расход часов, предоплаты и бюджета; счета",
        "時間・クレジット・予算の使用状況と請求",
    ),
    "agenda_next": (
        "Agreements, adjustments and next steps",
        "Afspraken, bijsturing en vervolgstappen",
        "Acuerdos, ajustes y próximos pasos",
        "Договорённости, корректировки и следующие шаги",
        "合意事項・調整・次のステップ",
    ),
    "agenda_any": (
        "Any other business",
        "Rondvraag",
        "Ruegos y preguntas",
        "Разное",
        "その他",
    ),
    "topic": ("Topic", "Onderwerp", "Tema", "Тема", "議題"),
    "agenda_time": ("Time", "Tijd", "Tiempo", "Время", "時間"),
    "minutes": ("{n} min", "{n} min", "{n} min", "{n} мин", "{n}分"),
    "decisions": (
        "Decisions and actions",
        "Besluiten en acties",
        "Decisiones y acciones",
        "Решения и действия",
        "決定事項とアクション",
    ),
    "participants": ("Participants", "Deelnemers", "Participantes", "Участники", "出席者"),
    "status_open": ("open", "open", "abierto", "открыт", "未着手"),
    "status_in_progress": ("in progress", "loopt", "en curso", "в работе", "対応中"),
    "status_done": ("done", "afgerond", "hecho", "выполнено", "完了"),
    "status_closed": ("closed", "gesloten", "cerrado", "закрыт", "クローズ"),
}


def review_label_for(language: str) -> Callable[[str], str]:
    """The review's labels in one language, falling back to the shared document labels."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    shared = label_for(language)

    def label(key: str) -> str:
        row = _ROWS.get(key)
        return row[index] if row is not None else shared(key)

    return label


def review_label_keys() -> list[str]:
    """Every review label key (for the completeness test)."""
    return list(_ROWS)
