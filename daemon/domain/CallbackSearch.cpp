#include "CallbackSearch.h"
#include "StoreErrors.h"
#include "store/SqlReaderPool.h"

#include <QJsonArray>
#include <QUuid>

namespace ges {

CallbackSearch::CallbackSearch(SqlReaderPool &reader, QObject *parent)
    : QObject(parent), m_reader(reader)
{
}

QString CallbackSearch::encodeCursor(const Callback &last)
{
    return QString::fromLatin1(
        (QByteArray::number(last.createdAt.toMSecsSinceEpoch()) + '|' + last.id.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool CallbackSearch::decodeCursor(const QString &cursor, CallbackQuery &query)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype bar = raw.indexOf('|');
    bool ok = false;
    const qint64 ms = raw.left(bar).toLongLong(&ok);
    const QString id = QString::fromLatin1(raw.mid(bar + 1));
    if (bar <= 0 || !ok || QUuid::fromString(id).isNull())
        return false;
    query.afterCreatedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    query.afterId = id;
    return true;
}

void CallbackSearch::page(const Caller &caller, const CallbackQuery &query, OutcomeHandler done)
{
    m_reader.run<CallbackPage>(
        this, [query](QSqlDatabase &db) { return CallbackRecords::list(db, query); },
        [caller, done](const DbResult<CallbackPage> &page) {
            if (!page.ok())
                return done(toApiError(page.error(), caller.corrId));
            QJsonArray list;
            for (const Callback &cb : page.value().callbacks) {
                QJsonObject json = cb.toJson();
                json.insert("tenant", cb.tenant);
                list.append(json);
            }
            const QJsonValue next =
                page.value().more ? QJsonValue(encodeCursor(page.value().callbacks.constLast()))
                                  : QJsonValue(QJsonValue::Null);
            done(QJsonObject{{"callbacks", list}, {"nextCursor", next}});
        });
}

} // namespace ges
