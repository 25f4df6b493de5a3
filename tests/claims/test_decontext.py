"""Decontextualisation: leading references resolved, text polished (guideline 1.2)."""

from __future__ import annotations

import pytest

from claims.attribution import attribute
from claims.decompose import decompose
from claims.decontext import decontextualise, polish
from claims.decontext.expectations import expected_move
from claims.sentences import parse_articles
from claims.structure import split_blocks


@pytest.mark.parametrize(
    ("text", "actor", "expected"),
    [
        ("Most economists polled by Daily News expect the first cut in June.", "the Central Bank of Varenia",
         ("The Central Bank of Varenia will make the first cut in June.", "most economists polled by Daily News")),
        ("Economists’ median forecasts point to a rate of 3.5% by the end of 2026.", "the Bank of Tarn",
         ("The Bank of Tarn’s rate will be 3.5% by the end of 2026.", "economists")),
        ("Analysts expect a decision by the regulator in May.", "Freshway", None),  # its maker is named
        ("Analysts expect a cut in June.", None, None),  # no actor to make it
        ("It expects a cut in June.", "the Bank of Tarn", None),  # a reference, resolved elsewhere
        ("Analysts expect prices to fall.", "the Bank of Tarn", None),  # no move of the actor's
    ],
)
def test_expected_move(text: str, actor: str | None, expected: tuple[str, str] | None) -> None:
    assert expected_move(text, actor) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("However, prices fell in March", "Prices fell in March."),
        ("for example, alliances recalibrate their policies", "Alliances recalibrate their policies."),
        ("Economically, sanctions have exerted pressure,", "Economically, sanctions have exerted pressure."),
        ("the talks will resume in May.", "The talks will resume in May."),
        ("Demand remained “very strong", "Demand remained very strong."),
        ("The gap between regions widened, however.", "The gap between regions widened."),
        ("Ministers, however, appear content", "Ministers appear content."),
        ("Prices rose, too.", "Prices rose, too."),
    ],
)
def test_polish(raw: str, expected: str) -> None:
    assert polish(raw) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rule takes effect in 2027. It is expected to cut emissions.",
            ["The rule takes effect in 2027.", "The rule is expected to cut emissions."],
        ),
        (
            "Russia rejected the offer. This calculated stance is a critical moment.",
            ["Russia rejected the offer.", "Russia’s calculated stance is a critical moment."],
        ),
        (
            "Prices rose. These increases hurt savers.",
            ["Prices rose.", "The increases hurt savers."],
        ),
        (
            "Council leader Priya Anand spoke. She said the tram would be late.",
            ["Council leader Priya Anand spoke.", "The tram will be late."],
        ),
        (  # a possessive resolves to the first owner, not to an earlier resolution of itself
            "Traders expect a cut. Their forecasts point to May. Their forecasts point to a second cut in June.",
            ["Traders expect a cut.", "Traders’ forecasts point to May.",
             "Traders’ forecasts point to a second cut in June."],
        ),
        (  # a bare definite description takes the fuller mention made earlier
            "The city approved a new cycle lane network on Monday. The network will open in 2028.",
            ["The city approved a new cycle lane network on Monday.", "The new cycle lane network will open in 2028."],
        ),
        (
            "The Central Bank of Valdoria met on Monday. Analysts said the bank would wait.",
            ["The Central Bank of Valdoria met on Monday.", "The Central Bank of Valdoria will wait."],
        ),
        (  # "we" in a quote is the body the speaker speaks for
            "“We were patient,” United coach Mia Holm said. “Our defence was superb.”",
            ["United were patient.", "United’s defence was superb."],
        ),
        (  # a bare "the decision" / "This is ... decision" is the decided action, not a predicate nominal
            "The board voted on Monday to close the old depot. Unions attacked the decision. "
            "This is the worst decision in years.",
            ["The board voted on Monday to close the old depot.", "Unions attacked the decision to close the old depot.",
             "The decision to close the old depot is the worst decision in years."],
        ),
        (  # the opening sentence's action, with its named actor
            "The Central Bank of Valdoria kept its main rate at 3% on Friday. The decision was unanimous.",
            ["The Central Bank of Valdoria kept its main rate at 3% on Friday.",
             "The Central Bank of Valdoria’s decision to keep its main rate at 3% was unanimous."],
        ),
        (  # "a law that will ..." introduces the thing a later bare "the law" (or "the new law") means; the date
            # is left out
            "The assembly approved a law that will ban petrol mowers in parks from May 2027. "
            "Critics said the law was rushed. Under the new law, owners must register.",
            ["The assembly approved a law that will ban petrol mowers in parks from May 2027.",
             "The law that will ban petrol mowers in parks was rushed.",
             "Under the new law that will ban petrol mowers in parks, owners must register."],
        ),
        (  # "the company" is the named organisation the article opens with
            "Brightwell Foods, the Leeds-based maker of cereals, reported higher sales on Monday. "
            "The company’s shares rose. Analysts said the company had too much debt.",
            ["Brightwell Foods reported higher sales on Monday.", "Brightwell Foods is the Leeds-based maker of cereals.",
             "Brightwell Foods’ shares rose.", "Brightwell Foods has too much debt."],
        ),
        (  # a person is not an organisation: "the company" stays
            "Judge Amy Lowe jailed a man on Friday. The company he ran collapsed.",
            ["Judge Amy Lowe jailed a man on Friday.", "The company he ran collapsed."],
        ),
        (  # "we" in a quote, with no body named beside the speaker: the organisation the article is about
            "The Bank of Valdoria held rates on Friday. “We are not ready to cut,” governor Ana Ruiz said.",
            ["The Bank of Valdoria held rates on Friday.", "The Bank of Valdoria is not ready to cut."],
        ),
        (  # the noun of the decided action takes its object; a bare relational noun is about it
            "The council voted on Monday to extend the Blue Line by 4 km. The extension, which was first mooted "
            "in 2015, will cost 2 billion pounds. Critics called the budget “too small”. Construction starts in 2027.",
            ["The council voted on Monday to extend the Blue Line by 4 km.",
             "The extension of the Blue Line will cost 2 billion pounds.",
             "The extension of the Blue Line was first mooted in 2015.",
             "The budget for the extension of the Blue Line is too small.",
             "Construction of the extension of the Blue Line starts in 2027."],
        ),
        (  # no claim opens with an unresolved reference: the last thing named, else a name, else dropped
            "Rail unions called a strike. They said it would last a week. Its cost is unknown. He resigned.",
            ["Rail unions called a strike.", "The strike will last a week.", "The cost is unknown."],
        ),
        (
            "Dr Ana Lopez ran the trial. Rail unions called a strike. He resigned.",
            ["Dr Ana Lopez ran the trial.", "Rail unions called a strike.", "Dr Ana Lopez resigned."],
        ),
        (  # a possessive "the bank’s" takes the full name too
            "The Central Bank of Valdoria met on Monday. The bank’s next meeting is in June.",
            ["The Central Bank of Valdoria met on Monday.", "The Central Bank of Valdoria’s next meeting is in June."],
        ),
        (  # a short name takes the full name given before; so does the body behind a speaker's "we"
            "Riverside Rovers beat Ashford City on Saturday. Coach Mia Holm praised Ashford. "
            "“We were lucky,” Rovers coach Ian Cole said.",
            ["Riverside Rovers beat Ashford City on Saturday.", "Coach Mia Holm praised Ashford City.",
             "Riverside Rovers were lucky."],
        ),
        (  # an announced decision in the opening sentence is the decided action too
            "When Parcelco announced on Monday that it would stop delivering parcels on Sundays, unions were angry. "
            "Yet the move, which was widely expected, is a mistake.",
            ["When Parcelco announced on Monday that it would stop delivering parcels on Sundays, unions were angry.",
             "Parcelco will stop delivering parcels on Sundays.",
             "Parcelco’s move to stop delivering parcels on Sundays is a mistake.",
             "Parcelco’s move to stop delivering parcels on Sundays was widely expected."],
        ),
        (  # "it" in the clause a body reports is that body; an extraposed "it" points at the infinitive
            "The city hospital trust was fined. The trust said it had repaid the money. "
            "It is a mistake to let ministers decide. It is expected to cut jobs.",
            ["The city hospital trust was fined.", "The city hospital trust has repaid the money.",
             "Letting ministers decide is a mistake.", "The city hospital trust is expected to cut jobs."],
        ),
        (  # an empty "It is likely that" becomes the hedge inside the claim
            "It is likely that the central bank will cut rates. It is clear that the plan has failed.",
            ["The central bank will likely cut rates.", "The plan has clearly failed."],
        ),
        (  # "their" after a post-modified group is the group, not the name at its end
            "Most economists polled by Market Weekly expect a cut. Their forecasts point to May.",
            ["Most economists polled by Market Weekly expect a cut.", "Economists’ forecasts point to May."],
        ),
        (  # "last week" is not "the week"; a time adverbial is not expanded
            "Sales fell last week. Prices rose this week.",
            ["Sales fell last week.", "Prices rose this week."],
        ),
    ],
)
def test_decontextualise(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    props = [p for s in parsed for p in decompose(s, attribute(s.span))]
    assert [p.text for p in decontextualise(props)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Council leader Priya Anand spoke. She said the tram would be late.", [None, "Priya Anand"]),
        ("The Central Bank of Valdoria met. The bank said inflation was falling.",
         [None, "the Central Bank of Valdoria"]),
        ("Prosecutors said Lee had forged the invoices. The money, they said, paid for a boat.",
         ["prosecutors", "prosecutors"]),
        ("Former mayor Tom Reed was jailed. His lawyers said the ruling was wrong.",
         [None, "Tom Reed’s lawyers"]),
    ],
)
def test_pronoun_source_resolved(nlp, text: str, sources: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    (parsed,) = parse_articles(nlp, [(text, split_blocks(text))])
    props = [p for s in parsed for p in decompose(s, attribute(s.span))]
    assert [p.attributed_to for p in decontextualise(props)] == sources


def test_a_quantified_or_negated_subject_is_no_antecedent() -> None:
    """"Many of them can no longer work", "No patient will wait": nothing a later "This" or "It" can mean."""
    from claims.decontext.memory import Memory, _Antecedent

    memory = Memory()
    memory.antecedents = [_Antecedent("the record", False, False), _Antecedent("Many of them", False, False),
                          _Antecedent("No patient in Veldmoor", False, False)]
    assert memory.pick(plural=False, person=False) == "the record"
    memory.antecedents.append(_Antecedent("the reservoirs", True, False))
    assert memory.pick(plural=True, unlike="that the reservoirs were falling") is None
