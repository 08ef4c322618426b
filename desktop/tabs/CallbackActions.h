#pragma once
#include "client/CallbacksApi.h"

#include <QObject>

class CallbackTableModel;
class QAction;
class QTableView;
class QWidget;

// What a supervisor does to callbacks from the Callbacks tab: new, edit user data,
// reschedule, cancel, bulk cancel of the selection, each a QAction (for the tool bar, the
// table's context menu and a shortcut) that opens its dialog. The dialogs talk to the
// server; the table is updated from their answers. Changing actions are disabled for a
// role without CallbacksManage (the server refuses them too) and without a selection.
class CallbackActions : public QObject
{
    Q_OBJECT

public:
    CallbackActions(CallbacksApi *api, CallbackTableModel *model, QTableView *view, QWidget *tab);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *bulkCancelAction() const { return m_bulkCancel; }
    QList<QAction *> all() const;

    QList<ges::Callback> selected() const;

public slots:
    void updateEnabled();

signals:
    void created(const QString &id);
    void changed(const QString &id); // a callback of the table changed on the server
    void failed(const QString &what, const ClientError &error);

private:
    QAction *make(const char *name, const QString &text, const QKeySequence &shortcut,
                  const char *icon);
    void createCallback();
    void editUserData();
    void reschedule();
    void cancelOne();
    void bulkCancel();
    template <typename Dialog> Dialog *show(Dialog *dialog);
    template <typename Dialog, typename Signal> void openOnOne(Signal done);
    void edited(const ges::Callback &callback);

    CallbacksApi *m_api;
    CallbackTableModel *m_model;
    QTableView *m_view;
    QWidget *m_tab;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_reschedule;
    QAction *m_cancel;
    QAction *m_bulkCancel;
};
