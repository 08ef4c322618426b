<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminClient</name>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="+45"/>
        <source>The server sent an answer this version cannot read.</source>
        <translation>Der Server hat eine Antwort geschickt, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid server address (http://host:port).</source>
        <translation>„%1“ ist keine gültige Serveradresse (http://host:port).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+17"/>
        <source>You are not logged in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1 without a readable body.</source>
        <translation>Der Server antwortete mit HTTP %1 ohne lesbaren Inhalt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="+116"/>
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
        <translation>Wartezeit</translation>
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
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="+67"/>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the callbacks again (%1)</source>
        <translation>Callbacks neu laden (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+12"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load callbacks: %1</source>
        <translation>Callbacks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request %1)</source>
        <translation>(Anfrage %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Callbacks loaded: %1</source>
        <translation>Geladene Callbacks: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(more on the server)</source>
        <translation>(weitere auf dem Server)</translation>
    </message>
</context>
<context>
    <name>ComingSoonLabel</name>
    <message>
        <location filename="../desktop/tabs/ComingSoonLabel.cpp" line="+7"/>
        <source>Not implemented yet.</source>
        <translation>Noch nicht umgesetzt.</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="+10"/>
        <source>Here administrators will register and manage the GWS credentials of each tenant.</source>
        <translation>Hier werden Administratoren die GWS-Zugangsdaten jedes Mandanten hinterlegen und verwalten.</translation>
    </message>
</context>
<context>
    <name>DeveloperTab</name>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="+10"/>
        <source>Here developers will create, validate and revoke API keys, read the API request and error log, and check the health of GES&apos;s dependencies.</source>
        <translation>Hier werden Entwickler API-Schlüssel erstellen, prüfen und widerrufen, das Protokoll der API-Anfragen und -Fehler lesen und den Zustand der Abhängigkeiten von GES prüfen.</translation>
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
        <location filename="../desktop/MainWindow.cpp" line="+31"/>
        <source>GES Administration</source>
        <translation>GES-Verwaltung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Callbacks</source>
        <translation>&amp;Callbacks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Developer</source>
        <translation>&amp;Entwickler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+19"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>QueuesTab</name>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="+10"/>
        <source>Here you will see each callback service&apos;s queue: waiting callbacks, positions and estimated wait times.</source>
        <translation>Hier sehen Sie die Warteschlange jedes Callback-Dienstes: wartende Callbacks, Positionen und geschätzte Wartezeiten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../desktop/main.cpp" line="+30"/>
        <source>Desktop administration of a GES server.</source>
        <translation>Desktop-Verwaltung eines GES-Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preselect the server URL in the login dialog.</source>
        <translation>Die Server-URL im Anmeldedialog vorauswählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
</TS>
