#!/usr/bin/env python3
"""docs/configuration.md against the code: every environment variable and secret file the
daemon reads (daemon/config/ConfigLoader.cpp, SettingSource.cpp) must have a row in the
"Environment variables" or "Secrets" table, and every name in those tables must be read.

Usage: check-configuration-docs.py <source dir>. Exit 0 when both agree, 1 otherwise
(one line per difference)."""
import re
import sys
from pathlib import Path

ENV_NAME = re.compile(r'^[A-Z][A-Z0-9_]*$')


def read_by_code(root):
    """(environment variables, secret files) the configuration code reads."""
    env, secrets = set(), set()
    loader = (root / 'daemon/config/ConfigLoader.cpp').read_text()
    # Every Reader accessor takes the name first: r.text("LOG_LEVEL", ...), r.secret("DB-USER").
    for method, name in re.findall(r'\br\.(\w+)\(\s*"([^"]+)"', loader):
        (secrets if method == 'secret' else env).add(name)
    source = (root / 'daemon/config/SettingSource.cpp').read_text()
    env.update(re.findall(r'env\.value\(QStringLiteral\("([A-Z0-9_]+)"\)\)', source))
    return env, secrets


def documented(root):
    """(environment variables, secret files) named in the first column of the two tables."""
    tables = {'Environment variables': set(), 'Secrets': set()}
    current = None
    for line in (root / 'docs/configuration.md').read_text().splitlines():
        heading = re.match(r'^##\s+(.*?)\s*$', line)
        if heading:
            current = tables.get(heading.group(1))
            continue
        if current is None or not line.startswith('|') or set(line) <= set('|- '):
            continue
        first = line.strip('|').split('|')[0]
        current.update(re.findall(r'`([^`]+)`', first))
    env = tables['Environment variables']
    # the header row ("| variable | ...") has no backticks, so nothing of it is taken
    return {n for n in env if ENV_NAME.match(n)}, tables['Secrets'], env


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else '.')
    code_env, code_secrets = read_by_code(root)
    doc_env, doc_secrets, doc_env_raw = documented(root)
    problems = []
    if len(code_env) < 20 or len(code_secrets) < 5:
        problems.append('found only %d variables and %d secrets in daemon/config: has the '
                        'way ConfigLoader reads settings changed? Update this check.'
                        % (len(code_env), len(code_secrets)))
    for name in sorted(doc_env_raw - doc_env):
        problems.append('docs/configuration.md: "%s" in the variables table is not a '
                        'variable name' % name)
    for name in sorted(code_env - doc_env):
        problems.append('docs/configuration.md lacks the variable %s (read by ConfigLoader)'
                        % name)
    for name in sorted(doc_env - code_env):
        problems.append('docs/configuration.md documents the variable %s, which the code '
                        'does not read' % name)
    for name in sorted(code_secrets - doc_secrets):
        problems.append('docs/configuration.md lacks the secret file %s (read by '
                        'ConfigLoader)' % name)
    for name in sorted(doc_secrets - code_secrets):
        problems.append('docs/configuration.md documents the secret file %s, which the code '
                        'does not read' % name)
    for line in problems:
        print(line)
    if not problems:
        print('configuration.md agrees with the code: %d variables, %d secret files'
              % (len(code_env), len(code_secrets)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
