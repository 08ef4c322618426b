#pragma once
#include "models/QueueHistory.h"

#include <QWidget>
#include <functional>

// Waiting callbacks (above) and EWT (below) over the last hour, painted with QPainter
// (Qt Charts is not available on Debian 12's Qt 6.4). The time axis always spans the whole
// window ending now, so a young history shows as a short line at the right, and a
// "since <time>" note says where collecting began.
class QueueChart : public QWidget
{
    Q_OBJECT

public:
    explicit QueueChart(QWidget *parent = nullptr);

    void setSamples(const QList<QueueSample> &samples, const QDateTime &since,
                    qint64 windowSeconds);
    void setTitle(const QString &title);
    const QList<QueueSample> &samples() const { return m_samples; }
    QString sinceText() const; // empty when a whole window has been collected

    QSize sizeHint() const override { return {480, 260}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series
    {
        QString title;
        std::function<int(const QueueSample &)> value; // < 0: no value at that moment
        std::function<QString(int)> label;
        QColor color;
    };
    void paintSeries(QPainter &painter, const QRect &area, const Series &series) const;
    void paintTimeAxis(QPainter &painter, const QRect &plot) const;
    QPointF pointAt(const QRect &plot, const QDateTime &time, int value, int top) const;
    static int niceTop(int maximum);

    QList<QueueSample> m_samples;
    QDateTime m_since;
    QDateTime m_end;
    qint64 m_window = QueueHistory::DefaultWindowSeconds;
    QString m_title;
};
