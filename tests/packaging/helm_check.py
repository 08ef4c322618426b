#!/usr/bin/env python3
"""Checks the GES Helm chart without helm (not packaged in Debian; no network here):
renders it with helm_render/gotemplate for the given values files and checks the result
against the code: the values it references exist, every manifest is valid YAML with
apiVersion/kind/metadata, probes, security context, replicas and zone spread, the ingress
allow-list against shared/ApiPaths.h, and the ConfigMap's names against what gesd reads.

  helm_check.py --repo ROOT [--chart DIR] [-f values.yaml ...] [-a API_VERSION ...]
                [--expect-error TEXT]

-a/--api-versions plays a cluster serving that group/version too, as helm's flag does:
`-a monitoring.coreos.com/v1` is a cluster with the Prometheus Operator's CRDs.

Exit 0 when every check passes; otherwise one line per problem and exit 1."""
import argparse
import glob
import json
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("helm_check: python3-yaml is missing (apt-get install python3-yaml; scripts/deps.sh)")

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gotemplate  # noqa: E402
import helm_render  # noqa: E402

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def values_references(chart):
    """Every .Values.a.b path in the templates, with $x := .Values... variables expanded."""
    refs = set()
    for name, source in chart.sources.items():
        variables = dict(re.findall(r"(\$\w+)\s*:=\s*\.Values((?:\.\w+)+)", source))
        for path in re.findall(r"\.Values((?:\.\w+)+)", source):
            refs.add((name, path[1:]))
        for var, suffix in re.findall(r"(\$\w+)((?:\.\w+)+)", source):
            if var in variables:
                refs.add((name, (variables[var] + suffix)[1:]))
    return refs


def path_exists(values, path):
    node = values
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def known_env_names(repo):
    """Names gesd reads: the quoted UPPER_CASE literals of the configuration code."""
    names = {"CONFIG_FOLDERS"}
    sources = glob.glob(os.path.join(repo, "daemon/config/*.cpp")) + \
        [os.path.join(repo, "daemon/main.cpp")]
    for path in sources:
        with open(path, encoding="utf-8") as f:
            names.update(re.findall(r'"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"', f.read()))
    return names


def external_paths(repo):
    """The external API paths of shared/ApiPaths.h: (fixed paths, templated prefixes)."""
    with open(os.path.join(repo, "shared/ApiPaths.h"), encoding="utf-8") as f:
        text = re.sub(r'"\s*\n\s*"', "", f.read())
    fixed, prefixes = set(), set()
    for path in re.findall(r'=\s*"(/engagement/v3/[^"]*)"', text):
        if "{" in path:
            prefixes.add(path[:path.index("/{")])
        else:
            fixed.add(path)
    return fixed, prefixes


def check_deployment(dep, values, configmap, hpa):
    spec = dep["spec"]
    pod = spec["template"]["spec"]
    ges = values["ges"]
    # The switch, or the seed's way: the IDs nulled in an override file.
    openshift = ges["openshift"]["arbitraryUid"] or "runAsUser" not in ges["securityContext"]
    replicas = spec.get("replicas")
    if replicas is None:
        check(hpa is not None, "Deployment: no replicas and no HorizontalPodAutoscaler")
        if hpa:
            check(hpa["spec"]["minReplicas"] >= 2, "HPA: minReplicas below 2")
            check(hpa["spec"]["scaleTargetRef"]["name"] == dep["metadata"]["name"],
                  "HPA: does not target the Deployment")
    else:
        check(replicas >= 2, f"Deployment: replicas {replicas} < 2")
    labels = spec["template"]["metadata"]["labels"]
    selector = spec["selector"]["matchLabels"]
    check(all(labels.get(k) == v for k, v in selector.items()),
          "Deployment: selector does not match the pod labels")
    spread = {c["topologyKey"]: c for c in pod.get("topologySpreadConstraints", [])}
    if ges["deployment"]["topologySpread"]["enabled"]:
        for key in ("topology.kubernetes.io/zone", "kubernetes.io/hostname"):
            if check(key in spread, f"Deployment: no topologySpreadConstraint on {key}"):
                sel = spread[key]["labelSelector"]["matchLabels"]
                check(sel == selector, f"Deployment: spread on {key} selects other pods")
    security = pod.get("securityContext", {})
    [container] = pod["containers"]
    csec = container.get("securityContext", {})
    if openshift:
        for key in ("runAsUser", "runAsGroup", "fsGroup"):
            for ctx in (security, csec):
                check(ctx.get(key) in (None, 0) if key == "runAsGroup" else key not in ctx,
                      f"OpenShift: {key} must be left to the SCC, found in a securityContext")
        check(security.get("runAsNonRoot") is True, "OpenShift: runAsNonRoot must stay true")
    else:
        for key in ("runAsUser", "runAsGroup", "fsGroup"):
            check(security.get(key) == 500, f"Deployment: securityContext.{key} is not 500")
    check(csec.get("allowPrivilegeEscalation") is False,
          "Deployment: allowPrivilegeEscalation is not false")
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    check(ports.get("internal") == int(configmap["SERVER_INTERNAL_PORT"]),
          "Deployment: port 'internal' is not SERVER_INTERNAL_PORT")
    check(ports.get("external") == int(configmap["SERVER_EXTERNAL_PORT"]),
          "Deployment: port 'external' is not SERVER_EXTERNAL_PORT")
    for probe, path in (("livenessProbe", "/ges/v1/health"),
                        ("readinessProbe", "/ges/v1/health/ready")):
        get = container.get(probe, {}).get("httpGet", {})
        check(get.get("path") == path, f"Deployment: {probe} path is {get.get('path')}")
        check(get.get("port") == "internal" or get.get("port") == ports.get("internal"),
              f"Deployment: {probe} is not on the internal port")
    check("preStop" not in container.get("lifecycle", {}),
          "Deployment: a preStop hook (gesd delays on SIGTERM by itself)")
    # gesd exits at most delay + grace + 4 s after SIGTERM (the teardown watchdog,
    # GracefulShutdown::kTeardownMs); the same 5 s margin as systemd-unit.sh's TimeoutStopSec.
    grace = pod.get("terminationGracePeriodSeconds", 30)
    needed = int(configmap.get("SHUTDOWN_DELAY_SECONDS", 5)) + \
        int(configmap.get("SHUTDOWN_GRACE_SECONDS", 20)) + TEARDOWN_MARGIN_SECONDS
    check(grace >= needed, f"Deployment: terminationGracePeriodSeconds {grace} < {needed} "
          f"(delay + grace + {TEARDOWN_MARGIN_SECONDS} s of teardown)")
    check(container.get("envFrom", [{}])[0].get("configMapRef", {}).get("name")
          == configmap_name[0], "Deployment: envFrom does not name the chart's ConfigMap")
    mounts = {m["mountPath"] for m in container.get("volumeMounts", [])}
    for folder in filter(None, configmap.get("CONFIG_FOLDERS", "").split(",")):
        check(folder in mounts, f"CONFIG_FOLDERS: {folder} is not mounted")


def check_tls_and_redis(dep, values, configmap, service):
    """The settings of issue 9 land where gesd reads them: every TLS file variable points
    into a read-only mount of the Secret its value names (group-readable for fsGroup), none
    is set without its Secret, Sentinel replaces REDIS_HOST, the flags and the PostgreSQL
    answer deadline are passed through."""
    ges = values["ges"]
    server, redis, db = ges["server"], ges["integrations"]["redis"], ges["integrations"]["db"]
    pod = dep["spec"]["template"]["spec"]
    [container] = pod["containers"]
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    mounts = {m["mountPath"]: m for m in container.get("volumeMounts", [])}
    extra = ges["configMap"]["env"].get("extra") or {}
    files = (("SERVER_TLS_CERT_FILE", server["tls"]["secretName"], server["tls"]["certKey"]),
             ("SERVER_TLS_KEY_FILE", server["tls"]["secretName"], server["tls"]["keyKey"]),
             ("REDIS_CA_FILE", redis["caSecret"], redis["caKey"]),
             ("DB_CA_FILE", db["caSecret"], db["caKey"]))
    for name, secret, key in files:
        path = configmap.get(name)
        if not secret:
            check(path is None or name in extra, f"ConfigMap: {name} set without its Secret")
            continue
        if not check(path, f"ConfigMap: {name} missing though its Secret {secret} is set"):
            continue
        folder, _, base = path.rpartition("/")
        check(base == key, f"ConfigMap: {name} names file {base}, the Secret's key is {key}")
        mount = mounts.get(folder)
        if not check(mount, f"Deployment: {name}'s folder {folder} is not mounted"):
            continue
        check(mount.get("readOnly") is True, f"Deployment: {folder} is not mounted read-only")
        source = volumes.get(mount["name"], {}).get("secret", {})
        check(source.get("secretName") == secret,
              f"Deployment: {folder} does not mount Secret {secret} ({name})")
        mode = source.get("defaultMode", 0o644)
        check(mode & 0o040 and not mode & 0o007,
              f"Deployment: {folder} mode {mode:o}: must be group-readable, not world-readable")
    check(("SERVER_TLS_CERT_FILE" in configmap) == ("SERVER_TLS_KEY_FILE" in configmap),
          "ConfigMap: one of SERVER_TLS_CERT_FILE / SERVER_TLS_KEY_FILE (gesd needs both)")
    [external] = [p for p in service["spec"]["ports"] if p["name"] == "external"]
    https = "SERVER_TLS_CERT_FILE" in configmap
    check((external.get("appProtocol") == "https") == https,
          "Service: port 'external' appProtocol is not https exactly when gesd serves HTTPS")
    for name, value in (("REDIS_SECURE", redis["secure"]), ("DB_SECURE", db["secure"])):
        check(configmap.get(name) == str(value).lower(),
              f"ConfigMap: {name} is {configmap.get(name)}, values say {value}")
    check(configmap.get("DB_ANSWER_TIMEOUT_SECONDS") == str(db["answerTimeoutSeconds"]),
          "ConfigMap: DB_ANSWER_TIMEOUT_SECONDS differs from integrations.db.answerTimeoutSeconds")
    sentinels = redis.get("sentinels") or []
    if sentinels:
        check(configmap.get("REDIS_SENTINELS") == ",".join(sentinels),
              "ConfigMap: REDIS_SENTINELS is not the sentinels joined by commas")
        check(all(re.fullmatch(r"[^,:\s]+:\d+", s) for s in sentinels),
              f"values: integrations.redis.sentinels {sentinels}: each must be host:port")
        check(configmap.get("REDIS_SENTINEL_MASTER") == redis["sentinelMaster"],
              "ConfigMap: REDIS_SENTINEL_MASTER missing or not integrations.redis.sentinelMaster")
    else:
        check("REDIS_SENTINELS" not in configmap and "REDIS_SENTINEL_MASTER" not in configmap,
              "ConfigMap: REDIS_SENTINELS / REDIS_SENTINEL_MASTER set without sentinels")
        check(configmap.get("REDIS_HOST"), "ConfigMap: REDIS_HOST missing (no sentinels)")


def check_ingress(ingress, service, repo):
    fixed, prefixes = external_paths(repo)
    check(fixed and prefixes, "shared/ApiPaths.h: no external paths found")
    covered = set()
    for rule in ingress["spec"]["rules"]:
        for p in rule["http"]["paths"]:
            path, kind = p["path"], p.get("pathType")
            port = p["backend"]["service"]["port"]
            check(p["backend"]["service"]["name"] == service["metadata"]["name"],
                  f"Ingress: {path} goes to another service")
            check(port.get("name") == "external" or port.get("number") ==
                  next(x["port"] for x in service["spec"]["ports"] if x["name"] == "external"),
                  f"Ingress: {path} is not routed to the external port")
            if kind == "Exact":
                check(path in fixed, f"Ingress: {path} (Exact) is not an external API path")
            elif kind == "Prefix":
                check(path in prefixes,
                      f"Ingress: {path} (Prefix) is not the prefix of an external API path")
            else:
                check(False, f"Ingress: {path} has pathType {kind} (Exact or Prefix only)")
            covered.add(path)
    for path in sorted((fixed | prefixes) - covered):
        check(False, f"Ingress: external API path {path} is not routed")


OPERATOR_API = "monitoring.coreos.com/v1"


def check_monitoring(docs, values, chart_dir, operator):
    """`operator`: the cluster serves the Prometheus Operator's CRDs. Without them a
    ServiceMonitor or PrometheusRule would make `helm install` fail, enabled or not."""
    mon = values["ges"]["monitoring"]
    monitors = docs.get("ServiceMonitor", [])
    crds = "with" if operator else "without"
    if check(bool(monitors) == (mon["serviceMonitor"]["enabled"] and operator),
             "ServiceMonitor: present/absent against ges.monitoring.serviceMonitor.enabled "
             f"on a cluster {crds} the {OPERATOR_API} CRDs"):
        for m in monitors:
            [ep] = m["spec"]["endpoints"]
            check(ep["port"] == "internal" and ep["path"] == "/metrics",
                  "ServiceMonitor: must scrape /metrics on the internal port")
    # dashboards/ and rules/ link to packaging/grafana/ and packaging/prometheus/.
    dashboards = sorted(glob.glob(os.path.join(chart_dir, "dashboards/*.json")))
    maps = [d for d in docs.get("ConfigMap", []) if d["metadata"]["name"].endswith("-dashboards")]
    if mon["grafana"]["enabled"] and dashboards:
        if check(len(maps) == 1, "Grafana: no dashboards ConfigMap for packaging/grafana/*.json"):
            for path in dashboards:
                name = os.path.basename(path)
                text = maps[0]["data"].get(name)
                if check(text is not None, f"Grafana: {name} missing from the ConfigMap"):
                    try:
                        json.loads(text)
                    except ValueError as e:
                        check(False, f"Grafana: {name} is not JSON: {e}")
    else:
        check(not maps, "Grafana: dashboards ConfigMap rendered though disabled or no files")
    rules_file = os.path.join(chart_dir, "rules/alerts.yaml")
    rules = docs.get("PrometheusRule", [])
    if mon["prometheusRule"]["enabled"] and os.path.exists(rules_file) and operator:
        if check(len(rules) == 1, "PrometheusRule: not rendered from alerts.yaml"):
            check(rules[0]["spec"].get("groups"), "PrometheusRule: spec.groups is empty")
    else:
        check(not rules, "PrometheusRule: rendered though disabled, no alerts.yaml, or on a "
              f"cluster without the {OPERATOR_API} CRDs")


configmap_name = [None]
# After the drain gesd may take up to 4 s to tear down (GracefulShutdown::kTeardownMs).
TEARDOWN_MARGIN_SECONDS = 5


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--chart", help="chart folder (default: packaging/helm/ges)")
    parser.add_argument("-f", "--values", action="append", default=[])
    parser.add_argument("-a", "--api-versions", action="append", default=[],
                        help="an API group/version the cluster serves besides the built-in")
    parser.add_argument("--expect-error", help="rendering must fail with this text")
    args = parser.parse_args()
    chart = helm_render.Chart(args.chart or os.path.join(args.repo, "packaging/helm/ges"))
    for key in ("apiVersion", "name", "version", "appVersion"):
        check(chart.meta.get(key), f"Chart.yaml: {key} missing")
    for name, path in sorted(values_references(chart)):
        check(path_exists(chart.defaults, path), f"{name}: .Values.{path} not in values.yaml")
    values = chart.values(args.values)
    try:
        rendered = chart.render(values, api_versions=args.api_versions)
    except gotemplate.TemplateError as e:
        if args.expect_error and args.expect_error in str(e):
            print(f"helm_check: rendering failed as expected: {e}")
            return 0 if not problems else report()
        print(f"helm_check: rendering failed: {e}")
        return 1
    if args.expect_error:
        check(False, f"rendering succeeded, expected an error with {args.expect_error!r}")
        return report()
    check(rendered.get("NOTES.txt", "").strip(), "NOTES.txt renders empty")
    docs = {}
    for name, text in rendered.items():
        if not name.endswith(".yaml"):
            continue
        try:
            parsed = [d for d in yaml.safe_load_all(text) if d is not None]
        except yaml.YAMLError as e:
            check(False, f"{name}: not valid YAML: {e}")
            continue
        for doc in parsed:
            meta = doc.get("metadata") or {}
            if not (check(doc.get("apiVersion") and doc.get("kind") and meta.get("name"),
                          f"{name}: a document without apiVersion, kind or metadata.name")):
                continue
            check(len(meta["name"]) <= 63, f"{name}: name {meta['name']} is over 63 characters")
            check(meta.get("labels", {}).get("app.kubernetes.io/instance"),
                  f"{name}: {doc['kind']} without the chart's labels")
            docs.setdefault(doc["kind"], []).append(doc)
    for kind in ("Deployment", "Service"):
        check(len(docs.get(kind, [])) == 1, f"exactly one {kind} expected")
    if problems:
        return report()
    try:
        check_manifests(docs, values, args.repo, chart.dir, args.api_versions)
    except (KeyError, IndexError, TypeError, ValueError) as e:
        check(False, f"a manifest lacks an expected field: {type(e).__name__} {e}")
    return report()


def check_manifests(docs, values, repo, chart_dir, api_versions):
    ges = values["ges"]
    [cm] = [d for d in docs["ConfigMap"] if not d["metadata"]["name"].endswith("-dashboards")]
    configmap_name[0] = cm["metadata"]["name"]
    known = known_env_names(repo)
    for key, value in cm["data"].items():
        check(key in known, f"ConfigMap: {key} is not a variable gesd reads (ConfigLoader)")
        check(isinstance(value, str), f"ConfigMap: {key} is not a string")
    hpas = docs.get("HorizontalPodAutoscaler", [])
    check(bool(hpas) == ges["deployment"]["hpa"]["enabled"], "HPA: present/absent mismatch")
    check_deployment(docs["Deployment"][0], values, cm["data"], hpas[0] if hpas else None)
    [service] = docs["Service"]
    check_tls_and_redis(docs["Deployment"][0], values, cm["data"], service)
    check({p["name"] for p in service["spec"]["ports"]} == {"external", "internal"},
          "Service: ports must be 'external' and 'internal'")
    ingresses = docs.get("Ingress", [])
    if check(bool(ingresses) == ges["ingress"]["enabled"], "Ingress: present/absent mismatch"):
        for ingress in ingresses:
            check_ingress(ingress, service, repo)
    pdbs = docs.get("PodDisruptionBudget", [])
    if check(bool(pdbs) == ges["podDisruptionBudget"]["enabled"], "PDB: present/absent mismatch"):
        for pdb in pdbs:
            check(pdb["spec"]["selector"]["matchLabels"] ==
                  docs["Deployment"][0]["spec"]["selector"]["matchLabels"],
                  "PDB: selector differs from the Deployment's")
    check_monitoring(docs, values, chart_dir, OPERATOR_API in api_versions)
    kinds = ", ".join(f"{k} x{len(v)}" for k, v in sorted(docs.items()))
    print(f"helm_check: rendered {kinds}")


def report():
    for p in problems:
        print(f"helm_check: {p}")
    print(f"helm_check: {'FAILED, %d problem(s)' % len(problems) if problems else 'OK'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
