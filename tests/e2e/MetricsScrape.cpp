#include "MetricsScrape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ges::test {

MetricsScrape::MetricsScrape(QByteArray text) : m_text(std::move(text))
{
    for (const QByteArray &raw : m_text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("# TYPE "))) {
            const QStringList parts = line.split(' ');
            if (parts.size() == 4)
                m_types.insert(parts[2], parts[3]);
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        m_samples.insert(line.left(space), line.mid(space + 1).toDouble());
    }
}

QString MetricsScrape::sampleName(const QString &series)
{
    const qsizetype brace = series.indexOf('{');
    return brace < 0 ? series : series.left(brace);
}

QStringList MetricsScrape::labelsOf(const QString &series)
{
    QStringList names;
    qsizetype i = series.indexOf('{');
    if (i < 0)
        return names;
    while (++i < series.size() && series[i] != '}') {
        const qsizetype eq = series.indexOf('=', i);
        names << series.mid(i, eq - i);
        i = eq + 2; // past ="
        while (i < series.size() && series[i] != '"')
            i += series[i] == '\\' ? 2 : 1;
        ++i; // past the closing quote, onto ',' or '}'
        if (i < series.size() && series[i] == '}')
            break;
    }
    return names;
}

QStringList MetricsScrape::seriesOf(const QString &name) const
{
    QStringList found;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        if (sampleName(it.key()) == name)
            found << it.key();
    return found;
}

double MetricsScrape::sum(const QString &name) const
{
    double total = 0;
    for (const QString &series : seriesOf(name))
        total += m_samples.value(series);
    return total;
}

QStringList MetricsScrape::labelNames(const QString &name) const
{
    const QStringList series = seriesOf(name);
    if (series.isEmpty())
        return {};
    const QStringList first = labelsOf(series.first());
    for (const QString &s : series)
        if (labelsOf(s) != first)
            return {QStringLiteral("<differ>")};
    return first;
}

bool MetricsScrape::hasFamily(const QString &name) const
{
    if (m_types.contains(name))
        return true;
    for (const char *suffix : {"_bucket", "_sum", "_count"})
        if (name.endsWith(QLatin1String(suffix)) &&
            m_types.value(name.chopped(int(qstrlen(suffix)))) == QLatin1String("histogram"))
            return true;
    return false;
}

namespace {
void collectTargets(const QJsonArray &panels, QStringList *exprs, QString *problem)
{
    for (const QJsonValue &p : panels) {
        const QJsonObject panel = p.toObject();
        collectTargets(panel.value("panels").toArray(), exprs, problem); // collapsed rows
        if (panel.value("type").toString() == QLatin1String("row"))
            continue;
        const QString uid = panel.value("datasource").toObject().value("uid").toString();
        if (uid != QLatin1String("${datasource}"))
            *problem += QStringLiteral("panel \"%1\" does not use ${datasource}; ")
                            .arg(panel.value("title").toString());
        const QJsonArray targets = panel.value("targets").toArray();
        if (targets.isEmpty())
            *problem += QStringLiteral("panel \"%1\" has no query; ")
                            .arg(panel.value("title").toString());
        for (const QJsonValue &t : targets)
            *exprs << t.toObject().value("expr").toString();
    }
}
} // namespace

QStringList MetricsScrape::dashboardQueries(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read");
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        *problem = QStringLiteral("not a JSON object: %1").arg(error.errorString());
        return {};
    }
    const QJsonObject dashboard = doc.object();
    if (dashboard.value("title").toString().isEmpty() || dashboard.value("uid").toString().isEmpty())
        *problem += QStringLiteral("no title or uid; ");
    bool datasource = false;
    for (const QJsonValue &v : dashboard.value("templating").toObject().value("list").toArray()) {
        const QJsonObject var = v.toObject();
        datasource |= var.value("name").toString() == QLatin1String("datasource") &&
                      var.value("type").toString() == QLatin1String("datasource") &&
                      var.value("query").toString() == QLatin1String("prometheus");
    }
    if (!datasource)
        *problem += QStringLiteral("no Prometheus datasource variable named datasource; ");
    QStringList exprs;
    collectTargets(dashboard.value("panels").toArray(), &exprs, problem);
    return exprs;
}

QStringList MetricsScrape::metricNames(const QString &expr)
{
    QString text = expr;
    // Strings, label matchers, ranges, and label lists of by/without/on/ignoring/group_*.
    static const QRegularExpression strings(QStringLiteral(R"("([^"\\]|\\.)*")"));
    static const QRegularExpression braces(QStringLiteral(R"(\{[^}]*\})"));
    static const QRegularExpression ranges(QStringLiteral(R"(\[[^\]]*\])"));
    static const QRegularExpression grouping(QStringLiteral(
        R"(\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\))"));
    text.replace(strings, QStringLiteral(" ")).replace(braces, QStringLiteral(" "));
    text.replace(ranges, QStringLiteral(" ")).replace(grouping, QStringLiteral(" "));
    static const QStringList keywords{"by",     "without", "on",    "ignoring", "group_left",
                                      "group_right", "bool", "and", "or",       "unless",
                                      "offset", "inf",     "nan"};
    static const QRegularExpression identifier(
        QStringLiteral(R"((?<![\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?)"));
    QStringList names;
    for (const auto &m : identifier.globalMatch(text)) {
        const QString name = m.captured(1);
        if (!m.captured(2).isEmpty() || keywords.contains(name.toLower()) || names.contains(name))
            continue; // a function call, or a keyword
        names << name;
    }
    return names;
}

} // namespace ges::test
