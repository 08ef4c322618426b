#include "Migrator.h"
#include "ops/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ges {

namespace {
// Any constant shared by all nodes; "GESM" in ASCII.
constexpr qint64 kAdvisoryLockKey = 0x4745534d;
const QString kConnection = QStringLiteral("ges-migrator");

int versionOf(const QString &path)
{
    return QFileInfo(path).fileName().section(u'_', 0, 0).toInt();
}
} // namespace

QStringList Migrator::available()
{
    QStringList files;
    for (const QString &name :
         QDir(QStringLiteral(":/migrations")).entryList({"*.sql"}, QDir::Files))
        files << QStringLiteral(":/migrations/") + name;
    std::sort(files.begin(), files.end(),
              [](const QString &a, const QString &b) { return versionOf(a) < versionOf(b); });
    return files;
}

int Migrator::apply(QString *error)
{
    int applied = -1;
    {
        QSqlDatabase db = m_settings.open(kConnection, error);
        if (!db.isOpen())
            return -1;
        QSqlQuery q(db);
        auto fail = [&](const QString &what) {
            *error = what + QStringLiteral(": ") + q.lastError().text();
            return -1;
        };
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kAdvisoryLockKey)))
            return fail(QStringLiteral("advisory lock"));
        applied = [&]() -> int {
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version integer PRIMARY KEY, name text NOT NULL, "
                                       "applied_at timestamptz NOT NULL DEFAULT now())")))
                return fail(QStringLiteral("schema_migrations"));
            int count = 0;
            for (const QString &path : available()) {
                const int version = versionOf(path);
                q.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
                q.addBindValue(version);
                if (!q.exec())
                    return fail(QStringLiteral("reading schema_migrations"));
                if (q.next())
                    continue;
                QFile file(path);
                file.open(QIODevice::ReadOnly);
                const QString sql = QString::fromUtf8(file.readAll());
                db.transaction();
                QSqlQuery m(db);
                if (!m.exec(sql)) {
                    *error = QStringLiteral("migration %1 failed: %2")
                                 .arg(QFileInfo(path).fileName(), m.lastError().text());
                    db.rollback();
                    return -1;
                }
                m.prepare(
                    QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
                m.addBindValue(version);
                m.addBindValue(QFileInfo(path).fileName());
                if (!m.exec() || !db.commit()) {
                    *error = QStringLiteral("recording migration %1: %2")
                                 .arg(version)
                                 .arg(m.lastError().text());
                    db.rollback();
                    return -1;
                }
                log::info(
                    "store", QStringLiteral("applied migration"),
                    {{"version", QString::number(version)}, {"file", QFileInfo(path).fileName()}});
                ++count;
            }
            return count;
        }();
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kAdvisoryLockKey));
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return applied;
}

} // namespace ges
