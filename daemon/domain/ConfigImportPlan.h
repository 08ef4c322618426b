#pragma once
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ges {

// What importing a list of documents (services or call-in groups, matched by name) does
// to what a tenant has: create the new ones, update the changed ones (keeping their ids),
// leave the equal ones, and with `prune` delete the ones the import does not list.
template <class T> struct ImportChanges
{
    QList<T> created;
    QList<T> updated; // with the existing ids
    QList<T> removed;
    QStringList unchanged;

    static QStringList names(const QList<T> &list)
    {
        QStringList result;
        for (const T &item : list)
            result << item.name;
        return result;
    }
    QJsonObject toJson() const
    {
        return {{"created", QJsonArray::fromStringList(names(created))},
                {"updated", QJsonArray::fromStringList(names(updated))},
                {"deleted", QJsonArray::fromStringList(names(removed))},
                {"unchanged", QJsonArray::fromStringList(unchanged)}};
    }
};

// The document without its id, for comparing what is stored with what is imported.
template <class T> QJsonObject contentOf(const T &item)
{
    QJsonObject json = item.toJson();
    json.remove(QStringLiteral("id"));
    return json;
}

template <class T>
ImportChanges<T> planImport(const QList<T> &existing, const QList<T> &wanted, bool prune)
{
    QHash<QString, T> byName;
    for (const T &item : existing)
        byName.insert(item.name, item);
    ImportChanges<T> changes;
    for (T item : wanted) {
        const auto found = byName.constFind(item.name);
        if (found == byName.constEnd()) {
            changes.created << item;
            continue;
        }
        item.id = found->id;
        if (contentOf(item) == contentOf(*found))
            changes.unchanged << item.name;
        else
            changes.updated << item;
        byName.remove(item.name);
    }
    if (prune)
        for (const T &item : existing)
            if (byName.contains(item.name))
                changes.removed << item;
    return changes;
}

} // namespace ges
