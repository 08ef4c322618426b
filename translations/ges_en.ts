<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminClient</name>
    <message>
        <location filename="../desktop/client/AdminClient.h" line="109"/>
        <source>The server sent an answer this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="45"/>
        <source>&quot;%1&quot; is not a valid server address (http://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="71"/>
        <location filename="../desktop/client/AdminClient.cpp" line="88"/>
        <location filename="../desktop/client/AdminClient.cpp" line="97"/>
        <location filename="../desktop/client/AdminClient.cpp" line="124"/>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="112"/>
        <location filename="../desktop/client/AdminClient.cpp" line="234"/>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="113"/>
        <location filename="../desktop/client/AdminClient.cpp" line="248"/>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="161"/>
        <source>The transfer broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="233"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/client/AdminClient.cpp" line="242"/>
        <source>The server answered HTTP %1 without a readable body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="73"/>
        <source>Scopes: the whole external API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="74"/>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="92"/>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="94"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="108"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="110"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="112"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="114"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="116"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="118"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ApiKeyTableModel.cpp" line="120"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="52"/>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="59"/>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="167"/>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="66"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="70"/>
        <source>Show re&amp;voked keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="112"/>
        <source>Could not load the API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="163"/>
        <source>Revoke API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="164"/>
        <source>Revoke the key &quot;%1&quot; (%2…) of tenant %3? Every app using it is refused at once, and it cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="179"/>
        <source>Could not revoke the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ApiKeysPanel.cpp" line="195"/>
        <source>Your role may not manage API keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCancelDialog</name>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="16"/>
        <source>Cancel %n callback(s)</source>
        <translation>
            <numerusform>Cancel %n callback</numerusform>
            <numerusform>Cancel %n callbacks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="25"/>
        <source>Cancel &amp;callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="27"/>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="49"/>
        <source>Checking what would be cancelled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="72"/>
        <source>The dry run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="72"/>
        <source>Cancelling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="91"/>
        <source>%n callback(s) will be cancelled.</source>
        <translation>
            <numerusform>%n callback will be cancelled.</numerusform>
            <numerusform>%n callbacks will be cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="101"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="101"/>
        <source>%1 %n skipped (%2).</source>
        <translation>
            <numerusform>%1 %n skipped (%2).</numerusform>
            <numerusform>%1 %n skipped (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="112"/>
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="114"/>
        <source>%n being processed</source>
        <translation>
            <numerusform>%n being processed</numerusform>
            <numerusform>%n being processed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="116"/>
        <source>%n already completed</source>
        <translation>
            <numerusform>%n already completed</numerusform>
            <numerusform>%n already completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="117"/>
        <source>%n in state %1</source>
        <translation>
            <numerusform>%n in state %1</numerusform>
            <numerusform>%n in state %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/BulkCancelDialog.cpp" line="126"/>
        <source>Cancelled %n callback(s); the rest failed.</source>
        <translation>
            <numerusform>Cancelled %n callback; the rest failed.</numerusform>
            <numerusform>Cancelled %n callbacks; the rest failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallInGroupDialog</name>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="52"/>
        <source>The tenant (CCID) the group belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="54"/>
        <source>1-100 letters, digits, space or _ . : @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="57"/>
        <source>The numbers a caller may be told to dial, one per line. Spaces, dashes and brackets are dropped; 00 becomes +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="64"/>
        <source> digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="65"/>
        <source>Digits of the access code a caller types: 4 at least, or codes are guessable; 10 at most, or callers mistype them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="69"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="71"/>
        <source>How long after the request a call can still be matched to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="74"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="75"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="76"/>
        <source>Phone n&amp;umbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="78"/>
        <source>Access code &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="79"/>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="91"/>
        <source>New call-in group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="91"/>
        <source>Call-in group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="115"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="115"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="129"/>
        <source>No valid number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="130"/>
        <source>Will be stored as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="132"/>
        <source>Not a phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="157"/>
        <source>Please correct the call-in group before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CallInGroupDialog.cpp" line="173"/>
        <source>The server did not save the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallInGroupTableModel</name>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="42"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="46"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="48"/>
        <source>Code length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallInGroupTableModel.cpp" line="50"/>
        <source>Expiry (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackActions</name>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="20"/>
        <source>&amp;New callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="21"/>
        <source>&amp;Edit user data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="21"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="23"/>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="23"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="24"/>
        <source>&amp;Cancel callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="25"/>
        <source>Cancel &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="26"/>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="122"/>
        <source>Cancel callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="123"/>
        <source>Cancel the callback to %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbackActions.cpp" line="134"/>
        <source>Could not cancel the callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDetailPane</name>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="31"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="32"/>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="33"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="34"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="35"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="36"/>
        <source>Desired time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="37"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="38"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="39"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="40"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="55"/>
        <source>User data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="57"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="111"/>
        <source>Could not load the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackDetailPane.cpp" line="121"/>
        <source>%1 (%2)</source>
        <comment>state (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackFilterBar</name>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="38"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="41"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="42"/>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="43"/>
        <source>Digits of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="44"/>
        <source>Callbacks whose number contains these digits (at least 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="46"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="47"/>
        <source>Desired time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="55"/>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="56"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="57"/>
        <source>T&amp;enant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="58"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="59"/>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="60"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="61"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/CallbackFilterBar.cpp" line="89"/>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackHistoryModel</name>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="45"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="47"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="49"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackHistoryModel.cpp" line="51"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="96"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="98"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="100"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="102"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="104"/>
        <source>Desired time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="106"/>
        <source>EWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="108"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="110"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="112"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackTableModel.cpp" line="114"/>
        <source>User data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="7"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="9"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="11"/>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="13"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="15"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="24"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="26"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="28"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="30"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="32"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="34"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="36"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/CallbackText.cpp" line="43"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="115"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="124"/>
        <source>Load the callbacks again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="132"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="134"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="247"/>
        <source>Could not load callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="314"/>
        <source>Callbacks loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="315"/>
        <source>Callbacks loaded: %1 (more on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="327"/>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="343"/>
        <source>Export callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="327"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="339"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="341"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="341"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="360"/>
        <source>Exported %1 rows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CallbacksTab.cpp" line="374"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../desktop/settings/CommandLine.cpp" line="8"/>
        <source>Desktop administration of a GES server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/settings/CommandLine.cpp" line="12"/>
        <source>Preselect the server URL in the login dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/settings/CommandLine.cpp" line="12"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateApiKeyDialog</name>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="20"/>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="25"/>
        <source>Create API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="30"/>
        <source>What the key is for, e.g. web widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="40"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="43"/>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="47"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="61"/>
        <source>None checked: the key may use the whole external API. Scopes are recorded but not yet enforced by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="90"/>
        <source>A key needs a tenant and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateApiKeyDialog.cpp" line="97"/>
        <source>Could not create the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCallbackDialog</name>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="19"/>
        <source>At a &amp;time slot (otherwise as soon as possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="25"/>
        <source>New callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="53"/>
        <source>+4930123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="61"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="65"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="66"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="67"/>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="73"/>
        <source>&amp;User data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="83"/>
        <source>Could not load the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/CreateCallbackDialog.cpp" line="139"/>
        <source>Could not create the callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="80"/>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="81"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="82"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="83"/>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="285"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="84"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="86"/>
        <source>Register the GWS credentials of a tenant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="88"/>
        <source>Delete the selected tenant&apos;s credentials (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="89"/>
        <source>Ask the server whether GWS accepts the stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="91"/>
        <source>Load the credentials again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="138"/>
        <source>Could not load the GWS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="198"/>
        <source>Delete GWS Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="199"/>
        <source>Delete the GWS credentials of tenant %1? Its callbacks cannot reach GWS until new ones are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="202"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="208"/>
        <source>Could not delete the credentials of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="220"/>
        <source>Testing the credentials of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="237"/>
        <source>Test of %1 passed in %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="240"/>
        <source>Test of %1 failed at statistics: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="241"/>
        <source>Test of %1 failed at authentication: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="227"/>
        <source>Test of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/CredentialsTab.cpp" line="285"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyHealthModel</name>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="37"/>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="39"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="41"/>
        <source>ORS Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="43"/>
        <source>GWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="50"/>
        <source>Up</source>
        <comment>health status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="52"/>
        <source>Degraded</source>
        <comment>health status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="54"/>
        <source>Down</source>
        <comment>health status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="74"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="88"/>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="92"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/DependencyHealthModel.cpp" line="94"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeveloperTab</name>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="29"/>
        <source>API &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="30"/>
        <source>Request &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="31"/>
        <source>Hea&amp;lth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/DeveloperTab.cpp" line="51"/>
        <source>Your role may not read the request log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../desktop/widgets/ErrorBanner.cpp" line="30"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ErrorBanner.cpp" line="31"/>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ErrorBanner.cpp" line="32"/>
        <source>%1: %2 (request %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldProblemText</name>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="36"/>
        <source>%1
(request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="46"/>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="51"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="66"/>
        <source>%1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="68"/>
        <source>%1: %2</source>
        <comment>field: part of it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="75"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="76"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="77"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="78"/>
        <source>Virtual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="79"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="80"/>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="81"/>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="82"/>
        <source>Slot capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="83"/>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="84"/>
        <source>Max waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="85"/>
        <source>Special days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="86"/>
        <source>EWT threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="87"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="88"/>
        <source>Max user data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="89"/>
        <source>Creates per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="90"/>
        <source>Creates per API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="91"/>
        <source>Require CAPTCHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="92"/>
        <source>Push &quot;about to be called&quot; at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="100"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="102"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="104"/>
        <source>closed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="111"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="113"/>
        <source>1 to 100 letters, digits, spaces or _ . : @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="114"/>
        <source>must be 5, 10, 15, 20, 30 or 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="116"/>
        <source>open and close must be HH:MM with open before close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="117"/>
        <source>needs at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="118"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="120"/>
        <source>a day closed all day has no open or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="129"/>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="131"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="135"/>
        <source>%1 is closed all day and also has hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/FieldProblemText.cpp" line="32"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GwsCredentialDialog</name>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="36"/>
        <source>&amp;Auth URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="38"/>
        <source>&amp;Environment URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="40"/>
        <source>C&amp;onfiguration URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="42"/>
        <source>&amp;Public auth URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="43"/>
        <source>&amp;Statistics URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="77"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="78"/>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="79"/>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="83"/>
        <source>https://… (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="84"/>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="122"/>
        <source>Register GWS Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="124"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="125"/>
        <source>The secret is stored encrypted and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="134"/>
        <source>Edit GWS Credentials of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="141"/>
        <source>unchanged — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="144"/>
        <source>Leave the secret empty to keep the stored one; it is never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="145"/>
        <source>No secret is stored: type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="153"/>
        <source>Tenant: 1–100 letters, digits or _ . : @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="156"/>
        <source>Client ID: 1–%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="158"/>
        <source>Client secret: required when registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="162"/>
        <source>Client secret: required when the auth URL changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="164"/>
        <source>Client secret: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="168"/>
        <source>Auth URL: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="170"/>
        <source>%1: not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="213"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="243"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/GwsCredentialDialog.cpp" line="243"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GwsCredentialTableModel</name>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="92"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="94"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="96"/>
        <source>Auth URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="98"/>
        <source>Other URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="100"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/GwsCredentialTableModel.cpp" line="102"/>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="22"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="42"/>
        <source>Server status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="43"/>
        <source>Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="44"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="99"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/HealthPanel.cpp" line="100"/>
        <source>Could not read the server&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectEdit</name>
    <message>
        <location filename="../desktop/widgets/JsonObjectEdit.cpp" line="10"/>
        <source>{&quot;orderId&quot;: &quot;A-1&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/JsonObjectEdit.cpp" line="42"/>
        <source>Not JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/JsonObjectEdit.cpp" line="44"/>
        <source>User data must be a JSON object: { &quot;key&quot;: value, ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/JsonObjectEdit.cpp" line="48"/>
        <source>&quot;%1&quot; is not a valid key: letters, digits, _ and $, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValidationPanel</name>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="15"/>
        <source>Validate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="16"/>
        <source>V&amp;alidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="21"/>
        <source>Paste an API key (ges_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="48"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="55"/>
        <source>Could not check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="65"/>
        <source>Valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="66"/>
        <source>Not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="68"/>
        <source>Tenant: %1, name: %2, key %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="71"/>
        <source>Scopes: the whole external API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="72"/>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="74"/>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="74"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="82"/>
        <source>no such key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="84"/>
        <source>the key has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="86"/>
        <source>the key has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/KeyValidationPanel.cpp" line="88"/>
        <source>this is not an API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="19"/>
        <source>Log in to GES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="35"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="52"/>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="214"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="59"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="60"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="61"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="145"/>
        <source>The saved password could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="163"/>
        <source>Please enter the server, your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="198"/>
        <source>Could not update the saved password in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/LoginDialog.cpp" line="214"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="39"/>
        <source>GES Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="48"/>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="73"/>
        <source>&amp;Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="75"/>
        <source>&amp;Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="77"/>
        <source>&amp;Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="79"/>
        <source>C&amp;redentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="81"/>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="83"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="105"/>
        <source>Your roles do not give access to this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="121"/>
        <source>Log &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="123"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="125"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="127"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="135"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="145"/>
        <source>&amp;About GES Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="146"/>
        <source>About GES Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="147"/>
        <source>&lt;p&gt;&lt;b&gt;ges-admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration of a GES (Genesys Engagement Service) server: callbacks, queues, API keys, credentials, services and users.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="153"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="170"/>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="197"/>
        <source>Logged out; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="208"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/MainWindow.cpp" line="210"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="17"/>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="19"/>
        <source>The key &quot;%1&quot; of tenant %2 has been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="22"/>
        <source>Copy it now: it will not be shown again. The server keeps only a hash of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="32"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/NewApiKeyDialog.cpp" line="36"/>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeHoursEditor</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="20"/>
        <source>Click a cell to open or close it; drag to paint a block of days and hours. Arrow keys and Space work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="26"/>
        <source>How much of a day one cell of the grid stands for. Hours that do not fit the cells are kept and shown as partly open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="32"/>
        <source>Close &amp;all week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="34"/>
        <source>Close every cell; without office hours the service takes no callbacks except on special days with hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="37"/>
        <source>Cell si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="46"/>
        <source>Green cells are open, in the service&apos;s time zone. Special days override this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="89"/>
        <source>Closed every day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursEditor.cpp" line="90"/>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeHoursGrid</name>
    <message>
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="209"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="210"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="211"/>
        <source>partly open (%n minute(s))</source>
        <translation>
            <numerusform>partly open (%n minute)</numerusform>
            <numerusform>partly open (%n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/widgets/OfficeHoursGrid.cpp" line="212"/>
        <source>%1 %2-%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="28"/>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="31"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="34"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="57"/>
        <source>Reset Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="59"/>
        <source>A new password for %1. Every open session of %1 ends when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="77"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="79"/>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="81"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="109"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="138"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/PasswordDialog.cpp" line="138"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueChart</name>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="29"/>
        <source>The last hour, as this window collected it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="30"/>
        <source>The server keeps no history: this window has collected since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="45"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="62"/>
        <source>Waiting callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/QueueChart.cpp" line="64"/>
        <source>EWT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="87"/>
        <source>Redis cannot say; this is the number of queued callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="110"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="133"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/models/QueueTableModel.cpp" line="136"/>
        <source>Open (for %n day(s))</source>
        <translation>
            <numerusform>Open (for %n day)</numerusform>
            <numerusform>Open (for %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="138"/>
        <source>Open (for %1 h %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/models/QueueTableModel.cpp" line="139"/>
        <source>Open (for %n min)</source>
        <translation>
            <numerusform>Open (for %n min)</numerusform>
            <numerusform>Open (for %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="148"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="150"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="152"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="154"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="156"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="158"/>
        <source>Completed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="160"/>
        <source>EWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/QueueTableModel.cpp" line="162"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="79"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="85"/>
        <source>Refresh now (%1); the tab also refreshes itself every %2 seconds while shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="185"/>
        <source>Could not load the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="196"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="204"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="209"/>
        <source>Select a service to see its slots for the coming days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/QueuesTab.cpp" line="213"/>
        <source>Slots of %1 for the coming days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <location filename="../desktop/widgets/RecordListSection.cpp" line="51"/>
        <source>Create one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="94"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="105"/>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="106"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="107"/>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="108"/>
        <source>Key: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="109"/>
        <source>Client address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="110"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="112"/>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="113"/>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="124"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="126"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="128"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="132"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="134"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/RequestLogModel.cpp" line="136"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="41"/>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="64"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="70"/>
        <source>Any path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="89"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="104"/>
        <source>T&amp;enant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="105"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="106"/>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/RequestLogPanel.cpp" line="178"/>
        <source>Could not load the request log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="19"/>
        <source>Reschedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="21"/>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="25"/>
        <source>%1, service %2, now at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/RescheduleDialog.cpp" line="71"/>
        <source>Could not reschedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="26"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="27"/>
        <source>Office &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="28"/>
        <source>S&amp;pecial days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="29"/>
        <source>&amp;Slots &amp;&amp; policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="46"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="46"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="59"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="59"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="83"/>
        <source>Please correct the service before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/ServiceDialog.cpp" line="100"/>
        <source>The server did not save the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceGeneralPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="14"/>
        <source>The tenant (CCID) the service belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="16"/>
        <source>What apps send as serviceName; unique within the tenant. 1-100 letters, digits, space or _ . : @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="19"/>
        <source>The Genesys virtual queue the service&apos;s callbacks are routed through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="31"/>
        <source>The IANA time zone of the office hours, special days and slots (e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="35"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="37"/>
        <source>&amp;Virtual queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceGeneralPage.cpp" line="38"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLimitsPage</name>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="37"/>
        <source>Slots and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="42"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="43"/>
        <source>The length of one bookable slot; scheduled callbacks are booked into slots of this length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="45"/>
        <source>Slot &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="46"/>
        <source>Slot capac&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="47"/>
        <source>How many scheduled callbacks one slot takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="48"/>
        <source>Days &amp;ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="49"/>
        <source>How many days ahead a callback may be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="50"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="56"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="58"/>
        <source>Max &amp;waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="59"/>
        <source>Immediate callbacks that may wait at once; a create beyond it is refused. 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="61"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="62"/>
        <source>&amp;EWT threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="63"/>
        <source>Above this estimated waiting time no immediate callbacks are offered. 0: no threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="65"/>
        <source>No threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="66"/>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="71"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="67"/>
        <source>&amp;Push &quot;about to be called&quot; at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="68"/>
        <source>A waiting callback that asked for push notifications gets one when its estimated waiting time falls to this. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="75"/>
        <source>Allow any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="76"/>
        <source>At most 2 per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="77"/>
        <source>At most 1 per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="79"/>
        <source>How many active callbacks one phone number may have in this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="80"/>
        <source>&amp;Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="82"/>
        <source>Max &amp;user data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="83"/>
        <source>The largest userData a callback may carry, as compact JSON. 0: only {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="84"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="85"/>
        <source>Creates per &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="86"/>
        <source>Creates one phone number may make per hour. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="70"/>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="87"/>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="91"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="88"/>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="89"/>
        <source>Creates per API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="90"/>
        <source>Creates one API key may make per minute. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="92"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="94"/>
        <source>Re&amp;quire CAPTCHA on create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/ServiceLimitsPage.cpp" line="97"/>
        <source>Every create through the external API must carry a captchaToken that the CAPTCHA verifier accepts. Callbacks created here by an administrator are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="33"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="45"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="49"/>
        <source>Virtual queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="51"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="53"/>
        <source>Slot (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="55"/>
        <source>Slot capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/ServiceTableModel.cpp" line="57"/>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="42"/>
        <source>Callback services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="42"/>
        <source>&amp;New service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="42"/>
        <source>&amp;Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="42"/>
        <source>&amp;Delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="46"/>
        <source>Call-in groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="46"/>
        <source>New &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="46"/>
        <source>Edit g&amp;roup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="46"/>
        <source>Delete gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="88"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="97"/>
        <source>Load the services and call-in groups again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="166"/>
        <source>Could not load the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="175"/>
        <source>Could not load the call-in groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="235"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="252"/>
        <source>Delete the service %1 of %2 and its slot bookings?
Completed callbacks keep its name as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="266"/>
        <source>Could not delete the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="279"/>
        <source>Delete the call-in group %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/ServicesTab.cpp" line="290"/>
        <source>Could not delete the call-in group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="51"/>
        <source>This is your own session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="79"/>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="101"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="103"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="105"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="107"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="109"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SessionTableModel.cpp" line="111"/>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotOccupancyModel</name>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="45"/>
        <source>No bookable slots on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="74"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="76"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="78"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="80"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SlotOccupancyModel.cpp" line="82"/>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="72"/>
        <source>Choose a service to see its free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="76"/>
        <source>Loading free slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="91"/>
        <source>Could not load free slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="100"/>
        <source>%1 (%2 of %3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SlotPicker.cpp" line="108"/>
        <source>No free slot on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/widgets/SlotPicker.cpp" line="109"/>
        <source>%n free slot(s) of %1 minutes.</source>
        <translation>
            <numerusform>%n free slot of %1 minutes.</numerusform>
            <numerusform>%n free slots of %1 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialDaysEditor</name>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="22"/>
        <source>A date listed here ignores the weekly office hours: closed all day, or open only in the hours of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="25"/>
        <source>&amp;Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="27"/>
        <source>&amp;Remove day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/SpecialDaysEditor.cpp" line="35"/>
        <source>Times are HH:MM in the service&apos;s time zone. A date may have several rows of hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecialDaysModel</name>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="39"/>
        <source>HH:MM in the service&apos;s time zone; 24:00 is the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="96"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="98"/>
        <source>Closed all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="100"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/SpecialDaysModel.cpp" line="102"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantListEditor</name>
    <message>
        <location filename="../desktop/widgets/TenantListEditor.cpp" line="14"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/TenantListEditor.cpp" line="15"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/widgets/TenantListEditor.cpp" line="23"/>
        <source>tenant name, or * for all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDataDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDataDialog.cpp" line="17"/>
        <source>User data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDataDialog.cpp" line="26"/>
        <source>A JSON object; it replaces the callback&apos;s user data as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDataDialog.cpp" line="67"/>
        <source>Could not save the user data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="34"/>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="39"/>
        <source>&amp;Disabled (cannot log in; open sessions end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="50"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="51"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="52"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="53"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="54"/>
        <source>&amp;Tenants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="99"/>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="117"/>
        <source>Edit User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="140"/>
        <source>Also (kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="157"/>
        <source>Name: 1–64 letters, digits or . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="161"/>
        <source>Password: at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="163"/>
        <source>Password: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="165"/>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="168"/>
        <source>Roles: choose at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="170"/>
        <source>Tenants: add at least one (or * for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="224"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="258"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/dialogs/UserDialog.cpp" line="258"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="66"/>
        <source>all tenants (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="69"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="87"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="89"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/UserTableModel.cpp" line="93"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="61"/>
        <source>The password of %1 is changed; their sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="94"/>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="95"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="96"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="97"/>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="101"/>
        <source>Create a user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="103"/>
        <source>Load the users and sessions again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="145"/>
        <source>End sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="147"/>
        <source>Log the selected session out at once (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="184"/>
        <source>Could not load the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="203"/>
        <source>Sessions of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="219"/>
        <source>Could not load the sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="234"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="272"/>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="292"/>
        <source>End your own session? You will have to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="293"/>
        <source>End this session of %1 now? Its next request is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="294"/>
        <source>End Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="294"/>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="299"/>
        <source>Could not end the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/tabs/UsersTab.cpp" line="301"/>
        <source>The session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyHours</name>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="129"/>
        <source>%1 %2</source>
        <comment>days, then hours: Mon–Fri 08:00–18:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="131"/>
        <source>%1–%2</source>
        <comment>from–to time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="134"/>
        <source>; </source>
        <comment>between office-hours entries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="153"/>
        <source>%1–%2</source>
        <comment>from–to day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/models/WeeklyHours.cpp" line="160"/>
        <source>, </source>
        <comment>between days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
