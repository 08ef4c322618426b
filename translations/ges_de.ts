<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminClient</name>
    <message>
        <location filename="../desktop/client/AdminClient.h" line="+109"/>
        <source>The server sent an answer this version cannot read.</source>
        <translation>Der Server hat eine Antwort geschickt, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a valid server address (http://host:port).</source>
        <translation>„%1“ ist keine gültige Serveradresse (http://host:port).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+9"/>
        <location line="+27"/>
        <source>You are not logged in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transfer broke off: %1</source>
        <translation>Die Übertragung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1 without a readable body.</source>
        <translation>Der Server antwortete mit HTTP %1 ohne lesbaren Inhalt.</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+135"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="+73"/>
        <source>Scopes: the whole external API</source>
        <translation>Berechtigungen: die gesamte externe API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="+52"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show re&amp;voked keys</source>
        <translation>Widerrufene Schlüssel &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load the API keys</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the key &quot;%1&quot; (%2…) of tenant %3? Every app using it is refused at once, and it cannot be brought back.</source>
        <translation>Den Schlüssel „%1“ (%2…) des Mandanten %3 widerrufen? Jede App, die ihn verwendet, wird sofort abgewiesen, und er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not revoke the key</source>
        <translation>Der Schlüssel konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your role may not manage API keys.</source>
        <translation>Ihre Rolle darf keine API-Schlüssel verwalten.</translation>
    </message>
</context>
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="+16"/>
        <source>Cancel %n callback(s)</source>
        <translation>
            <numerusform>%n Rückruf stornieren</numerusform>
            <numerusform>%n Rückrufe stornieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel &amp;callbacks</source>
        <translation>Rückrufe &amp;stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking what would be cancelled…</source>
        <translation>Es wird geprüft, was storniert würde…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dry run failed</source>
        <translation>Der Probelauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling failed</source>
        <translation>Das Stornieren ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n callback(s) will be cancelled.</source>
        <translation>
            <numerusform>%n Rückruf wird storniert.</numerusform>
            <numerusform>%n Rückrufe werden storniert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 %n skipped (%2).</source>
        <translation>
            <numerusform>%1 %n übersprungen (%2).</numerusform>
            <numerusform>%1 %n übersprungen (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being processed</source>
        <translation>
            <numerusform>%n in Bearbeitung</numerusform>
            <numerusform>%n in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already completed</source>
        <translation>
            <numerusform>%n bereits abgeschlossen</numerusform>
            <numerusform>%n bereits abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in state %1</source>
        <translation>
            <numerusform>%n im Status %1</numerusform>
            <numerusform>%n im Status %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancelled %n callback(s); the rest failed.</source>
        <translation>
            <numerusform>%n Rückruf storniert; der Rest ist fehlgeschlagen.</numerusform>
            <numerusform>%n Rückrufe storniert; der Rest ist fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallInGroupDialog</name>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="+52"/>
        <source>The tenant (CCID) the group belongs to.</source>
        <translation>Der Mandant (CCID), zu dem die Gruppe gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-100 letters, digits, space or _ . : @ -</source>
        <translation>1-100 Buchstaben, Ziffern, Leerzeichen oder _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers a caller may be told to dial, one per line. Spaces, dashes and brackets are dropped; 00 becomes +.</source>
        <translation>Die Nummern, die einem Anrufer zum Wählen genannt werden können, eine pro Zeile. Leerzeichen, Bindestriche und Klammern werden entfernt; aus 00 wird +.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> digits</source>
        <translation> Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits of the access code a caller types: 4 at least, or codes are guessable; 10 at most, or callers mistype them.</source>
        <translation>Stellen des Zugangscodes, den ein Anrufer eingibt: mindestens 4, sonst sind Codes erratbar; höchstens 10, sonst vertippen sich Anrufer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long after the request a call can still be matched to it.</source>
        <translation>Wie lange nach der Anfrage ein Anruf ihr noch zugeordnet werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone n&amp;umbers:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access code &amp;length:</source>
        <translation>&amp;Länge des Zugangscodes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New call-in group</source>
        <translation>Neue Einwahlgruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call-in group %1</source>
        <translation>Einwahlgruppe %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No valid number yet.</source>
        <translation>Noch keine gültige Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be stored as: %1</source>
        <translation>Wird gespeichert als: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: %1</source>
        <translation>Keine Telefonnummer: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please correct the call-in group before saving:</source>
        <translation>Bitte korrigieren Sie die Einwahlgruppe vor dem Speichern:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server did not save the group</source>
        <translation>Der Server hat die Gruppe nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CallInGroupTableModel</name>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="+42"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code length</source>
        <translation>Codelänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry (s)</source>
        <translation>Gültigkeit (s)</translation>
    </message>
</context>
<context>
    <name>CallbackActions</name>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="+20"/>
        <source>&amp;New callback…</source>
        <translation>&amp;Neuer Rückruf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit user data…</source>
        <translation>Benutzerdaten &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;schedule…</source>
        <translation>Neu &amp;planen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel callback</source>
        <translation>Rückruf &amp;stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected…</source>
        <translation>&amp;Ausgewählte stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cancel callback</source>
        <translation>Rückruf stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the callback to %1 (%2)?</source>
        <translation>Den Rückruf an %1 (%2) stornieren?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not cancel the callback</source>
        <translation>Der Rückruf konnte nicht storniert werden</translation>
    </message>
</context>
<context>
    <name>CallbackDetailPane</name>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="+31"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired time:</source>
        <translation>Wunschzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User data:</source>
        <translation>Benutzerdaten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load the callback</source>
        <translation>Der Rückruf konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <comment>state (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CallbackFilterBar</name>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="+38"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits of the number</source>
        <translation>Ziffern der Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks whose number contains these digits (at least 3)</source>
        <translation>Rückrufe, deren Nummer diese Ziffern enthält (mindestens 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired time</source>
        <translation>Wunschzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>CallbackHistoryModel</name>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="+45"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="+96"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired time</source>
        <translation>Wunschzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User data</source>
        <translation>Benutzerdaten</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="+7"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>Wird vermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="+115"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the callbacks again (%1)</source>
        <translation>Rückrufe neu laden (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not load callbacks</source>
        <translation>Rückrufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Callbacks loaded: %1 (more on the server)</source>
        <translation>Geladene Rückrufe: %1 (weitere auf dem Server)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Export callbacks</source>
        <translation>Rückrufe exportieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 rows (%2)</source>
        <translation>%1 Zeilen exportiert (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Callbacks loaded: %1</source>
        <translation>Geladene Rückrufe: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../desktop/settings/CommandLine.cpp" line="+8"/>
        <source>Desktop administration of a GES server.</source>
        <translation>Desktop-Verwaltung eines GES-Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preselect the server URL in the login dialog.</source>
        <translation>Die Server-URL im Anmeldedialog vorauswählen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>CreateApiKeyDialog</name>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="+20"/>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the key is for, e.g. web widget</source>
        <translation>Wofür der Schlüssel ist, z. B. Web-Widget</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None checked: the key may use the whole external API. Scopes are recorded but not yet enforced by the server.</source>
        <translation>Keine ausgewählt: Der Schlüssel darf die gesamte externe API nutzen. Berechtigungen werden gespeichert, vom Server aber noch nicht durchgesetzt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A key needs a tenant and a name.</source>
        <translation>Ein Schlüssel braucht einen Mandanten und einen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the key</source>
        <translation>Der Schlüssel konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CreateCallbackDialog</name>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="+19"/>
        <source>At a &amp;time slot (otherwise as soon as possible)</source>
        <translation>In einem &amp;Zeitfenster (sonst so bald wie möglich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New callback</source>
        <translation>Neuer Rückruf</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>+4930123456</source>
        <translation>+4930123456</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User data:</source>
        <translation>&amp;Benutzerdaten:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load the services</source>
        <translation>Die Dienste konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not create the callback</source>
        <translation>Der Rückruf konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="+80"/>
        <source>&amp;Register…</source>
        <translation>&amp;Registrieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the GWS credentials of a tenant (%1)</source>
        <translation>Die GWS-Zugangsdaten eines Mandanten registrieren (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tenant&apos;s credentials (Del)</source>
        <translation>Die Zugangsdaten des ausgewählten Mandanten löschen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server whether GWS accepts the stored credentials</source>
        <translation>Den Server fragen, ob GWS die gespeicherten Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the credentials again (%1)</source>
        <translation>Zugangsdaten neu laden (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the GWS credentials</source>
        <translation>Die GWS-Zugangsdaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete GWS Credentials</source>
        <translation>GWS-Zugangsdaten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the GWS credentials of tenant %1? Its callbacks cannot reach GWS until new ones are registered.</source>
        <translation>Die GWS-Zugangsdaten des Mandanten %1 löschen? Seine Rückrufe können GWS erst wieder erreichen, wenn neue registriert sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete the credentials of %1</source>
        <translation>Die Zugangsdaten von %1 konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the credentials of %1…</source>
        <translation>Die Zugangsdaten von %1 werden getestet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Test of %1 passed in %2 ms: %3</source>
        <translation>Test von %1 bestanden in %2 ms: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test of %1 failed at statistics: %2</source>
        <translation>Test von %1 bei der Statistik fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test of %1 failed at authentication: %2</source>
        <translation>Test von %1 bei der Anmeldung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test of %1 failed</source>
        <translation>Test von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>DependencyHealthModel</name>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="+37"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ORS Redis</source>
        <translation>ORS Redis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GWS</source>
        <translation>GWS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <comment>health status</comment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <comment>health status</comment>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>health status</comment>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>DeveloperTab</name>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="+29"/>
        <source>API &amp;keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hea&amp;lth</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role may not read the request log.</source>
        <translation>Ihre Rolle darf das Anfrageprotokoll nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../desktop/widgets/ErrorBanner.cpp" line="+30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (request %2)</source>
        <translation>%1 (Anfrage %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (request %3)</source>
        <translation>%1: %2 (Anfrage %3)</translation>
    </message>
</context>
<context>
    <name>FieldProblemText</name>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="+36"/>
        <source>%1
(request %2)</source>
        <translation>%1
(Anfrage %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>field: part of it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual queue</source>
        <translation>Virtuelle Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>Zeitfenster-Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot capacity</source>
        <translation>Zeitfenster-Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ahead</source>
        <translation>Tage im Voraus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max waiting</source>
        <translation>Max. wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special days</source>
        <translation>Sondertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EWT threshold</source>
        <translation>EWT-Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max user data</source>
        <translation>Max. Benutzerdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per number</source>
        <translation>Neuanlagen pro Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per API key</source>
        <translation>Neuanlagen pro API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require CAPTCHA</source>
        <translation>CAPTCHA verlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push &quot;about to be called&quot; at</source>
        <translation>Push „gleich an der Reihe“ bei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed all day</source>
        <translation>ganztägig geschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 to 100 letters, digits, spaces or _ . : @ -</source>
        <translation>1 bis 100 Buchstaben, Ziffern, Leerzeichen oder _ . : @ -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 5, 10, 15, 20, 30 or 60</source>
        <translation>muss 5, 10, 15, 20, 30 oder 60 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open and close must be HH:MM with open before close</source>
        <translation>Öffnungs- und Schließzeit müssen im Format HH:MM sein, die Öffnungszeit vor der Schließzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one day</source>
        <translation>benötigt mindestens einen Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a day closed all day has no open or close</source>
        <translation>ein ganztägig geschlossener Tag hat keine Öffnungs- oder Schließzeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation>„%1“ ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is closed all day and also has hours</source>
        <translation>%1 ist ganztägig geschlossen und hat dennoch Öffnungszeiten</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GwsCredentialDialog</name>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="+36"/>
        <source>&amp;Auth URL:</source>
        <translation>&amp;Auth-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment URL:</source>
        <translation>&amp;Umgebungs-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfiguration URL:</source>
        <translation>&amp;Konfigurations-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public auth URL:</source>
        <translation>Ö&amp;ffentliche Auth-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics URL:</source>
        <translation>S&amp;tatistik-URL:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… (required)</source>
        <translation>https://… (erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Register GWS Credentials</source>
        <translation>GWS-Zugangsdaten registrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is stored encrypted and never shown again.</source>
        <translation>Das Secret wird verschlüsselt gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit GWS Credentials of %1</source>
        <translation>GWS-Zugangsdaten von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unchanged — type to replace</source>
        <translation>unverändert – zum Ersetzen eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the secret empty to keep the stored one; it is never shown again.</source>
        <translation>Lassen Sie das Secret leer, um das gespeicherte zu behalten; es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret is stored: type one.</source>
        <translation>Es ist kein Secret gespeichert: Bitte geben Sie eines ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant: 1–100 letters, digits or _ . : @ -</source>
        <translation>Mandant: 1–100 Buchstaben, Ziffern oder _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID: 1–%1 characters</source>
        <translation>Client-ID: 1–%1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret: required when registering</source>
        <translation>Client-Secret: beim Registrieren erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret: required when the auth URL changes</source>
        <translation>Client-Secret: erforderlich, wenn sich die Auth-URL ändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret: at most %1 characters</source>
        <translation>Client-Secret: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auth URL: required</source>
        <translation>Auth-URL: erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an http or https URL</source>
        <translation>%1: keine http- oder https-URL</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>GwsCredentialTableModel</name>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="+92"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth URL</source>
        <translation>Auth-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs</source>
        <translation>Weitere URLs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="+22"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server status:</source>
        <translation>Serverstatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the server&apos;s health</source>
        <translation>Der Zustand des Servers konnte nicht abgefragt werden</translation>
    </message>
</context>
<context>
    <name>JsonObjectEdit</name>
    <message>
        <location filename="../desktop/widgets/JsonObjectEdit.cpp" line="+10"/>
        <source>{&quot;orderId&quot;: &quot;A-1&quot;}</source>
        <translation>{&quot;orderId&quot;: &quot;A-1&quot;}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User data must be a JSON object: { &quot;key&quot;: value, ... }</source>
        <translation>Benutzerdaten müssen ein JSON-Objekt sein: { &quot;key&quot;: value, ... }</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid key: letters, digits, _ and $, not starting with a digit</source>
        <translation>„%1“ ist kein gültiger Schlüssel: Buchstaben, Ziffern, _ und $, nicht mit einer Ziffer beginnend</translation>
    </message>
</context>
<context>
    <name>KeyValidationPanel</name>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="+15"/>
        <source>Validate a key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alidate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste an API key (ges_…)</source>
        <translation>API-Schlüssel einfügen (ges_…)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check the key</source>
        <translation>Der Schlüssel konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid: %1.</source>
        <translation>Ungültig: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant: %1, name: %2, key %3…</source>
        <translation>Mandant: %1, Name: %2, Schlüssel %3…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes: the whole external API</source>
        <translation>Berechtigungen: die gesamte externe API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such key</source>
        <translation>Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key has been revoked</source>
        <translation>der Schlüssel wurde widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key has expired</source>
        <translation>der Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an API key</source>
        <translation>dies ist kein API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="+19"/>
        <source>Log in to GES</source>
        <translation>Bei GES anmelden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+162"/>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The saved password could not be read from the keychain: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please enter the server, your user name and your password.</source>
        <translation>Bitte geben Sie Server, Benutzernamen und Passwort ein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not update the saved password in the system keychain: %1</source>
        <translation>Das gespeicherte Passwort im System-Schlüsselbund konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="+39"/>
        <source>GES Administration</source>
        <translation>GES-Verwaltung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Callbacks</source>
        <translation>&amp;Rückrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Developer</source>
        <translation>&amp;Entwickler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;redentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Services</source>
        <translation>D&amp;ienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your roles do not give access to this tab.</source>
        <translation>Ihre Rollen gewähren keinen Zugriff auf diesen Reiter.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GES Administration</source>
        <translation>Ü&amp;ber GES-Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About GES Administration</source>
        <translation>Über GES-Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ges-admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration of a GES (Genesys Engagement Service) server: callbacks, queues, API keys, credentials, services and users.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ges-admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop-Verwaltung eines GES-Servers (Genesys Engagement Service): Rückrufe, Warteschlangen, API-Schlüssel, Zugangsdaten, Dienste und Benutzer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Logged out; the server said: %1</source>
        <translation>Abgemeldet; der Server meldete: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="+17"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key &quot;%1&quot; of tenant %2 has been created.</source>
        <translation>Der Schlüssel „%1“ des Mandanten %2 wurde erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy it now: it will not be shown again. The server keeps only a hash of it.</source>
        <translation>Kopieren Sie ihn jetzt: Er wird nicht wieder angezeigt. Der Server speichert nur einen Hash davon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
</context>
<context>
    <name>OfficeHoursEditor</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="+20"/>
        <source>Click a cell to open or close it; drag to paint a block of days and hours. Arrow keys and Space work too.</source>
        <translation>Klicken Sie auf eine Zelle, um sie zu öffnen oder zu schließen; ziehen Sie, um einen Block aus Tagen und Stunden zu markieren. Pfeiltasten und Leertaste funktionieren ebenfalls.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of a day one cell of the grid stands for. Hours that do not fit the cells are kept and shown as partly open.</source>
        <translation>Wie viel eines Tages eine Zelle des Rasters darstellt. Zeiten, die nicht in die Zellen passen, bleiben erhalten und werden als teilweise geöffnet angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close &amp;all week</source>
        <translation>&amp;Ganze Woche schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every cell; without office hours the service takes no callbacks except on special days with hours.</source>
        <translation>Alle Zellen schließen; ohne Öffnungszeiten nimmt der Dienst keine Rückrufe an, außer an Sondertagen mit Öffnungszeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cell si&amp;ze:</source>
        <translation>&amp;Zellengröße:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Green cells are open, in the service&apos;s time zone. Special days override this.</source>
        <translation>Grüne Zellen sind geöffnet, in der Zeitzone des Dienstes. Sondertage haben Vorrang.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Closed every day of the week.</source>
        <translation>An jedem Wochentag geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open: %1</source>
        <translation>Geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>OfficeHoursGrid</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="+209"/>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>partly open (%n minute(s))</source>
        <translation>
            <numerusform>teilweise geöffnet (%n Minute)</numerusform>
            <numerusform>teilweise geöffnet (%n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2-%3: %4</source>
        <translation>%1 %2-%3: %4</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="+28"/>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reset Password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password for %1. Every open session of %1 ends when it is saved.</source>
        <translation>Ein neues Passwort für %1. Beim Speichern enden alle offenen Sitzungen von %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>QueueChart</name>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="+29"/>
        <source>The last hour, as this window collected it.</source>
        <translation>Die letzte Stunde, wie dieses Fenster sie erfasst hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server keeps no history: this window has collected since %1.</source>
        <translation>Der Server speichert keinen Verlauf: Dieses Fenster erfasst Daten seit %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting callbacks</source>
        <translation>Wartende Rückrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="+87"/>
        <source>Redis cannot say; this is the number of queued callbacks.</source>
        <translation>Redis kann das nicht angeben; dies ist die Anzahl der Rückrufe in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open (for %n day(s))</source>
        <translation>
            <numerusform>Geöffnet (noch %n Tag)</numerusform>
            <numerusform>Geöffnet (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open (for %1 h %2 min)</source>
        <translation>Geöffnet (noch %1 h %2 min)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Open (for %n min)</source>
        <translation>
            <numerusform>Geöffnet (noch %n min)</numerusform>
            <numerusform>Geöffnet (noch %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed today</source>
        <translation>Heute abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Öffnungszeit</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="+79"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh now (%1); the tab also refreshes itself every %2 seconds while shown</source>
        <translation>Jetzt aktualisieren (%1); der Reiter aktualisiert sich außerdem alle %2 Sekunden, solange er angezeigt wird</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Could not load the queues</source>
        <translation>Die Warteschlangen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a service to see its slots for the coming days.</source>
        <translation>Wählen Sie einen Dienst, um seine Zeitfenster für die kommenden Tage zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slots of %1 for the coming days</source>
        <translation>Zeitfenster von %1 für die kommenden Tage</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <location filename="../desktop/widgets/RecordListSection.cpp" line="+51"/>
        <source>Create one (%1)</source>
        <translation>Neu anlegen (%1)</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="+94"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: %1…</source>
        <translation>Schlüssel: %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client address: %1</source>
        <translation>Client-Adresse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="+41"/>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any path</source>
        <translation>Beliebiger Pfad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the request log</source>
        <translation>Das Anfrageprotokoll konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="+19"/>
        <source>Reschedule %1</source>
        <translation>%1 neu planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>Neu &amp;planen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, service %2, now at %3</source>
        <translation>%1, Dienst %2, derzeit um %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not reschedule</source>
        <translation>Neu planen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="+26"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;hours</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pecial days</source>
        <translation>Sonder&amp;tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slots &amp;&amp; policies</source>
        <translation>Zeitfenster &amp;&amp; &amp;Richtlinien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please correct the service before saving:</source>
        <translation>Bitte korrigieren Sie den Dienst vor dem Speichern:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server did not save the service</source>
        <translation>Der Server hat den Dienst nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ServiceGeneralPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="+14"/>
        <source>The tenant (CCID) the service belongs to.</source>
        <translation>Der Mandant (CCID), zu dem der Dienst gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What apps send as serviceName; unique within the tenant. 1-100 letters, digits, space or _ . : @ -</source>
        <translation>Was Apps als serviceName senden; eindeutig innerhalb des Mandanten. 1-100 Buchstaben, Ziffern, Leerzeichen oder _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Genesys virtual queue the service&apos;s callbacks are routed through.</source>
        <translation>Die virtuelle Genesys-Warteschlange, über die die Rückrufe des Dienstes vermittelt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The IANA time zone of the office hours, special days and slots (e.g. Europe/Berlin).</source>
        <translation>Die IANA-Zeitzone der Öffnungszeiten, Sondertage und Zeitfenster (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual queue:</source>
        <translation>&amp;Virtuelle Warteschlange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>ServiceLimitsPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="+37"/>
        <source>Slots and capacity</source>
        <translation>Zeitfenster und Kapazität</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The length of one bookable slot; scheduled callbacks are booked into slots of this length.</source>
        <translation>Die Länge eines buchbaren Zeitfensters; geplante Rückrufe werden in Zeitfenster dieser Länge gebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot &amp;length:</source>
        <translation>Zeitfenster-&amp;Länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot capac&amp;ity:</source>
        <translation>Zeitfenster-&amp;Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many scheduled callbacks one slot takes.</source>
        <translation>Wie viele geplante Rückrufe ein Zeitfenster aufnimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;ahead:</source>
        <translation>T&amp;age im Voraus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead a callback may be scheduled.</source>
        <translation>Wie viele Tage im Voraus ein Rückruf geplant werden darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;waiting:</source>
        <translation>Max. &amp;wartend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate callbacks that may wait at once; a create beyond it is refused. 0: no limit.</source>
        <translation>Sofortige Rückrufe, die gleichzeitig warten dürfen; darüber hinaus wird das Anlegen abgelehnt. 0: kein Limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;EWT threshold:</source>
        <translation>&amp;EWT-Schwelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above this estimated waiting time no immediate callbacks are offered. 0: no threshold.</source>
        <translation>Oberhalb dieser geschätzten Wartezeit werden keine sofortigen Rückrufe angeboten. 0: keine Schwelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No threshold</source>
        <translation>Keine Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Push &quot;about to be called&quot; at:</source>
        <translation>&amp;Push „gleich an der Reihe“ bei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A waiting callback that asked for push notifications gets one when its estimated waiting time falls to this. 0: off.</source>
        <translation>Ein wartender Rückruf, der Push-Benachrichtigungen angefordert hat, erhält eine, sobald seine geschätzte Wartezeit auf diesen Wert fällt. 0: aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow any number</source>
        <translation>Beliebig viele erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 2 per number</source>
        <translation>Höchstens 2 pro Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 per number</source>
        <translation>Höchstens 1 pro Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many active callbacks one phone number may have in this service.</source>
        <translation>Wie viele aktive Rückrufe eine Telefonnummer in diesem Dienst haben darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicates:</source>
        <translation>&amp;Duplikate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;user data:</source>
        <translation>Max. &amp;Benutzerdaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest userData a callback may carry, as compact JSON. 0: only {}.</source>
        <translation>Die maximale Größe der userData eines Rückrufs, als kompaktes JSON. 0: nur {}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per &amp;number:</source>
        <translation>Neuanlagen pro &amp;Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates one phone number may make per hour. 0: off.</source>
        <translation>Neuanlagen, die eine Telefonnummer pro Stunde vornehmen darf. 0: aus.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+4"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per API &amp;key:</source>
        <translation>Neuanlagen pro API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates one API key may make per minute. 0: off.</source>
        <translation>Neuanlagen, die ein API-Schlüssel pro Minute vornehmen darf. 0: aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quire CAPTCHA on create</source>
        <translation>CAPTCHA bei Neuanlage &amp;verlangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every create through the external API must carry a captchaToken that the CAPTCHA verifier accepts. Callbacks created here by an administrator are not checked.</source>
        <translation>Jede Neuanlage über die externe API muss ein captchaToken mitbringen, das der CAPTCHA-Prüfdienst annimmt. Hier von einem Administrator angelegte Rückrufe werden nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="+33"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual queue</source>
        <translation>Virtuelle Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot (min)</source>
        <translation>Zeitfenster (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot capacity</source>
        <translation>Zeitfenster-Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="+42"/>
        <source>Callback services</source>
        <translation>Rückrufdienste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New service…</source>
        <translation>&amp;Neuer Dienst…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit service…</source>
        <translation>Dienst &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete service</source>
        <translation>Dienst &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-in groups</source>
        <translation>Einwahlgruppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New &amp;group…</source>
        <translation>Neue &amp;Gruppe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit g&amp;roup…</source>
        <translation>Gruppe bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete gro&amp;up</source>
        <translation>Gruppe l&amp;öschen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the services and call-in groups again (%1)</source>
        <translation>Dienste und Einwahlgruppen neu laden (%1)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not load the services</source>
        <translation>Die Dienste konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the call-in groups</source>
        <translation>Die Einwahlgruppen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the service %1 of %2 and its slot bookings?
Completed callbacks keep its name as history.</source>
        <translation>Den Dienst %1 von %2 und seine Zeitfenster-Buchungen löschen?
Abgeschlossene Rückrufe behalten seinen Namen im Verlauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not delete the service %1</source>
        <translation>Der Dienst %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the call-in group %1 of %2?</source>
        <translation>Die Einwahlgruppe %1 von %2 löschen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the call-in group %1</source>
        <translation>Die Einwahlgruppe %1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="+51"/>
        <source>This is your own session.</source>
        <translation>Dies ist Ihre eigene Sitzung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>SlotOccupancyModel</name>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="+45"/>
        <source>No bookable slots on this day</source>
        <translation>Keine buchbaren Zeitfenster an diesem Tag</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="+72"/>
        <source>Choose a service to see its free slots.</source>
        <translation>Wählen Sie einen Dienst, um seine freien Zeitfenster zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading free slots…</source>
        <translation>Freie Zeitfenster werden geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load free slots: %1</source>
        <translation>Freie Zeitfenster konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 of %3 free)</source>
        <translation>%1 (%2 von %3 frei)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No free slot on this day.</source>
        <translation>Kein freies Zeitfenster an diesem Tag.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n free slot(s) of %1 minutes.</source>
        <translation>
            <numerusform>%n freies Zeitfenster zu %1 Minuten.</numerusform>
            <numerusform>%n freie Zeitfenster zu %1 Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialDaysEditor</name>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="+22"/>
        <source>A date listed here ignores the weekly office hours: closed all day, or open only in the hours of its rows.</source>
        <translation>Für ein hier aufgeführtes Datum gelten die wöchentlichen Öffnungszeiten nicht: ganztägig geschlossen oder nur zu den Zeiten seiner Zeilen geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add day</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove day</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times are HH:MM in the service&apos;s time zone. A date may have several rows of hours.</source>
        <translation>Zeiten im Format HH:MM in der Zeitzone des Dienstes. Ein Datum kann mehrere Zeilen mit Zeiten haben.</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="+39"/>
        <source>HH:MM in the service&apos;s time zone; 24:00 is the end of the day</source>
        <translation>HH:MM in der Zeitzone des Dienstes; 24:00 ist das Ende des Tages</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed all day</source>
        <translation>Ganztägig geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließt</translation>
    </message>
</context>
<context>
    <name>TenantListEditor</name>
    <message>
        <location filename="../desktop/widgets/TenantListEditor.cpp" line="+14"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tenant name, or * for all</source>
        <translation>Mandantenname oder * für alle</translation>
    </message>
</context>
<context>
    <name>UserDataDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDataDialog.cpp" line="+17"/>
        <source>User data of %1</source>
        <translation>Benutzerdaten von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A JSON object; it replaces the callback&apos;s user data as a whole.</source>
        <translation>Ein JSON-Objekt; es ersetzt die Benutzerdaten des Rückrufs vollständig.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not save the user data</source>
        <translation>Die Benutzerdaten konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="+34"/>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disabled (cannot log in; open sessions end)</source>
        <translation>&amp;Deaktiviert (keine Anmeldung möglich; offene Sitzungen enden)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants:</source>
        <translation>&amp;Mandanten:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit User %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Also (kept): %1</source>
        <translation>Außerdem (beibehalten): %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name: 1–64 letters, digits or . _ @ -</source>
        <translation>Name: 1–64 Buchstaben, Ziffern oder . _ @ -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: at least %1 characters</source>
        <translation>Passwort: mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: at most %1 characters</source>
        <translation>Passwort: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles: choose at least one</source>
        <translation>Rollen: Wählen Sie mindestens eine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants: add at least one (or * for all)</source>
        <translation>Mandanten: Fügen Sie mindestens einen hinzu (oder * für alle)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="+66"/>
        <source>all tenants (*)</source>
        <translation>alle Mandanten (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="+61"/>
        <source>The password of %1 is changed; their sessions have ended.</source>
        <translation>Das Passwort von %1 wurde geändert; die Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a user (%1)</source>
        <translation>Einen Benutzer anlegen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the users and sessions again (%1)</source>
        <translation>Benutzer und Sitzungen neu laden (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>End sess&amp;ion</source>
        <translation>S&amp;itzung beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the selected session out at once (Del)</source>
        <translation>Die ausgewählte Sitzung sofort abmelden (Entf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not load the users</source>
        <translation>Die Benutzer konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sessions of %1:</source>
        <translation>Sitzungen von %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load the sessions of %1</source>
        <translation>Die Sitzungen von %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>End your own session? You will have to log in again.</source>
        <translation>Ihre eigene Sitzung beenden? Sie müssen sich dann erneut anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this session of %1 now? Its next request is refused.</source>
        <translation>Diese Sitzung von %1 jetzt beenden? Ihre nächste Anfrage wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not end the session</source>
        <translation>Die Sitzung konnte nicht beendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>WeeklyHours</name>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="+129"/>
        <source>%1 %2</source>
        <comment>days, then hours: Mon–Fri 08:00–18:00</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <comment>from–to time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; </source>
        <comment>between office-hours entries</comment>
        <translation>; </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1–%2</source>
        <comment>from–to day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <comment>between days</comment>
        <translation>, </translation>
    </message>
</context>
</TS>
