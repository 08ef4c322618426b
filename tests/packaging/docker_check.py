#!/usr/bin/env python3
"""Static check of packaging/docker/Dockerfile (no Docker daemon or hadolint here):
multi-stage on Debian 12, the final stage runs as 500:500 with no build packages, and its
runtime packages are exactly what the built gesd links (ldd + dpkg -S), so a library added
to gesd without its package in the image fails here instead of at `docker run`.

  docker_check.py --repo ROOT --gesd PATH/TO/gesd"""
import argparse
import os
import re
import shlex
import subprocess
import sys

# In every Debian 12 base image (apt itself needs them).
BASE_PACKAGES = {"libc6", "libstdc++6", "libgcc-s1"}
# Runtime packages gesd needs that ldd cannot see, with the reason.
EXTRA_PACKAGES = {
    "libqt6sql6-psql": "the QPSQL driver plugin, loaded by QSqlDatabase at run time",
    "libqt6websockets6": "a dependency of libqt6httpserver6 (QHttpServer links it)",
    "ca-certificates": "CA roots for https calls (GWS, push, CAPTCHA) and the default "
                       "DB_CA_FILE / REDIS_CA_FILE",
}
BUILD_ONLY = re.compile(r"(-dev|-dev-tools)$|^(build-essential|cmake|ninja-build|pkg-config|"
                        r"ccache|git|gcc|g\+\+|clang.*|make)$")

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def stages(path):
    """[(from line, [instructions])] with continuation lines joined."""
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"\\\n", " ", f.read())
    result, args = [], {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "ARG" and not result:
            name, _, default = rest.partition("=")
            args[name.strip()] = default.strip()
        if word == "FROM":
            image = re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), ""), rest.split()[0])
            result.append((image, []))
        elif result:
            result[-1][1].append((word, rest.strip()))
    return result


def apt_packages(instructions):
    packages = []
    for word, rest in instructions:
        if word != "RUN":
            continue
        for command in re.split(r"&&|;", rest):
            tokens = shlex.split(command)
            if "apt-get" in tokens and "install" in tokens:
                packages += [t for t in tokens[tokens.index("install") + 1:]
                             if not t.startswith("-")]
    return packages


def deps_build_packages(repo):
    with open(os.path.join(repo, "scripts/deps.sh"), encoding="utf-8") as f:
        m = re.search(r"GES_BUILD_PACKAGES=\((.*?)\)", f.read(), re.S)
    return set(m.group(1).split()) if m else set()


def package_of(path):
    candidates = [path, os.path.realpath(path)]
    for p in list(candidates):
        if p.startswith("/usr/"):
            candidates.append(p[len("/usr"):])
        else:
            candidates.append("/usr" + p)
    for p in candidates:
        out = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def linked_packages(gesd):
    needed = subprocess.run(["objdump", "-p", gesd], capture_output=True, text=True, check=True)
    sonames = re.findall(r"NEEDED\s+(\S+)", needed.stdout)
    ldd = subprocess.run(["ldd", gesd], capture_output=True, text=True, check=True).stdout
    paths = dict(re.findall(r"^\s*(\S+) => (\S+)", ldd, re.M))
    result = {}
    for soname in sonames:
        if check(soname in paths, f"ldd: {soname} is not found on this machine"):
            package = package_of(paths[soname])
            if check(package, f"dpkg -S: no package owns {paths[soname]}"):
                result[soname] = package
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--gesd", required=True)
    args = parser.parse_args()
    all_stages = stages(os.path.join(args.repo, "packaging/docker/Dockerfile"))
    if not check(len(all_stages) >= 2, "Dockerfile: not multi-stage"):
        return report()
    for image, _ in all_stages:
        check(re.fullmatch(r"debian:(bookworm|12)(-slim)?", image),
              f"Dockerfile: base image {image} is not Debian 12")
    build, final = all_stages[0][1], all_stages[-1][1]
    build_pkgs = apt_packages(build)
    known = deps_build_packages(args.repo)
    for package in build_pkgs:
        check(package in known, f"build stage: {package} is not in GES_BUILD_PACKAGES")
    build_cmds = " ".join(rest for word, rest in build if word == "RUN")
    for flag in ("-DGES_BUILD_DESKTOP=OFF", "-DGES_BUILD_TESTS=OFF",
                 "-DCMAKE_BUILD_TYPE=Release", "--target gesd"):
        check(flag in build_cmds, f"build stage: {flag} missing")
    runtime = apt_packages(final)
    for package in runtime:
        check(not BUILD_ONLY.search(package), f"final stage: build package {package}")
    users = [rest for word, rest in final if word == "USER"]
    check(users and users[-1] in ("500", "500:500"), "final stage: USER is not 500")
    final_run = " ".join(rest for word, rest in final if word == "RUN")
    check(re.search(r"groupadd\b.*--gid 500 ges", final_run), "final stage: group ges 500")
    check(re.search(r"useradd\b.*--uid 500\b", final_run), "final stage: user ges 500")
    # The chart mounts its Secret volumes below /etc/ges/secrets; an arbitrary UID (OpenShift)
    # is in neither group 500 nor owner, so the folder must be enterable by anyone.
    folder = re.search(r"install\s+-d\b([^&;]*?)\s/etc/ges/secrets\b", final_run)
    if check(folder, "final stage: /etc/ges/secrets is not created with install -d"):
        options = folder.group(1)
        check(re.search(r"-m\s*0?755\b", options),
              "final stage: /etc/ges/secrets is not mode 0755 (an arbitrary UID could not "
              "reach the secret volumes mounted below it)")
        check(not re.search(r"-g\s*(?!root\b|0\b)\S+", options),
              "final stage: /etc/ges/secrets has a group other than root (it holds nothing)")
    envs = " ".join(rest for word, rest in final if word == "ENV")
    check("CONFIG_FOLDERS=/etc/ges/secrets" in envs, "final stage: CONFIG_FOLDERS")
    exposed = " ".join(rest for word, rest in final if word == "EXPOSE").split()
    check({"2050", "3050"} <= set(exposed), "final stage: EXPOSE 2050 3050")
    entry = [rest for word, rest in final if word == "ENTRYPOINT"]
    check(entry and "gesd" in entry[-1], "final stage: ENTRYPOINT is not gesd")
    check(any(word == "COPY" and "--from=" in rest for word, rest in final),
          "final stage: gesd is not copied from the build stage")
    linked = linked_packages(args.gesd)
    for soname, package in sorted(linked.items()):
        check(package in BASE_PACKAGES or package in runtime,
              f"final stage: {package} (for {soname}, which gesd links) is not installed")
    uses_psql = subprocess.run(["grep", "-rq", "QPSQL", os.path.join(args.repo, "daemon")])
    if uses_psql.returncode == 0:
        check("libqt6sql6-psql" in runtime, "final stage: libqt6sql6-psql (QPSQL) missing")
    for package in runtime:
        # Every name must be a real Debian 12 package: the build machine has them installed.
        known_pkg = subprocess.run(["dpkg-query", "-W", package], capture_output=True)
        check(known_pkg.returncode == 0, f"final stage: {package} is not an installed package "
              "here (misspelt, or not a Debian 12 name)")
        check(package in linked.values() or package in EXTRA_PACKAGES,
              f"final stage: {package} is neither linked by gesd nor a known extra")
    print(f"docker_check: gesd links {', '.join(sorted(set(linked.values())))}")
    print(f"docker_check: final stage installs {', '.join(runtime)}")
    return report()


def report():
    for p in problems:
        print(f"docker_check: {p}")
    print(f"docker_check: {'FAILED, %d problem(s)' % len(problems) if problems else 'OK'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
