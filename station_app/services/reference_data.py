"""The reference lists a new station starts with: code, then labels in ky, ru, en.

Codes are English snake_case and never change (they travel in packages); the chief can
edit labels and add codes later. Kyrgyz labels await native-speaker review (#7).
"""

from __future__ import annotations

Label = tuple[str, str, str, str]  # code, ky, ru, en

REFERENCE_LISTS: dict[str, list[Label]] = {
    "channel": [
        ("in_person", "Жеке келип", "Лично", "In person"),
        ("phone", "Телефон аркылуу", "По телефону", "By phone"),
        ("letter", "Кат аркылуу", "Письменно", "Letter"),
        ("meeting", "Жыйында айтылган", "На собрании", "Raised at a meeting"),
        ("lcpc", "КААБ аркылуу", "Через ОПЦ", "Via the LCPC"),
    ],
    "complaint_category": [
        ("family_violence", "Үй-бүлөлүк зомбулук", "Семейное насилие", "Family violence"),
        (
            "early_marriage",
            "Эрте/мажбурлап нике, кыз ала качуу",
            "Ранний/принудительный брак, похищение невест",
            "Early/forced marriage, bride kidnapping",
        ),
        ("property", "Уурулук, мүлк", "Кража, имущество", "Theft/property"),
        ("public_order", "Коомдук тартип", "Общественный порядок", "Public order"),
        (
            "dispute",
            "Кошуна, жер/суу/мал талашы",
            "Спор соседей, земли, воды, скота",
            "Neighbour or land/water/livestock dispute",
        ),
        ("road_safety", "Жол коопсуздугу", "Безопасность дорожного движения", "Road safety"),
        (
            "violent_extremism",
            "Зордук-зомбулук экстремизми",
            "Насильственный экстремизм",
            "Violent-extremism concern",
        ),
        ("drugs_alcohol", "Баңгизат/спирт ичимдиктери", "Наркотики/алкоголь", "Drugs/alcohol"),
        ("other", "Башка", "Другое", "Other"),
    ],
    "complaint_status": [
        ("registered", "Катталды", "Зарегистрировано", "Registered"),
        ("in_progress", "Иштелүүдө", "В работе", "In progress"),
        ("referred", "Башка органга жөнөтүлдү", "Передано", "Referred"),
        ("resolved", "Чечилди", "Решено", "Resolved"),
        ("dismissed", "Четке кагылды", "Отклонено", "Dismissed"),
    ],
    "meeting_kind": [
        ("public_gathering", "Чогулуш", "Сход граждан", "Public gathering"),
        (
            "inspector_report",
            "Участковыйдын элге отчёту",
            "Отчёт участкового перед населением",
            "Inspector's report to residents",
        ),
        ("lcpc_meeting", "КААБдын жыйыны", "Заседание ОПЦ", "LCPC meeting"),
        (
            "school_meeting",
            "Мектептеги/жаштар жолугушуусу",
            "Встреча в школе/с молодёжью",
            "School or youth meeting",
        ),
        ("other", "Башка", "Другое", "Other"),
    ],
    "activity_kind": [
        ("talk", "Маек/лекция", "Беседа/лекция", "Talk/lecture"),
        ("school_session", "Мектептеги сабак", "Занятие в школе", "School session"),
        ("patrol", "Кайгуул/рейд", "Патруль/рейд", "Patrol/raid"),
        (
            "road_safety_campaign",
            "Жол коопсуздугу боюнча акция",
            "Акция по безопасности дорожного движения",
            "Road-safety campaign",
        ),
        (
            "home_visit",
            "Тобокелдеги үй-бүлөгө баруу",
            "Посещение семьи группы риска",
            "Home visit to an at-risk family",
        ),
        (
            "youth_event",
            "Жаштар/спорт иш-чарасы",
            "Молодёжное/спортивное мероприятие",
            "Youth/sports event",
        ),
        ("training", "Тренинг", "Тренинг", "Training"),
        ("study_visit", "Тажрыйба алмашуу сапары", "Обменный визит", "Study visit"),
        ("media", "Плакат/маалымат каражаттары", "Плакаты/СМИ", "Poster/media"),
        ("other", "Башка", "Другое", "Other"),
    ],
    "theme": [
        (
            "violent_extremism",
            "Зордук-зомбулук экстремизми",
            "Насильственный экстремизм",
            "Violent extremism",
        ),
        ("road_safety", "Жол коопсуздугу", "Безопасность дорожного движения", "Road safety"),
        ("family_violence", "Үй-бүлөлүк зомбулук", "Семейное насилие", "Family violence"),
        ("early_marriage", "Эрте нике", "Ранние браки", "Early marriage"),
        ("youth", "Жаштар", "Молодёжь", "Youth"),
        ("drugs_alcohol", "Баңгизат/спирт ичимдиктери", "Наркотики/алкоголь", "Drugs/alcohol"),
        (
            "property_crime",
            "Мүлккө каршы кылмыштар",
            "Имущественные преступления",
            "Property crime",
        ),
        ("other", "Башка", "Другое", "Other"),
    ],
    "sex": [
        ("female", "Аял", "Женский", "Female"),
        ("male", "Эркек", "Мужской", "Male"),
    ],
    "age_group": [
        ("under_18", "18ге чейин", "До 18", "Under 18"),
        ("18_29", "18–29", "18–29", "18–29"),
        ("30_59", "30–59", "30–59", "30–59"),
        ("60_plus", "60 жана андан жогору", "60 и старше", "60 and over"),
    ],
    "funding_source": [
        ("local_budget", "Жергиликтүү бюджет", "Местный бюджет", "Local budget"),
        ("small_grant", "Чакан грант", "Малый грант", "Small grant"),
        ("police", "Милициянын каражаты", "Средства милиции", "Police funds"),
        ("lcpc", "КААБдын каражаты", "Средства ОПЦ", "LCPC funds"),
        ("sponsor", "Демөөрчү", "Спонсор", "Sponsor"),
        ("none", "Каражатсыз", "Без затрат", "No cost"),
        ("other", "Башка", "Другое", "Other"),
    ],
    "plan_item_status": [
        ("planned", "Пландалган", "Запланировано", "Planned"),
        ("in_progress", "Аткарылууда", "Выполняется", "In progress"),
        ("done", "Аткарылды", "Выполнено", "Done"),
        ("cancelled", "Жокко чыгарылды", "Отменено", "Cancelled"),
    ],
    "partner_kind": [
        (
            "lcpc",
            "Коомдук алдын алуу борбору (КААБ)",
            "Общественно-профилактический центр (ОПЦ)",
            "Local crime prevention centre (LCPC)",
        ),
        (
            "local_government",
            "Айыл өкмөтү / мэрия",
            "Айыл окмоту / мэрия",
            "Local government (aiyl okmotu / mayor's office)",
        ),
        ("womens_committee", "Аялдар комитети", "Женский комитет", "Women's committee"),
        ("youth_committee", "Жаштар комитети", "Молодёжный комитет", "Youth committee"),
        ("aksakals", "Аксакалдар соту", "Суд аксакалов", "Aldermen (aksakals)"),
        ("school", "Мектеп", "Школа", "School"),
        ("religious", "Дин кызматкерлери", "Религиозные лидеры", "Religious leaders"),
        ("ngo", "Коомдук уюм", "Общественная организация", "NGO"),
        ("other", "Башка", "Другое", "Other"),
    ],
    "settlement_kind": [
        ("town", "Шаар", "Город", "Town"),
        ("village", "Айыл", "Село", "Village"),
        ("settlement", "Конуш", "Посёлок", "Settlement"),
    ],
    "role": [
        ("officer", "Участковый инспектор", "Участковый инспектор", "Desk officer"),
        ("chief", "Участоктун башчысы", "Начальник участка", "Station chief"),
        ("admin", "Администратор", "Администратор", "Administrator"),
        ("analyst", "Райондук аналитик", "Районный аналитик", "District analyst"),
    ],
}
