#pragma once
#include "shared/ServiceConfig.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;

// The slots and policies page of the service dialog: every number of ServiceConfig
// besides the hours, and whether creates need a CAPTCHA, each with the server's bounds and a
// tooltip that says what it does.
class ServiceLimitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceLimitsPage(QWidget *parent = nullptr);

    void load(const ges::ServiceConfig &service);
    void write(QJsonObject &json) const;
    QWidget *widgetFor(const QString &field) const;

private:
    struct Bounds
    {
        int min;
        int max;
    };
    QSpinBox *addSpin(QFormLayout *form, const char *field, const QString &label, Bounds bounds,
                      const QString &toolTip);
    QWidget *buildSlots();
    QWidget *buildPolicies();

    QComboBox *m_slotMinutes = nullptr;
    QComboBox *m_duplicatePolicy = nullptr;
    QCheckBox *m_captchaRequired = nullptr;
    QHash<QString, QSpinBox *> m_spins; // by field name
};
