#!/usr/bin/env python3
"""Merges the manifests of the app's Android libraries (aars) into the app's manifest: a small stand-in for the
Android Gradle plugin's manifest merger, doing only what our libraries need.

    merge_manifests.py APP_MANIFEST OUT_MANIFEST APPLICATION_ID LIBRARY_MANIFEST...

What it does:
- ${applicationId} in a library manifest becomes APPLICATION_ID; any other ${...} placeholder is an error.
- <permission>, <uses-permission>, <uses-permission-sdk-23> and <uses-feature> of a library are copied unless the
  manifest already has one with that android:name.
- <application> children (activity, activity-alias, service, receiver, provider, meta-data, uses-library) are
  copied; one with an android:name already present (the app's own, or another library's) is merged into it: the
  attributes it lacks are added (a different value keeps the first and prints a warning) and its children
  (meta-data, intent-filter, ...) are added unless an equal one is there. Firebase needs this: several libraries
  each add their registrars as <meta-data> of the one ComponentDiscoveryService.
- tools:* attributes are dropped (merger instructions this merger does not follow: nothing of ours uses them).
What it does not do (printed when met): attributes of a library's <application> (e.g. androidx.core's
appComponentFactory), <uses-sdk> (aapt sets the app's; a library needing a higher minimum is reported), and
library elements other than the ones above.
"""
import copy
import re
import sys
import xml.etree.ElementTree as ET

ANDROID = "http://schemas.android.com/apk/res/android"
TOOLS = "http://schemas.android.com/tools"
NAME = "{%s}name" % ANDROID
TOP_LEVEL = ("permission", "uses-permission", "uses-permission-sdk-23", "uses-feature")
COMPONENTS = ("activity", "activity-alias", "service", "receiver", "provider", "meta-data", "uses-library")

ET.register_namespace("android", ANDROID)
ET.register_namespace("tools", TOOLS)


def parse(path, application_id=None):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if application_id:
        text = text.replace("${applicationId}", application_id)
    left = re.findall(r"\$\{[^}]*\}", text)
    if left:
        sys.exit("merge_manifests: %s: placeholders this merger cannot fill: %s" % (path, ", ".join(sorted(set(left)))))
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.fromstring(text, parser=parser)


def without_tools(element):
    """A copy of a library's element without tools:* attributes (and its whitespace, ET.indent lays it out)."""
    element = copy.deepcopy(element)
    for e in element.iter():
        for attr in [a for a in e.attrib if a.startswith("{%s}" % TOOLS)]:
            del e.attrib[attr]
        if e.text is not None and not e.text.strip():
            e.text = None
    return element


def canonical(element):
    """An element's identity for "is an equal one there": tag, attributes and children, whitespace ignored."""
    children = "".join(canonical(c) for c in element if isinstance(c.tag, str))
    return "<%s %s>%s</>" % (element.tag, sorted(element.attrib.items()), children)


def merge_into(target, extra, source):
    for attr, value in extra.attrib.items():
        if attr not in target.attrib:
            target.set(attr, value)
        elif target.get(attr) != value:
            print("merge_manifests: %s: %s %s keeps %s=%r, not %r" % (
                source, target.tag, target.get(NAME), attr.split("}")[-1], target.get(attr), value))
    present = {canonical(c) for c in target if isinstance(c.tag, str)}
    for child in extra:
        if isinstance(child.tag, str) and canonical(child) not in present:
            target.append(child)
            present.add(canonical(child))


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    app_path, out_path, application_id, libraries = argv[0], argv[1], argv[2], argv[3:]
    manifest = parse(app_path)
    application = manifest.find("application")
    app_min_sdk = 26
    added = merged = 0
    for path in libraries:
        library = parse(path, application_id)
        package = library.get("package", path)
        for element in library:
            if not isinstance(element.tag, str):
                continue
            tag = element.tag
            if tag == "uses-sdk":
                min_sdk = int(element.get("{%s}minSdkVersion" % ANDROID, "1"))
                if min_sdk > app_min_sdk:
                    print("merge_manifests: %s needs minSdkVersion %d, the app has %d" % (package, min_sdk, app_min_sdk))
            elif tag in TOP_LEVEL:
                names = {e.get(NAME) for e in manifest.findall(tag)}
                if element.get(NAME) not in names:
                    # after the app's last element of that kind (or first), so the manifest stays grouped
                    same = [i for i, e in enumerate(manifest) if e.tag == tag]
                    at = same[-1] + 1 if same else 0
                    manifest.insert(at, without_tools(element))
                    added += 1
            elif tag == "application":
                ignored = [a.split("}")[-1] for a in element.attrib if not a.startswith("{%s}" % TOOLS)]
                if ignored:
                    print("merge_manifests: %s: <application> attributes not merged: %s" % (package, ", ".join(ignored)))
                for component in element:
                    if not isinstance(component.tag, str):
                        continue
                    if component.tag not in COMPONENTS:
                        print("merge_manifests: %s: <%s> not merged" % (package, component.tag))
                        continue
                    component = without_tools(component)
                    existing = [c for c in application
                                if c.tag == component.tag and c.get(NAME) == component.get(NAME)]
                    if existing:
                        merge_into(existing[0], component, package)
                        merged += 1
                    else:
                        application.append(component)
                        added += 1
            else:
                print("merge_manifests: %s: <%s> not merged" % (package, tag))
    ET.indent(manifest, space="    ")
    ET.ElementTree(manifest).write(out_path, encoding="utf-8", xml_declaration=True)
    print("merge_manifests: %d libraries: %d elements added, %d merged into existing ones -> %s" % (
        len(libraries), added, merged, out_path))


if __name__ == "__main__":
    main(sys.argv[1:])
