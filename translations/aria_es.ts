<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>No se puede restringir el acceso a la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the file %1.</source>
        <translation>No se puede restringir el acceso al archivo %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and the file&apos;s permissions, then try again; the file was not changed.</source>
        <translation>Compruebe el espacio libre en disco y los permisos del archivo e inténtelo de nuevo; el archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>No se puede eliminar la entrada de inicio automático %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1.</source>
        <translation>No se puede escribir la entrada de inicio automático %1.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command is empty.</source>
        <translation>El comando del navegador está vacío.</translation>
    </message>
    <message>
        <source>Cannot start the browser command &quot;%1&quot;.</source>
        <translation>No se puede iniciar el comando del navegador «%1».</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir ningún navegador. Abra usted mismo esta dirección: %1</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re connected</source>
        <translation>Ya está conectado</translation>
    </message>
    <message>
        <source>ARIA Integrations is finishing the connection. You can close this tab.</source>
        <translation>ARIA Integrations está terminando la conexión. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>No se concedió el acceso</translation>
    </message>
    <message>
        <source>Nothing was connected. You can close this tab and try again from ARIA Integrations.</source>
        <translation>No se conectó nada. Puede cerrar esta pestaña y volver a intentarlo desde ARIA Integrations.</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>La conexión ha fallado</translation>
    </message>
    <message>
        <source>Nothing was connected. Close this tab and try again from ARIA Integrations.</source>
        <translation>No se conectó nada. Cierre esta pestaña y vuelva a intentarlo desde ARIA Integrations.</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <translation>Este enlace de inicio de sesión ha caducado</translation>
    </message>
    <message>
        <source>Start the connection again from ARIA Integrations.</source>
        <translation>Vuelva a iniciar la conexión desde ARIA Integrations.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Este enlace no es válido</translation>
    </message>
    <message>
        <source>ARIA Integrations did not expect this request. Nothing was changed.</source>
        <translation>ARIA Integrations no esperaba esta solicitud. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aria-integrations --help</source>
        <translation>Comando desconocido «%1». Consulte: aria-integrations --help</translation>
    </message>
    <message>
        <source>Value (input hidden): </source>
        <translation>Valor (entrada oculta): </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a readable SQLite file: %2</source>
        <translation>La base de datos %1 no es un archivo SQLite legible: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ARIA Integrations (schema %2; this version knows up to %3). Update the app; the file was not changed.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de ARIA Integrations (esquema %2; esta versión conoce hasta el %3). Actualice la aplicación; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot turn on write-ahead logging for %1: %2</source>
        <translation>No se puede activar el registro de escritura anticipada (WAL) para %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de datos %1 está dañada: %2</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>No se puede bloquear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3</source>
        <translation>No se pudo actualizar la base de datos %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>No se puede escribir en la base de datos %1: %2</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <source>It was left as it is. To start over, move it aside and run again; then sync to fetch your connections back from Composio and Supabase.</source>
        <translation>Se ha dejado tal cual. Para empezar de nuevo, muévalo a otro lugar y vuelva a ejecutar; después sincronice para recuperar sus conexiones de Composio y Supabase.</translation>
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
        <translation>ARIA Integrations ya se está ejecutando, pero no responde.</translation>
    </message>
    <message>
        <source>End the running ARIA Integrations (for example in your system monitor), then start it again.</source>
        <translation>Cierre la instancia de ARIA Integrations en ejecución (por ejemplo, en el monitor del sistema) y vuelva a iniciarlo.</translation>
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
        <translation>Sincronice su calendario para resúmenes de reuniones y planificación</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Connect Gmail for email drafting and analysis</source>
        <translation>Conecte Gmail para redactar y analizar correos</translation>
    </message>
    <message>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <source>Connect Outlook for calendar and email integration</source>
        <translation>Conecte Outlook para el calendario y el correo</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Sync leads and opportunities from Salesforce</source>
        <translation>Sincronice clientes potenciales y oportunidades de Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Connect HubSpot CRM for lead management</source>
        <translation>Conecte HubSpot CRM para gestionar clientes potenciales</translation>
    </message>
</context>
<context>
    <name>IntegrationCard</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconexión necesaria</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconexión necesaria: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Error de conexión: %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>conectado como %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>última sincronización %1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the window&apos;s first frame is painted.</source>
        <translation>Salir con el estado 0 justo después de dibujar el primer fotograma de la ventana.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally when there is no tray).</source>
        <translation>Iniciar oculto en la bandeja del sistema (se muestra normalmente si no hay bandeja).</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or system (overrides the setting).</source>
        <translation>Usar este idioma en esta ejecución: en, de, fr, es o system (prevalece sobre el ajuste).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Connect work accounts through OAuth and see their state.</source>
        <translation>Conectar cuentas de trabajo mediante OAuth y ver su estado.</translation>
    </message>
    <message>
        <source>A command (see below); none starts the window.</source>
        <translation>Un comando (ver abajo); sin comando se abre la ventana.</translation>
    </message>
    <message>
        <source>--lang takes en, de, fr, es or system.</source>
        <translation>--lang acepta en, de, fr, es o system.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>ARIA Integrations cannot find its network module (looked for %1). Reinstall it.</source>
        <translation>ARIA Integrations no encuentra su módulo de red (buscado en %1). Vuelva a instalarlo.</translation>
    </message>
    <message>
        <source>ARIA Integrations cannot load its network module %1: %2. Reinstall it.</source>
        <translation>ARIA Integrations no puede cargar su módulo de red %1: %2. Vuelva a instalarlo.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>El proveedor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>No se pudo contactar con el proveedor: %1</translation>
    </message>
    <message>
        <source>The provider answered with HTTP %1.</source>
        <translation>El proveedor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the access token.</source>
        <translation>El proveedor ya no acepta el token de acceso.</translation>
    </message>
    <message>
        <source>The provider sent an answer that could not be read.</source>
        <translation>El proveedor envió una respuesta que no se pudo leer.</translation>
    </message>
    <message numerus="yes">
        <source>The provider sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>El proveedor envió una respuesta de más de %n MB; no se ha leído.</numerusform>
            <numerusform>El proveedor envió una respuesta de más de %n MB; no se ha leído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <source>An id is 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>Un identificador tiene de 2 a 48 letras minúsculas, dígitos o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint: use https (http only on 127.0.0.1 or localhost).</source>
        <translation>«%1» no es un punto de conexión válido: use https (http solo en 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>The callback path must start with &apos;/&apos; and have no query or fragment.</source>
        <translation>La ruta de retorno debe empezar por &apos;/&apos; y no tener consulta ni fragmento.</translation>
    </message>
    <message>
        <source>At least one scope is needed.</source>
        <translation>Se necesita al menos un ámbito (scope).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in integration.</source>
        <translation>«%1» es una integración incorporada.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; remove it first.</source>
        <translation>Ya existe un proveedor «%1»; elimínelo primero.</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;.</source>
        <translation>Ningún proveedor añadido se llama «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which this app requires.</source>
        <translation>El proveedor no ofrece PKCE con S256, que esta aplicación requiere.</translation>
    </message>
    <message>
        <source>The provider does not offer the authorization-code flow.</source>
        <translation>El proveedor no ofrece el flujo de código de autorización.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Proveedor añadido (%1)</translation>
    </message>
    <message>
        <source>The discovery document names no usable issuer (&quot;%1&quot;).</source>
        <translation>El documento de descubrimiento no indica ningún emisor válido («%1»).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, whose document would be at %2, not at %3.</source>
        <translation>El documento de descubrimiento indica el emisor «%1», cuyo documento estaría en %2, no en %3.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>la conexión se cerró antes de que llegara toda la respuesta</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>otro servidor</translation>
    </message>
    <message>
        <source>the answer was a redirect to %1, which is not followed, so no key or token was sent there</source>
        <translation>la respuesta era una redirección a %1, que no se sigue, así que no se envió allí ninguna clave ni token</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in the local demo (make demo); %1 is the normal title.</extracomment>
        <translation>%1 — Entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets are only kept in the system keychain: start a Secret Service such as gnome-keyring.</source>
        <translation>No hay ningún llavero disponible (%1). Los secretos solo se guardan en el llavero del sistema: inicie un Secret Service como gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer (is it locked or waiting for a password?).</source>
        <translation>El llavero no respondió (¿está bloqueado o esperando una contraseña?).</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost).</source>
        <translation>Se esperaba una URL https (http simple solo en 127.0.0.1, ::1 o localhost).</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>La URL no debe tener un #fragmento.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; keys go in the keychain.</source>
        <translation>La URL no debe contener un nombre de usuario ni una contraseña; las claves van en el llavero.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network anyone on the way could read the keys and tokens sent to %1. Use https.</source>
        <translation>El http simple solo se permite en este equipo (127.0.0.1, ::1 o localhost): a través de la red, cualquiera en el camino podría leer las claves y los tokens enviados a %1. Use https.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Composio API base URL (or a proxy that holds the key)</source>
        <translation>URL base de la API de Composio (o de un proxy que guarda la clave)</translation>
    </message>
    <message>
        <source>Seconds a connect flow waits for the browser</source>
        <translation>Segundos que una conexión espera al navegador</translation>
    </message>
    <message>
        <source>Supabase project URL</source>
        <translation>URL del proyecto de Supabase</translation>
    </message>
    <message>
        <source>Supabase anon (public) key</source>
        <translation>Clave anon (pública) de Supabase</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light o dark</translation>
    </message>
    <message>
        <source>system, on or off</source>
        <translation>system, on u off</translation>
    </message>
    <message>
        <source>system, en, de, fr or es</source>
        <translation>system, en, de, fr o es</translation>
    </message>
    <message>
        <source>Start at login (true or false)</source>
        <translation>Iniciar al entrar en la sesión (true o false)</translation>
    </message>
    <message>
        <source>Start hidden in the tray (true or false)</source>
        <translation>Iniciar oculto en la bandeja (true o false)</translation>
    </message>
    <message>
        <source>The &quot;still running in the tray&quot; notice was shown</source>
        <translation>Se mostró el aviso «sigue ejecutándose en la bandeja»</translation>
    </message>
    <message>
        <source>Pause background sync (true or false)</source>
        <translation>Pausar la sincronización en segundo plano (true o false)</translation>
    </message>
    <message>
        <source>composio or direct</source>
        <translation>composio o direct</translation>
    </message>
    <message>
        <source>OAuth client id for direct mode</source>
        <translation>ID de cliente OAuth para el modo directo</translation>
    </message>
    <message>
        <source>Composio auth config id (found or created automatically when empty)</source>
        <translation>ID de auth config de Composio (se busca o se crea automáticamente si está vacío)</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Se esperaba un número de segundos entre 10 y 3600.</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Se esperaba system, light o dark.</translation>
    </message>
    <message>
        <source>Expected system, on or off.</source>
        <translation>Se esperaba system, on u off.</translation>
    </message>
    <message>
        <source>Expected system, en, de, fr or es.</source>
        <translation>Se esperaba system, en, de, fr o es.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <source>Expected composio or direct.</source>
        <translation>Se esperaba composio o direct.</translation>
    </message>
    <message>
        <source>The value must not contain spaces or control characters.</source>
        <translation>El valor no debe contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Ajuste desconocido «%1».</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Valor no válido para %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>No se puede escribir el archivo de ajustes %1.</translation>
    </message>
    <message>
        <source>Fixed port of the sign-in redirect in direct mode (empty: any free port)</source>
        <translation>Puerto fijo de la redirección de inicio de sesión en modo directo (vacío: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Expected a port number from 1024 to 65535.</source>
        <translation>Se espera un número de puerto de 1024 a 65535.</translation>
    </message>
    <message>
        <source>cloud (through ARIA&apos;s server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set</source>
        <translation>cloud (a través del servidor de ARIA, con sesión iniciada) o key (su propia clave de API de Composio); vacío: cloud en cuanto haya un proyecto de Supabase</translation>
    </message>
    <message>
        <source>ARIA&apos;s Composio function (empty: &lt;supabase.url&gt;/functions/v1/composio)</source>
        <translation>Función de Composio de ARIA (vacío: &lt;supabase.url&gt;/functions/v1/composio)</translation>
    </message>
    <message>
        <source>Expected cloud or key.</source>
        <translation>Se esperaba cloud o key.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>Ya hay otra instancia en ejecución.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconexión necesaria</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::ComposioBrokerClient</name>
    <message>
        <source>ARIA&apos;s server did not answer in time. Check the network connection and try again.</source>
        <translation>El servidor de ARIA no respondió a tiempo. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server cannot be reached (%1). Check the network connection.</source>
        <translation>No se puede contactar con el servidor de ARIA (%1). Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server answered with a redirect (HTTP %1), which is not followed.</source>
        <translation>El servidor de ARIA respondió con una redirección (HTTP %1), que no se sigue.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ARIA&apos;s server did not accept your sign-in (%1). Sign in again.</source>
        <translation>El servidor de ARIA no aceptó su inicio de sesión (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server: %1</source>
        <translation>Servidor de ARIA: %1</translation>
    </message>
    <message>
        <source>Too many requests to ARIA&apos;s server; try again in a minute.</source>
        <translation>Demasiadas solicitudes al servidor de ARIA; vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server had a problem (HTTP %1): %2</source>
        <translation>El servidor de ARIA tuvo un problema (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No ARIA cloud is set up: set supabase.url and supabase.anon_key, or use your own Composio key (composio.via key).</source>
        <translation>No hay ninguna nube de ARIA configurada: defina supabase.url y supabase.anon_key, o use su propia clave de Composio (composio.via key).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server address (composio.broker_url) cannot be used: %1</source>
        <translation>La dirección del servidor de ARIA (composio.broker_url) no se puede usar: %1</translation>
    </message>
    <message>
        <source>Sign in to ARIA to connect integrations.</source>
        <translation>Inicie sesión en ARIA para conectar integraciones.</translation>
    </message>
    <message>
        <source>Your ARIA session could not be renewed. Sign in again.</source>
        <translation>No se pudo renovar su sesión de ARIA. Vuelva a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>El servidor de ARIA envió una respuesta de más de %n MB; no se ha leído.</numerusform>
            <numerusform>El servidor de ARIA envió una respuesta de más de %n MB; no se ha leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent an answer that could not be read (HTTP %1).</source>
        <translation>El servidor de ARIA envió una respuesta que no se pudo leer (HTTP %1).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server returned no usable connect link.</source>
        <translation>El servidor de ARIA no devolvió ningún enlace de conexión válido.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent no account list.</source>
        <translation>El servidor de ARIA no envió ninguna lista de cuentas.</translation>
    </message>
</context>
<context>
    <name>aria::ComposioClient</name>
    <message>
        <source>Composio did not answer in time. Check the network connection and try again.</source>
        <translation>Composio no respondió a tiempo. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Composio cannot be reached (%1). Check the network connection.</source>
        <translation>No se puede contactar con Composio (%1). Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Composio refused the API key (%1). Set the right key in Settings or with: aria-integrations secret set composio-api-key</source>
        <translation>Composio rechazó la clave de API (%1). Indique la clave correcta en Ajustes o con: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>Composio: %1</source>
        <translation>Composio: %1</translation>
    </message>
    <message>
        <source>Composio is limiting the request rate; try again in a minute.</source>
        <translation>Composio está limitando las solicitudes; vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Composio had a problem (HTTP %1): %2</source>
        <translation>Composio tuvo un problema (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No Composio API key is set. Add it in Settings, or run: aria-integrations secret set composio-api-key</source>
        <translation>No hay ninguna clave de API de Composio. Añádala en Ajustes o ejecute: aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>The Composio API key cannot be read from the keychain: %1</source>
        <translation>No se puede leer la clave de API de Composio del llavero: %1</translation>
    </message>
    <message>
        <source>Composio sent an answer that could not be read (%1).</source>
        <translation>Composio envió una respuesta que no se pudo leer (%1).</translation>
    </message>
    <message>
        <source>Composio created no auth config id.</source>
        <translation>Composio no creó ningún ID de auth config.</translation>
    </message>
    <message>
        <source>Composio returned no usable connect link.</source>
        <translation>Composio no devolvió ningún enlace de conexión utilizable.</translation>
    </message>
    <message numerus="yes">
        <source>Composio sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Composio envió una respuesta de más de %n MB; no se ha leído.</numerusform>
            <numerusform>Composio envió una respuesta de más de %n MB; no se ha leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composio (composio.base_url) cannot be used: %1.</source>
        <translation>Composio (composio.base_url) no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1</source>
        <translation>La URL base de Composio (composio.base_url o ARIA_COMPOSIO_BASE_URL) no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>aria::ComposioConnector</name>
    <message>
        <source>%1 cannot be connected through Composio; use direct mode.</source>
        <translation>%1 no se puede conectar a través de Composio; use el modo directo.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; the connect link has expired. Try again.</source>
        <translation>El navegador no respondió a tiempo; el enlace de conexión ha caducado. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot open the local address the browser returns to: %1</source>
        <translation>No se puede abrir la dirección local a la que vuelve el navegador: %1</translation>
    </message>
    <message>
        <source>Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.</source>
        <translation>Composio no conoce la auth config %1. Vacíe o corrija el ajuste %2.auth_config_id.</translation>
    </message>
    <message>
        <source>The connect link expired before the sign-in finished. Try again.</source>
        <translation>El enlace de conexión caducó antes de terminar el inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection was not completed: %1</source>
        <translation>La conexión no se completó: %1</translation>
    </message>
    <message>
        <source>access was not granted</source>
        <translation>no se concedió el acceso</translation>
    </message>
    <message>
        <source>Composio reports the account as %1, not active%2</source>
        <translation>Composio indica la cuenta como %1, no activa%2</translation>
    </message>
    <message>
        <source>The account Composio returned belongs to another user. It was not stored.</source>
        <translation>La cuenta que devolvió Composio pertenece a otro usuario. No se ha guardado.</translation>
    </message>
    <message>
        <source>The account Composio returned is for %1, not %2. It was not stored.</source>
        <translation>La cuenta que devolvió Composio es de %1, no de %2. No se ha guardado.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 está desconectado.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 está conectado.</translation>
    </message>
    <message>
        <source>%1 was disconnected at Composio%2.</source>
        <translation>%1 se desconectó en Composio%2.</translation>
    </message>
    <message>
        <source>Composio reports %1 as %2%3. Reconnect to restore access.</source>
        <translation>Composio indica %1 como %2%3. Vuelva a conectar para recuperar el acceso.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <source>%1 no longer exists at Composio; it is now disconnected.</source>
        <translation>%1 ya no existe en Composio; ahora está desconectado.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 está ocupado; espere a que termine la acción en curso.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Esta cuenta de %1 ya está conectada como %2. No se ha añadido de nuevo.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionManager</name>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>No existe ninguna integración «%1».</translation>
    </message>
    <message>
        <source>Connecting %1 in %2 mode is not available in this version.</source>
        <translation>Conectar %1 en modo %2 no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>El almacenamiento local no está abierto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a connection, not an integration; add to &quot;%2&quot;.</source>
        <translation>«%1» es una conexión, no una integración; añada a «%2».</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionStore</name>
    <message>
        <source>A connection needs an integration id.</source>
        <translation>Una conexión necesita un ID de integración.</translation>
    </message>
    <message>
        <source>There is no connection for %1 to record a sync on.</source>
        <translation>No hay ninguna conexión de %1 en la que registrar una sincronización.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>No se puede iniciar una transacción de base de datos: %1</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Recording the upload failed: %1</source>
        <translation>No se pudo registrar la subida: %1</translation>
    </message>
    <message>
        <source>Merging the server&apos;s changes failed: %1</source>
        <translation>No se pudieron combinar los cambios del servidor: %1</translation>
    </message>
    <message>
        <source>Preparing the upload failed: %1</source>
        <translation>No se pudo preparar la subida: %1</translation>
    </message>
    <message>
        <source>There is no connection for %1.</source>
        <translation>No hay ninguna conexión de %1.</translation>
    </message>
    <message>
        <source>Saving the sync state failed: %1</source>
        <translation>No se pudo guardar el estado de sincronización: %1</translation>
    </message>
    <message>
        <source>The connection %1 belongs to %2, not %3.</source>
        <translation>La conexión %1 pertenece a %2, no a %3.</translation>
    </message>
    <message>
        <source>%1 is not a connection id.</source>
        <translation>%1 no es un ID de conexión.</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>aria::DirectOAuthConnector</name>
    <message>
        <source>The system keychain is not available%1. Direct OAuth keeps tokens only there: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero del sistema no está disponible%1. OAuth directo solo guarda los tokens allí: inicie o desbloquee su llavero (por ejemplo GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused%1.</source>
        <translation>Se rechazó el acceso al llavero del sistema%1.</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>Error del llavero del sistema%1.</translation>
    </message>
    <message>
        <source>%1 has no OAuth endpoints for a direct connection.</source>
        <translation>%1 no tiene puntos de conexión OAuth para una conexión directa.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for %1. Register an OAuth client with the provider, then run: aria-integrations config set %2.client_id YOUR_CLIENT_ID</source>
        <translation>No hay ningún ID de cliente OAuth para %1. Registre un cliente OAuth con el proveedor y ejecute: aria-integrations config set %2.client_id SU_CLIENT_ID</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 está ocupado; espere a que termine la acción en curso.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token; reconnect to continue.</source>
        <translation>%1 no proporcionó ningún token de actualización; vuelva a conectar para continuar.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <source>%1 is working.</source>
        <translation>%1 funciona.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 está desconectado.</translation>
    </message>
    <message>
        <source>%1 is disconnected here. %2 offers no way to revoke the access from an app; remove it in your account&apos;s security settings if you wish.</source>
        <translation>%1 está desconectado aquí. %2 no permite revocar el acceso desde una aplicación; si lo desea, quítelo en los ajustes de seguridad de su cuenta.</translation>
    </message>
    <message>
        <source>%1 is disconnected here, but the provider could not revoke the access (%2). Remove it in your account&apos;s security settings.</source>
        <translation>%1 está desconectado aquí, pero el proveedor no pudo revocar el acceso (%2). Quítelo en los ajustes de seguridad de su cuenta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection of %2.</source>
        <translation>«%1» no es una conexión de %2.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Esta cuenta de %1 ya está conectada como %2. No se ha añadido de nuevo.</translation>
    </message>
</context>
<context>
    <name>aria::LoopbackReplyHandler</name>
    <message>
        <source>Cannot open a local port for the sign-in redirect: %1</source>
        <translation>No se puede abrir un puerto local para la redirección del inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program.</source>
        <translation>El puerto %1 en 127.0.0.1 está en uso por otro programa.</translation>
    </message>
</context>
<context>
    <name>aria::OverallStatus</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>%n conectadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected</source>
        <translation>Ninguna cuenta conectada</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>Hay que volver a conectar %1</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconexión necesaria: %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>aria::cli::AccountCommand</name>
    <message>
        <source>Expected: account login --email &lt;address&gt; (the password is read from standard input).</source>
        <translation>Se esperaba: account login --email &lt;dirección&gt; (la contraseña se lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>Expected login, logout, status or sync.</source>
        <translation>Se esperaba login, logout, status o sync.</translation>
    </message>
    <message>
        <source>Set the Supabase project first: config set supabase.url &lt;url&gt; and config set supabase.anon_key &lt;key&gt;.</source>
        <translation>Configure primero el proyecto de Supabase: config set supabase.url &lt;url&gt; y config set supabase.anon_key &lt;clave&gt;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password given on standard input.</source>
        <translation>No se proporcionó ninguna contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still waiting.</source>
        <translation>
            <numerusform>Sincronizado; queda %n cambio pendiente.</numerusform>
            <numerusform>Sincronizado; quedan %n cambios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in, but the first sync failed: %1</source>
        <translation>Sesión iniciada, pero la primera sincronización falló: %1</translation>
    </message>
    <message>
        <source>Signed out. Connections stay on this device.</source>
        <translation>Sesión cerrada. Las conexiones se quedan en este dispositivo.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Última sincronización: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload.</source>
        <translation>
            <numerusform>%n cambio pendiente de subir.</numerusform>
            <numerusform>%n cambios pendientes de subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in; connections are kept on this device only.</source>
        <translation>No ha iniciado sesión; las conexiones solo se guardan en este dispositivo.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with: aria-integrations account login --email &lt;address&gt;</source>
        <translation>No ha iniciado sesión. Inicie sesión con: aria-integrations account login --email &lt;dirección&gt;</translation>
    </message>
    <message>
        <source>Sign in to Supabase, sign out, show or sync the account</source>
        <translation>Iniciar o cerrar sesión en Supabase, mostrar o sincronizar la cuenta</translation>
    </message>
</context>
<context>
    <name>aria::cli::Command</name>
    <message>
        <source>Usage: aria-integrations %1 %2</source>
        <translation>Uso: aria-integrations %1 %2</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConfigCommand</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. See: aria-integrations config list</source>
        <translation>Ajuste desconocido «%1». Consulte: aria-integrations config list</translation>
    </message>
    <message>
        <source>Expected get &lt;key&gt;, set &lt;key&gt; &lt;value&gt;, unset &lt;key&gt; or list.</source>
        <translation>Se esperaba get &lt;clave&gt;, set &lt;clave&gt; &lt;valor&gt;, unset &lt;clave&gt; o list.</translation>
    </message>
    <message>
        <source>Read or change a setting</source>
        <translation>Leer o cambiar un ajuste</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectCommand</name>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout acepta un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>Opening the sign-in page in the browser. If nothing opens, visit:</source>
        <translation>Abriendo la página de inicio de sesión en el navegador. Si no se abre nada, visite:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C cancels)…</source>
        <translation>Esperando a que termine el inicio de sesión (Ctrl-C cancela)…</translation>
    </message>
    <message>
        <source>Connect an integration through the browser (Ctrl-C cancels)</source>
        <translation>Conectar una integración a través del navegador (Ctrl-C cancela)</translation>
    </message>
    <message>
        <source>--add takes an integration id, not a connection id: %1</source>
        <translation>--add acepta un ID de integración, no un ID de conexión: %1</translation>
    </message>
    <message>
        <source>%1 is already connected%2. To connect another account, add it: aria-integrations connect %1 --add. To connect this one again, disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 ya está conectado%2. Para conectar otra cuenta, añádala: aria-integrations connect %1 --add. Para volver a conectar esta, desconéctela primero: aria-integrations disconnect %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectionCommand</name>
    <message>
        <source>Name one integration.</source>
        <translation>Indique una integración.</translation>
    </message>
    <message>
        <source>Unknown integration &quot;%1&quot;. Known: %2</source>
        <translation>Integración desconocida «%1». Conocidas: %2</translation>
    </message>
    <message>
        <source>ARIA&apos;s cloud could not be reached; the change is kept here and sent at the next sync: %1</source>
        <translation>No se pudo contactar con la nube de ARIA; el cambio se guarda aquí y se enviará en la próxima sincronización: %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::DisconnectCommand</name>
    <message>
        <source>Revoke and remove a connection (the row stays as disconnected)</source>
        <translation>Revocar y quitar una conexión (la fila queda como desconectada)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ListCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · última sincronización: %1</translation>
    </message>
    <message>
        <source>List integrations and their connection state</source>
        <translation>Listar las integraciones y su estado de conexión</translation>
    </message>
</context>
<context>
    <name>aria::cli::OpenCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>No display available to open the window on.</source>
        <translation>No hay ninguna pantalla disponible en la que abrir la ventana.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>No se puede iniciar %1.</translation>
    </message>
    <message>
        <source>Show the window (of the running app, or start it)</source>
        <translation>Mostrar la ventana (de la aplicación en ejecución, o iniciarla)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ProviderCommand</name>
    <message>
        <source>Expected add, list or remove.</source>
        <translation>Se esperaba add, list o remove.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>No added providers. Add one with: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</source>
        <translation>No hay proveedores añadidos. Añada uno con: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</translation>
    </message>
    <message>
        <source>Expected: provider remove &lt;id&gt;</source>
        <translation>Se esperaba: provider remove &lt;id&gt;</translation>
    </message>
    <message>
        <source>%1 is still connected. Disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 sigue conectado. Desconéctelo primero: aria-integrations disconnect %1</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;. See: aria-integrations provider list</source>
        <translation>Ningún proveedor añadido se llama «%1». Consulte: aria-integrations provider list</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Proveedor %1 eliminado.</translation>
    </message>
    <message>
        <source>Expected: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</source>
        <translation>Se esperaba: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>«%1» no es un identificador válido: use de 2 a 48 letras minúsculas, dígitos o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option: %1</source>
        <translation>Opción desconocida o incompleta: %1</translation>
    </message>
    <message>
        <source>--client-id is required (register a desktop/native OAuth client with the provider).</source>
        <translation>--client-id es obligatorio (registre un cliente OAuth de escritorio/nativo con el proveedor).</translation>
    </message>
    <message>
        <source>Give either --discovery URL or --authorize URL and --token URL.</source>
        <translation>Indique --discovery URL o bien --authorize URL y --token URL.</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect it with: aria-integrations connect %1</source>
        <translation>%1 (%2) añadido. Conéctelo con: aria-integrations connect %1</translation>
    </message>
    <message>
        <source>Note: the provider names no revocation endpoint; disconnecting only forgets the tokens here.</source>
        <translation>Nota: el proveedor no indica ningún punto de revocación; al desconectar solo se olvidan los tokens aquí.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Proveedor añadido (%1)</translation>
    </message>
    <message>
        <source>The discovery URL must be https (http only on 127.0.0.1 or localhost).</source>
        <translation>La URL de descubrimiento debe ser https (http solo en 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>Could not read the discovery document at %1: %2</source>
        <translation>No se pudo leer el documento de descubrimiento en %1: %2</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>El documento de descubrimiento no se puede usar: %1</translation>
    </message>
    <message>
        <source>Add, list or remove OAuth providers for direct connections</source>
        <translation>Añadir, listar o quitar proveedores OAuth para conexiones directas</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB, so it was not read</source>
        <translation>
            <numerusform>ocupa más de %n MB, así que no se leyó</numerusform>
            <numerusform>ocupa más de %n MB, así que no se leyó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it did not arrive within %n second(s)</source>
        <translation>
            <numerusform>no llegó en %n segundo</numerusform>
            <numerusform>no llegó en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::cli::SecretCommand</name>
    <message>
        <source>Expected: secret set &lt;name&gt; or secret unset &lt;name&gt;.</source>
        <translation>Se esperaba: secret set &lt;nombre&gt; o secret unset &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Names: composio-api-key, &lt;integration&gt;-client-secret.</source>
        <translation>Secreto desconocido «%1». Nombres: composio-api-key, &lt;integración&gt;-client-secret.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero lo rechazó: %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 guardado en el llavero.</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 eliminado del llavero.</translation>
    </message>
    <message>
        <source>No value on standard input. Example: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</source>
        <translation>No hay ningún valor en la entrada estándar. Ejemplo: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</translation>
    </message>
    <message>
        <source>Store a secret in the keychain, read from standard input</source>
        <translation>Guardar en el llavero un secreto leído de la entrada estándar</translation>
    </message>
</context>
<context>
    <name>aria::cli::StatusCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>%n conectadas</numerusform>
        </translation>
    </message>
    <message>
        <source> · needs attention: %1</source>
        <translation> · requiere atención: %1</translation>
    </message>
    <message>
        <source>Summarise the state of all connections</source>
        <translation>Resumir el estado de todas las conexiones</translation>
    </message>
</context>
<context>
    <name>aria::cli::SyncCommand</name>
    <message>
        <source>Check connections with the remote side and update their state</source>
        <translation>Comprobar las conexiones con el servicio remoto y actualizar su estado</translation>
    </message>
</context>
<context>
    <name>aria::oauth::FlowRun</name>
    <message>
        <source>The provider did not answer the refresh in time.</source>
        <translation>El proveedor no respondió a tiempo a la renovación.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>El inicio de sesión no se completó a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access was denied at the provider.</source>
        <translation>El proveedor denegó el acceso.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>El proveedor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be used.</source>
        <translation>No se pudo usar la respuesta del proveedor.</translation>
    </message>
    <message>
        <source>Could not open a port on 127.0.0.1 for the sign-in callback: %1</source>
        <translation>No se pudo abrir un puerto en 127.0.0.1 para el retorno del inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch), so it was rejected. If you did not start this sign-in, someone may have tried to link their account. Try again.</source>
        <translation>La respuesta del inicio de sesión no coincidía con esta solicitud (state distinto), así que se rechazó. Si usted no inició este inicio de sesión, puede que alguien haya intentado vincular su cuenta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the one asked, so it was rejected. Try again.</source>
        <translation>La respuesta del inicio de sesión vino de un servidor de autorización distinto del consultado, así que se rechazó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The provider sent no access token.</source>
        <translation>El proveedor no envió ningún token de acceso.</translation>
    </message>
    <message numerus="yes">
        <source>The provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>El proveedor no respondió en %n segundo.</numerusform>
            <numerusform>El proveedor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s sign-in. Reconnect it.</source>
        <translation>El proveedor ya no acepta el inicio de sesión de esta conexión. Vuelva a conectarla.</translation>
    </message>
    <message>
        <source>The provider refused the authorization code (already used or expired). Try again.</source>
        <translation>El proveedor rechazó el código de autorización (ya usado o caducado). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>No se pudo contactar con el proveedor: %1</translation>
    </message>
    <message>
        <source>The provider answered with an error: %1</source>
        <translation>El proveedor respondió con un error: %1</translation>
    </message>
    <message>
        <source>The sign-in answer did not name the server that sent it, although this provider always does, so it was rejected. Try again.</source>
        <translation>La respuesta del inicio de sesión no indicaba el servidor que la envió, aunque este proveedor siempre lo hace, así que se rechazó. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::AuthClient</name>
    <message>
        <source>Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).</source>
        <translation>Configure primero la URL y la clave anon de Supabase (ajustes supabase.url y supabase.anon_key).</translation>
    </message>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1): %2</source>
        <translation>Error al iniciar sesión (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No keychain to keep the session in.</source>
        <translation>No hay ningún llavero donde guardar la sesión.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>No se pudo guardar la sesión en el llavero: %1</translation>
    </message>
    <message>
        <source>Not signed in to Supabase.</source>
        <translation>No ha iniciado sesión en Supabase.</translation>
    </message>
    <message>
        <source>Your Supabase session has ended (%1). Sign in again to keep syncing.</source>
        <translation>Su sesión de Supabase ha terminado (%1). Vuelva a iniciar sesión para seguir sincronizando.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot refresh the Supabase session: %1</source>
        <translation>No se puede renovar la sesión de Supabase: %1</translation>
    </message>
    <message>
        <source>The Supabase URL (supabase.url) cannot be used: %1</source>
        <translation>La URL de Supabase (supabase.url) no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RealtimeClient</name>
    <message>
        <source>The live connection was closed.</source>
        <translation>Se cerró la conexión en directo.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <source>The live connection was refused: %1</source>
        <translation>Se rechazó la conexión en directo: %1</translation>
    </message>
    <message>
        <source>The server did not accept the live subscription.</source>
        <translation>El servidor no aceptó la suscripción en directo.</translation>
    </message>
    <message>
        <source>The live connection ended: %1</source>
        <translation>La conexión en directo terminó: %1</translation>
    </message>
    <message>
        <source>The server closed the live connection.</source>
        <translation>El servidor cerró la conexión en directo.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RestClient</name>
    <message>
        <source>Cannot reach Supabase: %1</source>
        <translation>No se puede contactar con Supabase: %1</translation>
    </message>
    <message>
        <source>Supabase is unavailable (HTTP %1).</source>
        <translation>Supabase no está disponible (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase refused the session (%1). Sign in again.</source>
        <translation>Supabase rechazó la sesión (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Supabase&apos;s row-level security refused the change (%1): %2. Check the user_integrations policies (docs/SUPABASE_SETUP.md).</source>
        <translation>La seguridad a nivel de fila (RLS) de Supabase rechazó el cambio (%1): %2. Revise las políticas de user_integrations (docs/SUPABASE_SETUP.md).</translation>
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1, %2): %3</source>
        <translation>Supabase rechazó la solicitud (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>Supabase sent an answer that could not be read (%1).</source>
        <translation>Supabase envió una respuesta que no se pudo leer (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Supabase sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Supabase envió una respuesta de más de %n MB; no se ha leído.</numerusform>
            <numerusform>Supabase envió una respuesta de más de %n MB; no se ha leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supabase did not answer in time.</source>
        <translation>Supabase no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Supabase (supabase.url) cannot be used: %1.</source>
        <translation>Supabase (supabase.url) no se puede usar: %1.</translation>
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
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Session ended. Sign in again.</source>
        <translation>Sesión terminada. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Connections stay on this device</source>
        <translation>Las conexiones se quedan en este dispositivo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Iniciar sesión en Supabase</translation>
    </message>
    <message>
        <source>Sign in to Supabase to sync connections between your devices</source>
        <translation>Inicie sesión en Supabase para sincronizar las conexiones entre sus dispositivos</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of Supabase</source>
        <translation>Cerrar sesión en Supabase</translation>
    </message>
    <message>
        <source>Sign out of Supabase; connections stay on this device</source>
        <translation>Cerrar sesión en Supabase; las conexiones se quedan en este dispositivo</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión · %n cambio pendiente</numerusform>
            <numerusform>Sin conexión · %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Changes from your other devices appear as they happen. %1</source>
        <translation>Los cambios de sus otros dispositivos aparecen al instante. %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountRow</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Sincronizar %1 ahora</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Volver a conectar %1</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Mantener %1 conectado</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirmar: desconectar %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Cancelar la conexión de %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationCard</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>¿Desconectar %1?</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Volver a conectar %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Cancelar la conexión de %1</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Sincronizar %1 ahora</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Mantener %1 conectado</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirmar: desconectar %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Añadir otra cuenta</translation>
    </message>
    <message>
        <source>Add another %1 account</source>
        <translation>Añadir otra cuenta de %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Connect your tools to enable ARIA&apos;s full capabilities</source>
        <translation>Conecte sus herramientas para aprovechar todas las funciones de ARIA</translation>
    </message>
    <message>
        <source>No integrations are available.</source>
        <translation>No hay integraciones disponibles.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox: connected to local test services, not real accounts</source>
        <translation>Entorno de pruebas: conectado a servicios de prueba locales, no a cuentas reales</translation>
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
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Could not connect %1.</source>
        <translation>No se pudo conectar %1.</translation>
    </message>
    <message>
        <source>Could not connect %1: %2</source>
        <translation>No se pudo conectar %1: %2</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>No se pudo desconectar %1.</translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation>No se pudo desconectar %1: %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
</context>
<context>
    <name>aria::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Composio</source>
        <translation>Composio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the stored key.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo. Déjelo vacío para conservar la clave guardada.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardada en el llavero</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Connect through</source>
        <translation>Conectar a través de</translation>
    </message>
    <message>
        <source>Direct OAuth</source>
        <translation>OAuth directo</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>From the app you registered with the provider</source>
        <translation>El de la aplicación que registró con el proveedor</translation>
    </message>
    <message>
        <source>Sync across devices (Supabase)</source>
        <translation>Sincronizar entre dispositivos (Supabase)</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>URL del proyecto</translation>
    </message>
    <message>
        <source>Anon (public) key</source>
        <translation>Clave anon (pública)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>An API key has no spaces.</source>
        <translation>Una clave de API no contiene espacios.</translation>
    </message>
    <message>
        <source>The keychain refused the key.</source>
        <translation>El llavero rechazó la clave.</translation>
    </message>
    <message>
        <source>Reach Composio</source>
        <translation>Acceso a Composio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>ARIA cloud (sign-in)</source>
        <translation>Nube de ARIA (inicio de sesión)</translation>
    </message>
    <message>
        <source>My own API key</source>
        <translation>Mi propia clave de API</translation>
    </message>
</context>
<context>
    <name>aria::ui::SignInDialog</name>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Iniciar sesión en Supabase</translation>
    </message>
    <message>
        <source>Sign in to sync your connections between devices. Tokens stay in this device&apos;s keychain; only connection details are synced.</source>
        <translation>Inicie sesión para sincronizar sus conexiones entre dispositivos. Los tokens se quedan en el llavero de este dispositivo; solo se sincronizan los datos de las conexiones.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@ejemplo.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Set the Supabase project URL and anon key in the settings first.</source>
        <translation>Configure primero la URL del proyecto y la clave anon de Supabase en los ajustes.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>aria::ui::SkeletonCard</name>
    <message>
        <source>Loading integrations</source>
        <translation>Cargando integraciones</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayController</name>
    <message>
        <source>ARIA Integrations is still running</source>
        <translation>ARIA Integrations sigue en ejecución</translation>
    </message>
    <message>
        <source>It keeps watching your connections from the tray. Choose Quit in the tray menu to exit.</source>
        <translation>Sigue vigilando sus conexiones desde la bandeja. Elija Salir en el menú de la bandeja para cerrarla.</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Open Integrations…</source>
        <translation>Abrir integraciones…</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sincronización en pausa</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>Volver a conectar %1…</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayNotifier</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 conectado</translation>
    </message>
    <message>
        <source>The account is ready to use.</source>
        <translation>La cuenta está lista para usarse.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1: error de conexión</translation>
    </message>
    <message>
        <source>Click to open it and try again.</source>
        <translation>Haga clic para abrirlo y volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>Hay que volver a conectar %1</translation>
    </message>
    <message>
        <source>The connection expired. Click to open it and reconnect.</source>
        <translation>La conexión ha caducado. Haga clic para abrirla y volver a conectar.</translation>
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
        <translation>Bienvenido a ARIA Integrations</translation>
    </message>
    <message>
        <source>Nothing is set up yet. Choose how to connect your accounts:</source>
        <translation>Aún no hay nada configurado. Elija cómo conectar sus cuentas:</translation>
    </message>
    <message>
        <source>Sign in to ARIA</source>
        <translation>Iniciar sesión en ARIA</translation>
    </message>
    <message>
        <source>Use your own Composio key</source>
        <translation>Usar su propia clave de Composio</translation>
    </message>
    <message>
        <source>Use your own OAuth client</source>
        <translation>Usar su propio cliente OAuth</translation>
    </message>
    <message>
        <source>Recommended. ARIA&apos;s cloud connects your accounts and keeps them in step on all your devices.</source>
        <translation>Recomendado. La nube de ARIA conecta sus cuentas y las mantiene sincronizadas en todos sus dispositivos.</translation>
    </message>
    <message>
        <source>For your own Composio project: the key stays in this computer&apos;s keychain.</source>
        <translation>Para su propio proyecto de Composio: la clave se queda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Register an OAuth app with the provider and connect to it directly.</source>
        <translation>Registre una aplicación OAuth con el proveedor y conéctese a ella directamente.</translation>
    </message>
</context>
</TS>
