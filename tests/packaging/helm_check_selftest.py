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

OPERATOR = ["-a", "monitoring.coreos.com/v1"]

SERVER_TLS = "ges:\n  server:\n    tls: {secretName: ges-server-tls}\n"
CAS = ("ges:\n  integrations:\n    redis: {secure: true, caSecret: ges-redis-ca}\n"
       "    db: {secure: true, caSecret: ges-db-ca}\n")
SENTINELS = ("ges:\n  integrations:\n    redis:\n      sentinels: [sentinel-0:26379]\n"
             "      sentinelMaster: ges\n")

# (what, file in the chart, text to replace, replacement, extra values file content
#  [, extra helm_check arguments])
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
    ("grace period without the teardown margin, refused by the chart", None, None, None,
     "ges:\n  deployment:\n    terminationGracePeriodSeconds: 28\n"),
    ("grace period without the teardown margin, chart check weakened",
     "templates/deployment.yaml", "$dep.shutdown.graceSeconds 5)", "$dep.shutdown.graceSeconds)",
     "ges:\n  deployment:\n    terminationGracePeriodSeconds: 28\n"),
    ("OpenShift switch ignored", "templates/_helpers.tpl",
     "{{- if .root.Values.ges.openshift.arbitraryUid -}}", "{{- if false -}}",
     "ges:\n  openshift: {arbitraryUid: true}\n"),
    ("a preStop hook", "templates/deployment.yaml", "          envFrom:",
     "          lifecycle:\n            preStop:\n              exec: {command: [sleep, '5']}\n"
     "          envFrom:", None),
    ("ServiceMonitor not gated on the Prometheus Operator's CRDs",
     "templates/servicemonitor.yaml",
     '(.Capabilities.APIVersions.Has "monitoring.coreos.com/v1")', "true", None),
    ("PrometheusRule not gated on the Prometheus Operator's CRDs",
     "templates/prometheusrule.yaml",
     '.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"', "true", None),
    ("ServiceMonitor left out although the CRDs are there", "templates/servicemonitor.yaml",
     '"monitoring.coreos.com/v1"', '"monitoring.coreos.com/v1beta1"', None, OPERATOR),
    ("PrometheusRule left out although the CRDs are there", "templates/prometheusrule.yaml",
     '"monitoring.coreos.com/v1"', '"monitoring.coreos.com/v1beta1"', None, OPERATOR),
    ("server certificate Secret not mounted", "templates/deployment.yaml",
     '{{ $tls = append $tls (dict "name" "server" "secret" .) }}', "", SERVER_TLS),
    ("HTTPS on the external port, Service says nothing", "templates/service.yaml",
     "appProtocol: https", "appProtocol: http", SERVER_TLS),
    ("DB CA folder mounts another Secret", "templates/deployment.yaml",
     '(dict "name" "db-ca" "secret" .)', '(dict "name" "db-ca" "secret" "ges-secrets")', CAS),
    ("REDIS_CA_FILE points into the DB CA folder", "templates/configmap.yaml",
     '"%s/redis-ca/%s"', '"%s/db-ca/%s"', CAS),
    ("TLS Secrets world-readable", "templates/deployment.yaml",
     "secretName: {{ .secret }}\n            defaultMode: 0440",
     "secretName: {{ .secret }}\n            defaultMode: 0444", CAS),
    ("sentinels ignored (REDIS_HOST used)", "templates/configmap.yaml",
     "{{- if $int.redis.sentinels }}", "{{- if false }}", SENTINELS),
    ("PostgreSQL answer deadline not passed through", "templates/configmap.yaml",
     "$int.db.answerTimeoutSeconds | quote", '"10" | quote',
     "ges:\n  integrations:\n    db: {answerTimeoutSeconds: 5}\n"),
]


def run(repo, chart, extra_values, extra_args=()):
    cmd = [sys.executable, os.path.join(HERE, "helm_check.py"), "--repo", repo, "--chart",
           chart, "-f", os.path.join(HERE, "helm", "values-ci.yaml"), *extra_args]
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
        for args in ((), OPERATOR):
            result = run(repo, source, None, args)
            if result.returncode != 0:
                print(f"selftest: the unbroken chart fails ({' '.join(args) or 'no CRDs'}):\n"
                      + result.stdout + result.stderr)
                return 1
        for what, path, old, new, values, *args in BREAKAGES:
            shutil.rmtree(chart, ignore_errors=True)
            # Links followed, so dashboards/ and rules/ are in the copy. Not with
            # ignore_dangling_symlinks: Python 3.11 tests a relative link against the
            # working folder, not the link's, and would silently drop both.
            shutil.copytree(source, chart, symlinks=False)
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
            result = run(repo, chart, extra, args[0] if args else ())
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
