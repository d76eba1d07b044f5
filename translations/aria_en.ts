<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>Cannot restrict access to the folder %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the file %1.</source>
        <translation>Cannot restrict access to the file %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and the file&apos;s permissions, then try again; the file was not changed.</source>
        <translation>Check the free disk space and the file&apos;s permissions, then try again; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>Cannot remove the autostart entry %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1.</source>
        <translation>Cannot write the autostart entry %1.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command is empty.</source>
        <translation>The browser command is empty.</translation>
    </message>
    <message>
        <source>Cannot start the browser command &quot;%1&quot;.</source>
        <translation>Cannot start the browser command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>No browser could be opened. Open this address yourself: %1</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re connected</source>
        <translation>You&apos;re connected</translation>
    </message>
    <message>
        <source>ARIA Integrations is finishing the connection. You can close this tab.</source>
        <translation>ARIA Integrations is finishing the connection. You can close this tab.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>Access was not granted</translation>
    </message>
    <message>
        <source>Nothing was connected. You can close this tab and try again from ARIA Integrations.</source>
        <translation>Nothing was connected. You can close this tab and try again from ARIA Integrations.</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>The connection failed</translation>
    </message>
    <message>
        <source>Nothing was connected. Close this tab and try again from ARIA Integrations.</source>
        <translation>Nothing was connected. Close this tab and try again from ARIA Integrations.</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <translation>This sign-in link has expired</translation>
    </message>
    <message>
        <source>Start the connection again from ARIA Integrations.</source>
        <translation>Start the connection again from ARIA Integrations.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>This link is not valid</translation>
    </message>
    <message>
        <source>ARIA Integrations did not expect this request. Nothing was changed.</source>
        <translation>ARIA Integrations did not expect this request. Nothing was changed.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aria-integrations --help</source>
        <translation>Unknown command &quot;%1&quot;. See: aria-integrations --help</translation>
    </message>
    <message>
        <source>Value (input hidden): </source>
        <translation>Value (input hidden): </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a readable SQLite file: %2</source>
        <translation>The database %1 is not a readable SQLite file: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ARIA Integrations (schema %2; this version knows up to %3). Update the app; the file was not changed.</source>
        <translation>The database %1 was written by a newer version of ARIA Integrations (schema %2; this version knows up to %3). Update the app; the file was not changed.</translation>
    </message>
    <message>
        <source>Cannot turn on write-ahead logging for %1: %2</source>
        <translation>Cannot turn on write-ahead logging for %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>Cannot lock the database %1: %2</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3</source>
        <translation>Updating the database %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>Cannot write the database %1: %2</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>A copy was saved as %1.</translation>
    </message>
    <message>
        <source>It was left as it is. To start over, move it aside and run again; then sync to fetch your connections back from Composio and Supabase.</source>
        <translation>It was left as it is. To start over, move it aside and run again; then sync to fetch your connections back from Composio and Supabase.</translation>
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
        <translation>ARIA Integrations is already running but is not responding.</translation>
    </message>
    <message>
        <source>End the running ARIA Integrations (for example in your system monitor), then start it again.</source>
        <translation>End the running ARIA Integrations (for example in your system monitor), then start it again.</translation>
    </message>
</context>
<context>
    <name>Integration</name>
    <message>
        <source>Google Calendar</source>
        <translation>Google Calendar</translation>
    </message>
    <message>
        <source>Sync your calendar for meeting briefs and scheduling</source>
        <translation>Sync your calendar for meeting briefs and scheduling</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Connect Gmail for email drafting and analysis</source>
        <translation>Connect Gmail for email drafting and analysis</translation>
    </message>
    <message>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <source>Connect Outlook for calendar and email integration</source>
        <translation>Connect Outlook for calendar and email integration</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Sync leads and opportunities from Salesforce</source>
        <translation>Sync leads and opportunities from Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Connect HubSpot CRM for lead management</source>
        <translation>Connect HubSpot CRM for lead management</translation>
    </message>
</context>
<context>
    <name>IntegrationCard</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnect needed</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconnect needed: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>connected as %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the window&apos;s first frame is painted.</source>
        <translation>Exit with status 0 right after the window&apos;s first frame is painted.</translation>
    </message>
    <message>
        <source>Connect work accounts through OAuth and see their state.</source>
        <translation>Connect work accounts through OAuth and see their state.</translation>
    </message>
    <message>
        <source>A command (see below); none starts the window.</source>
        <translation>A command (see below); none starts the window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally when there is no tray).</source>
        <translation>Start hidden in the system tray (shown normally when there is no tray).</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or system (overrides the setting).</source>
        <translation>Use this language for this run: en, de, fr, es or system (overrides the setting).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang takes en, de, fr, es or system.</source>
        <translation>--lang takes en, de, fr, es or system.</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>ARIA Integrations cannot find its network module (looked for %1). Reinstall it.</source>
        <translation>ARIA Integrations cannot find its network module (looked for %1). Reinstall it.</translation>
    </message>
    <message>
        <source>ARIA Integrations cannot load its network module %1: %2. Reinstall it.</source>
        <translation>ARIA Integrations cannot load its network module %1: %2. Reinstall it.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>The provider did not answer in time.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Could not reach the provider: %1</translation>
    </message>
    <message>
        <source>The provider answered with HTTP %1.</source>
        <translation>The provider answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the access token.</source>
        <translation>The provider no longer accepts the access token.</translation>
    </message>
    <message>
        <source>The provider sent an answer that could not be read.</source>
        <translation>The provider sent an answer that could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>The provider sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>The provider sent an answer larger than %n MB; it was not read.</numerusform>
            <numerusform>The provider sent an answer larger than %n MB; it was not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>An id is 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>An id is 2 to 48 lower-case letters, digits or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint: use https (http only on 127.0.0.1 or localhost).</source>
        <translation>&quot;%1&quot; is not a usable endpoint: use https (http only on 127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>The callback path must start with &apos;/&apos; and have no query or fragment.</source>
        <translation>The callback path must start with &apos;/&apos; and have no query or fragment.</translation>
    </message>
    <message>
        <source>At least one scope is needed.</source>
        <translation>At least one scope is needed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in integration.</source>
        <translation>&quot;%1&quot; is a built-in integration.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; remove it first.</source>
        <translation>A provider &quot;%1&quot; exists already; remove it first.</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;.</source>
        <translation>No added provider is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which this app requires.</source>
        <translation>The provider does not offer PKCE with S256, which this app requires.</translation>
    </message>
    <message>
        <source>The provider does not offer the authorization-code flow.</source>
        <translation>The provider does not offer the authorization-code flow.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Added provider (%1)</translation>
    </message>
    <message>
        <source>The discovery document names no usable issuer (&quot;%1&quot;).</source>
        <translation>The discovery document names no usable issuer (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, whose document would be at %2, not at %3.</source>
        <translation>The discovery document names the issuer &quot;%1&quot;, whose document would be at %2, not at %3.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>the connection closed before the whole answer arrived</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>another server</translation>
    </message>
    <message>
        <source>the answer was a redirect to %1, which is not followed, so no key or token was sent there</source>
        <translation>the answer was a redirect to %1, which is not followed, so no key or token was sent there</translation>
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
        <translation>Access to the keychain was denied.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets are only kept in the system keychain: start a Secret Service such as gnome-keyring.</source>
        <translation>No keychain is available (%1). Secrets are only kept in the system keychain: start a Secret Service such as gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer (is it locked or waiting for a password?).</source>
        <translation>The keychain did not answer (is it locked or waiting for a password?).</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost).</source>
        <translation>Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost).</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>The URL must not have a #fragment.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; keys go in the keychain.</source>
        <translation>The URL must not contain a user name or password; keys go in the keychain.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network anyone on the way could read the keys and tokens sent to %1. Use https.</source>
        <translation>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network anyone on the way could read the keys and tokens sent to %1. Use https.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Composio API base URL (or a proxy that holds the key)</source>
        <translation>Composio API base URL (or a proxy that holds the key)</translation>
    </message>
    <message>
        <source>Seconds a connect flow waits for the browser</source>
        <translation>Seconds a connect flow waits for the browser</translation>
    </message>
    <message>
        <source>Supabase project URL</source>
        <translation>Supabase project URL</translation>
    </message>
    <message>
        <source>Supabase anon (public) key</source>
        <translation>Supabase anon (public) key</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light or dark</translation>
    </message>
    <message>
        <source>system, on or off</source>
        <translation>system, on or off</translation>
    </message>
    <message>
        <source>system, en, de, fr or es</source>
        <translation>system, en, de, fr or es</translation>
    </message>
    <message>
        <source>composio or direct</source>
        <translation>composio or direct</translation>
    </message>
    <message>
        <source>OAuth client id for direct mode</source>
        <translation>OAuth client id for direct mode</translation>
    </message>
    <message>
        <source>Composio auth config id (found or created automatically when empty)</source>
        <translation>Composio auth config id (found or created automatically when empty)</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Expected a number of seconds from 10 to 3600.</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Expected system, light or dark.</translation>
    </message>
    <message>
        <source>Expected system, on or off.</source>
        <translation>Expected system, on or off.</translation>
    </message>
    <message>
        <source>Expected system, en, de, fr or es.</source>
        <translation>Expected system, en, de, fr or es.</translation>
    </message>
    <message>
        <source>Expected composio or direct.</source>
        <translation>Expected composio or direct.</translation>
    </message>
    <message>
        <source>The value must not contain spaces or control characters.</source>
        <translation>The value must not contain spaces or control characters.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Invalid value for %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
    </message>
    <message>
        <source>Start at login (true or false)</source>
        <translation>Start at login (true or false)</translation>
    </message>
    <message>
        <source>Start hidden in the tray (true or false)</source>
        <translation>Start hidden in the tray (true or false)</translation>
    </message>
    <message>
        <source>The &quot;still running in the tray&quot; notice was shown</source>
        <translation>The &quot;still running in the tray&quot; notice was shown</translation>
    </message>
    <message>
        <source>Pause background sync (true or false)</source>
        <translation>Pause background sync (true or false)</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Expected true or false.</translation>
    </message>
    <message>
        <source>Fixed port of the sign-in redirect in direct mode (empty: any free port)</source>
        <translation>Fixed port of the sign-in redirect in direct mode (empty: any free port)</translation>
    </message>
    <message>
        <source>Expected a port number from 1024 to 65535.</source>
        <translation>Expected a port number from 1024 to 65535.</translation>
    </message>
    <message>
        <source>cloud (through ARIA&apos;s server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set</source>
        <translation>cloud (through ARIA&apos;s server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set</translation>
    </message>
    <message>
        <source>ARIA&apos;s Composio function (empty: &lt;supabase.url&gt;/functions/v1/composio)</source>
        <translation>ARIA&apos;s Composio function (empty: &lt;supabase.url&gt;/functions/v1/composio)</translation>
    </message>
    <message>
        <source>Expected cloud or key.</source>
        <translation>Expected cloud or key.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>Another instance is running.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnect needed</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::ComposioBrokerClient</name>
    <message>
        <source>ARIA&apos;s server did not answer in time. Check the network connection and try again.</source>
        <translation>ARIA&apos;s server did not answer in time. Check the network connection and try again.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server cannot be reached (%1). Check the network connection.</source>
        <translation>ARIA&apos;s server cannot be reached (%1). Check the network connection.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server answered with a redirect (HTTP %1), which is not followed.</source>
        <translation>ARIA&apos;s server answered with a redirect (HTTP %1), which is not followed.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ARIA&apos;s server did not accept your sign-in (%1). Sign in again.</source>
        <translation>ARIA&apos;s server did not accept your sign-in (%1). Sign in again.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server: %1</source>
        <translation>ARIA&apos;s server: %1</translation>
    </message>
    <message>
        <source>Too many requests to ARIA&apos;s server; try again in a minute.</source>
        <translation>Too many requests to ARIA&apos;s server; try again in a minute.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server had a problem (HTTP %1): %2</source>
        <translation>ARIA&apos;s server had a problem (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No ARIA cloud is set up: set supabase.url and supabase.anon_key, or use your own Composio key (composio.via key).</source>
        <translation>No ARIA cloud is set up: set supabase.url and supabase.anon_key, or use your own Composio key (composio.via key).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server address (composio.broker_url) cannot be used: %1</source>
        <translation>ARIA&apos;s server address (composio.broker_url) cannot be used: %1</translation>
    </message>
    <message>
        <source>Sign in to ARIA to connect integrations.</source>
        <translation>Sign in to ARIA to connect integrations.</translation>
    </message>
    <message>
        <source>Your ARIA session could not be renewed. Sign in again.</source>
        <translation>Your ARIA session could not be renewed. Sign in again.</translation>
    </message>
    <message numerus="yes">
        <source>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</numerusform>
            <numerusform>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent an answer that could not be read (HTTP %1).</source>
        <translation>ARIA&apos;s server sent an answer that could not be read (HTTP %1).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server returned no usable connect link.</source>
        <translation>ARIA&apos;s server returned no usable connect link.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent no account list.</source>
        <translation>ARIA&apos;s server sent no account list.</translation>
    </message>
</context>
<context>
    <name>aria::ComposioClient</name>
    <message>
        <source>Composio did not answer in time. Check the network connection and try again.</source>
        <translation>Composio did not answer in time. Check the network connection and try again.</translation>
    </message>
    <message>
        <source>Composio cannot be reached (%1). Check the network connection.</source>
        <translation>Composio cannot be reached (%1). Check the network connection.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Composio refused the API key (%1). Set the right key in Settings or with: aria-integrations secret set composio-api-key</source>
        <translation>Composio refused the API key (%1). Set the right key in Settings or with: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>Composio: %1</source>
        <translation>Composio: %1</translation>
    </message>
    <message>
        <source>Composio is limiting the request rate; try again in a minute.</source>
        <translation>Composio is limiting the request rate; try again in a minute.</translation>
    </message>
    <message>
        <source>Composio had a problem (HTTP %1): %2</source>
        <translation>Composio had a problem (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No Composio API key is set. Add it in Settings, or run: aria-integrations secret set composio-api-key</source>
        <translation>No Composio API key is set. Add it in Settings, or run: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>The Composio API key cannot be read from the keychain: %1</source>
        <translation>The Composio API key cannot be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Composio sent an answer that could not be read (%1).</source>
        <translation>Composio sent an answer that could not be read (%1).</translation>
    </message>
    <message>
        <source>Composio created no auth config id.</source>
        <translation>Composio created no auth config id.</translation>
    </message>
    <message>
        <source>Composio returned no usable connect link.</source>
        <translation>Composio returned no usable connect link.</translation>
    </message>
    <message numerus="yes">
        <source>Composio sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Composio sent an answer larger than %n MB; it was not read.</numerusform>
            <numerusform>Composio sent an answer larger than %n MB; it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composio (composio.base_url) cannot be used: %1.</source>
        <translation>Composio (composio.base_url) cannot be used: %1.</translation>
    </message>
    <message>
        <source>The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1</source>
        <translation>The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>aria::ComposioConnector</name>
    <message>
        <source>%1 cannot be connected through Composio; use direct mode.</source>
        <translation>%1 cannot be connected through Composio; use direct mode.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; the connect link has expired. Try again.</source>
        <translation>No answer from the browser in time; the connect link has expired. Try again.</translation>
    </message>
    <message>
        <source>Cannot open the local address the browser returns to: %1</source>
        <translation>Cannot open the local address the browser returns to: %1</translation>
    </message>
    <message>
        <source>Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.</source>
        <translation>Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.</translation>
    </message>
    <message>
        <source>The connect link expired before the sign-in finished. Try again.</source>
        <translation>The connect link expired before the sign-in finished. Try again.</translation>
    </message>
    <message>
        <source>The connection was not completed: %1</source>
        <translation>The connection was not completed: %1</translation>
    </message>
    <message>
        <source>access was not granted</source>
        <translation>access was not granted</translation>
    </message>
    <message>
        <source>Composio reports the account as %1, not active%2</source>
        <translation>Composio reports the account as %1, not active%2</translation>
    </message>
    <message>
        <source>The account Composio returned belongs to another user. It was not stored.</source>
        <translation>The account Composio returned belongs to another user. It was not stored.</translation>
    </message>
    <message>
        <source>The account Composio returned is for %1, not %2. It was not stored.</source>
        <translation>The account Composio returned is for %1, not %2. It was not stored.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connected as %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Connecting was cancelled.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 is disconnected.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 is connected.</translation>
    </message>
    <message>
        <source>%1 was disconnected at Composio%2.</source>
        <translation>%1 was disconnected at Composio%2.</translation>
    </message>
    <message>
        <source>Composio reports %1 as %2%3. Reconnect to restore access.</source>
        <translation>Composio reports %1 as %2%3. Reconnect to restore access.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 is not connected.</translation>
    </message>
    <message>
        <source>%1 no longer exists at Composio; it is now disconnected.</source>
        <translation>%1 no longer exists at Composio; it is now disconnected.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 is busy; wait for the running action to finish.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>This %1 account is already connected as %2. It was not added again.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionManager</name>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>There is no integration &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connecting %1 in %2 mode is not available in this version.</source>
        <translation>Connecting %1 in %2 mode is not available in this version.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>The local store is not open.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a connection, not an integration; add to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is a connection, not an integration; add to &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionStore</name>
    <message>
        <source>A connection needs an integration id.</source>
        <translation>A connection needs an integration id.</translation>
    </message>
    <message>
        <source>There is no connection for %1 to record a sync on.</source>
        <translation>There is no connection for %1 to record a sync on.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Saving %1 failed: %2</translation>
    </message>
    <message>
        <source>Recording the upload failed: %1</source>
        <translation>Recording the upload failed: %1</translation>
    </message>
    <message>
        <source>Merging the server&apos;s changes failed: %1</source>
        <translation>Merging the server&apos;s changes failed: %1</translation>
    </message>
    <message>
        <source>Preparing the upload failed: %1</source>
        <translation>Preparing the upload failed: %1</translation>
    </message>
    <message>
        <source>There is no connection for %1.</source>
        <translation>There is no connection for %1.</translation>
    </message>
    <message>
        <source>Saving the sync state failed: %1</source>
        <translation>Saving the sync state failed: %1</translation>
    </message>
    <message>
        <source>The connection %1 belongs to %2, not %3.</source>
        <translation>The connection %1 belongs to %2, not %3.</translation>
    </message>
    <message>
        <source>%1 is not a connection id.</source>
        <translation>%1 is not a connection id.</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>Removing %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>aria::DirectOAuthConnector</name>
    <message>
        <source>The system keychain is not available%1. Direct OAuth keeps tokens only there: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The system keychain is not available%1. Direct OAuth keeps tokens only there: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused%1.</source>
        <translation>Access to the system keychain was refused%1.</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>The system keychain failed%1.</translation>
    </message>
    <message>
        <source>%1 has no OAuth endpoints for a direct connection.</source>
        <translation>%1 has no OAuth endpoints for a direct connection.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for %1. Register an OAuth client with the provider, then run: aria-integrations config set %2.client_id YOUR_CLIENT_ID</source>
        <translation>No OAuth client id is set for %1. Register an OAuth client with the provider, then run: aria-integrations config set %2.client_id YOUR_CLIENT_ID</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>The system keychain is not available.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 is busy; wait for the running action to finish.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connected as %1.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token; reconnect to continue.</source>
        <translation>%1 gave no refresh token; reconnect to continue.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 is not connected.</translation>
    </message>
    <message>
        <source>%1 is working.</source>
        <translation>%1 is working.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 is disconnected.</translation>
    </message>
    <message>
        <source>%1 is disconnected here. %2 offers no way to revoke the access from an app; remove it in your account&apos;s security settings if you wish.</source>
        <translation>%1 is disconnected here. %2 offers no way to revoke the access from an app; remove it in your account&apos;s security settings if you wish.</translation>
    </message>
    <message>
        <source>%1 is disconnected here, but the provider could not revoke the access (%2). Remove it in your account&apos;s security settings.</source>
        <translation>%1 is disconnected here, but the provider could not revoke the access (%2). Remove it in your account&apos;s security settings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection of %2.</source>
        <translation>&quot;%1&quot; is not a connection of %2.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>This %1 account is already connected as %2. It was not added again.</translation>
    </message>
</context>
<context>
    <name>aria::LoopbackReplyHandler</name>
    <message>
        <source>Cannot open a local port for the sign-in redirect: %1</source>
        <translation>Cannot open a local port for the sign-in redirect: %1</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program.</source>
        <translation>Port %1 on 127.0.0.1 is in use by another program.</translation>
    </message>
</context>
<context>
    <name>aria::OverallStatus</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected</source>
        <translation>No account connected</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 needs reconnecting</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconnect needed: %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
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
        <translation>Expected: account login --email &lt;address&gt; (the password is read from standard input).</translation>
    </message>
    <message>
        <source>Expected login, logout, status or sync.</source>
        <translation>Expected login, logout, status or sync.</translation>
    </message>
    <message>
        <source>Set the Supabase project first: config set supabase.url &lt;url&gt; and config set supabase.anon_key &lt;key&gt;.</source>
        <translation>Set the Supabase project first: config set supabase.url &lt;url&gt; and config set supabase.anon_key &lt;key&gt;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given on standard input.</source>
        <translation>No password given on standard input.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still waiting.</source>
        <translation>
            <numerusform>Synced; %n change still waiting.</numerusform>
            <numerusform>Synced; %n changes still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in, but the first sync failed: %1</source>
        <translation>Signed in, but the first sync failed: %1</translation>
    </message>
    <message>
        <source>Signed out. Connections stay on this device.</source>
        <translation>Signed out. Connections stay on this device.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload.</source>
        <translation>
            <numerusform>%n change waiting to upload.</numerusform>
            <numerusform>%n changes waiting to upload.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in; connections are kept on this device only.</source>
        <translation>Not signed in; connections are kept on this device only.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with: aria-integrations account login --email &lt;address&gt;</source>
        <translation>Not signed in. Sign in with: aria-integrations account login --email &lt;address&gt;</translation>
    </message>
    <message>
        <source>Sign in to Supabase, sign out, show or sync the account</source>
        <translation>Sign in to Supabase, sign out, show or sync the account</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Last synced %1.</translation>
    </message>
</context>
<context>
    <name>aria::cli::Command</name>
    <message>
        <source>Usage: aria-integrations %1 %2</source>
        <translation>Usage: aria-integrations %1 %2</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConfigCommand</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. See: aria-integrations config list</source>
        <translation>Unknown setting &quot;%1&quot;. See: aria-integrations config list</translation>
    </message>
    <message>
        <source>Expected get &lt;key&gt;, set &lt;key&gt; &lt;value&gt;, unset &lt;key&gt; or list.</source>
        <translation>Expected get &lt;key&gt;, set &lt;key&gt; &lt;value&gt;, unset &lt;key&gt; or list.</translation>
    </message>
    <message>
        <source>Read or change a setting</source>
        <translation>Read or change a setting</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectCommand</name>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout takes a number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Opening the sign-in page in the browser. If nothing opens, visit:</source>
        <translation>Opening the sign-in page in the browser. If nothing opens, visit:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C cancels)…</source>
        <translation>Waiting for the sign-in to finish (Ctrl-C cancels)…</translation>
    </message>
    <message>
        <source>Connect an integration through the browser (Ctrl-C cancels)</source>
        <translation>Connect an integration through the browser (Ctrl-C cancels)</translation>
    </message>
    <message>
        <source>--add takes an integration id, not a connection id: %1</source>
        <translation>--add takes an integration id, not a connection id: %1</translation>
    </message>
    <message>
        <source>%1 is already connected%2. To connect another account, add it: aria-integrations connect %1 --add. To connect this one again, disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 is already connected%2. To connect another account, add it: aria-integrations connect %1 --add. To connect this one again, disconnect it first: aria-integrations disconnect %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectionCommand</name>
    <message>
        <source>Name one integration.</source>
        <translation>Name one integration.</translation>
    </message>
    <message>
        <source>Unknown integration &quot;%1&quot;. Known: %2</source>
        <translation>Unknown integration &quot;%1&quot;. Known: %2</translation>
    </message>
    <message>
        <source>ARIA&apos;s cloud could not be reached; the change is kept here and sent at the next sync: %1</source>
        <translation>ARIA&apos;s cloud could not be reached; the change is kept here and sent at the next sync: %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::DisconnectCommand</name>
    <message>
        <source>Revoke and remove a connection (the row stays as disconnected)</source>
        <translation>Revoke and remove a connection (the row stays as disconnected)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ListCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>List integrations and their connection state</source>
        <translation>List integrations and their connection state</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · last synced %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::OpenCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>No display available to open the window on.</source>
        <translation>No display available to open the window on.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>Cannot start %1.</translation>
    </message>
    <message>
        <source>Show the window (of the running app, or start it)</source>
        <translation>Show the window (of the running app, or start it)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ProviderCommand</name>
    <message>
        <source>Expected add, list or remove.</source>
        <translation>Expected add, list or remove.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>No added providers. Add one with: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</source>
        <translation>No added providers. Add one with: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</translation>
    </message>
    <message>
        <source>Expected: provider remove &lt;id&gt;</source>
        <translation>Expected: provider remove &lt;id&gt;</translation>
    </message>
    <message>
        <source>%1 is still connected. Disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 is still connected. Disconnect it first: aria-integrations disconnect %1</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;. See: aria-integrations provider list</source>
        <translation>No added provider is called &quot;%1&quot;. See: aria-integrations provider list</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Removed provider %1.</translation>
    </message>
    <message>
        <source>Expected: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</source>
        <translation>Expected: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>&quot;%1&quot; is not a valid id: use 2 to 48 lower-case letters, digits or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option: %1</source>
        <translation>Unknown or incomplete option: %1</translation>
    </message>
    <message>
        <source>--client-id is required (register a desktop/native OAuth client with the provider).</source>
        <translation>--client-id is required (register a desktop/native OAuth client with the provider).</translation>
    </message>
    <message>
        <source>Give either --discovery URL or --authorize URL and --token URL.</source>
        <translation>Give either --discovery URL or --authorize URL and --token URL.</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect it with: aria-integrations connect %1</source>
        <translation>Added %1 (%2). Connect it with: aria-integrations connect %1</translation>
    </message>
    <message>
        <source>Note: the provider names no revocation endpoint; disconnecting only forgets the tokens here.</source>
        <translation>Note: the provider names no revocation endpoint; disconnecting only forgets the tokens here.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Added provider (%1)</translation>
    </message>
    <message>
        <source>The discovery URL must be https (http only on 127.0.0.1 or localhost).</source>
        <translation>The discovery URL must be https (http only on 127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>Could not read the discovery document at %1: %2</source>
        <translation>Could not read the discovery document at %1: %2</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>The discovery document cannot be used: %1</translation>
    </message>
    <message>
        <source>Add, list or remove OAuth providers for direct connections</source>
        <translation>Add, list or remove OAuth providers for direct connections</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB, so it was not read</source>
        <translation>
            <numerusform>it is larger than %n MB, so it was not read</numerusform>
            <numerusform>it is larger than %n MB, so it was not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it did not arrive within %n second(s)</source>
        <translation>
            <numerusform>it did not arrive within %n second</numerusform>
            <numerusform>it did not arrive within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::cli::SecretCommand</name>
    <message>
        <source>Expected: secret set &lt;name&gt; or secret unset &lt;name&gt;.</source>
        <translation>Expected: secret set &lt;name&gt; or secret unset &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Names: composio-api-key, &lt;integration&gt;-client-secret.</source>
        <translation>Unknown secret &quot;%1&quot;. Names: composio-api-key, &lt;integration&gt;-client-secret.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>The keychain refused: %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>Stored %1 in the keychain.</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>Removed %1 from the keychain.</translation>
    </message>
    <message>
        <source>No value on standard input. Example: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</source>
        <translation>No value on standard input. Example: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</translation>
    </message>
    <message>
        <source>Store a secret in the keychain, read from standard input</source>
        <translation>Store a secret in the keychain, read from standard input</translation>
    </message>
</context>
<context>
    <name>aria::cli::StatusCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message>
        <source> · needs attention: %1</source>
        <translation> · needs attention: %1</translation>
    </message>
    <message>
        <source>Summarise the state of all connections</source>
        <translation>Summarise the state of all connections</translation>
    </message>
</context>
<context>
    <name>aria::cli::SyncCommand</name>
    <message>
        <source>Check connections with the remote side and update their state</source>
        <translation>Check connections with the remote side and update their state</translation>
    </message>
</context>
<context>
    <name>aria::oauth::FlowRun</name>
    <message>
        <source>The provider did not answer the refresh in time.</source>
        <translation>The provider did not answer the refresh in time.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>The sign-in was not completed in time. Try again.</translation>
    </message>
    <message>
        <source>Access was denied at the provider.</source>
        <translation>Access was denied at the provider.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>The provider refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be used.</source>
        <translation>The provider&apos;s answer could not be used.</translation>
    </message>
    <message>
        <source>Could not open a port on 127.0.0.1 for the sign-in callback: %1</source>
        <translation>Could not open a port on 127.0.0.1 for the sign-in callback: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch), so it was rejected. If you did not start this sign-in, someone may have tried to link their account. Try again.</source>
        <translation>The sign-in answer did not match this request (state mismatch), so it was rejected. If you did not start this sign-in, someone may have tried to link their account. Try again.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the one asked, so it was rejected. Try again.</source>
        <translation>The sign-in answer came from another authorization server than the one asked, so it was rejected. Try again.</translation>
    </message>
    <message>
        <source>The provider sent no access token.</source>
        <translation>The provider sent no access token.</translation>
    </message>
    <message numerus="yes">
        <source>The provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>The provider did not answer within %n second.</numerusform>
            <numerusform>The provider did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s sign-in. Reconnect it.</source>
        <translation>The provider no longer accepts this connection&apos;s sign-in. Reconnect it.</translation>
    </message>
    <message>
        <source>The provider refused the authorization code (already used or expired). Try again.</source>
        <translation>The provider refused the authorization code (already used or expired). Try again.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Could not reach the provider: %1</translation>
    </message>
    <message>
        <source>The provider answered with an error: %1</source>
        <translation>The provider answered with an error: %1</translation>
    </message>
    <message>
        <source>The sign-in answer did not name the server that sent it, although this provider always does, so it was rejected. Try again.</source>
        <translation>The sign-in answer did not name the server that sent it, although this provider always does, so it was rejected. Try again.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::AuthClient</name>
    <message>
        <source>Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).</source>
        <translation>Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).</translation>
    </message>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Wrong e-mail address or password.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1): %2</source>
        <translation>Sign-in failed (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No keychain to keep the session in.</source>
        <translation>No keychain to keep the session in.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>The session could not be saved in the keychain: %1</translation>
    </message>
    <message>
        <source>Not signed in to Supabase.</source>
        <translation>Not signed in to Supabase.</translation>
    </message>
    <message>
        <source>Your Supabase session has ended (%1). Sign in again to keep syncing.</source>
        <translation>Your Supabase session has ended (%1). Sign in again to keep syncing.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot refresh the Supabase session: %1</source>
        <translation>Cannot refresh the Supabase session: %1</translation>
    </message>
    <message>
        <source>The Supabase URL (supabase.url) cannot be used: %1</source>
        <translation>The Supabase URL (supabase.url) cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RealtimeClient</name>
    <message>
        <source>The live connection was closed.</source>
        <translation>The live connection was closed.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>The server stopped answering.</translation>
    </message>
    <message>
        <source>The live connection was refused: %1</source>
        <translation>The live connection was refused: %1</translation>
    </message>
    <message>
        <source>The server did not accept the live subscription.</source>
        <translation>The server did not accept the live subscription.</translation>
    </message>
    <message>
        <source>The live connection ended: %1</source>
        <translation>The live connection ended: %1</translation>
    </message>
    <message>
        <source>The server closed the live connection.</source>
        <translation>The server closed the live connection.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RestClient</name>
    <message>
        <source>Cannot reach Supabase: %1</source>
        <translation>Cannot reach Supabase: %1</translation>
    </message>
    <message>
        <source>Supabase is unavailable (HTTP %1).</source>
        <translation>Supabase is unavailable (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase refused the session (%1). Sign in again.</source>
        <translation>Supabase refused the session (%1). Sign in again.</translation>
    </message>
    <message>
        <source>Supabase&apos;s row-level security refused the change (%1): %2. Check the user_integrations policies (docs/SUPABASE_SETUP.md).</source>
        <translation>Supabase&apos;s row-level security refused the change (%1): %2. Check the user_integrations policies (docs/SUPABASE_SETUP.md).</translation>
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1, %2): %3</source>
        <translation>Supabase rejected the request (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>Supabase sent an answer that could not be read (%1).</source>
        <translation>Supabase sent an answer that could not be read (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Supabase sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Supabase sent an answer larger than %n MB; it was not read.</numerusform>
            <numerusform>Supabase sent an answer larger than %n MB; it was not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supabase did not answer in time.</source>
        <translation>Supabase did not answer in time.</translation>
    </message>
    <message>
        <source>Supabase (supabase.url) cannot be used: %1.</source>
        <translation>Supabase (supabase.url) cannot be used: %1.</translation>
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
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Session ended. Sign in again.</source>
        <translation>Session ended. Sign in again.</translation>
    </message>
    <message>
        <source>Connections stay on this device</source>
        <translation>Connections stay on this device</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Sign in to Supabase</translation>
    </message>
    <message>
        <source>Sign in to Supabase to sync connections between your devices</source>
        <translation>Sign in to Supabase to sync connections between your devices</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out of Supabase</source>
        <translation>Sign out of Supabase</translation>
    </message>
    <message>
        <source>Sign out of Supabase; connections stay on this device</source>
        <translation>Sign out of Supabase; connections stay on this device</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changes from your other devices appear as they happen. %1</source>
        <translation>Changes from your other devices appear as they happen. %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountRow</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Disconnect %1?</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Sync %1 now</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnect %1</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Disconnect %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Keep %1 connected</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirm: disconnect %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Cancel connecting %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
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
        <translation>Connect</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Disconnect %1?</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connect %1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnect %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Cancel connecting %1</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Sync %1 now</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Disconnect %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Keep %1 connected</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirm: disconnect %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Add another account</translation>
    </message>
    <message>
        <source>Add another %1 account</source>
        <translation>Add another %1 account</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Connect your tools to enable ARIA&apos;s full capabilities</source>
        <translation>Connect your tools to enable ARIA&apos;s full capabilities</translation>
    </message>
    <message>
        <source>No integrations are available.</source>
        <translation>No integrations are available.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox: connected to local test services, not real accounts</source>
        <translation>Sandbox: connected to local test services, not real accounts</translation>
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
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connected as %1</translation>
    </message>
    <message>
        <source>Could not connect %1.</source>
        <translation>Could not connect %1.</translation>
    </message>
    <message>
        <source>Could not connect %1: %2</source>
        <translation>Could not connect %1: %2</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>Could not disconnect %1.</translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation>Could not disconnect %1: %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
</context>
<context>
    <name>aria::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Composio</source>
        <translation>Composio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Show key</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the stored key.</source>
        <translation>Kept in the system keychain, never in a file. Leave empty to keep the stored key.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Stored in the keychain</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Connect through</source>
        <translation>Connect through</translation>
    </message>
    <message>
        <source>Direct OAuth</source>
        <translation>Direct OAuth</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth client id</translation>
    </message>
    <message>
        <source>From the app you registered with the provider</source>
        <translation>From the app you registered with the provider</translation>
    </message>
    <message>
        <source>Sync across devices (Supabase)</source>
        <translation>Sync across devices (Supabase)</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Project URL</translation>
    </message>
    <message>
        <source>Anon (public) key</source>
        <translation>Anon (public) key</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reduce motion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>An API key has no spaces.</source>
        <translation>An API key has no spaces.</translation>
    </message>
    <message>
        <source>The keychain refused the key.</source>
        <translation>The keychain refused the key.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>A new language applies the next time the app starts.</translation>
    </message>
    <message>
        <source>Reach Composio</source>
        <translation>Reach Composio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>ARIA cloud (sign-in)</source>
        <translation>ARIA cloud (sign-in)</translation>
    </message>
    <message>
        <source>My own API key</source>
        <translation>My own API key</translation>
    </message>
</context>
<context>
    <name>aria::ui::SignInDialog</name>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Sign in to Supabase</translation>
    </message>
    <message>
        <source>Sign in to sync your connections between devices. Tokens stay in this device&apos;s keychain; only connection details are synced.</source>
        <translation>Sign in to sync your connections between devices. Tokens stay in this device&apos;s keychain; only connection details are synced.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Set the Supabase project URL and anon key in the settings first.</source>
        <translation>Set the Supabase project URL and anon key in the settings first.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>aria::ui::SkeletonCard</name>
    <message>
        <source>Loading integrations</source>
        <translation>Loading integrations</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayController</name>
    <message>
        <source>ARIA Integrations is still running</source>
        <translation>ARIA Integrations is still running</translation>
    </message>
    <message>
        <source>It keeps watching your connections from the tray. Choose Quit in the tray menu to exit.</source>
        <translation>It keeps watching your connections from the tray. Choose Quit in the tray menu to exit.</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Open Integrations…</source>
        <translation>Open Integrations…</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Pause sync</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>Reconnect %1…</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayNotifier</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 connected</translation>
    </message>
    <message>
        <source>The account is ready to use.</source>
        <translation>The account is ready to use.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1: connection failed</translation>
    </message>
    <message>
        <source>Click to open it and try again.</source>
        <translation>Click to open it and try again.</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 needs reconnecting</translation>
    </message>
    <message>
        <source>The connection expired. Click to open it and reconnect.</source>
        <translation>The connection expired. Click to open it and reconnect.</translation>
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
        <translation>Welcome to ARIA Integrations</translation>
    </message>
    <message>
        <source>Nothing is set up yet. Choose how to connect your accounts:</source>
        <translation>Nothing is set up yet. Choose how to connect your accounts:</translation>
    </message>
    <message>
        <source>Sign in to ARIA</source>
        <translation>Sign in to ARIA</translation>
    </message>
    <message>
        <source>Use your own Composio key</source>
        <translation>Use your own Composio key</translation>
    </message>
    <message>
        <source>Use your own OAuth client</source>
        <translation>Use your own OAuth client</translation>
    </message>
    <message>
        <source>Recommended. ARIA&apos;s cloud connects your accounts and keeps them in step on all your devices.</source>
        <translation>Recommended. ARIA&apos;s cloud connects your accounts and keeps them in step on all your devices.</translation>
    </message>
    <message>
        <source>For your own Composio project: the key stays in this computer&apos;s keychain.</source>
        <translation>For your own Composio project: the key stays in this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Register an OAuth app with the provider and connect to it directly.</source>
        <translation>Register an OAuth app with the provider and connect to it directly.</translation>
    </message>
</context>
</TS>
