<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminClient</name>
    <message>
        <location filename="../desktop/client/AdminClient.h" line="+109"/>
        <source>The server sent an answer this version cannot read.</source>
        <translation>Le serveur a envoyé une réponse que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a valid server address (http://host:port).</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur valide (http://hôte:port).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+9"/>
        <location line="+27"/>
        <source>You are not logged in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The transfer broke off: %1</source>
        <translation>Le transfert a été interrompu : %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n&apos;a pas répondu dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered HTTP %1 without a readable body.</source>
        <translation>Le serveur a répondu HTTP %1 sans contenu lisible.</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+135"/>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="+73"/>
        <source>Scopes: the whole external API</source>
        <translation>Portées : toute l&apos;API externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="+52"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+108"/>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show re&amp;voked keys</source>
        <translation>Afficher les clés &amp;révoquées</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load the API keys</source>
        <translation>Impossible de charger les clés d&apos;API</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the key &quot;%1&quot; (%2…) of tenant %3? Every app using it is refused at once, and it cannot be brought back.</source>
        <translation>Révoquer la clé « %1 » (%2…) du locataire %3 ? Toute application qui l&apos;utilise sera refusée immédiatement, et la clé ne pourra pas être rétablie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not revoke the key</source>
        <translation>Impossible de révoquer la clé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your role may not manage API keys.</source>
        <translation>Votre rôle ne permet pas de gérer les clés d&apos;API.</translation>
    </message>
</context>
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="+16"/>
        <source>Cancel %n callback(s)</source>
        <translation>
            <numerusform>Annuler %n rappel</numerusform>
            <numerusform>Annuler %n rappels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel &amp;callbacks</source>
        <translation>Annuler les &amp;rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Les conserver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking what would be cancelled…</source>
        <translation>Vérification de ce qui serait annulé…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The dry run failed</source>
        <translation>La simulation a échoué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling failed</source>
        <translation>L&apos;annulation a échoué</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n callback(s) will be cancelled.</source>
        <translation>
            <numerusform>%n rappel sera annulé.</numerusform>
            <numerusform>%n rappels seront annulés.</numerusform>
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
            <numerusform>%1 %n ignoré (%2).</numerusform>
            <numerusform>%1 %n ignorés (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n introuvable</numerusform>
            <numerusform>%n introuvables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being processed</source>
        <translation>
            <numerusform>%n en cours de traitement</numerusform>
            <numerusform>%n en cours de traitement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already completed</source>
        <translation>
            <numerusform>%n déjà terminé</numerusform>
            <numerusform>%n déjà terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in state %1</source>
        <translation>
            <numerusform>%n à l&apos;état %1</numerusform>
            <numerusform>%n à l&apos;état %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancelled %n callback(s); the rest failed.</source>
        <translation>
            <numerusform>%n rappel annulé ; les autres ont échoué.</numerusform>
            <numerusform>%n rappels annulés ; les autres ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallInGroupDialog</name>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="+52"/>
        <source>The tenant (CCID) the group belongs to.</source>
        <translation>Le locataire (CCID) auquel appartient le groupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-100 letters, digits, space or _ . : @ -</source>
        <translation>1 à 100 lettres, chiffres, espaces ou _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers a caller may be told to dial, one per line. Spaces, dashes and brackets are dropped; 00 becomes +.</source>
        <translation>Les numéros qu&apos;on peut indiquer à l&apos;appelant de composer, un par ligne. Les espaces, tirets et parenthèses sont supprimés ; 00 devient +.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> digits</source>
        <translation> chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits of the access code a caller types: 4 at least, or codes are guessable; 10 at most, or callers mistype them.</source>
        <translation>Nombre de chiffres du code d&apos;accès que saisit l&apos;appelant : au moins 4, sinon les codes sont devinables ; au plus 10, sinon les appelants se trompent en les tapant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long after the request a call can still be matched to it.</source>
        <translation>Durée après la demande pendant laquelle un appel peut encore lui être associé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone n&amp;umbers:</source>
        <translation>N&amp;uméros de téléphone :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access code &amp;length:</source>
        <translation>Lon&amp;gueur du code d&apos;accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expiry:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New call-in group</source>
        <translation>Nouveau groupe d&apos;appel entrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call-in group %1</source>
        <translation>Groupe d&apos;appel entrant %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No valid number yet.</source>
        <translation>Aucun numéro valide pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be stored as: %1</source>
        <translation>Sera enregistré sous la forme : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a phone number: %1</source>
        <translation>Pas un numéro de téléphone : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please correct the call-in group before saving:</source>
        <translation>Veuillez corriger le groupe d&apos;appel entrant avant de l&apos;enregistrer :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server did not save the group</source>
        <translation>Le serveur n&apos;a pas enregistré le groupe</translation>
    </message>
</context>
<context>
    <name>CallInGroupTableModel</name>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="+42"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code length</source>
        <translation>Longueur du code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry (s)</source>
        <translation>Expiration (s)</translation>
    </message>
</context>
<context>
    <name>CallbackActions</name>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="+20"/>
        <source>&amp;New callback…</source>
        <translation>&amp;Nouveau rappel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit user data…</source>
        <translation>&amp;Modifier les données utilisateur…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;schedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel callback</source>
        <translation>&amp;Annuler le rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;selected…</source>
        <translation>Annuler la séle&amp;ction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cancel callback</source>
        <translation>Annuler le rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the callback to %1 (%2)?</source>
        <translation>Annuler le rappel vers %1 (%2) ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not cancel the callback</source>
        <translation>Impossible d&apos;annuler le rappel</translation>
    </message>
</context>
<context>
    <name>CallbackDetailPane</name>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="+31"/>
        <source>Id:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired time:</source>
        <translation>Heure souhaitée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Mis à jour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User data:</source>
        <translation>Données utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not load the callback</source>
        <translation>Impossible de charger le rappel</translation>
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
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits of the number</source>
        <translation>Chiffres du numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks whose number contains these digits (at least 3)</source>
        <translation>Rappels dont le numéro contient ces chiffres (au moins 3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired time</source>
        <translation>Heure souhaitée</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu&apos;à :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>any time</source>
        <translation>n&apos;importe quand</translation>
    </message>
</context>
<context>
    <name>CallbackHistoryModel</name>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="+45"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="+96"/>
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
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="+115"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the callbacks again (%1)</source>
        <translation>Recharger les rappels (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
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
        <translation>Impossible de charger les rappels</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Callbacks loaded: %1 (more on the server)</source>
        <translation>Rappels chargés : %1 (d&apos;autres sur le serveur)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Export callbacks</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 rows (%2)</source>
        <translation>%1 lignes exportées (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Callbacks loaded: %1</source>
        <translation>Rappels chargés : %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../desktop/settings/CommandLine.cpp" line="+8"/>
        <source>Desktop administration of a GES server.</source>
        <translation>Administration de bureau d&apos;un serveur GES.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preselect the server URL in the login dialog.</source>
        <translation>Présélectionner l&apos;URL du serveur dans la boîte de connexion.</translation>
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
        <translation>E&amp;xpire :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create API key</source>
        <translation>Créer une clé d&apos;API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the key is for, e.g. web widget</source>
        <translation>À quoi sert la clé, p. ex. widget web</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None checked: the key may use the whole external API. Scopes are recorded but not yet enforced by the server.</source>
        <translation>Aucune cochée : la clé peut utiliser toute l&apos;API externe. Les portées sont enregistrées mais pas encore appliquées par le serveur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A key needs a tenant and a name.</source>
        <translation>Une clé nécessite un locataire et un nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the key</source>
        <translation>Impossible de créer la clé</translation>
    </message>
</context>
<context>
    <name>CreateCallbackDialog</name>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="+19"/>
        <source>At a &amp;time slot (otherwise as soon as possible)</source>
        <translation>À un &amp;créneau horaire (sinon dès que possible)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New callback</source>
        <translation>Nouveau rappel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>+4930123456</source>
        <translation>+4930123456</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User data:</source>
        <translation>Données &amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load the services</source>
        <translation>Impossible de charger les services</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Could not create the callback</source>
        <translation>Impossible de créer le rappel</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="+80"/>
        <source>&amp;Register…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the GWS credentials of a tenant (%1)</source>
        <translation>Enregistrer les identifiants GWS d&apos;un locataire (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tenant&apos;s credentials (Del)</source>
        <translation>Supprimer les identifiants du locataire sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server whether GWS accepts the stored credentials</source>
        <translation>Demander au serveur si GWS accepte les identifiants enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the credentials again (%1)</source>
        <translation>Recharger les identifiants (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not load the GWS credentials</source>
        <translation>Impossible de charger les identifiants GWS</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete GWS Credentials</source>
        <translation>Supprimer les identifiants GWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the GWS credentials of tenant %1? Its callbacks cannot reach GWS until new ones are registered.</source>
        <translation>Supprimer les identifiants GWS du locataire %1 ? Ses rappels ne pourront plus joindre GWS tant que de nouveaux identifiants ne seront pas enregistrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not delete the credentials of %1</source>
        <translation>Impossible de supprimer les identifiants de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the credentials of %1…</source>
        <translation>Test des identifiants de %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Test of %1 passed in %2 ms: %3</source>
        <translation>Test de %1 réussi en %2 ms : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test of %1 failed at statistics: %2</source>
        <translation>Le test de %1 a échoué aux statistiques : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test of %1 failed at authentication: %2</source>
        <translation>Le test de %1 a échoué à l’authentification : %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Test of %1 failed</source>
        <translation>Le test de %1 a échoué</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <comment>health status</comment>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <comment>health status</comment>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>DeveloperTab</name>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="+29"/>
        <source>API &amp;keys</source>
        <translation>&amp;Clés d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hea&amp;lth</source>
        <translation>Sant&amp;é</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role may not read the request log.</source>
        <translation>Votre rôle ne permet pas de lire le journal des requêtes.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../desktop/widgets/ErrorBanner.cpp" line="+30"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (request %2)</source>
        <translation>%1 (requête %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (request %3)</source>
        <translation>%1 : %2 (requête %3)</translation>
    </message>
</context>
<context>
    <name>FieldProblemText</name>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="+36"/>
        <source>%1
(request %2)</source>
        <translation>%1
(requête %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>field: part of it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual queue</source>
        <translation>File d&apos;attente virtuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>Durée du créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot capacity</source>
        <translation>Capacité du créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days ahead</source>
        <translation>Jours à l&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max waiting</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special days</source>
        <translation>Jours spéciaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EWT threshold</source>
        <translation>Seuil EWT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max user data</source>
        <translation>Données utilisateur max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per number</source>
        <translation>Créations par numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per API key</source>
        <translation>Créations par clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require CAPTCHA</source>
        <translation>Exiger un CAPTCHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push &quot;about to be called&quot; at</source>
        <translation>Push « bientôt appelé » à</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed all day</source>
        <translation>fermé toute la journée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 to 100 letters, digits, spaces or _ . : @ -</source>
        <translation>1 à 100 lettres, chiffres, espaces ou _ . : @ -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 5, 10, 15, 20, 30 or 60</source>
        <translation>doit valoir 5, 10, 15, 20, 30 ou 60</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open and close must be HH:MM with open before close</source>
        <translation>l&apos;ouverture et la fermeture doivent être au format HH:MM, l&apos;ouverture avant la fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one day</source>
        <translation>nécessite au moins un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a day closed all day has no open or close</source>
        <translation>un jour fermé toute la journée n&apos;a ni ouverture ni fermeture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is closed all day and also has hours</source>
        <translation>%1 est fermé toute la journée mais a aussi des horaires</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>GwsCredentialDialog</name>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="+36"/>
        <source>&amp;Auth URL:</source>
        <translation>URL d&apos;&amp;authentification :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Environment URL:</source>
        <translation>URL d&apos;&amp;environnement :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfiguration URL:</source>
        <translation>URL de c&amp;onfiguration :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public auth URL:</source>
        <translation>URL d&apos;authentification &amp;publique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics URL:</source>
        <translation>URL des &amp;statistiques :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>Secre&amp;t client :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… (required)</source>
        <translation>https://… (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Register GWS Credentials</source>
        <translation>Enregistrer des identifiants GWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is stored encrypted and never shown again.</source>
        <translation>Le secret est stocké chiffré et ne sera plus jamais affiché.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit GWS Credentials of %1</source>
        <translation>Modifier les identifiants GWS de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unchanged — type to replace</source>
        <translation>inchangé — saisissez-en un pour le remplacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the secret empty to keep the stored one; it is never shown again.</source>
        <translation>Laissez le secret vide pour conserver celui enregistré ; il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secret is stored: type one.</source>
        <translation>Aucun secret n&apos;est enregistré : saisissez-en un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant: 1–100 letters, digits or _ . : @ -</source>
        <translation>Locataire : 1 à 100 lettres, chiffres ou _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ID: 1–%1 characters</source>
        <translation>ID client : 1 à %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret: required when registering</source>
        <translation>Secret client : obligatoire lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client secret: required when the auth URL changes</source>
        <translation>Secret client : obligatoire quand l&apos;URL d&apos;authentification change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret: at most %1 characters</source>
        <translation>Secret client : %1 caractères au maximum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auth URL: required</source>
        <translation>URL d&apos;authentification : obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an http or https URL</source>
        <translation>%1 : n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
</context>
<context>
    <name>GwsCredentialTableModel</name>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="+92"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs</source>
        <translation>Autres URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by</source>
        <translation>Mis à jour par</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="+22"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server status:</source>
        <translation>État du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the server&apos;s health</source>
        <translation>Impossible de lire l&apos;état de santé du serveur</translation>
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
        <translation>JSON invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User data must be a JSON object: { &quot;key&quot;: value, ... }</source>
        <translation>Les données utilisateur doivent être un objet JSON : { &quot;clé&quot;: valeur, ... }</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid key: letters, digits, _ and $, not starting with a digit</source>
        <translation>« %1 » n&apos;est pas une clé valide : lettres, chiffres, _ et $, sans commencer par un chiffre</translation>
    </message>
</context>
<context>
    <name>KeyValidationPanel</name>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="+15"/>
        <source>Validate a key</source>
        <translation>Valider une clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;alidate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste an API key (ges_…)</source>
        <translation>Collez une clé d&apos;API (ges_…)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check the key</source>
        <translation>Impossible de vérifier la clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid: %1.</source>
        <translation>Non valide : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant: %1, name: %2, key %3…</source>
        <translation>Locataire : %1, nom : %2, clé %3…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scopes: the whole external API</source>
        <translation>Portées : toute l&apos;API externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such key</source>
        <translation>clé inexistante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key has been revoked</source>
        <translation>la clé a été révoquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key has expired</source>
        <translation>la clé a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an API key</source>
        <translation>ce n&apos;est pas une clé d&apos;API</translation>
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
        <location filename="../desktop/MainWindow.cpp" line="+39"/>
        <source>GES Administration</source>
        <translation>Administration GES</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Callbacks</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queues</source>
        <translation>Fi&amp;les d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Developer</source>
        <translation>&amp;Développeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;redentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your roles do not give access to this tab.</source>
        <translation>Vos rôles ne donnent pas accès à cet onglet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GES Administration</source>
        <translation>À &amp;propos d&apos;Administration GES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About GES Administration</source>
        <translation>À propos d&apos;Administration GES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ges-admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration of a GES (Genesys Engagement Service) server: callbacks, queues, API keys, credentials, services and users.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ges-admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Administration de bureau d&apos;un serveur GES (Genesys Engagement Service) : rappels, files d&apos;attente, clés d&apos;API, identifiants, services et utilisateurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your session has ended. Please log in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>NewApiKeyDialog</name>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="+17"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key &quot;%1&quot; of tenant %2 has been created.</source>
        <translation>La clé « %1 » du locataire %2 a été créée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy it now: it will not be shown again. The server keeps only a hash of it.</source>
        <translation>Copiez-la maintenant : elle ne sera plus affichée. Le serveur n&apos;en conserve qu&apos;une empreinte (hachage).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copied</source>
        <translation>&amp;Copiée</translation>
    </message>
</context>
<context>
    <name>OfficeHoursEditor</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="+20"/>
        <source>Click a cell to open or close it; drag to paint a block of days and hours. Arrow keys and Space work too.</source>
        <translation>Cliquez sur une cellule pour l&apos;ouvrir ou la fermer ; faites glisser pour peindre un bloc de jours et d&apos;heures. Les touches fléchées et Espace fonctionnent aussi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much of a day one cell of the grid stands for. Hours that do not fit the cells are kept and shown as partly open.</source>
        <translation>Durée représentée par une cellule de la grille. Les horaires qui ne correspondent pas aux cellules sont conservés et affichés comme partiellement ouverts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close &amp;all week</source>
        <translation>Fermer toute la se&amp;maine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every cell; without office hours the service takes no callbacks except on special days with hours.</source>
        <translation>Fermer toutes les cellules ; sans heures d&apos;ouverture, le service n&apos;accepte aucun rappel, sauf les jours spéciaux qui ont des horaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cell si&amp;ze:</source>
        <translation>&amp;Taille des cellules :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Green cells are open, in the service&apos;s time zone. Special days override this.</source>
        <translation>Les cellules vertes sont ouvertes, dans le fuseau horaire du service. Les jours spéciaux ont la priorité.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Closed every day of the week.</source>
        <translation>Fermé tous les jours de la semaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open: %1</source>
        <translation>Ouvert : %1</translation>
    </message>
</context>
<context>
    <name>OfficeHoursGrid</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="+209"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>partly open (%n minute(s))</source>
        <translation>
            <numerusform>partiellement ouvert (%n minute)</numerusform>
            <numerusform>partiellement ouvert (%n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2-%3: %4</source>
        <translation>%1 %2-%3 : %4</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="+28"/>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reset Password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password for %1. Every open session of %1 ends when it is saved.</source>
        <translation>Un nouveau mot de passe pour %1. Toutes les sessions ouvertes de %1 prennent fin à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters</source>
        <translation>Au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe sont différents</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>QueueChart</name>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="+29"/>
        <source>The last hour, as this window collected it.</source>
        <translation>La dernière heure, telle que cette fenêtre l&apos;a collectée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server keeps no history: this window has collected since %1.</source>
        <translation>Le serveur ne conserve pas d&apos;historique : cette fenêtre collecte les données depuis %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting callbacks</source>
        <translation>Rappels en attente</translation>
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
        <translation>Redis ne peut pas le déterminer ; il s&apos;agit du nombre de rappels en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open (for %n day(s))</source>
        <translation>
            <numerusform>Ouvert (encore %n jour)</numerusform>
            <numerusform>Ouvert (encore %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open (for %1 h %2 min)</source>
        <translation>Ouvert (encore %1 h %2 min)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Open (for %n min)</source>
        <translation>
            <numerusform>Ouvert (encore %n min)</numerusform>
            <numerusform>Ouvert (encore %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed today</source>
        <translation>Terminés aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="+79"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh now (%1); the tab also refreshes itself every %2 seconds while shown</source>
        <translation>Actualiser maintenant (%1) ; l&apos;onglet s&apos;actualise aussi de lui-même toutes les %2 secondes tant qu&apos;il est affiché</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Could not load the queues</source>
        <translation>Impossible de charger les files d&apos;attente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a service to see its slots for the coming days.</source>
        <translation>Sélectionnez un service pour voir ses créneaux des prochains jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slots of %1 for the coming days</source>
        <translation>Créneaux de %1 pour les prochains jours</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <location filename="../desktop/widgets/RecordListSection.cpp" line="+51"/>
        <source>Create one (%1)</source>
        <translation>En créer un (%1)</translation>
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
        <translation>Heure : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency: %1 ms</source>
        <translation>Latence : %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: %1…</source>
        <translation>Clé : %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client address: %1</source>
        <translation>Adresse du client : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="+41"/>
        <source>Select a request to see its details.</source>
        <translation>Sélectionnez une requête pour en voir les détails.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any path</source>
        <translation>Tous les chemins</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>T&amp;enant:</source>
        <translation>Loc&amp;ataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Statu&amp;t :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the request log</source>
        <translation>Impossible de charger le journal des requêtes</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="+19"/>
        <source>Reschedule %1</source>
        <translation>Replanifier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Replanifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, service %2, now at %3</source>
        <translation>%1, service %2, actuellement à %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not reschedule</source>
        <translation>Impossible de replanifier</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="+26"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;hours</source>
        <translation>&amp;Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pecial days</source>
        <translation>&amp;Jours spéciaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slots &amp;&amp; policies</source>
        <translation>C&amp;réneaux &amp;&amp; règles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please correct the service before saving:</source>
        <translation>Veuillez corriger le service avant de l&apos;enregistrer :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server did not save the service</source>
        <translation>Le serveur n&apos;a pas enregistré le service</translation>
    </message>
</context>
<context>
    <name>ServiceGeneralPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="+14"/>
        <source>The tenant (CCID) the service belongs to.</source>
        <translation>Le locataire (CCID) auquel appartient le service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What apps send as serviceName; unique within the tenant. 1-100 letters, digits, space or _ . : @ -</source>
        <translation>Ce que les applications envoient comme serviceName ; unique au sein du locataire. 1 à 100 lettres, chiffres, espaces ou _ . : @ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Genesys virtual queue the service&apos;s callbacks are routed through.</source>
        <translation>La file d&apos;attente virtuelle Genesys par laquelle sont routés les rappels du service.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The IANA time zone of the office hours, special days and slots (e.g. Europe/Berlin).</source>
        <translation>Le fuseau horaire IANA des heures d&apos;ouverture, des jours spéciaux et des créneaux (p. ex. Europe/Paris).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual queue:</source>
        <translation>File d&apos;attente &amp;virtuelle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>Fu&amp;seau horaire :</translation>
    </message>
</context>
<context>
    <name>ServiceLimitsPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="+37"/>
        <source>Slots and capacity</source>
        <translation>Créneaux et capacité</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The length of one bookable slot; scheduled callbacks are booked into slots of this length.</source>
        <translation>La durée d&apos;un créneau réservable ; les rappels planifiés sont réservés dans des créneaux de cette durée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot &amp;length:</source>
        <translation>&amp;Durée du créneau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot capac&amp;ity:</source>
        <translation>Capac&amp;ité du créneau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many scheduled callbacks one slot takes.</source>
        <translation>Nombre de rappels planifiés qu&apos;un créneau peut accueillir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days &amp;ahead:</source>
        <translation>Jours à l&apos;a&amp;vance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days ahead a callback may be scheduled.</source>
        <translation>Nombre de jours à l&apos;avance jusqu&apos;auquel un rappel peut être planifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policies</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;waiting:</source>
        <translation>Attente ma&amp;x. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate callbacks that may wait at once; a create beyond it is refused. 0: no limit.</source>
        <translation>Nombre de rappels immédiats pouvant être en attente simultanément ; toute création au-delà est refusée. 0 : aucune limite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;EWT threshold:</source>
        <translation>Seuil &amp;EWT :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above this estimated waiting time no immediate callbacks are offered. 0: no threshold.</source>
        <translation>Au-delà de ce temps d&apos;attente estimé, aucun rappel immédiat n&apos;est proposé. 0 : aucun seuil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No threshold</source>
        <translation>Aucun seuil</translation>
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
        <translation>Pus&amp;h « bientôt appelé » à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A waiting callback that asked for push notifications gets one when its estimated waiting time falls to this. 0: off.</source>
        <translation>Un rappel en attente qui a demandé des notifications push en reçoit une quand son temps d&apos;attente estimé descend à cette valeur. 0 : désactivé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow any number</source>
        <translation>Nombre illimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 2 per number</source>
        <translation>Au plus 2 par numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 per number</source>
        <translation>Au plus 1 par numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many active callbacks one phone number may have in this service.</source>
        <translation>Nombre de rappels actifs qu&apos;un même numéro de téléphone peut avoir dans ce service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicates:</source>
        <translation>Dou&amp;blons :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;user data:</source>
        <translation>Données &amp;utilisateur max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest userData a callback may carry, as compact JSON. 0: only {}.</source>
        <translation>La taille maximale de userData qu&apos;un rappel peut porter, en JSON compact. 0 : uniquement {}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per &amp;number:</source>
        <translation>Créations par &amp;numéro :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates one phone number may make per hour. 0: off.</source>
        <translation>Nombre de créations qu&apos;un numéro de téléphone peut effectuer par heure. 0 : désactivé.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+4"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> per hour</source>
        <translation> par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates per API &amp;key:</source>
        <translation>Créations par &amp;clé d&apos;API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates one API key may make per minute. 0: off.</source>
        <translation>Nombre de créations qu&apos;une clé d&apos;API peut effectuer par minute. 0 : désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quire CAPTCHA on create</source>
        <translation>Exiger un CA&amp;PTCHA à la création</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every create through the external API must carry a captchaToken that the CAPTCHA verifier accepts. Callbacks created here by an administrator are not checked.</source>
        <translation>Chaque création par l&apos;API externe doit porter un captchaToken accepté par le service de vérification CAPTCHA. Les rappels créés ici par un administrateur ne sont pas vérifiés.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="+33"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual queue</source>
        <translation>File d&apos;attente virtuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot (min)</source>
        <translation>Créneau (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot capacity</source>
        <translation>Capacité du créneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="+42"/>
        <source>Callback services</source>
        <translation>Services de rappel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New service…</source>
        <translation>&amp;Nouveau service…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete service</source>
        <translation>Su&amp;pprimer le service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-in groups</source>
        <translation>Groupes d&apos;appel entrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New &amp;group…</source>
        <translation>Nouveau &amp;groupe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit g&amp;roup…</source>
        <translation>Modifier le gr&amp;oupe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete gro&amp;up</source>
        <translation>Supprimer le group&amp;e</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Load the services and call-in groups again (%1)</source>
        <translation>Recharger les services et les groupes d&apos;appel entrant (%1)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Could not load the services</source>
        <translation>Impossible de charger les services</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the call-in groups</source>
        <translation>Impossible de charger les groupes d&apos;appel entrant</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the service %1 of %2 and its slot bookings?
Completed callbacks keep its name as history.</source>
        <translation>Supprimer le service %1 de %2 et ses réservations de créneaux ?
Les rappels terminés conservent son nom dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not delete the service %1</source>
        <translation>Impossible de supprimer le service %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the call-in group %1 of %2?</source>
        <translation>Supprimer le groupe d&apos;appel entrant %1 de %2 ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the call-in group %1</source>
        <translation>Impossible de supprimer le groupe d&apos;appel entrant %1</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="+51"/>
        <source>This is your own session.</source>
        <translation>Il s&apos;agit de votre propre session.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
</context>
<context>
    <name>SlotOccupancyModel</name>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="+45"/>
        <source>No bookable slots on this day</source>
        <translation>Aucun créneau réservable ce jour-là</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="+72"/>
        <source>Choose a service to see its free slots.</source>
        <translation>Choisissez un service pour voir ses créneaux libres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading free slots…</source>
        <translation>Chargement des créneaux libres…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load free slots: %1</source>
        <translation>Impossible de charger les créneaux libres : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 of %3 free)</source>
        <translation>%1 (%2 sur %3 libres)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No free slot on this day.</source>
        <translation>Aucun créneau libre ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n free slot(s) of %1 minutes.</source>
        <translation>
            <numerusform>%n créneau libre de %1 minutes.</numerusform>
            <numerusform>%n créneaux libres de %1 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialDaysEditor</name>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="+22"/>
        <source>A date listed here ignores the weekly office hours: closed all day, or open only in the hours of its rows.</source>
        <translation>Une date indiquée ici ignore les heures d&apos;ouverture hebdomadaires : fermée toute la journée, ou ouverte uniquement aux horaires de ses lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add day</source>
        <translation>Aj&amp;outer un jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove day</source>
        <translation>&amp;Supprimer le jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times are HH:MM in the service&apos;s time zone. A date may have several rows of hours.</source>
        <translation>Les heures sont au format HH:MM dans le fuseau horaire du service. Une date peut avoir plusieurs lignes d&apos;horaires.</translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="+39"/>
        <source>HH:MM in the service&apos;s time zone; 24:00 is the end of the day</source>
        <translation>HH:MM dans le fuseau horaire du service ; 24:00 correspond à la fin de la journée</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed all day</source>
        <translation>Fermé toute la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermeture</translation>
    </message>
</context>
<context>
    <name>TenantListEditor</name>
    <message>
        <location filename="../desktop/widgets/TenantListEditor.cpp" line="+14"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tenant name, or * for all</source>
        <translation>nom du locataire, ou * pour tous</translation>
    </message>
</context>
<context>
    <name>UserDataDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDataDialog.cpp" line="+17"/>
        <source>User data of %1</source>
        <translation>Données utilisateur de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A JSON object; it replaces the callback&apos;s user data as a whole.</source>
        <translation>Un objet JSON ; il remplace intégralement les données utilisateur du rappel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not save the user data</source>
        <translation>Impossible d&apos;enregistrer les données utilisateur</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="+34"/>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disabled (cannot log in; open sessions end)</source>
        <translation>&amp;Désactivé (connexion impossible ; les sessions ouvertes prennent fin)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenants:</source>
        <translation>&amp;Locataires :</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New User</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit User %1</source>
        <translation>Modifier l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Also (kept): %1</source>
        <translation>En plus (conservés) : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name: 1–64 letters, digits or . _ @ -</source>
        <translation>Nom : 1 à 64 lettres, chiffres ou . _ @ -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: at least %1 characters</source>
        <translation>Mot de passe : au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: at most %1 characters</source>
        <translation>Mot de passe : au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe sont différents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles: choose at least one</source>
        <translation>Rôles : choisissez-en au moins un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants: add at least one (or * for all)</source>
        <translation>Locataires : ajoutez-en au moins un (ou * pour tous)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="+66"/>
        <source>all tenants (*)</source>
        <translation>tous les locataires (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="+61"/>
        <source>The password of %1 is changed; their sessions have ended.</source>
        <translation>Le mot de passe de %1 a été modifié ; ses sessions ont pris fin.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refres&amp;h</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a user (%1)</source>
        <translation>Créer un utilisateur (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the users and sessions again (%1)</source>
        <translation>Recharger les utilisateurs et les sessions (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>End sess&amp;ion</source>
        <translation>Terminer la s&amp;ession</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the selected session out at once (Del)</source>
        <translation>Déconnecter immédiatement la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not load the users</source>
        <translation>Impossible de charger les utilisateurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sessions of %1:</source>
        <translation>Sessions de %1 :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load the sessions of %1</source>
        <translation>Impossible de charger les sessions de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>End your own session? You will have to log in again.</source>
        <translation>Terminer votre propre session ? Vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this session of %1 now? Its next request is refused.</source>
        <translation>Terminer maintenant cette session de %1 ? Sa prochaine requête sera refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not end the session</source>
        <translation>Impossible de terminer la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has ended.</source>
        <translation>La session a pris fin.</translation>
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
        <translation> ; </translation>
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
