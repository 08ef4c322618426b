#include "QueueChart.h"

#include "models/CallbackText.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace {
constexpr int GridLines = 4;
constexpr int TimeTicks = 6; // every 10 minutes of an hour
} // namespace

QueueChart::QueueChart(QWidget *parent) : QWidget(parent)
{
    setObjectName("queueChart");
    setMinimumHeight(160);
}

void QueueChart::setSamples(const QList<QueueSample> &samples, const QDateTime &since,
                            qint64 windowSeconds)
{
    m_samples = samples;
    m_since = since;
    m_window = windowSeconds;
    m_end = samples.isEmpty() ? QDateTime::currentDateTime() : samples.constLast().time;
    setToolTip(
        sinceText().isEmpty()
            ? tr("The last hour, as this window collected it.")
            : tr("The server keeps no history: this window has collected since %1.")
                  .arg(QLocale().toString(m_since.toLocalTime().time(), QLocale::ShortFormat)));
    update();
}

void QueueChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

QString QueueChart::sinceText() const
{
    if (!m_since.isValid() || m_since.secsTo(m_end) >= m_window - 1)
        return {};
    return tr("since %1").arg(QLocale().toString(m_since.toLocalTime().time(), "HH:mm:ss"));
}

void QueueChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const int line = fontMetrics().height();
    QString heading = m_title;
    if (!sinceText().isEmpty())
        heading += QStringLiteral(" — ") + sinceText();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(8, 4, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter, heading);

    const QRect body = rect().adjusted(0, line + 8, 0, 0);
    const int half = body.height() / 2;
    const Series waiting{tr("Waiting callbacks"), [](const QueueSample &s) { return s.waiting; },
                         [](int v) { return QString::number(v); }, QColor(0x1f, 0x77, 0xb4)};
    const Series ewt{tr("EWT"), [](const QueueSample &s) { return s.ewtSeconds; },
                     [](int v) { return CallbackText::waitTime(v); }, QColor(0xd6, 0x27, 0x28)};
    paintSeries(painter, QRect(body.left(), body.top(), body.width(), half), waiting);
    paintSeries(painter, QRect(body.left(), body.top() + half, body.width(), body.height() - half),
                ewt);
}

void QueueChart::paintSeries(QPainter &painter, const QRect &area, const Series &series) const
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    // Room on the right for half of the last time label, which is centred on its tick.
    const int right = metrics.horizontalAdvance(QStringLiteral("00:00")) / 2 + 8;
    const QRect plot =
        area.adjusted(metrics.horizontalAdvance("00:00:00") + 12, line + 2, -right, -(line + 6));
    if (plot.width() < 20 || plot.height() < 10)
        return;
    int maximum = 0;
    for (const QueueSample &sample : m_samples)
        maximum = std::max(maximum, series.value(sample));
    const int top = niceTop(maximum);

    painter.setPen(series.color);
    painter.drawText(QRect(plot.left(), area.top(), plot.width(), line), Qt::AlignLeft,
                     series.title);
    painter.setPen(QPen(palette().color(QPalette::Mid), 0, Qt::DotLine));
    for (int i = 0; i <= GridLines; ++i) {
        const int y = plot.bottom() - plot.height() * i / GridLines;
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.save();
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(area.left(), y - line / 2, plot.left() - area.left() - 6, line),
                         Qt::AlignRight | Qt::AlignVCenter, series.label(top * i / GridLines));
        painter.restore();
    }
    paintTimeAxis(painter, plot);

    // Unknown values (EWT -1) break the line instead of dropping it to zero.
    QPainterPath path;
    bool drawing = false;
    for (const QueueSample &sample : m_samples) {
        const int value = series.value(sample);
        if (value < 0) {
            drawing = false;
            continue;
        }
        const QPointF point = pointAt(plot, sample.time, value, top);
        drawing ? path.lineTo(point) : path.moveTo(point);
        drawing = true;
    }
    painter.setPen(QPen(series.color, 2));
    painter.drawPath(path);
}

void QueueChart::paintTimeAxis(QPainter &painter, const QRect &plot) const
{
    painter.setPen(palette().color(QPalette::Text));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int line = fontMetrics().height();
    for (int i = 0; i <= TimeTicks; ++i) {
        const QDateTime at = m_end.addSecs(-m_window + m_window * i / TimeTicks);
        const int x = plot.left() + plot.width() * i / TimeTicks;
        painter.drawLine(x, plot.bottom(), x, plot.bottom() + 3);
        const QString text = QLocale().toString(at.toLocalTime().time(), "HH:mm");
        const int width = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRect(x - width / 2 - 2, plot.bottom() + 4, width + 4, line),
                         Qt::AlignCenter, text);
    }
}

QPointF QueueChart::pointAt(const QRect &plot, const QDateTime &time, int value, int top) const
{
    const double age = double(time.msecsTo(m_end)) / 1000.0;
    const double x = plot.right() - plot.width() * std::clamp(age / double(m_window), 0.0, 1.0);
    const double y = plot.bottom() - plot.height() * double(value) / double(top);
    return {x, y};
}

// The axis top: a round number at or above the maximum, divisible by the grid lines.
int QueueChart::niceTop(int maximum)
{
    int step = 1;
    while (step * GridLines < maximum) {
        if (step * 2 * GridLines >= maximum)
            return step * 2 * GridLines;
        if (step * 5 * GridLines >= maximum)
            return step * 5 * GridLines;
        step *= 10;
    }
    return step * GridLines;
}
