"""The processes a benchmark runs against, each started here on free loopback ports in
one temp dir and stopped at exit: GES's Redis and the ORS Redis, PostgreSQL (initdb; as
user postgres when run as root), nginx serving a static file, and gesd nodes."""

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

PGBIN = sorted(
    (os.path.join("/usr/lib/postgresql", v, "bin") for v in os.listdir("/usr/lib/postgresql")),
    key=lambda p: int(p.split("/")[-2]),
)[-1]
ADMIN_PASSWORD = "bench-admin-pw"
ROUTING_TOKEN = "bench-routing-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_postgres(cmd):
    return ["runuser", "-u", "postgres", "--"] + cmd if os.getuid() == 0 else cmd


def wait_for(check, what, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if check():
                return
        except (OSError, subprocess.CalledProcessError):
            pass
        time.sleep(0.1)
    raise RuntimeError("bench: %s did not come up in %d s" % (what, seconds))


class Http:
    """Small JSON-over-HTTP helper (urllib; the load itself comes from wrk/ges-loadgen)."""

    def __init__(self, base, headers=None):
        self.base, self.headers = base, dict(headers or {})

    def call(self, method, path, body=None, expect=(200,)):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        for k, v in self.headers.items():
            req.add_header(k, v)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                status, text = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read()
        if status not in expect:
            raise RuntimeError("%s %s -> %d %s" % (method, path, status, text[:300]))
        return json.loads(text) if text else None


class Stack:
    def __init__(self, gesd):
        self.gesd_bin = gesd
        self.dir = tempfile.mkdtemp(prefix="ges-bench.")
        os.chmod(self.dir, 0o755)
        self.procs = []
        self.pg_dir = None
        atexit.register(self.stop)

    # --- Redis -------------------------------------------------------------------------
    def redis(self, name):
        port = free_port()
        p = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir],
            stdout=open(os.path.join(self.dir, "redis-%s.log" % name), "w"),
            stderr=subprocess.STDOUT)
        self.procs.append(p)
        wait_for(lambda: self.redis_cli(port, "PING") == "PONG", "redis " + name)
        return port

    @staticmethod
    def redis_cli(port, *args):
        return subprocess.run(["redis-cli", "-p", str(port)] + list(args), check=True,
                              capture_output=True, text=True).stdout.strip()

    @staticmethod
    def redis_info(port, section):
        out = {}
        for line in Stack.redis_cli(port, "INFO", section).splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                out[k] = v
        return out

    @staticmethod
    def redis_commands(port):
        """Total calls over all commands (INFO commandstats; a script's inner calls count),
        and the calls per command; INFO itself left out."""
        per = {}
        for k, v in Stack.redis_info(port, "commandstats").items():
            calls = int(v.split(",")[0].split("=")[1])
            per[k.replace("cmdstat_", "")] = calls
        # The benchmark's own INFO calls (this one included) are not gesd's.
        per.pop("info", None)
        return sum(per.values()), per

    # --- PostgreSQL --------------------------------------------------------------------
    def postgres(self):
        self.pg_port = free_port()
        self.pg_dir = os.path.join(self.dir, "pg")
        os.mkdir(self.pg_dir)
        if os.getuid() == 0:
            shutil.chown(self.pg_dir, "postgres")
        subprocess.run(as_postgres([PGBIN + "/initdb", "-D", self.pg_dir, "-U", "postgres",
                                    "--auth=trust"]), check=True, capture_output=True)
        subprocess.run(as_postgres([
            PGBIN + "/pg_ctl", "-D", self.pg_dir, "-l", self.pg_dir + "/log", "-w", "-o",
            # WAL kept for reuse, as on a server that has been running: a fresh cluster
            # creates and zero-fills a new 16 MB segment every few seconds under load,
            # which stalls a commit for ~45 ms (docs/performance.md, "Method").
            "-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=200 "
            "-c min_wal_size=2GB -c max_wal_size=4GB"
            % (self.pg_port, self.pg_dir), "start"]), check=True, capture_output=True)
        self.psql("CREATE DATABASE ges", db="postgres")
        return self.pg_port

    def psql(self, sql, db="ges"):
        return subprocess.run(
            [PGBIN + "/psql", "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", "postgres",
             "-d", db, "-Atc", sql], check=True, capture_output=True, text=True).stdout.strip()

    def pg_bytes(self, tables=None):
        """Bytes of tables with their indexes and TOAST (all public tables by default)."""
        where = "n.nspname = 'public' AND c.relkind = 'r'"
        if tables:
            where += " AND c.relname IN (%s)" % ",".join("'%s'" % t for t in tables)
        return int(self.psql("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM "
                             "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                             + where) or 0)

    # --- nginx ---------------------------------------------------------------------------
    def nginx(self, files):
        port = free_port()
        root = os.path.join(self.dir, "www")
        os.makedirs(root, exist_ok=True)
        for name, text in files.items():
            with open(os.path.join(root, name), "w") as f:
                f.write(text)
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            # One worker: gesd serves from one event-loop thread too.
            f.write("worker_processes 1; daemon off; pid %s/nginx.pid; error_log %s/nginx.err;\n"
                    "events { worker_connections 4096; }\n"
                    "http { access_log off; default_type application/json;\n"
                    "  keepalive_requests 1000000;\n"
                    "  server { listen 127.0.0.1:%d; root %s; } }\n"
                    % (self.dir, self.dir, port, root))
        self.procs.append(subprocess.Popen(["nginx", "-c", conf], stderr=subprocess.DEVNULL))
        wait_for(lambda: socket.create_connection(("127.0.0.1", port), 1).close() or True,
                 "nginx")
        return port

    # --- gesd ----------------------------------------------------------------------------
    def start_gesd(self, redis_port, ors_port, extra_env=None):
        ext, internal = free_port(), free_port()
        env = dict(os.environ)
        env.update({
            "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(redis_port),
            "VMCS_REDIS_HOST": "127.0.0.1", "VMCS_REDIS_PORT": str(ors_port),
            "DB_HOST": "127.0.0.1", "DB_PORT": str(self.pg_port), "DB_USER": "postgres",
            "SERVER_BIND_ADDRESS": "127.0.0.1", "SERVER_EXTERNAL_PORT": str(ext),
            "SERVER_INTERNAL_PORT": str(internal), "ADMIN_USER": "admin",
            "ADMIN_PASSWORD": ADMIN_PASSWORD, "ROUTING_TOKEN": ROUTING_TOKEN,
            "LOG_LEVEL": "WARN", "SHUTDOWN_DELAY_SECONDS": "0",
        })
        env.update(extra_env or {})
        log_path = os.path.join(self.dir, "gesd-%d.log" % ext)
        log = open(log_path, "w")
        p = subprocess.Popen([self.gesd_bin], env=env, stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(p)
        ready = "http://127.0.0.1:%d/ges/v1/health/ready" % internal
        wait_for(lambda: urllib.request.urlopen(ready, timeout=2).status == 200, "gesd", 60)
        return Node(p, ext, internal, log_path)

    def stop(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        self.procs = []
        if self.pg_dir and os.path.exists(self.pg_dir + "/postmaster.pid"):
            subprocess.run(as_postgres([PGBIN + "/pg_ctl", "-D", self.pg_dir, "-m",
                                        "immediate", "stop"]), capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


class Node:
    def __init__(self, proc, ext, internal, log_path):
        self.proc = proc
        self.log_path = log_path  # gesd's stdout: its log, one line each, flushed
        self.ext_port = ext
        self.external = "http://127.0.0.1:%d" % ext
        self.internal = "http://127.0.0.1:%d" % internal
        login = Http(self.internal).call("POST", "/ges/v1/auth/login",
                                         {"username": "admin", "password": ADMIN_PASSWORD})
        self.admin = Http(self.internal, {"Authorization": "Bearer " + login["data"]["token"]})
        self.routing = Http(self.internal, {"Authorization": "Bearer " + ROUTING_TOKEN})

    def rss(self, field="VmRSS"):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
        return 0
