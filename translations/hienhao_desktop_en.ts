<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../hienhao_desktop/ui/activities.py" line="+196"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>(%n activity(s) without a count)</source>
        <translation>
            <numerusform>(%n activity without a count)</numerusform>
            <numerusform>(%n activities without a count)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
