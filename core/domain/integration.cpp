#include "integration.h"

#include <QCoreApplication>

namespace aria {
namespace {

QUrl url(const char *text) { return QUrl(QString::fromLatin1(text)); }

QStringList scopes(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

// Google: https://developers.google.com/identity/protocols/oauth2/native-app
OAuthEndpoints googleEndpoints()
{
    return {url("https://accounts.google.com/o/oauth2/v2/auth"),
            url("https://oauth2.googleapis.com/token"),
            url("https://oauth2.googleapis.com/revoke"),
            url("https://openidconnect.googleapis.com/v1/userinfo"),
            // Google issues a refresh token only with access_type=offline.
            {{QStringLiteral("access_type"), QStringLiteral("offline")},
             {QStringLiteral("prompt"), QStringLiteral("consent")}}};
}

QList<IntegrationSpec> makeBuiltIns()
{
    QList<IntegrationSpec> list;
    list << IntegrationSpec{QStringLiteral("google_calendar"), QCoreApplication::translate("Integration", "Google Calendar"),
                            QCoreApplication::translate("Integration", "Sync your calendar for meeting briefs and scheduling"),
                            QStringLiteral("googlecalendar"), QStringLiteral("calendar"),
                            scopes({"openid", "email",
                                    "https://www.googleapis.com/auth/calendar.readonly"}),
                            googleEndpoints()};
    list << IntegrationSpec{QStringLiteral("gmail"), QCoreApplication::translate("Integration", "Gmail"),
                            QCoreApplication::translate("Integration", "Connect Gmail for email drafting and analysis"),
                            QStringLiteral("gmail"), QStringLiteral("mail"),
                            scopes({"openid", "email",
                                    "https://www.googleapis.com/auth/gmail.readonly",
                                    "https://www.googleapis.com/auth/gmail.send"}),
                            googleEndpoints()};
    // Microsoft identity platform v2; no RFC 7009 revocation endpoint exists (the user removes
    // the app's access in their account). offline_access is what yields a refresh token.
    list << IntegrationSpec{QStringLiteral("outlook"), QCoreApplication::translate("Integration", "Microsoft Outlook"),
                            QCoreApplication::translate("Integration", "Connect Outlook for calendar and email integration"),
                            QStringLiteral("outlook"), QStringLiteral("calendar"),
                            scopes({"openid", "email", "offline_access", "User.Read",
                                    "Calendars.ReadWrite", "Mail.ReadWrite"}),
                            {url("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"),
                             url("https://login.microsoftonline.com/common/oauth2/v2.0/token"),
                             QUrl(), url("https://graph.microsoft.com/oidc/userinfo"), {}}};
    // Salesforce: the token response names the instance URL to use afterwards (kept in the
    // connection's metadata). Revocation (POST token=...) revokes a refresh token together with
    // its access tokens. Orgs with My Domain may also use https://DOMAIN.my.salesforce.com.
    list << IntegrationSpec{QStringLiteral("salesforce"), QCoreApplication::translate("Integration", "Salesforce"),
                            QCoreApplication::translate("Integration", "Sync leads and opportunities from Salesforce"),
                            QStringLiteral("salesforce"), QStringLiteral("crm"),
                            scopes({"api", "refresh_token", "openid"}),
                            {url("https://login.salesforce.com/services/oauth2/authorize"),
                             url("https://login.salesforce.com/services/oauth2/token"),
                             url("https://login.salesforce.com/services/oauth2/revoke"),
                             url("https://login.salesforce.com/services/oauth2/userinfo"), {}}};
    // HubSpot: the date-versioned OAuth API (developers.hubspot.com, "v1 OAuth API deprecation":
    // the v1 endpoints go away on 2027-02-16). Revocation takes an RFC 7009-shaped form
    // (token, token_type_hint, client_id, client_secret); there is no userinfo, so token
    // introspection (its "user" field is the e-mail address) stands in for it.
    list << IntegrationSpec{QStringLiteral("hubspot"), QCoreApplication::translate("Integration", "HubSpot"),
                            QCoreApplication::translate("Integration", "Connect HubSpot CRM for lead management"),
                            QStringLiteral("hubspot"), QStringLiteral("crm"),
                            scopes({"oauth", "crm.objects.contacts.read",
                                    "crm.objects.companies.read", "crm.objects.deals.read"}),
                            {url("https://app.hubspot.com/oauth/authorize"),
                             url("https://api.hubapi.com/oauth/2026-03/token"),
                             url("https://api.hubapi.com/oauth/2026-03/token/revoke"),
                             url("https://api.hubapi.com/oauth/2026-03/token/introspect"), {},
                             OAuthEndpoints::Profile::Introspection}};
    return list;
}

}  // namespace

const QList<IntegrationSpec> &builtInIntegrations()
{
    static const QList<IntegrationSpec> list = makeBuiltIns();
    return list;
}

const IntegrationSpec *findBuiltIn(QStringView id)
{
    for (const IntegrationSpec &spec : builtInIntegrations()) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

bool isValidIntegrationId(QStringView id)
{
    if (id.size() < 2 || id.size() > 48)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

}  // namespace aria
