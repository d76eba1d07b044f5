#include "errorbanner.h"

#include "actionbutton.h"
#include "motion.h"
#include "painting.h"
#include "theme.h"

#include <QAccessible>
#include <QLabel>
#include <QPainter>

namespace aria::ui {
namespace {
constexpr int kPad = 16;
constexpr int kIcon = 20;
} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_retry(new ActionButton(ActionButton::Kind::Primary, tr("Retry"), this))
    , m_close(new ActionButton(ActionButton::Kind::Icon, QString(), this))
    , m_slide(new Tween(this, [this](qreal) {
        layoutChildren();
        update();
        Q_EMIT slid(); // not updateGeometry(): a whole relayout of the page per frame
    }))
{
    setObjectName(QStringLiteral("errorBanner"));
    m_text->setObjectName(QStringLiteral("problem"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setFont(Theme::font(14, QFont::Medium));
    m_close->setIconResource(QStringLiteral(":/ui/icons/ui/close.svg"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_retry->setAccessibleName(tr("Retry"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Problem"));
    connect(m_retry, &QAbstractButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryClicked();
    });
    connect(m_close, &QAbstractButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_slide, &QAbstractAnimation::finished, this, [this] {
        if (!m_showing)
            hide();
    });
    hide();
}

void ErrorBanner::showMessage(const QString &message, bool offerRetry)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    m_retry->setVisible(offerRetry);
    m_showing = true;
    show();
    QAccessibleEvent alert(this, QAccessible::Alert); // screen readers announce it
    QAccessible::updateAccessibility(&alert);
    m_slide->animateTo(1.0, 320);
    updateGeometry();
    layoutChildren();
}

void ErrorBanner::dismiss()
{
    if (!m_showing)
        return;
    m_showing = false;
    m_slide->animateTo(0.0, 220, QEasingCurve::InCubic);
    if (m_slide->state() != QAbstractAnimation::Running)
        hide();
    updateGeometry();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::syncMotion()
{
    if (Motion::reduced())
        m_slide->jumpTo(m_showing ? 1.0 : 0.0);
}

// Wide: [icon] text [Retry] [x] on one row. Narrow: [icon] text [x], Retry under the text.
ErrorBanner::Layout ErrorBanner::computeLayout(int width) const
{
    Layout l;
    const bool retry = m_retry->isVisibleTo(this);
    const bool narrow = width < 480;
    const int retryWidth = retry ? m_retry->sizeHint().width() : 0;
    const int textX = kPad + kIcon + 12;
    const int closeX = width - kPad + 4 - 36;
    const int textRight = (retry && !narrow) ? closeX - 8 - retryWidth - 12 : closeX - 8;
    const int textWidth = qMax(60, textRight - textX);
    const int textHeight = m_text->heightForWidth(textWidth);
    const int rowHeight = qMax(36, textHeight);
    l.text = QRect(textX, 14 + (rowHeight - textHeight) / 2, textWidth, textHeight);
    l.close = QRect(closeX, 14 + (narrow ? 0 : (rowHeight - 36) / 2), 36, 36);
    if (retry) {
        l.retry = narrow ? QRect(textX, 14 + rowHeight + 8, retryWidth, 36)
                         : QRect(closeX - 8 - retryWidth, 14 + (rowHeight - 36) / 2, retryWidth, 36);
    }
    l.height = (retry && narrow ? l.retry.bottom() + 1 : 14 + rowHeight) + 14;
    return l;
}

int ErrorBanner::heightForWidth(int width) const
{
    return qRound(computeLayout(width).height * m_slide->value());
}

int ErrorBanner::fullHeightForWidth(int width) const
{
    return computeLayout(width).height;
}

void ErrorBanner::layoutChildren()
{
    const Layout l = computeLayout(width());
    const int dy = -qRound(l.height * (1.0 - m_slide->value())); // slides down from above
    m_close->setGeometry(l.close.translated(0, dy));
    m_retry->setGeometry(l.retry.translated(0, dy));
    m_text->setGeometry(l.text.translated(0, dy));
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, Theme::current().tokens().danger);
    m_text->setPalette(p);
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChildren();
}

void ErrorBanner::paintEvent(QPaintEvent *)
{
    const auto &t = Theme::current().tokens();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = computeLayout(width());
    const int full = l.height;
    const qreal dy = -qRound(full * (1.0 - m_slide->value()));
    p.setOpacity(m_slide->value());
    const QRectF r = QRectF(0.5, dy + 0.5, width() - 1.0, full - 1.0);
    p.setPen(QPen(t.dangerBorder, 1.0));
    p.setBrush(t.dangerBg);
    p.drawRoundedRect(r, grid::controlRadius + 2, grid::controlRadius + 2);
    p.drawPixmap(QPointF(kPad, dy + l.text.top() + (QFontMetrics(m_text->font()).height() - kIcon) / 2.0),
        svgPixmap(QStringLiteral(":/ui/icons/ui/alert.svg"), kIcon, t.danger, devicePixelRatioF()));
}

} // namespace aria::ui
