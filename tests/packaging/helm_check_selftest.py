#!/usr/bin/env python3
"""Shows that helm_check.py catches a broken chart: copies the chart to a temporary folder,
breaks it in one way at a time, and requires helm_check to fail on each (and to pass on the
unbroken copy, so a failure is the breakage's doing).

  helm_check_selftest.py --repo ROOT"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (what, file in the chart, text to replace, replacement, extra values file content)
BREAKAGES = [
    ("readiness probe on the liveness path", "templates/deployment.yaml",
     "path: /ges/v1/health/ready", "path: /ges/v1/health", None),
    ("probes on the external port", "templates/deployment.yaml",
     "              port: internal\n            initialDelaySeconds",
     "              port: external\n            initialDelaySeconds", None),
    ("ingress routes to the internal port", "templates/ingress.yaml",
     "                  name: external", "                  name: internal", None),
    ("ingress allows a path that is not external API", "values.yaml",
     "      - {path: /engagement/v3/callbacks/create, pathType: Exact}",
     "      - {path: /engagement/v3/callbacks/create, pathType: Exact}\n"
     "      - {path: /engagement/v3/callbacks, pathType: Prefix}", None),
    ("ingress misses an external API path", "values.yaml",
     "      - {path: /engagement/v3/callbacks/cancel, pathType: Exact}\n", "", None),
    ("ingress exposes the admin API", None, None, None,
     "ges:\n  ingress:\n    externalPaths:\n      - {path: /ges/v1/admin, pathType: Prefix}\n"),
    ("unknown variable in the ConfigMap", "templates/configmap.yaml",
     "  LOG_FORMAT:", "  LOG_FORMATS:", None),
    ("template reads a value values.yaml lacks", "templates/hpa.yaml",
     "$hpa.maxReplicas", "$hpa.maximumReplicas", None),
    ("invalid YAML", "templates/service.yaml", "  type: {{", "   type: {{", None),
    ("manifest without a kind", "templates/pdb.yaml", "kind: PodDisruptionBudget\n", "", None),
    ("security context not 500", "values.yaml", "    runAsUser: 500", "    runAsUser: 0", None),
    ("no zone spread", "templates/deployment.yaml",
     "topologyKey: topology.kubernetes.io/zone", "topologyKey: example.com/rack", None),
    ("one replica", None, None, None,
     "ges:\n  deployment:\n    replicaCount: 1\n    hpa: {enabled: false}\n"),
    ("grace period shorter than the drain", None, None, None,
     "ges:\n  deployment:\n    terminationGracePeriodSeconds: 20\n"),
    ("OpenShift switch ignored", "templates/_helpers.tpl",
     "{{- if .root.Values.ges.openshift.arbitraryUid -}}", "{{- if false -}}",
     "ges:\n  openshift: {arbitraryUid: true}\n"),
    ("a preStop hook", "templates/deployment.yaml", "          envFrom:",
     "          lifecycle:\n            preStop:\n              exec: {command: [sleep, '5']}\n"
     "          envFrom:", None),
]


def run(repo, chart, extra_values):
    cmd = [sys.executable, os.path.join(HERE, "helm_check.py"), "--repo", repo, "--chart",
           chart, "-f", os.path.join(HERE, "helm", "values-ci.yaml")]
    if extra_values:
        cmd += ["-f", extra_values]
    return subprocess.run(cmd, capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    repo = parser.parse_args().repo
    source = os.path.join(repo, "packaging/helm/ges")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        chart = os.path.join(tmp, "ges")
        result = run(repo, source, None)
        if result.returncode != 0:
            print("selftest: the unbroken chart fails:\n" + result.stdout + result.stderr)
            return 1
        for what, path, old, new, values in BREAKAGES:
            shutil.rmtree(chart, ignore_errors=True)
            shutil.copytree(source, chart, symlinks=False, ignore_dangling_symlinks=True)
            if path:
                target = os.path.join(chart, path)
                with open(target, encoding="utf-8") as f:
                    text = f.read()
                if old not in text:
                    print(f"selftest: {what}: {old!r} not found in {path} (update the selftest)")
                    failures += 1
                    continue
                with open(target, "w", encoding="utf-8") as f:
                    f.write(text.replace(old, new, 1))
            extra = None
            if values:
                extra = os.path.join(tmp, "extra.yaml")
                with open(extra, "w", encoding="utf-8") as f:
                    f.write(values)
            result = run(repo, chart, extra)
            lines = [l for l in result.stdout.splitlines() if "OK" not in l and "rendered" not in l]
            if "Traceback" in result.stderr:
                print(f"selftest: helm_check crashed on: {what}\n{result.stderr}")
                failures += 1
            elif result.returncode == 0:
                print(f"selftest: NOT caught: {what}")
                failures += 1
            else:
                print(f"selftest: caught: {what}: {lines[0] if lines else result.stderr.strip()}")
    print(f"selftest: {'FAILED' if failures else 'OK'} ({len(BREAKAGES)} breakages)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
