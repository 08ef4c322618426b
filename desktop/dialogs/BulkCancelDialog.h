#pragma once
#include "client/CallbacksApi.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class ErrorBanner;
class QDialogButtonBox;
class QLabel;

// Cancels the selected callbacks (POST .../bulk-cancel): first a dry run, whose summary
// (how many would be cancelled, how many skipped and why) the user confirms; then the
// real run. The request takes one tenant, so a selection across tenants is sent per
// tenant, in pieces of at most MaxIds. While the real run is out the dialog cannot be
// closed: its answers say which callbacks the server cancelled.
class BulkCancelDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxIds = 1000;

    BulkCancelDialog(CallbacksApi *api, const QList<ges::Callback> &callbacks,
                     QWidget *parent = nullptr);

    bool dryRunDone() const { return m_dryRunDone; }
    int wouldCancel() const { return int(m_cancelIds.size()); }
    bool isCancelling() const { return m_cancelling; }

    void reject() override; // refused during the real run

signals:
    void cancelled(const QStringList &ids);

private:
    void run(bool dryRun);
    void answered(bool dryRun, const ApiResult<BulkCancelResult> &result);
    void finishDryRun();
    void finishRealRun();
    static QString skippedText(const QString &reason, int count);

    CallbacksApi *m_api;
    QMap<QString, QStringList> m_idsByTenant;
    QHash<QString, QString> m_tenantOf; // id → tenant
    QLabel *m_summary;
    ErrorBanner *m_error;
    QDialogButtonBox *m_buttons;
    int m_outstanding = 0;
    bool m_failed = false;
    bool m_dryRunDone = false;
    bool m_cancelling = false; // the real run is out
    QStringList m_cancelIds;
    QMap<QString, int> m_skippedByReason;
};
