#pragma once
#include <QObject>
#include <QString>

class QHeaderView;

// Keeps a table header's column widths, order and sort indicator in QSettings under
// "columns/<name>": restored now, saved whenever the user changes them. Call once per
// view, after its model is set.
class ColumnLayout : public QObject
{
    Q_OBJECT

public:
    static void remember(QHeaderView *header, const QString &name);

private:
    ColumnLayout(QHeaderView *header, const QString &name);
    void save();

    QHeaderView *m_header;
    QString m_key;
    bool m_restoring = false;
};
