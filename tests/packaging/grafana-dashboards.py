#!/usr/bin/env python3
"""Checks the Grafana dashboards of packaging/grafana (docs/metrics.md).

Each file must be a dashboard (title, uid, panels with unique ids and a gridPos), have a
Prometheus datasource variable named "datasource" that every panel and query uses, and
every query must be valid PromQL: the queries, with Grafana's variables replaced by
values, are written into a rule file and checked by `promtool check rules`.
That each metric they name exists is checked against a real scrape by tests/e2e/tst_metrics.

Usage: grafana-dashboards.py <packaging/grafana folder>
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

GRAFANA_VARIABLES = {
    "$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h",
    "$tenant": ".*", "$instance": ".*",
}


def panels_of(panels):
    for panel in panels:
        yield panel
        yield from panels_of(panel.get("panels", []))


def check(path, problems):
    def fail(message):
        problems.append(f"{os.path.basename(path)}: {message}")

    try:
        with open(path, encoding="utf-8") as f:
            dashboard = json.load(f)
    except (OSError, ValueError) as error:
        fail(f"not valid JSON: {error}")
        return []
    for key in ("title", "uid", "panels", "templating", "schemaVersion"):
        if key not in dashboard:
            fail(f"no {key}")
    variables = dashboard.get("templating", {}).get("list", [])
    if not any(v.get("name") == "datasource" and v.get("type") == "datasource"
               and v.get("query") == "prometheus" for v in variables):
        fail("no Prometheus datasource variable named 'datasource'")
    for var in variables:
        if var.get("type") == "query" and var.get("datasource", {}).get("uid") != "${datasource}":
            fail(f"variable {var.get('name')} does not query ${{datasource}}")
    exprs, ids = [], set()
    for panel in panels_of(dashboard.get("panels", [])):
        title = panel.get("title", "?")
        if panel.get("id") in ids:
            fail(f"panel id {panel.get('id')} used twice")
        ids.add(panel.get("id"))
        if not {"x", "y", "w", "h"} <= set(panel.get("gridPos", {})):
            fail(f"panel '{title}' has no complete gridPos")
        if panel.get("type") == "row":
            continue
        if panel.get("datasource", {}).get("uid") != "${datasource}":
            fail(f"panel '{title}' does not use ${{datasource}}")
        if not panel.get("targets"):
            fail(f"panel '{title}' has no query")
        for target in panel.get("targets", []):
            if target.get("datasource", {}).get("uid", "${datasource}") != "${datasource}":
                fail(f"a query of panel '{title}' does not use ${{datasource}}")
            if not target.get("expr"):
                fail(f"a query of panel '{title}' is empty")
            else:
                exprs.append((title, target["expr"]))
    return exprs


def promql_problems(exprs):
    """promtool's verdict on every query, as recording rules of one rule file."""
    promtool = shutil.which("promtool")
    if not promtool:
        return ["promtool not found; install the Debian package 'prometheus' (scripts/deps.sh)"]
    rules = []
    for i, (title, expr) in enumerate(exprs):
        for name, value in GRAFANA_VARIABLES.items():
            expr = expr.replace(name, value)
        if "$" in expr:
            return [f"'{title}': unknown Grafana variable in {expr}"]
        rules.append({"record": f"dashboard:query_{i}", "expr": expr})
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        json.dump({"groups": [{"name": "dashboards", "rules": rules}]}, f)  # JSON is YAML
    try:
        run = subprocess.run([promtool, "check", "rules", f.name], capture_output=True,
                             text=True, check=False)
    finally:
        os.unlink(f.name)
    return [] if run.returncode == 0 else [run.stdout + run.stderr]


def main():
    folder = sys.argv[1]
    files = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    problems, exprs = [], []
    if files != ["ges-business.json", "ges-performance.json"]:
        problems.append(f"expected ges-business.json and ges-performance.json, found {files}")
    for name in files:
        exprs += check(os.path.join(folder, name), problems)
    problems += promql_problems(exprs)
    for problem in problems:
        print("FAIL:", problem, file=sys.stderr)
    print(f"{len(files)} dashboards, {len(exprs)} queries checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
