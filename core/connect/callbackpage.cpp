#include "callbackpage.h"

#include <QCoreApplication>

namespace aria {
namespace {

struct PageText {
    QString title;
    QString body;
    const char *accent;
    const char *glyph;
};

PageText textFor(CallbackPageKind kind)
{
    switch (kind) {
    case CallbackPageKind::Success:
        return {QCoreApplication::translate("CallbackPage", "You're connected"),
                QCoreApplication::translate("CallbackPage", "ARIA Integrations is finishing the connection. You can close this tab."),
                "#16a34a", "&#10003;"};
    case CallbackPageKind::Denied:
        return {QCoreApplication::translate("CallbackPage", "Access was not granted"),
                QCoreApplication::translate("CallbackPage", "Nothing was connected. You can close this tab and try again from ARIA Integrations."),
                "#d97706", "&#10005;"};
    case CallbackPageKind::Failed:
        return {QCoreApplication::translate("CallbackPage", "The connection failed"),
                QCoreApplication::translate("CallbackPage", "Nothing was connected. Close this tab and try again from ARIA Integrations."),
                "#dc2626", "!"};
    case CallbackPageKind::Expired:
        return {QCoreApplication::translate("CallbackPage", "This sign-in link has expired"),
                QCoreApplication::translate("CallbackPage", "Start the connection again from ARIA Integrations."),
                "#d97706", "&#8987;"};
    case CallbackPageKind::BadRequest:
        return {QCoreApplication::translate("CallbackPage", "This link is not valid"),
                QCoreApplication::translate("CallbackPage", "ARIA Integrations did not expect this request. Nothing was changed."),
                "#dc2626", "?"};
    case CallbackPageKind::NotFound:
        return {QCoreApplication::translate("CallbackPage", "Not found"), QString(), "#64748b", "?"};
    }
    return {};
}

}  // namespace

QByteArray renderCallbackPage(CallbackPageKind kind, const QString &detail)
{
    const PageText t = textFor(kind);
    QString detailHtml;
    if (!detail.isEmpty())
        detailHtml = QStringLiteral("<p class=\"detail\">%1</p>").arg(detail.left(500).toHtmlEscaped());
    const QString html = QStringLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<title>%1 · ARIA Integrations</title><style>"
        ":root{color-scheme:light dark;--bg:#f5f5f7;--card:#fff;--text:#1d1d1f;--muted:#6e6e73}"
        "@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--card:#1a1d23;--text:#f5f5f7;--muted:#a1a1aa}}"
        "body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);"
        "font:16px/1.5 Inter,system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--text)}"
        ".card{background:var(--card);border-radius:16px;padding:40px 32px;max-width:420px;margin:24px;"
        "text-align:center;box-shadow:0 1px 2px rgba(0,0,0,.06),0 12px 32px rgba(0,0,0,.08)}"
        ".mark{width:56px;height:56px;border-radius:50%;margin:0 auto 16px;display:grid;place-items:center;"
        "font-size:28px;color:#fff;background:%3}"
        "h1{font-size:22px;margin:0 0 8px;font-weight:600}p{margin:0;color:var(--muted)}"
        ".detail{margin-top:16px;font-size:14px;word-break:break-word}"
        "</style></head><body><main class=\"card\"><div class=\"mark\" aria-hidden=\"true\">%4</div>"
        "<h1>%1</h1><p>%2</p>%5</main></body></html>")
                             .arg(t.title.toHtmlEscaped(), t.body.toHtmlEscaped(), QLatin1String(t.accent),
                                  QLatin1String(t.glyph), detailHtml);
    return html.toUtf8();
}

}  // namespace aria
