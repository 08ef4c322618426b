#include "CallbackActions.h"
#include "widgets/Icons.h"

#include "dialogs/BulkCancelDialog.h"
#include "dialogs/CreateCallbackDialog.h"
#include "dialogs/RescheduleDialog.h"
#include "dialogs/UserDataDialog.h"
#include "models/CallbackTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>

CallbackActions::CallbackActions(CallbacksApi *api, CallbackTableModel *model, QTableView *view,
                                 QWidget *tab)
    : QObject(tab), m_api(api), m_model(model), m_view(view), m_tab(tab)
{
    m_new = make("newCallbackAction", tr("&New callback…"), QKeySequence::New, "new");
    m_edit = make("editUserDataAction", tr("&Edit user data…"), QKeySequence(tr("Ctrl+E")), "edit");
    m_reschedule =
        make("rescheduleAction", tr("Re&schedule…"), QKeySequence(tr("Ctrl+R")), "reschedule");
    m_cancel = make("cancelCallbackAction", tr("&Cancel callback"), QKeySequence::Delete, "cancel");
    m_bulkCancel = make("bulkCancelAction", tr("Cancel &selected…"),
                        QKeySequence(tr("Ctrl+Shift+Del")), "bulk");
    connect(m_new, &QAction::triggered, this, &CallbackActions::createCallback);
    connect(m_edit, &QAction::triggered, this, &CallbackActions::editUserData);
    connect(m_reschedule, &QAction::triggered, this, &CallbackActions::reschedule);
    connect(m_cancel, &QAction::triggered, this, &CallbackActions::cancelOne);
    connect(m_bulkCancel, &QAction::triggered, this, &CallbackActions::bulkCancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CallbackActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallbackActions::updateEnabled);
    updateEnabled();
}

QAction *CallbackActions::make(const char *name, const QString &text, const QKeySequence &shortcut,
                               const char *icon)
{
    auto *action = new QAction(Icons::action(QLatin1String(icon)), text, m_tab);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    // Only while the tab has focus: Delete must not cancel a callback from another tab.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tab->addAction(action);
    return action;
}

QList<QAction *> CallbackActions::all() const
{
    return {m_new, m_edit, m_reschedule, m_cancel, m_bulkCancel};
}

QList<ges::Callback> CallbackActions::selected() const
{
    QList<ges::Callback> callbacks;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        callbacks.append(m_model->callbackAt(index.row()));
    return callbacks;
}

void CallbackActions::updateEnabled()
{
    const bool manage = m_api->client()->hasSession() &&
                        m_api->client()->session().may(ges::Permission::CallbacksManage);
    const int count = int(m_view->selectionModel()->selectedRows().size());
    m_new->setEnabled(manage);
    m_edit->setEnabled(manage && count == 1);
    m_reschedule->setEnabled(manage && count == 1);
    m_cancel->setEnabled(manage && count == 1);
    m_bulkCancel->setEnabled(manage && count >= 1);
}

template <typename Dialog> Dialog *CallbackActions::show(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, without a nested event loop
    return dialog;
}

void CallbackActions::createCallback()
{
    auto *dialog = show(new CreateCallbackDialog(m_api, m_tab));
    connect(dialog, &CreateCallbackDialog::created, this, &CallbackActions::created);
}

// A dialog on the one selected callback whose `done` signal hands back the callback as
// the server now has it.
template <typename Dialog, typename Signal> void CallbackActions::openOnOne(Signal done)
{
    const auto callbacks = selected();
    if (callbacks.size() != 1)
        return;
    auto *dialog = show(new Dialog(m_api, callbacks.first(), m_tab));
    connect(dialog, done, this, &CallbackActions::edited);
}

void CallbackActions::edited(const ges::Callback &callback)
{
    m_model->updateCallback(callback);
    emit changed(callback.id);
}

void CallbackActions::editUserData()
{
    openOnOne<UserDataDialog>(&UserDataDialog::saved);
}

void CallbackActions::reschedule()
{
    openOnOne<RescheduleDialog>(&RescheduleDialog::rescheduled);
}

void CallbackActions::cancelOne()
{
    const auto callbacks = selected();
    if (callbacks.size() != 1)
        return;
    const ges::Callback callback = callbacks.first();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel callback"),
        tr("Cancel the callback to %1 (%2)?").arg(callback.phoneNumber, callback.serviceName),
        QMessageBox::Yes | QMessageBox::No, m_tab);
    box->setObjectName("cancelConfirm");
    box->setDefaultButton(QMessageBox::No);
    // buttonClicked, not accepted(): QMessageBox 6.4 ends with the button's code, not 1.
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, id = callback.id](QAbstractButton *button) {
                if (box->standardButton(button) != QMessageBox::Yes)
                    return;
                m_api->cancel(id, this, [this, id](const ApiResult<CallbacksApi::Done> &result) {
                    if (!result.ok())
                        return emit failed(tr("Could not cancel the callback"), result.error());
                    m_model->markCancelled({id});
                    emit changed(id);
                });
            });
    show(box);
}

void CallbackActions::bulkCancel()
{
    const auto callbacks = selected();
    if (callbacks.isEmpty())
        return;
    auto *dialog = show(new BulkCancelDialog(m_api, callbacks, m_tab));
    connect(dialog, &BulkCancelDialog::cancelled, this, [this](const QStringList &ids) {
        m_model->markCancelled(ids);
        for (const QString &id : ids)
            emit changed(id);
    });
}
