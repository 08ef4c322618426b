#pragma once
#include "shared/ServiceConfig.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// The general page of the service dialog: tenant, name, virtual queue and time zone.
class ServiceGeneralPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceGeneralPage(QWidget *parent = nullptr);

    // `tenants`: the ones to offer; `anyTenant`: the user may type another (a "*" user).
    // The tenant of an existing service cannot change (the server keys it by tenant).
    void load(const ges::ServiceConfig &service, bool isNew, const QStringList &tenants,
              bool anyTenant);
    void write(QJsonObject &json) const;
    QWidget *widgetFor(const QString &field) const;

private:
    QComboBox *m_tenant;
    QLineEdit *m_name;
    QLineEdit *m_virtualQueue;
    QComboBox *m_timeZone;
};
