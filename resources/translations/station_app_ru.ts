<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../station_app/gui/app.py" line="+125"/>
        <source>The station database is damaged.</source>
        <translation>База данных участка повреждена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or note what you are working on, close Station App and start it again: it will offer to restore the newest good backup.</source>
        <translation>Сохраните или запишите то, над чем работаете, закройте Station App и запустите её снова: она предложит восстановить последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Your saved records are safe.</source>
        <translation>Что-то пошло не так. Сохранённые записи в безопасности.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Station App is already open on this computer with the same data. Use the window that is open (look for it on the taskbar); a second copy could confuse your work.</source>
        <translation>Station App уже открыта на этом компьютере с теми же данными. Работайте в открытом окне (найдите его на панели задач); вторая копия может запутать работу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>Папку данных %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+50"/>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Station App</source>
        <translation>Station App</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/activity.py" line="+30"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> som</source>
        <translation> сом</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>— not part of a plan —</source>
        <translation>— не входит в план —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity %1 · %2</source>
        <translation>Мероприятие %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>ActivityEditorForm</name>
    <message>
        <location filename="../../forms/activity_editor.ui" line="+14"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pupils of grades 8–11, parents</source>
        <translation>например, ученики 8–11 классов, родители</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of them youth (under 30)</source>
        <translation>Из них молодёжь (до 30 лет)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funding source</source>
        <translation>Источник средств</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../station_app/gui/i18n.py" line="+34"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Your saved records are safe.</source>
        <translation>Что-то пошло не так. Сохранённые записи в безопасности.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station App</source>
        <translation>Station App</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../station_app/gui/auto_backup.py" line="+107"/>
        <source>The automatic backup failed: %1</source>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="+578"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up to folder / USB stick…</source>
        <translation>Копия в папку / на флешку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore selected…</source>
        <translation>Восстановить выбранную…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version</source>
        <translation>Версия данных</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only at start and exit</source>
        <translation>только при запуске и выходе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At start, at exit and every</source>
        <translation>При запуске, при выходе и каждые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups kept:</source>
        <translation>Хранить копий:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups are kept in %1; the newest %2 are kept, older ones are removed. An automatic backup is made only when something changed since the last one. Restoring replaces all the data with the backup&apos;s; a safety copy of the current data is made first.</source>
        <translation>Резервные копии хранятся в папке %1; хранятся %2 последних, более старые удаляются. Автоматическая копия создаётся, только если с прошлой копии что-то изменилось. Восстановление заменяет все данные данными копии; перед этим делается страховочная копия текущих данных.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+172"/>
        <source>Only the station chief or an administrator can restore.</source>
        <translation>Восстанавливать может только начальник участка или администратор.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backups yet. Press “Back up now”.</source>
        <translation>Резервных копий пока нет. Нажмите «Создать резервную копию».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>safety copy before a restore</source>
        <translation>страховочная копия перед восстановлением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Making a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up to folder / USB stick</source>
        <translation>Резервная копия в папку / на флешку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made and checked: %1</source>
        <translation>Резервная копия создана и проверена: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup in the list first.</source>
        <translation>Сначала выберите копию в списке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a file</source>
        <translation>Восстановление из файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station App backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии Station App (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup cannot be restored:
%1</source>
        <translation>Эту копию нельзя восстановить:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 complaints, %2 meetings, %3 activities, %4 plans</source>
        <translation>обращений: %1, собраний: %2, мероприятий: %3, планов: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup made on %1?
File: %5 (%6, data version %7).

The backup holds: %2.
The database now holds: %3.

All the data in the database will be replaced by the backup&apos;s: everything entered after the backup was made disappears from the window. The current database file is kept aside first, as a safety copy in %4.

Station App will close after the restore; start it again.</source>
        <translation>Восстановить резервную копию от %1?
Файл: %5 (%6, версия данных %7).

В копии: %2.
Сейчас в базе: %3.

Все данные в базе будут заменены данными копии: всё, что введено после создания копии, исчезнет из окна. Текущий файл базы сначала сохраняется отдельно, как страховочная копия в %4.

После восстановления Station App закроется; запустите её снова.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>made by a newer version of Station App (data version %1)</source>
        <translation>создана более новой версией Station App (версия данных %1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+27"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup has been restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data it replaced was saved as %1.</source>
        <translation>Заменённые данные сохранены в файле %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station App will now close. Start it again to continue.</source>
        <translation>Сейчас Station App закроется. Чтобы продолжить, запустите её снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore failed; the data was not changed: %1</source>
        <translation>Восстановить не удалось; данные не изменены: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../station_app/gui/pages/dashboard.py" line="+176"/>
        <source>no records</source>
        <translation>записей нет</translation>
    </message>
</context>
<context>
    <name>ComplaintEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/complaint.py" line="+133"/>
        <location line="+358"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the resident reports, in their words</source>
        <translation>Что сообщает житель, его словами</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the answer needs more time</source>
        <translation>Почему для ответа нужно больше времени</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended until</source>
        <translation>Продлён до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <location line="+72"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>— choose the meeting —</source>
        <translation>— выберите собрание —</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The details of a family-violence complaint are shown only to its assigned officer and the station chief.</source>
        <translation>Подробности обращения о семейном насилии видны только назначенному инспектору и начальнику участка.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New complaint</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint %1</source>
        <translation>Обращение %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save or discard your changes to the complaint first.</source>
        <translation>Сначала сохраните или отмените изменения в обращении.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New complaint · the answer will be due on %1.</source>
        <translation>Новое обращение · срок ответа — %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · closed on %3</source>
        <translation>%1 · %2 · закрыто %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>Просрочено на %n день (срок %1)</numerusform>
            <numerusform>Просрочено на %n дня (срок %1)</numerusform>
            <numerusform>Просрочено на %n дней (срок %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer due today (%1)</source>
        <translation>Срок ответа — сегодня (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answer due in %n day(s) (%1)</source>
        <translation>
            <numerusform>Срок ответа через %n день (%1)</numerusform>
            <numerusform>Срок ответа через %n дня (%1)</numerusform>
            <numerusform>Срок ответа через %n дней (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extended</source>
        <translation>продлено</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Referred to</source>
        <translation>Кому передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body or person the complaint is passed to (required)</source>
        <translation>Орган или лицо, которому передано обращение (обязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was decided or done (required)</source>
        <translation>Что решено или сделано (обязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the complaint is reopened (required)</source>
        <translation>Почему обращение открыто заново (обязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (optional)</source>
        <translation>Что сделано (необязательно)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reopened</source>
        <translation>Открыто заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer deadline extended</source>
        <translation>Срок ответа продлён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection order issued</source>
        <translation>Выдан охранный ордер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order extended</source>
        <translation>Охранный ордер продлён</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (extended from %2: %3)</source>
        <translation>%1 (продлён с %2: %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At the latest %1</source>
        <translation>Не позднее %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest extension is used.</source>
        <translation>Максимальное продление уже использовано.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ComplaintEditorForm</name>
    <message>
        <location filename="../../forms/complaint_editor.ui" line="+14"/>
        <location line="+6"/>
        <source>Complaint</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channel</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open meeting</source>
        <translation>Открыть собрание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the meeting where this complaint was raised</source>
        <translation>Открыть собрание, на котором поступило обращение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned officer</source>
        <translation>Ответственный инспектор</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous complaint (name and contact are not recorded)</source>
        <translation>Анонимное обращение (имя и контакты не записываются)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone or address</source>
        <translation>Телефон или адрес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status and deadline</source>
        <translation>Статус и срок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+158"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply status change</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer deadline</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extend until</source>
        <translation>Продлить до</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extend deadline</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <translation>Ход рассмотрения</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Protection orders</source>
        <translation>Охранные ордера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temporary protection orders issued on this family-violence complaint.</source>
        <translation>Временные охранные ордера, выданные по этому обращению о семейном насилии.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a protection order</source>
        <translation>Новый охранный ордер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add protection order</source>
        <translation>Добавить ордер</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../station_app/gui/pages/conflicts_view.py" line="+135"/>
        <source>These records arrived with the same revision as the district&apos;s copy but with different content. The district&apos;s copy is kept until you choose.</source>
        <translation>Эти записи пришли с той же ревизией, что и копия в районе, но с другим содержимым. Пока вы не выберете, остаётся копия района.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show resolved conflicts too</source>
        <translation>Показывать и разрешённые конфликты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Record id</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+73"/>
        <source>Revision</source>
        <translation>Ревизия</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the fields that differ</source>
        <translation>Только различающиеся поля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District version</source>
        <translation>Версия района</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming version</source>
        <translation>Пришедшая версия</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the district&apos;s version</source>
        <translation>Оставить версию района</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the incoming version</source>
        <translation>Принять пришедшую версию</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+63"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Prevention plan</source>
        <translation>План профилактики</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+58"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Meeting follow-up</source>
        <translation>Поручение собрания</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+86"/>
        <source>Complaint</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Complaint timeline entry</source>
        <translation>Запись хода рассмотрения обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order</source>
        <translation>Охранный ордер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Кем создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Kyrgyz)</source>
        <translation>Название (кыргызский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Russian)</source>
        <translation>Название (русский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>Название (английский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Кем утверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents who wrote it</source>
        <translation>Жителей участвовало в составлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the list</source>
        <translation>Место в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible partner</source>
        <translation>Ответственный партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (tyiyn)</source>
        <translation>Бюджет (тыйын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chaired by</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth (under 30)</source>
        <translation>Молодёжь (до 30 лет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues raised by residents</source>
        <translation>Вопросы, поднятые жителями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements and decisions</source>
        <translation>Договорённости и решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost (tyiyn)</source>
        <translation>Стоимость (тыйын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Источник средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration year</source>
        <translation>Год регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant code</source>
        <translation>Код заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s name</source>
        <translation>Ф. И. О. заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s sex</source>
        <translation>Пол заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s age group</source>
        <translation>Возрастная группа заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s settlement</source>
        <translation>Населённый пункт заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s contact</source>
        <translation>Контакт заявителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned officer</source>
        <translation>Ответственный инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Кому передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended until</source>
        <translation>Продлён до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the extension</source>
        <translation>Причина продления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the action</source>
        <translation>Дата действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status before</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status after</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report hash (SHA-256)</source>
        <translation>Хеш отчёта (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>Дата повторного открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening</source>
        <translation>Причина повторного открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed report</source>
        <translation>Подписанный отчёт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>District&apos;s version kept</source>
        <translation>Оставлена версия района</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming version taken</source>
        <translation>Принята пришедшая версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Не разрешён</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>(signed report PDF)</source>
        <translation>(подписанный отчёт, PDF)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conflict %1 resolved: the district&apos;s version is kept.</source>
        <translation>Конфликт %1 разрешён: оставлена версия района.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict %1 resolved: the incoming version is taken.</source>
        <translation>Конфликт %1 разрешён: принята пришедшая версия.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../station_app/gui/pages/dashboard.py" line="+138"/>
        <source>Complaints received</source>
        <translation>Поступило обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints resolved</source>
        <translation>Решено обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints overdue now</source>
        <translation>Просроченные обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held</source>
        <translation>Проведено собраний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevention activities</source>
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this month&apos;s complaints</source>
        <translation>Открыть обращения этого месяца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints closed as resolved this month, whenever they were received</source>
        <translation>Обращения, решённые в этом месяце, когда бы они ни поступили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the overdue complaints</source>
        <translation>Открыть просроченные обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this month&apos;s meetings</source>
        <translation>Открыть собрания этого месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this month&apos;s activities</source>
        <translation>Открыть мероприятия этого месяца</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts for</source>
        <translation>Диаграммы за</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar to open the matching list.</source>
        <translation>Щелчок по столбику открывает его список.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Dashboard — %1</source>
        <translation>Сводка — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>past the answer deadline</source>
        <translation>срок ответа истёк</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>this month (%1)</source>
        <translation>этот месяц (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the last 12 months (%1 – %2)</source>
        <translation>последние 12 месяцев (%1 – %2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The figures could not be read. Open the page again to retry.</source>
        <translation>Не удалось прочитать показатели. Откройте страницу ещё раз, чтобы повторить.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>in January %1</source>
        <translation>в январе %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in February %1</source>
        <translation>в феврале %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in March %1</source>
        <translation>в марте %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in April %1</source>
        <translation>в апреле %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in May %1</source>
        <translation>в мае %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in June %1</source>
        <translation>в июне %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in July %1</source>
        <translation>в июле %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in August %1</source>
        <translation>в августе %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in September %1</source>
        <translation>в сентябре %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in October %1</source>
        <translation>в октябре %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in November %1</source>
        <translation>в ноябре %1 г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in December %1</source>
        <translation>в декабре %1 г.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the last 12 months (%1 – %2)</source>
        <translation>за последние 12 месяцев (%1 – %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>men %1 · women %2</source>
        <translation>мужчин %1 · женщин %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Overdue (%1)</source>
        <translation>Просрочено (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue.</source>
        <translation>Просроченного нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints past the answer deadline: %1</source>
        <translation>Обращения с истёкшим сроком ответа: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open them all in the complaint list</source>
        <translation>открыть все в списке обращений</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting follow-ups not done: %1</source>
        <translation>Невыполненные поручения собраний: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the meetings they belong to</source>
        <translation>открыть соответствующие собрания</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Meeting of %1: %2</source>
        <translation>Собрание %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Plan items past their deadline: %1</source>
        <translation>Просроченные пункты плана: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the prevention plan</source>
        <translation>открыть план профилактики</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>due %1, %n day(s) late</source>
        <translation>
            <numerusform>срок %1, просрочено на %n день</numerusform>
            <numerusform>срок %1, просрочено на %n дня</numerusform>
            <numerusform>срок %1, просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due in the next 7 days (%1)</source>
        <translation>Сроки в ближайшие 7 дней (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing falls due in the next 7 days.</source>
        <translation>В ближайшие 7 дней сроков нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answer due</source>
        <translation>срок ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection order ends</source>
        <translation>истекает охранный ордер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up due</source>
        <translation>срок поручения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plan deadline</source>
        <translation>срок по плану</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, today</source>
        <translation>%1, сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, tomorrow</source>
        <translation>%1, завтра</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, через %n день</numerusform>
            <numerusform>%1, через %n дня</numerusform>
            <numerusform>%1, через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Complaints by category</source>
        <translation>Обращения по категориям</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>received %1</source>
        <translation>поступившие %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Complaints</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Complaints by status (as of today)</source>
        <translation>Обращения по статусу (на сегодня)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities by theme</source>
        <translation>Мероприятия по темам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held %1 (an activity may have several themes)</source>
        <translation>проведённые %1 (у мероприятия может быть несколько тем)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>People attending, by sex</source>
        <translation>Участники по полу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings and activities held %1</source>
        <translation>собрания и мероприятия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="-829"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working days (Monday–Friday, without public holidays)</source>
        <translation>рабочие дни (понедельник–пятница, без праздничных дней)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days after receipt</source>
        <translation> дн. со дня поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer period:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in:</source>
        <translation>Как считать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest extension:</source>
        <translation>Максимальное продление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline for answering a complaint</source>
        <translation>Срок ответа на обращение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is due on the date the complaint was received plus the answer period. An extension, with its reason, may move the deadline up to the date received plus the longest extension. Changes apply to complaints registered from now on; deadlines already set stay as they are.</source>
        <translation>Срок ответа — дата поступления обращения плюс срок ответа. Продление (с указанием причины) может перенести срок не далее даты поступления плюс максимальное продление. Изменения применяются к обращениям, зарегистрированным с этого момента; уже установленные сроки не меняются.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the station chief or an administrator can change the deadlines.</source>
        <translation>Сроки может изменить только начальник участка или администратор.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The longest extension (%1 days) must reach beyond the answer period (at least %2 days).</source>
        <translation>Максимальное продление (%1 дн.) должно превышать срок ответа (не менее %2 дн.).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New complaints get the new deadlines.</source>
        <translation>Сохранено. Новые обращения получат новые сроки.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../station_app/gui/editors/base.py" line="+222"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written to.</source>
        <translation>Файл базы данных недоступен для записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy.</source>
        <translation>База данных занята.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change.</source>
        <translation>База данных отклонила изменение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved; your entry is still here. Free some space or call the person who looks after this computer, then press Save again.</source>
        <translation>Ничего не сохранено; введённые данные остались на месте. Освободите место на диске или позовите того, кто обслуживает этот компьютер, и снова нажмите «Сохранить».</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="+316"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this language</source>
        <translation>Выбрать этот язык</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language is saved for the whole station: the login screen and the next sessions start in it.</source>
        <translation>Язык сохраняется для всего участка: на нём открываются экран входа и следующие сеансы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your choice applies until you log out. Only the station chief can change the station&apos;s language (the one the login screen uses).</source>
        <translation>Ваш выбор действует до выхода из программы. Язык участка (язык экрана входа) может изменить только начальник участка.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../station_app/gui/pages/list_page.py" line="+84"/>
        <source>New (Ctrl+N)</source>
        <translation>Создать (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Search (Ctrl+F)…</source>
        <translation>Поиск (Ctrl+F)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+85"/>
        <source>All settlements</source>
        <translation>Все нас. пункты</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../station_app/gui/pages/lists.py" line="+15"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restricted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <location line="+44"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Channel</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Присутствовало</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open follow-ups</source>
        <translation>Невыполненные поручения</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation>Все способы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings</source>
        <translation>Собрания</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../station_app/gui/lock_screen.py" line="+38"/>
        <source>Station App is locked</source>
        <translation>Station App заблокирована</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Locked after a period without use. Log in to continue.</source>
        <translation>Программа заблокирована после перерыва в работе. Войдите, чтобы продолжить.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsaved draft(s) are kept for the user who wrote them.</source>
        <translation>
            <numerusform>Несохранённых черновиков: %n. Они сохранены для тех, кто их написал.</numerusform>
            <numerusform>Несохранённых черновиков: %n. Они сохранены для тех, кто их написал.</numerusform>
            <numerusform>Несохранённых черновиков: %n. Они сохранены для тех, кто их написал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../station_app/gui/login.py" line="+28"/>
        <source>Station App — log in</source>
        <translation>Station App — вход</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station_app/gui/main_window.py" line="+171"/>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n record(s) have unsaved changes: save or discard them first.</source>
        <translation>
            <numerusform>В %n записи есть несохранённые изменения: сначала сохраните или отмените их.</numerusform>
            <numerusform>В %n записях есть несохранённые изменения: сначала сохраните или отмените их.</numerusform>
            <numerusform>В %n записях есть несохранённые изменения: сначала сохраните или отмените их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Station App — %1 %2</source>
        <translation>Station App — %1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+53"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <source>Prevention plan</source>
        <translation>План профилактики</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export / Sync</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Last import: %1</source>
        <translation>Последний импорт: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last export: %1</source>
        <translation>Последний экспорт: %1</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/meeting.py" line="+103"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. school No. 3, assembly hall</source>
        <translation>например, школа № 3, актовый зал</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New meeting</source>
        <translation>Новое собрание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting %1 · %2</source>
        <translation>Собрание %1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible partner</source>
        <translation>Ответственный партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Follow-up actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Follow-up action, row %1</source>
        <translation>Поручение, строка %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Присутствовало</translation>
    </message>
</context>
<context>
    <name>MeetingEditorForm</name>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of meeting</source>
        <translation>Вид собрания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chaired by</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attendance</source>
        <translation>Присутствовало</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of them youth (under 30)</source>
        <translation>Из них молодёжь (до 30 лет)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topics discussed</source>
        <translation>Обсуждавшиеся темы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners present</source>
        <translation>Присутствовавшие партнёры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issues and decisions</source>
        <translation>Вопросы и решения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issues raised by residents</source>
        <translation>Вопросы, поднятые жителями</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreements and decisions</source>
        <translation>Договорённости и решения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up actions</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed to be done after the meeting, by whom and by when. Enter the done date when an action is completed.</source>
        <translation>Что решено сделать после собрания, кем и к какому сроку. Когда поручение выполнено, укажите дату выполнения.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add action</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove action</source>
        <translation>Удалить поручение</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/plan.py" line="+108"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> som</source>
        <translation> сом</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New prevention plan</source>
        <translation>Новый план профилактики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevention plan %1–%2: %3</source>
        <translation>План профилактики %1–%2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not saved yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no activities yet</source>
        <translation>мероприятий пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 activities, %2 participants</source>
        <translation>мероприятий: %1, участников: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1</source>
        <translation>цель: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(new item)</source>
        <translation>(новый пункт)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+42"/>
        <source>Item %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Selected item</source>
        <translation>Выбранный пункт</translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <location filename="../../forms/plan_editor.ui" line="+14"/>
        <location line="+6"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period from (year)</source>
        <translation>Период с (год)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Period to (year)</source>
        <translation>Период по (год)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by the council on</source>
        <translation>Дата утверждения кенешем</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by</source>
        <translation>Кем утверждён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. session of the local council</source>
        <translation>например, сессия местного кенеша</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents who wrote it</source>
        <translation>Жителей участвовало в составлении</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected item</source>
        <translation>Выбранный пункт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible partner</source>
        <translation>Ответственный партнёр</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../station_app/gui/pages/plans_page.py" line="+74"/>
        <source>Local crime prevention plans</source>
        <translation>Местные планы профилактики правонарушений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue items</source>
        <translation>Просроченные пункты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline / status</source>
        <translation>Срок / статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (indicator)</source>
        <translation>Цель (индикатор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress counts the activities recorded against each item (Activities → plan item). Items past their deadline that are not done are marked “overdue”.</source>
        <translation>Выполнение считается по мероприятиям, записанным по каждому пункту (Мероприятия → пункт плана). Невыполненные пункты с истёкшим сроком отмечены как «просрочено».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No plan yet. Press “New plan” to enter the station&apos;s plan.</source>
        <translation>Плана пока нет. Нажмите «Новый план», чтобы ввести план участка.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items of “%1” (%2)</source>
        <translation>Пункты плана «%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — overdue</source>
        <translation>%1 — просрочено</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last on %1</source>
        <translation>последнее %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1</source>
        <translation>Цель: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/base.py" line="+53"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>В записи есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../station_app/gui/editors/meeting.py" line="-221"/>
        <source>Youth (%1) cannot be more than the total (%2).</source>
        <translation>Молодёжи (%1) не может быть больше, чем всего (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total: %1 (men and women); youth are counted within it.</source>
        <translation>Всего: %1 (мужчины и женщины); молодёжь входит в это число.</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <location filename="../../station_app/gui/recovery.py" line="+52"/>
        <source>Station App — the database needs repair</source>
        <translation>Station App — базу данных нужно восстановить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The station database is missing</source>
        <translation>База данных участка отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station database is damaged</source>
        <translation>База данных участка повреждена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing has been deleted. Station App can move the damaged file aside (it is kept, not deleted) and put the newest good backup in its place.</source>
        <translation>Ничего не удалено. Station App может переместить повреждённый файл в сторону (он сохраняется, а не удаляется) и поставить на его место последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use another backup file…</source>
        <translation>Взять другой файл копии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Station App</source>
        <translation>Закрыть Station App</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details for an IT specialist: %1</source>
        <translation>Подробности для IT-специалиста: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database file is shorter than it should be. This usually happens when the power goes off while the computer is saving.</source>
        <translation>Файл базы данных короче, чем должен быть. Обычно так бывает, когда питание отключается во время сохранения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be read at all.</source>
        <translation>Файл базы данных вообще не читается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is not in its folder (%1), but there are backups of it.</source>
        <translation>Файла базы данных нет в его папке (%1), но есть его резервные копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the database file cannot be read (a damaged page). This usually happens after a power cut or when the disk is failing.</source>
        <translation>Часть файла базы данных не читается (повреждённая страница). Обычно так бывает после отключения питания или когда диск выходит из строя.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking for a good backup…</source>
        <translation>Поиск исправной резервной копии…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No good backup was found in %1. Bring a backup on a USB stick (“Use another backup file…”) or call your district IT. The damaged file has not been changed.</source>
        <translation>В %1 не найдено исправной резервной копии. Принесите копию на флешке («Взять другой файл копии…») или обратитесь к IT-специалисту района. Повреждённый файл не изменён.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Newest good backup: made on %1, %2, data version %3. It holds %4 complaints, %5 meetings, %6 activities and %7 plans.</source>
        <translation>Последняя исправная резервная копия: создана %1, %2, версия данных %3. В ней обращений: %4, собраний: %5, мероприятий: %6, планов: %7.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anything entered after that time is not in it; the damaged file is kept so that an IT specialist may try to rescue it.</source>
        <translation>Того, что введено позже, в ней нет; повреждённый файл сохраняется, чтобы IT-специалист мог попытаться это спасти.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station App backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии Station App (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be restored by this version of Station App.</source>
        <translation>Этот файл не может быть восстановлен этой версией Station App.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup has been restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was moved to %1; it is kept, not deleted.</source>
        <translation>Повреждённый файл перемещён в %1; он сохранён, а не удалён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Continue to log in.</source>
        <translation>Нажмите «Продолжить», чтобы войти.</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="-312"/>
        <source>Settlements served</source>
        <translation>Обслуживаемые населённые пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint categories</source>
        <translation>Категории обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How complaints arrive</source>
        <translation>Способы поступления обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of meeting</source>
        <translation>Виды собраний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of activity</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of partner</source>
        <translation>Виды партнёров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of settlement</source>
        <translation>Виды населённых пунктов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding sources</source>
        <translation>Источники средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age groups</source>
        <translation>Возрастные группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint statuses</source>
        <translation>Статусы обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item statuses</source>
        <translation>Статусы пунктов плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User roles</source>
        <translation>Роли пользователей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List:</source>
        <translation>Справочник:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. cattle_theft</source>
        <translation>например, cattle_theft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Кыргызча:</source>
        <translation>Кыргызча:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Русский:</source>
        <translation>Русский:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English:</source>
        <translation>English:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population:</source>
        <translation>Население:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the station chief or an administrator can change the reference lists.</source>
        <translation>Справочники может изменять только начальник участка или администратор.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The codes of this list are built into Station App: their names can be corrected, but no codes can be added.</source>
        <translation>Коды этого списка встроены в Station App: названия можно исправить, но добавить коды нельзя.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Кыргызча</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Русский</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+79"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+64"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Edit the selected entry</source>
        <translation>Изменение выбранной записи</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an entry to correct its names</source>
        <translation>Выберите запись, чтобы исправить названия</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose an entry first.</source>
        <translation>Сначала выберите запись.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../station_app/gui/pages/reports_page.py" line="+79"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District office: the report puts the stations side by side, from the packages imported so far.</source>
        <translation>Районный отдел: в отчёте участки сведены рядом, по пакетам, загруженным на данный момент.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make report</source>
        <translation>Сформировать отчёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Q%1</source>
        <translation>%1 квартал</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month is closed: this is the report signed at closing.</source>
        <translation>Месяц закрыт: это отчёт, подписанный при закрытии.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report could not be made: %1</source>
        <translation>Не удалось сформировать отчёт: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the report…</source>
        <translation>Формируется отчёт…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer is not ready.</source>
        <translation>Принтер не готов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Month close</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close and sign the month…</source>
        <translation>Закрыть и подписать месяц…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for reopening</source>
        <translation>Причина повторного открытия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the month</source>
        <translation>Открыть месяц заново</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Months are closed one at a time.</source>
        <translation>Месяцы закрываются по одному.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed: signed by %1 on %2. Its records are read-only.</source>
        <translation>Закрыт: подписал(а) %1, %2. Записи месяца доступны только для чтения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened on %1: %2</source>
        <translation>Открыт заново %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open: records of this month can be changed.</source>
        <translation>Открыт: записи этого месяца можно изменять.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the station chief closes or reopens a month.</source>
        <translation>Закрывает и открывает месяц заново только начальник участка.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the month</source>
        <translation>Закрытие месяца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign %1 as %2? Its report is stored as final and its records become read-only until the month is reopened.</source>
        <translation>Подписать месяц %1 (подписывает: %2)? Его отчёт сохраняется как окончательный, а записи нельзя изменить, пока месяц не откроют заново.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="+508"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../station_app/gui/setup_wizard.py" line="+31"/>
        <source>Station App — first start</source>
        <translation>Station App — первый запуск</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station this computer serves. The code starts every complaint number, e.g. NKT-2026-0001.</source>
        <translation>Участок, который обслуживает этот компьютер. С кода начинается номер каждого обращения, например NKT-2026-0001.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station code (2–5 Latin capitals)</source>
        <translation>Код участка (2–5 заглавных латинских букв)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Station name</source>
        <translation>Название участка</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+113"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+111"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+109"/>
        <source>Province</source>
        <translation>Область</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Settlements served</source>
        <translation>Обслуживаемые населённые пункты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Villages and settlements of the station&apos;s area, with their names in Kyrgyz, Russian and English. More can be added later in Settings.</source>
        <translation>Сёла и населённые пункты участка с названиями на кыргызском, русском и английском. Другие можно добавить позже в настройках.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add settlement</source>
        <translation>Добавить населённый пункт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station chief</source>
        <translation>Начальник участка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user is the station chief, who adds the other users later.</source>
        <translation>Первый пользователь — начальник участка; остальных пользователей он добавит позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Password (8 characters or more)</source>
        <translation>Пароль (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Station code</source>
        <translation>Код участка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../station_app/gui/pages/sync_page.py" line="+96"/>
        <source>Export / Sync</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Packages written</source>
        <translation>Записанные пакеты</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="-356"/>
        <location line="+354"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by the district</source>
        <translation>Получен районом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export for the district office</source>
        <translation>Экспорт для районного отдела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder or USB stick to write the package to:</source>
        <translation>Папка или флешка, куда записать пакет:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Выберите папку или флешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full export: every record, not only the changes</source>
        <translation>Полный экспорт: все записи, а не только изменения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default the package carries what changed since the last package the district acknowledged. Ask for a full export when the district says so.</source>
        <translation>Обычно пакет содержит то, что изменилось после последнего пакета, подтверждённого районом. Полный экспорт делайте, когда об этом просит район.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include personal data: complainants&apos; names, contacts, descriptions</source>
        <translation>Включить персональные данные: Ф. И. О. заявителей, контакты, описания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the station chief can include personal data.</source>
        <translation>Включить персональные данные может только начальник участка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the package</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt from the district office</source>
        <translation>Квитанция районного отдела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The district&apos;s receipt says which packages arrived and which months it approved; the next package then carries only what changed since.</source>
        <translation>Квитанция района сообщает, какие пакеты получены и какие месяцы утверждены; следующий пакет будет содержать только изменения после них.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply receipt…</source>
        <translation>Применить квитанцию…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the package…</source>
        <translation>Пакет записывается…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full</source>
        <translation>полный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes since package %1</source>
        <translation>изменения после пакета %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: %1 (%2)</source>
        <translation>Записан: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package %1 (%2): %3 records.</source>
        <translation>Пакет %1 (%2): записей: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed monthly reports: %1</source>
        <translation>Подписанные месячные отчёты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+556"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Personal data INCLUDED: keep the stick safe.</source>
        <translation>Персональные данные ВКЛЮЧЕНЫ: храните флешку надёжно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data left out (complainants appear as codes).</source>
        <translation>Персональные данные не включены (заявители указаны кодами).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written: %1</source>
        <translation>Не записан: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The district&apos;s receipt</source>
        <translation>Квитанция района</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts (*%1)</source>
        <translation>Квитанции (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The district&apos;s key has changed</source>
        <translation>Ключ района изменился</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust the new key? Do so only after a phone call.</source>
        <translation>Доверять новому ключу? Делайте это только после проверки по телефону.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none new</source>
        <translation>новых нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt from %1: packages acknowledged: %2.</source>
        <translation>Квитанция от %1: подтверждены пакеты: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months approved: %1.</source>
        <translation>Утверждены месяцы: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since %1</source>
        <translation>Изменения после %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Included</source>
        <translation>Включены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out</source>
        <translation>Не включены</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Months approved by the district: %1</source>
        <translation>Месяцы, утверждённые районом: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No month has been approved by the district yet.</source>
        <translation>Район пока не утвердил ни одного месяца.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import packages</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <location line="+380"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the packages on the stick. Each is checked first (a dry run changes nothing); then press Import.</source>
        <translation>Выберите пакеты на флешке. Сначала каждый проверяется (пробный запуск ничего не меняет); затем нажмите «Импортировать».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose packages…</source>
        <translation>Выбрать пакеты…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the station&apos;s key…</source>
        <translation>Зарегистрировать ключ участка…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <translation>Устаревшие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at the station</source>
        <translation>Записан на участке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing packages</source>
        <translation>Недостающие пакеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation>Неразрешённые конфликты</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt for the selected station</source>
        <translation>Квитанция для выбранного участка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve closed months:</source>
        <translation>Утвердить закрытые месяцы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write receipt…</source>
        <translation>Записать квитанцию…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packages from the stations</source>
        <translation>Пакеты участков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.stpkg)</source>
        <translation>Пакеты (*.stpkg)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checking the packages…</source>
        <translation>Пакеты проверяются…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packages ready to import: %1; refused: %2. Press Import to import them.</source>
        <translation>Пакетов готово к импорту: %1; отклонено: %2. Нажмите «Импортировать», чтобы импортировать их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages ready to import: %1; refused: %2.</source>
        <translation>Пакетов готово к импорту: %1; отклонено: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages imported: %1; refused: %2.</source>
        <translation>Импортировано пакетов: %1; отклонено: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to import</source>
        <translation>Готов к импорту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New station %1: its key (fingerprint %2) will be trusted on import. Check the fingerprint with the station by phone.</source>
        <translation>Новый участок %1: его ключ (отпечаток %2) будет принят при импорте. Сверьте отпечаток с участком по телефону.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts kept for review: %1 (see the Conflicts tab).</source>
        <translation>Конфликтов сохранено для проверки: %1 (см. вкладку «Конфликты»).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Register station %1 (%2) with this key fingerprint?</source>
        <translation>Зарегистрировать участок %1 (%2) с этим отпечатком ключа?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call the station first and compare the fingerprint digit by digit: whoever holds this key can send packages in the station&apos;s name.</source>
        <translation>Сначала позвоните на участок и сверьте отпечаток знак за знаком: владелец этого ключа может присылать пакеты от имени участка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the station&apos;s key</source>
        <translation>Регистрация ключа участка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station %1 registered; key fingerprint %2.</source>
        <translation>Участок %1 зарегистрирован; отпечаток ключа %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no key: the next package is trusted)</source>
        <translation>(ключа нет: следующий пакет будет принят)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a station first.</source>
        <translation>Сначала выберите участок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the receipt</source>
        <translation>Куда записать квитанцию</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt written: %1 (packages: %2; months approved: %3).</source>
        <translation>Квитанция записана: %1 (пакетов: %2; утверждены месяцы: %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../station_app/gui/pages/users_tab.py" line="+49"/>
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more)</source>
        <translation>Новый пароль (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password</source>
        <translation>Сменить мой пароль</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Users of this station</source>
        <translation>Пользователи участка</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected user&apos;s password</source>
        <translation>Задать пароль выбранного пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate / reactivate</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the station chief adds users and resets passwords.</source>
        <translation>Добавлять пользователей и сбрасывать пароли может только начальник участка.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User added.</source>
        <translation>Пользователь добавлен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Choose a user in the table first.</source>
        <translation>Сначала выберите пользователя в таблице.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The password was set.</source>
        <translation>Пароль задан.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user was reactivated.</source>
        <translation>Пользователь снова включён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user was deactivated.</source>
        <translation>Пользователь отключён.</translation>
    </message>
</context>
</TS>
