<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>Der Zugriff auf den Ordner %1 kann nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the file %1.</source>
        <translation>Der Zugriff auf die Datei %1 kann nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Check the free disk space and the file&apos;s permissions, then try again; the file was not changed.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen der Datei und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1.</source>
        <translation>Der Autostart-Eintrag %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command is empty.</source>
        <translation>Der Browser-Befehl ist leer.</translation>
    </message>
    <message>
        <source>Cannot start the browser command &quot;%1&quot;.</source>
        <translation>Der Browser-Befehl „%1“ kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re connected</source>
        <translation>Sie sind verbunden</translation>
    </message>
    <message>
        <source>ARIA Integrations is finishing the connection. You can close this tab.</source>
        <translation>ARIA Integrations schließt die Verbindung ab. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>Der Zugriff wurde nicht gewährt</translation>
    </message>
    <message>
        <source>Nothing was connected. You can close this tab and try again from ARIA Integrations.</source>
        <translation>Es wurde nichts verbunden. Sie können diesen Tab schließen und es in ARIA Integrations erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was connected. Close this tab and try again from ARIA Integrations.</source>
        <translation>Es wurde nichts verbunden. Schließen Sie diesen Tab und versuchen Sie es in ARIA Integrations erneut.</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <translation>Dieser Anmeldelink ist abgelaufen</translation>
    </message>
    <message>
        <source>Start the connection again from ARIA Integrations.</source>
        <translation>Starten Sie die Verbindung in ARIA Integrations erneut.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Dieser Link ist ungültig</translation>
    </message>
    <message>
        <source>ARIA Integrations did not expect this request. Nothing was changed.</source>
        <translation>ARIA Integrations hat diese Anfrage nicht erwartet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aria-integrations --help</source>
        <translation>Unbekannter Befehl „%1“. Siehe: aria-integrations --help</translation>
    </message>
    <message>
        <source>Value (input hidden): </source>
        <translation>Wert (Eingabe verborgen): </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a readable SQLite file: %2</source>
        <translation>Die Datenbank %1 ist keine lesbare SQLite-Datei: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ARIA Integrations (schema %2; this version knows up to %3). Update the app; the file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von ARIA Integrations geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie die App; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot turn on write-ahead logging for %1: %2</source>
        <translation>Write-Ahead-Logging für %1 kann nicht eingeschaltet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung der Datenbank %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Eine Kopie wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>It was left as it is. To start over, move it aside and run again; then sync to fetch your connections back from Composio and Supabase.</source>
        <translation>Sie wurde unverändert gelassen. Um neu zu beginnen, verschieben Sie sie und starten Sie erneut; synchronisieren Sie dann, um Ihre Verbindungen von Composio und Supabase zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>ARIA Integrations</source>
        <translation>ARIA Integrations</translation>
    </message>
    <message>
        <source>ARIA Integrations is already running but is not responding.</source>
        <translation>ARIA Integrations läuft bereits, reagiert aber nicht.</translation>
    </message>
    <message>
        <source>End the running ARIA Integrations (for example in your system monitor), then start it again.</source>
        <translation>Beenden Sie das laufende ARIA Integrations (zum Beispiel in der Systemüberwachung) und starten Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Integration</name>
    <message>
        <source>Google Calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <source>Sync your calendar for meeting briefs and scheduling</source>
        <translation>Kalender synchronisieren für Meeting-Briefings und Terminplanung</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Connect Gmail for email drafting and analysis</source>
        <translation>Gmail verbinden, um E-Mails zu entwerfen und auszuwerten</translation>
    </message>
    <message>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <source>Connect Outlook for calendar and email integration</source>
        <translation>Outlook verbinden für Kalender und E-Mail</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Sync leads and opportunities from Salesforce</source>
        <translation>Leads und Verkaufschancen aus Salesforce synchronisieren</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Connect HubSpot CRM for lead management</source>
        <translation>HubSpot CRM für die Lead-Verwaltung verbinden</translation>
    </message>
</context>
<context>
    <name>IntegrationCard</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Erneute Verbindung nötig</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Erneute Verbindung nötig: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>verbunden als %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the window&apos;s first frame is painted.</source>
        <translation>Direkt nach dem ersten gezeichneten Fensterbild mit Status 0 beenden.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally when there is no tray).</source>
        <translation>Versteckt im Infobereich starten (normal angezeigt, wenn es keinen Infobereich gibt).</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or system (overrides the setting).</source>
        <translation>Diese Sprache für diesen Start verwenden: en, de, fr, es oder system (hat Vorrang vor der Einstellung).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Connect work accounts through OAuth and see their state.</source>
        <translation>Arbeitskonten über OAuth verbinden und ihren Zustand sehen.</translation>
    </message>
    <message>
        <source>A command (see below); none starts the window.</source>
        <translation>Ein Befehl (siehe unten); ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>--lang takes en, de, fr, es or system.</source>
        <translation>--lang erwartet en, de, fr, es oder system.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>ARIA Integrations cannot find its network module (looked for %1). Reinstall it.</source>
        <translation>ARIA Integrations findet sein Netzwerkmodul nicht (gesucht: %1). Installieren Sie es neu.</translation>
    </message>
    <message>
        <source>ARIA Integrations cannot load its network module %1: %2. Reinstall it.</source>
        <translation>ARIA Integrations kann sein Netzwerkmodul %1 nicht laden: %2. Installieren Sie es neu.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Der Anbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The provider answered with HTTP %1.</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the access token.</source>
        <translation>Der Anbieter akzeptiert das Zugriffstoken nicht mehr.</translation>
    </message>
    <message>
        <source>The provider sent an answer that could not be read.</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>The provider sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Der Anbieter hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
            <numerusform>Der Anbieter hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>An id is 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>Eine ID besteht aus 2 bis 48 Kleinbuchstaben, Ziffern oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint: use https (http only on 127.0.0.1 or localhost).</source>
        <translation>„%1“ ist kein verwendbarer Endpunkt: Verwenden Sie https (http nur bei 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>The callback path must start with &apos;/&apos; and have no query or fragment.</source>
        <translation>Der Callback-Pfad muss mit &apos;/&apos; beginnen und darf weder Query noch Fragment enthalten.</translation>
    </message>
    <message>
        <source>At least one scope is needed.</source>
        <translation>Mindestens ein Scope ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in integration.</source>
        <translation>„%1“ ist eine eingebaute Integration.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; remove it first.</source>
        <translation>Ein Anbieter „%1“ existiert bereits; entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;.</source>
        <translation>Kein hinzugefügter Anbieter heißt „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which this app requires.</source>
        <translation>Der Anbieter bietet kein PKCE mit S256 an, das diese App voraussetzt.</translation>
    </message>
    <message>
        <source>The provider does not offer the authorization-code flow.</source>
        <translation>Der Anbieter bietet den Authorization-Code-Flow nicht an.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Hinzugefügter Anbieter (%1)</translation>
    </message>
    <message>
        <source>The discovery document names no usable issuer (&quot;%1&quot;).</source>
        <translation>Das Discovery-Dokument nennt keinen verwendbaren Aussteller („%1“).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, whose document would be at %2, not at %3.</source>
        <translation>Das Discovery-Dokument nennt den Aussteller „%1“, dessen Dokument unter %2 läge, nicht unter %3.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>einem anderen Server</translation>
    </message>
    <message>
        <source>the answer was a redirect to %1, which is not followed, so no key or token was sent there</source>
        <translation>die Antwort war eine Weiterleitung zu %1, der nicht gefolgt wird; daher wurde dorthin kein Schlüssel und kein Token gesendet</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in the local demo (make demo); %1 is the normal title.</extracomment>
        <translation>%1 — Sandbox</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets are only kept in the system keychain: start a Secret Service such as gnome-keyring.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Geheimnisse werden nur im Schlüsselbund des Systems aufbewahrt: Starten Sie einen Secret Service wie gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer (is it locked or waiting for a password?).</source>
        <translation>Der Schlüsselbund antwortet nicht (ist er gesperrt oder wartet er auf ein Passwort?).</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost).</source>
        <translation>Erwartet wird eine https-URL (einfaches http nur bei 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>Die URL darf kein #Fragment enthalten.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; keys go in the keychain.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten; Schlüssel gehören in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network anyone on the way could read the keys and tokens sent to %1. Use https.</source>
        <translation>Einfaches http ist nur auf diesem Computer erlaubt (127.0.0.1, ::1 oder localhost): Über das Netzwerk könnte jeder auf dem Weg die an %1 gesendeten Schlüssel und Tokens mitlesen. Verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Composio API base URL (or a proxy that holds the key)</source>
        <translation>Basis-URL der Composio-API (oder eines Proxys, der den Schlüssel hält)</translation>
    </message>
    <message>
        <source>Seconds a connect flow waits for the browser</source>
        <translation>Sekunden, die ein Verbindungsvorgang auf den Browser wartet</translation>
    </message>
    <message>
        <source>Supabase project URL</source>
        <translation>URL des Supabase-Projekts</translation>
    </message>
    <message>
        <source>Supabase anon (public) key</source>
        <translation>Anon-Schlüssel (öffentlich) von Supabase</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light oder dark</translation>
    </message>
    <message>
        <source>system, on or off</source>
        <translation>system, on oder off</translation>
    </message>
    <message>
        <source>system, en, de, fr or es</source>
        <translation>system, en, de, fr oder es</translation>
    </message>
    <message>
        <source>Start at login (true or false)</source>
        <translation>Beim Anmelden starten (true oder false)</translation>
    </message>
    <message>
        <source>Start hidden in the tray (true or false)</source>
        <translation>Versteckt im Infobereich starten (true oder false)</translation>
    </message>
    <message>
        <source>The &quot;still running in the tray&quot; notice was shown</source>
        <translation>Der Hinweis „läuft im Infobereich weiter“ wurde angezeigt</translation>
    </message>
    <message>
        <source>Pause background sync (true or false)</source>
        <translation>Synchronisierung im Hintergrund pausieren (true oder false)</translation>
    </message>
    <message>
        <source>composio or direct</source>
        <translation>composio oder direct</translation>
    </message>
    <message>
        <source>OAuth client id for direct mode</source>
        <translation>OAuth-Client-ID für den direkten Modus</translation>
    </message>
    <message>
        <source>Composio auth config id (found or created automatically when empty)</source>
        <translation>Composio-Auth-Config-ID (wird automatisch gesucht oder angelegt, wenn leer)</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Erwartet wird eine Anzahl Sekunden von 10 bis 3600.</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Erwartet wird system, light oder dark.</translation>
    </message>
    <message>
        <source>Expected system, on or off.</source>
        <translation>Erwartet wird system, on oder off.</translation>
    </message>
    <message>
        <source>Expected system, en, de, fr or es.</source>
        <translation>Erwartet wird system, en, de, fr oder es.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>Expected composio or direct.</source>
        <translation>Erwartet wird composio oder direct.</translation>
    </message>
    <message>
        <source>The value must not contain spaces or control characters.</source>
        <translation>Der Wert darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Ungültiger Wert für %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Fixed port of the sign-in redirect in direct mode (empty: any free port)</source>
        <translation>Fester Port der Anmelde-Weiterleitung im direkten Modus (leer: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Expected a port number from 1024 to 65535.</source>
        <translation>Erwartet wird eine Portnummer von 1024 bis 65535.</translation>
    </message>
    <message>
        <source>cloud (through ARIA&apos;s server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set</source>
        <translation>cloud (über den ARIA-Server, angemeldet) oder key (Ihr eigener Composio-API-Schlüssel); leer: cloud, sobald ein Supabase-Projekt eingerichtet ist</translation>
    </message>
    <message>
        <source>ARIA&apos;s Composio function (empty: &lt;supabase.url&gt;/functions/v1/composio)</source>
        <translation>Composio-Funktion von ARIA (leer: &lt;supabase.url&gt;/functions/v1/composio)</translation>
    </message>
    <message>
        <source>Expected cloud or key.</source>
        <translation>Erwartet wird cloud oder key.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>Eine andere Instanz läuft bereits.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Erneute Verbindung nötig</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::ComposioBrokerClient</name>
    <message>
        <source>ARIA&apos;s server did not answer in time. Check the network connection and try again.</source>
        <translation>Der ARIA-Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server cannot be reached (%1). Check the network connection.</source>
        <translation>Der ARIA-Server ist nicht erreichbar (%1). Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server answered with a redirect (HTTP %1), which is not followed.</source>
        <translation>Der ARIA-Server hat mit einer Weiterleitung geantwortet (HTTP %1), der nicht gefolgt wird.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ARIA&apos;s server did not accept your sign-in (%1). Sign in again.</source>
        <translation>Der ARIA-Server hat Ihre Anmeldung nicht akzeptiert (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server: %1</source>
        <translation>ARIA-Server: %1</translation>
    </message>
    <message>
        <source>Too many requests to ARIA&apos;s server; try again in a minute.</source>
        <translation>Zu viele Anfragen an den ARIA-Server; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server had a problem (HTTP %1): %2</source>
        <translation>Beim ARIA-Server ist ein Problem aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No ARIA cloud is set up: set supabase.url and supabase.anon_key, or use your own Composio key (composio.via key).</source>
        <translation>Es ist keine ARIA-Cloud eingerichtet: Legen Sie supabase.url und supabase.anon_key fest oder verwenden Sie Ihren eigenen Composio-Schlüssel (composio.via key).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server address (composio.broker_url) cannot be used: %1</source>
        <translation>Die Adresse des ARIA-Servers (composio.broker_url) ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Sign in to ARIA to connect integrations.</source>
        <translation>Melden Sie sich bei ARIA an, um Integrationen zu verbinden.</translation>
    </message>
    <message>
        <source>Your ARIA session could not be renewed. Sign in again.</source>
        <translation>Ihre ARIA-Sitzung konnte nicht erneuert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Der ARIA-Server hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
            <numerusform>Der ARIA-Server hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent an answer that could not be read (HTTP %1).</source>
        <translation>Der ARIA-Server hat eine unlesbare Antwort gesendet (HTTP %1).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server returned no usable connect link.</source>
        <translation>Der ARIA-Server hat keinen verwendbaren Verbindungslink geliefert.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent no account list.</source>
        <translation>Der ARIA-Server hat keine Kontoliste gesendet.</translation>
    </message>
</context>
<context>
    <name>aria::ComposioClient</name>
    <message>
        <source>Composio did not answer in time. Check the network connection and try again.</source>
        <translation>Composio hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Composio cannot be reached (%1). Check the network connection.</source>
        <translation>Composio ist nicht erreichbar (%1). Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Composio refused the API key (%1). Set the right key in Settings or with: aria-integrations secret set composio-api-key</source>
        <translation>Composio hat den API-Schlüssel abgelehnt (%1). Hinterlegen Sie den richtigen Schlüssel in den Einstellungen oder mit: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>Composio: %1</source>
        <translation>Composio: %1</translation>
    </message>
    <message>
        <source>Composio is limiting the request rate; try again in a minute.</source>
        <translation>Composio begrenzt die Anfragerate; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Composio had a problem (HTTP %1): %2</source>
        <translation>Bei Composio ist ein Problem aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No Composio API key is set. Add it in Settings, or run: aria-integrations secret set composio-api-key</source>
        <translation>Es ist kein Composio-API-Schlüssel hinterlegt. Fügen Sie ihn in den Einstellungen hinzu oder führen Sie aus: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>The Composio API key cannot be read from the keychain: %1</source>
        <translation>Der Composio-API-Schlüssel kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Composio sent an answer that could not be read (%1).</source>
        <translation>Composio hat eine unlesbare Antwort gesendet (%1).</translation>
    </message>
    <message>
        <source>Composio created no auth config id.</source>
        <translation>Composio hat keine Auth-Config-ID angelegt.</translation>
    </message>
    <message>
        <source>Composio returned no usable connect link.</source>
        <translation>Composio hat keinen verwendbaren Verbindungslink geliefert.</translation>
    </message>
    <message numerus="yes">
        <source>Composio sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Composio hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
            <numerusform>Composio hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composio (composio.base_url) cannot be used: %1.</source>
        <translation>Composio (composio.base_url) ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1</source>
        <translation>Die Composio-Basis-URL (composio.base_url oder ARIA_COMPOSIO_BASE_URL) ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>aria::ComposioConnector</name>
    <message>
        <source>%1 cannot be connected through Composio; use direct mode.</source>
        <translation>%1 kann nicht über Composio verbunden werden; verwenden Sie den direkten Modus.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; the connect link has expired. Try again.</source>
        <translation>Keine rechtzeitige Antwort vom Browser; der Verbindungslink ist abgelaufen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot open the local address the browser returns to: %1</source>
        <translation>Die lokale Adresse, zu der der Browser zurückkehrt, kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.</source>
        <translation>Composio kennt die Auth-Config %1 nicht. Leeren oder korrigieren Sie die Einstellung %2.auth_config_id.</translation>
    </message>
    <message>
        <source>The connect link expired before the sign-in finished. Try again.</source>
        <translation>Der Verbindungslink ist abgelaufen, bevor die Anmeldung abgeschlossen war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection was not completed: %1</source>
        <translation>Die Verbindung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>access was not granted</source>
        <translation>der Zugriff wurde nicht gewährt</translation>
    </message>
    <message>
        <source>Composio reports the account as %1, not active%2</source>
        <translation>Composio meldet das Konto als %1, nicht aktiv%2</translation>
    </message>
    <message>
        <source>The account Composio returned belongs to another user. It was not stored.</source>
        <translation>Das von Composio gelieferte Konto gehört einem anderen Benutzer. Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The account Composio returned is for %1, not %2. It was not stored.</source>
        <translation>Das von Composio gelieferte Konto gehört zu %1, nicht zu %2. Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 ist getrennt.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <source>%1 was disconnected at Composio%2.</source>
        <translation>%1 wurde bei Composio getrennt%2.</translation>
    </message>
    <message>
        <source>Composio reports %1 as %2%3. Reconnect to restore access.</source>
        <translation>Composio meldet %1 als %2%3. Verbinden Sie neu, um den Zugriff wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 no longer exists at Composio; it is now disconnected.</source>
        <translation>%1 existiert bei Composio nicht mehr und ist jetzt getrennt.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 ist beschäftigt; warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Dieses %1-Konto ist bereits als %2 verbunden. Es wurde nicht erneut hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionManager</name>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Es gibt keine Integration „%1“.</translation>
    </message>
    <message>
        <source>Connecting %1 in %2 mode is not available in this version.</source>
        <translation>%1 im Modus %2 zu verbinden ist in dieser Version nicht möglich.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a connection, not an integration; add to &quot;%2&quot;.</source>
        <translation>„%1“ ist eine Verbindung, keine Integration; fügen Sie zu „%2“ hinzu.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionStore</name>
    <message>
        <source>A connection needs an integration id.</source>
        <translation>Eine Verbindung braucht eine Integrations-ID.</translation>
    </message>
    <message>
        <source>There is no connection for %1 to record a sync on.</source>
        <translation>Für %1 gibt es keine Verbindung, für die eine Synchronisierung erfasst werden könnte.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Es kann keine Datenbanktransaktion gestartet werden: %1</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Recording the upload failed: %1</source>
        <translation>Das Erfassen des Hochladens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Merging the server&apos;s changes failed: %1</source>
        <translation>Das Zusammenführen der Änderungen des Servers ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preparing the upload failed: %1</source>
        <translation>Das Vorbereiten des Hochladens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no connection for %1.</source>
        <translation>Für %1 gibt es keine Verbindung.</translation>
    </message>
    <message>
        <source>Saving the sync state failed: %1</source>
        <translation>Das Speichern des Synchronisierungsstands ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection %1 belongs to %2, not %3.</source>
        <translation>Die Verbindung %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>%1 is not a connection id.</source>
        <translation>%1 ist keine Verbindungs-ID.</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>aria::DirectOAuthConnector</name>
    <message>
        <source>The system keychain is not available%1. Direct OAuth keeps tokens only there: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar%1. Direktes OAuth bewahrt Tokens nur dort auf: Starten oder entsperren Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused%1.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert%1.</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler%1.</translation>
    </message>
    <message>
        <source>%1 has no OAuth endpoints for a direct connection.</source>
        <translation>%1 hat keine OAuth-Endpunkte für eine direkte Verbindung.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for %1. Register an OAuth client with the provider, then run: aria-integrations config set %2.client_id YOUR_CLIENT_ID</source>
        <translation>Für %1 ist keine OAuth-Client-ID hinterlegt. Registrieren Sie beim Anbieter einen OAuth-Client und führen Sie dann aus: aria-integrations config set %2.client_id IHRE_CLIENT_ID</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 ist beschäftigt; warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token; reconnect to continue.</source>
        <translation>%1 hat kein Refresh-Token geliefert; verbinden Sie neu, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 is working.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 ist getrennt.</translation>
    </message>
    <message>
        <source>%1 is disconnected here. %2 offers no way to revoke the access from an app; remove it in your account&apos;s security settings if you wish.</source>
        <translation>%1 ist hier getrennt. %2 bietet keine Möglichkeit, den Zugriff aus einer App zu widerrufen; entfernen Sie ihn bei Bedarf in den Sicherheitseinstellungen Ihres Kontos.</translation>
    </message>
    <message>
        <source>%1 is disconnected here, but the provider could not revoke the access (%2). Remove it in your account&apos;s security settings.</source>
        <translation>%1 ist hier getrennt, aber der Anbieter konnte den Zugriff nicht widerrufen (%2). Entfernen Sie ihn in den Sicherheitseinstellungen Ihres Kontos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection of %2.</source>
        <translation>„%1“ ist keine Verbindung von %2.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Dieses %1-Konto ist bereits als %2 verbunden. Es wurde nicht erneut hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>aria::LoopbackReplyHandler</name>
    <message>
        <source>Cannot open a local port for the sign-in redirect: %1</source>
        <translation>Für die Anmelde-Weiterleitung kann kein lokaler Port geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program.</source>
        <translation>Port %1 auf 127.0.0.1 wird von einem anderen Programm verwendet.</translation>
    </message>
</context>
<context>
    <name>aria::OverallStatus</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected</source>
        <translation>Kein Konto verbunden</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 muss neu verbunden werden</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Erneute Verbindung nötig: %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>aria::cli::AccountCommand</name>
    <message>
        <source>Expected: account login --email &lt;address&gt; (the password is read from standard input).</source>
        <translation>Erwartet: account login --email &lt;Adresse&gt; (das Passwort wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <source>Expected login, logout, status or sync.</source>
        <translation>Erwartet wird login, logout, status oder sync.</translation>
    </message>
    <message>
        <source>Set the Supabase project first: config set supabase.url &lt;url&gt; and config set supabase.anon_key &lt;key&gt;.</source>
        <translation>Legen Sie zuerst das Supabase-Projekt fest: config set supabase.url &lt;URL&gt; und config set supabase.anon_key &lt;Schlüssel&gt;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Passwort übergeben.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still waiting.</source>
        <translation>
            <numerusform>Synchronisiert; %n Änderung wartet noch.</numerusform>
            <numerusform>Synchronisiert; %n Änderungen warten noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in, but the first sync failed: %1</source>
        <translation>Angemeldet, aber die erste Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed out. Connections stay on this device.</source>
        <translation>Abgemeldet. Die Verbindungen bleiben auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Zuletzt synchronisiert: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Hochladen.</numerusform>
            <numerusform>%n Änderungen warten auf das Hochladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in; connections are kept on this device only.</source>
        <translation>Nicht angemeldet; die Verbindungen werden nur auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with: aria-integrations account login --email &lt;address&gt;</source>
        <translation>Nicht angemeldet. Anmelden mit: aria-integrations account login --email &lt;Adresse&gt;</translation>
    </message>
    <message>
        <source>Sign in to Supabase, sign out, show or sync the account</source>
        <translation>Bei Supabase anmelden, abmelden, das Konto anzeigen oder synchronisieren</translation>
    </message>
</context>
<context>
    <name>aria::cli::Command</name>
    <message>
        <source>Usage: aria-integrations %1 %2</source>
        <translation>Aufruf: aria-integrations %1 %2</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConfigCommand</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. See: aria-integrations config list</source>
        <translation>Unbekannte Einstellung „%1“. Siehe: aria-integrations config list</translation>
    </message>
    <message>
        <source>Expected get &lt;key&gt;, set &lt;key&gt; &lt;value&gt;, unset &lt;key&gt; or list.</source>
        <translation>Erwartet wird get &lt;Schlüssel&gt;, set &lt;Schlüssel&gt; &lt;Wert&gt;, unset &lt;Schlüssel&gt; oder list.</translation>
    </message>
    <message>
        <source>Read or change a setting</source>
        <translation>Eine Einstellung lesen oder ändern</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectCommand</name>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 86400.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <source>Opening the sign-in page in the browser. If nothing opens, visit:</source>
        <translation>Die Anmeldeseite wird im Browser geöffnet. Falls sich nichts öffnet, besuchen Sie:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C cancels)…</source>
        <translation>Warten auf den Abschluss der Anmeldung (Strg-C bricht ab)…</translation>
    </message>
    <message>
        <source>Connect an integration through the browser (Ctrl-C cancels)</source>
        <translation>Eine Integration über den Browser verbinden (Strg-C bricht ab)</translation>
    </message>
    <message>
        <source>--add takes an integration id, not a connection id: %1</source>
        <translation>--add erwartet eine Integrations-ID, keine Verbindungs-ID: %1</translation>
    </message>
    <message>
        <source>%1 is already connected%2. To connect another account, add it: aria-integrations connect %1 --add. To connect this one again, disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 ist bereits verbunden%2. Um ein weiteres Konto zu verbinden, fügen Sie es hinzu: aria-integrations connect %1 --add. Um dieses erneut zu verbinden, trennen Sie es zuerst: aria-integrations disconnect %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectionCommand</name>
    <message>
        <source>Name one integration.</source>
        <translation>Geben Sie eine Integration an.</translation>
    </message>
    <message>
        <source>Unknown integration &quot;%1&quot;. Known: %2</source>
        <translation>Unbekannte Integration „%1“. Bekannt: %2</translation>
    </message>
    <message>
        <source>ARIA&apos;s cloud could not be reached; the change is kept here and sent at the next sync: %1</source>
        <translation>Die ARIA-Cloud war nicht erreichbar; die Änderung bleibt hier gespeichert und wird bei der nächsten Synchronisierung gesendet: %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::DisconnectCommand</name>
    <message>
        <source>Revoke and remove a connection (the row stays as disconnected)</source>
        <translation>Eine Verbindung widerrufen und entfernen (der Eintrag bleibt als getrennt erhalten)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ListCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>List integrations and their connection state</source>
        <translation>Integrationen und ihren Verbindungsstatus auflisten</translation>
    </message>
</context>
<context>
    <name>aria::cli::OpenCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>No display available to open the window on.</source>
        <translation>Keine Anzeige verfügbar, auf der das Fenster geöffnet werden kann.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Show the window (of the running app, or start it)</source>
        <translation>Das Fenster anzeigen (der laufenden App, oder sie starten)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ProviderCommand</name>
    <message>
        <source>Expected add, list or remove.</source>
        <translation>Erwartet wird add, list oder remove.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>No added providers. Add one with: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</source>
        <translation>Keine hinzugefügten Anbieter. Fügen Sie einen hinzu mit: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</translation>
    </message>
    <message>
        <source>Expected: provider remove &lt;id&gt;</source>
        <translation>Erwartet: provider remove &lt;id&gt;</translation>
    </message>
    <message>
        <source>%1 is still connected. Disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 ist noch verbunden. Trennen Sie es zuerst: aria-integrations disconnect %1</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;. See: aria-integrations provider list</source>
        <translation>Kein hinzugefügter Anbieter heißt „%1“. Siehe: aria-integrations provider list</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Anbieter %1 entfernt.</translation>
    </message>
    <message>
        <source>Expected: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</source>
        <translation>Erwartet: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie 2 bis 48 Kleinbuchstaben, Ziffern oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option: %1</source>
        <translation>Unbekannte oder unvollständige Option: %1</translation>
    </message>
    <message>
        <source>--client-id is required (register a desktop/native OAuth client with the provider).</source>
        <translation>--client-id ist erforderlich (registrieren Sie beim Anbieter einen Desktop-/nativen OAuth-Client).</translation>
    </message>
    <message>
        <source>Give either --discovery URL or --authorize URL and --token URL.</source>
        <translation>Geben Sie entweder --discovery URL oder --authorize URL und --token URL an.</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect it with: aria-integrations connect %1</source>
        <translation>%1 (%2) hinzugefügt. Verbinden mit: aria-integrations connect %1</translation>
    </message>
    <message>
        <source>Note: the provider names no revocation endpoint; disconnecting only forgets the tokens here.</source>
        <translation>Hinweis: Der Anbieter nennt keinen Widerrufs-Endpunkt; beim Trennen werden die Tokens nur hier vergessen.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Hinzugefügter Anbieter (%1)</translation>
    </message>
    <message>
        <source>The discovery URL must be https (http only on 127.0.0.1 or localhost).</source>
        <translation>Die Discovery-URL muss https verwenden (http nur bei 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>Could not read the discovery document at %1: %2</source>
        <translation>Das Discovery-Dokument unter %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>Das Discovery-Dokument ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Add, list or remove OAuth providers for direct connections</source>
        <translation>OAuth-Anbieter für direkte Verbindungen hinzufügen, auflisten oder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB, so it was not read</source>
        <translation>
            <numerusform>es ist größer als %n MB und wurde daher nicht gelesen</numerusform>
            <numerusform>es ist größer als %n MB und wurde daher nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it did not arrive within %n second(s)</source>
        <translation>
            <numerusform>es ist nicht innerhalb von %n Sekunde eingetroffen</numerusform>
            <numerusform>es ist nicht innerhalb von %n Sekunden eingetroffen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::cli::SecretCommand</name>
    <message>
        <source>Expected: secret set &lt;name&gt; or secret unset &lt;name&gt;.</source>
        <translation>Erwartet: secret set &lt;Name&gt; oder secret unset &lt;Name&gt;.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Names: composio-api-key, &lt;integration&gt;-client-secret.</source>
        <translation>Unbekanntes Geheimnis „%1“. Namen: composio-api-key, &lt;Integration&gt;-client-secret.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No value on standard input. Example: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</source>
        <translation>Kein Wert auf der Standardeingabe. Beispiel: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</translation>
    </message>
    <message>
        <source>Store a secret in the keychain, read from standard input</source>
        <translation>Ein Geheimnis von der Standardeingabe lesen und im Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>aria::cli::StatusCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source> · needs attention: %1</source>
        <translation> · braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Summarise the state of all connections</source>
        <translation>Den Zustand aller Verbindungen zusammenfassen</translation>
    </message>
</context>
<context>
    <name>aria::cli::SyncCommand</name>
    <message>
        <source>Check connections with the remote side and update their state</source>
        <translation>Verbindungen mit der Gegenseite prüfen und ihren Zustand aktualisieren</translation>
    </message>
</context>
<context>
    <name>aria::oauth::FlowRun</name>
    <message>
        <source>The provider did not answer the refresh in time.</source>
        <translation>Der Anbieter hat auf die Erneuerung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access was denied at the provider.</source>
        <translation>Der Zugriff wurde beim Anbieter verweigert.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be used.</source>
        <translation>Die Antwort des Anbieters war nicht verwendbar.</translation>
    </message>
    <message>
        <source>Could not open a port on 127.0.0.1 for the sign-in callback: %1</source>
        <translation>Auf 127.0.0.1 konnte kein Port für den Anmelde-Callback geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch), so it was rejected. If you did not start this sign-in, someone may have tried to link their account. Try again.</source>
        <translation>Die Anmeldeantwort passte nicht zu dieser Anfrage (State stimmt nicht überein) und wurde deshalb abgelehnt. Wenn Sie diese Anmeldung nicht gestartet haben, hat möglicherweise jemand versucht, sein Konto zu verknüpfen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the one asked, so it was rejected. Try again.</source>
        <translation>Die Anmeldeantwort kam von einem anderen Autorisierungsserver als dem angefragten und wurde deshalb abgelehnt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider sent no access token.</source>
        <translation>Der Anbieter hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Anbieter hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Anbieter hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s sign-in. Reconnect it.</source>
        <translation>Der Anbieter akzeptiert die Anmeldung dieser Verbindung nicht mehr. Verbinden Sie sie neu.</translation>
    </message>
    <message>
        <source>The provider refused the authorization code (already used or expired). Try again.</source>
        <translation>Der Anbieter hat den Autorisierungscode abgelehnt (bereits verwendet oder abgelaufen). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Der Anbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The provider answered with an error: %1</source>
        <translation>Der Anbieter hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>The sign-in answer did not name the server that sent it, although this provider always does, so it was rejected. Try again.</source>
        <translation>Die Anmeldeantwort nannte nicht den Server, der sie gesendet hat, obwohl dieser Anbieter das immer tut, und wurde deshalb abgelehnt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::AuthClient</name>
    <message>
        <source>Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).</source>
        <translation>Legen Sie zuerst die Supabase-URL und den Anon-Schlüssel fest (Einstellungen supabase.url und supabase.anon_key).</translation>
    </message>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1): %2</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No keychain to keep the session in.</source>
        <translation>Kein Schlüsselbund, in dem die Sitzung aufbewahrt werden kann.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>Die Sitzung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not signed in to Supabase.</source>
        <translation>Nicht bei Supabase angemeldet.</translation>
    </message>
    <message>
        <source>Your Supabase session has ended (%1). Sign in again to keep syncing.</source>
        <translation>Ihre Supabase-Sitzung ist beendet (%1). Melden Sie sich erneut an, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot refresh the Supabase session: %1</source>
        <translation>Die Supabase-Sitzung kann nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The Supabase URL (supabase.url) cannot be used: %1</source>
        <translation>Die Supabase-URL (supabase.url) ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RealtimeClient</name>
    <message>
        <source>The live connection was closed.</source>
        <translation>Die Live-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The live connection was refused: %1</source>
        <translation>Die Live-Verbindung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not accept the live subscription.</source>
        <translation>Der Server hat das Live-Abonnement nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The live connection ended: %1</source>
        <translation>Die Live-Verbindung wurde beendet: %1</translation>
    </message>
    <message>
        <source>The server closed the live connection.</source>
        <translation>Der Server hat die Live-Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RestClient</name>
    <message>
        <source>Cannot reach Supabase: %1</source>
        <translation>Supabase ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Supabase is unavailable (HTTP %1).</source>
        <translation>Supabase ist nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase refused the session (%1). Sign in again.</source>
        <translation>Supabase hat die Sitzung abgelehnt (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Supabase&apos;s row-level security refused the change (%1): %2. Check the user_integrations policies (docs/SUPABASE_SETUP.md).</source>
        <translation>Die Row-Level-Security von Supabase hat die Änderung abgelehnt (%1): %2. Prüfen Sie die Richtlinien von user_integrations (docs/SUPABASE_SETUP.md).</translation>
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1, %2): %3</source>
        <translation>Supabase hat die Anfrage abgelehnt (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>Supabase sent an answer that could not be read (%1).</source>
        <translation>Supabase hat eine Antwort gesendet, die nicht gelesen werden konnte (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Supabase sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Supabase hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
            <numerusform>Supabase hat eine Antwort größer als %n MB gesendet; sie wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supabase did not answer in time.</source>
        <translation>Supabase hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Supabase (supabase.url) cannot be used: %1.</source>
        <translation>Supabase (supabase.url) ist nicht verwendbar: %1.</translation>
    </message>
</context>
<context>
    <name>aria::sync::SyncEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountChip</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Session ended. Sign in again.</source>
        <translation>Sitzung beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Connections stay on this device</source>
        <translation>Verbindungen bleiben auf diesem Gerät</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Bei Supabase anmelden</translation>
    </message>
    <message>
        <source>Sign in to Supabase to sync connections between your devices</source>
        <translation>Bei Supabase anmelden, um Verbindungen zwischen Ihren Geräten zu synchronisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of Supabase</source>
        <translation>Von Supabase abmelden</translation>
    </message>
    <message>
        <source>Sign out of Supabase; connections stay on this device</source>
        <translation>Von Supabase abmelden; die Verbindungen bleiben auf diesem Gerät</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n Änderung wartet</numerusform>
            <numerusform>Offline · %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changes from your other devices appear as they happen. %1</source>
        <translation>Änderungen von Ihren anderen Geräten erscheinen sofort. %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountRow</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>%1 jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>%1 verbunden lassen</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Bestätigen: %1 trennen</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Verbinden von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>aria::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationCard</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Verbinden von %1 abbrechen</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>%1 jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>%1 verbunden lassen</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Bestätigen: %1 trennen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add another %1 account</source>
        <translation>Weiteres %1-Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Connect your tools to enable ARIA&apos;s full capabilities</source>
        <translation>Verbinden Sie Ihre Tools, um alle Funktionen von ARIA zu nutzen</translation>
    </message>
    <message>
        <source>No integrations are available.</source>
        <translation>Es sind keine Integrationen verfügbar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox: connected to local test services, not real accounts</source>
        <translation>Sandbox: mit lokalen Testdiensten verbunden, nicht mit echten Konten</translation>
    </message>
</context>
<context>
    <name>aria::ui::MainWindow</name>
    <message>
        <source>ARIA Integrations</source>
        <translation>ARIA Integrations</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Could not connect %1.</source>
        <translation>%1 konnte nicht verbunden werden.</translation>
    </message>
    <message>
        <source>Could not connect %1: %2</source>
        <translation>%1 konnte nicht verbunden werden: %2</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>%1 konnte nicht getrennt werden.</translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation>%1 konnte nicht getrennt werden: %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
</context>
<context>
    <name>aria::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Composio</source>
        <translation>Composio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the stored key.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Connect through</source>
        <translation>Verbinden über</translation>
    </message>
    <message>
        <source>Direct OAuth</source>
        <translation>Direktes OAuth</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>From the app you registered with the provider</source>
        <translation>Aus der App, die Sie beim Anbieter registriert haben</translation>
    </message>
    <message>
        <source>Sync across devices (Supabase)</source>
        <translation>Geräteübergreifend synchronisieren (Supabase)</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Projekt-URL</translation>
    </message>
    <message>
        <source>Anon (public) key</source>
        <translation>Anon-Schlüssel (öffentlich)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>An API key has no spaces.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The keychain refused the key.</source>
        <translation>Der Schlüsselbund hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Reach Composio</source>
        <translation>Zugang zu Composio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>ARIA cloud (sign-in)</source>
        <translation>ARIA-Cloud (Anmeldung)</translation>
    </message>
    <message>
        <source>My own API key</source>
        <translation>Eigener API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>aria::ui::SignInDialog</name>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Bei Supabase anmelden</translation>
    </message>
    <message>
        <source>Sign in to sync your connections between devices. Tokens stay in this device&apos;s keychain; only connection details are synced.</source>
        <translation>Melden Sie sich an, um Ihre Verbindungen zwischen Geräten zu synchronisieren. Tokens bleiben im Schlüsselbund dieses Geräts; nur die Verbindungsdetails werden synchronisiert.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set the Supabase project URL and anon key in the settings first.</source>
        <translation>Legen Sie zuerst die Projekt-URL und den Anon-Schlüssel von Supabase in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>aria::ui::SkeletonCard</name>
    <message>
        <source>Loading integrations</source>
        <translation>Integrationen werden geladen</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayController</name>
    <message>
        <source>ARIA Integrations is still running</source>
        <translation>ARIA Integrations läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your connections from the tray. Choose Quit in the tray menu to exit.</source>
        <translation>Die App überwacht Ihre Verbindungen weiterhin aus dem Infobereich. Wählen Sie Beenden im Menü des Infobereichs, um sie zu schließen.</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Open Integrations…</source>
        <translation>Integrationen öffnen…</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>%1 neu verbinden…</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayNotifier</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>The account is ready to use.</source>
        <translation>Das Konto ist einsatzbereit.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1: Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Click to open it and try again.</source>
        <translation>Klicken Sie, um es zu öffnen und erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 muss neu verbunden werden</translation>
    </message>
    <message>
        <source>The connection expired. Click to open it and reconnect.</source>
        <translation>Die Verbindung ist abgelaufen. Klicken Sie, um sie zu öffnen und neu zu verbinden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>aria::ui::WelcomePanel</name>
    <message>
        <source>Welcome to ARIA Integrations</source>
        <translation>Willkommen bei ARIA Integrations</translation>
    </message>
    <message>
        <source>Nothing is set up yet. Choose how to connect your accounts:</source>
        <translation>Noch ist nichts eingerichtet. Wählen Sie, wie Sie Ihre Konten verbinden möchten:</translation>
    </message>
    <message>
        <source>Sign in to ARIA</source>
        <translation>Bei ARIA anmelden</translation>
    </message>
    <message>
        <source>Use your own Composio key</source>
        <translation>Eigenen Composio-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Use your own OAuth client</source>
        <translation>Eigenen OAuth-Client verwenden</translation>
    </message>
    <message>
        <source>Recommended. ARIA&apos;s cloud connects your accounts and keeps them in step on all your devices.</source>
        <translation>Empfohlen. Die ARIA-Cloud verbindet Ihre Konten und hält sie auf all Ihren Geräten synchron.</translation>
    </message>
    <message>
        <source>For your own Composio project: the key stays in this computer&apos;s keychain.</source>
        <translation>Für Ihr eigenes Composio-Projekt: Der Schlüssel bleibt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Register an OAuth app with the provider and connect to it directly.</source>
        <translation>Registrieren Sie beim Anbieter eine OAuth-App und verbinden Sie sich direkt damit.</translation>
    </message>
</context>
</TS>
