#include "SettingSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ges {

SettingSource::SettingSource(const QProcessEnvironment &env) : m_env(env)
{
    const QString folders = env.value(QStringLiteral("CONFIG_FOLDERS"));
    for (const QString &folder : folders.split(u',', Qt::SkipEmptyParts)) {
        const QString path = folder.trimmed();
        if (path.isEmpty())
            continue;
        if (!QFileInfo(path).isDir())
            m_problems << QStringLiteral("CONFIG_FOLDERS: %1 is not a readable folder").arg(path);
        else
            m_folders << path;
    }
}

std::optional<QString> SettingSource::env(const QString &name) const
{
    if (!m_env.contains(name))
        return std::nullopt;
    return m_env.value(name);
}

QString SettingSource::envNameOf(const QString &secretFileName)
{
    QString name = secretFileName.toUpper();
    name.replace(u'-', u'_');
    return name;
}

std::optional<QString> SettingSource::secret(const QString &fileName) const
{
    for (const QString &folder : m_folders) {
        QFile file(QDir(folder).filePath(fileName));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            // Reported by the loader through a missing value; the reason matters to operators.
            qWarning("cannot read secret file %s", qPrintable(file.fileName()));
            continue;
        }
        QByteArray content = file.readAll();
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        return QString::fromUtf8(content);
    }
    return env(envNameOf(fileName));
}

} // namespace ges
