"""A small Go text/template renderer, enough for the GES Helm chart (helm is not packaged in
Debian and there is no network, so `helm template` cannot run in the tests).

Covers: {{ }} with {{- -}} trimming, comments, pipelines, ( ) sub-expressions, variables
($x := / $x =, $), if / else if / else, range (lists and maps, with $i, $e :=), with / else,
define / include / template, and the Sprig functions the chart uses. A template error
raises TemplateError with the template name. It is not Helm: it renders what the chart's
templates say so the tests can check the YAML they produce.
"""
import json
import re

import yaml


class TemplateError(Exception):
    pass


class FailError(TemplateError):
    """`fail` or `required` stopped the rendering (what Helm reports as an error)."""


# ---------------------------------------------------------------------------- lexing
ACTION = re.compile(r"\{\{(-[ \t\r\n])?(.*?)([ \t\r\n]-)?\}\}", re.S)
TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<str>"(?:\\.|[^"\\])*") | (?P<raw>`[^`]*`)
  | (?P<num>-?\d+(?:\.\d+)?) | (?P<decl>:=) | (?P<punct>[|(),=])
  | (?P<var>\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)
  | (?P<field>(?:\.[A-Za-z0-9_]+)+|\.)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)
""", re.X)


def tokenize(text, where):
    tokens, pos, last_end = [], 0, -1
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise TemplateError(f"{where}: cannot parse {text[pos:pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        value = m.group(kind)
        if kind == "str":
            value = json.loads(value)
        elif kind == "raw":
            value = value[1:-1]
        elif kind == "num":
            value = float(value) if "." in value else int(value)
        elif kind == "field" and value != "." and tokens and tokens[-1] == ("punct", ")") \
                and m.start() == last_end:
            kind = "chain"  # (expr).Field
        tokens.append((kind, value))
        last_end = pos
    return tokens


def lex(source, name):
    """Splits a template into ('text', s) and ('action', tokens) items, applying trims."""
    items, pos = [], 0
    for m in ACTION.finditer(source):
        text = source[pos:m.start()]
        if m.group(1):
            text = text.rstrip(" \t\r\n")
        items.append(("text", text))
        body = m.group(2).strip()
        if not (body.startswith("/*") and body.endswith("*/")):
            items.append(("action", tokenize(body, name)))
        pos = m.end()
        if m.group(3):
            while pos < len(source) and source[pos] in " \t\r\n":
                pos += 1
    items.append(("text", source[pos:]))
    return items


# --------------------------------------------------------------------------- parsing
def parse(source, name, defines):
    """Parses `source` into a node list; {{ define }} blocks go into `defines`."""
    items = lex(source, name)
    pos = 0

    def block(stop):
        nonlocal pos
        nodes = []
        while pos < len(items):
            kind, value = items[pos]
            pos += 1
            if kind == "text":
                if value:
                    nodes.append(("text", value))
                continue
            head = value[0][1] if value and value[0][0] == "ident" else None
            if head in stop:
                return nodes, head, value[1:]
            if head in ("if", "with", "range"):
                nodes.append(control(head, value[1:]))
            elif head == "define":
                body, _, _ = block({"end"})
                defines[value[1][1]] = body
            elif head == "template":
                nodes.append(("template", value[1][1], value[2:]))
            elif head == "block":
                raise TemplateError(f"{name}: block is not supported")
            else:
                nodes.append(("action", value))
        if stop:
            raise TemplateError(f"{name}: missing {{{{ end }}}}")
        return nodes, None, None

    def control(head, pipe):
        body, end, rest = block({"else", "end"})
        other = []
        if end == "else":
            if rest and rest[0] == ("ident", "if"):  # else if: a nested if
                other = [control("if", rest[1:])]
                return (head, pipe, body, other)
            other, _, _ = block({"end"})
        return (head, pipe, body, other)

    nodes, _, _ = block(set())
    return nodes


# ------------------------------------------------------------------------- executing
def truthy(v):
    if v is None or v is False:
        return False
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v != 0
    if hasattr(v, "__len__"):
        return len(v) > 0
    return True


def to_text(v):
    if v is None:
        return ""
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dict):
        return "map[" + " ".join(f"{k}:{to_text(x)}" for k, x in sorted(v.items())) + "]"
    if isinstance(v, list):
        return "[" + " ".join(to_text(x) for x in v) + "]"
    return str(v)


def to_yaml(v):
    if v is None:
        return "null"
    out = yaml.safe_dump(v, default_flow_style=False, sort_keys=True, width=10000)
    out = out[:-len("...\n")] if out.endswith("...\n") else out
    return out.rstrip("\n")


class Renderer:
    def __init__(self, functions=None):
        self.templates = {}  # name -> nodes (defines and whole files)
        self.functions = dict(functions or {})
        self.functions["include"] = self._include

    def add_file(self, name, source):
        self.templates[name] = parse(source, name, self.templates)

    def render(self, name, data):
        out = []
        self._run(self.templates[name], data, [{"$": data}], out, name)
        return "".join(out)

    def _include(self, name, data):
        if name not in self.templates:
            raise TemplateError(f"include: no template named {name!r}")
        return self.render(name, data)

    def _run(self, nodes, dot, scopes, out, where):
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "action":
                value = self._pipeline(node[1], dot, scopes, where)
                if not (node[1] and node[1][0][0] == "var" and len(node[1]) > 1
                        and node[1][1][0] in ("decl", "punct") and node[1][1][1] in (":=", "=")):
                    out.append(to_text(value))
            elif kind == "template":
                arg = self._pipeline(node[2], dot, scopes, where) if node[2] else None
                out.append(self._include(node[1], arg))
            elif kind in ("if", "with"):
                _, pipe, body, other = node
                inner = scopes + [{}]
                value = self._pipeline(pipe, dot, inner, where)
                if truthy(value):
                    self._run(body, value if kind == "with" else dot, inner, out, where)
                else:
                    self._run(other, dot, scopes + [{}], out, where)
            elif kind == "range":
                self._range(node, dot, scopes, out, where)

    def _range(self, node, dot, scopes, out, where):
        _, pipe, body, other = node
        names = []
        if ("decl", ":=") in pipe:
            at = pipe.index(("decl", ":="))
            names = [t[1] for t in pipe[:at] if t[0] == "var"]
            pipe = pipe[at + 1:]
        value = self._pipeline(pipe, dot, scopes, where)
        if isinstance(value, dict):
            pairs = [(k, value[k]) for k in sorted(value)]
        elif isinstance(value, (list, tuple)):
            pairs = list(enumerate(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            pairs = [(i, i) for i in range(value)]
        elif value is None:
            pairs = []
        else:
            raise TemplateError(f"{where}: range over {type(value).__name__}")
        if not pairs:
            self._run(other, dot, scopes + [{}], out, where)
        for key, item in pairs:
            scope = {}
            if len(names) == 1:
                scope[names[0]] = item
            elif len(names) == 2:
                scope[names[0]], scope[names[1]] = key, item
            self._run(body, item, scopes + [scope], out, where)

    # A pipeline: [$x := | $x =] command | command ...
    def _pipeline(self, tokens, dot, scopes, where):
        assign = None
        if len(tokens) > 1 and tokens[0][0] == "var" and tokens[1] in (("decl", ":="),
                                                                     ("punct", "=")):
            assign, tokens = (tokens[0][1], tokens[1][1]), tokens[2:]
        commands, depth, current = [], 0, []
        for tok in tokens:
            if tok == ("punct", "|") and depth == 0:
                commands.append(current)
                current = []
                continue
            depth += tok == ("punct", "(")
            depth -= tok == ("punct", ")")
            current.append(tok)
        commands.append(current)
        value, piped = None, False
        for command in commands:
            value = self._command(command, dot, scopes, where, [value] if piped else [])
            piped = True
        if assign:
            name, op = assign
            if op == ":=":
                scopes[-1][name] = value
            else:
                for scope in reversed(scopes):
                    if name in scope:
                        scope[name] = value
                        break
                else:
                    raise TemplateError(f"{where}: undefined variable {name}")
        return value

    def _operands(self, tokens, dot, scopes, where):
        """Evaluates a command's tokens into a list of (value, is_function_name) operands."""
        result, i = [], 0
        while i < len(tokens):
            kind, value = tokens[i]
            if kind == "punct" and value == "(":
                depth, j = 1, i + 1
                while depth:
                    depth += tokens[j] == ("punct", "(")
                    depth -= tokens[j] == ("punct", ")")
                    j += 1
                result.append((self._pipeline(tokens[i + 1:j - 1], dot, scopes, where), False))
                i = j
                continue
            if kind == "chain":
                base = result.pop()[0]
                result.append((self._fields(base, value[1:].split("."), where), False))
            elif kind in ("str", "num"):
                result.append((value, False))
            elif kind == "var":
                name, *chain = value.split(".")
                for scope in reversed(scopes):
                    if name in scope:
                        base = scope[name]
                        break
                else:
                    raise TemplateError(f"{where}: undefined variable {name}")
                result.append((self._fields(base, chain, where), False))
            elif kind == "field":
                chain = [] if value == "." else value[1:].split(".")
                result.append((("field", chain), "field"))
            elif kind == "ident":
                literal = {"true": True, "false": False, "nil": None}
                result.append((literal[value], False) if value in literal else (value, True))
            else:
                raise TemplateError(f"{where}: unexpected {value!r}")
            i += 1
        return result

    def _command(self, tokens, dot, scopes, where, piped):
        ops = self._operands(tokens, dot, scopes, where)
        if not ops:
            raise TemplateError(f"{where}: empty command")
        head, head_kind = ops[0]

        def value_of(op):
            v, k = op
            if k == "field":
                return self._fields(dot, v[1], where)
            if k is True:
                raise TemplateError(f"{where}: function {v} used as a value")
            return v

        if head_kind is True:
            if head not in self.functions:
                raise TemplateError(f"{where}: unknown function {head}")
            args = [value_of(op) for op in ops[1:]] + piped
            return self.functions[head](*args)
        if head_kind == "field" and (len(ops) > 1 or piped):  # a method call: .Files.Get "x"
            chain = head[1]
            target = self._fields(dot, chain[:-1], where)
            method = getattr(target, chain[-1], None)
            if not callable(method):
                raise TemplateError(f"{where}: {'.'.join(chain)} is not a method")
            return method(*[value_of(op) for op in ops[1:]], *piped)
        if len(ops) > 1 or piped:
            raise TemplateError(f"{where}: cannot give arguments to a value")
        return value_of(ops[0])

    def _fields(self, base, chain, where):
        value = base
        for i, name in enumerate(chain):
            if value is None:
                raise TemplateError(f"{where}: nil pointer evaluating .{'.'.join(chain[:i + 1])}")
            if isinstance(value, dict):
                value = value.get(name)
            elif hasattr(value, name):
                value = getattr(value, name)
                if callable(value):
                    value = value()
            else:
                raise TemplateError(f"{where}: can't evaluate field {name} in {type(value).__name__}")
        return value
