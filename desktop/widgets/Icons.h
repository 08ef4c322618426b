#pragma once
#include <QIcon>
#include <QString>

// The client's icons: scalable SVGs from resources/icons (sharp at any DPI through Qt's
// SVG icon engine, libqt6svg6), compiled into the binary under :/icons.
class Icons
{
public:
    // An action icon by file name without extension ("refresh", "new", "delete", ...).
    static QIcon action(const QString &name);
    static QIcon application();
};
