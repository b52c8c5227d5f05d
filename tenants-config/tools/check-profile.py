#!/usr/bin/env python3
"""Quick check of a profile YAML while writing it: JSON Schema, activity-type codes, ISO periods, rule-id
coverage against the project's rule catalogue (tenants/rule-catalogue.yml). The build's SeedProfilesTest is the
authority."""
import json, re, sys, pathlib, yaml, jsonschema

root = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/tenants"
schema = json.load(open(root / "policy-profile.schema.json"))
prefix = {"baseline": "BL", "qinghai": "QH", "hunan": "HN", "bj-dongcheng": "DC", "sh-jiading": "JD"}
catalogue = yaml.safe_load(open(root / "rule-catalogue.yml"))["rules"]

def load(path):
    doc = yaml.safe_load(open(path))
    doc["effectiveFrom"] = str(doc["effectiveFrom"])
    return doc

def codes(doc):
    return {a["code"] for a in doc.get("activityTypes", [])}

period = re.compile(r"^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")

def check(path):
    doc = load(path)
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft202012Validator(schema).iter_errors(doc)]
    known = codes(load(root / "profiles/baseline.yml")) | codes(doc) | {"SESSION"}
    def walk(node, where):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("counts", "from") and isinstance(v, list):
                    problems.extend(f"{where}/{k}: unknown activity type {c}" for c in v if c not in known)
                if k == "groups":
                    problems.extend(f"{where}/groups: unknown activity type {c}" for g in v for c in g if c not in known)
                if k in ("period", "complexPeriod", "progressReportAfter") and not period.match(str(v)):
                    problems.append(f"{where}/{k}: not an ISO-8601 period: {v}")
                if k == "reminders":
                    problems.extend(f"{where}/reminders: not a period: {r}" for r in v if not period.match(str(r)))
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")
    walk(doc, "")
    tenant = prefix.get(doc["profile"])
    if tenant:
        wanted = {r["id"] for r in catalogue if r["id"].startswith(tenant + "-")}
        present = {r["rule"] for r in doc.get("rules", [])}
        problems.extend(f"missing rule id {r}" for r in sorted(wanted - present))
    return problems

for p in sys.argv[1:]:
    found = check(p)
    print(f"{p}: {'OK' if not found else str(len(found)) + ' problems'}")
    for line in found:
        print("  " + line)
