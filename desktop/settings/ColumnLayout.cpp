#include "ColumnLayout.h"

#include <QHeaderView>
#include <QSettings>
#include <QTimer>

void ColumnLayout::remember(QHeaderView *header, const QString &name)
{
    new ColumnLayout(header, name); // a child of the header: lives and dies with it
}

ColumnLayout::ColumnLayout(QHeaderView *header, const QString &name)
    : QObject(header), m_header(header), m_key(QStringLiteral("columns/") + name)
{
    const QByteArray saved = QSettings().value(m_key).toByteArray();
    if (!saved.isEmpty()) {
        m_restoring = true;
        m_header->restoreState(saved);
        m_restoring = false;
    }
    // A drag resizes a column many times a second: save once it has settled.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &ColumnLayout::save);
    const auto later = [this, debounce] {
        if (!m_restoring)
            debounce->start();
    };
    connect(m_header, &QHeaderView::sectionResized, this, later);
    connect(m_header, &QHeaderView::sectionMoved, this, later);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, later);
    connect(m_header, &QObject::destroyed, debounce, &QTimer::stop);
}

void ColumnLayout::save()
{
    QSettings().setValue(m_key, m_header->saveState());
}
