"""Fills the Swedish catalogue from translation files (kept out of the product): each line is
`<index>\t<JSON string>`, the index into the catalogue's unique source texts in file order, or
`<JSON source>\t<JSON translation>`. Every message with that source gets the translation, marked
finished; an unfinished message whose source is translated in another context gets that one.

    python tools/fill_translations.py workstation/ui/translations/workstation_sv.ts batch.txt ...
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    ts = Path(argv[0])
    tree = ET.parse(ts)
    sources: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in sources:
            sources.append(source)
    wanted: dict[str, str] = {}
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        if node is not None and node.get("type") != "unfinished" and node.text:
            wanted.setdefault(message.findtext("source") or "", node.text)
    for batch in argv[1:]:
        for line in Path(batch).read_text(encoding="utf-8").splitlines():
            if line.strip():
                key, text = line.split("\t", 1)
                source = json.loads(key) if key.startswith('"') else sources[int(key)]
                wanted[source] = json.loads(text)
    for message in tree.getroot().iter("message"):
        translation = wanted.get(message.findtext("source") or "")
        node = message.find("translation")
        if translation is not None and node is not None:
            node.text = translation
            node.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    missing = [source for source in sources if source not in wanted]
    print(f"{len(sources) - len(missing)} of {len(sources)} source texts translated; missing: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
