"""The printed report's own words, in one table keyed by id, in English, Russian and Kyrgyz.

Data labels (categories, kinds, themes, statuses) come from the reference lists in the
database, which the chief can edit; only the report's fixed wording lives here. Kyrgyz
wording awaits native-speaker review (see docs/glossary.md); the least certain entries
carry ``# review``. Templates use ``str.format`` fields (``{date}``, ``{page}`` ...).
"""

from __future__ import annotations

from datetime import date

LANGS = ("ky", "ru", "en")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    # nominative ("октябрь 2026 г.", "за октябрь")
    "ru": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
    # the Russian-derived names in everyday official use in Kyrgyz
    "ky": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
}
# Russian genitive ("31 октября 2026 г.")
MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
ROMAN = ("I", "II", "III", "IV")

S: dict[str, dict[str, str]] = {
    # --- titles and the header block
    "title_month": {
        "en": "Monthly report",
        "ru": "Ежемесячный отчёт",
        "ky": "Айлык отчёт",
    },
    "title_quarter": {
        "en": "Quarterly report",
        "ru": "Квартальный отчёт",
        "ky": "Чейректик отчёт",
    },
    "title_year": {
        "en": "Annual report",
        "ru": "Годовой отчёт",
        "ky": "Жылдык отчёт",
    },
    "subtitle": {
        "en": "Community policing: meetings with residents, appeals and crime prevention",
        "ru": "Профилактика правонарушений: собрания граждан, обращения и мероприятия",
        "ky": "Укук бузуулардын алдын алуу: жарандардын жыйындары, кайрылуулар жана иш-чаралар",
    },
    "station": {"en": "Station", "ru": "Участок", "ky": "Участок"},
    "code": {"en": "Code", "ru": "Код", "ky": "Коду"},
    "municipality": {
        "en": "Municipality",
        "ru": "Муниципалитет",
        "ky": "Муниципалитет",  # review: or "Жергиликтүү өз алдынча башкаруу органы"
    },
    "district": {"en": "District", "ru": "Район", "ky": "Район"},
    "province": {"en": "Province", "ru": "Область", "ky": "Облус"},
    "period": {"en": "Period", "ru": "Период", "ky": "Мезгил"},
    "as_of": {
        "en": "Position as of",
        "ru": "Положение на дату",
        "ky": "Абалдын датасы",  # review
    },
    "report_date": {"en": "Report date", "ru": "Дата составления", "ky": "Түзүлгөн күнү"},
    "as_of_note": {
        "en": "Counts cover records dated in the period. Open, overdue and in-force figures "
        "are the position on {date}, taken from each record's history.",
        "ru": "Показатели за период учитывают записи с датой в периоде. Незавершённые, "
        "просроченные и действующие — положение на {date} по истории каждой записи.",
        "ky": "Мезгилдин көрсөткүчтөрү датасы ушул мезгилге туура келген жазуулар боюнча "
        "эсептелет. Каралып жаткан, мөөнөтү өткөн жана күчүндөгү көрсөткүчтөр ар бир "
        "жазуунун тарыхы боюнча {date} карата абалды көрсөтөт.",  # review
    },
    "no_records": {
        "en": "No records in this period.",
        "ru": "За этот период записей нет.",
        "ky": "Бул мезгилде жазуулар жок.",
    },
    "none": {"en": "None.", "ru": "Нет.", "ky": "Жок."},
    # --- section headings
    "h_summary": {"en": "Summary", "ru": "Основные показатели", "ky": "Негизги көрсөткүчтөр"},
    "h_meetings": {
        "en": "Community meetings",
        "ru": "Собрания граждан",
        "ky": "Коомдук жыйындар",
    },
    "h_complaints": {
        "en": "Residents' appeals",
        "ru": "Обращения граждан",
        "ky": "Жарандардын кайрылуулары",
    },
    "h_orders": {
        "en": "Temporary protection orders (family violence)",
        "ru": "Временные охранные ордера (семейное насилие)",
        "ky": "Убактылуу коргоо ордерлери (үй-бүлөлүк зомбулук)",
    },
    "h_activities": {
        "en": "Prevention activities",
        "ru": "Профилактические мероприятия",
        "ky": "Алдын алуу иш-чаралары",
    },
    "h_plan": {
        "en": "Crime prevention plan approved by the local council: progress",
        "ru": "Выполнение плана профилактики, утверждённого местным кенешем",
        "ky": "Жергиликтүү кеңеш бекиткен алдын алуу планынын аткарылышы",
    },
    "approved_on": {
        "en": "approved {date}",
        "ru": "утверждён {date}",
        "ky": "{date} бекитилген",
    },
    "h_overdue": {
        "en": "Overdue and expiring items on {date}",
        "ru": "Просроченные и истекающие сроки на {date}",
        "ky": "{date} карата мөөнөтү өткөн жана бүтүп жаткан иштер",
    },
    "h_signatures": {"en": "Signatures", "ru": "Подписи", "ky": "Кол тамгалар"},
    "h_annex": {
        "en": "Annex: appeals received in the period ({count})",
        "ru": "Приложение: обращения, поступившие за период ({count})",
        "ky": "Тиркеме: мезгил ичинде келип түшкөн кайрылуулар ({count})",
    },
    "annex_note": {
        "en": "Complainants' names, contacts and the texts of appeals are not printed. "
        "Status as on {date}.",
        "ru": "Имена и контакты заявителей и тексты обращений не печатаются. Статус на {date}.",
        "ky": "Арыз ээлеринин аты-жөнү, байланыштары жана кайрылуулардын тексттери "
        "басылбайт. Абалы {date} карата.",
    },
    # --- sub-headings
    "h_by_kind": {"en": "By kind", "ru": "По видам", "ky": "Түрлөрү боюнча"},
    "h_topics": {
        "en": "Topics discussed (meetings)",
        "ru": "Обсуждавшиеся темы (число собраний)",
        "ky": "Талкууланган темалар (жыйындардын саны)",
    },
    "h_meeting_list": {
        "en": "List of meetings held",
        "ru": "Список проведённых собраний",
        "ky": "Өткөрүлгөн жыйындардын тизмеси",
    },
    "h_by_category": {"en": "By category", "ru": "По категориям", "ky": "Категориялар боюнча"},
    "h_by_channel": {
        "en": "By channel",
        "ru": "По способу поступления",
        "ky": "Келип түшүү жолу боюнча",
    },
    "h_by_theme": {"en": "By theme", "ru": "По темам", "ky": "Темалар боюнча"},
    "theme_note": {
        "en": "An activity with several themes is counted under each of them.",
        "ru": "Мероприятие с несколькими темами учтено по каждой из них.",
        "ky": "Бир нече темадагы иш-чара ар бир темада эсептелет.",
    },
    "h_overdue_complaints": {
        "en": "Overdue appeals",
        "ru": "Просроченные обращения",
        "ky": "Мөөнөтү өткөн кайрылуулар",
    },
    "h_overdue_followups": {
        "en": "Overdue follow-up actions of meetings",
        "ru": "Просроченные поручения собраний",
        "ky": "Жыйындардын мөөнөтү өткөн тапшырмалары",
    },
    "h_overdue_plan": {
        "en": "Overdue plan items",
        "ru": "Просроченные мероприятия плана",
        "ky": "Пландын мөөнөтү өткөн иш-чаралары",
    },
    "h_expiring_orders": {
        "en": "Protection orders ending within {days} days",
        "ru": "Охранные ордера, истекающие в течение {days} дней",
        "ky": "{days} күндүн ичинде бүтүүчү коргоо ордерлери",
    },
    "plan_status_note": {
        "en": "A plan item's status is its current status (the app keeps no history of it).",
        "ru": "Статус мероприятия плана — текущий (история статуса не хранится).",
        "ky": "Пландагы иш-чаранын абалы — учурдагы абалы (анын тарыхы сакталбайт).",
    },
    # --- summary and figure labels
    "meetings_held": {
        "en": "Meetings held",
        "ru": "Проведено собраний",
        "ky": "Өткөрүлгөн жыйындар",
    },
    "meeting_attendance": {
        "en": "Residents attending meetings",
        "ru": "Присутствовало на собраниях",
        "ky": "Жыйындарга катышкандар",
    },
    "complaints_received": {
        "en": "Appeals received",
        "ru": "Поступило обращений",
        "ky": "Келип түшкөн кайрылуулар",
    },
    "complaints_resolved": {
        "en": "Resolved in the period",
        "ru": "Разрешено за период",
        "ky": "Мезгил ичинде чечилген",
    },
    "complaints_dismissed": {
        "en": "Dismissed in the period",
        "ru": "Отклонено за период",
        "ky": "Мезгил ичинде четке кагылган",
    },
    "complaints_answered": {
        "en": "Answered in the period (resolved or dismissed)",
        "ru": "Рассмотрено за период (разрешено или отклонено)",
        "ky": "Мезгил ичинде каралган (чечилген же четке кагылган)",
    },
    "complaints_answered_late": {
        "en": "of which answered after the deadline",
        "ru": "из них с нарушением срока",
        "ky": "анын ичинде мөөнөтүнөн кеч каралган",
    },
    "average_days": {
        "en": "Average days to answer",
        "ru": "Средний срок рассмотрения, дней",
        "ky": "Кароонун орточо мөөнөтү, күн",
    },
    "complaints_open": {
        "en": "Open on {date} (whenever received)",
        "ru": "Не завершено на {date} (всего)",
        "ky": "{date} карата каралып жаткан (бардыгы)",
    },
    "complaints_overdue": {
        "en": "Overdue on {date}",
        "ru": "Просрочено на {date}",
        "ky": "{date} карата мөөнөтү өткөн",
    },
    "of_which": {"en": "of which", "ru": "из них", "ky": "анын ичинде"},
    "orders_issued": {
        "en": "Issued in the period",
        "ru": "Выдано за период",
        "ky": "Мезгил ичинде берилген",
    },
    "orders_active": {
        "en": "In force on {date}",
        "ru": "Действует на {date}",
        "ky": "{date} карата күчүндө",
    },
    "orders_extended": {
        "en": "Extensions in the period",
        "ru": "Продлений за период",
        "ky": "Мезгил ичинде узартылган",
    },
    "followups_open": {
        "en": "Follow-up actions open on {date}",
        "ru": "Невыполненные поручения на {date}",
        "ky": "{date} карата аткарыла элек тапшырмалар",
    },
    "followups_overdue": {
        "en": "of which overdue",
        "ru": "из них просрочено",
        "ky": "анын ичинде мөөнөтү өткөн",
    },
    "activities_held": {
        "en": "Activities held",
        "ru": "Проведено мероприятий",
        "ky": "Өткөрүлгөн иш-чаралар",
    },
    "activity_participants": {
        "en": "Participants in activities",
        "ru": "Участников мероприятий",
        "ky": "Иш-чаралардын катышуучулары",
    },
    "orders_issued_summary": {
        "en": "Protection orders issued",
        "ru": "Выдано охранных ордеров",
        "ky": "Берилген коргоо ордерлери",
    },
    # --- column headings
    "c_item": {"en": "Indicator", "ru": "Показатель", "ky": "Көрсөткүч"},
    "c_count": {"en": "Number", "ru": "Кол-во", "ky": "Саны"},
    "c_men": {"en": "Men", "ru": "Муж.", "ky": "Эркек"},
    "c_women": {"en": "Women", "ru": "Жен.", "ky": "Аял"},
    "c_youth": {"en": "Youth", "ru": "Молод.", "ky": "Жаштар"},
    "c_total": {"en": "Total", "ru": "Всего", "ky": "Бардыгы"},
    "c_participants": {"en": "Participants", "ru": "Участники", "ky": "Катышуучулар"},
    "c_date": {"en": "Date", "ru": "Дата", "ky": "Күнү"},
    "c_settlement": {"en": "Settlement", "ru": "Населённый пункт", "ky": "Калктуу конуш"},
    "c_venue": {"en": "Venue", "ru": "Место", "ky": "Өткөн жери"},
    "c_kind": {"en": "Kind", "ru": "Вид", "ky": "Түрү"},
    "c_category": {"en": "Category", "ru": "Категория", "ky": "Категориясы"},
    "c_channel": {"en": "Channel", "ru": "Способ", "ky": "Келип түшүү жолу"},
    "c_theme": {"en": "Theme", "ru": "Тема", "ky": "Темасы"},
    "c_number": {"en": "Number", "ru": "Номер", "ky": "Номери"},
    "c_received": {"en": "Received", "ru": "Поступило", "ky": "Келип түштү"},
    "c_status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "c_due": {"en": "Due", "ru": "Срок", "ky": "Мөөнөтү"},
    "c_days_over": {"en": "Days over", "ru": "Дней просрочки", "ky": "Кечиккен күн"},
    "c_days_left": {"en": "Days left", "ru": "Осталось дней", "ky": "Калган күн"},
    "c_action": {"en": "Action", "ru": "Поручение", "ky": "Тапшырма"},
    "c_responsible": {"en": "Responsible", "ru": "Ответственный", "ky": "Жооптуу"},
    "c_meeting": {"en": "Meeting", "ru": "Собрание", "ky": "Жыйын"},
    "c_plan_item": {"en": "Plan item", "ru": "Мероприятие плана", "ky": "Пландагы иш-чара"},
    "c_indicator": {"en": "Indicator: target", "ru": "Индикатор: цель", "ky": "Индикатор: максат"},
    "c_in_period": {"en": "In period", "ru": "За период", "ky": "Мезгилде"},
    "c_to_date": {"en": "To date", "ru": "С начала", "ky": "Башынан бери"},  # review: plan start
    "c_deadline": {"en": "Deadline", "ru": "Срок", "ky": "Мөөнөтү"},
    "c_issued": {"en": "Issued", "ru": "Выдан", "ky": "Берилген"},
    "c_ends": {"en": "Ends", "ru": "Истекает", "ky": "Бүтөт"},
    "c_no": {"en": "No.", "ru": "№", "ky": "№"},
    "c_plan": {"en": "Plan", "ru": "План", "ky": "План"},
    # --- charts
    "chart_categories": {
        "en": "Appeals received, by category",
        "ru": "Поступившие обращения по категориям",
        "ky": "Келип түшкөн кайрылуулар категориялар боюнча",
    },
    "chart_attendance": {
        "en": "Attendance by sex: meetings and activities",
        "ru": "Участники по полу: собрания и мероприятия",
        "ky": "Катышуучулар жынысы боюнча: жыйындар жана иш-чаралар",
    },
    "chart_themes": {
        "en": "Activities by theme",
        "ru": "Мероприятия по темам",
        "ky": "Иш-чаралар темалар боюнча",
    },
    "meetings": {"en": "Meetings", "ru": "Собрания", "ky": "Жыйындар"},
    "activities": {"en": "Activities", "ru": "Мероприятия", "ky": "Иш-чаралар"},
    "men": {"en": "Men", "ru": "Мужчины", "ky": "Эркектер"},
    "women": {"en": "Women", "ru": "Женщины", "ky": "Аялдар"},
    "youth": {
        "en": "of whom youth (under 30)",
        "ru": "из них молодёжь (до 30 лет)",
        "ky": "анын ичинде жаштар (30 жашка чейин)",
    },
    "youth_short": {
        "en": "Youth (under 30)",
        "ru": "Молодёжь (до 30)",
        "ky": "Жаштар (30га чейин)",
    },
    # --- signatures and footer
    "prepared_by": {"en": "Prepared by", "ru": "Составил", "ky": "Даярдаган"},
    "approved_by": {
        "en": "Approved by (station chief)",
        "ru": "Утвердил (начальник участка)",
        "ky": "Бекиткен (участоктун башчысы)",
    },
    "sig_name": {"en": "full name", "ru": "Ф. И. О.", "ky": "аты-жөнү"},
    "sig_signature": {"en": "signature", "ru": "подпись", "ky": "колу"},
    "sig_date": {"en": "date", "ru": "дата", "ky": "күнү"},
    "page_of": {
        "en": "Page {page} of {pages}",
        "ru": "Страница {page} из {pages}",
        "ky": "{pages} беттин {page}-бети",  # review
    },
    "footer": {
        "en": "Station App · {code} · {period}",
        "ru": "Station App · {code} · {period}",
        "ky": "Station App · {code} · {period}",
    },
    # --- the district's consolidated report (stations side by side)
    "title_district_month": {
        "en": "District consolidated monthly report",
        "ru": "Сводный ежемесячный отчёт района",
        "ky": "Райондун жыйынтык айлык отчёту",
    },
    "title_district_quarter": {
        "en": "District consolidated quarterly report",
        "ru": "Сводный квартальный отчёт района",
        "ky": "Райондун жыйынтык чейректик отчёту",
    },
    "title_district_year": {
        "en": "District consolidated annual report",
        "ru": "Сводный годовой отчёт района",
        "ky": "Райондун жыйынтык жылдык отчёту",
    },
    "district_subtitle": {
        "en": "Community policing in the district: the stations side by side",
        "ru": "Профилактика правонарушений в районе: участки в сравнении",
        "ky": "Райондогу укук бузуулардын алдын алуу: участоктор катар",  # review
    },
    "district_office": {"en": "District office", "ru": "Районный отдел", "ky": "Райондук бөлүм"},
    "stations_count": {
        "en": "Stations in the report",
        "ru": "Участков в отчёте",
        "ky": "Отчёттогу участоктор",
    },
    "district_note": {
        "en": "Each station's figures count the records in the packages it sent that were "
        "imported by the report date; the district total counts the records of all of them "
        '(its average is over all their appeals answered). A station marked "may be '
        'incomplete" sent its last package before the end of the period or has packages '
        "missing: its later records are not here.",
        "ru": "Показатели участка учитывают записи из присланных им пакетов, загруженных до "
        "даты составления; итог по району — записи всех участков (средний срок — по всем "
        "рассмотренным ими обращениям). Участок с отметкой «возможно, неполные» прислал "
        "последний пакет до конца периода или не все пакеты: его более поздних записей "
        "здесь нет.",
        "ky": "Участоктун көрсөткүчтөрү ал жөнөткөн жана отчёт түзүлгөн күнгө чейин "
        "жүктөлгөн пакеттердеги жазуулар боюнча эсептелет; район боюнча бардыгы — бардык "
        "участоктордун жазуулары (орточо мөөнөт — алар караган бардык кайрылуулар боюнча). "
        "«Толук эмес болушу мүмкүн» деп белгиленген участок акыркы пакетин мезгил бүткөнгө "
        "чейин жөнөткөн же айрым пакеттер жок: анын кийинки жазуулары бул жерде жок.",  # review
    },
    "h_stations": {
        "en": "Stations and the data received",
        "ru": "Участки и полученные данные",
        "ky": "Участоктор жана алынган маалыматтар",
    },
    "no_stations": {
        "en": "No station has sent a package yet: there is nothing to consolidate.",
        "ru": "Ни один участок ещё не прислал пакет: сводить нечего.",
        "ky": "Бир да участок азырынча пакет жөнөтө элек: жыйынтыктай турган эч нерсе жок.",
    },
    "stations_part": {
        "en": "Stations {first}–{last} of {count}",
        "ru": "Участки {first}–{last} из {count}",
        "ky": "{count} участоктун {first}–{last}",  # review
    },
    "c_station_name": {"en": "Station", "ru": "Участок", "ky": "Участок"},
    "c_district_total": {
        "en": "District total",
        "ru": "Итого по району",
        "ky": "Район боюнча бардыгы",
    },
    "c_last_package": {
        "en": "Last package, made on",
        "ru": "Последний пакет, создан",
        "ky": "Акыркы пакет, түзүлгөн күнү",
    },
    "c_imported_on": {"en": "Imported on", "ru": "Загружен", "ky": "Жүктөлгөн"},
    "c_missing": {
        "en": "Packages missing",
        "ru": "Нет пакетов №",
        "ky": "Жетишпеген пакеттер",
    },
    "c_conflicts": {"en": "Open conflicts", "ru": "Конфликты", "ky": "Конфликттер"},
    "c_month_closed": {
        "en": "Month closed",
        "ru": "Месяц закрыт",
        "ky": "Ай жабылган",
    },
    "c_months_closed": {
        "en": "Months closed",
        "ru": "Закрыто месяцев",
        "ky": "Жабылган айлар",
    },
    "c_data": {"en": "Data", "ru": "Данные", "ky": "Маалымат"},
    "package_no": {"en": "No. {seq}", "ru": "№ {seq}", "ky": "№ {seq}"},
    "not_covered": {
        "en": "{seqs} (not covered by a later one)",
        "ru": "{seqs} (не перекрыты более поздним)",
        "ky": "{seqs} (кийинкиси менен жабылган эмес)",  # review
    },
    "closed_on": {"en": "closed {date}", "ru": "закрыт {date}", "ky": "{date} жабылган"},
    "approved_by_district_short": {
        "en": "approved by the district",
        "ru": "утверждён районом",
        "ky": "район бекиткен",
    },
    "reopened": {"en": "reopened", "ru": "открыт заново", "ky": "кайра ачылган"},
    "no": {"en": "no", "ru": "нет", "ky": "жок"},
    "months_of": {
        "en": "{closed} of {months}",
        "ru": "{closed} из {months}",
        "ky": "{months} айдын {closed}",
    },
    "data_none": {
        "en": "no package received",
        "ru": "пакетов не поступало",
        "ky": "пакет келген жок",
    },
    "data_gaps": {
        "en": "incomplete: packages missing",
        "ru": "неполные: нет пакетов",
        "ky": "толук эмес: пакеттер жок",
    },
    "data_early": {
        "en": "may be incomplete: last package made before the period ended",
        "ru": "возможно, неполные: последний пакет создан до конца периода",
        "ky": "толук эмес болушу мүмкүн: акыркы пакет мезгил бүткөнгө чейин түзүлгөн",
    },
    "data_ok": {
        "en": "up to the end of the period",
        "ru": "по конец периода",
        "ky": "мезгилдин аягына чейин",
    },
    "plan_items": {
        "en": "Items of plans covering the period",
        "ru": "Мероприятий в планах на период",
        "ky": "Мезгилге тиешелүү пландардагы иш-чаралар",
    },
    "plan_items_done": {
        "en": "of which done (current status)",
        "ru": "из них выполнено (текущий статус)",
        "ky": "анын ичинде аткарылган (учурдагы абалы)",
    },
    "plan_items_overdue": {
        "en": "Plan items overdue on {date}",
        "ru": "Просрочено мероприятий плана на {date}",
        "ky": "{date} карата пландын мөөнөтү өткөн иш-чаралары",
    },
    "plan_activities_in_period": {
        "en": "Activities for plan items in the period",
        "ru": "Мероприятий по плану за период",
        "ky": "Мезгил ичинде план боюнча иш-чаралар",
    },
    "plan_activities_to_date": {
        "en": "Activities for plan items to date",
        "ru": "Мероприятий по плану с начала",
        "ky": "План боюнча иш-чаралар башынан бери",
    },
    "approved_by_district": {
        "en": "Approved by (head of the district office)",
        "ru": "Утвердил (начальник районного отдела)",
        "ky": "Бекиткен (райондук бөлүмдүн башчысы)",
    },
    # --- period labels
    "period_month": {
        "en": "{month} {year}",
        "ru": "{month} {year} г.",
        "ky": "{year}-жылдын {month} айы",
    },
    "period_quarter": {
        "en": "Q{q} {year} ({first}–{last})",
        "ru": "{roman} квартал {year} г. ({first} — {last})",
        "ky": "{year}-жылдын {roman} чейреги ({first} — {last})",
    },
    "period_year": {"en": "Year {year}", "ru": "{year} год", "ky": "{year}-жыл"},
}


def t(key: str, lang: str, **params: object) -> str:
    """The report string ``key`` in ``lang`` (English if missing), with its fields filled."""
    entry = S[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params) if params else text


def month_name(month: int, lang: str) -> str:
    return MONTHS.get(lang, MONTHS["en"])[month - 1]


def fmt_date(value: date | str | None, lang: str) -> str:
    """A date as printed: DD.MM.YYYY in Russian and Kyrgyz, ISO in English; '' for None."""
    if value is None or value == "":
        return ""
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if lang in ("ru", "ky"):
        return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
    return d.isoformat()


def fmt_decimal(value: float | None, lang: str) -> str:
    """One decimal place; a comma in Russian and Kyrgyz; a dash for no value."""
    if value is None:
        return "—"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang in ("ru", "ky") else text
