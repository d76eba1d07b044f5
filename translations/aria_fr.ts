<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the folder %1.</source>
        <translation>Impossible de restreindre l’accès au dossier %1.</translation>
    </message>
    <message>
        <source>Cannot restrict access to the file %1.</source>
        <translation>Impossible de restreindre l’accès au fichier %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and the file&apos;s permissions, then try again; the file was not changed.</source>
        <translation>Vérifiez l’espace disque libre et les droits du fichier, puis réessayez ; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove the autostart entry %1.</source>
        <translation>Impossible de supprimer l’entrée de démarrage automatique %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the autostart entry %1.</source>
        <translation>Impossible d’écrire l’entrée de démarrage automatique %1.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser command is empty.</source>
        <translation>La commande du navigateur est vide.</translation>
    </message>
    <message>
        <source>Cannot start the browser command &quot;%1&quot;.</source>
        <translation>Impossible de lancer la commande du navigateur « %1 ».</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez vous-même cette adresse : %1</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re connected</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>ARIA Integrations is finishing the connection. You can close this tab.</source>
        <translation>ARIA Integrations finalise la connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Access was not granted</source>
        <translation>L’accès n’a pas été accordé</translation>
    </message>
    <message>
        <source>Nothing was connected. You can close this tab and try again from ARIA Integrations.</source>
        <translation>Rien n’a été connecté. Vous pouvez fermer cet onglet et réessayer depuis ARIA Integrations.</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>La connexion a échoué</translation>
    </message>
    <message>
        <source>Nothing was connected. Close this tab and try again from ARIA Integrations.</source>
        <translation>Rien n’a été connecté. Fermez cet onglet et réessayez depuis ARIA Integrations.</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <translation>Ce lien de connexion a expiré</translation>
    </message>
    <message>
        <source>Start the connection again from ARIA Integrations.</source>
        <translation>Relancez la connexion depuis ARIA Integrations.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Ce lien n’est pas valide</translation>
    </message>
    <message>
        <source>ARIA Integrations did not expect this request. Nothing was changed.</source>
        <translation>ARIA Integrations n’attendait pas cette requête. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aria-integrations --help</source>
        <translation>Commande inconnue « %1 ». Voir : aria-integrations --help</translation>
    </message>
    <message>
        <source>Value (input hidden): </source>
        <translation>Valeur (saisie masquée) : </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is not a readable SQLite file: %2</source>
        <translation>La base de données %1 n’est pas un fichier SQLite lisible : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ARIA Integrations (schema %2; this version knows up to %3). Update the app; the file was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente d’ARIA Integrations (schéma %2 ; cette version connaît jusqu’au %3). Mettez l’application à jour ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot turn on write-ahead logging for %1: %2</source>
        <translation>Impossible d’activer la journalisation anticipée (WAL) pour %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: %2</source>
        <translation>Impossible de verrouiller la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3</source>
        <translation>La mise à jour de la base de données %1 vers le schéma %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Cannot write the database %1: %2</source>
        <translation>Impossible d’écrire dans la base de données %1 : %2</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>It was left as it is. To start over, move it aside and run again; then sync to fetch your connections back from Composio and Supabase.</source>
        <translation>Il a été laissé tel quel. Pour repartir de zéro, déplacez-le ailleurs et relancez ; synchronisez ensuite pour récupérer vos connexions depuis Composio et Supabase.</translation>
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
        <translation>ARIA Integrations est déjà ouvert mais ne répond pas.</translation>
    </message>
    <message>
        <source>End the running ARIA Integrations (for example in your system monitor), then start it again.</source>
        <translation>Arrêtez l’instance d’ARIA Integrations en cours (par exemple dans le moniteur système), puis relancez-le.</translation>
    </message>
</context>
<context>
    <name>Integration</name>
    <message>
        <source>Google Calendar</source>
        <translation>Google Agenda</translation>
    </message>
    <message>
        <source>Sync your calendar for meeting briefs and scheduling</source>
        <translation>Synchronisez votre agenda pour les notes de réunion et la planification</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Connect Gmail for email drafting and analysis</source>
        <translation>Connectez Gmail pour rédiger et analyser vos e-mails</translation>
    </message>
    <message>
        <source>Microsoft Outlook</source>
        <translation>Microsoft Outlook</translation>
    </message>
    <message>
        <source>Connect Outlook for calendar and email integration</source>
        <translation>Connectez Outlook pour l’agenda et les e-mails</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Sync leads and opportunities from Salesforce</source>
        <translation>Synchronisez les prospects et opportunités de Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Connect HubSpot CRM for lead management</source>
        <translation>Connectez HubSpot CRM pour gérer vos prospects</translation>
    </message>
</context>
<context>
    <name>IntegrationCard</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconnexion nécessaire : %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Exit with status 0 right after the window&apos;s first frame is painted.</source>
        <translation>Quitter avec le code 0 juste après le premier affichage de la fenêtre.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (shown normally when there is no tray).</source>
        <translation>Démarrer masqué dans la zone de notification (affiché normalement s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or system (overrides the setting).</source>
        <translation>Utiliser cette langue pour cette exécution : en, de, fr, es ou system (prime sur le réglage).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Connect work accounts through OAuth and see their state.</source>
        <translation>Connecter des comptes professionnels via OAuth et suivre leur état.</translation>
    </message>
    <message>
        <source>A command (see below); none starts the window.</source>
        <translation>Une commande (voir ci-dessous) ; sans commande, la fenêtre s’ouvre.</translation>
    </message>
    <message>
        <source>--lang takes en, de, fr, es or system.</source>
        <translation>--lang accepte en, de, fr, es ou system.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>ARIA Integrations cannot find its network module (looked for %1). Reinstall it.</source>
        <translation>ARIA Integrations ne trouve pas son module réseau (cherché : %1). Réinstallez-le.</translation>
    </message>
    <message>
        <source>ARIA Integrations cannot load its network module %1: %2. Reinstall it.</source>
        <translation>ARIA Integrations ne peut pas charger son module réseau %1 : %2. Réinstallez-le.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>Le fournisseur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Impossible de joindre le fournisseur : %1</translation>
    </message>
    <message>
        <source>The provider answered with HTTP %1.</source>
        <translation>Le fournisseur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <source>The provider no longer accepts the access token.</source>
        <translation>Le fournisseur n’accepte plus le jeton d’accès.</translation>
    </message>
    <message>
        <source>The provider sent an answer that could not be read.</source>
        <translation>Le fournisseur a envoyé une réponse illisible.</translation>
    </message>
    <message numerus="yes">
        <source>The provider sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Le fournisseur a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
            <numerusform>Le fournisseur a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>An id is 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>Un identifiant comporte de 2 à 48 lettres minuscules, chiffres ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable endpoint: use https (http only on 127.0.0.1 or localhost).</source>
        <translation>« %1 » n’est pas un point de terminaison utilisable : utilisez https (http uniquement sur 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>The callback path must start with &apos;/&apos; and have no query or fragment.</source>
        <translation>Le chemin de rappel doit commencer par &apos;/&apos; et ne contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>At least one scope is needed.</source>
        <translation>Au moins une portée (scope) est requise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in integration.</source>
        <translation>« %1 » est une intégration intégrée.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; remove it first.</source>
        <translation>Un fournisseur « %1 » existe déjà ; supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;.</source>
        <translation>Aucun fournisseur ajouté ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256, which this app requires.</source>
        <translation>Le fournisseur ne propose pas PKCE avec S256, requis par cette application.</translation>
    </message>
    <message>
        <source>The provider does not offer the authorization-code flow.</source>
        <translation>Le fournisseur ne propose pas le flux « authorization code ».</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Fournisseur ajouté (%1)</translation>
    </message>
    <message>
        <source>The discovery document names no usable issuer (&quot;%1&quot;).</source>
        <translation>Le document de découverte n’indique aucun émetteur utilisable (« %1 »).</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, whose document would be at %2, not at %3.</source>
        <translation>Le document de découverte indique l’émetteur « %1 », dont le document se trouverait à l’adresse %2, et non %3.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>the connection closed before the whole answer arrived</source>
        <translation>la connexion s’est fermée avant que toute la réponse n’arrive</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>un autre serveur</translation>
    </message>
    <message>
        <source>the answer was a redirect to %1, which is not followed, so no key or token was sent there</source>
        <translation>la réponse était une redirection vers %1, qui n’est pas suivie ; aucune clé ni aucun jeton n’y a donc été envoyé</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>%1 — Sandbox</source>
        <extracomment>Window title in the local demo (make demo); %1 is the normal title.</extracomment>
        <translation>%1 — Bac à sable</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets are only kept in the system keychain: start a Secret Service such as gnome-keyring.</source>
        <translation>Aucun trousseau n’est disponible (%1). Les secrets ne sont conservés que dans le trousseau du système : lancez un Secret Service comme gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <source>The keychain did not answer (is it locked or waiting for a password?).</source>
        <translation>Le trousseau ne répond pas (est-il verrouillé ou en attente d’un mot de passe ?).</translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>Expected an https URL (plain http only on 127.0.0.1, ::1 or localhost).</source>
        <translation>Une URL https est attendue (http simple uniquement sur 127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>The URL must not have a #fragment.</source>
        <translation>L’URL ne doit pas contenir de #fragment.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password; keys go in the keychain.</source>
        <translation>L’URL ne doit contenir ni nom d’utilisateur ni mot de passe ; les clés vont dans le trousseau.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost): over the network anyone on the way could read the keys and tokens sent to %1. Use https.</source>
        <translation>Le http simple n’est autorisé que sur cet ordinateur (127.0.0.1, ::1 ou localhost) : sur le réseau, n’importe qui sur le trajet pourrait lire les clés et jetons envoyés à %1. Utilisez https.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Composio API base URL (or a proxy that holds the key)</source>
        <translation>URL de base de l’API Composio (ou d’un proxy qui détient la clé)</translation>
    </message>
    <message>
        <source>Seconds a connect flow waits for the browser</source>
        <translation>Secondes d’attente du navigateur lors d’une connexion</translation>
    </message>
    <message>
        <source>Supabase project URL</source>
        <translation>URL du projet Supabase</translation>
    </message>
    <message>
        <source>Supabase anon (public) key</source>
        <translation>Clé anon (publique) de Supabase</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light ou dark</translation>
    </message>
    <message>
        <source>system, on or off</source>
        <translation>system, on ou off</translation>
    </message>
    <message>
        <source>system, en, de, fr or es</source>
        <translation>system, en, de, fr ou es</translation>
    </message>
    <message>
        <source>Start at login (true or false)</source>
        <translation>Démarrer à l’ouverture de session (true ou false)</translation>
    </message>
    <message>
        <source>Start hidden in the tray (true or false)</source>
        <translation>Démarrer masqué dans la zone de notification (true ou false)</translation>
    </message>
    <message>
        <source>The &quot;still running in the tray&quot; notice was shown</source>
        <translation>L’avis « toujours actif dans la zone de notification » a été affiché</translation>
    </message>
    <message>
        <source>Pause background sync (true or false)</source>
        <translation>Suspendre la synchronisation en arrière-plan (true ou false)</translation>
    </message>
    <message>
        <source>composio or direct</source>
        <translation>composio ou direct</translation>
    </message>
    <message>
        <source>OAuth client id for direct mode</source>
        <translation>Identifiant client OAuth pour le mode direct</translation>
    </message>
    <message>
        <source>Composio auth config id (found or created automatically when empty)</source>
        <translation>Identifiant d’auth config Composio (trouvé ou créé automatiquement s’il est vide)</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Un nombre de secondes entre 10 et 3600 est attendu.</translation>
    </message>
    <message>
        <source>Expected system, light or dark.</source>
        <translation>Choisissez system, light ou dark.</translation>
    </message>
    <message>
        <source>Expected system, on or off.</source>
        <translation>Choisissez system, on ou off.</translation>
    </message>
    <message>
        <source>Expected system, en, de, fr or es.</source>
        <translation>Choisissez system, en, de, fr ou es.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Choisissez true ou false.</translation>
    </message>
    <message>
        <source>Expected composio or direct.</source>
        <translation>Choisissez composio ou direct.</translation>
    </message>
    <message>
        <source>The value must not contain spaces or control characters.</source>
        <translation>La valeur ne doit contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Réglage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Valeur non valide pour %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de réglages %1.</translation>
    </message>
    <message>
        <source>Fixed port of the sign-in redirect in direct mode (empty: any free port)</source>
        <translation>Port fixe de la redirection de connexion en mode direct (vide : n’importe quel port libre)</translation>
    </message>
    <message>
        <source>Expected a port number from 1024 to 65535.</source>
        <translation>Un numéro de port de 1024 à 65535 est attendu.</translation>
    </message>
    <message>
        <source>cloud (through ARIA&apos;s server, signed in) or key (your own Composio API key); empty: cloud once a Supabase project is set</source>
        <translation>cloud (via le serveur d’ARIA, avec connexion) ou key (votre propre clé d’API Composio) ; vide : cloud dès qu’un projet Supabase est défini</translation>
    </message>
    <message>
        <source>ARIA&apos;s Composio function (empty: &lt;supabase.url&gt;/functions/v1/composio)</source>
        <translation>Fonction Composio d’ARIA (vide : &lt;supabase.url&gt;/functions/v1/composio)</translation>
    </message>
    <message>
        <source>Expected cloud or key.</source>
        <translation>Choisissez cloud ou key.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>Une autre instance est déjà en cours d’exécution.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::ComposioBrokerClient</name>
    <message>
        <source>ARIA&apos;s server did not answer in time. Check the network connection and try again.</source>
        <translation>Le serveur d’ARIA n’a pas répondu à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server cannot be reached (%1). Check the network connection.</source>
        <translation>Impossible de joindre le serveur d’ARIA (%1). Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server answered with a redirect (HTTP %1), which is not followed.</source>
        <translation>Le serveur d’ARIA a répondu par une redirection (HTTP %1), qui n’est pas suivie.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ARIA&apos;s server did not accept your sign-in (%1). Sign in again.</source>
        <translation>Le serveur d’ARIA n’a pas accepté votre connexion (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server: %1</source>
        <translation>Serveur d’ARIA : %1</translation>
    </message>
    <message>
        <source>Too many requests to ARIA&apos;s server; try again in a minute.</source>
        <translation>Trop de requêtes vers le serveur d’ARIA ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server had a problem (HTTP %1): %2</source>
        <translation>Le serveur d’ARIA a rencontré un problème (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>No ARIA cloud is set up: set supabase.url and supabase.anon_key, or use your own Composio key (composio.via key).</source>
        <translation>Aucun cloud ARIA n’est configuré : définissez supabase.url et supabase.anon_key, ou utilisez votre propre clé Composio (composio.via key).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server address (composio.broker_url) cannot be used: %1</source>
        <translation>L’adresse du serveur d’ARIA (composio.broker_url) est inutilisable : %1</translation>
    </message>
    <message>
        <source>Sign in to ARIA to connect integrations.</source>
        <translation>Connectez-vous à ARIA pour connecter des intégrations.</translation>
    </message>
    <message>
        <source>Your ARIA session could not be renewed. Sign in again.</source>
        <translation>Votre session ARIA n’a pas pu être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>ARIA&apos;s server sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Le serveur d’ARIA a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
            <numerusform>Le serveur d’ARIA a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent an answer that could not be read (HTTP %1).</source>
        <translation>Le serveur d’ARIA a envoyé une réponse illisible (HTTP %1).</translation>
    </message>
    <message>
        <source>ARIA&apos;s server returned no usable connect link.</source>
        <translation>Le serveur d’ARIA n’a renvoyé aucun lien de connexion utilisable.</translation>
    </message>
    <message>
        <source>ARIA&apos;s server sent no account list.</source>
        <translation>Le serveur d’ARIA n’a envoyé aucune liste de comptes.</translation>
    </message>
</context>
<context>
    <name>aria::ComposioClient</name>
    <message>
        <source>Composio did not answer in time. Check the network connection and try again.</source>
        <translation>Composio n’a pas répondu à temps. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Composio cannot be reached (%1). Check the network connection.</source>
        <translation>Impossible de joindre Composio (%1). Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Composio refused the API key (%1). Set the right key in Settings or with: aria-integrations secret set composio-api-key</source>
        <translation>Composio a refusé la clé d’API (%1). Indiquez la bonne clé dans les Réglages ou avec : aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>Composio: %1</source>
        <translation>Composio : %1</translation>
    </message>
    <message>
        <source>Composio is limiting the request rate; try again in a minute.</source>
        <translation>Composio limite le nombre de requêtes ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Composio had a problem (HTTP %1): %2</source>
        <translation>Composio a rencontré un problème (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>No Composio API key is set. Add it in Settings, or run: aria-integrations secret set composio-api-key</source>
        <translation>Aucune clé d’API Composio n’est définie. Ajoutez-la dans les Réglages ou exécutez : aria-integrations secret set composio-api-key</translation>
    </message>
    <message>
        <source>The Composio API key cannot be read from the keychain: %1</source>
        <translation>Impossible de lire la clé d’API Composio dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Composio sent an answer that could not be read (%1).</source>
        <translation>Composio a envoyé une réponse illisible (%1).</translation>
    </message>
    <message>
        <source>Composio created no auth config id.</source>
        <translation>Composio n’a créé aucun identifiant d’auth config.</translation>
    </message>
    <message>
        <source>Composio returned no usable connect link.</source>
        <translation>Composio n’a renvoyé aucun lien de connexion utilisable.</translation>
    </message>
    <message numerus="yes">
        <source>Composio sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Composio a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
            <numerusform>Composio a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composio (composio.base_url) cannot be used: %1.</source>
        <translation>Composio (composio.base_url) est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The Composio base URL (composio.base_url or ARIA_COMPOSIO_BASE_URL) cannot be used: %1</source>
        <translation>L’URL de base de Composio (composio.base_url ou ARIA_COMPOSIO_BASE_URL) est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>aria::ComposioConnector</name>
    <message>
        <source>%1 cannot be connected through Composio; use direct mode.</source>
        <translation>%1 ne peut pas être connecté via Composio ; utilisez le mode direct.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; the connect link has expired. Try again.</source>
        <translation>Pas de réponse du navigateur à temps ; le lien de connexion a expiré. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the local address the browser returns to: %1</source>
        <translation>Impossible d’ouvrir l’adresse locale vers laquelle le navigateur revient : %1</translation>
    </message>
    <message>
        <source>Composio does not know the auth config %1. Clear or fix the setting %2.auth_config_id.</source>
        <translation>Composio ne connaît pas l’auth config %1. Videz ou corrigez le réglage %2.auth_config_id.</translation>
    </message>
    <message>
        <source>The connect link expired before the sign-in finished. Try again.</source>
        <translation>Le lien de connexion a expiré avant la fin de l’authentification. Réessayez.</translation>
    </message>
    <message>
        <source>The connection was not completed: %1</source>
        <translation>La connexion n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>access was not granted</source>
        <translation>l’accès n’a pas été accordé</translation>
    </message>
    <message>
        <source>Composio reports the account as %1, not active%2</source>
        <translation>Composio indique le compte comme %1, et non actif%2</translation>
    </message>
    <message>
        <source>The account Composio returned belongs to another user. It was not stored.</source>
        <translation>Le compte renvoyé par Composio appartient à un autre utilisateur. Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The account Composio returned is for %1, not %2. It was not stored.</source>
        <translation>Le compte renvoyé par Composio concerne %1, et non %2. Il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 est déconnecté.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>%1 was disconnected at Composio%2.</source>
        <translation>%1 a été déconnecté chez Composio%2.</translation>
    </message>
    <message>
        <source>Composio reports %1 as %2%3. Reconnect to restore access.</source>
        <translation>Composio indique %1 comme %2%3. Reconnectez-le pour rétablir l’accès.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>%1 no longer exists at Composio; it is now disconnected.</source>
        <translation>%1 n’existe plus chez Composio ; il est maintenant déconnecté.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 est occupé ; attendez la fin de l’action en cours.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Ce compte %1 est déjà connecté en tant que %2. Il n’a pas été ajouté une seconde fois.</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionManager</name>
    <message>
        <source>There is no integration &quot;%1&quot;.</source>
        <translation>Il n’existe aucune intégration « %1 ».</translation>
    </message>
    <message>
        <source>Connecting %1 in %2 mode is not available in this version.</source>
        <translation>La connexion de %1 en mode %2 n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n’est pas ouvert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a connection, not an integration; add to &quot;%2&quot;.</source>
        <translation>« %1 » est une connexion, pas une intégration ; ajoutez à « %2 ».</translation>
    </message>
</context>
<context>
    <name>aria::ConnectionStore</name>
    <message>
        <source>A connection needs an integration id.</source>
        <translation>Une connexion nécessite un identifiant d’intégration.</translation>
    </message>
    <message>
        <source>There is no connection for %1 to record a sync on.</source>
        <translation>Il n’existe aucune connexion pour %1 sur laquelle enregistrer une synchronisation.</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Impossible de démarrer une transaction de base de données : %1</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>L’enregistrement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Recording the upload failed: %1</source>
        <translation>L’enregistrement de l’envoi a échoué : %1</translation>
    </message>
    <message>
        <source>Merging the server&apos;s changes failed: %1</source>
        <translation>La fusion des modifications du serveur a échoué : %1</translation>
    </message>
    <message>
        <source>Preparing the upload failed: %1</source>
        <translation>La préparation de l’envoi a échoué : %1</translation>
    </message>
    <message>
        <source>There is no connection for %1.</source>
        <translation>Il n’existe aucune connexion pour %1.</translation>
    </message>
    <message>
        <source>Saving the sync state failed: %1</source>
        <translation>L’enregistrement de l’état de synchronisation a échoué : %1</translation>
    </message>
    <message>
        <source>The connection %1 belongs to %2, not %3.</source>
        <translation>La connexion %1 appartient à %2, et non à %3.</translation>
    </message>
    <message>
        <source>%1 is not a connection id.</source>
        <translation>%1 n’est pas un identifiant de connexion.</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>La suppression de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>aria::DirectOAuthConnector</name>
    <message>
        <source>The system keychain is not available%1. Direct OAuth keeps tokens only there: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible%1. L’OAuth direct ne conserve les jetons que là : démarrez ou déverrouillez votre trousseau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused%1.</source>
        <translation>L’accès au trousseau du système a été refusé%1.</translation>
    </message>
    <message>
        <source>The system keychain failed%1.</source>
        <translation>Le trousseau du système a échoué%1.</translation>
    </message>
    <message>
        <source>%1 has no OAuth endpoints for a direct connection.</source>
        <translation>%1 n’a pas de points de terminaison OAuth pour une connexion directe.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for %1. Register an OAuth client with the provider, then run: aria-integrations config set %2.client_id YOUR_CLIENT_ID</source>
        <translation>Aucun identifiant client OAuth n’est défini pour %1. Enregistrez un client OAuth auprès du fournisseur, puis exécutez : aria-integrations config set %2.client_id VOTRE_CLIENT_ID</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>%1 is busy; wait for the running action to finish.</source>
        <translation>%1 est occupé ; attendez la fin de l’action en cours.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token; reconnect to continue.</source>
        <translation>%1 n’a fourni aucun jeton d’actualisation ; reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>%1 is working.</source>
        <translation>%1 fonctionne.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 est déconnecté.</translation>
    </message>
    <message>
        <source>%1 is disconnected here. %2 offers no way to revoke the access from an app; remove it in your account&apos;s security settings if you wish.</source>
        <translation>%1 est déconnecté ici. %2 ne permet pas de révoquer l’accès depuis une application ; supprimez-le si vous le souhaitez dans les paramètres de sécurité de votre compte.</translation>
    </message>
    <message>
        <source>%1 is disconnected here, but the provider could not revoke the access (%2). Remove it in your account&apos;s security settings.</source>
        <translation>%1 est déconnecté ici, mais le fournisseur n’a pas pu révoquer l’accès (%2). Supprimez-le dans les paramètres de sécurité de votre compte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection of %2.</source>
        <translation>« %1 » n’est pas une connexion de %2.</translation>
    </message>
    <message>
        <source>This %1 account is already connected as %2. It was not added again.</source>
        <translation>Ce compte %1 est déjà connecté en tant que %2. Il n’a pas été ajouté une seconde fois.</translation>
    </message>
</context>
<context>
    <name>aria::LoopbackReplyHandler</name>
    <message>
        <source>Cannot open a local port for the sign-in redirect: %1</source>
        <translation>Impossible d’ouvrir un port local pour la redirection de connexion : %1</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use by another program.</source>
        <translation>Le port %1 sur 127.0.0.1 est utilisé par un autre programme.</translation>
    </message>
</context>
<context>
    <name>aria::OverallStatus</name>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connectée</numerusform>
            <numerusform>%n connectées</numerusform>
        </translation>
    </message>
    <message>
        <source>No account connected</source>
        <translation>Aucun compte connecté</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 doit être reconnecté</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Reconnexion nécessaire : %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
</context>
<context>
    <name>aria::cli::AccountCommand</name>
    <message>
        <source>Expected: account login --email &lt;address&gt; (the password is read from standard input).</source>
        <translation>Attendu : account login --email &lt;adresse&gt; (le mot de passe est lu sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Expected login, logout, status or sync.</source>
        <translation>Attendu : login, logout, status ou sync.</translation>
    </message>
    <message>
        <source>Set the Supabase project first: config set supabase.url &lt;url&gt; and config set supabase.anon_key &lt;key&gt;.</source>
        <translation>Définissez d’abord le projet Supabase : config set supabase.url &lt;url&gt; et config set supabase.anon_key &lt;clé&gt;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>No password given on standard input.</source>
        <translation>Aucun mot de passe fourni sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) still waiting.</source>
        <translation>
            <numerusform>Synchronisé ; %n modification encore en attente.</numerusform>
            <numerusform>Synchronisé ; %n modifications encore en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in, but the first sync failed: %1</source>
        <translation>Connecté, mais la première synchronisation a échoué : %1</translation>
    </message>
    <message>
        <source>Signed out. Connections stay on this device.</source>
        <translation>Déconnecté. Les connexions restent sur cet appareil.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Aucune session ouverte.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Dernière synchronisation : %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to upload.</source>
        <translation>
            <numerusform>%n modification en attente d’envoi.</numerusform>
            <numerusform>%n modifications en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in; connections are kept on this device only.</source>
        <translation>Aucune session ouverte ; les connexions ne sont conservées que sur cet appareil.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with: aria-integrations account login --email &lt;address&gt;</source>
        <translation>Aucune session ouverte. Connectez-vous avec : aria-integrations account login --email &lt;adresse&gt;</translation>
    </message>
    <message>
        <source>Sign in to Supabase, sign out, show or sync the account</source>
        <translation>Se connecter à Supabase, se déconnecter, afficher ou synchroniser le compte</translation>
    </message>
</context>
<context>
    <name>aria::cli::Command</name>
    <message>
        <source>Usage: aria-integrations %1 %2</source>
        <translation>Utilisation : aria-integrations %1 %2</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConfigCommand</name>
    <message>
        <source>Unknown setting &quot;%1&quot;. See: aria-integrations config list</source>
        <translation>Réglage inconnu « %1 ». Voir : aria-integrations config list</translation>
    </message>
    <message>
        <source>Expected get &lt;key&gt;, set &lt;key&gt; &lt;value&gt;, unset &lt;key&gt; or list.</source>
        <translation>Attendu : get &lt;clé&gt;, set &lt;clé&gt; &lt;valeur&gt;, unset &lt;clé&gt; ou list.</translation>
    </message>
    <message>
        <source>Read or change a setting</source>
        <translation>Lire ou modifier un réglage</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectCommand</name>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 86400.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Opening the sign-in page in the browser. If nothing opens, visit:</source>
        <translation>Ouverture de la page de connexion dans le navigateur. Si rien ne s’ouvre, rendez-vous sur :</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C cancels)…</source>
        <translation>En attente de la fin de la connexion (Ctrl-C pour annuler)…</translation>
    </message>
    <message>
        <source>Connect an integration through the browser (Ctrl-C cancels)</source>
        <translation>Connecter une intégration via le navigateur (Ctrl-C pour annuler)</translation>
    </message>
    <message>
        <source>--add takes an integration id, not a connection id: %1</source>
        <translation>--add attend un identifiant d’intégration, pas un identifiant de connexion : %1</translation>
    </message>
    <message>
        <source>%1 is already connected%2. To connect another account, add it: aria-integrations connect %1 --add. To connect this one again, disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 est déjà connecté%2. Pour connecter un autre compte, ajoutez-le : aria-integrations connect %1 --add. Pour reconnecter celui-ci, déconnectez-le d’abord : aria-integrations disconnect %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::ConnectionCommand</name>
    <message>
        <source>Name one integration.</source>
        <translation>Indiquez une intégration.</translation>
    </message>
    <message>
        <source>Unknown integration &quot;%1&quot;. Known: %2</source>
        <translation>Intégration inconnue « %1 ». Connues : %2</translation>
    </message>
    <message>
        <source>ARIA&apos;s cloud could not be reached; the change is kept here and sent at the next sync: %1</source>
        <translation>Impossible de joindre le cloud ARIA ; la modification est conservée ici et sera envoyée à la prochaine synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>aria::cli::DisconnectCommand</name>
    <message>
        <source>Revoke and remove a connection (the row stays as disconnected)</source>
        <translation>Révoquer et supprimer une connexion (la ligne reste, à l’état déconnecté)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ListCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>List integrations and their connection state</source>
        <translation>Lister les intégrations et l’état de leur connexion</translation>
    </message>
</context>
<context>
    <name>aria::cli::OpenCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>No display available to open the window on.</source>
        <translation>Aucun écran disponible pour ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>Impossible de lancer %1.</translation>
    </message>
    <message>
        <source>Show the window (of the running app, or start it)</source>
        <translation>Afficher la fenêtre (de l’application en cours, ou la lancer)</translation>
    </message>
</context>
<context>
    <name>aria::cli::ProviderCommand</name>
    <message>
        <source>Expected add, list or remove.</source>
        <translation>Attendu : add, list ou remove.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>No added providers. Add one with: aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</source>
        <translation>Aucun fournisseur ajouté. Ajoutez-en un avec : aria-integrations provider add &lt;id&gt; --discovery URL --client-id ID</translation>
    </message>
    <message>
        <source>Expected: provider remove &lt;id&gt;</source>
        <translation>Attendu : provider remove &lt;id&gt;</translation>
    </message>
    <message>
        <source>%1 is still connected. Disconnect it first: aria-integrations disconnect %1</source>
        <translation>%1 est encore connecté. Déconnectez-le d’abord : aria-integrations disconnect %1</translation>
    </message>
    <message>
        <source>No added provider is called &quot;%1&quot;. See: aria-integrations provider list</source>
        <translation>Aucun fournisseur ajouté ne s’appelle « %1 ». Voir : aria-integrations provider list</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Fournisseur %1 supprimé.</translation>
    </message>
    <message>
        <source>Expected: provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</source>
        <translation>Attendu : provider add &lt;id&gt; (--discovery URL | --authorize URL --token URL) --client-id ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 2 to 48 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>« %1 » n’est pas un identifiant valide : utilisez de 2 à 48 lettres minuscules, chiffres ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option: %1</source>
        <translation>Option inconnue ou incomplète : %1</translation>
    </message>
    <message>
        <source>--client-id is required (register a desktop/native OAuth client with the provider).</source>
        <translation>--client-id est obligatoire (enregistrez un client OAuth de bureau/natif auprès du fournisseur).</translation>
    </message>
    <message>
        <source>Give either --discovery URL or --authorize URL and --token URL.</source>
        <translation>Indiquez soit --discovery URL, soit --authorize URL et --token URL.</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect it with: aria-integrations connect %1</source>
        <translation>%1 (%2) ajouté. Connectez-le avec : aria-integrations connect %1</translation>
    </message>
    <message>
        <source>Note: the provider names no revocation endpoint; disconnecting only forgets the tokens here.</source>
        <translation>Remarque : le fournisseur n’indique aucun point de révocation ; la déconnexion se contente d’oublier les jetons ici.</translation>
    </message>
    <message>
        <source>Added provider (%1)</source>
        <translation>Fournisseur ajouté (%1)</translation>
    </message>
    <message>
        <source>The discovery URL must be https (http only on 127.0.0.1 or localhost).</source>
        <translation>L’URL de découverte doit être en https (http uniquement sur 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Could not read the discovery document at %1: %2</source>
        <translation>Impossible de lire le document de découverte à l’adresse %1 : %2</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>Le document de découverte est inutilisable : %1</translation>
    </message>
    <message>
        <source>Add, list or remove OAuth providers for direct connections</source>
        <translation>Ajouter, lister ou supprimer des fournisseurs OAuth pour les connexions directes</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MB, so it was not read</source>
        <translation>
            <numerusform>il dépasse %n Mo et n’a donc pas été lu</numerusform>
            <numerusform>il dépasse %n Mo et n’a donc pas été lu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it did not arrive within %n second(s)</source>
        <translation>
            <numerusform>il n’est pas arrivé en %n seconde</numerusform>
            <numerusform>il n’est pas arrivé en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aria::cli::SecretCommand</name>
    <message>
        <source>Expected: secret set &lt;name&gt; or secret unset &lt;name&gt;.</source>
        <translation>Attendu : secret set &lt;nom&gt; ou secret unset &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Names: composio-api-key, &lt;integration&gt;-client-secret.</source>
        <translation>Secret inconnu « %1 ». Noms : composio-api-key, &lt;intégration&gt;-client-secret.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 supprimé du trousseau.</translation>
    </message>
    <message>
        <source>No value on standard input. Example: printf %s &quot;$KEY&quot; | aria-integrations secret set %1</source>
        <translation>Aucune valeur sur l’entrée standard. Exemple : printf %s &quot;$KEY&quot; | aria-integrations secret set %1</translation>
    </message>
    <message>
        <source>Store a secret in the keychain, read from standard input</source>
        <translation>Enregistrer dans le trousseau un secret lu sur l’entrée standard</translation>
    </message>
</context>
<context>
    <name>aria::cli::StatusCommand</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connectée</numerusform>
            <numerusform>%n connectées</numerusform>
        </translation>
    </message>
    <message>
        <source> · needs attention: %1</source>
        <translation> · à vérifier : %1</translation>
    </message>
    <message>
        <source>Summarise the state of all connections</source>
        <translation>Résumer l’état de toutes les connexions</translation>
    </message>
</context>
<context>
    <name>aria::cli::SyncCommand</name>
    <message>
        <source>Check connections with the remote side and update their state</source>
        <translation>Vérifier les connexions auprès du service distant et mettre à jour leur état</translation>
    </message>
</context>
<context>
    <name>aria::oauth::FlowRun</name>
    <message>
        <source>The provider did not answer the refresh in time.</source>
        <translation>Le fournisseur n’a pas répondu à temps à l’actualisation.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time. Try again.</source>
        <translation>La connexion n’a pas été terminée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Access was denied at the provider.</source>
        <translation>L’accès a été refusé chez le fournisseur.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1</source>
        <translation>Le fournisseur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be used.</source>
        <translation>La réponse du fournisseur est inutilisable.</translation>
    </message>
    <message>
        <source>Could not open a port on 127.0.0.1 for the sign-in callback: %1</source>
        <translation>Impossible d’ouvrir un port sur 127.0.0.1 pour le retour de connexion : %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request (state mismatch), so it was rejected. If you did not start this sign-in, someone may have tried to link their account. Try again.</source>
        <translation>La réponse de connexion ne correspondait pas à cette requête (state différent) ; elle a donc été rejetée. Si vous n’avez pas lancé cette connexion, quelqu’un a peut-être tenté d’associer son compte. Réessayez.</translation>
    </message>
    <message>
        <source>The sign-in answer came from another authorization server than the one asked, so it was rejected. Try again.</source>
        <translation>La réponse de connexion provenait d’un autre serveur d’autorisation que celui interrogé ; elle a donc été rejetée. Réessayez.</translation>
    </message>
    <message>
        <source>The provider sent no access token.</source>
        <translation>Le fournisseur n’a envoyé aucun jeton d’accès.</translation>
    </message>
    <message numerus="yes">
        <source>The provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le fournisseur n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le fournisseur n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider no longer accepts this connection&apos;s sign-in. Reconnect it.</source>
        <translation>Le fournisseur n’accepte plus l’authentification de cette connexion. Reconnectez-la.</translation>
    </message>
    <message>
        <source>The provider refused the authorization code (already used or expired). Try again.</source>
        <translation>Le fournisseur a refusé le code d’autorisation (déjà utilisé ou expiré). Réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Impossible de joindre le fournisseur : %1</translation>
    </message>
    <message>
        <source>The provider answered with an error: %1</source>
        <translation>Le fournisseur a répondu par une erreur : %1</translation>
    </message>
    <message>
        <source>The sign-in answer did not name the server that sent it, although this provider always does, so it was rejected. Try again.</source>
        <translation>La réponse de connexion n’indiquait pas le serveur qui l’a envoyée, alors que ce fournisseur le fait toujours ; elle a donc été rejetée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::AuthClient</name>
    <message>
        <source>Set the Supabase URL and anon key first (settings supabase.url and supabase.anon_key).</source>
        <translation>Définissez d’abord l’URL et la clé anon de Supabase (réglages supabase.url et supabase.anon_key).</translation>
    </message>
    <message>
        <source>Wrong e-mail address or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1): %2</source>
        <translation>Échec de la connexion (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>No keychain to keep the session in.</source>
        <translation>Aucun trousseau pour conserver la session.</translation>
    </message>
    <message>
        <source>The session could not be saved in the keychain: %1</source>
        <translation>Impossible d’enregistrer la session dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Not signed in to Supabase.</source>
        <translation>Aucune session Supabase ouverte.</translation>
    </message>
    <message>
        <source>Your Supabase session has ended (%1). Sign in again to keep syncing.</source>
        <translation>Votre session Supabase a pris fin (%1). Reconnectez-vous pour continuer à synchroniser.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot refresh the Supabase session: %1</source>
        <translation>Impossible d’actualiser la session Supabase : %1</translation>
    </message>
    <message>
        <source>The Supabase URL (supabase.url) cannot be used: %1</source>
        <translation>L’URL Supabase (supabase.url) est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RealtimeClient</name>
    <message>
        <source>The live connection was closed.</source>
        <translation>La connexion en direct a été fermée.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>The live connection was refused: %1</source>
        <translation>La connexion en direct a été refusée : %1</translation>
    </message>
    <message>
        <source>The server did not accept the live subscription.</source>
        <translation>Le serveur n’a pas accepté l’abonnement en direct.</translation>
    </message>
    <message>
        <source>The live connection ended: %1</source>
        <translation>La connexion en direct a pris fin : %1</translation>
    </message>
    <message>
        <source>The server closed the live connection.</source>
        <translation>Le serveur a fermé la connexion en direct.</translation>
    </message>
</context>
<context>
    <name>aria::supabase::RestClient</name>
    <message>
        <source>Cannot reach Supabase: %1</source>
        <translation>Impossible de joindre Supabase : %1</translation>
    </message>
    <message>
        <source>Supabase is unavailable (HTTP %1).</source>
        <translation>Supabase est indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase refused the session (%1). Sign in again.</source>
        <translation>Supabase a refusé la session (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Supabase&apos;s row-level security refused the change (%1): %2. Check the user_integrations policies (docs/SUPABASE_SETUP.md).</source>
        <translation>La sécurité au niveau des lignes (RLS) de Supabase a refusé la modification (%1) : %2. Vérifiez les politiques de user_integrations (docs/SUPABASE_SETUP.md).</translation>
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1, %2): %3</source>
        <translation>Supabase a rejeté la requête (HTTP %1, %2) : %3</translation>
    </message>
    <message>
        <source>Supabase sent an answer that could not be read (%1).</source>
        <translation>Supabase a envoyé une réponse illisible (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Supabase sent an answer larger than %n MB; it was not read.</source>
        <translation>
            <numerusform>Supabase a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
            <numerusform>Supabase a envoyé une réponse de plus de %n Mo ; elle n’a pas été lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supabase did not answer in time.</source>
        <translation>Supabase n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Supabase (supabase.url) cannot be used: %1.</source>
        <translation>Supabase (supabase.url) est inutilisable : %1.</translation>
    </message>
</context>
<context>
    <name>aria::sync::SyncEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountChip</name>
    <message>
        <source>Not signed in</source>
        <translation>Session non ouverte</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Session ended. Sign in again.</source>
        <translation>Session terminée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Connections stay on this device</source>
        <translation>Les connexions restent sur cet appareil</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Se connecter à Supabase</translation>
    </message>
    <message>
        <source>Sign in to Supabase to sync connections between your devices</source>
        <translation>Connectez-vous à Supabase pour synchroniser les connexions entre vos appareils</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of Supabase</source>
        <translation>Se déconnecter de Supabase</translation>
    </message>
    <message>
        <source>Sign out of Supabase; connections stay on this device</source>
        <translation>Se déconnecter de Supabase ; les connexions restent sur cet appareil</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne · %n modification en attente</numerusform>
            <numerusform>Hors ligne · %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Changes from your other devices appear as they happen. %1</source>
        <translation>Les modifications faites sur vos autres appareils apparaissent en temps réel. %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::AccountRow</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Synchroniser %1 maintenant</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Garder %1 connecté</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirmer : déconnecter %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Annuler la connexion de %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationCard</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Déconnecter %1 ?</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Cancel connecting %1</source>
        <translation>Annuler la connexion de %1</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>Synchroniser %1 maintenant</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <source>Keep %1 connected</source>
        <translation>Garder %1 connecté</translation>
    </message>
    <message>
        <source>Confirm: disconnect %1</source>
        <translation>Confirmer : déconnecter %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <source>Add another %1 account</source>
        <translation>Ajouter un autre compte %1</translation>
    </message>
</context>
<context>
    <name>aria::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Connect your tools to enable ARIA&apos;s full capabilities</source>
        <translation>Connectez vos outils pour profiter de toutes les fonctionnalités d’ARIA</translation>
    </message>
    <message>
        <source>No integrations are available.</source>
        <translation>Aucune intégration n’est disponible.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox: connected to local test services, not real accounts</source>
        <translation>Bac à sable : connecté à des services de test locaux, pas à de vrais comptes</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Could not connect %1.</source>
        <translation>Impossible de connecter %1.</translation>
    </message>
    <message>
        <source>Could not connect %1: %2</source>
        <translation>Impossible de connecter %1 : %2</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>Impossible de déconnecter %1.</translation>
    </message>
    <message>
        <source>Could not disconnect %1: %2</source>
        <translation>Impossible de déconnecter %1 : %2</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>aria::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Composio</source>
        <translation>Composio</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the stored key.</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier. Laissez vide pour garder la clé enregistrée.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Connect through</source>
        <translation>Connexion via</translation>
    </message>
    <message>
        <source>Direct OAuth</source>
        <translation>OAuth direct</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>Identifiant client OAuth</translation>
    </message>
    <message>
        <source>From the app you registered with the provider</source>
        <translation>Celui de l’application enregistrée auprès du fournisseur</translation>
    </message>
    <message>
        <source>Sync across devices (Supabase)</source>
        <translation>Synchroniser entre appareils (Supabase)</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>URL du projet</translation>
    </message>
    <message>
        <source>Anon (public) key</source>
        <translation>Clé anon (publique)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>An API key has no spaces.</source>
        <translation>Une clé d’API ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>The keychain refused the key.</source>
        <translation>Le trousseau a refusé la clé.</translation>
    </message>
    <message>
        <source>Reach Composio</source>
        <translation>Accès à Composio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>ARIA cloud (sign-in)</source>
        <translation>Cloud ARIA (connexion)</translation>
    </message>
    <message>
        <source>My own API key</source>
        <translation>Ma propre clé d’API</translation>
    </message>
</context>
<context>
    <name>aria::ui::SignInDialog</name>
    <message>
        <source>Sign in to Supabase</source>
        <translation>Se connecter à Supabase</translation>
    </message>
    <message>
        <source>Sign in to sync your connections between devices. Tokens stay in this device&apos;s keychain; only connection details are synced.</source>
        <translation>Connectez-vous pour synchroniser vos connexions entre appareils. Les jetons restent dans le trousseau de cet appareil ; seuls les détails des connexions sont synchronisés.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Set the Supabase project URL and anon key in the settings first.</source>
        <translation>Définissez d’abord l’URL du projet et la clé anon de Supabase dans les réglages.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>aria::ui::SkeletonCard</name>
    <message>
        <source>Loading integrations</source>
        <translation>Chargement des intégrations</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayController</name>
    <message>
        <source>ARIA Integrations is still running</source>
        <translation>ARIA Integrations est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>It keeps watching your connections from the tray. Choose Quit in the tray menu to exit.</source>
        <translation>L’application continue de surveiller vos connexions depuis la zone de notification. Choisissez Quitter dans son menu pour la fermer.</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayIcon</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Open Integrations…</source>
        <translation>Ouvrir les intégrations…</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisation suspendue</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reconnect %1…</source>
        <translation>Reconnecter %1…</translation>
    </message>
</context>
<context>
    <name>aria::ui::TrayNotifier</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <source>The account is ready to use.</source>
        <translation>Le compte est prêt à l’emploi.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1: connection failed</source>
        <translation>%1 : échec de la connexion</translation>
    </message>
    <message>
        <source>Click to open it and try again.</source>
        <translation>Cliquez pour l’ouvrir et réessayer.</translation>
    </message>
    <message>
        <source>%1 needs reconnecting</source>
        <translation>%1 doit être reconnecté</translation>
    </message>
    <message>
        <source>The connection expired. Click to open it and reconnect.</source>
        <translation>La connexion a expiré. Cliquez pour l’ouvrir et la reconnecter.</translation>
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
        <translation>Bienvenue dans ARIA Integrations</translation>
    </message>
    <message>
        <source>Nothing is set up yet. Choose how to connect your accounts:</source>
        <translation>Rien n’est encore configuré. Choisissez comment connecter vos comptes :</translation>
    </message>
    <message>
        <source>Sign in to ARIA</source>
        <translation>Se connecter à ARIA</translation>
    </message>
    <message>
        <source>Use your own Composio key</source>
        <translation>Utiliser votre propre clé Composio</translation>
    </message>
    <message>
        <source>Use your own OAuth client</source>
        <translation>Utiliser votre propre client OAuth</translation>
    </message>
    <message>
        <source>Recommended. ARIA&apos;s cloud connects your accounts and keeps them in step on all your devices.</source>
        <translation>Recommandé. Le cloud ARIA connecte vos comptes et les garde synchronisés sur tous vos appareils.</translation>
    </message>
    <message>
        <source>For your own Composio project: the key stays in this computer&apos;s keychain.</source>
        <translation>Pour votre propre projet Composio : la clé reste dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Register an OAuth app with the provider and connect to it directly.</source>
        <translation>Enregistrez une application OAuth auprès du fournisseur et connectez-vous-y directement.</translation>
    </message>
</context>
</TS>
