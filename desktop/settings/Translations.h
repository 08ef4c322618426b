#pragma once
#include <QObject>

// Installs the translations of the system locale into the application: ours from the
// resources qt_add_translations builds (English when there is none for the locale, for
// its plural forms), Qt's own (standard buttons, context menus) from the system.
class Translations : public QObject
{
    Q_OBJECT

public:
    // Owned by `parent`; the translators stay installed while it lives.
    static void install(QObject *parent);

private:
    explicit Translations(QObject *parent) : QObject(parent) {}
};
