#!/usr/bin/env python3
"""Writes docs/MONGOLIAN.md: every Mongolian text of the interface beside its Chinese, for the language office."""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load(path):
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        entries[key.strip()] = value.strip()
    return entries


rows = []
for mongolian in sorted(ROOT.glob("*/src/main/resources/**/*_mn.properties")):
    chinese = load(mongolian.with_name(mongolian.name.replace("_mn.properties", ".properties")))
    for key, value in load(mongolian).items():
        rows.append((str(mongolian.relative_to(ROOT)), key, chinese.get(key, ""), value))

# texts said in both languages at once live in the Chinese bundle
for chinese_bundle in sorted(ROOT.glob("*/src/main/resources/**/*.properties")):
    if "_" in chinese_bundle.name or "/resources/db/" in str(chinese_bundle):
        continue
    for key, value in load(chinese_bundle).items():
        if re.search("[\u1800-\u18AF]", value):
            rows.append((str(chinese_bundle.relative_to(ROOT)), key, value, "(both languages in one text)"))

out = [
    "# Mongolian texts of the interface, for review",
    "",
    "Every text of the `*_mn.properties` bundles (traditional Mongolian script, Unicode) beside the Chinese it",
    "translates. They were written by the developers and await review by the banner's language office (蒙古语言文字",
    "工作部门); corrections go into the bundle named in the first column, then `python3 scripts/i18n/mongolian-terms.py`",
    "writes this page again. A key missing from a Mongolian bundle shows its Chinese text.",
    "",
    "| bundle | key | 中文 | ᠮᠣᠩᠭᠣᠯ |",
    "| --- | --- | --- | --- |",
]
for bundle, key, zh, mn in rows:
    cell = lambda text: re.sub(r"\|", "\\|", text)
    out.append(f"| `{bundle.split('/resources/')[-1]}` | `{key}` | {cell(zh)} | {cell(mn)} |")
(ROOT / "docs" / "MONGOLIAN.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(rows), "texts")
