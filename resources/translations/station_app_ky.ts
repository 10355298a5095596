<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../station_app/gui/app.py" line="+125"/>
        <source>The station database is damaged.</source>
        <translation>Участоктун маалымат базасы бузулган.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or note what you are working on, close Station App and start it again: it will offer to restore the newest good backup.</source>
        <translation>Азыр иштеп жаткан нерсеңизди сактаңыз же жазып алыңыз, Station App&apos;ты жаап, кайра ачыңыз: ал эң акыркы жарактуу камдык көчүрмөнү калыбына келтирүүнү сунуштайт.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unexpected error</source>
        <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Your saved records are safe.</source>
        <translation>Бир нерсе туура эмес болду. Сакталган жазууларыңыз коопсуз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Station App is already open on this computer with the same data. Use the window that is open (look for it on the taskbar); a second copy could confuse your work.</source>
        <translation>Station App бул компьютерде ушул эле маалыматтар менен мурунтан ачык турат. Ачык турган терезени колдонуңуз (аны тапшырмалар панелинен издеңиз); экинчи нуска ишиңизди чаташтырышы мүмкүн.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>%1 маалымат папкасын колдонууга болбойт: %2</translation>
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
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>— not given —</source>
        <translation>— көрсөтүлгөн эмес —</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> som</source>
        <translation> сом</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>— not part of a plan —</source>
        <translation>— планга кирбейт —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New activity</source>
        <translation>Жаңы иш-чара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity %1 · %2</source>
        <translation>Иш-чара %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
</context>
<context>
    <name>ActivityEditorForm</name>
    <message>
        <location filename="../../forms/activity_editor.ui" line="+14"/>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target group</source>
        <translation>Максаттуу топ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pupils of grades 8–11, parents</source>
        <translation>мисалы, 8–11-класстардын окуучулары, ата-энелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan item</source>
        <translation>Пландын пункту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of them youth (under 30)</source>
        <translation>Анын ичинде жаштар (30 жашка чейин)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cost</source>
        <translation>Чыгымы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funding source</source>
        <translation>Каржылоо булагы</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Themes</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../station_app/gui/i18n.py" line="+34"/>
        <source>Unexpected error</source>
        <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Your saved records are safe.</source>
        <translation>Бир нерсе туура эмес болду. Сакталган жазууларыңыз коопсуз.</translation>
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
        <translation>Автоматтык камдык көчүрмө жасалган жок: %1</translation>
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
        <translation>Азыр камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up to folder / USB stick…</source>
        <translation>Папкага / флешкага көчүрүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore selected…</source>
        <translation>Тандалганды калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a file…</source>
        <translation>Файлдан калыбына келтирүү…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Made</source>
        <translation>Жасалган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Жыйындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Пландар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version</source>
        <translation>Маалыматтардын версиясы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automatic backups</source>
        <translation>Автоматтык камдык көчүрмөлөр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only at start and exit</source>
        <translation>ачканда жана жабганда гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> саат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At start, at exit and every</source>
        <translation>Ачканда, жабганда жана ар бир</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups kept:</source>
        <translation>Сакталуучу көчүрмөлөр:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups are kept in %1; the newest %2 are kept, older ones are removed. An automatic backup is made only when something changed since the last one. Restoring replaces all the data with the backup&apos;s; a safety copy of the current data is made first.</source>
        <translation>Камдык көчүрмөлөр %1 папкасында сакталат; эң акыркы %2 көчүрмө сакталып, эскилери өчүрүлөт. Автоматтык камдык көчүрмө акыркысынан бери бир нерсе өзгөргөндө гана жасалат. Калыбына келтирүү бардык маалыматтарды көчүрмөдөгүлөр менен алмаштырат; ага чейин учурдагы маалыматтардын коопсуздук көчүрмөсү жасалат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+172"/>
        <source>Only the station chief or an administrator can restore.</source>
        <translation>Калыбына келтирүүнү участоктун башчысы же администратор гана жасай алат.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>OK</source>
        <translation>Жарактуу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No backups yet. Press “Back up now”.</source>
        <translation>Камдык көчүрмөлөр азырынча жок. «Азыр камдык көчүрмө жасоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>safety copy before a restore</source>
        <translation>калыбына келтирүүнүн алдындагы коопсуздук көчүрмөсү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade</source>
        <translation>жаңыртуунун алдында</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Making a backup…</source>
        <translation>Камдык көчүрмө жасалууда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up to folder / USB stick</source>
        <translation>Камдык көчүрмөнү папкага / флешкага сактоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made and checked: %1</source>
        <translation>Камдык көчүрмө жасалып, текшерилди: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup failed: %1</source>
        <translation>Камдык көчүрмө жасалган жок: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup in the list first.</source>
        <translation>Адегенде тизмеден көчүрмөнү тандаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a file</source>
        <translation>Файлдан калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station App backups (*.sqlite3);;All files (*)</source>
        <translation>Station App камдык көчүрмөлөрү (*.sqlite3);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup cannot be restored:
%1</source>
        <translation>Бул көчүрмөнү калыбына келтирүүгө болбойт:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 complaints, %2 meetings, %3 activities, %4 plans</source>
        <translation>%1 кайрылуу, %2 жыйын, %3 иш-чара, %4 план</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup made on %1?
File: %5 (%6, data version %7).

The backup holds: %2.
The database now holds: %3.

All the data in the database will be replaced by the backup&apos;s: everything entered after the backup was made disappears from the window. The current database file is kept aside first, as a safety copy in %4.

Station App will close after the restore; start it again.</source>
        <translation>Камдык көчүрмөнү калыбына келтиресизби (жасалган убактысы: %1)?
Файл: %5 (%6, маалыматтардын версиясы %7).

Көчүрмөдө: %2.
Азыр базада: %3.

Базадагы бардык маалыматтар көчүрмөдөгүлөр менен алмаштырылат: көчүрмө жасалгандан кийин киргизилгендердин баары терезеден жоголот. Учурдагы база файлы адегенде коопсуздук көчүрмөсү катары %4 папкасына өзүнчө сакталат.

Калыбына келтирилгенден кийин Station App жабылат; аны кайра ачыңыз.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>made by a newer version of Station App (data version %1)</source>
        <translation>Station App&apos;тын жаңыраак версиясында жасалган (маалыматтардын версиясы %1)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+27"/>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>Камдык көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Restoring…</source>
        <translation>Калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup has been restored.</source>
        <translation>Камдык көчүрмө калыбына келтирилди.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data it replaced was saved as %1.</source>
        <translation>Алмаштырылган маалыматтар %1 файлына сакталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station App will now close. Start it again to continue.</source>
        <translation>Station App азыр жабылат. Улантуу үчүн аны кайра ачыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore failed; the data was not changed: %1</source>
        <translation>Калыбына келтирүү ишке ашкан жок; маалыматтар өзгөргөн жок: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../station_app/gui/pages/dashboard.py" line="+176"/>
        <source>no records</source>
        <translation>жазуулар жок</translation>
    </message>
</context>
<context>
    <name>ComplaintEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/complaint.py" line="+133"/>
        <location line="+358"/>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>— not given —</source>
        <translation>— көрсөтүлгөн эмес —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the resident reports, in their words</source>
        <translation>Тургундун билдиргени, өз сөзү менен</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Эмне болду</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the answer needs more time</source>
        <translation>Жоопко эмне үчүн көбүрөөк убакыт керек</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued on</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Бүтүү күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended until</source>
        <translation>Узартылган мөөнөт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Күчүндө</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+277"/>
        <location line="+72"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>— choose the meeting —</source>
        <translation>— жыйынды тандаңыз —</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The details of a family-violence complaint are shown only to its assigned officer and the station chief.</source>
        <translation>Үй-бүлөлүк зомбулук боюнча кайрылуунун чоо-жайы дайындалган инспекторго жана участоктун башчысына гана көрүнөт.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New complaint</source>
        <translation>Жаңы кайрылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint %1</source>
        <translation>Кайрылуу %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>Арыз ээси</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Save or discard your changes to the complaint first.</source>
        <translation>Адегенде кайрылуудагы өзгөртүүлөрдү сактаңыз же жокко чыгарыңыз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New complaint · the answer will be due on %1.</source>
        <translation>Жаңы кайрылуу · жооп берүү мөөнөтү — %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · closed on %3</source>
        <translation>%1 · %2 · жабылган күнү %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>Мөөнөтүнөн %n күн өттү (мөөнөтү %1)</numerusform>
            <numerusform>Мөөнөтүнөн %n күн өттү (мөөнөтү %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer due today (%1)</source>
        <translation>Жооп берүү мөөнөтү — бүгүн (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answer due in %n day(s) (%1)</source>
        <translation>
            <numerusform>Жооп берүү мөөнөтүнө %n күн калды (%1)</numerusform>
            <numerusform>Жооп берүү мөөнөтүнө %n күн калды (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extended</source>
        <translation>узартылган</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Referred to</source>
        <translation>Кимге берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body or person the complaint is passed to (required)</source>
        <translation>Кайрылуу өткөрүлүп берилген орган же адам (милдеттүү)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was decided or done (required)</source>
        <translation>Эмне чечилди же жасалды (милдеттүү)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the complaint is reopened (required)</source>
        <translation>Кайрылуу эмне үчүн кайра ачылды (милдеттүү)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done (optional)</source>
        <translation>Эмне жасалды (милдеттүү эмес)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reopened</source>
        <translation>Кайра ачылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer deadline extended</source>
        <translation>Жооп берүү мөөнөтү узартылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection order issued</source>
        <translation>Коргоо ордери берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order extended</source>
        <translation>Коргоо ордери узартылды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (extended from %2: %3)</source>
        <translation>%1 (%2 мөөнөтүнөн узартылды: %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At the latest %1</source>
        <translation>Эң кечи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest extension is used.</source>
        <translation>Эң узак узартуу колдонулуп бүткөн.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>ComplaintEditorForm</name>
    <message>
        <location filename="../../forms/complaint_editor.ui" line="+14"/>
        <location line="+6"/>
        <source>Complaint</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received on</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channel</source>
        <translation>Келип түшүү жолу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open meeting</source>
        <translation>Жыйынды ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the meeting where this complaint was raised</source>
        <translation>Кайрылуу айтылган жыйынды ачуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned officer</source>
        <translation>Жооптуу инспектор</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complainant</source>
        <translation>Арыз ээси</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous complaint (name and contact are not recorded)</source>
        <translation>Жашыруун кайрылуу (аты-жөнү жана байланышы жазылбайт)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age group</source>
        <translation>Курак тобу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone or address</source>
        <translation>Телефон же дарек</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status and deadline</source>
        <translation>Абалы жана мөөнөтү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change status</source>
        <translation>Абалын өзгөртүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current status</source>
        <translation>Учурдагы абалы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New status</source>
        <translation>Жаңы абалы</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+158"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply status change</source>
        <translation>Абалын өзгөртүү</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer deadline</source>
        <translation>Жооп берүү мөөнөтү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer due</source>
        <translation>Жооп берүүнүн акыркы күнү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extend until</source>
        <translation>Кайсы күнгө чейин узартуу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extend deadline</source>
        <translation>Мөөнөттү узартуу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <translation>Кароонун жүрүшү</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Protection orders</source>
        <translation>Коргоо ордерлери</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temporary protection orders issued on this family-violence complaint.</source>
        <translation>Бул үй-бүлөлүк зомбулук боюнча кайрылууга берилген убактылуу коргоо ордерлери.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a protection order</source>
        <translation>Жаңы коргоо ордери</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued on</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expires on</source>
        <translation>Бүтүү күнү</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add protection order</source>
        <translation>Ордерди кошуу</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../station_app/gui/pages/conflicts_view.py" line="+135"/>
        <source>These records arrived with the same revision as the district&apos;s copy but with different content. The district&apos;s copy is kept until you choose.</source>
        <translation>Бул жазуулар райондогу көчүрмө менен бирдей ревизияда, бирок башка мазмун менен келди. Сиз тандаганга чейин райондогу көчүрмө сакталат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show resolved conflicts too</source>
        <translation>Чечилген карама-каршылыктарды да көрсөтүү</translation>
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
        <translation>Жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Record id</source>
        <translation>Жазуунун идентификатору</translation>
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
        <translation>Табылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the fields that differ</source>
        <translation>Айырмаланган талаалар гана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District version</source>
        <translation>Райондогу версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming version</source>
        <translation>Келген версия</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the district&apos;s version</source>
        <translation>Райондогу версияны калтыруу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the incoming version</source>
        <translation>Келген версияны кабыл алуу</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+63"/>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Prevention plan</source>
        <translation>Алдын алуу планы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Plan item</source>
        <translation>Пландын пункту</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+58"/>
        <source>Meeting</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Meeting follow-up</source>
        <translation>Жыйындын тапшырмасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+86"/>
        <source>Complaint</source>
        <translation>Кайрылуу</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Complaint timeline entry</source>
        <translation>Кайрылууну кароонун жүрүшүндөгү жазуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection order</source>
        <translation>Коргоо ордери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month close</source>
        <translation>Айды жабуу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Ким түзгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Ким өзгөрткөн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>Аталышы (англисче)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>Калкы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from</source>
        <translation>Мезгилдин башы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Мезгилдин аягы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Бекитилген күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Ким бекиткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents who wrote it</source>
        <translation>Түзүүгө катышкан тургундар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the list</source>
        <translation>Тизмедеги орду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible partner</source>
        <translation>Жооптуу өнөктөш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Индикатору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Максаттуу көрсөткүч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (tyiyn)</source>
        <translation>Бюджет (тыйын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chaired by</source>
        <translation>Төрагалык кылган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth (under 30)</source>
        <translation>Жаштар (30 жашка чейин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues raised by residents</source>
        <translation>Тургундар көтөргөн маселелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements and decisions</source>
        <translation>Макулдашуулар жана чечимдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up action</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Аткарылган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>Максаттуу топ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost (tyiyn)</source>
        <translation>Наркы (тыйын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Каржылоо булагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration year</source>
        <translation>Каттоо жылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence number</source>
        <translation>Катар номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Келип түшкөн күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Келип түшүү жолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Жашыруун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant code</source>
        <translation>Арыз ээсинин коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s name</source>
        <translation>Арыз ээсинин аты-жөнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s sex</source>
        <translation>Арыз ээсинин жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s age group</source>
        <translation>Арыз ээсинин курак тобу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s settlement</source>
        <translation>Арыз ээсинин калктуу конушу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s contact</source>
        <translation>Арыз ээсинин байланышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned officer</source>
        <translation>Жооптуу инспектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Кимге берилди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Жооп берүү мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended until</source>
        <translation>Узартылган мөөнөт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the extension</source>
        <translation>Узартуунун себеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Жабылган күнү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the action</source>
        <translation>Аракеттин күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status before</source>
        <translation>Мурунку абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status after</source>
        <translation>Жаңы абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Бүтүү күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Кол коюучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Кол коюлган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report language</source>
        <translation>Отчёттун тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report hash (SHA-256)</source>
        <translation>Отчёттун хеши (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report file</source>
        <translation>Отчёттун файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened on</source>
        <translation>Кайра ачылган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for reopening</source>
        <translation>Кайра ачуунун себеби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed report</source>
        <translation>Кол коюлган отчёт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>District&apos;s version kept</source>
        <translation>Райондогу версия калтырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming version taken</source>
        <translation>Келген версия кабыл алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Чечиле элек</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>(signed report PDF)</source>
        <translation>(кол коюлган отчёт, PDF)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conflict %1 resolved: the district&apos;s version is kept.</source>
        <translation>%1-карама-каршылык чечилди: райондогу версия калтырылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict %1 resolved: the incoming version is taken.</source>
        <translation>%1-карама-каршылык чечилди: келген версия кабыл алынды.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../station_app/gui/pages/dashboard.py" line="+138"/>
        <source>Complaints received</source>
        <translation>Келип түшкөн кайрылуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints resolved</source>
        <translation>Чечилген кайрылуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints overdue now</source>
        <translation>Мөөнөтү өткөн кайрылуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held</source>
        <translation>Өткөрүлгөн жыйындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevention activities</source>
        <translation>Алдын алуу иш-чаралары</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this month&apos;s complaints</source>
        <translation>Ушул айдын кайрылууларын ачуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints closed as resolved this month, whenever they were received</source>
        <translation>Ушул айда чечилген кайрылуулар, качан келип түшкөнүнө карабастан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the overdue complaints</source>
        <translation>Мөөнөтү өткөн кайрылууларды ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this month&apos;s meetings</source>
        <translation>Ушул айдын жыйындарын ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this month&apos;s activities</source>
        <translation>Ушул айдын иш-чараларын ачуу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts for</source>
        <translation>Диаграммалар:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a bar to open the matching list.</source>
        <translation>Тилкени бассаңыз, тиешелүү тизме ачылат.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Dashboard — %1</source>
        <translation>Жалпы абал — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: %1</source>
        <translation>Бүгүн: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>past the answer deadline</source>
        <translation>жооп берүү мөөнөтү өткөн</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>this month (%1)</source>
        <translation>ушул ай (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the last 12 months (%1 – %2)</source>
        <translation>акыркы 12 ай (%1 – %2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The figures could not be read. Open the page again to retry.</source>
        <translation>Көрсөткүчтөрдү окуу мүмкүн болгон жок. Кайталоо үчүн баракты кайра ачыңыз.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>in January %1</source>
        <translation>%1-жылдын январында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in February %1</source>
        <translation>%1-жылдын февралында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in March %1</source>
        <translation>%1-жылдын мартында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in April %1</source>
        <translation>%1-жылдын апрелинде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in May %1</source>
        <translation>%1-жылдын майында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in June %1</source>
        <translation>%1-жылдын июнунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in July %1</source>
        <translation>%1-жылдын июлунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in August %1</source>
        <translation>%1-жылдын августунда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in September %1</source>
        <translation>%1-жылдын сентябрында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in October %1</source>
        <translation>%1-жылдын октябрында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in November %1</source>
        <translation>%1-жылдын ноябрында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in December %1</source>
        <translation>%1-жылдын декабрында</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the last 12 months (%1 – %2)</source>
        <translation>акыркы 12 айда (%1 – %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>men %1 · women %2</source>
        <translation>эркектер %1 · аялдар %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Overdue (%1)</source>
        <translation>Мөөнөтү өткөн (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue.</source>
        <translation>Мөөнөтү өткөн эч нерсе жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints past the answer deadline: %1</source>
        <translation>Жооп берүү мөөнөтү өткөн кайрылуулар: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open them all in the complaint list</source>
        <translation>баарын кайрылуулар тизмесинде ачуу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %1 more</source>
        <translation>… жана дагы %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting follow-ups not done: %1</source>
        <translation>Жыйындардын аткарылбаган тапшырмалары: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the meetings they belong to</source>
        <translation>тиешелүү жыйындарды ачуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>Meeting of %1: %2</source>
        <translation>%1 жыйыны: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Plan items past their deadline: %1</source>
        <translation>Пландын мөөнөтү өткөн пункттары: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the prevention plan</source>
        <translation>алдын алуу планын ачуу</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>due %1, %n day(s) late</source>
        <translation>
            <numerusform>мөөнөтү %1, %n күн кечикти</numerusform>
            <numerusform>мөөнөтү %1, %n күн кечикти</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due in the next 7 days (%1)</source>
        <translation>Жакынкы 7 күндөгү мөөнөттөр (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing falls due in the next 7 days.</source>
        <translation>Жакынкы 7 күндө мөөнөттөр жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answer due</source>
        <translation>жооп берүү мөөнөтү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection order ends</source>
        <translation>коргоо ордеринин мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up due</source>
        <translation>тапшырманын мөөнөтү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plan deadline</source>
        <translation>пландагы мөөнөт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, today</source>
        <translation>%1, бүгүн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, tomorrow</source>
        <translation>%1, эртең</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, %n күндөн кийин</numerusform>
            <numerusform>%1, %n күндөн кийин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Complaints by category</source>
        <translation>Кайрылуулар категориялар боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>received %1</source>
        <translation>%1 келип түшкөн</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Complaints</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Complaints by status (as of today)</source>
        <translation>Кайрылуулардын учурдагы абалы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities by theme</source>
        <translation>Иш-чаралар темалар боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held %1 (an activity may have several themes)</source>
        <translation>%1 өткөрүлгөн (иш-чаранын бир нече темасы болушу мүмкүн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>People attending, by sex</source>
        <translation>Катышуучулар жынысы боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings and activities held %1</source>
        <translation>жыйындар жана иш-чаралар, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Жыйындар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="-829"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calendar days</source>
        <translation>календардык күндөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working days (Monday–Friday, without public holidays)</source>
        <translation>иш күндөрү (дүйшөмбү–жума, майрам күндөрүсүз)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days after receipt</source>
        <translation> күн (келип түшкөндөн тартып)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer period:</source>
        <translation>Жооп берүү мөөнөтү:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in:</source>
        <translation>Эсептөө:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest extension:</source>
        <translation>Эң узак узартуу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline for answering a complaint</source>
        <translation>Кайрылууга жооп берүү мөөнөтү</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer is due on the date the complaint was received plus the answer period. An extension, with its reason, may move the deadline up to the date received plus the longest extension. Changes apply to complaints registered from now on; deadlines already set stay as they are.</source>
        <translation>Жооп берүү мөөнөтү — кайрылуу келип түшкөн күнгө жооп берүү мөөнөтүн кошкондо чыккан күн. Узартуу (себеби көрсөтүлүп) мөөнөттү келип түшкөн күнгө эң узак узартууну кошкондо чыккан күнгө чейин жылдыра алат. Өзгөртүүлөр мындан ары катталган кайрылууларга колдонулат; буга чейин коюлган мөөнөттөр өзгөрбөйт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the station chief or an administrator can change the deadlines.</source>
        <translation>Мөөнөттөрдү участоктун башчысы же администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The longest extension (%1 days) must reach beyond the answer period (at least %2 days).</source>
        <translation>Эң узак узартуу (%1 күн) жооп берүү мөөнөтүнөн ашышы керек (кеминде %2 күн).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New complaints get the new deadlines.</source>
        <translation>Сакталды. Жаңы кайрылууларга жаңы мөөнөттөр коюлат.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../station_app/gui/editors/base.py" line="+222"/>
        <source>The disk is full.</source>
        <translation>Диск толуп калды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written to.</source>
        <translation>Маалымат базасынын файлына жазууга болбойт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy.</source>
        <translation>Маалымат базасы бош эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change.</source>
        <translation>Маалымат базасы өзгөртүүнү кабыл алган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved; your entry is still here. Free some space or call the person who looks after this computer, then press Save again.</source>
        <translation>Эч нерсе сакталган жок; киргизгениңиз ордунда турат. Дискте орун бошотуңуз же бул компьютерди тейлеген адамды чакырыңыз, анан «Сактоо» баскычын кайра басыңыз.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="+316"/>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this language</source>
        <translation>Бул тилди колдонуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language is saved for the whole station: the login screen and the next sessions start in it.</source>
        <translation>Тил бүт участок үчүн сакталат: кирүү терезеси жана кийинки сеанстар ушул тилде ачылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your choice applies until you log out. Only the station chief can change the station&apos;s language (the one the login screen uses).</source>
        <translation>Тандооңуз программадан чыкканга чейин колдонулат. Участоктун тилин (кирүү терезесинин тилин) участоктун башчысы гана өзгөртө алат.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../station_app/gui/pages/list_page.py" line="+84"/>
        <source>New (Ctrl+N)</source>
        <translation>Жаңы (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Search (Ctrl+F)…</source>
        <translation>Издөө (Ctrl+F)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+85"/>
        <source>All settlements</source>
        <translation>Бардык конуштар</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>From date</source>
        <translation>Баштапкы дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date</source>
        <translation>Акыркы дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Датасы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Мөөнөтү өткөн</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Тазалоо</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазуу</numerusform>
            <numerusform>%Ln жазуу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../station_app/gui/pages/lists.py" line="+15"/>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Келип түштү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complainant</source>
        <translation>Арыз ээси</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>жашыруун</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restricted</source>
        <translation>жабык</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <location line="+44"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Channel</source>
        <translation>Келип түшүү жолу</translation>
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
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Venue</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Жаштар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open follow-ups</source>
        <translation>Аткарыла элек тапшырмалар</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target group</source>
        <translation>Максаттуу топ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints</source>
        <translation>Кайрылуулар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation>Бардык жолдор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings</source>
        <translation>Жыйындар</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>All kinds</source>
        <translation>Бардык түрлөр</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>All topics</source>
        <translation>Бардык темалар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All themes</source>
        <translation>Бардык темалар</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../station_app/gui/lock_screen.py" line="+38"/>
        <source>Station App is locked</source>
        <translation>Station App кулпуланды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Кулпуну ачуу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Locked after a period without use. Log in to continue.</source>
        <translation>Программа бир аз убакыт колдонулбагандыктан кулпуланды. Улантуу үчүн кириңиз.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsaved draft(s) are kept for the user who wrote them.</source>
        <translation>
            <numerusform>Сакталбаган %n долбоор аны жазган колдонуучу үчүн сакталып турат.</numerusform>
            <numerusform>Сакталбаган %n долбоор аны жазган колдонуучу үчүн сакталып турат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../station_app/gui/login.py" line="+28"/>
        <source>Station App — log in</source>
        <translation>Station App — кирүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station_app/gui/main_window.py" line="+171"/>
        <source>locked</source>
        <translation>кулпуланган</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n record(s) have unsaved changes: save or discard them first.</source>
        <translation>
            <numerusform>%n жазууда сакталбаган өзгөртүүлөр бар: адегенде аларды сактаңыз же жокко чыгарыңыз.</numerusform>
            <numerusform>%n жазууда сакталбаган өзгөртүүлөр бар: адегенде аларды сактаңыз же жокко чыгарыңыз.</numerusform>
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
        <translation>Жалпы абал</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <source>Prevention plan</source>
        <translation>Алдын алуу планы</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reports</source>
        <translation>Отчёттор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export / Sync</source>
        <translation>Маалымат алмашуу</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Last import: %1</source>
        <translation>Акыркы импорт: %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>never</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Last backup: %1</source>
        <translation>Акыркы камдык көчүрмө: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last export: %1</source>
        <translation>Акыркы экспорт: %1</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/meeting.py" line="+103"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not given —</source>
        <translation>— көрсөтүлгөн эмес —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. school No. 3, assembly hall</source>
        <translation>мисалы, №3 мектеп, жыйындар залы</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New meeting</source>
        <translation>Жаңы жыйын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting %1 · %2</source>
        <translation>Жыйын %1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible partner</source>
        <translation>Жооптуу өнөктөш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Аткарылган күнү</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Follow-up actions</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Follow-up action, row %1</source>
        <translation>Тапшырма, %1-сап</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Катышкандар</translation>
    </message>
</context>
<context>
    <name>MeetingEditorForm</name>
    <message>
        <location filename="../../forms/meeting_editor.ui" line="+14"/>
        <source>Meeting</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When and where</source>
        <translation>Качан жана кайда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Убактысы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of meeting</source>
        <translation>Жыйындын түрү</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chaired by</source>
        <translation>Төрагалык кылган</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attendance</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Of them youth (under 30)</source>
        <translation>Анын ичинде жаштар (30 жашка чейин)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Topics discussed</source>
        <translation>Талкууланган темалар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partners present</source>
        <translation>Катышкан өнөктөштөр</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issues and decisions</source>
        <translation>Маселелер жана чечимдер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issues raised by residents</source>
        <translation>Тургундар көтөргөн маселелер</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreements and decisions</source>
        <translation>Макулдашуулар жана чечимдер</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up actions</source>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed to be done after the meeting, by whom and by when. Enter the done date when an action is completed.</source>
        <translation>Жыйындан кийин эмне жасала турганы, ким жана кайсы мөөнөткө чейин аткара турганы. Тапшырма аткарылганда аткарылган күнүн жазыңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add action</source>
        <translation>Тапшырма кошуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove action</source>
        <translation>Тапшырманы өчүрүү</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/plan.py" line="+108"/>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not given —</source>
        <translation>— көрсөтүлгөн эмес —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> som</source>
        <translation> сом</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New prevention plan</source>
        <translation>Жаңы алдын алуу планы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevention plan %1–%2: %3</source>
        <translation>Алдын алуу планы %1–%2: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Items</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not saved yet</source>
        <translation>али сактала элек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no activities yet</source>
        <translation>иш-чаралар азырынча жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 activities, %2 participants</source>
        <translation>%1 иш-чара, %2 катышуучу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1</source>
        <translation>максат: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(new item)</source>
        <translation>(жаңы пункт)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+42"/>
        <source>Item %1</source>
        <translation>%1-пункт</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Selected item</source>
        <translation>Тандалган пункт</translation>
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
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period from (year)</source>
        <translation>Мезгилдин башы (жыл)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Period to (year)</source>
        <translation>Мезгилдин аягы (жыл)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by the council on</source>
        <translation>Кеңеш бекиткен күнү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by</source>
        <translation>Ким бекиткен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. session of the local council</source>
        <translation>мисалы, жергиликтүү кеңештин сессиясы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents who wrote it</source>
        <translation>Түзүүгө катышкан тургундар</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Items</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add item</source>
        <translation>Пункт кошуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove item</source>
        <translation>Пунктту өчүрүү</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected item</source>
        <translation>Тандалган пункт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Objective</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>Индикатору</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Theme</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible partner</source>
        <translation>Жооптуу өнөктөш</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Responsible person</source>
        <translation>Жооптуу адам</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Target</source>
        <translation>Максаттуу көрсөткүч</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Budget</source>
        <translation>Бюджети</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../station_app/gui/pages/plans_page.py" line="+74"/>
        <source>Local crime prevention plans</source>
        <translation>Укук бузуулардын алдын алуунун жергиликтүү пландары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan</source>
        <translation>Жаңы план</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue items</source>
        <translation>Мөөнөтү өткөн пункттар</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Activity</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жооптуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline / status</source>
        <translation>Мөөнөтү / абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (indicator)</source>
        <translation>Максат (индикатор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Аткарылышы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress counts the activities recorded against each item (Activities → plan item). Items past their deadline that are not done are marked “overdue”.</source>
        <translation>Аткарылышы ар бир пункт боюнча жазылган иш-чаралар менен эсептелет (Иш-чаралар → пландын пункту). Мөөнөтү өтүп, аткарылбаган пункттар «мөөнөтү өттү» деп белгиленет.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not yet</source>
        <translation>али жок</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No plan yet. Press “New plan” to enter the station&apos;s plan.</source>
        <translation>Азырынча план жок. Участоктун планын киргизүү үчүн «Жаңы план» баскычын басыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items of “%1” (%2)</source>
        <translation>«%1» планынын пункттары (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>мөөнөтү өткөн: %n</numerusform>
            <numerusform>мөөнөтү өткөн: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no deadline</source>
        <translation>мөөнөтсүз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — overdue</source>
        <translation>%1 — мөөнөтү өттү</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln иш-чара</numerusform>
            <numerusform>%Ln иш-чара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln катышуучу</numerusform>
            <numerusform>%Ln катышуучу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last on %1</source>
        <translation>акыркысы %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective: %1</source>
        <translation>Максаты: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../station_app/gui/editors/base.py" line="+53"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Бул жазууда сакталбаган өзгөртүүлөр бар. Аларды сактайсызбы?</translation>
    </message>
    <message>
        <location filename="../../station_app/gui/editors/meeting.py" line="-221"/>
        <source>Youth (%1) cannot be more than the total (%2).</source>
        <translation>Жаштар (%1) жалпы сандан (%2) көп болбошу керек.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total: %1 (men and women); youth are counted within it.</source>
        <translation>Бардыгы: %1 (эркектер жана аялдар); жаштар ушул сандын ичинде эсептелет.</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <location filename="../../station_app/gui/recovery.py" line="+52"/>
        <source>Station App — the database needs repair</source>
        <translation>Station App — маалымат базасын калыбына келтирүү керек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The station database is missing</source>
        <translation>Участоктун маалымат базасы жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station database is damaged</source>
        <translation>Участоктун маалымат базасы бузулган</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing has been deleted. Station App can move the damaged file aside (it is kept, not deleted) and put the newest good backup in its place.</source>
        <translation>Эч нерсе өчүрүлгөн жок. Station App бузулган файлды четке жылдырып (ал өчүрүлбөйт, сакталат), анын ордуна эң акыркы жарактуу камдык көчүрмөнү коё алат.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore this backup</source>
        <translation>Бул көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use another backup file…</source>
        <translation>Башка камдык көчүрмө файлын колдонуу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Station App</source>
        <translation>Station App&apos;ты жабуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details for an IT specialist: %1</source>
        <translation>IT адиси үчүн маалымат: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database file is shorter than it should be. This usually happens when the power goes off while the computer is saving.</source>
        <translation>Маалымат базасынын файлы болушу керектен кыска. Адатта бул компьютер сактап жатканда жарык өчүп калганда болот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be read at all.</source>
        <translation>Маалымат базасынын файлын такыр окууга болбойт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is not in its folder (%1), but there are backups of it.</source>
        <translation>Маалымат базасынын файлы өз папкасында (%1) жок, бирок анын камдык көчүрмөлөрү бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the database file cannot be read (a damaged page). This usually happens after a power cut or when the disk is failing.</source>
        <translation>Маалымат базасы файлынын бир бөлүгү окулбайт (бузулган барак). Адатта бул жарык өчкөндөн кийин же диск бузулуп баратканда болот.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking for a good backup…</source>
        <translation>Жарактуу камдык көчүрмө изделүүдө…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No good backup was found in %1. Bring a backup on a USB stick (“Use another backup file…”) or call your district IT. The damaged file has not been changed.</source>
        <translation>%1 ичинде жарактуу камдык көчүрмө табылган жок. Флешкада камдык көчүрмө алып келиңиз («Башка камдык көчүрмө файлын колдонуу…») же райондун IT адисине кайрылыңыз. Бузулган файл өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Newest good backup: made on %1, %2, data version %3. It holds %4 complaints, %5 meetings, %6 activities and %7 plans.</source>
        <translation>Эң акыркы жарактуу камдык көчүрмө: %1 жасалган, %2, маалыматтардын версиясы %3. Анда %4 кайрылуу, %5 жыйын, %6 иш-чара жана %7 план бар.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anything entered after that time is not in it; the damaged file is kept so that an IT specialist may try to rescue it.</source>
        <translation>Андан кийин киргизилгендер анда жок; бузулган файл сакталат, IT адиси аларды куткарып калууга аракет кыла алат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a backup</source>
        <translation>Камдык көчүрмөнү тандаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station App backups (*.sqlite3);;All files (*)</source>
        <translation>Station App камдык көчүрмөлөрү (*.sqlite3);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the file…</source>
        <translation>Файл текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be restored by this version of Station App.</source>
        <translation>Бул файлды Station App&apos;тын бул версиясы калыбына келтире албайт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This did not work: %1</source>
        <translation>Бул ишке ашкан жок: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring…</source>
        <translation>Калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup has been restored.</source>
        <translation>Камдык көчүрмө калыбына келтирилди.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was moved to %1; it is kept, not deleted.</source>
        <translation>Бузулган файл %1 папкасына жылдырылды; ал өчүрүлгөн жок, сакталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Continue to log in.</source>
        <translation>Кирүү үчүн «Улантуу» баскычын басыңыз.</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="-312"/>
        <source>Settlements served</source>
        <translation>Тейленүүчү калктуу конуштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint categories</source>
        <translation>Кайрылуулардын категориялары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How complaints arrive</source>
        <translation>Кайрылуулардын келип түшүү жолдору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of meeting</source>
        <translation>Жыйындардын түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of activity</source>
        <translation>Иш-чаралардын түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of partner</source>
        <translation>Өнөктөштөрдүн түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of settlement</source>
        <translation>Калктуу конуштардын түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding sources</source>
        <translation>Каржылоо булактары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age groups</source>
        <translation>Курак топтору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint statuses</source>
        <translation>Кайрылуулардын абалдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item statuses</source>
        <translation>План пункттарынын абалдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User roles</source>
        <translation>Колдонуучулардын ролдору</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List:</source>
        <translation>Тизме:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. cattle_theft</source>
        <translation>мисалы, cattle_theft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in use</source>
        <translation>колдонулат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Коду:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
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
        <translation>Калкы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Байланыш:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the station chief or an administrator can change the reference lists.</source>
        <translation>Маалымдамаларды участоктун башчысы же администратор гана өзгөртө алат.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The codes of this list are built into Station App: their names can be corrected, but no codes can be added.</source>
        <translation>Бул тизменин коддору Station App ичине орнотулган: аталыштарын оңдоого болот, бирок жаңы код кошууга болбойт.</translation>
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
        <translation>Калкы</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+79"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+64"/>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Edit the selected entry</source>
        <translation>Тандалган жазууну өзгөртүү</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New entry</source>
        <translation>Жаңы жазуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an entry to correct its names</source>
        <translation>Аталыштарын оңдоо үчүн жазууну тандаңыз</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose an entry first.</source>
        <translation>Адегенде жазууну тандаңыз.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../station_app/gui/pages/reports_page.py" line="+79"/>
        <source>Reports</source>
        <translation>Отчёттор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District office: the report puts the stations side by side, from the packages imported so far.</source>
        <translation>Райондук бөлүм: отчётто участоктор катар коюлат, ушул убакка чейин жүктөлгөн пакеттер боюнча.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make report</source>
        <translation>Отчёт түзүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Q%1</source>
        <translation>%1-чейрек</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n бет.</numerusform>
            <numerusform>%n бет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month is closed: this is the report signed at closing.</source>
        <translation>Бул ай жабылган: бул — жабууда кол коюлган отчёт.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report could not be made: %1</source>
        <translation>Отчёт түзүлгөн жок: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the report…</source>
        <translation>Отчёт түзүлүүдө…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation>Отчётту сактоо</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Сакталган жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not printed</source>
        <translation>Басылып чыккан жок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer is not ready.</source>
        <translation>Принтер даяр эмес.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Month close</source>
        <translation>Айды жабуу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by</source>
        <translation>Кол коюучу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close and sign the month…</source>
        <translation>Айды жабуу жана кол коюу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for reopening</source>
        <translation>Кайра ачуунун себеби</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the month</source>
        <translation>Айды кайра ачуу</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Months are closed one at a time.</source>
        <translation>Айлар бир-бирден жабылат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed: signed by %1 on %2. Its records are read-only.</source>
        <translation>Жабылган: %1 %2 кол койгон. Айдын жазууларын өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened on %1: %2</source>
        <translation>%1 кайра ачылган: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open: records of this month can be changed.</source>
        <translation>Ачык: бул айдын жазууларын өзгөртүүгө болот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the station chief closes or reopens a month.</source>
        <translation>Айды участоктун башчысы гана жабат же кайра ачат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the month</source>
        <translation>Айды жабуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign %1 as %2? Its report is stored as final and its records become read-only until the month is reopened.</source>
        <translation>%1 айына кол коёсузбу (кол коюучу: %2)? Анын отчёту акыркы вариант катары сакталат, ал эми жазууларын ай кайра ачылганга чейин өзгөртүүгө болбойт.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../station_app/gui/pages/settings_page.py" line="+508"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadlines</source>
        <translation>Мөөнөттөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference lists</source>
        <translation>Маалымдамалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../station_app/gui/setup_wizard.py" line="+31"/>
        <source>Station App — first start</source>
        <translation>Station App — биринчи жолу ишке киргизүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station this computer serves. The code starts every complaint number, e.g. NKT-2026-0001.</source>
        <translation>Бул компьютер тейлеген участок. Ар бир кайрылуунун номери код менен башталат, мисалы NKT-2026-0001.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station code (2–5 Latin capitals)</source>
        <translation>Участоктун коду (2–5 латын баш тамгасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Station name</source>
        <translation>Участоктун аталышы</translation>
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
        <translation>Облус</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Settlements served</source>
        <translation>Тейленүүчү калктуу конуштар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Villages and settlements of the station&apos;s area, with their names in Kyrgyz, Russian and English. More can be added later in Settings.</source>
        <translation>Участоктун аймагындагы айылдар жана калктуу конуштар, кыргыз, орус жана англис тилдериндеги аталыштары менен. Калгандарын кийинчерээк «Жөндөөлөр» бөлүмүндө кошууга болот.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add settlement</source>
        <translation>Калктуу конуш кошуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Station chief</source>
        <translation>Участоктун башчысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user is the station chief, who adds the other users later.</source>
        <translation>Биринчи колдонуучу — участоктун башчысы; калган колдонуучуларды ал кийин кошот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Password (8 characters or more)</source>
        <translation>Сырсөз (кеминде 8 белги)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the password</source>
        <translation>Сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two passwords differ.</source>
        <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Station code</source>
        <translation>Участоктун коду</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement</source>
        <translation>Калктуу конуш</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../station_app/gui/pages/sync_page.py" line="+96"/>
        <source>Export / Sync</source>
        <translation>Маалымат алмашуу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected error: %1</source>
        <translation>Күтүлбөгөн ката: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Packages written</source>
        <translation>Жазылган пакеттер</translation>
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
        <translation>Жазылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Жеке маалыматтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by the district</source>
        <translation>Районго келди</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export for the district office</source>
        <translation>Райондук бөлүм үчүн экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder or USB stick to write the package to:</source>
        <translation>Пакет жазыла турган папка же флешка:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder or a USB stick</source>
        <translation>Папканы же флешканы тандаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full export: every record, not only the changes</source>
        <translation>Толук экспорт: өзгөрүүлөр гана эмес, бардык жазуулар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default the package carries what changed since the last package the district acknowledged. Ask for a full export when the district says so.</source>
        <translation>Адатта пакетке район тастыктаган акыркы пакеттен бери өзгөргөндөр гана кирет. Район сураса, толук экспортту тандаңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include personal data: complainants&apos; names, contacts, descriptions</source>
        <translation>Жеке маалыматтарды кошуу: арыз ээлеринин аты-жөнү, байланышы, баяндамалар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the station chief can include personal data.</source>
        <translation>Жеке маалыматтарды участоктун башчысы гана кошо алат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the package</source>
        <translation>Пакетти жазуу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt from the district office</source>
        <translation>Райондук бөлүмдүн квитанциясы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The district&apos;s receipt says which packages arrived and which months it approved; the next package then carries only what changed since.</source>
        <translation>Райондун квитанциясы кайсы пакеттер келгенин жана кайсы айлар бекитилгенин билдирет; андан кийинки пакетке ошондон бери өзгөргөндөр гана кирет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply receipt…</source>
        <translation>Квитанцияны колдонуу…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to write the package</source>
        <translation>Пакетти кайда жазуу керек</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the package…</source>
        <translation>Пакет жазылууда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full</source>
        <translation>толук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes since package %1</source>
        <translation>%1-пакеттен кийинки өзгөрүүлөр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: %1 (%2)</source>
        <translation>Жазылды: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package %1 (%2): %3 records.</source>
        <translation>%1-пакет (%2): %3 жазуу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed monthly reports: %1</source>
        <translation>Кол коюлган айлык отчёттор: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+556"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Personal data INCLUDED: keep the stick safe.</source>
        <translation>Жеке маалыматтар КОШУЛДУ: флешканы коопсуз сактаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data left out (complainants appear as codes).</source>
        <translation>Жеке маалыматтар кошулган жок (арыз ээлери код менен көрсөтүлөт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not written: %1</source>
        <translation>Жазылган жок: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The district&apos;s receipt</source>
        <translation>Райондун квитанциясы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts (*%1)</source>
        <translation>Квитанциялар (*%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The district&apos;s key has changed</source>
        <translation>Райондун ачкычы өзгөрдү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust the new key? Do so only after a phone call.</source>
        <translation>Жаңы ачкычка ишенесизби? Муну телефон аркылуу текшергенден кийин гана кылыңыз.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none new</source>
        <translation>жаңысы жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt from %1: packages acknowledged: %2.</source>
        <translation>%1 квитанциясы: тастыкталган пакеттер: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Months approved: %1.</source>
        <translation>Бекитилген айлар: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Full</source>
        <translation>Толук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since %1</source>
        <translation>%1-пакеттен кийинки өзгөрүүлөр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Азырынча жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Included</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out</source>
        <translation>Кошулган эмес</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Months approved by the district: %1</source>
        <translation>Район бекиткен айлар: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No month has been approved by the district yet.</source>
        <translation>Район азырынча бир да айды беките элек.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import packages</source>
        <translation>Пакеттерди импорттоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <location line="+380"/>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Stations</source>
        <translation>Участоктор</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the packages on the stick. Each is checked first (a dry run changes nothing); then press Import.</source>
        <translation>Флешкадагы пакеттерди тандаңыз. Ар бири алгач текшерилет (сыноо эч нерсени өзгөртпөйт); андан кийин «Импорттоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose packages…</source>
        <translation>Пакеттерди тандоо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the station&apos;s key…</source>
        <translation>Участоктун ачкычын каттоо…</translation>
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
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Жаңыланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Өчүрүлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Өзгөргөн жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <translation>Эскирээк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint</source>
        <translation>Ачкычтын изи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last package</source>
        <translation>Акыркы пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at the station</source>
        <translation>Участокто жазылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Келди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing packages</source>
        <translation>Келбеген пакеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation>Чечиле элек карама-каршылыктар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt for the selected station</source>
        <translation>Тандалган участок үчүн квитанция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve closed months:</source>
        <translation>Жабылган айларды бекитүү:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write receipt…</source>
        <translation>Квитанцияны жазуу…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packages from the stations</source>
        <translation>Участоктордун пакеттери</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packages (*.stpkg)</source>
        <translation>Пакеттер (*.stpkg)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checking the packages…</source>
        <translation>Пакеттер текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Packages ready to import: %1; refused: %2. Press Import to import them.</source>
        <translation>Импорттоого даяр пакеттер: %1; четке кагылганы: %2. Аларды импорттоо үчүн «Импорттоо» баскычын басыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages ready to import: %1; refused: %2.</source>
        <translation>Импорттоого даяр пакеттер: %1; четке кагылганы: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packages imported: %1; refused: %2.</source>
        <translation>Импорттолгон пакеттер: %1; четке кагылганы: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refused</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported</source>
        <translation>Мурун импорттолгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to import</source>
        <translation>Импорттоого даяр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New station %1: its key (fingerprint %2) will be trusted on import. Check the fingerprint with the station by phone.</source>
        <translation>Жаңы %1 участогу: анын ачкычы (изи %2) импорттоодо кабыл алынат. Ачкычтын изин участок менен телефон аркылуу салыштырыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts kept for review: %1 (see the Conflicts tab).</source>
        <translation>Текшерүү үчүн сакталган карама-каршылыктар: %1 («Карама-каршылыктар» өтмөгүн караңыз).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Register station %1 (%2) with this key fingerprint?</source>
        <translation>%1 (%2) участогун ушул ачкыч изи менен каттайсызбы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call the station first and compare the fingerprint digit by digit: whoever holds this key can send packages in the station&apos;s name.</source>
        <translation>Алгач участокко чалып, ачкычтын изин белгиден белгиге салыштырыңыз: бул ачкычка ээ болгон ар бир адам участоктун атынан пакет жөнөтө алат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the station&apos;s key</source>
        <translation>Участоктун ачкычын каттоо</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station %1 registered; key fingerprint %2.</source>
        <translation>%1 участогу катталды; ачкычтын изи %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no key: the next package is trusted)</source>
        <translation>(ачкыч жок: кийинки пакет кабыл алынат)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a station first.</source>
        <translation>Алгач участокту тандаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the receipt</source>
        <translation>Квитанцияны кайда жазуу керек</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt written: %1 (packages: %2; months approved: %3).</source>
        <translation>Квитанция жазылды: %1 (пакеттер: %2; бекитилген айлар: %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Conflicts (%1)</source>
        <translation>Карама-каршылыктар (%1)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../station_app/gui/pages/users_tab.py" line="+49"/>
        <source>My password</source>
        <translation>Менин сырсөзүм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (8 characters or more)</source>
        <translation>Жаңы сырсөз (кеминде 8 белги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Жаңы сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password</source>
        <translation>Сырсөзүмдү өзгөртүү</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new passwords differ.</source>
        <translation>Жаңы сырсөздөр дал келбейт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your password was changed.</source>
        <translation>Сырсөзүңүз өзгөртүлдү.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Users of this station</source>
        <translation>Бул участоктун колдонуучулары</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user</source>
        <translation>Колдонуучу кошуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected user&apos;s password</source>
        <translation>Тандалган колдонуучунун сырсөзүн коюу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate / reactivate</source>
        <translation>Өчүрүү / кайра күйгүзүү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the station chief adds users and resets passwords.</source>
        <translation>Колдонуучуларды кошуп, сырсөздөрдү участоктун башчысы гана алмаштырат.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User added.</source>
        <translation>Колдонуучу кошулду.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>Choose a user in the table first.</source>
        <translation>Адегенде таблицадан колдонуучуну тандаңыз.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The password was set.</source>
        <translation>Сырсөз коюлду.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user was reactivated.</source>
        <translation>Колдонуучу кайра күйгүзүлдү.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user was deactivated.</source>
        <translation>Колдонуучу өчүрүлдү.</translation>
    </message>
</context>
</TS>
