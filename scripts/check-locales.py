#!/usr/bin/env python3
"""Quick look at a translation (no build): every message and attribute of de.ftl is there, no more,
and each uses the same $variables. The Rust test i18n::tests is the real check (it parses Fluent).
Usage: scripts/check-locales.py locales/uk.ftl [...]"""
import re, sys

def entries(path):
    out, key = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^(-?[a-zA-Z][\w-]*)\s*=", line)
        if m:
            key = m.group(1)
            out[key] = ""
        elif key:
            out[key] += line
        if key:
            out[key] += line if not m else line[m.end():]
    return {k: set(re.findall(r"\$([a-zA-Z_][\w-]*)", v)) for k, v in out.items()}

de = entries("locales/de.ftl")
bad = 0
for path in sys.argv[1:]:
    other = entries(path)
    for k in sorted(set(de) - set(other)):
        print(f"{path}: missing {k}"); bad += 1
    for k in sorted(set(other) - set(de)):
        print(f"{path}: not in de.ftl: {k}"); bad += 1
    for k in sorted(set(de) & set(other)):
        if de[k] != other[k]:
            print(f"{path}: {k}: variables {sorted(other[k])}, German has {sorted(de[k])}"); bad += 1
print("ok" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
