#!/usr/bin/env python3
"""Every command and option in --help has a man-page entry and a golden test that uses it.

In the style of ledger's meta-test (issue 16, item 8). The commands, their subcommands and
their options are read from the binary's own --help; for each:
  - man/arcollect-CMD.1 exists and names each of CMD's options as an mdoc flag
    (`Fl \\-NAME`); the global options are named in man/arcollect.1;
  - some golden case (tests/cli/*/cmd, tests/errors/*/cmd) runs the command, and runs it with
    each of its options. A cmd file is read as a shell would read it, roughly: comments, echo and
    printf text and here-documents are not commands; simple variables (A="arcollect -C x due")
    and functions whose body runs arcollect (P() { arcollect plan "$@"; }) are expanded; quoted
    commands (script -c "arcollect ...") and $(...) are looked into. An option counts for the
    command it follows in the same arcollect invocation; a global option counts wherever it is.
Usage: meta_options.py ARCOLLECT REPO_DIR
"""
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# What --help says


@dataclass
class Option:
    long: str  # "--format"
    shorts: list[str]  # ["-q"]
    nargs: int  # values it takes: 0 for a flag


@dataclass
class Command:
    path: tuple[str, ...]
    options: dict[str, Option] = field(default_factory=dict)
    subcommands: list[str] = field(default_factory=list)

    def find(self, name: str) -> Option | None:
        for option in self.options.values():
            if name == option.long or name in option.shorts:
                return option
        return None


# "  -C,--dir TEXT      the ledger folder": names, then a type or metavar unless it is a flag,
# then the description after two or more spaces (or on the next line).
OPTION_LINE = re.compile(r"^  (-\S+)(?: (\S.*?))?(?:\s{2,}\S.*)?$")
SUBCOMMAND_LINE = re.compile(r"^  ([a-z][\w-]*)(?:\s{2,}.*)?$")
HEADER = re.compile(r"^([A-Z][A-Za-z ]*):$")


def help_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if m := HEADER.match(line):
            current = sections.setdefault(m.group(1), [])
        elif line.startswith(" ") and current is not None:
            current.append(line)
        elif line.strip():
            current = None
    return sections


def parse_option(line: str) -> Option | None:
    m = OPTION_LINE.match(line)
    if not m:
        return None
    names = m.group(1).split(",")
    longs = [n for n in names if n.startswith("--")]
    if not longs or longs[0] == "--help":
        return None
    kind = m.group(2) or ""
    count = re.search(r"\bx (\d+)$", kind)
    nargs = int(count.group(1)) if count else (1 if kind else 0)
    return Option(longs[0], [n for n in names if not n.startswith("--")], nargs)


def read_help(binary: str, path: tuple[str, ...]) -> Command:
    run = subprocess.run([binary, *path, "--help"], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"meta: `arcollect {' '.join(path)} --help` exited {run.returncode}: {run.stderr}")
    sections = help_sections(run.stdout)
    command = Command(path)
    for line in sections.get("Options", []):
        if option := parse_option(line):
            command.options[option.long] = option
    for line in sections.get("Subcommands", []):
        if m := SUBCOMMAND_LINE.match(line):
            command.subcommands.append(m.group(1))
    return command


def read_tree(binary: str) -> dict[tuple[str, ...], Command]:
    """Every command path, () for arcollect itself, in --help order."""
    tree: dict[tuple[str, ...], Command] = {}
    pending = [()]
    while pending:
        path = pending.pop(0)
        tree[path] = read_help(binary, path)
        pending[0:0] = [path + (name,) for name in tree[path].subcommands]
    return tree


# ---------------------------------------------------------------------------------------------
# The man pages


def man_flags(page: Path) -> set[str]:
    """The long flags a page names: `Fl \\-NAME` on a macro line (the page writes `\\-` for a
    dash, and Fl adds the first one)."""
    flags = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("."):
            line = line.replace("\\-", "-")
            flags.update("-" + m for m in re.findall(r"\bFl\s+(-[A-Za-z0-9][\w-]*)", line))
    return flags


# ---------------------------------------------------------------------------------------------
# The golden cases, read as shell


@dataclass
class Token:
    op: str | None  # an operator (";", "|", "$(", "\n", ...), or None for a word
    raw: str = ""  # a word as written, quotes and all
    text: str = ""  # a word with its quotes removed
    expanded: bool = False  # its variables were substituted already


OPERATORS = ["&&", "||", ";;", "<<<", "<<-", "<<", ">>", "&>", ">&", "<&", "|&",
             "|", "&", ";", "(", ")", "<", ">"]


def skip_command_substitution(src: str, i: int) -> int:
    """From just after "$(", the index just after its closing parenthesis."""
    depth, quote = 1, None
    while i < len(src) and depth:
        c = src[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "\\":
            i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    return i


def lex(src: str, expanded: bool = False) -> list[Token]:
    tokens: list[Token] = []
    raw: list[str] = []
    text: list[str] = []
    in_word = False
    heredocs: list[tuple[str, bool]] = []  # (delimiter, strip tabs) waiting for the next line

    def end_word():
        nonlocal in_word
        if in_word:
            tokens.append(Token(None, "".join(raw), "".join(text), expanded))
            if len(tokens) >= 2 and tokens[-2].op in ("<<", "<<-"):
                heredocs.append((tokens[-1].text, tokens[-2].op == "<<-"))
            raw.clear()
            text.clear()
            in_word = False

    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\" and src.startswith("\\\n", i):  # a continued line
            i += 2
        elif c in " \t":
            end_word()
            i += 1
        elif c == "\n":
            end_word()
            tokens.append(Token("\n"))
            i += 1
            for delimiter, strip in heredocs:  # a here-document's lines are data
                while i < len(src):
                    end = src.find("\n", i)
                    end = len(src) if end < 0 else end
                    line = src[i:end]
                    i = end + 1
                    if (line.lstrip("\t") if strip else line) == delimiter:
                        break
            heredocs.clear()
        elif c == "#" and not in_word:
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c == "'":
            end = src.find("'", i + 1)
            end = len(src) if end < 0 else end
            raw.append(src[i:end + 1])
            text.append(src[i + 1:end])
            in_word = True
            i = end + 1
        elif c == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                if src[j] == "\\":
                    text.append(src[j + 1:j + 2] if src[j + 1:j + 2] in '"\\$`' else src[j:j + 2])
                    j += 2
                elif src.startswith("$(", j):
                    k = skip_command_substitution(src, j + 2)
                    text.append(src[j:k])
                    j = k
                else:
                    text.append(src[j])
                    j += 1
            raw.append(src[i:j + 1])
            in_word = True
            i = j + 1
        elif c == "\\":
            raw.append(src[i:i + 2])
            text.append(src[i + 1:i + 2])
            in_word = True
            i += 2
        elif src.startswith("$(", i):  # its commands are read as commands
            end_word()
            tokens.append(Token("$("))
            i += 2
        elif src.startswith("${", i):
            end = src.find("}", i)
            end = len(src) if end < 0 else end
            raw.append(src[i:end + 1])
            text.append(src[i:end + 1])
            in_word = True
            i = end + 1
        else:
            op = next((o for o in OPERATORS if src.startswith(o, i)), None)
            if op:
                end_word()
                tokens.append(Token(op))
                i += len(op)
            else:
                raw.append(c)
                text.append(c)
                in_word = True
                i += 1
    end_word()
    return tokens


ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=")
KEYWORDS = {"do", "then", "else", "elif", "if", "while", "until", "!", "time", "{", "}"}
NOT_RUN = {"echo", "printf"}  # their words are text, not commands
VARIABLE = re.compile(r"\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))")


def expand(raw: str, variables: dict[str, str]) -> str:
    """raw with the known variables substituted, except inside single quotes."""
    out, quote, i = [], None, 0
    while i < len(raw):
        c = raw[i]
        if c == "'" and quote != '"':
            quote = None if quote == "'" else "'"
        elif c == '"' and quote != "'":
            quote = None if quote == '"' else '"'
        elif c == "\\" and quote != "'":
            out.append(raw[i:i + 2])
            i += 2
            continue
        elif c == "$" and quote != "'":
            m = VARIABLE.match(raw, i)
            if m and (m.group(1) or m.group(2)) in variables:
                out.append(variables[m.group(1) or m.group(2)])
                i = m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


def mentions_arcollect(text: str) -> bool:
    return re.search(r"(^|[\s;|&(])arcollect(\s|$)", text) is not None


class Reader:
    """Reads one cmd file's tokens and calls found(args) for each arcollect invocation."""

    def __init__(self, found):
        self.found = found
        self.variables: dict[str, str] = {}
        self.functions: dict[str, list[Token]] = {}
        self.depth = 0

    def run(self, tokens: list[Token]):
        self.depth += 1
        if self.depth > 20:  # a function that calls itself
            self.depth -= 1
            return
        i = 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and tokens[j].op is None:
                j += 1
            words = tokens[i:j]
            after = tokens[j].op if j < len(tokens) else None
            if (len(words) == 1 and after == "(" and j + 2 < len(tokens)
                    and tokens[j + 1].op == ")" and tokens[j + 2].text == "{"):
                i = self.define(words[0].text, tokens, j + 3)
                continue
            self.simple_command(words, after)
            i = j + 1
        self.depth -= 1

    def define(self, name: str, tokens: list[Token], start: int) -> int:
        """A function's body, from after "{" to its "}"; returns the index after that."""
        depth, i = 1, start
        while i < len(tokens):
            if tokens[i].op is None and tokens[i].text in ("{", "}"):
                depth += 1 if tokens[i].text == "{" else -1
                if depth == 0:
                    break
            i += 1
        body = tokens[start:i]
        if any(t.op is None and t.text == "arcollect" for t in body):
            self.functions[name] = body
        else:
            self.functions.pop(name, None)
        return i + 1

    def simple_command(self, words: list[Token], after: str | None):
        if not words:
            return
        expanded = [w.raw if w.expanded else expand(w.raw, self.variables) for w in words]
        if expanded != [w.raw for w in words]:
            self.run(lex(" ".join(expanded), expanded=True))
            return
        k = 0
        while k < len(words) and ASSIGNMENT.match(words[k].text):
            k += 1
        if k == len(words):  # NAME=value ...: remember the simple ones
            for w in words:
                name, value = w.text.split("=", 1)
                if after in ("$(", "(") or re.search(r"\$\(|`|\$\?", w.raw):
                    self.variables.pop(name, None)
                else:
                    self.variables[name] = value
            return
        while k < len(words) and words[k].text in KEYWORDS:
            k += 1
        if k == len(words) or words[k].text in NOT_RUN:
            return
        if words[k].text in self.functions:
            args = words[k + 1:]
            body: list[Token] = []
            for t in self.functions[words[k].text]:
                body.extend(args if t.op is None and t.raw in ('"$@"', "$@") else [t])
            self.run(body)
            return
        for n in range(k, len(words)):
            if words[n].text == "arcollect" or words[n].text.endswith("/arcollect"):
                self.found([w.text for w in words[n + 1:]])
                return
            if mentions_arcollect(words[n].text):  # script -c "arcollect ...", bash -c "..."
                self.run(lex(words[n].text, expanded=True))


class Usage:
    """Which commands and options the goldens use."""

    def __init__(self, tree: dict[tuple[str, ...], Command]):
        self.tree = tree
        self.commands: set[tuple[str, ...]] = set()
        self.options: set[tuple[tuple[str, ...], str]] = set()

    def invocation(self, args: list[str]):
        path: tuple[str, ...] = ()
        descending = True  # until a positional that is no subcommand
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == "--":
                break
            if arg.startswith("-") and len(arg) > 1:
                name, equals, _ = arg.partition("=")
                owner = path if self.tree[path].find(name) else ()
                option = self.tree[owner].find(name)
                if option:
                    self.options.add((owner, option.long))
                    if not equals:
                        i += option.nargs
            elif descending and arg in self.tree[path].subcommands:
                path += (arg,)
                self.commands.add(path)
            else:
                descending = False


def golden_files(repo: Path) -> list[Path]:
    return sorted(repo.glob("tests/cli/*/cmd")) + sorted(repo.glob("tests/errors/*/cmd"))


# ---------------------------------------------------------------------------------------------


def shown(path: tuple[str, ...], option: str | None = None) -> str:
    return " ".join(path + ((option,) if option else ()))


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    binary, repo = sys.argv[1], Path(sys.argv[2])
    tree = read_tree(binary)

    usage = Usage(tree)
    for cmd in golden_files(repo):
        Reader(usage.invocation).run(lex(cmd.read_text(encoding="utf-8", errors="replace")))

    failures = []
    for path, command in tree.items():
        page = repo / "man" / (f"arcollect-{path[0]}.1" if path else "arcollect.1")
        shown_page = page.relative_to(repo)
        if not page.exists():
            if len(path) <= 1:
                failures.append(f"FAIL: no man page {shown_page} for '{shown(path)}'")
            flags = set()
        else:
            flags = man_flags(page)
        if path and path not in usage.commands:
            failures.append(f"FAIL: no golden uses '{shown(path)}'")
        for option in command.options:
            if page.exists() and option not in flags:
                failures.append(f"FAIL: {shown_page} lacks {option}"
                                + (f" (of '{shown(path)}')" if len(path) > 1 else ""))
            if (path, option) not in usage.options:
                failures.append(f"FAIL: no golden uses '{shown(path, option)}'")
    for failure in failures:
        print(failure)
    if failures:
        return 1
    commands = len(tree) - 1
    options = sum(len(c.options) for c in tree.values())
    print(f"meta: {commands} commands, {options} options, each in its man page and a golden")
    return 0


if __name__ == "__main__":
    sys.exit(main())
