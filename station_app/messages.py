"""Messages the services give the user, in Kyrgyz, Russian and English.

Services raise errors carrying a :class:`Msg` (an id and parameters); the window and the
command line render it in the user's language. No Qt here: the services run headless.
Kyrgyz wording awaits native-speaker review (see docs/glossary.md, issue #7).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGS = ("ky", "ru", "en")
DEFAULT_LANG = "ru"

CATALOG: dict[str, dict[str, str]] = {
    "required": {
        "en": "This field is required.",
        "ru": "Обязательное поле.",
        "ky": "Бул талааны толтуруу керек.",
    },
    "unknown_field": {
        "en": "Unknown field.",
        "ru": "Неизвестное поле.",
        "ky": "Белгисиз талаа.",
    },
    "read_only": {
        "en": "This field is filled in by the app and cannot be set.",
        "ru": "Это поле заполняется программой и не может быть задано.",
        "ky": "Бул талааны программа өзү толтурат, аны өзгөртүүгө болбойт.",
    },
    "not_text": {
        "en": "Must be text.",
        "ru": "Должно быть текстом.",
        "ky": "Текст болушу керек.",
    },
    "too_long": {
        "en": "Too long: at most {max} characters (got {got}).",
        "ru": "Слишком длинно: не более {max} символов (введено {got}).",
        "ky": "Өтө узун: эң көп {max} белги ({got} киргизилди).",
    },
    "control_chars": {
        "en": "Contains invisible control or text-direction characters; please retype it.",
        "ru": "Содержит невидимые управляющие символы или символы направления текста; "
        "введите заново.",
        "ky": "Көрүнбөгөн башкаруучу же текст багытын өзгөрткөн белгилер бар; кайра жазыңыз.",
    },
    "bad_date": {
        "en": "Not a valid date: {value} (expected YYYY-MM-DD).",
        "ru": "Неверная дата: {value} (ожидается ГГГГ-ММ-ДД).",
        "ky": "Туура эмес дата: {value} (ЖЖЖЖ-АА-КК болушу керек).",
    },
    "date_in_future": {
        "en": "The date {value} is in the future.",
        "ru": "Дата {value} ещё не наступила.",
        "ky": "{value} датасы али келе элек.",
    },
    "date_too_old": {
        "en": "The date {value} is before {min}.",
        "ru": "Дата {value} раньше {min}.",
        "ky": "{value} датасы {min} датасынан мурун.",
    },
    "date_before": {
        "en": "Must not be before {other} ({value}).",
        "ru": "Не может быть раньше {other} ({value}).",
        "ky": "{other} ({value}) датасынан мурун болбошу керек.",
    },
    "bad_time": {
        "en": "Not a valid time: {value} (expected HH:MM).",
        "ru": "Неверное время: {value} (ожидается ЧЧ:ММ).",
        "ky": "Туура эмес убакыт: {value} (СС:ММ болушу керек).",
    },
    "not_integer": {
        "en": "Must be a whole number.",
        "ru": "Должно быть целым числом.",
        "ky": "Бүтүн сан болушу керек.",
    },
    "negative": {
        "en": "Must not be negative.",
        "ru": "Не может быть отрицательным.",
        "ky": "Терс сан болбошу керек.",
    },
    "too_large": {
        "en": "Too large: at most {max}.",
        "ru": "Слишком большое число: не более {max}.",
        "ky": "Өтө чоң сан: эң көп {max}.",
    },
    "too_small": {
        "en": "Too small: at least {min}.",
        "ru": "Слишком маленькое число: не менее {min}.",
        "ky": "Өтө кичине сан: эң аз {min}.",
    },
    "not_money": {
        "en": "Must be an amount in som, e.g. 1500 or 1500.50.",
        "ru": "Должно быть суммой в сомах, например 1500 или 1500.50.",
        "ky": "Сом менен көрсөтүлгөн сумма болушу керек, мисалы 1500 же 1500.50.",
    },
    "not_bool": {
        "en": "Must be true or false.",
        "ru": "Должно быть «да» или «нет».",
        "ky": "«Ооба» же «жок» болушу керек.",
    },
    "not_object": {
        "en": "Must be a group of fields.",
        "ru": "Должно быть группой полей.",
        "ky": "Талаалардын тобу болушу керек.",
    },
    "not_list": {
        "en": "Must be a list.",
        "ru": "Должно быть списком.",
        "ky": "Тизме болушу керек.",
    },
    "bad_choice": {
        "en": "Unknown value: {value}.",
        "ru": "Неизвестное значение: {value}.",
        "ky": "Белгисиз маани: {value}.",
    },
    "unknown_reference": {
        "en": "No such record: {value}.",
        "ru": "Нет такой записи: {value}.",
        "ky": "Мындай жазуу жок: {value}.",
    },
    "youth_exceeds_total": {
        "en": "Youth cannot exceed men and women together ({total}).",
        "ru": "Молодёжи не может быть больше, чем мужчин и женщин вместе ({total}).",
        "ky": "Жаштар эркектер менен аялдардын жалпы санынан ({total}) ашпашы керек.",
    },
    "anonymous_or_complainant": {
        "en": "Give the complainant, or mark the complaint anonymous.",
        "ru": "Укажите заявителя или отметьте обращение как анонимное.",
        "ky": "Арыз ээсин көрсөтүңүз же кайрылууну жашыруун деп белгилеңиз.",
    },
    "anonymous_with_complainant": {
        "en": "An anonymous complaint cannot name a complainant.",
        "ru": "В анонимном обращении не указывается заявитель.",
        "ky": "Жашыруун кайрылууда арыз ээси көрсөтүлбөйт.",
    },
    "meeting_required": {
        "en": "Choose the meeting where the complaint was raised.",
        "ru": "Выберите собрание, на котором поступило обращение.",
        "ky": "Кайрылуу айтылган жыйынды тандаңыз.",
    },
    "status_not_editable": {
        "en": "The status changes only through a status action.",
        "ru": "Статус меняется только через действие со статусом.",
        "ky": "Абал «Абалын өзгөртүү» аракети аркылуу гана өзгөрөт.",
    },
    "bad_transition": {
        "en": "A complaint cannot go from '{from_status}' to '{to_status}'.",
        "ru": "Обращение нельзя перевести из «{from_status}» в «{to_status}».",
        "ky": "Кайрылууну «{from_status}» абалынан «{to_status}» абалына өткөрүүгө болбойт.",
    },
    "extension_too_long": {
        "en": "The answer can be extended to {max} at the latest.",
        "ru": "Срок ответа можно продлить не позднее чем до {max}.",
        "ky": "Жооп берүү мөөнөтүн эң кечи {max} күнүнө чейин узартууга болот.",
    },
    "extension_not_later": {
        "en": "The new date must be after the current due date {due}.",
        "ru": "Новая дата должна быть позже текущего срока {due}.",
        "ky": "Жаңы дата учурдагы мөөнөттөн ({due}) кийин болушу керек.",
    },
    "closed_complaint": {
        "en": "The complaint is closed ({status}); reopen it first.",
        "ru": "Обращение закрыто ({status}); сначала откройте его заново.",
        "ky": "Кайрылуу жабылган ({status}); адегенде аны кайра ачыңыз.",
    },
    "order_needs_family_violence": {
        "en": "Protection orders belong to family-violence complaints only.",
        "ru": "Охранный ордер выдаётся только по обращениям о семейном насилии.",
        "ky": "Коргоо ордери үй-бүлөлүк зомбулук боюнча кайрылууларга гана берилет.",
    },
    "not_found": {
        "en": "The record was not found (it may have been deleted).",
        "ru": "Запись не найдена (возможно, она удалена).",
        "ky": "Жазуу табылган жок (өчүрүлгөн болушу мүмкүн).",
    },
    "stale_revision": {
        "en": "{user} changed this record at {at}. Reopen it to see their changes.",
        "ru": "{user} изменил(а) эту запись в {at}. Откройте её заново, чтобы увидеть изменения.",
        "ky": "{user} бул жазууну {at} өзгөрттү. Өзгөртүүлөрдү көрүү үчүн кайра ачыңыз.",
    },
    "permission_denied": {
        "en": "Your role ({role}) does not allow this.",
        "ru": "Ваша роль ({role}) не позволяет это сделать.",
        "ky": "Сиздин ролуңуз ({role}) буга уруксат бербейт.",
    },
    "bad_login": {
        "en": "Wrong user name or password.",
        "ru": "Неверное имя пользователя или пароль.",
        "ky": "Колдонуучунун аты же сырсөз туура эмес.",
    },
    "account_locked": {
        "en": "Too many failed attempts. Try again after {until}.",
        "ru": "Слишком много неудачных попыток. Повторите после {until}.",
        "ky": "Өтө көп ийгиликсиз аракет. {until} өткөндөн кийин кайра аракет кылыңыз.",
    },
    "password_too_short": {
        "en": "The password must have at least {min} characters.",
        "ru": "Пароль должен содержать не менее {min} символов.",
        "ky": "Сырсөз кеминде {min} белгиден турушу керек.",
    },
    "username_taken": {
        "en": "The user name {value} is taken.",
        "ru": "Имя пользователя {value} уже занято.",
        "ky": "{value} деген колдонуучу аты бош эмес.",
    },
    "bad_station_code": {
        "en": "The station code must be 2 to 5 Latin capital letters, e.g. NKT.",
        "ru": "Код участка — от 2 до 5 заглавных латинских букв, например NKT.",
        "ky": "Участоктун коду 2ден 5ке чейин латын баш тамгасынан турушу керек, мисалы NKT.",
    },
    "bad_username": {
        "en": "User names use Latin letters, digits, '.', '_' or '-' (3 to 32).",
        "ru": "Имя пользователя: латинские буквы, цифры, «.», «_» или «-» (от 3 до 32).",
        "ky": "Колдонуучунун аты: латын тамгалары, сандар, «.», «_» же «-» (3төн 32ге чейин).",
    },
    "already_initialised": {
        "en": "A station database already exists in {path}.",
        "ru": "В {path} уже есть база данных участка.",
        "ky": "{path} папкасында участоктун маалымат базасы мурунтан эле бар.",
    },
    "demo_needs_fresh_station": {
        "en": "Demo data needs a fresh station; this one already has {what}. "
        "Run 'station-app demo' on an empty folder.",
        "ru": "Демо-данные можно добавить только в новый участок, а здесь уже есть {what}. "
        "Запустите 'station-app demo' в пустой папке.",
        "ky": "Демо маалыматтар жаңы участокко гана кошулат, бул жерде {what} бар. "
        "'station-app demo' буйругун бош папкада иштетиңиз.",
    },
    "not_initialised": {
        "en": "The station is not set up yet; run 'station-app init' first.",
        "ru": "Участок ещё не настроен; сначала выполните 'station-app init'.",
        "ky": "Участок али орнотула элек; адегенде 'station-app init' буйругун иштетиңиз.",
    },
    "month_closed": {
        "en": "{month} is closed: {signed_by} signed it on {signed_on}. Records dated in a "
        "closed month cannot be changed; ask the station chief to reopen the month.",
        "ru": "{month} закрыт: подписан {signed_by} {signed_on}. Записи закрытого месяца "
        "нельзя изменить; попросите начальника участка открыть месяц заново.",
        "ky": "{month} жабылган: {signed_by} {signed_on} кол койгон. Жабык айдын "
        "жазууларын өзгөртүүгө болбойт; айды кайра ачууну участоктун башчысынан сураныңыз.",
    },
    "month_not_closed": {
        "en": "{month} is not closed.",
        "ru": "{month} не закрыт.",
        "ky": "{month} жабыла элек.",
    },
    "bad_month": {
        "en": "Not a month: {value} (expected YYYY-MM).",
        "ru": "Неверный месяц: {value} (ожидается ГГГГ-ММ).",
        "ky": "Туура эмес ай: {value} (ЖЖЖЖ-АА болушу керек).",
    },
    "month_not_over": {
        "en": "{month} is not over yet; a month can be closed from its last day on.",
        "ru": "{month} ещё не закончился; месяц можно закрыть начиная с его последнего дня.",
        "ky": "{month} али бүтө элек; айды анын акыркы күнүнөн баштап жабууга болот.",
    },
    "wrong_current_password": {
        "en": "The current password is wrong.",
        "ru": "Текущий пароль указан неверно.",
        "ky": "Учурдагы сырсөз туура эмес.",
    },
    "cannot_deactivate_self": {
        "en": "You cannot deactivate your own account.",
        "ru": "Нельзя отключить собственную учётную запись.",
        "ky": "Өз каттоо эсебиңизди өчүрүүгө болбойт.",
    },
    "unknown_user": {
        "en": "No such user: {value}.",
        "ru": "Нет такого пользователя: {value}.",
        "ky": "Мындай колдонуучу жок: {value}.",
    },
    "invalid_record": {
        "en": "The record was not saved: {count} field(s) need attention.",
        "ru": "Запись не сохранена: проверьте поля ({count}).",
        "ky": "Жазуу сакталган жок: {count} талааны текшериңиз.",
    },
    # Report periods (station_app.reports.periods)
    "report_bad_period": {
        "en": "Not a report period: '{value}'. Use YYYY-MM (2026-10), YYYY-Qn (2026-Q3) "
        "or YYYY (2026).",
        "ru": "Неверный период отчёта: «{value}». Укажите ГГГГ-ММ (2026-10), ГГГГ-Qn "
        "(2026-Q3) или ГГГГ (2026).",
        "ky": "Отчёттун мезгили туура эмес: «{value}». ЖЖЖЖ-АА (2026-10), ЖЖЖЖ-Qn "
        "(2026-Q3) же ЖЖЖЖ (2026) түрүндө жазыңыз.",
    },
    "report_bad_month": {
        "en": "No month {month} in '{value}': months run from 01 to 12.",
        "ru": "В «{value}» нет месяца {month}: месяцы от 01 до 12.",
        "ky": "«{value}» ичинде {month}-ай жок: айлар 01ден 12ге чейин.",
    },
    "report_bad_quarter": {
        "en": "No quarter {quarter} in '{value}': quarters run from Q1 to Q4.",
        "ru": "В «{value}» нет квартала {quarter}: кварталы от Q1 до Q4.",
        "ky": "«{value}» ичинде {quarter}-чейрек жок: чейректер Q1ден Q4кө чейин.",
    },
    "report_bad_year": {
        "en": "The year {year} in '{value}' is out of range ({min}–{max}).",
        "ru": "Год {year} в «{value}» вне допустимых пределов ({min}–{max}).",
        "ky": "«{value}» ичиндеги {year}-жыл уруксат берилген чектен тышкары ({min}–{max}).",
    },
    "report_future_period": {
        "en": "The period {period} has not started yet (today is {today}).",
        "ru": "Период {period} ещё не начался (сегодня {today}).",
        "ky": "{period} мезгили али баштала элек (бүгүн {today}).",
    },
    # ---- USB sync (station_app.sync) ----
    "sync_not_district": {
        "en": "This is a station database; packages are imported at the district office.",
        "ru": "Это база участка; пакеты импортируются в районном отделе.",
        "ky": "Бул участоктун базасы; пакеттер район бөлүмүндө импорттолот.",
    },
    "sync_not_station": {
        "en": "This is a district office database; packages are exported at stations.",
        "ru": "Это база районного отдела; пакеты экспортируются на участках.",
        "ky": "Бул район бөлүмүнүн базасы; пакеттер участоктордо экспорттолот.",
    },
    "sync_personal_chief_only": {
        "en": "Only the station chief may include personal data in an export.",
        "ru": "Включать персональные данные в экспорт может только начальник участка.",
        "ky": "Экспортко жеке маалыматтарды участоктун башчысы гана кошо алат.",
    },
    "sync_key_missing": {
        "en": "The station's signing key is missing ({path}); restore the keys folder from a "
        "backup.",
        "ru": "Нет ключа подписи участка ({path}); восстановите папку keys из резервной копии.",
        "ky": "Участоктун кол коюу ачкычы жок ({path}); keys папкасын камдык көчүрмөдөн калыбына "
        "келтириңиз.",
    },
    "sync_key_mismatch": {
        "en": "The signing key in {path} is not this station's key.",
        "ru": "Ключ подписи в {path} не является ключом этого участка.",
        "ky": "{path} ичиндеги кол коюу ачкычы бул участоктуку эмес.",
    },
    "sync_bad_public_key": {
        "en": "Not an Ed25519 public key (64 hexadecimal digits): {value}",
        "ru": "Это не открытый ключ Ed25519 (64 шестнадцатеричные цифры): {value}",
        "ky": "Бул Ed25519 ачык ачкычы эмес (64 он алтылык сан): {value}",
    },
    "sync_out_not_dir": {
        "en": "{dir} is not a folder (is the stick plugged in?).",
        "ru": "{dir} — не папка (вставлена ли флешка?).",
        "ky": "{dir} папка эмес (флешка сайылганбы?).",
    },
    "sync_write_full": {
        "en": "Cannot write to {dir}: the stick is full. No package was left there.",
        "ru": "Не удалось записать в {dir}: флешка заполнена. Пакет не оставлен.",
        "ky": "{dir} ичине жазуу мүмкүн болбоду: флешка толук. Пакет калтырылган жок.",
    },
    "sync_write_readonly": {
        "en": "Cannot write to {dir}: the stick is read-only or write-protected. No package was "
        "left there.",
        "ru": "Не удалось записать в {dir}: флешка только для чтения или защищена от записи. "
        "Пакет не оставлен.",
        "ky": "{dir} ичине жазуу мүмкүн болбоду: флешка окуу үчүн гана же жазуудан корголгон. "
        "Пакет калтырылган жок.",
    },
    "sync_write_gone": {
        "en": "Cannot write to {dir}: the stick was removed or the folder is gone. No package was "
        "left there.",
        "ru": "Не удалось записать в {dir}: флешка извлечена или папка исчезла. Пакет не оставлен.",
        "ky": "{dir} ичине жазуу мүмкүн болбоду: флешка чыгарылды же папка жок. Пакет калтырылган "
        "жок.",
    },
    "sync_write_failed": {
        "en": "Cannot write to {dir}: {detail}. No package was left there.",
        "ru": "Не удалось записать в {dir}: {detail}. Пакет не оставлен.",
        "ky": "{dir} ичине жазуу мүмкүн болбоду: {detail}. Пакет калтырылган жок.",
    },
    "sync_readback_failed": {
        "en": "The file written to {dir} did not read back correctly ({detail}); it was removed. "
        "Try another stick.",
        "ru": "Файл, записанный в {dir}, не прочитался правильно ({detail}); он удалён. "
        "Попробуйте другую флешку.",
        "ky": "{dir} ичине жазылган файл туура окулган жок ({detail}); ал өчүрүлдү. Башка "
        "флешканы колдонуп көрүңүз.",
    },
    "sync_cannot_read": {
        "en": "Cannot read the file: {detail}.",
        "ru": "Не удалось прочитать файл: {detail}.",
        "ky": "Файлды окуу мүмкүн болбоду: {detail}.",
    },
    "sync_too_big": {
        "en": "The file is too large to be a package ({size} bytes; at most {max}).",
        "ru": "Файл слишком велик для пакета ({size} байт; не более {max}).",
        "ky": "Файл пакет болууга өтө чоң ({size} байт; эң көп {max}).",
    },
    "sync_not_a_zip": {
        "en": "Not a package, or the file is damaged or incomplete (was the stick pulled out "
        "while copying?).",
        "ru": "Это не пакет, либо файл повреждён или неполон (флешку вынули во время "
        "копирования?).",
        "ky": "Бул пакет эмес, же файл бузулган же толук эмес (көчүрүп жатканда флешка "
        "чыгарылдыбы?).",
    },
    "sync_too_many_entries": {
        "en": "Too many files inside the package ({count}; at most {max}).",
        "ru": "Слишком много файлов в пакете ({count}; не более {max}).",
        "ky": "Пакеттин ичинде файлдар өтө көп ({count}; эң көп {max}).",
    },
    "sync_absolute_name": {
        "en": "Refused: the file name {name} inside the package is an absolute path.",
        "ru": "Отклонено: имя файла {name} в пакете — абсолютный путь.",
        "ky": "Четке кагылды: пакеттин ичиндеги {name} файлынын аты абсолюттук жол.",
    },
    "sync_parent_name": {
        "en": "Refused: the file name {name} inside the package points outside it (..).",
        "ru": "Отклонено: имя файла {name} в пакете указывает за его пределы (..).",
        "ky": "Четке кагылды: пакеттин ичиндеги {name} файлынын аты анын сыртын көрсөтөт (..).",
    },
    "sync_symlink": {
        "en": "Refused: {name} inside the package is a symbolic link.",
        "ru": "Отклонено: {name} в пакете — символическая ссылка.",
        "ky": "Четке кагылды: пакеттин ичиндеги {name} символдук шилтеме.",
    },
    "sync_duplicate_name": {
        "en": "Refused: the package holds {name} twice.",
        "ru": "Отклонено: в пакете дважды встречается {name}.",
        "ky": "Четке кагылды: пакетте {name} эки жолу бар.",
    },
    "sync_unexpected_name": {
        "en": "Refused: unexpected file {name} inside the package.",
        "ru": "Отклонено: неожиданный файл {name} в пакете.",
        "ky": "Четке кагылды: пакеттин ичинде күтүлбөгөн {name} файлы бар.",
    },
    "sync_encrypted": {
        "en": "Refused: {name} inside the package is encrypted.",
        "ru": "Отклонено: {name} в пакете зашифрован.",
        "ky": "Четке кагылды: пакеттин ичиндеги {name} шифрленген.",
    },
    "sync_bad_compression": {
        "en": "Refused: {name} inside the package uses an unsupported compression.",
        "ru": "Отклонено: {name} в пакете сжат неподдерживаемым способом.",
        "ky": "Четке кагылды: пакеттин ичиндеги {name} колдоого алынбаган ыкма менен кысылган.",
    },
    "sync_entry_too_big": {
        "en": "Refused: {name} unpacks to more than {max} bytes (a zip bomb?).",
        "ru": "Отклонено: {name} распаковывается в более чем {max} байт (zip-бомба?).",
        "ky": "Четке кагылды: {name} ачылганда {max} байттан ашат (zip-бомба?).",
    },
    "sync_total_too_big": {
        "en": "Refused: the package unpacks to more than {max} bytes (a zip bomb?).",
        "ru": "Отклонено: пакет распаковывается в более чем {max} байт (zip-бомба?).",
        "ky": "Четке кагылды: пакет ачылганда {max} байттан ашат (zip-бомба?).",
    },
    "sync_ratio": {
        "en": "Refused: {name} is compressed suspiciously well ({ratio} to 1; a zip bomb?).",
        "ru": "Отклонено: {name} сжат подозрительно сильно ({ratio} к 1; zip-бомба?).",
        "ky": "Четке кагылды: {name} шектүү деңгээлде кысылган ({ratio}:1; zip-бомба?).",
    },
    "sync_member_damaged": {
        "en": "{name} inside the package is damaged ({detail}).",
        "ru": "{name} в пакете повреждён ({detail}).",
        "ky": "Пакеттин ичиндеги {name} бузулган ({detail}).",
    },
    "sync_missing_member": {
        "en": "{name} is missing from the package.",
        "ru": "В пакете нет {name}.",
        "ky": "Пакетте {name} жок.",
    },
    "sync_manifest_bad": {
        "en": "The manifest is malformed (line {line}).",
        "ru": "Манифест повреждён (строка {line}).",
        "ky": "Манифест бузулган ({line}-сап).",
    },
    "sync_manifest_unlisted": {
        "en": "{name} is not listed in the manifest.",
        "ru": "{name} отсутствует в манифесте.",
        "ky": "{name} манифестте жок.",
    },
    "sync_manifest_mismatch": {
        "en": "{name} does not match its hash in the manifest: the package was altered or damaged.",
        "ru": "{name} не совпадает со своим хешем в манифесте: пакет изменён или повреждён.",
        "ky": "{name} манифесттеги хешине дал келбейт: пакет өзгөртүлгөн же бузулган.",
    },
    "sync_bad_signature": {
        "en": "The signature does not match: the package was altered or not signed by station "
        "{station}'s key.",
        "ru": "Подпись не совпадает: пакет изменён или подписан не ключом участка {station}.",
        "ky": "Кол тамга дал келбейт: пакет өзгөртүлгөн же {station} участогунун ачкычы менен кол "
        "коюлган эмес.",
    },
    "sync_bad_package_json": {
        "en": "package.json is malformed ({detail}).",
        "ru": "package.json повреждён ({detail}).",
        "ky": "package.json бузулган ({detail}).",
    },
    "sync_newer_format": {
        "en": "The package was made by a newer Station App (package schema {version}; this "
        "version reads up to {max}). Install the newer version.",
        "ru": "Пакет создан более новой версией Station App (схема пакета {version}; эта версия "
        "читает до {max}). Установите новую версию.",
        "ky": "Пакет Station Appтин жаңыраак версиясы менен түзүлгөн (пакеттин схемасы {version}; "
        "бул версия {max} чейин окуйт). Жаңы версияны орнотуңуз.",
    },
    "sync_schema_mismatch": {
        "en": "datapackage.json does not describe the tables this version expects ({detail}).",
        "ru": "datapackage.json не описывает таблицы, которые ожидает эта версия ({detail}).",
        "ky": "datapackage.json бул версия күткөн таблицаларды сүрөттөбөйт ({detail}).",
    },
    "sync_csv_malformed": {
        "en": "{name} is not valid UTF-8 CSV ({detail}).",
        "ru": "{name} — некорректный CSV в UTF-8 ({detail}).",
        "ky": "{name} туура UTF-8 CSV эмес ({detail}).",
    },
    "sync_csv_header": {
        "en": "{name}: the columns are not the expected ones.",
        "ru": "{name}: столбцы не совпадают с ожидаемыми.",
        "ky": "{name}: мамычалар күтүлгөндөй эмес.",
    },
    "sync_csv_width": {
        "en": "{name} row {row}: wrong number of cells.",
        "ru": "{name}, строка {row}: неверное число ячеек.",
        "ky": "{name}, {row}-сап: уячалардын саны туура эмес.",
    },
    "sync_csv_cell": {
        "en": "{name} row {row}, column {column}: {problem}",
        "ru": "{name}, строка {row}, столбец {column}: {problem}",
        "ky": "{name}, {row}-сап, {column} мамычасы: {problem}",
    },
    "sync_cell_required": {
        "en": "empty, but required.",
        "ru": "пусто, но обязательно.",
        "ky": "бош, бирок милдеттүү.",
    },
    "sync_cell_formula": {
        "en": "begins with {char} without the neutralising quote (a spreadsheet formula?).",
        "ru": "начинается с {char} без защитного апострофа (формула электронной таблицы?).",
        "ky": "коргоочу апострофсуз {char} менен башталат (электрондук таблицанын формуласыбы?).",
    },
    "sync_cell_choice": {
        "en": "{value} is not one of: {choices}.",
        "ru": "{value} — не одно из значений: {choices}.",
        "ky": "{value} төмөнкүлөрдүн бири эмес: {choices}.",
    },
    "sync_cell_integer": {
        "en": "not a whole number: {value}",
        "ru": "не целое число: {value}",
        "ky": "бүтүн сан эмес: {value}",
    },
    "sync_cell_range": {
        "en": "out of range: {value}",
        "ru": "вне допустимых пределов: {value}",
        "ky": "уруксат берилген чектен тышкары: {value}",
    },
    "sync_cell_pattern": {
        "en": "bad format: {value}",
        "ru": "неверный формат: {value}",
        "ky": "туура эмес формат: {value}",
    },
    "sync_cell_date": {
        "en": "not a date (YYYY-MM-DD): {value}",
        "ru": "не дата (ГГГГ-ММ-ДД): {value}",
        "ky": "дата эмес (ЖЖЖЖ-АА-КК): {value}",
    },
    "sync_cell_datetime": {
        "en": "not a UTC time stamp: {value}",
        "ru": "не отметка времени UTC: {value}",
        "ky": "UTC убакыт белгиси эмес: {value}",
    },
    "sync_cell_time": {
        "en": "not a time (HH:MM): {value}",
        "ru": "не время (ЧЧ:ММ): {value}",
        "ky": "убакыт эмес (СС:ММ): {value}",
    },
    "sync_cell_array": {
        "en": "not a list of texts: {value}",
        "ru": "не список текстов: {value}",
        "ky": "тексттердин тизмеси эмес: {value}",
    },
    "sync_duplicate_uuid": {
        "en": "{name}: the record {uuid} appears twice.",
        "ru": "{name}: запись {uuid} встречается дважды.",
        "ky": "{name}: {uuid} жазуусу эки жолу кездешет.",
    },
    "sync_foreign_row": {
        "en": "{name} row {row}: the record belongs to station {other}, not {station}.",
        "ru": "{name}, строка {row}: запись принадлежит участку {other}, а не {station}.",
        "ky": "{name}, {row}-сап: жазуу {station} эмес, {other} участогуна таандык.",
    },
    "sync_counts_mismatch": {
        "en": "The record counts in package.json do not match the tables.",
        "ru": "Числа записей в package.json не совпадают с таблицами.",
        "ky": "package.json ичиндеги жазуулардын саны таблицаларга дал келбейт.",
    },
    "sync_report_mismatch": {
        "en": "The report of {month} does not match the month's signed hash.",
        "ru": "Отчёт за {month} не совпадает с подписанным хешем месяца.",
        "ky": "{month} айынын отчету айдын кол коюлган хешине дал келбейт.",
    },
    "sync_own_code": {
        "en": "{station} is the code of this district office itself, not of a station.",
        "ru": "{station} — код самого районного отдела, а не участка.",
        "ky": "{station} — участоктун эмес, ушул район бөлүмүнүн өзүнүн коду.",
    },
    "sync_key_changed": {
        "en": "Refused: station {station}'s key differs from the registered one (registered "
        "{old}, package {new}). If the station really has a new key, confirm it by phone and run: "
        "station-app register-station --code {station} --public-key KEY",
        "ru": "Отклонено: ключ участка {station} отличается от зарегистрированного "
        "(зарегистрирован {old}, в пакете {new}). Если у участка действительно новый ключ, "
        "подтвердите его по телефону и выполните: station-app register-station --code {station} "
        "--public-key KEY",
        "ky": "Четке кагылды: {station} участогунун ачкычы катталгандан башка (катталган {old}, "
        "пакетте {new}). Эгер участоктун чындап жаңы ачкычы болсо, аны телефон аркылуу тастыктап, "
        "муну аткарыңыз: station-app register-station --code {station} --public-key KEY",
    },
    "sync_replay": {
        "en": "Refused: package {seq} of {station} was already imported with different content (a "
        "replayed or reused sequence number; was the station restored from a backup?).",
        "ru": "Отклонено: пакет {seq} участка {station} уже импортирован с другим содержимым "
        "(повтор или повторно использованный номер; участок восстанавливали из резервной копии?).",
        "ky": "Четке кагылды: {station} участогунун {seq}-пакети башка мазмун менен мурун "
        "импорттолгон (кайталанган же кайра колдонулган номер; участок камдык көчүрмөдөн калыбына "
        "келтирилдиби?).",
    },
    "sync_missing_refs": {
        "en": "{table} {uuid} refers to {ref} ({column}), which the district has not received; "
        "import the earlier packages of {station} first, or ask for a full export.",
        "ru": "{table} {uuid} ссылается на {ref} ({column}), которого нет в районе; сначала "
        "импортируйте более ранние пакеты {station} или попросите полный экспорт.",
        "ky": "{table} {uuid} районго келе элек {ref} ({column}) жазуусуна шилтеме берет; алгач "
        "{station} участогунун мурунку пакеттерин импорттоңуз же толук экспорт сураңыз.",
    },
    "sync_record_other_station": {
        "en": "Refused: {table} {uuid} belongs to station {other}.",
        "ru": "Отклонено: {table} {uuid} принадлежит участку {other}.",
        "ky": "Четке кагылды: {table} {uuid} {other} участогуна таандык.",
    },
    "sync_db_rule": {
        "en": "Refused: the data breaks a rule of the database ({detail}).",
        "ru": "Отклонено: данные нарушают правило базы данных ({detail}).",
        "ky": "Четке кагылды: маалыматтар базанын эрежесин бузат ({detail}).",
    },
    "sync_already_imported": {
        "en": "already imported on {at}; nothing changed.",
        "ru": "уже импортирован {at}; ничего не изменено.",
        "ky": "{at} импорттолгон; эч нерсе өзгөргөн жок.",
    },
    "sync_registered_new": {
        "en": "New station {station} registered on its first import; key fingerprint "
        "{fingerprint}. Confirm it with the station by phone.",
        "ru": "Новый участок {station} зарегистрирован при первом импорте; отпечаток ключа "
        "{fingerprint}. Сверьте его с участком по телефону.",
        "ky": "Жаңы {station} участогу биринчи импортто катталды; ачкычтын изи {fingerprint}. Аны "
        "участок менен телефон аркылуу салыштырыңыз.",
    },
    "sync_not_registered_yet": {
        "en": "Station {station} is not registered yet: its key will be trusted on first import.",
        "ru": "Участок {station} ещё не зарегистрирован: его ключ будет принят при первом импорте.",
        "ky": "{station} участогу али катталган эмес: анын ачкычы биринчи импортто кабыл алынат.",
    },
    "sync_gap": {
        "en": "Packages not received from {station}: {missing}.",
        "ru": "Не получены пакеты участка {station}: {missing}.",
        "ky": "{station} участогунан келбеген пакеттер: {missing}.",
    },
    "sync_gap_uncovered": {
        "en": "Changes of {station} may be missing: ask the station for a full export "
        "(station-app export --full).",
        "ru": "Изменения участка {station} могут отсутствовать: попросите полный экспорт "
        "(station-app export --full).",
        "ky": "{station} участогунун өзгөртүүлөрү жетишпеши мүмкүн: толук экспорт сураңыз "
        "(station-app export --full).",
    },
    "sync_history_fork": {
        "en": "Package {seq} of {station} does not follow the package before it received here "
        "(was the station restored from a backup?).",
        "ru": "Пакет {seq} участка {station} не продолжает полученный ранее предыдущий пакет "
        "(участок восстанавливали из резервной копии?).",
        "ky": "{station} участогунун {seq}-пакети мурун алынган пакеттин уландысы эмес (участок "
        "камдык көчүрмөдөн калыбына келтирилдиби?).",
    },
    "sync_conflicts_kept": {
        "en": "{count} record(s) arrived with the same revision but different content; both "
        "versions are kept for review (station-app conflicts).",
        "ru": "{count} запис(ь/и) пришли с той же ревизией, но другим содержимым; обе версии "
        "сохранены для проверки (station-app conflicts).",
        "ky": "{count} жазуу ошол эле ревизия менен, бирок башка мазмун менен келди; эки версия "
        "тең текшерүү үчүн сакталды (station-app conflicts).",
    },
    "sync_dry_run": {
        "en": "Dry run: nothing was changed.",
        "ru": "Пробный запуск: ничего не изменено.",
        "ky": "Сыноо: эч нерсе өзгөргөн жок.",
    },
    "sync_bad_choice": {
        "en": "Choose 'current' or 'incoming', not {value}.",
        "ru": "Выберите 'current' или 'incoming', а не {value}.",
        "ky": "{value} эмес, 'current' же 'incoming' тандаңыз.",
    },
    "sync_conflict_not_found": {
        "en": "There is no conflict {id}.",
        "ru": "Конфликта {id} нет.",
        "ky": "{id} карама-каршылыгы жок.",
    },
    "sync_conflict_resolved": {
        "en": "Conflict {id} was already resolved on {at}.",
        "ru": "Конфликт {id} уже разрешён {at}.",
        "ky": "{id} карама-каршылыгы {at} чечилген.",
    },
    "sync_conflict_outdated": {
        "en": "The record of conflict {id} has changed since (a newer revision arrived); nothing "
        "to resolve.",
        "ru": "Запись конфликта {id} с тех пор изменилась (пришла более новая ревизия); разрешать "
        "нечего.",
        "ky": "{id} карама-каршылыгынын жазуусу андан бери өзгөрдү (жаңыраак ревизия келди); "
        "чечүүгө эч нерсе жок.",
    },
    "sync_unknown_station": {
        "en": "Station {station} is not registered here.",
        "ru": "Участок {station} здесь не зарегистрирован.",
        "ky": "{station} участогу бул жерде катталган эмес.",
    },
    "sync_month_not_received": {
        "en": "{station} {month}: the district has no closed month to approve.",
        "ru": "{station} {month}: в районе нет закрытого месяца для утверждения.",
        "ky": "{station} {month}: районго бекитүү үчүн жабылган ай келген жок.",
    },
    "sync_receipt_bad": {
        "en": "Not a valid receipt file ({detail}).",
        "ru": "Неверный файл квитанции ({detail}).",
        "ky": "Туура эмес квитанция файлы ({detail}).",
    },
    "sync_receipt_signature": {
        "en": "The receipt's signature does not match: it was altered or not signed by district "
        "{district}.",
        "ru": "Подпись квитанции не совпадает: она изменена или подписана не районом {district}.",
        "ky": "Квитанциянын кол тамгасы дал келбейт: ал өзгөртүлгөн же {district} району кол "
        "койгон эмес.",
    },
    "sync_receipt_other_station": {
        "en": "This receipt is for station {other}, not {station}.",
        "ru": "Эта квитанция для участка {other}, а не {station}.",
        "ky": "Бул квитанция {station} эмес, {other} участогу үчүн.",
    },
    "sync_district_key_changed": {
        "en": "Refused: district {district}'s key differs from the one trusted here (trusted "
        "{old}, receipt {new}). If the district really has a new key, confirm it by phone; the "
        "chief can then run apply-receipt with --accept-new-key.",
        "ru": "Отклонено: ключ района {district} отличается от принятого здесь (принят {old}, в "
        "квитанции {new}). Если у района действительно новый ключ, подтвердите его по телефону; "
        "затем начальник может выполнить apply-receipt с --accept-new-key.",
        "ky": "Четке кагылды: {district} районунун ачкычы бул жерде кабыл алынгандан башка (кабыл "
        "алынган {old}, квитанцияда {new}). Эгер райондун чындап жаңы ачкычы болсо, аны телефон "
        "аркылуу тастыктаңыз; андан кийин башчы apply-receipt буйругун --accept-new-key менен "
        "аткара алат.",
    },
    "sync_district_trusted": {
        "en": "District {district} trusted on its first receipt; key fingerprint {fingerprint}. "
        "Confirm it with the district by phone.",
        "ru": "Район {district} принят по первой квитанции; отпечаток ключа {fingerprint}. "
        "Сверьте его с районом по телефону.",
        "ky": "{district} району биринчи квитанция боюнча кабыл алынды; ачкычтын изи "
        "{fingerprint}. Аны район менен телефон аркылуу салыштырыңыз.",
    },
    "sync_receipt_already": {
        "en": "This receipt was already applied; nothing changed.",
        "ru": "Эта квитанция уже применена; ничего не изменено.",
        "ky": "Бул квитанция мурун колдонулган; эч нерсе өзгөргөн жок.",
    },
    "sync_receipt_unknown": {
        "en": "{count} package(s) in the receipt are unknown to this station database.",
        "ru": "{count} пакет(ов) из квитанции неизвестны базе этого участка.",
        "ky": "Квитанциядагы {count} пакет бул участоктун базасына белгисиз.",
    },
    # ------------------------------------------------------ one copy, damage, recovery
    "instance_locked": {
        "en": "Station App is already running with this data folder (process {pid}: {what}, "
        "since {since}). Use that window, or close it and try again.",
        "ru": "Station App уже запущена с этой папкой данных (процесс {pid}: {what}, с {since}). "
        "Работайте в том окне или закройте его и попробуйте снова.",
        "ky": "Station App бул маалымат папкасы менен мурунтан иштеп жатат (процесс {pid}: "
        "{what}, {since} бери). Ошол терезеде иштеңиз же аны жаап, кайра аракет кылыңыз.",
    },
    "db_truncated": {
        "en": "The station database is damaged: the file is shorter than it should be "
        "({size} of {expected} bytes), usually after a power cut while it was being written.",
        "ru": "База данных участка повреждена: файл короче, чем должен быть ({size} из "
        "{expected} байт); обычно так бывает после отключения питания во время записи.",
        "ky": "Участоктун маалымат базасы бузулган: файл болушу керектен кыска ({expected} "
        "байттын {size} байты); адатта бул жазуу учурунда жарык өчкөндөн кийин болот.",
    },
    "db_not_a_database": {
        "en": "The station database is damaged: the file cannot be read as a database at all.",
        "ru": "База данных участка повреждена: файл вообще не читается как база данных.",
        "ky": "Участоктун маалымат базасы бузулган: файлды маалымат базасы катары такыр "
        "окууга болбойт.",
    },
    "db_damaged_page": {
        "en": "The station database is damaged: part of the file cannot be read ({detail}).",
        "ru": "База данных участка повреждена: часть файла не читается ({detail}).",
        "ky": "Участоктун маалымат базасы бузулган: файлдын бир бөлүгү окулбайт ({detail}).",
    },
    "db_missing": {
        "en": "The station database file is missing, but there are backups of it.",
        "ru": "Файл базы данных участка отсутствует, но есть его резервные копии.",
        "ky": "Участоктун маалымат базасынын файлы жок, бирок анын камдык көчүрмөлөрү бар.",
    },
    "recover_not_damaged": {
        "en": "The database passed its check; nothing was changed. To go back to a backup, "
        "use restore.",
        "ru": "База данных прошла проверку; ничего не изменено. Чтобы вернуться к резервной "
        "копии, используйте восстановление (restore).",
        "ky": "Маалымат базасы текшерүүдөн өттү; эч нерсе өзгөргөн жок. Камдык көчүрмөгө "
        "кайтуу үчүн калыбына келтирүүнү (restore) колдонуңуз.",
    },
    "recover_no_backup": {
        "en": "No good backup was found in {folder}. The damaged database was left as it is; "
        "bring a backup (for example from a USB stick) or call your district IT.",
        "ru": "В {folder} не найдено исправной резервной копии. Повреждённая база оставлена "
        "как есть; принесите резервную копию (например, на флешке) или обратитесь к "
        "специалисту района.",
        "ky": "{folder} ичинде жарактуу камдык көчүрмө табылган жок. Бузулган база ошол "
        "бойдон калды; камдык көчүрмө алып келиңиз (мисалы, флешкада) же райондун "
        "адисине кайрылыңыз.",
    },
    "recover_backup_unusable": {
        "en": "The backup {file} cannot be used: {detail}",
        "ru": "Резервную копию {file} нельзя использовать: {detail}",
        "ky": "{file} камдык көчүрмөсүн колдонууга болбойт: {detail}",
    },
    "recover_done": {
        "en": "Restored the backup made on {made} ({complaints} complaints, {meetings} "
        "meetings, {activities} activities, {plans} plans). The damaged file was moved to "
        "{kept}; it is kept, not deleted.",
        "ru": "Восстановлена резервная копия от {made} (обращений: {complaints}, собраний: "
        "{meetings}, мероприятий: {activities}, планов: {plans}). Повреждённый файл перемещён "
        "в {kept}; он сохранён, а не удалён.",
        "ky": "{made} жасалган камдык көчүрмө калыбына келтирилди ({complaints} кайрылуу, "
        "{meetings} жыйын, {activities} иш-чара, {plans} план). Бузулган файл {kept} "
        "папкасына жылдырылды; ал өчүрүлгөн жок, сакталды.",
    },
}


@dataclass(frozen=True)
class Msg:
    """A translatable message: an id from :data:`CATALOG` plus its parameters."""

    id: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = DEFAULT_LANG) -> str:
        entry = CATALOG.get(self.id)
        if entry is None:
            return self.id
        template = entry.get(lang) or entry["en"]
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template

    def __str__(self) -> str:
        return self.render("en")


def msg(id_: str, **params: Any) -> Msg:
    if id_ not in CATALOG:
        raise KeyError(f"message id not in catalog: {id_}")
    return Msg(id_, params)
