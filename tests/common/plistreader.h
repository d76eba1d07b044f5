#pragma once

#include <QStringList>
#include <QVariantMap>
#include <QXmlStreamReader>

// The plist's top-level <dict> as key -> value: <string> as QString, <true/>/<false/> as bool,
// <array> of strings as QStringList. Fails (empty map, *problem set) on anything else.
inline QVariantMap readPlist(const QByteArray &data, QString *problem)
{
    QVariantMap map;
    QXmlStreamReader xml(data);
    QString key;
    QStringList array;
    bool inArray = false;
    bool sawDoctype = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            sawDoctype = xml.dtdName() == u"plist";
        if (!xml.isStartElement() && !xml.isEndElement())
            continue;
        const QStringView name = xml.name();
        if (xml.isEndElement()) {
            if (name == u"array") {
                map.insert(key, array);
                inArray = false;
            }
            continue;
        }
        if (name == u"plist" || name == u"dict")
            continue;
        if (name == u"key") {
            key = xml.readElementText();
        } else if (name == u"string") {
            const QString text = xml.readElementText();
            if (inArray)
                array << text;
            else
                map.insert(key, text);
        } else if (name == u"true" || name == u"false") {
            map.insert(key, name == u"true");
        } else if (name == u"array") {
            inArray = true;
            array.clear();
        } else {
            *problem = QStringLiteral("unexpected element <%1>").arg(name);
            return {};
        }
    }
    if (xml.hasError()) {
        *problem = xml.errorString();
        return {};
    }
    if (!sawDoctype) {
        *problem = QStringLiteral("no plist DOCTYPE");
        return {};
    }
    return map;
}
