"""Every example in the README runs as written, or says what it needs.

- each ```python block runs from the repository's root with no API key in the environment;
- each ```bash block is valid bash, and each ``policyqa`` command in it parses with the CLI's own
  parser (a synopsis line, with PATH or [--json | --csv], names only commands and options that
  exist); the commands that need no key and no network are run and must exit 0;
- each ``policyqa …`` in the prose names a command and options that exist.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from policyqa.cli import build_parser

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, re.S)
PYTHON = [body for lang, body in BLOCKS if lang == "python"]
BASH = [body for lang, body in BLOCKS if lang == "bash"]
NEEDS_A_KEY = {"--engine", "--preset", "--base-url", "--model", "--model-path", "--judge", "--submit", "--collect"}
RUNS_HERE = {"plans", "clean", "summarize", "summarise", "measures", "targets", "ask", "repl"}


def no_keys() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not re.search(r"API_KEY|BASE_URL|POLICYQA_MODEL|POLICYQA_CONFIG", k)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def words(line: str) -> list[str]:
    """A shell line's words, with ``|``, ``&&`` and ``;`` as words of their own and comments left out."""
    lex = shlex.shlex(line, posix=True, punctuation_chars="|&;")
    lex.whitespace_split = True
    lex.commenters = "#"
    try:
        return list(lex)
    except ValueError:
        return []


def commands(block: str) -> list[list[str]]:
    """The policyqa commands of a bash block, as argument lists after ``policyqa``."""
    out = []
    for line in block.replace("\\\n", " ").splitlines():
        try:
            plain = shlex.split(line, comments=True)
        except ValueError:
            plain = []
        if plain[:1] == ["policyqa"] and is_synopsis(plain[1:]):  # "policyqa batch summarize|measures PATH... [--json]"
            out.append(plain[1:])
            continue
        argv: list[str] = []
        for w in [*words(line), ";"]:
            if w not in ("|", "&&", ";", "||"):
                argv.append(w)
                continue
            if argv[:3] == ["python3", "-m", "policyqa"]:
                argv = argv[2:]
            if argv[:1] == ["policyqa"] and len(argv) > 1:
                out.append(argv[1:])
            argv = []
    return out


def is_synopsis(argv: list[str]) -> bool:
    return any(re.fullmatch(r"[A-Z][A-Z.]*|[A-Z]+\.\.\.|.*\[.*|.*\].*|\||.*\|.*", a) for a in argv)


def subparser(name: str):
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert name in action.choices, f"no command {name!r}"
    return action.choices[name]


def check_names(argv: list[str]) -> None:
    """The command and every --option named exist (for synopsis lines and prose)."""
    sub = subparser(argv[0])
    options = {s for a in sub._actions for s in a.option_strings}
    for word in argv[1:]:
        for opt in re.findall(r"--[a-z][a-z-]*", word):
            assert opt in options, f"policyqa {argv[0]} has no option {opt}"


def test_the_readme_has_examples():
    assert PYTHON and BASH and sum(len(commands(b)) for b in BASH) >= 10


@pytest.mark.parametrize("code", PYTHON, ids=lambda c: c.strip().splitlines()[0][:40])
def test_python_blocks_run_as_written(code):
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=no_keys(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]


@pytest.mark.parametrize("block", BASH, ids=lambda b: b.strip().splitlines()[0][:40])
def test_bash_blocks_parse(block):
    r = subprocess.run(["bash", "-n"], input=block, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    for argv in commands(block):
        if is_synopsis(argv):
            check_names(argv)
        else:
            try:
                build_parser().parse_args(argv)
            except SystemExit as e:
                raise AssertionError(f"policyqa {' '.join(argv)} does not parse") from e


def runnable() -> list[str]:
    """Lines of the bash blocks, and prose examples, whose policyqa commands need no key, no network and no install."""
    lines = []
    for block in BASH:
        for line in block.replace("\\\n", " ").splitlines():
            cmd = line.split(" # ")[0].strip()
            if "pip install" in cmd:
                cmd = cmd.split("&&", 1)[1].strip() if "&&" in cmd else ""
            argvs = commands(cmd)
            if argvs and all(a[0] in RUNS_HERE and not is_synopsis(a) and not NEEDS_A_KEY & set(a) for a in argvs) and "pytest" not in cmd:
                lines.append(cmd)
    lines += [m for m in re.findall(r"`([^`]*\| policyqa [^`]*)`", README) if not NEEDS_A_KEY & set(shlex.split(m))]
    return lines


@pytest.mark.parametrize("line", runnable())
def test_commands_that_need_no_key_run(line):
    line = re.sub(r"(?<![\w-])(?:python3 -m )?policyqa ", f"{shlex.quote(sys.executable)} -m policyqa ", line)
    r = subprocess.run(["bash", "-c", line], cwd=ROOT, env=no_keys(), capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip()


def test_commands_named_in_the_prose_exist():
    spans = re.findall(r"`((?:[^`|]*\| )?(?:python3 -m )?policyqa [^`]+)`", README)
    assert len(spans) >= 5
    for span in spans:
        argv = shlex.split(span.split("| ")[-1])
        check_names(argv[argv.index("policyqa") + 1 :])
