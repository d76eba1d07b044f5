#pragma once

#include "appearance.h"
#include "model/connectionsmodel.h"
#include "store/connectionstore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

// A store in a temporary directory with connections in every state the window can show.
struct GuiFixture {
    QTemporaryDir dir;
    aria::ConnectionStore store;
    std::unique_ptr<aria::ConnectionsModel> model;

    GuiFixture()
    {
        if (!store.open(dir.filePath(QStringLiteral("db.sqlite"))))
            qFatal("cannot open the test store");
        model = std::make_unique<aria::ConnectionsModel>(&store);
    }

    void put(const QString &id, aria::ConnectionStatus status, const QString &account = {},
        qint64 syncedSecsAgo = -1, aria::SyncStatus sync = aria::SyncStatus::Success,
        const QString &error = {})
    {
        // id is a connection id: "gmail" is the integration's first connection, "gmail-2" the next.
        aria::Connection c;
        c.connectionId = id;
        const QString integration = aria::integrationOfConnectionId(id);
        c.integrationType = integration.isEmpty() ? id : integration;
        c.status = status;
        c.displayName = account;
        if (syncedSecsAgo >= 0)
            c.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-syncedSecsAgo);
        c.syncStatus = sync;
        c.errorMessage = error;
        QVERIFY(store.upsert(c));
    }

    // The five built-ins plus a user-added one, covering every state.
    void fillEveryState()
    {
        QList<aria::IntegrationSpec> specs = aria::builtInIntegrations();
        aria::IntegrationSpec custom;
        custom.id = QStringLiteral("acme_tasks");
        custom.name = QStringLiteral("Acme Tasks");
        custom.description = QStringLiteral("A provider you added with its own OAuth client");
        custom.iconId = QStringLiteral("generic");
        custom.builtIn = false;
        specs << custom;
        put(QStringLiteral("google_calendar"), aria::ConnectionStatus::Active,
            QStringLiteral("maya@acme.test"), 120);
        put(QStringLiteral("gmail"), aria::ConnectionStatus::Active, QStringLiteral("maya@acme.test"),
            3 * 3600, aria::SyncStatus::Failed, QStringLiteral("Google answered 401 (token revoked)"));
        put(QStringLiteral("outlook"), aria::ConnectionStatus::Connecting);
        put(QStringLiteral("salesforce"), aria::ConnectionStatus::Expired,
            QStringLiteral("maya@acme-corp.test"), 2 * 86400, aria::SyncStatus::Success,
            QStringLiteral("Composio could not refresh the grant"));
        put(QStringLiteral("acme_tasks"), aria::ConnectionStatus::Error, QString(), -1,
            aria::SyncStatus::Success, QStringLiteral("The authorization server refused the code"));
        model->setIntegrations(specs);
    }
};

// Visible direct children of w.
inline QList<QWidget *> visibleChildren(QWidget *w)
{
    QList<QWidget *> out;
    for (QWidget *c : w->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (c->isVisible() && !c->isWindow() && c->width() > 0 && c->height() > 0)
            out << c;
    }
    return out;
}

inline QString describe(const QWidget *w)
{
    QString text;
    if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    else if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3,%4 %5x%6")
        .arg(QString::fromLatin1(w->metaObject()->className()), text)
        .arg(w->x())
        .arg(w->y())
        .arg(w->width())
        .arg(w->height());
}

// Problems with the layout of container's children: overlapping siblings, children outside
// the container horizontally, text that would be cut (labels shorter than their wrapped
// text, buttons narrower than their label).
inline QStringList layoutProblems(QWidget *container)
{
    QStringList problems;
    const QList<QWidget *> kids = visibleChildren(container);
    for (int i = 0; i < kids.size(); ++i) {
        const QRect a = kids[i]->geometry();
        if (a.left() < 0 || a.right() >= container->width())
            problems << QStringLiteral("outside horizontally: ") + describe(kids[i]);
        for (int j = i + 1; j < kids.size(); ++j) {
            if (a.intersects(kids[j]->geometry()))
                problems << QStringLiteral("overlap: %1 / %2").arg(describe(kids[i]), describe(kids[j]));
        }
        if (auto *label = qobject_cast<QLabel *>(kids[i])) {
            const bool fits = label->wordWrap()
                ? label->height() >= label->heightForWidth(label->width())
                : label->width() >= QFontMetrics(label->font()).horizontalAdvance(label->text());
            if (!fits)
                problems << QStringLiteral("text cut: ") + describe(label);
        } else if (auto *button = qobject_cast<QAbstractButton *>(kids[i])) {
            if (button->width() < button->sizeHint().width())
                problems << QStringLiteral("button too narrow: ") + describe(button);
        } else if (!kids[i]->hasHeightForWidth() && kids[i]->width() < kids[i]->sizeHint().width()) {
            problems << QStringLiteral("narrower than its content: ") + describe(kids[i]); // pills, notes
        }
    }
    return problems;
}
