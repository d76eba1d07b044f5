#pragma once

// A QNetworkAccessManager whose answers a test scripts, for faults no local peer produces
// (as nextcloud's syncenginetestutils.h does with FakeQNAM): each request is recorded and
// answered by the handler with a status, headers and body, or a transport error.

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <functional>

namespace aria::test {

struct FakeAnswer {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport failure (status 0)
};

struct SeenRequest {
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, const QByteArray &verb, const FakeAnswer &answer, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly);
        m_body.setData(answer.body);
        m_body.open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this, answer] {
            if (answer.error != QNetworkReply::NoError) {
                setError(answer.error, QStringLiteral("fake transport failure"));
                Q_EMIT errorOccurred(answer.error);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (const auto &[name, value] : answer.headers)
                    setRawHeader(name, value);
                setHeader(QNetworkRequest::ContentLengthHeader, answer.body.size());
                if (answer.status >= 400)
                    setError(QNetworkReply::UnknownContentError, QStringLiteral("HTTP %1").arg(answer.status));
                Q_EMIT metaDataChanged();
                if (!answer.body.isEmpty())
                    Q_EMIT readyRead();
            }
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_body.bytesAvailable() + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override { return m_body.read(data, maxSize); }

private:
    QBuffer m_body;
};

class FakeNetwork : public QNetworkAccessManager
{
public:
    using Handler = std::function<FakeAnswer(const SeenRequest &)>;
    explicit FakeNetwork(Handler handler, QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_handler(std::move(handler))
    {
    }
    QList<SeenRequest> seen;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (verb.isEmpty())
            verb = op == GetOperation ? "GET" : op == PostOperation ? "POST" : op == PutOperation ? "PUT"
                : op == DeleteOperation                               ? "DELETE"
                                                                      : "HEAD";
        SeenRequest s { verb, request, outgoingData ? outgoingData->readAll() : QByteArray() };
        seen.append(s);
        return new FakeReply(request, verb, m_handler(s), this);
    }

private:
    Handler m_handler;
};

} // namespace aria::test
