"""Money, dates and paper per client locale and country, with babel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import NumberPattern, parse_pattern
from babel.units import format_unit
from reportlab.lib.pagesizes import A4, LETTER

from console.errors import ValidationError
from console.wording.durations import LENGTH, Length, compact_span
from console.wording.languages import LANGUAGES
from console.wording.phrases import phrase

DAY_FORM: dict[str, Literal["long"]] = {"ja": "long"}
"""Where a document's days take CLDR's long form: Japanese documents write 2026年12月4日
(the medium form, 2026/12/04, reads as a form's field, and the periods are written long)."""

HOURS_LENGTH: dict[str, Length] = {"es": "short"}
"""Where a document's hours take CLDR's short unit: Spanish prose writes "2,50 h", with the
space its narrow form ("2,50h") leaves out; a queue's tight column keeps the narrow one."""

# Countries whose offices use US Letter rather than A4 (ISO 216 everywhere else)
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR", "DO"})


def paper_for(country: str) -> tuple[float, float]:
    """A4, or Letter in the countries that use it."""
    return LETTER if country.upper() in LETTER_COUNTRIES else A4


@lru_cache(maxsize=64)
def formats_for(locale: str, zone: str) -> Formats:
    """One shared Formats per locale and zone: a day sheet formats hundreds of orders."""
    return Formats(locale, zone)


class Formats:
    """Formats one client's numbers, money, dates and times, in its locale and zone."""

    def __init__(self, locale: str, zone: str) -> None:
        try:
            self.locale = Locale.parse(locale.replace("-", "_"))
        except (ValueError, TypeError) as exc:
            raise ValidationError(
                "locale", phrase("{locale} is not a known locale", locale=repr(locale))
            ) from exc
        self.zone = ZoneInfo(zone)
        self.language = self.locale.language if self.locale.language in LANGUAGES else "en"
        # babel parses a pattern on every call; a document formats hundreds of figures
        self._currency = self.locale.currency_formats["standard"]
        self._numbers: dict[int, NumberPattern] = {}
        self._days: dict[date, str] = {}
        self._units: dict[str, str] = {}

    def money(self, amount: Decimal, currency: str) -> str:
        """An amount with its currency as the client writes it (exact, no float)."""
        return self._currency.apply(amount, self.locale, currency=currency)

    def number(self, value: Decimal | int, places: int = 2) -> str:
        """A number with the locale's separators and a fixed number of decimals."""
        pattern = self._numbers.get(places)
        if pattern is None:
            pattern = parse_pattern("#,##0" + ("." + "0" * places if places else ""))
            self._numbers[places] = pattern
        return pattern.apply(value, self.locale)

    def hours(self, value: Decimal | int, places: int = 2) -> str:
        """Hours with the language's unit ("2.50h", "2,50 u", "2,50 ч", "2,50 h", "2.50 時間")."""
        return self._unit("hour", HOURS_LENGTH.get(self.language)).replace(
            "{0}", self.number(value, places)
        )

    def minutes(self, value: int) -> str:
        """Minutes with the language's unit ("30 min", "30 мин", "30 分")."""
        return self._unit("minute", "short").replace("{0}", self.number(value, 0))

    def span(self, minutes: int | None) -> str:
        """A span in two units at most ("2h 05m", "2時間05分"); a dash when unknown."""
        return "—" if minutes is None else compact_span(minutes * 60, self.language)

    def _unit(self, unit: str, length: Length | None = None) -> str:
        # the unit's pattern for a plural amount, read from CLDR once per language
        key = f"{unit}/{length}"
        pattern = self._units.get(key)
        if pattern is None:
            form: Length = length or LENGTH.get(self.language, "narrow")
            text = format_unit(99, f"duration-{unit}", length=form, locale=self.language)
            pattern = self._units[key] = text.replace("99", "{0}", 1)
        return pattern

    def day(self, value: date | datetime | None) -> str:
        """A date in the locale's medium form (an instant is first put in the zone)."""
        if value is None:
            return "—"
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        text = self._days.get(value)
        if text is None:
            if len(self._days) > 4096:  # shared for the app's life: keep it bounded
                self._days.clear()
            form = DAY_FORM.get(self.language, "medium")
            text = self._days[value] = format_date(value, form, locale=self.locale)
        return text

    def instant(self, value: datetime | None) -> str:
        """An instant in the client's zone, date and time."""
        if value is None:
            return "—"
        return format_datetime(value.astimezone(self.zone), "short", locale=self.locale)

    def clock(self, value: datetime | None) -> str:
        """The time of day of an instant in the client's zone."""
        if value is None:
            return "—"
        return format_time(value.astimezone(self.zone), "short", locale=self.locale)

    def local(self, value: datetime) -> datetime:
        """An instant in the client's zone."""
        return value.astimezone(self.zone)
