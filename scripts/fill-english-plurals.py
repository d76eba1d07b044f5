#!/usr/bin/env python3
"""Fills the English catalogue's plural forms from the "(s)" convention of the sources:
"%n minute(s) ago" -> "%n minute ago" / "%n minutes ago". Other English entries need no
translation (the source text is English) and are marked vanished-free and finished."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/aria_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    source = message.findtext("source") or ""
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"\((s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        translation.text = "\n" + " " * 12  # lupdate's layout, so that its next run changes nothing
        for form in (singular, plural):
            element = ET.SubElement(translation, "numerusform")
            element.text = form
            element.tail = "\n" + " " * 12
        element.tail = "\n" + " " * 8
        translation.attrib.pop("type", None)
    elif translation.get("type") == "unfinished":
        # Empty, or lupdate's guess from the same text in another context: English is the source.
        translation.text = source
        translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    # lupdate escapes quotes in text; do the same so that the next lupdate run changes nothing.
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<", text)
    if not text.endswith("\n"):
        text += "\n"
    f.seek(0)
    f.write(text)
    f.truncate()
