// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/RuleSet.h"

#include "core/text/JsonReader.h"

#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {

struct KindName
{
    const char* name;
    Requirement::Kind kind;
};

const KindName kKinds[] = {
    {"credits", Requirement::Kind::Credits},
    {"courses", Requirement::Kind::Courses},
    {"choose", Requirement::Kind::Choose},
    {"total_credits", Requirement::Kind::TotalCredits},
    {"gpa", Requirement::Kind::Gpa},
    {"residency", Requirement::Kind::Residency},
    {"transfer_cap", Requirement::Kind::TransferCap},
    {"milestone", Requirement::Kind::Milestone},
    {"time_limit", Requirement::Kind::TimeLimit},
};

QStringList strings(JsonReader& reader, const QJsonObject& obj, const QString& key, const QString& path)
{
    QStringList out;
    const QJsonArray list = reader.array(obj, key, path, false);
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            reader.fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), QStringLiteral("expected a string"));
            return out;
        }
        out << list.at(i).toString();
    }
    return out;
}

void readRequirement(JsonReader& reader, const QJsonObject& obj, const QString& path, const QString& parent,
                     QList<Requirement>* out)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_.-]{0,39}$"));
    Requirement r;
    r.id = reader.string(obj, QStringLiteral("id"), path);
    if (reader.ok() && !idRe.match(r.id).hasMatch()) {
        reader.fail(path + QStringLiteral(".id"),
                    QStringLiteral("'%1' is not a requirement id (a-z, 0-9, '_', '-', '.')").arg(r.id));
    }
    r.label = reader.string(obj, QStringLiteral("label"), path);
    r.labelZh = reader.string(obj, QStringLiteral("label_zh"), path, false);
    r.labelTh = reader.string(obj, QStringLiteral("label_th"), path, false);
    r.parentId = parent;
    const QString kind = reader.string(obj, QStringLiteral("kind"), path);
    bool known = false;
    for (const KindName& k : kKinds) {
        if (kind == QLatin1String(k.name)) {
            r.kind = k.kind;
            known = true;
        }
    }
    if (reader.ok() && !known) {
        QStringList names;
        for (const KindName& k : kKinds) {
            names << QString::fromLatin1(k.name);
        }
        reader.fail(
            path + QStringLiteral(".kind"),
            QStringLiteral("'%1' is not a requirement kind (expected %2)").arg(kind, names.join(QStringLiteral(", "))));
        return;
    }
    const QJsonObject from = reader.object(obj, QStringLiteral("from"), path, false);
    r.categories = strings(reader, from, QStringLiteral("categories"), path + QStringLiteral(".from"));
    r.courses = strings(reader, obj.contains(QStringLiteral("courses")) ? obj : from, QStringLiteral("courses"),
                        obj.contains(QStringLiteral("courses")) ? path : path + QStringLiteral(".from"));
    r.exclude = strings(reader, from, QStringLiteral("exclude"), path + QStringLiteral(".from"));
    r.minGrade = reader.string(obj, QStringLiteral("min_grade"), path, false);
    switch (r.kind) {
    case Requirement::Kind::Credits:
    case Requirement::Kind::TotalCredits:
    case Requirement::Kind::Residency:
        r.creditsHalves = int(reader.scaled(obj, QStringLiteral("credits"), path, 1).value_or(0) / 5);
        if (reader.ok() && r.creditsHalves <= 0) {
            reader.fail(path + QStringLiteral(".credits"), QStringLiteral("must be above 0"));
        }
        if (reader.ok() && r.kind == Requirement::Kind::Credits && r.categories.isEmpty() && r.courses.isEmpty()
            && !obj.contains(QStringLiteral("children"))) {
            reader.fail(path + QStringLiteral(".from"),
                        QStringLiteral("a credits requirement names the categories or courses it counts"));
        }
        break;
    case Requirement::Kind::Courses:
        if (reader.ok() && r.courses.isEmpty()) {
            reader.fail(path + QStringLiteral(".courses"),
                        QStringLiteral("a courses requirement lists at least one course"));
        }
        break;
    case Requirement::Kind::Choose:
        r.count = reader.integer(obj, QStringLiteral("count"), path).value_or(0);
        if (reader.ok() && r.count <= 0) {
            reader.fail(path + QStringLiteral(".count"), QStringLiteral("must be above 0"));
        }
        if (reader.ok() && r.categories.isEmpty() && r.courses.isEmpty()) {
            reader.fail(path + QStringLiteral(".from"),
                        QStringLiteral("a choose requirement names the categories or courses to choose from"));
        }
        break;
    case Requirement::Kind::Gpa:
        r.minGpaScaled = int(reader.scaled(obj, QStringLiteral("min"), path, 2).value_or(0));
        break;
    case Requirement::Kind::TransferCap: {
        const std::optional<qint64> fraction = reader.scaled(obj, QStringLiteral("fraction"), path, 3);
        r.fractionPermille = int(fraction.value_or(0));
        if (reader.ok() && (r.fractionPermille <= 0 || r.fractionPermille > 1000)) {
            reader.fail(path + QStringLiteral(".fraction"), QStringLiteral("must be above 0 and at most 1"));
        }
        r.ofCreditsHalves = int(reader.scaled(obj, QStringLiteral("of_credits"), path, 1).value_or(0) / 5);
        break;
    }
    case Requirement::Kind::Milestone:
        r.milestone = reader.string(obj, QStringLiteral("milestone"), path);
        if (reader.ok() && r.milestone != QLatin1String("HSK") && r.milestone != QLatin1String("THESIS")
            && r.milestone != QLatin1String("INTERNSHIP")) {
            reader.fail(path + QStringLiteral(".milestone"), QStringLiteral("must be HSK, THESIS or INTERNSHIP"));
        }
        r.minLevel = reader.integer(obj, QStringLiteral("min_level"), path, false).value_or(0);
        r.minScore = reader.integer(obj, QStringLiteral("min_score"), path, false).value_or(0);
        break;
    case Requirement::Kind::TimeLimit:
        r.regularSemesters = reader.integer(obj, QStringLiteral("regular_semesters"), path).value_or(0);
        if (reader.ok() && r.regularSemesters <= 0) {
            reader.fail(path + QStringLiteral(".regular_semesters"), QStringLiteral("must be above 0"));
        }
        break;
    }
    if (!reader.ok()) {
        return;
    }
    out->append(r);
    const QJsonArray children = reader.array(obj, QStringLiteral("children"), path, false);
    if (!children.isEmpty() && r.kind != Requirement::Kind::Credits) {
        reader.fail(path + QStringLiteral(".children"),
                    QStringLiteral("only a credits requirement has sub-requirements"));
        return;
    }
    for (int i = 0; i < children.size() && reader.ok(); ++i) {
        const QString p = QStringLiteral("%1.children[%2]").arg(path).arg(i);
        readRequirement(reader, reader.element(children, i, p), p, r.id, out);
    }
}

} // namespace

bool Requirement::matches(const QString& code, const QString& category) const
{
    if (exclude.contains(code)) {
        return false;
    }
    return courses.contains(code) || categories.contains(category);
}

bool RuleSet::fromJson(const QByteArray& bytes, const QString& fileName, RuleSet* rules, QString* error)
{
    RuleSet r;
    if (!Programme::fromJson(bytes, fileName, &r.m_programme, error)) {
        return false;
    }
    JsonReader reader(fileName);
    const QJsonObject root = reader.parse(bytes);
    const QJsonArray list = reader.array(root, QStringLiteral("requirements"), QString());
    for (int i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = QStringLiteral("requirements[%1]").arg(i);
        readRequirement(reader, reader.element(list, i, path), path, QString(), &r.m_requirements);
    }
    QSet<QString> ids;
    for (const Requirement& q : std::as_const(r.m_requirements)) {
        if (reader.ok() && ids.contains(q.id)) {
            reader.fail(QStringLiteral("requirements"), QStringLiteral("the id '%1' is used twice").arg(q.id));
        }
        ids.insert(q.id);
    }
    r.m_graduation = strings(reader, root, QStringLiteral("graduation_requires"), QString());
    r.m_degree = strings(reader, root, QStringLiteral("degree_requires"), QString());
    for (const QString& key : {QStringLiteral("graduation_requires"), QStringLiteral("degree_requires")}) {
        const QStringList& names = key == QLatin1String("graduation_requires") ? r.m_graduation : r.m_degree;
        for (int i = 0; i < names.size() && reader.ok(); ++i) {
            if (!ids.contains(names.at(i))) {
                reader.fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                            QStringLiteral("no requirement has the id '%1'").arg(names.at(i)));
            }
        }
    }
    if (reader.ok() && r.m_graduation.isEmpty()) {
        reader.fail(QStringLiteral("graduation_requires"), QStringLiteral("names at least one requirement"));
    }
    const QJsonArray shares = reader.array(root, QStringLiteral("share"), QString(), false);
    for (int i = 0; i < shares.size() && reader.ok(); ++i) {
        const QJsonArray pair = shares.at(i).toArray();
        if (pair.size() != 2 || !ids.contains(pair.at(0).toString()) || !ids.contains(pair.at(1).toString())) {
            reader.fail(QStringLiteral("share[%1]").arg(i), QStringLiteral("expected a pair of requirement ids"));
        } else {
            r.m_shares.append({pair.at(0).toString(), pair.at(1).toString()});
        }
    }
    const QJsonObject honours = reader.object(root, QStringLiteral("honours"), QString(), false);
    if (!honours.isEmpty() && reader.ok()) {
        Honours h;
        const QJsonArray classes = reader.array(honours, QStringLiteral("classes"), QStringLiteral("honours"));
        for (int i = 0; i < classes.size() && reader.ok(); ++i) {
            const QString p = QStringLiteral("honours.classes[%1]").arg(i);
            const QJsonObject c = reader.element(classes, i, p);
            h.classes.append({reader.string(c, QStringLiteral("name"), p),
                              int(reader.scaled(c, QStringLiteral("min_gpa"), p, 2).value_or(0))});
        }
        std::sort(h.classes.begin(), h.classes.end(),
                  [](const HonoursClass& a, const HonoursClass& b) { return a.minGpaScaled > b.minGpaScaled; });
        h.minGrade = reader.string(honours, QStringLiteral("min_grade"), QStringLiteral("honours"), false);
        h.noRetake = reader.boolean(honours, QStringLiteral("no_retake"), QStringLiteral("honours"), false);
        h.maxRegularSemesters
            = reader.integer(honours, QStringLiteral("max_regular_semesters"), QStringLiteral("honours"), false)
                  .value_or(0);
        r.m_honours = h;
    }
    const QJsonObject study = reader.object(root, QStringLiteral("study"), QString(), false);
    if (!study.isEmpty() && reader.ok()) {
        Study st;
        const QString path = QStringLiteral("study");
        st.timeLimitYears = reader.integer(study, QStringLiteral("time_limit_years"), path).value_or(0);
        st.normalYears = reader.integer(study, QStringLiteral("normal_years"), path, false).value_or(st.timeLimitYears);
        if (reader.ok() && (st.normalYears < 1 || st.normalYears > st.timeLimitYears)) {
            reader.fail(QStringLiteral("study.normal_years"), QStringLiteral("expected 1 to time_limit_years"));
        }
        const QJsonArray years = reader.array(study, QStringLiteral("years"), path);
        for (int i = 0; i < years.size() && reader.ok(); ++i) {
            const int year = years.at(i).toInt(0);
            if (year < 1 || year > st.timeLimitYears || st.years.contains(year)) {
                reader.fail(QStringLiteral("study.years[%1]").arg(i),
                            QStringLiteral("expected a year of study from 1 to time_limit_years, each once"));
            }
            st.years.append(year);
        }
        if (reader.ok() && (st.timeLimitYears < 1 || st.timeLimitYears > 12)) {
            reader.fail(QStringLiteral("study.time_limit_years"), QStringLiteral("expected 1 to 12"));
        }
        std::sort(st.years.begin(), st.years.end());
        r.m_study = st;
    }
    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    *rules = r;
    return true;
}

const Requirement* RuleSet::requirement(const QString& id) const
{
    for (const Requirement& r : m_requirements) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

QStringList RuleSet::children(const QString& id) const
{
    QStringList out;
    for (const Requirement& r : m_requirements) {
        if (r.parentId == id && !id.isEmpty()) {
            out << r.id;
        }
    }
    return out;
}

bool RuleSet::isAncestor(const QString& ancestor, const QString& id) const
{
    for (const Requirement* r = requirement(id); r; r = requirement(r->parentId)) {
        if (r->id == ancestor) {
            return true;
        }
    }
    return false;
}

bool RuleSet::mayShare(const QString& a, const QString& b) const
{
    for (const auto& pair : m_shares) {
        if ((pair.first == a && pair.second == b) || (pair.first == b && pair.second == a)) {
            return true;
        }
    }
    return false;
}

int RuleSet::totalCreditsHalves() const
{
    for (const Requirement& r : m_requirements) {
        if (r.kind == Requirement::Kind::TotalCredits) {
            return r.creditsHalves;
        }
    }
    return 0;
}

int RuleSet::capHalves(const Requirement& r) const
{
    const int of = r.ofCreditsHalves > 0 ? r.ofCreditsHalves : totalCreditsHalves();
    return int(qint64(of) * r.fractionPermille / 1000);
}

int RuleSet::transferCapHalves() const
{
    for (const Requirement& r : m_requirements) {
        if (r.kind == Requirement::Kind::TransferCap) {
            return capHalves(r);
        }
    }
    return 0;
}

} // namespace dd
