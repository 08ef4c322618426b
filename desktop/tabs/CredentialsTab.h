#pragma once
#include <QWidget>

// Credentials tab: the GWS credentials each tenant uses.
class CredentialsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsTab(QWidget *parent = nullptr);
};
