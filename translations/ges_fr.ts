<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminClient</name>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="+45"/>
        <source>The server sent an answer this version cannot read.</source>
        <translation>Le serveur a envoyé une réponse que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid server address (http://host:port).</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur valide (http://hôte:port).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+17"/>
        <source>You are not logged in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1 without a readable body.</source>
        <translation>Le serveur a répondu HTTP %1 sans contenu lisible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="+116"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired time</source>
        <translation>Heure souhaitée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EWT</source>
        <translation>Attente estimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User data</source>
        <translation>Données utilisateur</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="+7"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>En routage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="+67"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the callbacks again (%1)</source>
        <translation>Recharger les rappels (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;enant:</source>
        <translation>Loc&amp;ataire :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load callbacks: %1</source>
        <translation>Impossible de charger les rappels : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Callbacks loaded: %1</source>
        <translation>Rappels chargés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(more on the server)</source>
        <translation>(d&apos;autres sur le serveur)</translation>
    </message>
</context>
<context>
    <name>ComingSoonLabel</name>
    <message>
        <location filename="../desktop/tabs/ComingSoonLabel.cpp" line="+7"/>
        <source>Not implemented yet.</source>
        <translation>Pas encore disponible.</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="+10"/>
        <source>Here administrators will register and manage the GWS credentials of each tenant.</source>
        <translation>Ici, les administrateurs enregistreront et géreront les identifiants GWS de chaque locataire.</translation>
    </message>
</context>
<context>
    <name>DeveloperTab</name>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="+10"/>
        <source>Here developers will create, validate and revoke API keys, read the API request and error log, and check the health of GES&apos;s dependencies.</source>
        <translation>Ici, les développeurs créeront, valideront et révoqueront des clés d&apos;API, liront le journal des requêtes et erreurs de l&apos;API et vérifieront l&apos;état des dépendances de GES.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="+19"/>
        <source>Log in to GES</source>
        <translation>Connexion à GES</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+162"/>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The saved password could not be read from the keychain: %1</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être lu depuis le trousseau : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please enter the server, your user name and your password.</source>
        <translation>Veuillez saisir le serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not update the saved password in the system keychain: %1</source>
        <translation>Impossible de mettre à jour le mot de passe enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="+31"/>
        <source>GES Administration</source>
        <translation>Administration GES</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Callbacks</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queues</source>
        <translation>Fi&amp;les d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Developer</source>
        <translation>&amp;Développeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logged out; the server said: %1</source>
        <translation>Déconnecté ; le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="+10"/>
        <source>Here you will see each callback service&apos;s queue: waiting callbacks, positions and estimated wait times.</source>
        <translation>Ici, vous verrez la file d&apos;attente de chaque service de rappel : rappels en attente, positions et temps d&apos;attente estimés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../desktop/main.cpp" line="+30"/>
        <source>Desktop administration of a GES server.</source>
        <translation>Administration de bureau d&apos;un serveur GES.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preselect the server URL in the login dialog.</source>
        <translation>Présélectionner l&apos;URL du serveur dans la boîte de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
</TS>
