#pragma once
#include "client/CallbacksApi.h"

#include <QWidget>

class CallbackHistoryModel;
class ErrorBanner;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableView;

// The callback selected in the Callbacks tab: its fields, its user data and its whole
// history, from GET /ges/v1/admin/callbacks/{id} (the list's row may be older).
class CallbackDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CallbackDetailPane(CallbacksApi *api, QWidget *parent = nullptr);

    CallbackHistoryModel *historyModel() const { return m_history; }
    QString callbackId() const { return m_id; }
    bool isLoading() const { return m_loading; }

public slots:
    void showCallback(const QString &id);
    void reload() { showCallback(m_id); }
    void clear();

private:
    QLabel *addField(const char *name, const QString &label);
    void clearFields();
    void detailArrived(const ApiResult<CallbackDetail> &result);

    CallbacksApi *m_api;
    QFormLayout *m_form;
    QList<QLabel *> m_fields;
    QLabel *m_idField = nullptr;
    QLabel *m_tenant, *m_service, *m_phone, *m_state, *m_desired, *m_created, *m_updated,
        *m_expires, *m_priority;
    QPlainTextEdit *m_userData;
    CallbackHistoryModel *m_history;
    QTableView *m_historyView;
    ErrorBanner *m_error;
    QString m_id;
    int m_generation = 0;
    bool m_loading = false;
};
