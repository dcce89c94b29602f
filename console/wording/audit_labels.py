"""The yearly IT audit's own labels (V3) in English, Dutch, Spanish, Russian, Japanese.

Kept apart from the review's and the shared document labels so the audit can grow its
words without touching their tables; a key not found here is looked up in the review's
labels, then the shared ones.
"""

from __future__ import annotations

from collections.abc import Callable

from console.wording.review_labels import review_label_for
from console.wording.vocabulary import LANGUAGES

_ROWS: dict[str, tuple[str, str, str, str, str]] = {
    "audit": (
        "Yearly IT audit",
        "Jaarlijkse IT-audit",
        "Auditoría anual de TI",
        "Ежегодный ИТ-аудит",
        "年次IT監査",
    ),
    "client": ("Client", "Klant", "Cliente", "Клиент", "顧客"),
    "year": ("Year", "Jaar", "Año", "Год", "対象年度"),
    "prepared_by": ("Prepared by", "Opgesteld door", "Elaborado por", "Подготовил", "作成者"),
    "issued_on": ("Date", "Datum", "Fecha", "Дата", "作成日"),
    "contents": ("Contents", "Inhoud", "Contenido", "Содержание", "目次"),
    "executive_summary": (
        "Executive summary",
        "Managementsamenvatting",
        "Resumen ejecutivo",
        "Краткое резюме",
        "エグゼクティブサマリー",
    ),
    "year_figures": (
        "The year in figures, against the previous year",
        "Het jaar in cijfers, vergeleken met het vorige jaar",
        "El año en cifras, frente al año anterior",
        "Год в цифрах в сравнении с предыдущим",
        "年間の主要指標(前年比)",
    ),
    "highlights": ("Highlights", "Hoofdpunten", "Aspectos destacados", "Главное", "要点"),
    "sla_overall": (
        "SLA attainment over all targets: {share} (target {target}; previous year {before})",
        "SLA-naleving over alle normen: {share} (norm {target}; vorig jaar {before})",
        "Cumplimiento del SLA en todos los objetivos: {share} (objetivo {target}; "
        "año anterior {before})",
        "Соблюдение SLA по всем целям: {share} (цель {target}; предыдущий год {before})",
        "全目標のSLA達成率: {share}(目標 {target}、前年 {before})",
    ),
    "open_notes": (
        "Open risks: {risks} · open recommendations: {advice}",
        "Open risico's: {risks} · openstaande aanbevelingen: {advice}",
        "Riesgos abiertos: {risks} · recomendaciones abiertas: {advice}",
        "Открытые риски: {risks} · открытые рекомендации: {advice}",
        "未解決のリスク: {risks} 件 · 未対応の推奨事項: {advice} 件",
    ),
    "recurring_count": (
        "Incidents that recurred: {n}",
        "Terugkerende incidenten: {n}",
        "Incidencias recurrentes: {n}",
        "Повторяющиеся инциденты: {n}",
        "再発したインシデント: {n} 件",
    ),
    "quarterly_trend": (
        "Quarterly trend",
        "Verloop per kwartaal",
        "Evolución trimestral",
        "Динамика по кварталам",
        "四半期ごとの推移",
    ),
    "quarter": ("Quarter", "Kwartaal", "Trimestre", "Квартал", "四半期"),
    "quarter_n": ("Q{n}", "K{n}", "T{n}", "{n} кв.", "第{n}四半期"),
    "sla_per_quarter": (
        "SLA attainment per quarter, all targets",
        "SLA-naleving per kwartaal, alle normen",
        "Cumplimiento del SLA por trimestre, todos los objetivos",
        "Соблюдение SLA по кварталам, все цели",
        "四半期別SLA達成率(全目標)",
    ),
    "risks_recommendations": (
        "Risks and recommendations",
        "Risico's en aanbevelingen",
        "Riesgos y recomendaciones",
        "Риски и рекомендации",
        "リスクと推奨事項",
    ),
    "notes_intro": (
        "Raised or open during the year, open ones first, with where each stands today.",
        "Gemeld of open in de loop van het jaar, open punten eerst, met de stand van vandaag.",
        "Registrados o abiertos durante el año, primero los abiertos, con su estado actual.",
        "Выявленные или открытые в течение года, сначала открытые, с текущим статусом.",
        "年度中に登録または未解決だった項目(未解決を先頭に、現在の状態)。",
    ),
    "audit_risks": ("Risks", "Risico's", "Riesgos", "Риски", "リスク"),
    "audit_recommendations": (
        "Recommendations",
        "Aanbevelingen",
        "Recomendaciones",
        "Рекомендации",
        "推奨事項",
    ),
    "raised": ("Raised", "Gemeld", "Registrado", "Выявлено", "登録日"),
    "closed_on": ("Closed", "Afgesloten", "Cerrado", "Закрыто", "完了日"),
    "none_this_year": (
        "None recorded for this year.",
        "Niets vastgelegd voor dit jaar.",
        "Nada registrado para este año.",
        "За этот год ничего не записано.",
        "本年度の記録はありません。",
    ),
    "infrastructure": (
        "Infrastructure covered",
        "Infrastructuur in beheer",
        "Infraestructura cubierta",
        "Обслуживаемая инфраструктура",
        "対象インフラストラクチャ",
    ),
    "sites": ("Sites", "Locaties", "Sedes", "Площадки", "拠点"),
    "site": ("Site", "Locatie", "Sede", "Площадка", "拠点"),
    "address": ("Address", "Adres", "Dirección", "Адрес", "所在地"),
    "inactive": ("inactive", "inactief", "inactiva", "неактивна", "無効"),
    "tickets_in_year": (
        "Tickets this year",
        "Tickets dit jaar",
        "Tickets este año",
        "Заявки за год",
        "本年度のチケット",
    ),
    "contracts_in_force": (
        "Contracts in force during the year",
        "Contracten van kracht in dit jaar",
        "Contratos vigentes durante el año",
        "Договоры, действовавшие в течение года",
        "年度中に有効だった契約",
    ),
    "kind": ("Kind", "Soort", "Tipo", "Тип", "種類"),
    "valid_from": ("From", "Vanaf", "Desde", "С", "開始日"),
    "valid_until": ("Until", "Tot en met", "Hasta", "По", "終了日"),
    "open_ended": ("open-ended", "onbepaald", "indefinido", "бессрочно", "期限なし"),
    "no_sites": (
        "No sites recorded.",
        "Geen locaties vastgelegd.",
        "No hay sedes registradas.",
        "Площадки не записаны.",
        "拠点の登録はありません。",
    ),
    "no_contracts": (
        "No contract in force this year.",
        "Geen contract van kracht dit jaar.",
        "Ningún contrato vigente este año.",
        "В этом году договоров не было.",
        "本年度に有効な契約はありません。",
    ),
    "recurring_year": (
        "Recurring incidents of the year",
        "Terugkerende incidenten van het jaar",
        "Incidencias recurrentes del año",
        "Повторяющиеся инциденты за год",
        "本年度の再発インシデント",
    ),
    "no_recurring": (
        "No incident came back this year.",
        "Geen incident kwam dit jaar terug.",
        "Ninguna incidencia se repitió este año.",
        "В этом году инциденты не повторялись.",
        "本年度に再発したインシデントはありません。",
    ),
    "to_date": ("(to date)", "(tot nu toe)", "(hasta la fecha)", "(на текущую дату)", "（途中）"),
    "year_to_date": (
        "The year is not over: figures up to and including {day}.",
        "Het jaar is nog niet om: cijfers tot en met {day}.",
        "El año no ha terminado: cifras hasta el {day} incluido.",
        "Год ещё не закончился: данные по {day} включительно.",
        "年度途中のため、{day}までの数値です。",
    ),
    "knowledge_base": (
        "Knowledge base at the end of the year",
        "Kennisbank aan het eind van het jaar",
        "Base de conocimiento al cierre del año",
        "База знаний на конец года",
        "年度末時点のナレッジベース",
    ),
    "article": ("Article", "Artikel", "Artículo", "Статья", "記事"),
    "topic": ("Topic", "Onderwerp", "Tema", "Тема", "分類"),
    "last_changed": ("Last changed", "Laatst gewijzigd", "Último cambio", "Изменено", "最終更新"),
    "revisions": ("Versions", "Versies", "Versiones", "Версии", "版数"),
    "whole_client": ("All sites", "Alle locaties", "Todas las sedes", "Все площадки", "全拠点"),
    "no_articles": (
        "Nothing was written in the knowledge base by the end of the year.",
        "Aan het eind van het jaar stond er nog niets in de kennisbank.",
        "Al cierre del año no había nada escrito en la base de conocimiento.",
        "К концу года в базе знаний ничего не было записано.",
        "年度末時点でナレッジベースに記事はありません。",
    ),
    "topic_network": ("Network", "Netwerk", "Red", "Сеть", "ネットワーク"),
    "topic_servers": ("Servers", "Servers", "Servidores", "Серверы", "サーバー"),
    "topic_workstations": (
        "Workstations",
        "Werkplekken",
        "Puestos de trabajo",
        "Рабочие места",
        "端末",
    ),
    "topic_printers": ("Printers", "Printers", "Impresoras", "Принтеры", "プリンター"),
    "topic_software": ("Software", "Software", "Software", "Программы", "ソフトウェア"),
    "topic_backup": (
        "Backup",
        "Back-up",
        "Copias de seguridad",
        "Резервное копирование",
        "バックアップ",
    ),
    "topic_security": ("Security", "Beveiliging", "Seguridad", "Безопасность", "セキュリティ"),
    "topic_access": (
        "Access and keys",
        "Toegang en sleutels",
        "Acceso y llaves",
        "Доступ и ключи",
        "入館・鍵",
    ),
    "topic_contacts": (
        "Suppliers and contacts",
        "Leveranciers en contactpersonen",
        "Proveedores y contactos",
        "Поставщики и контакты",
        "取引先・連絡先",
    ),
    "topic_procedures": ("Procedures", "Procedures", "Procedimientos", "Процедуры", "手順"),
    "topic_other": ("Other", "Overig", "Otros", "Прочее", "その他"),
    "times": ("Occurrences", "Aantal", "Veces", "Кол-во случаев", "回数"),
}


def audit_label_for(language: str) -> Callable[[str], str]:
    """The audit's labels in one language, falling back to the review's and shared labels."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    review = review_label_for(language)

    def label(key: str) -> str:
        row = _ROWS.get(key)
        return row[index] if row is not None else review(key)

    return label


def audit_label_keys() -> list[str]:
    """Every audit label key (for the completeness test)."""
    return list(_ROWS)
