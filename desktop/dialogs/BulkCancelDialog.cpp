#include "BulkCancelDialog.h"

#include "widgets/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BulkCancelDialog::BulkCancelDialog(CallbacksApi *api, const QList<ges::Callback> &callbacks,
                                   QWidget *parent)
    : QDialog(parent), m_api(api), m_summary(new QLabel(this)), m_error(new ErrorBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("bulkCancelDialog");
    setWindowTitle(tr("Cancel %n callback(s)", nullptr, int(callbacks.size())));
    for (const ges::Callback &callback : callbacks) {
        m_idsByTenant[callback.tenant].append(callback.id);
        m_tenantOf.insert(callback.id, callback.tenant);
    }
    m_summary->setObjectName("summaryLabel");
    m_summary->setWordWrap(true);
    auto *confirm = m_buttons->button(QDialogButtonBox::Ok);
    confirm->setObjectName("confirmButton");
    confirm->setText(tr("Cancel &callbacks"));
    confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep them"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { run(false); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkCancelDialog::reject);
    run(true);
}

void BulkCancelDialog::reject()
{
    if (!m_cancelling)
        QDialog::reject();
}

void BulkCancelDialog::run(bool dryRun)
{
    m_cancelling = !dryRun;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(dryRun);
    m_summary->setText(dryRun ? tr("Checking what would be cancelled…") : tr("Cancelling…"));
    m_error->hide();
    m_failed = false;
    m_cancelIds.clear();
    m_skippedByReason.clear();
    const QMap<QString, QStringList> ids = m_idsByTenant;
    m_outstanding = 0;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += MaxIds) {
            ++m_outstanding;
            m_api->bulkCancel(it.key(), it.value().mid(from, MaxIds), dryRun, this,
                              [this, dryRun](const ApiResult<BulkCancelResult> &result) {
                                  answered(dryRun, result);
                              });
        }
    }
}

void BulkCancelDialog::answered(bool dryRun, const ApiResult<BulkCancelResult> &result)
{
    --m_outstanding;
    if (!result.ok()) {
        m_failed = true;
        m_error->showError(dryRun ? tr("The dry run failed") : tr("Cancelling failed"),
                           result.error());
    } else {
        m_cancelIds += result.value().ids;
        for (const BulkCancelResult::Skipped &skipped : result.value().skipped)
            ++m_skippedByReason[skipped.reason];
    }
    if (m_outstanding > 0)
        return;
    if (dryRun)
        finishDryRun();
    else
        finishRealRun();
}

void BulkCancelDialog::finishDryRun()
{
    m_dryRunDone = !m_failed;
    const QString willCancel =
        tr("%n callback(s) will be cancelled.", nullptr, int(m_cancelIds.size()));
    QStringList reasons;
    int skipped = 0;
    for (auto it = m_skippedByReason.cbegin(); it != m_skippedByReason.cend(); ++it) {
        reasons << skippedText(it.key(), it.value());
        skipped += it.value();
    }
    m_summary->setText(
        skipped == 0
            ? willCancel
            : tr("%1 %n skipped (%2).", nullptr, skipped).arg(willCancel, reasons.join(tr(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_dryRunDone && !m_cancelIds.isEmpty());
    m_idsByTenant.clear(); // the real run sends only what the dry run would cancel
    for (const QString &id : std::as_const(m_cancelIds))
        m_idsByTenant[m_tenantOf.value(id)].append(id);
}

// The server's reason codes (NOT_FOUND, or the callback's state) in the user's words.
QString BulkCancelDialog::skippedText(const QString &reason, int count)
{
    if (reason == QLatin1String("NOT_FOUND"))
        return tr("%n not found", nullptr, count);
    if (reason == QLatin1String("PROCESSING"))
        return tr("%n being processed", nullptr, count);
    if (reason == QLatin1String("COMPLETED"))
        return tr("%n already completed", nullptr, count);
    return tr("%n in state %1", nullptr, count).arg(reason);
}

void BulkCancelDialog::finishRealRun()
{
    m_cancelling = false;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (m_failed) {
        m_summary->setText(
            tr("Cancelled %n callback(s); the rest failed.", nullptr, int(m_cancelIds.size())));
        emit cancelled(m_cancelIds);
        return;
    }
    emit cancelled(m_cancelIds);
    accept();
}
