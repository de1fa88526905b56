// SPDX-License-Identifier: GPL-3.0-or-later
// A tile server on the loopback address, inside the test process on a thread of its own, serving
// generated tiles: GET /Z/X/Y.png answers a 256-pixel PNG of tileColour(z, x, y), after a delay the
// test may set. It counts what it was asked and answered, and can be stopped and started again on
// the same port.
#pragma once

#include <QBuffer>
#include <QHostAddress>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>
#include <vector>

namespace sez::test {

inline QRgb tileColour(int z, int x, int y)
{
    return qRgb((x * 37 + 11) % 256, (y * 59 + 23) % 256, (40 + z * 9) % 256);
}

class TileServer
{
public:
    TileServer()
    {
        mContext = new QObject;
        mContext->moveToThread(&mThread);
        mThread.start();
        start();
    }
    ~TileServer()
    {
        QMetaObject::invokeMethod(mContext, [this] { delete mContext; }, Qt::BlockingQueuedConnection);
        mThread.quit();
        mThread.wait();
    }

    /// Listens (again) on the loopback address, on the port of the first start.
    bool start()
    {
        bool ok = false;
        QMetaObject::invokeMethod(mContext, [this, &ok] {
            mServer = new QTcpServer(mContext);
            QObject::connect(mServer, &QTcpServer::newConnection, mServer, [this] { accept(); });
            ok = mServer->listen(QHostAddress::LocalHost, mPort);
            mPort = mServer->serverPort();
        }, Qt::BlockingQueuedConnection);
        return ok;
    }
    /// Stops listening and drops the connections: the server is gone.
    void stop()
    {
        QMetaObject::invokeMethod(mContext, [this] {
            delete mServer;
            mServer = nullptr;
            for (QTcpSocket *s : mContext->findChildren<QTcpSocket *>())
                s->abort();
        }, Qt::BlockingQueuedConnection);
    }

    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(mPort); }
    void setDelayMs(int ms) { mDelayMs = ms; }
    /// Holds every answer back until release(): a server that does not answer at all meanwhile.
    void hold() { mHold = true; }
    void release()
    {
        QMetaObject::invokeMethod(mContext, [this] {
            mHold = false;
            for (const auto &[socket, request] : mHeld)
                if (socket)
                    answer(socket, request);
            mHeld.clear();
        }, Qt::BlockingQueuedConnection);
    }
    int requests() const { return mRequests; }
    int answered() const { return mAnswered; }

private:
    void accept()
    {
        while (QTcpSocket *socket = mServer->nextPendingConnection()) {
            socket->setParent(mContext);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray request = buffer->left(end);
                buffer->remove(0, end + 4);
                ++mRequests;
                if (mHold)
                    mHeld.push_back({socket, request});
                else
                    QTimer::singleShot(mDelayMs.load(), socket, [this, socket, request] { answer(socket, request); });
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        static const QRegularExpression path(QStringLiteral("^GET /(\\d+)/(\\d+)/(\\d+)\\.png "));
        const auto match = path.match(QString::fromLatin1(request));
        QByteArray body, status = "404 Not Found";
        if (match.hasMatch()) {
            QImage tile(256, 256, QImage::Format_RGB32);
            tile.fill(tileColour(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()));
            QBuffer out(&body);
            out.open(QIODevice::WriteOnly);
            tile.save(&out, "PNG");
            status = "200 OK";
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        ++mAnswered;
    }

    QThread mThread;
    QObject *mContext = nullptr;   // lives on mThread with the server and its sockets
    QTcpServer *mServer = nullptr;
    quint16 mPort = 0;
    std::atomic<int> mDelayMs{0};
    std::atomic<bool> mHold{false};
    std::vector<std::pair<QPointer<QTcpSocket>, QByteArray>> mHeld;   // on the server's thread
    std::atomic<int> mRequests{0};
    std::atomic<int> mAnswered{0};
};

} // namespace sez::test
