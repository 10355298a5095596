<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<!-- Our corrections to Qt's own Russian (qtbase_ru.qm from PySide6 is loaded first; these
     win where both have a string). Kept by hand; scripts/update_translations.py compiles it.
     "Discard" in Qt's Russian is "Отклонить", which misleads in the unsaved-changes
     question (Save / Discard / Cancel): "Не сохранять" says what happens. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
</TS>
