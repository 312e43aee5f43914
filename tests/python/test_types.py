"""The type stub (baiviet/__init__.pyi) against the library's option schema:
every option a call accepts appears as a keyword of that call's signature in
the stub, and no keyword that is not an option (or a documented parameter)."""
import ast
import inspect
from pathlib import Path

import baiviet
from baiviet import _options as opts

STUB = Path(baiviet.__file__).with_name("__init__.pyi")


def stub_functions():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for sub in node.body:
                if isinstance(sub, ast.FunctionDef):
                    found[f"{node.name}.{sub.name}"] = sub
    return found


def keywords(fn: ast.FunctionDef, skip=("self",)):
    a = fn.args
    names = [x.arg for x in a.args + a.kwonlyargs]
    return [n for n in names if n not in skip], [x.arg for x in a.posonlyargs]


def test_stub_parses_and_names_every_public_function():
    fns = stub_functions()
    for name in ("render", "parse", "excerpt", "detect_format", "version", "render_record",
                 "Article.render", "Article.excerpt", "Article.reading_time", "Article.counts", "Article.to_dict"):
        assert name in fns, name
    for name in baiviet.__all__:
        assert hasattr(baiviet, name)


def test_render_signature_is_the_schema():
    kws, posonly = keywords(stub_functions()["render"])
    assert posonly == ["source"]
    assert sorted(kws) == sorted(opts.RENDER), set(kws) ^ set(opts.RENDER)


def test_parse_signature_is_the_schema():
    kws, _ = keywords(stub_functions()["parse"])
    assert sorted(kws) == sorted(opts.PARSE)


def test_article_render_signature_is_the_schema():
    kws, _ = keywords(stub_functions()["Article.render"])
    assert sorted(kws) == sorted(opts.ARTICLE_RENDER)


def test_excerpt_signatures_are_the_schema():
    kws, posonly = keywords(stub_functions()["excerpt"])
    assert posonly == ["source"]
    assert sorted(kws) == sorted(opts.EXCERPT)  # format, limit, unit, source … and the parse options
    kws, _ = keywords(stub_functions()["Article.excerpt"])
    assert sorted(kws) == sorted(opts.EXCERPT_ONLY)


def test_reading_time_signature_is_the_schema():
    kws, _ = keywords(stub_functions()["Article.reading_time"])
    assert sorted(kws) == sorted(opts.READING)


def test_python_names_follow_the_schema():
    # The schema names the input format "format" in Python; every other option keeps its canonical name.
    for spec in opts.OPTIONS:
        assert spec["python"] == ("format" if spec["name"] == "from" else spec["name"])
    assert "from" not in opts.RENDER and "format" in opts.RENDER


def test_stub_matches_the_runtime_signatures():
    fns = stub_functions()
    for name, obj in (("render", baiviet.render), ("parse", baiviet.parse), ("excerpt", baiviet.excerpt),
                      ("Article.render", baiviet.Article.render), ("Article.excerpt", baiviet.Article.excerpt)):
        params = inspect.signature(obj).parameters
        explicit = [p for p in params if params[p].kind != inspect.Parameter.VAR_KEYWORD and p != "self"]
        kws, posonly = keywords(fns[name])
        assert (posonly + kws)[:len(explicit)] == explicit, name
