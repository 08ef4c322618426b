"""Loads the GES chart the way Helm does (Chart.yaml, values.yaml merged with -f files,
templates/, .Files) and renders it with gotemplate.Renderer. helm itself is not packaged
in Debian, so this stands in for `helm template` in the tests."""
import copy
import fnmatch
import os

import yaml

import gotemplate
import sprig


def coalesce(base, override):
    """Helm's values merge: maps merge deeply, anything else replaces, null deletes."""
    result = copy.deepcopy(base)
    for key, value in (override or {}).items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = coalesce(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


class Files:
    """The chart's .Files: every file under the chart folder (symbolic links followed, as
    `helm package` does), minus templates/, Chart.yaml and values.yaml."""

    def __init__(self, chart_dir):
        self._files = {}
        for root, _, names in os.walk(chart_dir, followlinks=True):
            for name in names:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, chart_dir)
                if rel.startswith("templates" + os.sep) or rel in ("Chart.yaml", "values.yaml"):
                    continue
                if not os.path.isfile(path):  # a link whose target does not exist (yet)
                    continue
                with open(path, encoding="utf-8") as f:
                    self._files[rel] = f.read()

    def Get(self, name):
        return self._files.get(name, "")

    def Glob(self, pattern):
        return FileSet({k: v for k, v in self._files.items() if fnmatch.fnmatch(k, pattern)})


class FileSet:
    def __init__(self, files):
        self._files = files

    def __len__(self):
        return len(self._files)

    def AsConfig(self):
        data = {os.path.basename(k): v for k, v in self._files.items()}
        return gotemplate.to_yaml(data) if data else ""


# What `helm template` assumes a cluster serves when not told otherwise: the built-in
# Kubernetes groups the chart uses, no CRDs. A test adds monitoring.coreos.com/v1 to play a
# cluster with the Prometheus Operator (helm's --api-versions).
DEFAULT_API_VERSIONS = ("v1", "apps/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1")


class APIVersions:
    """The chart's .Capabilities.APIVersions: Has "group/version" (or "group/version/Kind",
    which Helm also accepts, when the group/version is served)."""

    def __init__(self, versions):
        self._versions = set(versions)

    def Has(self, name):
        group_version, _, kind = name.rpartition("/")
        return name in self._versions or (kind[:1].isupper() and group_version in self._versions)


class Chart:
    def __init__(self, chart_dir):
        self.dir = chart_dir
        with open(os.path.join(chart_dir, "Chart.yaml"), encoding="utf-8") as f:
            self.meta = yaml.safe_load(f)
        with open(os.path.join(chart_dir, "values.yaml"), encoding="utf-8") as f:
            self.defaults = yaml.safe_load(f) or {}
        self.template_dir = os.path.join(chart_dir, "templates")
        self.sources = {}
        for name in sorted(os.listdir(self.template_dir)):
            with open(os.path.join(self.template_dir, name), encoding="utf-8") as f:
                self.sources[name] = f.read()

    def values(self, files):
        values = self.defaults
        for path in files:
            with open(path, encoding="utf-8") as f:
                values = coalesce(values, yaml.safe_load(f) or {})
        return values

    def render(self, values, release="ges", namespace="ges", api_versions=()):
        """Returns {template file name: rendered text}; raises gotemplate.TemplateError.
        `api_versions` are served on top of DEFAULT_API_VERSIONS (e.g. a CRD's group)."""
        renderer = gotemplate.Renderer(sprig.SPRIG)
        base = f"{self.meta['name']}/templates"
        # Partials first, so their defines exist when the manifests are parsed.
        for name in sorted(self.sources, key=lambda n: not n.startswith("_")):
            renderer.add_file(f"{base}/{name}", self.sources[name])
        chart = {"Name": self.meta["name"], "Version": self.meta["version"],
                 "AppVersion": self.meta.get("appVersion", "")}
        out, files = {}, Files(self.dir)
        capabilities = {"APIVersions": APIVersions(DEFAULT_API_VERSIONS + tuple(api_versions)),
                        "KubeVersion": {"Version": "v1.27.0", "Major": "1", "Minor": "27"}}
        for name in self.sources:
            if name.startswith("_"):
                continue
            data = {"Values": values, "Chart": chart, "Files": files,
                    "Capabilities": capabilities,
                    "Release": {"Name": release, "Namespace": namespace, "Service": "Helm",
                                "IsInstall": True, "IsUpgrade": False, "Revision": 1},
                    "Template": {"BasePath": base, "Name": f"{base}/{name}"}}
            try:
                out[name] = renderer.render(f"{base}/{name}", data)
            except gotemplate.TemplateError as e:
                raise gotemplate.TemplateError(f"{name}: {e}") from e
        return out
