#include "CallbackFilterBar.h"

#include "models/CallbackText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr ges::CallbackState AllStates[] = {
    ges::CallbackState::Scheduled, ges::CallbackState::Queued, ges::CallbackState::Routing,
    ges::CallbackState::Processing, ges::CallbackState::Completed};

// The minimum of a time edit stands for "no bound" and shows its special text.
const QDateTime NoBound(QDate(2000, 1, 1), QTime(0, 0));

QDateTime boundOf(const QDateTimeEdit *edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime().toUTC();
}

int digitCount(const QString &text)
{
    return int(text.count(QRegularExpression(QStringLiteral("[0-9]"))));
}
} // namespace

CallbackFilterBar::CallbackFilterBar(QWidget *parent)
    : QWidget(parent), m_stateCombo(new QComboBox(this)), m_timeFieldCombo(new QComboBox(this)),
      m_pause(new QTimer(this))
{
    m_stateCombo->setObjectName("stateFilter");
    m_stateCombo->addItem(tr("All states"), QString());
    for (const ges::CallbackState state : AllStates)
        m_stateCombo->addItem(CallbackText::state(state), ges::toString(state));
    m_serviceEdit = makeEdit("serviceFilter", tr("All services"));
    m_tenantEdit = makeEdit("tenantFilter", tr("All tenants"));
    m_phoneEdit = makeEdit("phoneFilter", tr("Digits of the number"));
    m_phoneEdit->setToolTip(tr("Callbacks whose number contains these digits (at least 3)"));
    m_timeFieldCombo->setObjectName("timeFieldFilter");
    m_timeFieldCombo->addItem(tr("Created"), int(CallbackQuery::TimeField::Created));
    m_timeFieldCombo->addItem(tr("Desired time"), int(CallbackQuery::TimeField::Desired));
    m_fromEdit = makeTimeEdit("fromFilter");
    m_toEdit = makeTimeEdit("toFilter");
    m_pause->setSingleShot(true);
    m_pause->setInterval(TypingPauseMs);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(labelled(tr("S&tate:"), m_stateCombo), 0, 0);
    grid->addWidget(labelled(tr("&Service:"), m_serviceEdit), 0, 1);
    grid->addWidget(labelled(tr("T&enant:"), m_tenantEdit), 0, 2);
    grid->addWidget(labelled(tr("&Phone:"), m_phoneEdit), 0, 3);
    grid->addWidget(labelled(tr("T&ime:"), m_timeFieldCombo), 1, 0);
    grid->addWidget(labelled(tr("&From:"), m_fromEdit), 1, 1);
    grid->addWidget(labelled(tr("T&o:"), m_toEdit), 1, 2);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &CallbackFilterBar::settle);
    connect(m_timeFieldCombo, &QComboBox::currentIndexChanged, this, &CallbackFilterBar::settle);
    connect(m_phoneEdit, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &CallbackFilterBar::settle);
    m_applied = signature();
}

QLineEdit *CallbackFilterBar::makeEdit(const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    // Service and tenant apply when confirmed (Enter or focus out), not on every key.
    connect(edit, &QLineEdit::editingFinished, this, &CallbackFilterBar::settle);
    return edit;
}

QDateTimeEdit *CallbackFilterBar::makeTimeEdit(const char *name)
{
    auto *edit = new QDateTimeEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(NoBound);
    edit->setSpecialValueText(tr("any time"));
    edit->setDateTime(NoBound);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

QWidget *CallbackFilterBar::labelled(const QString &text, QWidget *field)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(text, box);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field, 1);
    return box;
}

void CallbackFilterBar::fill(CallbackQuery &query) const
{
    query.tenant = m_tenantEdit->text().trimmed();
    query.service = m_serviceEdit->text().trimmed();
    query.state = m_stateCombo->currentData().toString();
    // Fewer than 3 digits would be refused by the server: until then, no phone filter.
    const QString phone = m_phoneEdit->text().trimmed();
    query.phone = digitCount(phone) >= 3 ? phone : QString();
    query.timeField = CallbackQuery::TimeField(m_timeFieldCombo->currentData().toInt());
    query.from = boundOf(m_fromEdit);
    query.to = boundOf(m_toEdit);
}

void CallbackFilterBar::clearTimeRange()
{
    m_fromEdit->setDateTime(NoBound);
    m_toEdit->setDateTime(NoBound);
}

void CallbackFilterBar::markApplied()
{
    m_pause->stop();
    m_applied = signature();
}

QString CallbackFilterBar::signature() const
{
    CallbackQuery query;
    fill(query);
    return query.filterQuery().toString();
}

void CallbackFilterBar::settle()
{
    m_pause->stop();
    const int digits = digitCount(m_phoneEdit->text());
    if (digits > 0 && digits < 3)
        return; // the server searches from 3 digits on: wait for the next key
    const QString now = signature();
    if (now == m_applied)
        return;
    m_applied = now;
    emit changed();
}
