#pragma once
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace ges {

// Where a setting comes from: environment variables, and for secrets also files named
// after the secret in one of CONFIG_FOLDERS (a file wins over the variable).
class SettingSource
{
public:
    explicit SettingSource(const QProcessEnvironment &env);

    std::optional<QString> env(const QString &name) const;
    // "DB-PASSWORD": file DB-PASSWORD in a config folder, else variable DB_PASSWORD.
    std::optional<QString> secret(const QString &fileName) const;
    QStringList problems() const { return m_problems; }

    static QString envNameOf(const QString &secretFileName);

private:
    QProcessEnvironment m_env;
    QStringList m_folders;
    QStringList m_problems;
};

} // namespace ges
