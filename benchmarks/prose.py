"""Realistic English news prose in Markdown, for the editing benchmarks.

Unlike the synthetic store's pseudo-words, an article an editor opens and types into should look
like one: sentences of real words, paragraphs of 2-5 sentences, sub-headings, **bold** and
*italic* phrases, block quotes, bullet and numbered lists and inline links. Deterministic for a
seed.
"""

from __future__ import annotations

import random
import unicodedata

from workstation.domain.text import count_words

_PEOPLE = (
    "Anna Lindqvist",
    "Erik Berg",
    "Maria Holm",
    "Johan Sandberg",
    "Karin Dahl",
    "the prime minister",
    "the finance minister",
    "a police spokesperson",
    "the union leader",
    "the mayor",
)
_PLACES = ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Brussels", "Oslo", "Helsinki", "Kiruna")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TOPICS = (
    "the budget",
    "the new housing plan",
    "electricity prices",
    "the hospital strike",
    "interest rates",
    "the school reform",
    "the drone sightings",
    "the storm damage",
    "the election campaign",
    "the climate targets",
)
_SENTENCES = (
    "{person} said on {day} that {topic} would be presented to parliament before the summer.",
    "The decision was welcomed by the opposition, although several members asked for more time.",
    "According to figures published on {day}, prices in {place} rose by {n} percent last year.",
    "Police in {place} said they had received {n} reports during the night and were investigating.",
    "{person} told reporters that nobody had been seriously injured.",
    "Critics argue that {topic} does little for families who are already struggling.",
    "The government has promised to return with a full proposal in the autumn.",
    "Residents of {place} have been asked to avoid unnecessary travel until the weekend.",
    "It is the third time this year that {topic} has dominated the debate in parliament.",
    "Economists expect the central bank to keep rates unchanged at its next meeting.",
    "The report, which runs to {n} pages, was commissioned after last winter's power cuts.",
    "Several schools in {place} stayed closed on {day} as a precaution.",
    "{person} declined to comment on the leaked documents.",
    "The company said it would cut {n} jobs over the next two years.",
    "Negotiations are expected to continue late into the evening.",
    "Local officials in {place} described the situation as serious but under control.",
    "The minister admitted that mistakes had been made in how {topic} was handled.",
    "Turnout was higher than expected, especially among young voters in {place}.",
    "The agency will publish its full assessment of {topic} in {n} weeks.",
    "Trains between {place} and the coast were cancelled for most of {day}.",
)
_QUOTES = (
    "We have listened to people across the country, and this is what they asked for.",
    "Nobody should have to choose between heating their home and buying food.",
    "This is not the end of the discussion, it is the beginning.",
    "We will do everything we can to make sure it never happens again.",
)
_HEADINGS = (
    "What happens next",
    "Reactions in {place}",
    "Background",
    "The numbers behind {topic}",
    "A divided parliament",
    "Questions remain",
)
_LIST_ITEMS = (
    "higher support for families with children",
    "a new rail link between {place} and the coast",
    "{n} more police officers in {place}",
    "lower tax on electricity for households",
    "an independent review of {topic}",
    "longer opening hours at health centres",
)


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def fill(self, template: str) -> str:
        rng = self.rng
        text = template.format(
            person=rng.choice(_PEOPLE),
            place=rng.choice(_PLACES),
            day=rng.choice(_DAYS),
            topic=rng.choice(_TOPICS),
            n=rng.randint(2, 480),
        )
        return text[:1].upper() + text[1:]

    def sentence(self) -> str:
        text = self.fill(self.rng.choice(_SENTENCES))
        roll = self.rng.random()
        words = text.split(" ")
        if roll < 0.12 and len(words) > 6:  # a **bold** or *italic* phrase
            at = self.rng.randrange(1, len(words) - 3)
            marker = "**" if roll < 0.05 else "*"
            words[at] = marker + words[at]
            words[at + 1] = words[at + 1].rstrip(".,") + marker
            text = " ".join(words)
        elif roll < 0.18:  # an inline link
            slug = self.rng.choice(_TOPICS).removeprefix("the ").replace(" ", "-")
            text += f" [Read more](https://example.com/news/{slug})"
        return text

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def block(self) -> str:
        roll = self.rng.random()
        if roll < 0.08:
            return f"## {self.fill(self.rng.choice(_HEADINGS))}\n\n{self.paragraph()}"
        if roll < 0.14:
            return f"> {self.rng.choice(_QUOTES)}\n>\n> — {self.fill('{person}')}"
        if roll < 0.19:
            items = self.rng.sample(_LIST_ITEMS, self.rng.randint(3, 5))
            numbered = self.rng.random() < 0.3
            return "\n".join(
                f"{i}. {self.fill(item)}" if numbered else f"- {self.fill(item)}"
                for i, item in enumerate(items, start=1)
            )
        return self.paragraph()


def markdown_body(words: int, seed: int) -> str:
    """A Markdown article body of about `words` words (count_words), at least that many."""
    writer = _Writer(seed)
    blocks: list[str] = []
    total = 0
    while total < words:
        block = writer.block()
        blocks.append(block)
        total += count_words(block)
    return "\n\n".join(blocks)


def typed_text(characters: int, seed: int) -> str:
    """What an editor types: sentences with spaces, and a new paragraph ("\\n\\n") about every
    250 characters. Exactly `characters` long, ASCII only (QTest.keyClick takes ASCII keys)."""
    writer = _Writer(seed)
    out = ""
    next_break = 250
    while len(out) < characters:
        out += writer.fill(writer.rng.choice(_SENTENCES)) + " "
        if len(out) >= next_break:
            out = out.rstrip(" ") + "\n\n"
            next_break += 250
    ascii_only = unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode()
    return ascii_only[:characters]
