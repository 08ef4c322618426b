{{/* Chart name, and the full name used for every object (release-chart, 63 chars max). */}}
{{- define "ges.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "ges.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Selector labels: stable across upgrades (a Deployment's selector is immutable). */}}
{{- define "ges.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ges.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "ges.labels" -}}
{{ include "ges.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- with .Values.ges.labels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "ges.image" -}}
{{- $image := .Values.ges.deployment.image -}}
{{- $tag := default .Chart.AppVersion $image.tag -}}
{{- if $image.registry -}}
{{- printf "%s/%s:%s" $image.registry $image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" $image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* CONFIG_FOLDERS: the mount path of every ges.secrets.config_folders entry, in order. */}}
{{- define "ges.configFolders" -}}
{{- $root := .Values.ges.secrets.mountRoot -}}
{{- $paths := list -}}
{{- range .Values.ges.secrets.config_folders -}}
{{- $paths = append $paths (printf "%s/%s" $root (required "ges.secrets.config_folders[].name is required" .name)) -}}
{{- end -}}
{{- join "," $paths -}}
{{- end -}}

{{/* A security context without the fixed IDs when ges.openshift.arbitraryUid is set. */}}
{{- define "ges.securityContext" -}}
{{- $ctx := .context -}}
{{- if .root.Values.ges.openshift.arbitraryUid -}}
{{- $ctx = omit $ctx "runAsUser" "runAsGroup" "fsGroup" -}}
{{- end -}}
{{- toYaml $ctx -}}
{{- end -}}
