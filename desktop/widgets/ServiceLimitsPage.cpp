#include "ServiceLimitsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QList<int> kSlotMinutes{5, 10, 15, 20, 30, 60};
} // namespace

ServiceLimitsPage::ServiceLimitsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSlots());
    layout->addWidget(buildPolicies());
    layout->addStretch(1);
}

QSpinBox *ServiceLimitsPage::addSpin(QFormLayout *form, const char *field, const QString &label,
                                     Bounds bounds, const QString &toolTip)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(field) + QLatin1String("Spin"));
    spin->setRange(bounds.min, bounds.max);
    spin->setToolTip(toolTip);
    spin->setAccelerated(true);
    form->addRow(label, spin);
    m_spins.insert(QLatin1String(field), spin);
    return spin;
}

QWidget *ServiceLimitsPage::buildSlots()
{
    auto *box = new QGroupBox(tr("Slots and capacity"), this);
    auto *form = new QFormLayout(box);
    m_slotMinutes = new QComboBox(this);
    m_slotMinutes->setObjectName("slotMinutesCombo");
    for (int minutes : kSlotMinutes)
        m_slotMinutes->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_slotMinutes->setToolTip(tr("The length of one bookable slot; scheduled callbacks are "
                                 "booked into slots of this length."));
    form->addRow(tr("Slot &length:"), m_slotMinutes);
    addSpin(form, "slotCapacity", tr("Slot capac&ity:"), {1, 100000},
            tr("How many scheduled callbacks one slot takes."));
    addSpin(form, "maxDaysAhead", tr("Days &ahead:"), {1, 366},
            tr("How many days ahead a callback may be scheduled."))
        ->setSuffix(tr(" days"));
    return box;
}

QWidget *ServiceLimitsPage::buildPolicies()
{
    auto *box = new QGroupBox(tr("Policies"), this);
    auto *form = new QFormLayout(box);
    addSpin(form, "maxWaiting", tr("Max &waiting:"), {0, 10000000},
            tr("Immediate callbacks that may wait at once; a create beyond it is refused. "
               "0: no limit."))
        ->setSpecialValueText(tr("No limit"));
    addSpin(form, "ewtThreshold", tr("&EWT threshold:"), {0, 86400},
            tr("Above this estimated waiting time no immediate callbacks are offered. "
               "0: no threshold."))
        ->setSpecialValueText(tr("No threshold"));
    m_spins.value("ewtThreshold")->setSuffix(tr(" s"));
    addSpin(form, "pushEwtThreshold", tr("&Push \"about to be called\" at:"), {0, 86400},
            tr("A waiting callback that asked for push notifications gets one when its "
               "estimated waiting time falls to this. 0: off."))
        ->setSpecialValueText(tr("Off"));
    m_spins.value("pushEwtThreshold")->setSuffix(tr(" s"));

    m_duplicatePolicy = new QComboBox(this);
    m_duplicatePolicy->setObjectName("duplicatePolicyCombo");
    m_duplicatePolicy->addItem(tr("Allow any number"), QStringLiteral("OFF"));
    m_duplicatePolicy->addItem(tr("At most 2 per number"), QStringLiteral("AT_MOST_2"));
    m_duplicatePolicy->addItem(tr("At most 1 per number"), QStringLiteral("AT_MOST_1"));
    m_duplicatePolicy->setToolTip(
        tr("How many active callbacks one phone number may have in this service."));
    form->addRow(tr("&Duplicates:"), m_duplicatePolicy);

    addSpin(form, "maxUserDataBytes", tr("Max &user data:"), {0, 65536},
            tr("The largest userData a callback may carry, as compact JSON. 0: only {}."))
        ->setSuffix(tr(" bytes"));
    addSpin(form, "rateLimitPerNumberPerHour", tr("Creates per &number:"), {0, 100000},
            tr("Creates one phone number may make per hour. 0: off."))
        ->setSpecialValueText(tr("Off"));
    m_spins.value("rateLimitPerNumberPerHour")->setSuffix(tr(" per hour"));
    addSpin(form, "rateLimitPerKeyPerMinute", tr("Creates per API &key:"), {0, 1000000},
            tr("Creates one API key may make per minute. 0: off."))
        ->setSpecialValueText(tr("Off"));
    m_spins.value("rateLimitPerKeyPerMinute")->setSuffix(tr(" per minute"));

    m_captchaRequired = new QCheckBox(tr("Re&quire CAPTCHA on create"), this);
    m_captchaRequired->setObjectName("captchaRequiredCheck");
    m_captchaRequired->setToolTip(
        tr("Every create through the external API must carry a captchaToken that the CAPTCHA "
           "verifier accepts. Callbacks created here by an administrator are not checked."));
    form->addRow(m_captchaRequired);
    return box;
}

void ServiceLimitsPage::load(const ges::ServiceConfig &service)
{
    // Read the values through the shared JSON, so the field names are the API's own.
    const QJsonObject json = service.toJson();
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        it.value()->setValue(json.value(it.key()).toInt());
    m_slotMinutes->setCurrentIndex(
        std::max(0, m_slotMinutes->findData(json.value("slotMinutes").toInt())));
    m_duplicatePolicy->setCurrentIndex(
        std::max(0, m_duplicatePolicy->findData(json.value("duplicatePolicy").toString())));
    m_captchaRequired->setChecked(service.captchaRequired);
}

void ServiceLimitsPage::write(QJsonObject &json) const
{
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it)
        json.insert(it.key(), it.value()->value());
    json.insert("slotMinutes", m_slotMinutes->currentData().toInt());
    json.insert("duplicatePolicy", m_duplicatePolicy->currentData().toString());
    json.insert("captchaRequired", m_captchaRequired->isChecked());
}

QWidget *ServiceLimitsPage::widgetFor(const QString &field) const
{
    if (field == QLatin1String("slotMinutes"))
        return m_slotMinutes;
    if (field == QLatin1String("duplicatePolicy"))
        return m_duplicatePolicy;
    if (field == QLatin1String("captchaRequired"))
        return m_captchaRequired;
    return m_spins.value(field);
}
