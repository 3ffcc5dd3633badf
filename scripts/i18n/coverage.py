#!/usr/bin/env python3
"""Message-bundle coverage (issue 15): texts in the Chinese bundles against Chinese string literals
still in Java main code, and how many bundle texts have a Mongolian version. Demo content
(portal/.../demo) is content, not interface, and is counted apart. Run from the repository root."""
import pathlib
import re

# Chinese that is language data, not interface text: words the search treats as stop words or question
# forms, and the column names an imported sheet may use. Counted apart, like the demo's content.
DATA = {
    'search/src/main/java/org/kepu/search/Suggestions.java': 'stop words of suggestions',
    'search/src/main/java/org/kepu/search/QueryPlanner.java': 'question words and stop words of queries',
}
CJK = re.compile(r'[\u4e00-\u9fff]')
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')

def bundle(path):
    keys = {}
    for line in path.read_text(encoding='utf-8').splitlines():
        line = line.strip()
        if line and not line.startswith(('#', '!')) and '=' in line:
            key, value = line.split('=', 1)
            keys[key.strip()] = value.strip()
    return keys

root, mongolian = {}, {}
for path in sorted(pathlib.Path('.').glob('*/src/main/resources/**/*.properties')):
    if path.name.startswith('application'):
        continue
    keys = bundle(path)
    target = mongolian if path.stem.endswith('_mn') else root
    target.update({f'{path.stem.removesuffix("_mn")}:{k}': v for k, v in keys.items()})
texts = {k for k, v in root.items() if CJK.search(v)}
translated = {k for k in texts if k in mongolian}

literals, demo, data = [], [], []
for path in sorted(pathlib.Path('.').glob('*/src/main/java/**/*.java')):
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith(('//', '*', '/*')):
            continue
        for literal in LITERAL.findall(line):
            if CJK.search(literal):
                target = demo if '/demo/' in str(path) else data if str(path) in DATA else literals
                target.append(f'{path}:{number}')

print(f'Chinese texts in bundles: {len(texts)}')
print(f'Chinese string literals in Java: {len(literals)} (apart: demo content {len(demo)}, language data {len(data)})')
print(f'coverage: {len(texts)} / {len(texts) + len(literals)} = {len(texts) / (len(texts) + len(literals)):.1%}')
print(f'bundle texts with a Mongolian version: {len(translated)} / {len(texts)}')
files = {}
for where in literals:
    files[where.rsplit(':', 1)[0]] = files.get(where.rsplit(':', 1)[0], 0) + 1
for name, count in sorted(files.items(), key=lambda item: -item[1])[:15]:
    print(f'  {count:4d}  {name}')
