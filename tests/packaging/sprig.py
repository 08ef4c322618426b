"""The Sprig (and Go template built-in) functions the GES chart uses, for gotemplate.py.
Argument order is Sprig's: the piped value comes last (`trunc 63 s`, `default d v`)."""
import base64
import hashlib
import json
import re

from gotemplate import FailError, TemplateError, to_text, to_yaml, truthy


def go_quote(v):
    return json.dumps(to_text(v), ensure_ascii=False)


def printf(fmt, *args):
    args = list(args)

    def one(m):
        verb = m.group(1)
        if verb == "%":
            return "%"
        v = args.pop(0)
        return go_quote(v) if verb == "q" else to_text(v)
    return re.sub(r"%([svdq%])", one, fmt)


def fail(message):
    raise FailError(message)


def required(message, value):
    if value is None or value == "":
        raise FailError(message)
    return value


def merge(dst, *sources):
    for src in sources:
        for key, value in (src or {}).items():
            if isinstance(value, dict) and isinstance(dst.get(key), dict):
                merge(dst[key], value)
            elif key not in dst:
                dst[key] = value
    return dst


def indent(n, text):
    pad = " " * int(n)
    return pad + to_text(text).replace("\n", "\n" + pad)


def compare(op):
    def run(a, b):
        if isinstance(a, bool) or isinstance(b, bool) or type(a) is not type(b) and not (
                isinstance(a, (int, float)) and isinstance(b, (int, float))):
            raise TemplateError(f"incompatible types for comparison: {a!r} {b!r}")
        return op(a, b)
    return run


SPRIG = {
    "toYaml": to_yaml, "toJson": lambda v: json.dumps(v, separators=(",", ":")),
    "indent": indent, "nindent": lambda n, text: "\n" + indent(n, text),
    "quote": lambda *v: " ".join(go_quote(x) for x in v if x is not None),
    "squote": lambda *v: " ".join(f"'{to_text(x)}'" for x in v if x is not None),
    "default": lambda d, *v: v[0] if v and truthy(v[0]) else d,
    "required": required, "fail": fail, "printf": printf,
    "print": lambda *v: "".join(to_text(x) for x in v),
    "trunc": lambda n, s: to_text(s)[:int(n)] if n >= 0 else to_text(s)[int(n):],
    "trimSuffix": lambda a, s: s[:-len(a)] if a and s.endswith(a) else s,
    "trimPrefix": lambda a, s: s[len(a):] if a and s.startswith(a) else s,
    "trim": lambda s: to_text(s).strip(), "lower": lambda s: to_text(s).lower(),
    "upper": lambda s: to_text(s).upper(),
    "replace": lambda old, new, s: to_text(s).replace(old, new),
    "contains": lambda sub, s: sub in to_text(s),
    "hasPrefix": lambda p, s: to_text(s).startswith(p),
    "hasSuffix": lambda p, s: to_text(s).endswith(p),
    "join": lambda sep, items: sep.join(to_text(x) for x in (items or [])),
    "list": lambda *v: list(v), "append": lambda items, v: list(items or []) + [v],
    "dict": lambda *kv: {kv[i]: kv[i + 1] for i in range(0, len(kv), 2)},
    "merge": merge, "hasKey": lambda d, k: k in (d or {}), "keys": lambda d: sorted(d or {}),
    "omit": lambda d, *names: {k: v for k, v in (d or {}).items() if k not in names},
    "eq": lambda a, *b: any(a == x for x in b), "ne": lambda a, b: a != b,
    "lt": compare(lambda a, b: a < b), "le": compare(lambda a, b: a <= b),
    "gt": compare(lambda a, b: a > b), "ge": compare(lambda a, b: a >= b),
    "not": lambda v: not truthy(v), "len": lambda v: len(v or []),
    "and": lambda *v: next((x for x in v if not truthy(x)), v[-1]),
    "or": lambda *v: next((x for x in v if truthy(x)), v[-1]),
    "empty": lambda v: not truthy(v), "int": lambda v: int(float(v or 0)),
    "int64": lambda v: int(float(v or 0)), "toString": to_text,
    "add": lambda *v: sum(int(float(x)) for x in v), "sub": lambda a, b: int(a) - int(b),
    "ternary": lambda a, b, cond: a if truthy(cond) else b,
    "sha256sum": lambda s: hashlib.sha256(to_text(s).encode()).hexdigest(),
    "b64enc": lambda s: base64.b64encode(to_text(s).encode()).decode(),
}
