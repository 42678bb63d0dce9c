<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../hienhao_desktop/ui/activities.py" line="+587"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>(%n activity(s) without a count)</source>
        <translation>
            <numerusform>(%n activity without a count)</numerusform>
            <numerusform>(%n activities without a count)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <location filename="../hienhao_desktop/ui/dialogs.py" line="+206"/>
        <source>%1 — %n report(s)</source>
        <translation>
            <numerusform>%1 — %n report</numerusform>
            <numerusform>%1 — %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <location filename="../hienhao_desktop/ui/operations.py" line="+411"/>
        <source>%n page(s) sent to %1</source>
        <translation>
            <numerusform>%n page sent to %1</numerusform>
            <numerusform>%n pages sent to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message numerus="yes">
        <location filename="../hienhao_desktop/ui/preview.py" line="+191"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
