#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace ges::resp {

// Appends one command in RESP, the bytes hiredis's redisFormatCommandArgv produces (a
// test compares them), without its heap buffer and sprintf per argument: that was about
// 3% of a read request's CPU at three or four commands a request.
void appendCommand(QByteArray &out, const QList<QByteArray> &args);

// The same bytes written argument by argument, for a command sent on every request (the
// request log's XADD) whose arguments would otherwise each be a QByteArray of their own.
// The arguments are counted as they come, so the header cannot disagree with them.
class CommandBuilder
{
public:
    void start(); // a new command in the same buffer
    void add(QByteArrayView arg);
    void add(QStringView text); // as UTF-8
    void add(qint64 number);    // in decimal
    // The command, header first; valid until the next start().
    QByteArrayView finish();
    // Gives back a buffer grown beyond `bytes` by a rare long argument.
    void shrink(qsizetype bytes);

private:
    QByteArray m_bytes; // a gap for the header, then the arguments
    qsizetype m_count = 0;
};

} // namespace ges::resp
