#pragma once
#include <QObject>

class QSocketNotifier;

namespace ges {

// Turns SIGTERM/SIGINT into a Qt signal (self-pipe), so shutdown runs on the event loop.
class ShutdownSignal : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignal(QObject *parent = nullptr);

Q_SIGNALS:
    void requested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ges
