"""The section tree: at most 16 levels, and a store that already holds a path 1,000 deep (or a
loop of parents) still lists, exports, imports and publishes its categories."""

import json

import pytest

from tests.fakes.deep_sections import DEEP, add_deep_and_looped_sections
from workstation.domain.article import ArticleContent
from workstation.domain.errors import ValidationError
from workstation.domain.taxonomy import MAX_SECTION_DEPTH, Section, section_paths
from workstation.services.workspace import open_workspace


def test_a_path_deeper_than_16_levels_is_refused_naming_the_field(workspace):
    path = "/".join(f"s{i}" for i in range(MAX_SECTION_DEPTH + 1))
    with pytest.raises(ValidationError) as info:
        workspace.taxonomy.resolve_section(path, create=True)
    assert info.value.field == "section"
    assert "at most 16 levels" in str(info.value)
    assert workspace.taxonomy.sections() == []
    deepest, _ = workspace.taxonomy.resolve_section("/".join(f"s{i}" for i in range(MAX_SECTION_DEPTH)))
    with pytest.raises(ValidationError, match="parent: sections nest at most 16"):
        workspace.taxonomy.create_section("one more", deepest.id)


def test_moving_a_subtree_may_not_take_it_past_16_levels(workspace):
    deep, _ = workspace.taxonomy.resolve_section("/".join(f"s{i}" for i in range(10)))
    tree, _ = workspace.taxonomy.resolve_section("/".join(f"t{i}" for i in range(7)))
    top = workspace.taxonomy.find_section("t0")
    assert top is not None
    with pytest.raises(ValidationError, match=r"parent: .*this would be 17"):
        workspace.taxonomy.move_section(top.id, deep.id)
    assert workspace.taxonomy.section(top.id).parent_id is None
    workspace.taxonomy.move_section(tree.id, deep.id)  # one level under ten: allowed
    assert workspace.taxonomy.section(tree.id).parent_id == deep.id


def test_the_tree_walk_needs_no_recursion_and_visits_a_loop_once():
    sections = [Section(i + 1, f"d{i}", f"d{i}", i or None) for i in range(5000)]
    sections += [Section(9001, "a", "a", 9002), Section(9002, "b", "b", 9001)]
    nodes = section_paths(sections)
    assert [n.section.id for n in nodes][:3] == [1, 2, 3]
    assert nodes[4999].depth == 4999
    assert len(nodes[4999].path) == 5000
    assert sorted(n.section.name for n in nodes[5000:]) == ["a", "b"]
    assert len(nodes) == len(sections)


def test_a_store_holding_a_path_1000_deep_and_a_loop_still_works(data_dir, cli, tmp_path):
    deepest, looped = add_deep_and_looped_sections(data_dir)
    ws = open_workspace(data_dir)
    try:
        nodes = ws.taxonomy.sections()
        assert len(nodes) == DEEP + 2
        assert max(n.depth for n in nodes) == DEEP - 1
        article = ws.articles.create(ArticleContent(headline="Deep", section_id=deepest))
        ws.articles.create(ArticleContent(headline="Looped", section_id=looped))
        assert len(ws.articles.get(article.id).section_path) == DEEP
    finally:
        ws.close()
    code, out, err = cli("list", "--section", "d0", "--json")
    assert (code, err) == (0, "")
    assert [row["headline"] for row in json.loads(out)] == ["Deep"]
    code, out, err = cli("list", "--section", "a", "--json")
    assert (code, err) == (0, "")
    assert [row["headline"] for row in json.loads(out)] == ["Looped"]
    code, out, err = cli("export", str(article.id), "--format", "html")
    assert (code, err) == (0, "")
    assert "d999" in out
    source = tmp_path / "in.md"
    source.write_text("---\nheadline: Into the deep\nsection: d0\n---\nBody\n", encoding="utf-8")
    code, out, err = cli("import", str(source))
    assert code == 0, err
    assert "Imported" in out
