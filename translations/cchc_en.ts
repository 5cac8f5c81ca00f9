<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, every link checks.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry, every link checks.</numerusform>
            <numerusform>The audit trail is intact: %n entries, every link checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was changed outside the app at %n place(s):</source>
        <translation>
            <numerusform>The audit trail was changed outside the app at %n place:</numerusform>
            <numerusform>The audit trail was changed outside the app at %n places:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message numerus="yes">
        <source>Note: the audit trail inside this backup has %n break(s).</source>
        <translation>
            <numerusform>Note: the audit trail inside this backup has %n break.</numerusform>
            <numerusform>Note: the audit trail inside this backup has %n breaks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>check again every %n month(s)</source>
        <translation>
            <numerusform>check again every %n month</numerusform>
            <numerusform>check again every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n posted</numerusform>
            <numerusform>%n posted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n due for review</numerusform>
            <numerusform>%n due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the dossier</source>
        <translation>
            <numerusform>%n document in the dossier</numerusform>
            <numerusform>%n documents in the dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample document(s)</source>
        <translation>
            <numerusform>%n sample document</numerusform>
            <numerusform>%n sample documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>The kiosk returns to the start in %n second(s).</source>
        <translation>
            <numerusform>The kiosk returns to the start in %n second.</numerusform>
            <numerusform>The kiosk returns to the start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message numerus="yes">
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldModel</name>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message numerus="yes">
        <source>%n link(s) saved.</source>
        <translation>
            <numerusform>%n link saved.</numerusform>
            <numerusform>%n links saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintStudioPage</name>
    <message numerus="yes">
        <source>%n procedure(s) chosen</source>
        <translation>
            <numerusform>%n procedure chosen</numerusform>
            <numerusform>%n procedures chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready to print; %n document(s) held back, see the list</source>
        <translation>
            <numerusform>ready to print; %n document held back, see the list</numerusform>
            <numerusform>ready to print; %n documents held back, see the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before printing</source>
        <translation>
            <numerusform>%n error to fix before printing</numerusform>
            <numerusform>%n errors to fix before printing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ready to print, %n warning(s)</source>
        <translation>
            <numerusform>ready to print, %n warning</numerusform>
            <numerusform>ready to print, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>Sent to the printer: %n page</numerusform>
            <numerusform>Sent to the printer: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>%n procedure found</numerusform>
            <numerusform>%n procedures found</numerusform>
        </translation>
    </message>
</context>
</TS>