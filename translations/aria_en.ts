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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command "%1". See: aria-integrations --help</source>
        <translation>Unknown command "%1". See: aria-integrations --help</translation>
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
        <source>Exit with status 0 right after the window's first frame is painted.</source>
        <translation>Exit with status 0 right after the window's first frame is painted.</translation>
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
        <source>Expected an http(s) URL.</source>
        <translation>Expected an http(s) URL.</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Expected a number of seconds from 10 to 3600.</translation>
    </message>
    <message>
        <source>light</source>
        <translation>light</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Expected system, light or dark.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Expected system, on or off.</source>
        <translation>Expected system, on or off.</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
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
        <source>Unknown setting "%1".</source>
        <translation>Unknown setting "%1".</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Invalid value for %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Cannot write the settings file %1.</translation>
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
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
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
        <source>Unknown setting "%1". See: aria-integrations config list</source>
        <translation>Unknown setting "%1". See: aria-integrations config list</translation>
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
    <name>aria::cli::ListCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>List integrations and their connection state</source>
        <translation>List integrations and their connection state</translation>
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
            <numerusform>%n connected</numerusform><numerusform>%n connected</numerusform></translation>
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
    <name>aria::ui::MainWindow</name>
    <message>
        <source>ARIA Integrations</source>
        <translation>ARIA Integrations</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Connect your tools to enable ARIA's full capabilities</source>
        <translation>Connect your tools to enable ARIA's full capabilities</translation>
    </message>
</context>
</TS>