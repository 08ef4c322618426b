#include "CallbackDetailPane.h"
#include "models/TimeText.h"

#include "ErrorBanner.h"
#include "models/CallbackHistoryModel.h"
#include "models/CallbackText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

CallbackDetailPane::CallbackDetailPane(CallbacksApi *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_form(new QFormLayout), m_userData(new QPlainTextEdit(this)),
      m_history(new CallbackHistoryModel(this)), m_historyView(new QTableView(this)),
      m_error(new ErrorBanner(this))
{
    setObjectName("detailPane");
    m_idField = addField("detailId", tr("Id:"));
    m_tenant = addField("detailTenant", tr("Tenant:"));
    m_service = addField("detailService", tr("Service:"));
    m_phone = addField("detailPhone", tr("Phone:"));
    m_state = addField("detailState", tr("State:"));
    m_desired = addField("detailDesiredTime", tr("Desired time:"));
    m_created = addField("detailCreated", tr("Created:"));
    m_updated = addField("detailUpdated", tr("Updated:"));
    m_expires = addField("detailExpires", tr("Expires:"));
    m_priority = addField("detailPriority", tr("Priority:"));

    m_userData->setObjectName("detailUserData");
    m_userData->setReadOnly(true);
    m_userData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_historyView->setObjectName("historyView");
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("User data:"), this));
    layout->addWidget(m_userData, 1);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_historyView, 2);
}

QLabel *CallbackDetailPane::addField(const char *name, const QString &label)
{
    auto *field = new QLabel(this);
    field->setObjectName(QLatin1String(name));
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    m_form->addRow(label, field);
    m_fields << field;
    return field;
}

void CallbackDetailPane::showCallback(const QString &id)
{
    if (id.isEmpty())
        return clear();
    // Another callback: the previous one's fields must not stand for it while it loads
    // (or if it fails). A reload of the same one keeps them until the answer.
    if (id != m_id)
        clearFields();
    m_id = id;
    const int generation = ++m_generation;
    m_loading = true;
    m_api->detail(id, this, [this, generation](const ApiResult<CallbackDetail> &result) {
        if (generation == m_generation)
            detailArrived(result);
    });
}

void CallbackDetailPane::clear()
{
    ++m_generation;
    m_loading = false;
    m_id.clear();
    clearFields();
    m_error->hide();
}

void CallbackDetailPane::clearFields()
{
    for (QLabel *field : std::as_const(m_fields))
        field->clear();
    m_userData->clear();
    m_history->setHistory({});
}

void CallbackDetailPane::detailArrived(const ApiResult<CallbackDetail> &result)
{
    m_loading = false;
    if (!result.ok()) {
        clearFields(); // what is shown may be gone or changed: show nothing rather than that
        return m_error->showError(tr("Could not load the callback"), result.error());
    }
    m_error->hide();
    const ges::Callback &c = result.value().callback;
    m_idField->setText(c.id);
    m_tenant->setText(c.tenant);
    m_service->setText(c.serviceName);
    m_phone->setText(c.phoneNumber);
    m_state->setText(c.reason.isEmpty()
                         ? CallbackText::state(c.state)
                         : tr("%1 (%2)", "state (reason)")
                               .arg(CallbackText::state(c.state), CallbackText::reason(c.reason)));
    m_desired->setText(timeText(c.desiredTime));
    m_created->setText(timeText(c.createdAt));
    m_updated->setText(timeText(c.updatedAt));
    m_expires->setText(timeText(c.expiresAt));
    m_priority->setText(QString::number(c.priority));
    m_userData->setPlainText(
        c.userData.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(c.userData).toJson()));
    m_history->setHistory(result.value().history);
}
