"""The section tree as the navigation shows it."""

from workstation.domain.taxonomy import Section, SectionNode, section_paths


def _paths(nodes: list[SectionNode]) -> list[tuple[tuple[str, ...], int]]:
    return [(node.path, node.depth) for node in nodes]


def test_depth_first_by_position_then_name():
    sections = [
        Section(1, "World", "world", None, 2),
        Section(2, "Sweden", "sweden", None, 0),
        Section(3, "Soccer", "soccer", 5, 0),
        Section(4, "living", "living", None, 1),
        Section(5, "Sports", "sports", None, 3),
        Section(6, "Hockey", "hockey", 5, 1),
        Section(7, "Business", "business", None, 3),  # same position as Sports: by name
        Section(8, "Allsvenskan", "allsvenskan", 3, 0),
    ]
    assert _paths(section_paths(sections)) == [
        (("Sweden",), 0),
        (("living",), 0),
        (("World",), 0),
        (("Business",), 0),
        (("Sports",), 0),
        (("Sports", "Soccer"), 1),
        (("Sports", "Soccer", "Allsvenskan"), 2),
        (("Sports", "Hockey"), 1),
    ]


def test_name_ties_ignore_case():
    sections = [Section(1, "beta", "b"), Section(2, "Alpha", "a"), Section(3, "gamma", "g")]
    assert [n.section.name for n in section_paths(sections)] == ["Alpha", "beta", "gamma"]


def test_nodes_carry_the_section_and_path_text():
    sections = [Section(1, "Sports", "sports"), Section(2, "Soccer", "soccer", 1)]
    nodes = section_paths(sections)
    assert nodes[1].section == sections[1]
    assert nodes[1].path_text == "Sports / Soccer"
    assert nodes[0].article_count == 0


def test_orphans_are_shown_at_top_level_with_their_children_after_the_tree():
    sections = [
        Section(1, "World", "world", None, 0),
        Section(2, "Lost", "lost", 99, 0),  # parent 99 does not exist
        Section(3, "Found", "found", 2, 0),
    ]
    assert _paths(section_paths(sections)) == [
        (("World",), 0),
        (("Lost",), 0),
        (("Lost", "Found"), 1),
    ]


def test_every_section_appears_exactly_once():
    sections = [Section(i, f"S{i}", f"s{i}", (i - 1) // 2 or None, i % 3) for i in range(1, 30)]
    nodes = section_paths(sections)
    assert sorted(n.section.id for n in nodes) == list(range(1, 30))
    for node in nodes:
        assert node.depth == len(node.path) - 1


def test_empty():
    assert section_paths([]) == []
