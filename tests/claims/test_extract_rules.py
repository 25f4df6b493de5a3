"""Extraction rules end to end, one small handwritten case each (guideline sections 1 and 3).

Each case is an article snippet and claims that must come out of it (text and
source), plus texts that must not: enough to pin one rule without freezing the
whole output.
"""

from __future__ import annotations

import pytest

from claims.extract import build_extractor
from claims.model import Article

pytestmark = pytest.mark.model

CASES = [
    pytest.param(
        "Lumora highlighted three priorities for 2026:\n1. Opening a plant in Penang.\n2. Hiring 1,500 engineers.\n",
        [("Lumora’s priorities for 2026 include opening a plant in Penang.", None),
         ("Lumora’s priorities for 2026 include hiring 1,500 engineers.", None)],
        ["Lumora highlighted three priorities for 2026."],
        id="counted-lead-in-frames-its-items",
    ),
    pytest.param(
        "The backdrop includes longstanding tensions following events such as:\n- The annexation of Crimea.\n",
        [("The backdrop includes longstanding tensions following events such as the annexation of Crimea.", None)],
        [],
        id="following-after-the-noun-does-not-count-items",
    ),
    pytest.param(
        "A sensible settlement would do three things:\n- Set out which services the law must cover.\n"
        "- Fund loss-making services from the budget.\n",
        [("A sensible settlement would set out which services the law must cover.", None),
         ("A sensible settlement would fund loss-making services from the budget.", None)],
        ["A sensible settlement would do three things."],
        id="do-n-things-items-are-what-it-would-do",
    ),
    pytest.param(
        "Professor Liam O’Connell, who studies brain health at Eastbridge College, said that walkers may be healthier.",
        [("Walkers may be healthier.", "Professor Liam O’Connell"),
         ("Professor Liam O’Connell studies brain health at Eastbridge College.", None)],
        [],
        id="relative-clause-on-the-speaker-is-a-claim-of-its-own",
    ),
    pytest.param(
        "Northpost’s chief executive, Anna Lindgren, who took over in 2024, has asked ministers for a review.",
        [("Anna Lindgren took over in 2024.", None)],
        ["Took over in 2024."],
        id="relative-clause-on-an-apposed-name-keeps-the-name",
    ),
    pytest.param(
        "The bank cut its forecast. It now expects the economy to expand by 1.1% this year, and by 1.5% in 2027.",
        [("The economy will expand by 1.1% this year.", "the bank"),
         ("The economy will expand by 1.5% in 2027.", "the bank")],
        [],
        id="it-expects-a-to-do-b-is-a-forecast-of-the-antecedent-with-the-gapped-figure",
    ),
    pytest.param(
        "Sofia Lindqvist said margins would fall. Finance chief Mark Ojo said he expected the shortage to ease "
        "by the end of the year, once the plant opens.",
        [("The shortage will ease by the end of the year, once the plant opens.", "Mark Ojo")],
        [],
        id="said-he-expected-keeps-the-speaker-and-the-condition",
    ),
    pytest.param(
        "When Northpost announced that it would stop Saturday deliveries, the reaction was hostile. "
        "Yet the decision, which the company says will save 190 million euros a year, is sound.",
        [("Northpost will stop Saturday deliveries.", "Northpost"),
         ("Northpost’s decision to stop Saturday deliveries will save 190 million euros a year.", "Northpost")],
        [],
        id="announced-when-and-which-the-company-says-are-the-company-s-claims",
    ),
    pytest.param(
        "Dr Ana Ruiz led the study. She said the study was small and could not show that walking protects the brain. "
        "The report does not say that prices will rise.",
        [("The study could not show that walking protects the brain.", "Ana Ruiz"),
         ("The report does not say that prices will rise.", None)],
        ["Walking protects the brain.", "Prices will rise."],
        id="a-negated-reporting-verb-asserts-nothing-it-reports",
    ),
    pytest.param(
        "The government of New Calder approved a law on Tuesday. The government will review the grants in 2029.",
        [("The government of New Calder will review the grants in 2029.", None)],
        [],
        id="the-bare-noun-takes-its-earlier-of-name",
    ),
    pytest.param(
        "The bigger problem is that the government has ducked the question. It has refused to say who should pay.",
        [("The government has refused to say who should pay.", None)],
        ["The bigger problem has refused to say who should pay."],
        id="it-after-the-problem-is-that-x-is-x",
    ),
    pytest.param(
        "The team plans to launch a randomised trial next year. Results are expected in 2031.",
        [("Results of the randomised trial are expected in 2031.", None)],
        [],
        id="bare-results-belong-to-the-thing-just-named",
    ),
    pytest.param(
        "Martin Caldwell was convicted. Detective Inspector Ruth Adeyemi, who led the inquiry, spoke outside court. "
        "“It was simple,” she said. His lawyer, Peter Nwosu, said his client intended to appeal.",
        [],
        ["Ruth Adeyemi’s client intended to appeal."],  # "she" said it: Ruth Adeyemi is not a "his"
        id="his-skips-a-woman-named-in-full-before",
    ),
    pytest.param(
        "Professor Liam O’Connell, who was not involved in the research, spoke to us. "
        "“Reverse causation is a real possibility,” he said.",
        [("Reverse causation is a real possibility.", "Liam O’Connell")],
        [],
        id="a-claim-rewritten-after-its-subject-keeps-the-subject-whole",
    ),
    pytest.param(
        "Under the new law:\n- Existing homes can keep their gas boilers, and repairs remain allowed.\n",
        [("Under the new law, existing homes can keep their gas boilers.", None),
         ("Under the new law, repairs remain allowed.", None)],
        ["Existing homes repairs remain allowed."],
        id="a-coordinated-clause-keeps-its-own-subject-and-the-shared-opening",
    ),
    pytest.param(
        "Ashford finished the match with ten men after defender Marco Sandri was sent off in the 71st minute. "
        "Prices will rise after the tax takes effect.",
        [("Ashford finished the match with ten men.", None),
         ("Defender Marco Sandri was sent off in the 71st minute.", None),
         ("Prices will rise after the tax takes effect.", None)],
        [],
        id="a-past-event-after-another-is-two-claims-a-future-one-keeps-its-condition",
    ),
    pytest.param(
        "The result extends the club’s unbeaten run to nine games, while Ashford have now lost three matches.",
        [("Ashford have now lost three matches.", None)],
        [],
        id="a-while-clause-with-its-own-subject-is-its-own-claim",
    ),
    pytest.param(
        "Ministers, however, appear content to let Northpost take the blame. That is a mistake.\n"
        "The council approved the budget. This is a record.",
        [("Ministers appearing content to let Northpost take the blame is a mistake.", None),
         ("The budget is a record.", None)],
        [],
        id="that-is-a-mistake-judges-the-sentence-before-not-a-thing-in-it",
    ),
    pytest.param(
        "The assembly approved a law that will ban gas boilers in new homes. "
        "The measure, which passed by 54 votes to 38, is the centrepiece of the plan.",
        [("The law that will ban gas boilers in new homes passed by 54 votes to 38.", None)],
        ["The measure passed by 54 votes to 38."],
        id="a-general-label-takes-the-specific-first-mention",
    ),
    pytest.param(
        "Developers must install heat pumps, district heating or other low-carbon systems. "
        "The firm makes chips and routers.",
        [("Developers must install heat pumps, district heating or other low-carbon systems.", None),
         ("The firm makes chips.", None), ("The firm makes routers.", None)],
        ["Developers must install heat pumps."],
        id="a-disjunction-is-one-proposition-a-conjunction-two",
    ),
    pytest.param(
        "When Northpost announced last week that it would stop delivering letters on Saturdays, the reaction was "
        "hostile. Pensioners will feel the change most.",
        [("Pensioners will feel Northpost’s change to stop delivering letters on Saturdays most.", None)],
        [],
        id="the-change-is-the-announced-decision",
    ),
    pytest.param(
        "Northpost announced last week that it would stop delivering letters on Saturdays.",
        [("Northpost will stop delivering letters on Saturdays.", "Northpost")],
        [],
        id="an-unfamiliar-name-opening-the-sentence-is-its-subject",
    ),
    pytest.param(
        "The board meets on June 11, when it will also publish its inflation report. "
        "Rates rose in rural areas, where parcel services are patchy and broadband is slow.",
        [("The board meets on June 11.", None),
         ("The board will also publish its inflation report on June 11.", None),
         ("Parcel services are patchy in rural areas.", None), ("Broadband is slow in rural areas.", None)],
        [],
        id="where-and-when-clauses-are-claims-at-their-place-and-time",
    ),
    pytest.param(
        "Pensioners, who rely on letters, will feel the cut most. So will small firms.\n"
        "The mayor resigned. So did the treasurer.",
        [("Small firms will also feel the cut most.", None), ("The treasurer also resigned.", None)],
        ["So will small firms."],
        id="so-will-x-repeats-the-claim-before-for-x",
    ),
    pytest.param(
        "Dorrance must now hold a 45-day consultation with staff representatives, which is due to begin on 2 March.",
        [("Dorrance’s 45-day consultation with staff representatives is due to begin on 2 March.", None)],
        ["Staff representatives is due to begin on 2 March."],
        id="a-relative-clause-is-about-the-noun-its-verb-agrees-with",
    ),
    pytest.param(
        "Dorrance Appliances will close the plant, the company said. "
        "The union said that a strike ballot could open in April.",
        [("A strike ballot could open in April.", "the union")],
        [],
        id="the-union-is-not-the-company-the-article-is-about",
    ),
    pytest.param(
        "Health officials advised residents to:\n- Boil all water used for drinking.\n- Use only bottled water.\n",
        [("Residents should boil all water used for drinking.", "health officials"),
         ("Residents should use only bottled water.", "health officials")],
        [],
        id="advice-list-items-are-what-the-advised-should-do",
    ),
    pytest.param(
        "The review was set up in 2025. Its interim report, published in May, makes two recommendations:\n"
        "1. Restore coursework.\n2. Publish grade data for every school.\n",
        [("The review’s interim report recommends restoring coursework.", None),
         ("The review’s interim report recommends publishing grade data for every school.", None)],
        [],
        id="counted-recommendations-frame-imperative-items-as-activities",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s for 2.6 billion euros, the two companies announced on Monday. "
        "The Kestavian Competition Authority (KCA) said on Tuesday that it would open an investigation.",
        [("Freshway has agreed to buy Bellamy’s for 2.6 billion euros.", "Freshway and Bellamy’s"),
         ("The Kestavian Competition Authority will open an investigation.", "the Kestavian Competition Authority")],
        [],
        id="a-closing-frame-read-as-an-apposition-and-an-acronym-are-not-the-source-s-name",
    ),
    pytest.param(
        "Rivermead Water issued a boil-water notice on Friday. Officials said the risk was low. "
        "This is the second boil-water notice in Brenna in three years. The Brenna Public Health Agency agreed.",
        [("The boil-water notice is the second boil-water notice in Brenna in three years.", None)],
        [],
        id="this-is-the-second-x-is-the-x-named-before",
    ),
    pytest.param(
        "Councillor Nadia Ferris said Rivermead had spent years patching up pipes and called for an inspection. "
        "The consumer group Shoppers’ Voice said the merger could raise prices.",
        [("Rivermead has spent years patching up pipes.", "Nadia Ferris"),
         ("Nadia Ferris called for an inspection.", None),
         ("The merger could raise prices.", "Shoppers’ Voice")],
        [],
        id="calling-for-something-is-the-speaker-s-act-and-a-possessive-name-stays-whole",
    ),
    pytest.param(
        "Analysts expect ministers to accept the data recommendation but to reject the return of coursework.",
        [("Ministers will accept the data recommendation.", "analysts"),
         ("Ministers will reject the return of coursework.", "analysts")],
        [],
        id="expect-a-to-do-b-but-to-do-c-is-two-forecasts",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s for 2.6 billion euros, the two companies announced on Monday. "
        "The deal would create a group with 1,140 stores. The two chains set out their plans in May.",
        [("Freshway has agreed to buy Bellamy’s for 2.6 billion euros.", "Freshway and Bellamy’s"),
         ("Freshway’s deal to buy Bellamy’s would create a group with 1,140 stores.", None),
         ("Freshway and Bellamy’s set out their plans in May.", None)],
        [],
        id="the-two-companies-are-the-two-named-and-the-deal-is-the-agreed-action",
    ),
    pytest.param(
        "Dorrance Appliances will close its Brookside plant. Marta Villiers said the site had lost money for years.",
        [("The Brookside plant has lost money for years.", "Marta Villiers")],
        [],
        id="the-site-is-the-plant-named-before",
    ),
    pytest.param(
        "The share of entries awarded an A fell to 18.7% this year. The figure peaked at 24.0% in 2023.\n"
        "Just 9% of pupils were given a place, down from 12%. The figure was 15% in 2020.",
        [("The share of entries awarded an A fell to 18.7% this year.", None),
         ("The share of entries awarded an A peaked at 24.0% in 2023.", None),
         ("The share of pupils given a place was 15% in 2020.", None)],
        ["The share of entries awarded an A."],
        id="the-figure-is-the-quantity-measured-before-and-a-reduced-relative-is-not-the-verb",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s. The promises deserve scepticism. Analysts doubt the plan.",
        [("Freshway’s promises deserve scepticism.", None), ("Analysts doubt Freshway’s plan.", None)],
        [],
        id="a-bare-plan-or-promise-is-the-named-actor-s",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s. Prices rose at Grandmart. "
        "“Together we can offer lower prices,” said Freshway’s chief executive, Lorenzo Adeyemi.",
        [("Together Freshway and Bellamy’s can offer lower prices.", "Lorenzo Adeyemi")],
        [],
        id="together-we-after-a-merger-is-both-parties",
    ),
    pytest.param(
        "Dorrance Appliances, which has made washing machines since 1968, said on Thursday that it would close "
        "the plant. Ruth Okonjo said jobs would go. Local MP Harriet Lowe said she had written to the minister. "
        "Kellsford has lost 2,000 jobs since 2015, according to Kellsford College.",
        [("Dorrance Appliances will close the plant.", "Dorrance Appliances"),
         ("Harriet Lowe has written to the minister.", "Harriet Lowe"),
         ("Kellsford has lost 2,000 jobs since 2015.", "Kellsford College")],
        [],
        id="it-in-a-company-s-words-is-the-company-she-in-a-woman-s-is-the-woman-a-place-is-not-its-college",
    ),
    pytest.param(
        "The market leader, Grandmart, has 27%. Northpost’s chief executive, Anna Lindgren, who took over in 2024, "
        "has asked ministers for a review.",
        [("Grandmart has 27%.", None), ("Grandmart is the market leader.", None),
         ("Anna Lindgren has asked ministers for a review.", None), ("Anna Lindgren took over in 2024.", None)],
        ["Anna Lindgren is Northpost’s chief executive."],  # a post naming who acts: no claim (gold README)
        id="a-role-with-an-apposed-name-is-the-name-and-a-claim-of-its-own",
    ),
    pytest.param(
        "Ingrid Halvorsen said the regulator would require the sale of 80 stores, which she called “a fair price”. "
        "Analysts expect a fall in prices, which they say would cost the firm 40 million euros.",
        [("The sale of 80 stores is a fair price.", "Ingrid Halvorsen")],
        [],
        id="which-she-called-x-is-a-verdict-on-the-whole-noun-phrase",
    ),
    pytest.param(
        "A record 212,400 students have been accepted onto courses this year, up 3.2% on last year. "
        "Net income rose to $612 million, up 34% from a year earlier. Sales grew strongly, up 5% on the year. "
        "The firm hired staff, up 5% on last year.",
        [("A record 212,400 students have been accepted onto courses this year.", None),
         ("The number of students accepted onto courses this year is up 3.2% on last year.", None),
         ("Net income was up 34% from a year earlier.", None), ("Sales were up 5% on the year.", None),
         ("The firm hired staff, up 5% on last year.", None)],
        [],
        id="up-x-percent-is-a-claim-about-the-quantity-that-changed",
    ),
    pytest.param(
        "Rivermead Water issued a notice. Analysts said the regulator wanted tougher inspection rules. "
        "Those rules are due to be published in the autumn.",
        [("The inspection rules are due to be published in the autumn.", None)],
        ["Rivermead Water’s rules are due to be published in the autumn."],
        id="rules-named-before-are-those-rules-not-the-company-s",
    ),
    pytest.param(
        "Rivermead Water issued a notice. None of the cases had been linked to the water. "
        "The Central Bank of Varenia met. Analysts expect the bank to cut rates.",
        [("None of the cases had been linked to the water.", None),
         ("The Central Bank of Varenia will cut rates.", "analysts")],
        [],
        id="a-name-ending-in-a-common-noun-stands-for-it-only-when-it-names-an-institution",
    ),
    pytest.param(
        "Shops can offer lower prices, better own-label ranges and a real challenge to Grandmart.",
        [("Shops can offer lower prices.", None), ("Shops can offer better own-label ranges.", None),
         ("Shops can offer a real challenge to Grandmart.", None)],
        [],
        id="a-list-item-the-parser-reads-as-an-apposition-is-still-an-item",
    ),
    pytest.param(
        "The Kestavian Competition Authority (KCA) said it would open an investigation. "
        "Ingrid Halvorsen said the KCA would require the sale of 80 stores.",
        [("The Kestavian Competition Authority will open an investigation.", "the Kestavian Competition Authority"),
         ("The Kestavian Competition Authority will require the sale of 80 stores.", "Ingrid Halvorsen")],
        [],
        id="an-acronym-is-spelled-out-as-the-name-it-was-introduced-with",
    ),
    pytest.param(
        "Northpost’s chief executive, Anna Lindgren, who took over in 2024, has asked for a review, "
        "according to board minutes.",
        [("Anna Lindgren has asked for a review.", "board minutes"), ("Anna Lindgren took over in 2024.", None)],
        [],
        id="what-the-article-says-of-the-person-it-names-is-its-own-claim",
    ),
    pytest.param(
        "The government of New Calder on Tuesday approved a law. It is the centrepiece of the government’s plan. "
        "Housebuilders say the rules will add 6,000 dollars to the cost of a new home.",
        [("New Calder’s rules will add 6,000 dollars to the cost of a new home.", "housebuilders")],
        ["The law is the centrepiece of the government of New Calder’s plan."],
        id="the-government-of-a-place-makes-the-place-the-article-s-actor",
    ),
    pytest.param(
        "The Chamber of Commerce said that shops lost trade, and it asked the council to offer rate relief. "
        "If the grant is refused, council officers said, the extension would be scaled back. "
        "The minister said prices would fall and added that wages would rise.",
        [("The Chamber of Commerce asked the council to offer rate relief.", None),
         ("If the grant is refused, the extension will be scaled back.", "council officers"),
         ("Wages will rise.", "the minister")],
        [],
        id="what-the-speaker-went-on-to-do-or-say-and-a-condition-before-the-frame",
    ),
    pytest.param(
        "Martin Caldwell, 54, was convicted of fraud. His defence team argued that he had followed orders.\n"
        "Under the approved plan, the city will:\n- Build seven tram stops.\n- Buy twelve trams.\n",
        [("Martin Caldwell was convicted of fraud.", None),
         ("Martin Caldwell has followed orders.", "Martin Caldwell’s defence team"),
         ("Under the approved plan, the city will build seven tram stops.", None)],
        [],
        id="an-age-is-dropped-he-is-not-his-own-team-an-imperative-item-completes-its-lead-in",
    ),
    pytest.param(
        "Dev Ashworth told reporters that Dorrance had received grants. “This town kept its side of the bargain,” he said.",
        [("The town kept its side of the bargain.", "Dev Ashworth")],
        ["Dorrance’s town kept its side of the bargain."],
        id="this-town-is-a-place-not-the-last-actor-s-town",
    ),
    pytest.param(
        "Rivermead Water issued a notice on Saturday. Rivermead has set up water stations, and said it would "
        "deliver water to 1,200 customers.",
        [("Rivermead Water has set up water stations.", None),
         ("Rivermead Water will deliver water to 1,200 customers.", "Rivermead Water")],
        [],
        id="a-short-name-the-tagger-took-for-a-common-noun-still-takes-its-full-name",
    ),
    pytest.param(
        "Rivermead Water issued a notice. The company said the contamination was caused by a cracked hatch on the "
        "roof, which let rainwater in. It has since drained the reservoir.",
        [("Rivermead Water has since drained the reservoir.", None)],
        [],
        id="it-after-a-body-s-statement-is-the-body",
    ),
    pytest.param(
        "Lumora Systems reported results. “This is exactly the right moment to invest,” said Ravi Menon of "
        "Crestline Research, who rates the stock a buy. Business groups welcomed the signal.",
        [("Now is exactly the right moment to invest.", "Ravi Menon"),
         ("Ravi Menon of Crestline Research rates the stock a buy.", None),
         ("Business groups welcomed Lumora Systems’ signal.", None)],
        ["Lumora Systems is exactly the right moment to invest."],
        id="this-is-the-right-moment-is-now-and-who-after-x-of-y-is-x",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell their captain, Joel Anders, for a club-record fee, the club said. "
        "He will have a medical on Friday. The club’s chairman, Ian Roe, who took over in 2023, welcomed it.",
        [("Joel Anders will have a medical on Friday.", None), ("Ian Roe took over in 2023.", None)],
        ["Redmarsh City-record fee"],
        id="a-club-is-not-a-he-and-club-record-is-not-the-club",
    ),
    pytest.param(
        "Solmark’s ministry called the decision illegal. It added that Solmark is preparing countermeasures. "
        "Tom Darrow said the first warning letter arrived only after the water had reached his garden. "
        "The decision was taken in January, before Lantern had left the ground.",
        [("Solmark is preparing countermeasures.", "Solmark’s ministry"),
         ("The first warning letter arrived only after the water had reached his garden.", "Tom Darrow")],
        ["Lantern had left the ground."],
        id="it-added-is-a-body-speaking-only-after-stays-whole-before-asserts-nothing",
    ),
    pytest.param(
        "Many of our members are worried, said the council. Steelmaker Norrfors, which employs 5,200 people, "
        "said it had paused plans to hire 300 workers.",
        [("Steelmaker Norrfors has paused plans to hire 300 workers.", "Steelmaker Norrfors")],
        [],
        id="a-source-described-with-which-is-a-body-that-it-stands-for",
    ),
    pytest.param(
        "About 1,200 residents were moved out of Eastholme on Sunday. Most are staying with relatives.",
        [("Most of the residents are staying with relatives.", None)],
        ["Most are staying with relatives."],
        id="a-bare-most-counts-the-group-named-before",
    ),
    pytest.param(
        "The agency launched its Lantern probe on Saturday. Mission controllers said the spacecraft was sending data.",
        [("The Lantern probe is sending data.", "mission controllers")],
        [],
        id="the-spacecraft-is-the-probe-named-before",
    ),
    pytest.param(
        "Redmarsh City sold Joel Anders. He scored 112 goals. “Joel has given everything here,” the manager said. "
        "Solmark Dairy exports cheese. If Solmark retaliates, the damage could spread.",
        [("Joel Anders has given everything here.", "the manager"),
         ("If Solmark retaliates, the damage could spread.", None)],
        [],
        id="a-first-name-is-the-person-known-as-he-a-country-is-not-the-company-named-after-it",
    ),
    pytest.param(
        "The Solmark Dairy Council fears the tariff. “Many of our members sell cheese abroad. "
        "This is a disaster,” said Helga Brandt, the council’s chief executive.",
        [("Many of the Solmark Dairy Council’s members sell cheese abroad.", "Helga Brandt")],
        ["Many of our members sell cheese abroad."],
        id="a-quote-over-two-sentences-has-one-speaker-whose-our-is-the-body-of-her-role",
    ),
    pytest.param(
        "Dravia will impose tariffs. Trade minister Ivo Karsten told parliament that Solmark did not want a trade war. "
        "“Our door remains open, but we will defend our producers,” he said.",
        [("Solmark’s door remains open.", "Ivo Karsten"), ("Solmark will defend its producers.", "Ivo Karsten")],
        [],
        id="a-speakers-we-is-the-country-he-first-reported-on",
    ),
    pytest.param(
        "Anita Shah said the order had been issued as soon as the agency raised its alert and that any earlier "
        "move would have been based on guesswork.",
        [("The order was issued as soon as the agency raised its alert.", "Anita Shah"),
         ("Any earlier move would have been based on guesswork.", "Anita Shah")],
        [],
        id="a-second-that-clause-is-a-second-thing-said",
    ),
    pytest.param(
        "Steel imports rose 38%, according to Dravian customs data. Solmark’s Ministry of Trade and Industry called "
        "the decision illegal. The ministry said it would file a complaint.",
        [("Steel imports rose 38%.", "Dravian customs data"),
         ("Solmark’s Ministry of Trade and Industry will file a complaint.",
          "Solmark’s Ministry of Trade and Industry")],
        [],
        id="a-source-keeps-its-capital-and-a-possessed-name-takes-no-article",
    ),
    pytest.param(
        "The Meridian Space Agency (MSA) launched a probe. The agency said no other MSA mission had to be delayed.",
        [("No other Meridian Space Agency mission had to be delayed.", "the Meridian Space Agency")],
        [],
        id="a-spelled-out-acronym-after-a-determiner-drops-its-article",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell their captain, Joel Anders, to Sporting Velar. "
        "The 27-year-old striker joined from Kelby Town in 2019. The agency will drop a small lander, Ember, in 2033.",
        [("Redmarsh City have agreed to sell Joel Anders to Sporting Velar.", None),
         ("Joel Anders is Redmarsh City’s captain.", None),
         ("Joel Anders joined from Kelby Town in 2019.", None)],
        ["Ember is a small lander."],
        id="an-owned-role-named-in-apposition-and-an-aged-description-name-the-person",
    ),
    pytest.param(
        "The flood warning came after the River Tamsel rose to 4.8 metres. The Redmarsh Supporters’ Trust, which has "
        "6,400 members, is angry. Officials said the river is still rising. The trust has called a meeting.",
        [("The River Tamsel is still rising.", "officials"),
         ("The Redmarsh Supporters’ Trust has called a meeting.", None)],
        [],
        id="the-river-and-the-trust-are-the-ones-named-before",
    ),
    pytest.param(
        "Dravia will impose tariffs on steel. Dravia holds a general election in October, and its steel towns are "
        "marginal seats. That makes a quick climbdown unlikely before the vote.",
        [("Dravia holding a general election in October makes a quick climbdown unlikely before the vote.", None)],
        ["Dravia makes a quick climbdown unlikely before the vote."],
        id="that-makes-is-what-the-first-clause-before-says-and-the-vote-is-no-decision-without-voting",
    ),
    pytest.param(
        "The council issued an evacuation order. This is the third serious flood in Lowbridge in eight years.",
        [("The current flood is the third serious flood in Lowbridge in eight years.", None)],
        ["The evacuation order is the third serious flood in Lowbridge in eight years."],
        id="this-is-the-third-x-is-the-present-x-when-none-was-named",
    ),
    pytest.param(
        "The Varenian Federation of Industry said high borrowing costs had held back investment and that a cut "
        "would give manufacturers badly needed relief.",
        [("A cut would give manufacturers badly needed relief.", "the Varenian Federation of Industry")],
        ["A cut would give manufacturers."],
        id="a-second-object-the-parser-hangs-on-said-stays-with-its-verb",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell their captain, Joel Anders, to Sporting Velar. "
        "Redmarsh confirmed the deal on Wednesday. Sofia Bekker backed the decision.",
        [("Sofia Bekker backed Redmarsh City’s decision to sell Joel Anders to Sporting Velar.", None),
         ("Redmarsh City confirmed Redmarsh City’s deal to sell Joel Anders to Sporting Velar on Wednesday.", None)],
        [],
        id="the-decision-to-sell-their-captain-names-him-and-a-short-name-beside-the-full-one-is-expanded",
    ),
    pytest.param(
        "Martin Caldwell was convicted of fraud. He was remanded in custody. The jury cleared him of a fifth charge.",
        [("The jury cleared Martin Caldwell of a fifth charge.", None)],
        ["The jury cleared him of a fifth charge."],
        id="him-inside-a-claim-is-the-one-person-the-article-called-he",
    ),
    pytest.param(
        "Joel Anders will leave. He scored 112 goals. Priya Nandra, an analyst, said the fee was fair. "
        "She said the fee was fair for a player with two years left on his contract.",
        [("The fee was fair for a player with two years left on his contract.", "Priya Nandra")],
        [],
        id="his-after-a-person-noun-in-the-claim-stays",
    ),
    pytest.param(
        "Dean Walsh is a fan. Joel Anders will leave. He scored 112 goals. "
        "“Without him we will be fighting relegation,” Dean Walsh said.",
        [("Without Joel Anders we will be fighting relegation.", "Dean Walsh")],
        ["Without Dean Walsh we will be fighting relegation."],
        id="him-in-a-speakers-own-quote-is-not-the-speaker",
    ),
    pytest.param(
        "The Solmark Dairy Council said the tariff could cost its members 190 million euros a year.",
        [("The tariff could cost the Solmark Dairy Council’s members 190 million euros a year.",
          "the Solmark Dairy Council")],
        [],
        id="its-in-a-bodys-report-is-the-body",
    ),
    pytest.param(
        "Craig Whitlow criticised the officiating. He argued that the card was harsh and said the red card had "
        "changed the game.",
        [("The card was harsh.", "Craig Whitlow"), ("The red card has changed the game.", "Craig Whitlow")],
        [],
        id="argued-that-a-and-said-b-is-the-speakers-not-a-s-subjects",
    ),
    pytest.param(
        "Dravia will impose tariffs of 25% on steel and 15% on dairy products imported from Solmark.",
        [("Dravia will impose tariffs of 25% on steel imported from Solmark.", None),
         ("Dravia will impose tariffs of 15% on dairy products imported from Solmark.", None)],
        [],
        id="coordinated-quantities-each-with-its-phrase-are-two-claims",
    ),
    pytest.param(
        "Dravia announced on Tuesday that it would impose tariffs on steel from Solmark. "
        "The two economies depend heavily on each other.",
        [("The economies of Dravia and Solmark depend heavily on each other.", None)],
        ["The economies of Dravia and Tuesday depend heavily on each other."],
        id="the-two-economies-are-those-of-the-two-parties-not-a-weekday",
    ),
    pytest.param(
        "Dorrance Appliances, which has made washing machines in Kellsford since 1968, will close its plant in "
        "Halvic. Kellsford has lost 2,000 jobs, and unemployment in the town stands at 6.8%. "
        "“This town kept its side of the bargain,” Dev Ashworth said.",
        [("Unemployment in Kellsford stands at 6.8%.", None),
         ("Kellsford kept its side of the bargain.", "Dev Ashworth")],
        [],
        id="the-town-is-the-place-the-article-is-set-in",
    ),
    pytest.param(
        "Harbourton city council has approved a tram extension to Millbrook. Under the plan, the city will buy trams.",
        [("Under the plan, Harbourton will buy trams.", None)],
        ["Under the plan, Millbrook will buy trams."],
        id="the-city-is-the-one-whose-council-acts",
    ),
    pytest.param(
        "New Calder will ban gas boilers in new homes. The state closed its last coal power station in 2024.",
        [("New Calder closed its last coal power station in 2024.", None)],
        [],
        id="the-state-is-the-place-that-opens-the-article",
    ),
    pytest.param(
        "Tiger Woods will return in April. He said the country had been kind to him.",
        [],
        ["Tiger Woods has been kind to him."],
        id="a-person-who-opens-the-article-is-not-the-country",
    ),
    pytest.param(
        "The agency launched its Lantern probe on Saturday.\nThe 1.9-tonne spacecraft lifted off at dawn and "
        "separated from the rocket’s upper stage later. Controllers confirmed that its solar panels had unfolded.",
        [("The 1.9-tonne Lantern probe lifted off at dawn.", None),
         ("The 1.9-tonne Lantern probe’s solar panels have unfolded.", "controllers")],
        [],
        id="a-measure-in-front-says-how-big-not-which-one",
    ),
    pytest.param(
        "The agency said partner agencies had covered most of the overrun. This meant that no other mission had "
        "to be delayed, it added.",
        [("Partner agencies having covered most of the overrun meant that no other mission had to be delayed.",
          "the agency")],
        [],
        id="this-meant-is-what-was-said-before-not-the-saying",
    ),
    pytest.param(
        "The agency launched its Lantern probe on Saturday. The probe lifted off at dawn. "
        "“It was a textbook launch,” said Amara Quist. Delays to its camera system pushed the launch back.",
        [("The launch of the Lantern probe was a textbook launch.", "Amara Quist"),
         ("Delays to the Lantern probe’s camera system pushed the launch back.", None)],
        [],
        id="it-is-the-event-its-predicate-names-and-its-inside-a-subject-is-resolved",
    ),
    pytest.param(
        "The agency launched its probe. Hugo Lindqvist, a planetary scientist at the University of Brevik who is not "
        "involved in the mission, urged caution. “We should not promise water before we have seen it,” he said.",
        [("Hugo Lindqvist is not involved in the mission.", None),
         ("Scientists should not promise water before they have seen it.", "Hugo Lindqvist")],
        ["The agency should not promise water before we have seen it."],
        id="an-outside-experts-we-are-the-people-of-their-kind-and-a-who-clause-on-them-is-theirs",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s. Shoppers’ Voice said the merger could mean higher prices and urged "
        "the authority to block it. Leon Markovic said a degree remained within reach of everyone who works for it.",
        [("Shoppers’ Voice urged the authority to block the merger of Freshway and Bellamy’s.", None),
         ("A degree remained within reach of everyone who works for it.", "Leon Markovic")],
        [],
        id="an-object-it-is-what-the-sentences-claim-before-was-about-unless-the-claims-own-subject-is-a-thing",
    ),
    pytest.param(
        "Freshway, Kestavia’s third-largest chain, has agreed to buy Bellamy’s, the two companies announced. "
        "The authority said that it would open an investigation, citing concerns about 212 towns.",
        [("Freshway is Kestavia’s third-largest chain.", None),
         ("The authority will open an investigation.", "the authority"),
         ("The authority cited concerns about 212 towns.", None)],
        [],
        id="a-description-and-a-closing-participle-are-the-articles-own",
    ),
    pytest.param(
        "In the capital, 26.1% of entries got an A, while in the province of Keld the figure was 11.4%. "
        "Critics say the change has favoured pupils at fee-paying schools, who are more likely to have tutors.",
        [("In the province of Keld the share of entries that got an A was 11.4%.", None),
         ("Pupils at fee-paying schools are more likely to have tutors.", "critics")],
        ["Fee-paying schools are more likely to have tutors."],
        id="the-figure-after-a-share-is-that-share-and-who-is-said-of-the-people",
    ),
    pytest.param(
        "The Dravian government said the measures were a response to Solmark’s subsidies for its steelmakers, "
        "which it claims have flooded the Dravian market with cheap metal.",
        [("The measures were a response to Solmark’s subsidies for its steelmakers.", "the Dravian government"),
         ("The steelmakers have flooded the Dravian market with cheap metal.", "the Dravian government")],
        [],
        id="which-it-claims-have-flooded-is-a-claim-of-the-speaker-even-when-the-parser-slips",
    ),
    pytest.param(
        "Dravia will impose tariffs on Solmark. Solmark’s Ministry of Trade and Industry called the decision "
        "“unjustified and illegal” in a statement. The ministry said its support for steelmakers was legal.",
        [("Dravia’s decision to impose tariffs is unjustified.", "Solmark’s Ministry of Trade and Industry"),
         ("Dravia’s decision to impose tariffs is illegal.", "Solmark’s Ministry of Trade and Industry"),
         ("Solmark’s Ministry of Trade and Industry’s support for steelmakers was legal.",
          "Solmark’s Ministry of Trade and Industry")],
        [],
        id="called-it-unjustified-and-illegal-is-two-verdicts-and-its-in-a-bodys-words-is-the-body",
    ),
    pytest.param(
        "Dravia is Solmark’s second-largest export market, taking goods worth 11.2 billion euros last year.",
        [("Dravia is Solmark’s second-largest export market.", None),
         ("Dravia took goods worth 11.2 billion euros last year.", None)],
        ["Dravia takes goods worth 11.2 billion euros last year."],
        id="a-participle-set-last-year-is-in-the-past",
    ),
    pytest.param(
        "The Northvale Flood Agency issued a severe flood warning for Lowbridge on Sunday, its highest alert level. "
        "Yields on two-year government bonds fell to 3.7%, their lowest level in 18 months.",
        [("The Northvale Flood Agency issued a severe flood warning for Lowbridge on Sunday.", None),
         ("A severe flood warning is the Northvale Flood Agency’s highest alert level.", None),
         ("3.7% is the lowest level of yields on two-year government bonds in 18 months.", None)],
        ["3.7% is their lowest level in 18 months."],
        id="its-or-their-in-a-set-off-description-is-the-subjects",
    ),
    pytest.param(
        "Investors were unsettled by the company’s plan to increase capital spending to $2.4 billion this year, "
        "almost double the 2025 level.",
        [("Capital spending of $2.4 billion is almost double the 2025 level.", None)],
        ["Investors were unsettled by the company’s plan to increase capital spending to $2.4 billion this year, "
         "almost double the 2025 level."],
        id="a-description-after-a-target-amount-is-said-of-what-reaches-it",
    ),
    pytest.param(
        "The state’s housing association disputed that figure, saying installation costs have fallen by a fifth "
        "since 2022 and are likely to keep falling. The union rejected the offer, saying pay had fallen behind "
        "inflation and that members would strike in May.",
        [("Installation costs have fallen by a fifth since 2022.", "the state’s housing association"),
         ("Installation costs are likely to keep falling.", "the state’s housing association"),
         ("Pay has fallen behind inflation.", "the union"), ("Members will strike in May.", "the union")],
        [],
        id="saying-after-a-past-verb-reports-in-the-past-and-both-halves-are-the-speakers",
    ),
    pytest.param(
        "The minister defended the plan, arguing that it would cut costs and create jobs.",
        [("The plan will cut costs.", "the minister"), ("The plan will create jobs.", "the minister")],
        ["The minister will cut costs."],
        id="it-in-a-stance-on-a-thing-is-the-thing-and-a-minister-is-no-it",
    ),
    pytest.param(
        "Ministers have promised to build 300,000 homes a year, a target that has never been met. "
        "The bank said it was confident that inflation would fall.",
        [("300,000 homes a year is a target that has never been met.", None)],
        ["Ministers are a target that has never been met.", "It was confident that inflation would fall."],
        id="a-description-far-from-its-parsed-head-is-of-the-amount-and-it-was-confident-is-no-empty-it",
    ),
    pytest.param(
        "The company expects profits to rise by 10% next year, while rivals are cutting their forecasts. "
        "The museum, which opened in 1998, will close in March, its director said.",
        [("Profits will rise by 10% next year.", "the company"), ("Rivals are cutting their forecasts.", None),
         ("The museum will close in March.", "the museum’s director")],
        [],
        id="a-while-clause-on-the-frame-is-the-articles-and-its-director-is-the-subjects",
    ),
    pytest.param(
        "Teachers in Rhenland will strike next week, their union said on Friday.",
        [("Teachers in Rhenland will strike next week.", "the teachers’ union")],
        [],
        id="their-union-is-the-plural-subjects-even-when-its-last-word-is-a-place",
    ),
    pytest.param(
        "A new malaria vaccine is cheaper to produce than existing shots and needs only two doses. "
        "Manufacturer Celtis Bio said it aimed to produce 40 million doses by 2028.",
        [("A new malaria vaccine is cheaper to produce than existing shots.", None),
         ("The new malaria vaccine needs only two doses.", None),
         ("Manufacturer Celtis Bio aims to produce 40 million doses by 2028.", "Manufacturer Celtis Bio")],
        [],
        id="a-finite-verb-joined-to-an-infinitive-shares-the-subject-and-a-manufacturer-is-an-it",
    ),
    pytest.param(
        "Dr Amira Khan said the results were encouraging but warned against drawing firm conclusions.",
        [("The results were encouraging.", "Amira Khan"), ("Amira Khan warned against drawing firm conclusions.", None)],
        ["The results warned against drawing firm conclusions."],
        id="a-speaking-verb-joined-to-the-report-is-the-speakers-act",
    ),
    pytest.param(
        "The regulator fined the bank. Shares in the company fell 8% after it cut its profit forecast. "
        "The minister resigned after it emerged that he had lied.",
        [("The company cut its profit forecast.", None), ("The minister had lied.", None)],
        ["The regulator cut its profit forecast.", "The bank emerged that he had lied."],
        id="it-after-after-is-the-one-thing-the-main-subject-names-and-it-emerged-is-empty",
    ),
    pytest.param(
        "The bridge, expected to cost 2 billion euros, will link the two islands. "
        "The plant, opened in 2019 with public money, employs 300 people.",
        [("The bridge is expected to cost 2 billion euros.", None), ("The bridge will link the two islands.", None),
         ("The plant was opened in 2019 with public money.", None), ("The plant employs 300 people.", None)],
        [],
        id="a-participle-set-off-after-the-subject-is-a-claim-about-it-in-its-own-time",
    ),
    pytest.param(
        "Harlow Energy will cut 1,200 jobs, the company said on Tuesday. The cuts, which amount to about 15% of its "
        "workforce, will fall mostly on its plants in the north. Chief executive Maria Olsen said the decision had "
        "been painful.",
        [("The cuts of 1,200 jobs will fall mostly on Harlow Energy’s plants in the north.", None),
         ("The cuts of 1,200 jobs amount to about 15% of Harlow Energy’s workforce.", None),
         ("Harlow Energy’s decision to cut 1,200 jobs has been painful.", "Maria Olsen")],
        [],
        id="its-after-a-plural-subject-is-the-last-body-and-the-decision-said-of-is-the-actors",
    ),
    pytest.param(
        "A man has been charged with murder after a woman was found dead at a flat in Dunmore, police said. "
        "The firm has cut prices after sales fell.",
        [("A man has been charged with murder.", "police"), ("A woman was found dead at a flat in Dunmore.", "police"),
         ("The firm has cut prices after sales fell.", None)],
        [],
        id="after-a-present-perfect-both-happened-unless-the-after-clause-is-too-short-to-stand",
    ),
    pytest.param(
        "The blood test correctly identified 87% of cases. Dr Ben Hart said he hoped it could be "
        "available in hospitals within five years.",
        [("Ben Hart hoped the blood test could be available in hospitals within five years.", "Ben Hart")],
        [],
        id="it-opening-a-nested-report-is-the-last-thing",
    ),
    pytest.param(
        "The minister hoped that prices would fall by the summer. The firm stopped production and planned a sale.",
        [("Prices will fall by the summer.", "the minister"), ("The firm planned a sale.", None)],
        [],
        id="hoped-is-a-report-though-the-lemmatiser-reads-hop",
    ),
    pytest.param(
        "According to market research firm Canalys, Novatek’s share of the European smartphone market fell to 4% "
        "last year. Lars Berg said Novatek expected to sell one million units if the launch went well.",
        [("Novatek’s share of the European smartphone market fell to 4% last year.", "Canalys"),
         ("Novatek expects to sell one million units if the launch goes well.", "Lars Berg")],
        [],
        id="a-subject-hung-on-according-to-is-the-subject-and-an-intent-reported-in-the-past-still-holds",
    ),
    pytest.param(
        "Libraries are not just places to borrow books; they are among the last free public spaces. "
        "Supporters of the plan say the buildings are expensive to maintain. That may be true, but the council "
        "has not explained why it cannot find the money elsewhere.",
        [("Libraries are not just places to borrow books.", None),
         ("Libraries are among the last free public spaces.", None),
         ("The claim that the buildings are expensive to maintain may be true.", None),
         ("The council has not explained why it cannot find the money elsewhere.", None)],
        [],
        id="a-semicolon-between-clauses-ends-a-sentence-and-that-may-be-true-is-about-the-claim",
    ),
    pytest.param(
        "The Labour Party won 42% of the vote in Sunday’s election, its best result since 1997, while the "
        "Conservatives fell to 28%. Turnout rose to 68%, the highest in two decades.",
        [("42% of the vote in Sunday’s election is the Labour Party’s best result since 1997.", None),
         ("The Conservatives fell to 28%.", None), ("68% is the highest in two decades.", None)],
        [],
        id="a-description-closing-an-amount-object-or-a-superlative-is-said-of-the-amount",
    ),
    pytest.param(
        "Forecasters have issued an amber warning for Devon. The warning runs from 6am on Thursday until midnight. "
        "It comes just a week after Storm Ellen left thousands of homes without power.",
        [("The amber warning for Devon runs from 6am on Thursday until midnight.", None),
         ("The amber warning for Devon comes just a week after Storm Ellen left thousands of homes without power.", None)],
        [],
        id="a-subject-read-as-a-compound-of-its-verb-is-the-subject",
    ),
    pytest.param(
        "Mary Lowe, 82, was left on a trolley overnight. Her daughter, Claire, said staff had been kind. "
        "“Nobody should have to wait that long,” she said. “My mother is frail and she was frightened.” "
        "The trust said demand had risen by 12% since last winter.",
        [("Nobody should have to wait that long.", "Claire"), ("Claire’s mother is frail.", "Claire"),
         ("Mary Lowe was frightened.", "Claire"), ("Demand has risen by 12% since last winter.", "the trust")],
        [],
        id="a-quoted-my-is-the-speakers-a-quoted-she-is-not-the-speaker-and-since-keeps-the-perfect",
    ),
    pytest.param(
        "Orbis Pharma has agreed to buy the biotech firm Calyx Therapeutics for 4.2 billion dollars, the companies "
        "said on Monday.",
        [("Orbis Pharma has agreed to buy the biotech firm Calyx Therapeutics for 4.2 billion dollars.",
          "Orbis Pharma and Calyx Therapeutics")],
        [],
        id="the-companies-said-after-a-deal-are-its-two-parties",
    ),
    pytest.param(
        "The match was watched by a crowd of 31,200, a record for the ground.",
        [("The match was watched by a crowd of 31,200.", None), ("A crowd of 31,200 is a record for the ground.", None)],
        [],
        id="a-description-after-a-counted-noun-is-said-of-it",
    ),
    pytest.param(
        "Industry groups said the ban would push users towards the black market. Health charities welcomed it but "
        "said it did not go far enough.",
        [("The ban will push users towards the black market.", "industry groups"),
         ("Health charities welcomed the ban.", None), ("The ban did not go far enough.", "health charities")],
        [],
        id="an-object-it-after-a-plural-subject-is-what-the-sentence-before-was-about",
    ),
    pytest.param(
        "The closure will cost 640 jobs, about a fifth of all manufacturing work in the town. "
        "Shareholders will receive 4.10 euros a share, a premium of 31% to Friday’s price. "
        "The bank kept its rate at 4.25% on Thursday, the third meeting without a change.",
        [("The closure will cost 640 jobs.", None),
         ("640 jobs are about a fifth of all manufacturing work in the town.", None),
         ("4.10 euros a share is a premium of 31% to Friday’s price.", None),
         ("The bank kept its rate at 4.25% on Thursday.", None),
         ("Thursday’s meeting was the third meeting without a change.", None)],
        ["Thursday is the third meeting without a change."],
        id="a-phrase-set-off-after-an-amount-says-what-the-amount-is",
    ),
    pytest.param(
        "Prosecutors argued that Caldwell set up a shell company. The money, they said, paid for a villa in "
        "Portugal and a collection of vintage cars.",
        [("The money paid for a villa in Portugal.", "prosecutors"),
         ("The money paid for a collection of vintage cars.", "prosecutors")],
        [],
        id="a-verb-after-a-parenthetical-frame-is-the-verb-not-a-participle",
    ),
    pytest.param(
        "Lumora Systems reported revenue of $3 billion. Investors were unsettled by the company’s plan to "
        "increase capital spending to $2.4 billion this year.",
        [("Lumora Systems plans to increase capital spending to $2.4 billion this year.", None)],
        [],
        id="a-plan-named-with-its-owner-is-a-claim-of-its-own",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell Joel Anders to Sporting Velar. Ian Roe said the offer was too good.",
        [("Sporting Velar’s offer for Joel Anders was too good.", "Ian Roe")],
        ["Redmarsh City’s offer was too good."],
        id="the-offer-for-what-the-actor-sells-is-the-buyers",
    ),
    pytest.param(
        "Brightline reported revenue of $3.4 billion on Tuesday, up 31% from a year earlier and ahead of the "
        "$3.3 billion analysts had expected.",
        [("Brightline reported revenue of $3.4 billion on Tuesday.", None),
         ("Brightline’s revenue was up 31% from a year earlier.", None),
         ("Brightline’s revenue was ahead of the $3.3 billion analysts had expected.", None)],
        [],
        id="a-reported-figure-is-no-report-and-its-comparisons-are-claims-of-their-own",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell Joel Anders. The club’s chairman, Ian Roe, said the offer was too good. "
        "Roe added that the club had posted a loss of 21 million euros last season, up 40% from the year before.",
        [("Redmarsh City posted a loss of 21 million euros last season.", "Ian Roe"),
         ("Redmarsh City’s loss was up 40% from the year before.", "Ian Roe")],
        [],
        id="a-posted-figure-reported-in-the-past-was-up",
    ),
    pytest.param(
        "The fund was set up by the city’s mayor, Ana Ruiz, in 2019. Talks were led by the union’s general "
        "secretary, Paul Hart.",
        [("The fund was set up by Ana Ruiz in 2019.", None), ("Ana Ruiz is the city’s mayor.", None),
         ("Talks were led by Paul Hart.", None), ("Paul Hart is the union’s general secretary.", None)],
        [],
        id="a-named-role-after-a-preposition-is-a-claim-of-its-own",
    ),
    pytest.param(
        "Similar pledges made after Grandmart bought Valora in 2019 were quietly dropped within two years.",
        [("Similar pledges made after Grandmart bought Valora in 2019 were quietly dropped within two years.", None),
         ("Grandmart bought Valora in 2019.", None)],
        [],
        id="a-dated-event-in-a-modifier-happened",
    ),
    pytest.param(
        "The regulator cited concerns about 212 towns where the two chains are each other’s closest competitor. "
        "Prices rose in every region except the north, where they fell by 2%.",
        [("The two chains are each other’s closest competitor in 212 towns.", None),
         ("Prices fell by 2% in the north.", None)],
        [],
        id="a-where-clause-on-counted-places-is-placed-after-the-whole-figure",
    ),
    pytest.param(
        "Heavy snow closed more than 300 schools on Monday, and forecasters warned that temperatures could drop "
        "to minus 18C overnight.",
        [("Heavy snow closed more than 300 schools on Monday.", None),
         ("Temperatures could drop to minus 18C overnight.", "forecasters")],
        [],
        id="a-coordinated-clause-that-reports-is-attributed-to-its-own-subject",
    ),
    pytest.param(
        "The storm is the worst to hit the country since 2010. Insurers estimate the damage at 90 million euros, "
        "making it one of the costliest storms on record. Hospitals reported a sharp rise in injuries, with Vesk "
        "General treating 85 patients on Sunday alone.",
        [("Insurers estimate the damage at 90 million euros.", None),
         ("The storm is one of the costliest storms on record.", None),
         ("Hospitals reported a sharp rise in injuries.", None),
         ("Vesk General treated 85 patients on Sunday alone.", None)],
        [],
        id="making-it-and-with-doing-are-claims-of-their-own",
    ),
    pytest.param(
        "Opposition leader Karl Mett accused the government of being unprepared. “They had a week's warning and "
        "did nothing,” he said.",
        [("The government had a week's warning.", "Karl Mett"), ("The government did nothing.", "Karl Mett")],
        [],
        id="a-quoted-they-after-an-accusation-is-the-accused",
    ),
    pytest.param(
        "Peter Hale, 52, pleaded guilty in March to 11 counts of fraud. The court heard that he had transferred "
        "money from 23 accounts. The bank, Corbel Savings, said it had refunded all the affected customers. "
        "Hale's lawyer said his client was deeply ashamed.",
        [("Peter Hale has transferred money from 23 accounts.", "the court"),
         ("Corbel Savings has refunded all the affected customers.", "Corbel Savings"),
         ("Peter Hale was deeply ashamed.", "Hale's lawyer")],
        [],
        id="what-a-court-heard-a-named-bank-and-a-lawyers-client",
    ),
    pytest.param(
        "Voters in Marrow County will elect a new sheriff on 4 November after the incumbent, Dale Price, "
        "announced he would not seek a fourth term.",
        [("Dale Price will not seek a fourth term.", "Dale Price")],
        [],
        id="after-a-named-subject-opens-a-clause-not-a-phrase",
    ),
    pytest.param(
        "Three candidates are on the ballot: former deputy Lisa Chen, businessman Tom Ashby and retired judge Ray "
        "Okoro. Ashby is running on a platform of lower taxes. He has spent $200,000 of his own money.",
        [("Tom Ashby has spent $200,000 of his own money.", None)],
        [],
        id="a-surname-subject-is-the-person-named-before",
    ),
    pytest.param(
        "Regulators have approved a new weight-loss drug, Lumevia, for adults with obesity. The drug will cost "
        "about 250 euros a month. A second drug, Zelora, is under review.",
        [("Lumevia will cost about 250 euros a month.", None)],
        [],
        id="the-thing-named-when-introduced-is-called-by-its-name",
    ),
    pytest.param(
        "The increase was driven mainly by coal use in India and Indonesia, where demand for electricity grew "
        "faster than renewable capacity. The report warned that the world was not on track. To limit warming to "
        "1.5C, emissions would need to fall by about 40% by 2030, it said.",
        [("Demand for electricity grew faster than renewable capacity in India and Indonesia.", None),
         ("To limit warming to 1.5C, emissions will need to fall by about 40% by 2030.", "the report")],
        [],
        id="where-is-the-place-named-last-and-it-said-is-the-report-that-spoke",
    ),
    pytest.param(
        "Kira Novak won the women's 10,000 metres on Friday. The 24-year-old Slovenian, who only took up running "
        "at 19, finished in 30 minutes 11 seconds. It is Novak's first major title. “I knew I had the speed,” "
        "Novak said. She had finished fourth last year.",
        [("Kira Novak finished in 30 minutes 11 seconds.", None), ("Kira Novak only took up running at 19.", None),
         ("Kira Novak knew Kira Novak had the speed.", "Kira Novak")],
        ["Kira Novak is Novak's first major title.", "Kira Novak’s decision to win the women's 10,000 metres is "
         "Novak's first major title."],
        id="an-aged-description-is-the-person-and-no-person-is-it",
    ),
    pytest.param(
        "The city council voted on Tuesday to introduce a congestion charge. The scheme, approved by 31 votes to "
        "19, is expected to raise 22 million pounds a year.",
        [("The congestion charge was approved by 31 votes to 19.", None)],
        [],
        id="a-set-off-vote-is-over",
    ),
    pytest.param(
        "The number of new homes completed fell to 21,300, the lowest since 2013, as builders struggled with "
        "higher borrowing costs. The government has promised 25,000 affordable homes a year by 2028, a target "
        "that housing groups say is unrealistic.",
        [("The number of new homes completed fell to 21,300.", None), ("21,300 is the lowest since 2013.", None),
         ("The government has promised 25,000 affordable homes a year by 2028.", None),
         ("25,000 affordable homes a year is a target that housing groups say is unrealistic.", None)],
        [],
        id="a-description-the-parser-hangs-on-the-verb-is-said-of-the-amount-before-its-date",
    ),
    pytest.param(
        "Dorland's delegation struck a more cautious tone. Its spokesman said Kestavia must first withdraw troops "
        "from the Harn valley.",
        [("Kestavia must first withdraw troops from the Harn valley.", "Dorland's delegation’s spokesman")],
        [],
        id="its-spokesman-opening-a-sentence-points-back",
    ),
    pytest.param(
        "Quill unveiled its first foldable phone on Tuesday, priced at 1,799 dollars, as it tries to catch up with "
        "larger rivals. Quill, founded in 2016 by two former engineers, sold 31 million phones last year.",
        [("Quill’s first foldable phone was priced at 1,799 dollars.", None),
         ("Quill was founded in 2016 by two former engineers.", None),
         ("Quill sold 31 million phones last year.", None)],
        [],
        id="a-set-off-participle-hung-on-the-verb-describes-the-subject-or-object-beside-it",
    ),
    pytest.param(
        "A magnitude 6.4 earthquake struck the southern coast early on Sunday, killing at least 23 people and "
        "injuring more than 200, officials said. The quake, centred 12 kilometres off the port town of Castrel, "
        "was felt as far away as the capital.",
        [("The magnitude 6.4 earthquake killed at least 23 people.", "officials"),
         ("The magnitude 6.4 earthquake injured more than 200.", "officials"),
         ("The quake was centred 12 kilometres off the port town of Castrel.", None),
         ("The quake was felt as far away as the capital.", None)],
        [],
        id="two-participles-take-the-tense-and-a-bracketed-participle-before-was-felt",
    ),
    pytest.param(
        "Teachers will strike next month, their union announced on Friday. The education department has offered "
        "4.5%, which it says is all it can afford.",
        [("4.5% is all it can afford.", "the education department")],
        [],
        id="which-it-says-after-a-main-clause-is-its-subjects-word",
    ),
    pytest.param(
        "Ashford lost again on Saturday. Ashford are fifth and risk missing out on a European place.",
        [("Ashford are fifth.", None), ("Ashford risk missing out on a European place.", None)],
        [],
        id="a-verb-after-a-copula-complement-read-as-a-noun-is-a-second-predicate",
    ),
    pytest.param(
        "The firm bought the old mill in 2019 and sold it two years later. Residents should boil the water and let "
        "it cool before use.",
        [("The firm sold the old mill two years later.", None),
         ("Residents should let the water cool before use.", None)],
        [],
        id="it-as-the-object-of-a-second-verb-is-the-first-verbs-object",
    ),
    pytest.param(
        "The council approved the budget on Monday. She said the cost was too high.",
        [("The council approved the budget on Monday.", None), ("The cost was too high.", "she")],
        [],
        id="a-body-is-never-she-so-the-source-stays-she",
    ),
    pytest.param(
        "Lowbridge District Council ordered the evacuation on Sunday. Some residents criticised the council’s handling "
        "of the evacuation. Tom Darrow said the first warning letter arrived late. “They had days to tell us,” he said.",
        [("Lowbridge District Council had days to tell us.", "Tom Darrow")],
        ["Some residents had days to tell us."],
        id="a-quoted-they-two-sentences-after-criticising-a-bodys-handling-is-that-body",
    ),
    pytest.param(
        "The leak was caused by a cracked hatch on the reservoir roof, which let rainwater in. Jobs went at a factory "
        "in the region, which has lost 2,000 jobs since 2015.",
        [("A cracked hatch on the reservoir roof let rainwater in.", None),
         ("The region has lost 2,000 jobs since 2015.", None)],
        ["The reservoir roof let rainwater in."],
        id="which-after-a-thing-on-or-in-a-common-noun-is-the-thing-but-a-place-stays",
    ),
    pytest.param(
        "The council plans to close three libraries. The council should delay the decision until it has consulted "
        "residents. Otherwise it risks a backlash at next year’s election.",
        [("If the council does not delay the decision to close three libraries until it has consulted residents, "
          "the council risks a backlash at next year’s election.", None)],
        [],
        id="otherwise-is-the-duty-before-left-undone-and-it-can-be-a-council",
    ),
    pytest.param(
        "Freshway has agreed to buy Bellamy’s. If the KCA clears it, it should make the pledge binding. Otherwise "
        "this merger risks becoming another case of a bigger chain.",
        [("Otherwise, the merger of Freshway and Bellamy’s risks becoming another case of a bigger chain.", None)],
        ["Otherwise, the Kestavian Competition Authority’s merger risks becoming another case of a bigger chain.",
         "Otherwise, the merger risks becoming another case of a bigger chain."],
        id="this-merger-takes-no-owner-from-an-if-clause",
    ),
    pytest.param(
        "Skyra grounded 18 planes on Thursday. The engine maker, Altus Aero, said it was working with Skyra to find "
        "the cause. In March, Skyra's rival withdrew six planes. In March, it withdrew two planes.",
        [("Altus Aero is working with Skyra to find the cause.", "Altus Aero")],
        ["Finding the cause is working with Skyra."],
        id="it-was-working-to-find-is-no-extraposed-infinitive",
    ),
    pytest.param(
        "Airline Skyra grounded 18 planes on Thursday after inspectors found cracks in engine mounts. In March, it "
        "withdrew six planes for a week after a software fault.",
        [("In March, Skyra withdrew six planes for a week after a software fault.", None)],
        [],
        id="a-reference-after-a-short-opening-phrase-is-resolved-as-if-it-opened-the-claim",
    ),
    pytest.param(
        "Passenger groups criticised the airline. “People found out at the gate,” said Hanna Lind. “That is simply not "
        "acceptable.”",
        [("People finding out at the gate is simply not acceptable.", "Hanna Lind")],
        [],
        id="that-is-not-acceptable-judges-the-sentence-before",
    ),
    pytest.param(
        "Skyra grounded 18 planes on Thursday. It is the second time this year that Skyra has had to ground aircraft.",
        [("Skyra has had to ground aircraft for the second time this year.", None)],
        [],
        id="it-is-the-second-time-that-x-says-x-for-the-second-time",
    ),
    pytest.param(
        "A cyberattack disrupted deliveries on Monday. The National Cyber Security Agency said it was investigating "
        "and that the attack bore the hallmarks of a ransomware group. It declined to name the group.",
        [("The National Cyber Security Agency declined to name the ransomware group.", None)],
        ["The attack declined to name the ransomware group."],
        id="who-declines-to-name-is-the-last-source",
    ),
    pytest.param(
        "The largest union has called a day of protests. Economists broadly welcomed the reform. Karin Holm said it was "
        "overdue.\nJonas Berg told parliament that the change was needed because the number of workers is falling. "
        "He said it would save about 4 billion crowns a year.",
        [("The reform was overdue.", "Karin Holm"),
         ("The change will save about 4 billion crowns a year.", "Jonas Berg")],
        [],
        id="a-reported-it-is-the-thing-the-sentence-before-took-a-stance-on-or-reported-about",
    ),
    pytest.param(
        "Opposition parties are divided. The Social Democrats said they would reverse the change if they won the next "
        "election, while the Liberals backed it.",
        [("The Liberals backed the change.", None)],
        [],
        id="while-another-named-party-did-y-is-the-articles-contrast-and-its-it-is-the-same-thing",
    ),
    pytest.param(
        "The Halden Museum of Modern Art will return a painting to the heirs of a collector. The painting, Harbour at "
        "Dusk, was bought by the museum in 1962. An independent panel concluded that the sale had been made under "
        "duress. The heirs hope the painting can remain on display.",
        [("Harbour at Dusk was bought by the Halden Museum of Modern Art in 1962.", None),
         ("The sale has been made under duress.", "an independent panel"),
         ("Harbour at Dusk can remain on display.", "the heirs")],
        ["Harbour at Dusk is the painting.", "The Halden Museum of Modern Art’s sale has been made under duress."],
        id="a-bare-role-before-a-title-is-no-claim-and-the-title-keeps-its-small-words-and-a-sale-is-not-the-buyers",
    ),
    pytest.param(
        "Halvorsen, which handles a fifth of the country's deliveries, said it did not know whether data had been "
        "stolen. “We are working around the clock to restore our systems,” chief executive Lena Brandt said. “Our "
        "priority is getting food onto shelves.”",
        [("Halvorsen is working around the clock to restore its systems.", "Lena Brandt"),
         ("Halvorsen’s priority is getting food onto shelves.", "Lena Brandt")],
        [],
        id="a-chief-executives-we-is-the-company-just-named",
    ),
    pytest.param(
        "A fire destroyed a warehouse overnight. Oakline said it would continue to serve customers. It is the third "
        "serious fire on the estate in two years. Nordic Rail said it expected punctuality to improve.",
        [("Oakline will continue to serve customers.", "Oakline"),
         ("The fire is the third serious fire on the estate in two years.", None)],
        ["Oakline is the third serious fire on the estate in two years."],
        id="a-bare-name-that-speaks-is-a-name-and-it-counted-nth-of-a-kind-is-that-kind",
    ),
    pytest.param(
        "Police have arrested a man after a fire destroyed a warehouse overnight. The warehouse, owned by furniture "
        "retailer Oakline, contained stock worth about 3 million pounds, the company said.",
        [("The warehouse contained stock worth about 3 million pounds.", "Oakline")],
        [],
        id="the-company-is-the-business-the-sentence-names-with-its-trade",
    ),
    pytest.param(
        "The study, published in the journal Ocean Ecology, warns that reefs could disappear by 2050. The painting, "
        "valued at 12 million euros, hangs in the main hall.",
        [("The study was published in the journal Ocean Ecology.", None),
         ("The painting is valued at 12 million euros.", None)],
        ["The study is published in the journal Ocean Ecology."],
        id="a-set-off-participle-of-an-act-done-once-is-in-the-past-a-state-stays-present",
    ),
    pytest.param(
        "A fire destroyed a warehouse overnight. Detective Inspector Sara Quinn said the fire was being treated as "
        "arson. “We are keeping an open mind about the motive,” she said.",
        [("Police are keeping an open mind about the motive.", "Sara Quinn")],
        [],
        id="a-police-officers-we-is-the-police",
    ),
    pytest.param(
        "Harlow Foods said on Monday it had agreed to buy rival grocer Pellow. Harlow set out a 10-point plan to win "
        "over the regulator. The plan would cut prices on 500 products. The plan would also keep every store open.",
        [("On Monday, Harlow Foods agreed to buy rival grocer Pellow.", "Harlow Foods"),
         ("Harlow Foods’ plan would cut prices on 500 products.", None),
         ("Harlow Foods’ plan would also keep every store open.", None)],
        ["On Monday it agreed to buy rival grocer Pellow."],
        id="the-plan-is-whoever-set-it-out-and-a-date-without-comma-before-it",
    ),
    pytest.param(
        "Harlow Foods has agreed to buy rival grocer Pellow. The watchdog said the merger could raise prices. If the "
        "watchdog clears the deal, it should make the pledge binding. Otherwise this merger risks becoming another "
        "case of higher prices.",
        [("The merger of Harlow Foods and Pellow could raise prices.", "the watchdog"),
         ("Otherwise, the merger of Harlow Foods and Pellow risks becoming another case of higher prices.", None)],
        [],
        id="the-same-merger-later-and-risks-becoming-is-a-verb",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell their captain, Joel Anders, to Sporting Velar. He will have a medical on "
        "Friday. The club’s chairman, Ian Roe, said the offer was too good to turn down. Season-ticket holder Dean "
        "Walsh said the club was “selling its soul”. “We finished fourth last season with Joel. Without him we will be "
        "fighting relegation,” he said.",
        [("Redmarsh City finished fourth last season with Joel Anders.", "Dean Walsh"),
         ("Without Joel Anders, Redmarsh City will be fighting relegation.", "Dean Walsh")],
        [],
        id="a-fans-we-stays-the-club-and-him-is-the-man-just-named-again",
    ),
    pytest.param(
        "Dorrance Appliances will close its Brookside plant. The union’s regional secretary, Dev Ashworth, said "
        "Dorrance had received public grants on condition that it kept the plant open. The company disputed that "
        "account.",
        [("Dorrance Appliances disputed Dev Ashworth’s account.", None)],
        [],
        id="that-account-is-the-last-speakers",
    ),
    pytest.param(
        "Some residents criticised the council’s handling of the evacuation. Tom Darrow, who has lived on Ferry Lane "
        "for 31 years, said the first warning letter arrived only after the water had reached his garden. “They had "
        "days to tell us,” he said.",
        [("The first warning letter arrived only after the water had reached Tom Darrow’s garden.", "Tom Darrow")],
        [],
        id="his-in-reported-speech-is-the-speakers-and-a-lane-is-no-person",
    ),
    pytest.param(
        "A council report estimated that a new bypass around Melton would cost 40 million pounds, but the project "
        "has been shelved.",
        [("The project for a new bypass around Melton has been shelved.", None)],
        [],
        id="the-scheme-is-for-the-new-thing-named-before-it",
    ),
    pytest.param(
        "Hugo Lindqvist said the lander’s batteries would last only about 60 hours, which leaves little margin if "
        "anything goes wrong. The company has 3,000 staff, which is more than its rival.",
        [("The lander’s batteries lasting only about 60 hours leaves little margin if anything goes wrong.",
          "Hugo Lindqvist")],
        ["Only about 60 hours leaves little margin if anything goes wrong.", "The company having 3,000 staff is more "
         "than its rival."],
        id="which-after-an-amount-that-ends-its-clause-is-about-the-clause",
    ),
    pytest.param(
        "The Meridian Space Agency launched its Lantern probe on Saturday. The agency’s board has already approved a "
        "second probe, Beacon, for launch in 2031. The decision was taken in January, before Lantern had left the "
        "ground.",
        [("The Meridian Space Agency’s board’s decision to approve a second probe, Beacon, for launch in 2031 was "
          "taken in January, before Lantern had left the ground.", None)],
        [],
        id="the-decision-is-the-one-the-sentence-before-told-of",
    ),
    pytest.param(
        "Carmaker Velto is recalling 84,000 cars, the company said. Velto said it was not aware of any accidents. "
        "The developer, Calder Homes, had argued that the city approved the project. The city said it would not pay "
        "compensation. Calder Homes said it would appeal.",
        [("Velto was not aware of any accidents.", "Velto"), ("Carmaker Velto is recalling 84,000 cars.", "Velto"),
         ("Calder Homes will appeal.", "Calder Homes")],
        ["The city will appeal."],
        id="a-business-named-with-its-trade-is-an-it-and-the-trade-is-no-part-of-its-name",
    ),
    pytest.param(
        "The mayor of Dunmore, Rita Falk, has won a second term, beating her Green challenger, Owen Tate, by 3,000 "
        "votes. Tate conceded defeat shortly after midnight. “We ran a campaign we can be proud of,” he told "
        "supporters. Political scientist Lena Brandt said housing would decide whether Falk could deliver on her "
        "promises.",
        [("The mayor of Dunmore has beaten Owen Tate by 3,000 votes.", None),
         ("We ran a campaign we can be proud of.", "Owen Tate"),
         ("Housing will decide whether Rita Falk could deliver on her promises.", "Lena Brandt")],
        ["Housing will decide whether Rita Falk could deliver on Lena Brandt’s promises."],
        id="a-surname-the-tagger-took-for-a-noun-is-still-the-person-and-her-after-a-she-stays",
    ),
    pytest.param(
        "The health authority said emergency care would continue during the strike, but that about 900 planned "
        "operations would be postponed.",
        [("Emergency care will continue during the strike.", "the health authority"),
         ("About 900 planned operations will be postponed.", "the health authority")],
        [],
        id="but-that-second-clause-is-the-second-thing-said",
    ),
    pytest.param(
        "The Nursing Federation said its members had rejected an offer of a 3% rise, which it called “an insult”. It "
        "is asking for 7%.",
        [("The Nursing Federation is asking for 7%.", None)],
        ["An offer of a 3% rise is asking for 7%."],
        id="it-that-asks-is-the-body-that-spoke-before",
    ),
    pytest.param(
        "Teachers in Rhenland will strike for three days next week after talks on pay broke down, their union said.",
        [("Teachers in Rhenland will strike for three days next week after talks on pay broke down.",
          "the teachers’ union")],
        [],
        id="their-union-after-a-post-modified-subject-is-the-heads-union",
    ),
    pytest.param(
        "Owners will be contacted by letter and the repair, which takes about an hour, will be free.",
        [("Owners will be contacted by letter.", None), ("The repair will be free.", None),
         ("The repair takes about an hour.", None)],
        ["Owners will be free."],
        id="a-definite-noun-before-a-second-verbs-auxiliary-is-its-subject",
    ),
    pytest.param(
        "A judge has ordered the demolition of an apartment block after ruling that it was built without a valid "
        "permit. Judge Maria Lenz said the permit had been issued by an official who had no authority to do so.",
        [("The permit has been issued by an official who had no authority to do so.", "Maria Lenz")],
        ["The valid permit has been issued by an official who had no authority to do so."],
        id="a-thing-said-to-be-missing-names-no-referent",
    ),
    pytest.param(
        "The Ministry of Trade said its support for steelmakers complied with trade rules. It added that Solmark was "
        "preparing countermeasures but did not give details.",
        [("Solmark is preparing countermeasures.", "the Ministry of Trade"),
         ("The Ministry of Trade did not give details.", None)],
        ["Solmark did not give details."],
        id="holding-back-details-is-what-the-speaker-did",
    ),
    pytest.param(
        "Business groups welcomed the signal. The Dunmore Federation of Industry said a cut would give manufacturers "
        "relief. The bank also cut its growth forecast. It now expects the economy to expand by 1.1% this year.",
        [("The economy will expand by 1.1% this year.", "the bank")],
        [],
        id="it-after-a-thing-named-since-the-last-speaker-is-that-thing",
    ),
    pytest.param(
        "Dravia announced on Tuesday that it would impose tariffs of 15% on dairy products from Solmark. The Solmark "
        "Dairy Council said the tariff could force smaller farms out of business.",
        [("Dravia’s tariff could force smaller farms out of business.", "the Solmark Dairy Council")],
        [],
        id="the-thing-the-opening-action-acts-on-is-the-actors",
    ),
    pytest.param(
        "Redmarsh City have agreed to sell their captain, Joel Anders, to Sporting Velar for 48 million euros. "
        "The club said the offer was too good to turn down.\nNot everyone is convinced. Fans are worried about the "
        "forward line.",
        [("Not everyone is convinced by Redmarsh City’s decision to sell Joel Anders to Sporting Velar.", None),
         ("Fans are worried about the forward line.", None)],
        ["Not everyone is convinced."],
        id="a-bare-feeling-is-about-the-articles-news",
    ),
    pytest.param(
        "The Central Bank of Varenia kept its main interest rate at 4.25% on Thursday.\nMost economists polled by "
        "Capital Markets Daily expect the first cut in June. Their median forecasts point to:\n- A further cut in "
        "September.\n",
        [("The Central Bank of Varenia will make the first cut in June.", "most economists polled by Capital Markets Daily"),
         ("The Central Bank of Varenia will make a further cut in September.", "economists")],
        [],
        id="an-expected-move-is-the-actors-forecast",
    ),
    pytest.param(
        "Unemployment in Kellsford stands at 6.8%, against a national rate of 4.1%. Inflation rose to 3.2% in May, "
        "compared with an average of 2.1% across the eurozone.",
        [("The national rate of unemployment is 4.1%.", None),
         ("The average of inflation across the eurozone was 2.1%.", None)],
        [],
        id="the-figure-a-value-is-set-against-is-a-claim",
    ),
    pytest.param(
        "Harlow Energy announced on Monday that it would close three coal plants by 2028. About 1,200 jobs will go, "
        "the company said.",
        [("About 1,200 jobs at Harlow Energy will go.", "Harlow Energy")],
        [],
        id="counted-jobs-lost-are-the-employers",
    ),
    pytest.param(
        "Freshway has agreed to buy its smaller rival Bellamy’s for 2.6 billion euros. The plan would:\n- Protect "
        "the jobs of all store staff, although up to 600 head-office roles could go.\n",
        [("Up to 600 head-office roles at Freshway and Bellamy’s could go.", None)],
        [],
        id="counted-jobs-lost-in-a-takeover-are-both-parties",
    ),
    pytest.param(
        "The government of New Calder on Tuesday approved a law that will ban gas boilers in all newly built homes. "
        "Opposition leader Graham Pike said the law was rushed.\nUnder the new law:\n- Repairs remain allowed.\n",
        [("New Calder’s law that will ban gas boilers in all newly built homes was rushed.", "Graham Pike"),
         ("Under New Calder’s law that will ban gas boilers in all newly built homes, repairs remain allowed.", None)],
        [],
        id="a-thing-the-actor-brought-in-is-the-actors",
    ),
    pytest.param(
        "A record 212,400 students have been accepted onto university courses in Valdoria this year. Education "
        "minister Leon Markovic has said the government will respond within three months.",
        [("Valdoria’s government will respond within three months.", "Leon Markovic")],
        [],
        id="the-government-of-a-country-article-is-the-countrys",
    ),
    pytest.param(
        "About 1,200 residents were moved out of 430 homes in Lowbridge, according to Lowbridge District Council. "
        "The council’s leader, Anita Shah, said she would ask the government to pay for a barrier.",
        [("Anita Shah will ask the government to pay for a barrier.", "Anita Shah")],
        [],
        id="the-government-is-not-a-towns",
    ),
    pytest.param(
        "The agency said 14 people had reported stomach illness since Friday, but that none of the cases had so far "
        "been linked to the water.",
        [("None of the cases of stomach illness has so far been linked to the water.", "the agency")],
        [],
        id="the-cases-are-of-the-illness-people-reported",
    ),
    pytest.param(
        "Under employment law, Dorrance Appliances must now hold a 45-day consultation with staff representatives, "
        "which is due to begin on 2 March.",
        [("Dorrance Appliances’ 45-day consultation with staff representatives is due to begin on 2 March.", None)],
        ["A 45-day consultation with staff representatives is due to begin on 2 March."],
        id="a-new-thing-a-name-brings-in-is-its-own-in-the-relative-clause",
    ),
    pytest.param(
        "The survey blamed a dry winter followed by an unusually hot summer, when temperatures at 3,000 metres stayed "
        "above freezing for 84 days in a row.",
        [("Temperatures at 3,000 metres stayed above freezing for 84 days in a row during an unusually hot summer.",
          None)],
        [],
        id="a-when-clause-on-a-period-is-during-it",
    ),
    pytest.param(
        "The data protection authority of Marvia has fined social media company Chatwave 48 million euros. The "
        "company has 60 days to change its settings. Chatwave said it would appeal. “We have invested heavily in "
        "safety tools,” a spokesperson said.",
        [("Chatwave has 60 days to change its settings.", None),
         ("Chatwave has invested heavily in safety tools.", "a spokesperson")],
        ["Marvia has 60 days to change its settings."],
        id="the-company-after-a-place-actor-is-the-business-it-named",
    ),
    pytest.param(
        "The chief executive of retailer Hallam & Pryce, Simon Carver, will step down in March, the company said.",
        [("The chief executive of retailer Hallam & Pryce, Simon Carver, will step down in March.", "Hallam & Pryce")],
        [],
        id="a-name-joined-by-an-ampersand-is-one-name",
    ),
    pytest.param(
        "He will be replaced by Ruth Okonjo, the company's finance director, who joined from a rival in 2021.",
        [("Ruth Okonjo joined from a rival in 2021.", None)],
        ["The company's finance director joined from a rival in 2021."],
        id="who-after-a-set-off-role-is-the-person-named",
    ),
    pytest.param(
        "Marlow has agreed to buy Penrose’s for 1.2 billion euros. The deal would create a chain with 800 shops and "
        "about 15% of the grocery market.",
        [("Marlow’s deal to buy Penrose’s would create a chain with 800 shops.", None),
         ("Marlow’s deal to buy Penrose’s would create a chain with about 15% of the grocery market.", None)],
        [],
        id="what-an-object-comes-with-is-listed-one-by-one",
    ),
    pytest.param(
        "Harlow Energy will cut 1,200 jobs at its Tarnby refinery, the company said on Monday.\n\n"
        "Union leader Tom Berry said: “This is a betrayal. Our members have given their lives to this place.”",
        [("Harlow Energy’s decision to cut 1,200 jobs at its Tarnby refinery is a betrayal.", "Tom Berry"),
         ("The union’s members have given their lives to this place.", "Tom Berry")],
        ["Harlow Energy’s members have given their lives to this place."],
        id="a-quote-opened-after-a-colon-goes-on-in-the-speakers-words",
    ),
    pytest.param(
        "Harlow Energy will cut 1,200 jobs at its Tarnby refinery in Tarnby, the company said.\n\n"
        "“It is a sad day for the town,” said the mayor, Ellen Rudd. “We will fight to bring new jobs here.”",
        [("Harlow Energy’s decision to cut 1,200 jobs at its Tarnby refinery in Tarnby is a sad day for the town.",
          "Ellen Rudd"),
         ("Tarnby will fight to bring new jobs here.", "Ellen Rudd")],
        ["Harlow Energy will fight to bring new jobs here."],
        id="a-verdict-opening-a-paragraph-judges-the-news-and-a-mayors-we-is-the-town",
    ),
    pytest.param(
        "The Marvia Data Authority fined Plinko 12 million euros on Tuesday. The regulator said the fine was "
        "deserved.\n\n“We take privacy extremely seriously and we do not agree with the decision,” a Plinko "
        "spokesperson said. “We are proud of our record.”",
        [("Plinko takes privacy extremely seriously.", "a Plinko spokesperson"),
         ("Plinko is proud of its record.", "a Plinko spokesperson")],
        ["The Marvia Data Authority is proud of its record."],
        id="a-spokesperson-named-for-a-body-speaks-for-it-in-the-singular",
    ),
    pytest.param(
        "Greenvale Hospital will close its maternity unit in March, the regional health board announced on Thursday, "
        "citing a shortage of midwives.",
        [("Greenvale Hospital will close its maternity unit in March.", "the regional health board"),
         ("The regional health board cited a shortage of midwives.", None)],
        ["Greenvale Hospital will cite a shortage of midwives."],
        id="a-participle-after-a-closing-frame-is-what-the-source-did",
    ),
    pytest.param(
        "Greenvale Hospital will close its maternity unit in March, the regional health board announced on Thursday."
        "\n\n“We know this is difficult news for families,” said board chair Alan Pike. “But we cannot run a safe "
        "service without enough staff.”",
        [("Greenvale Hospital will close its maternity unit in March.", "the regional health board"),
         ("The regional health board cannot run a safe service without enough staff.", "Alan Pike")],
        ["Greenvale Hospital cannot run a safe service without enough staff."],
        id="a-body-in-the-speakers-title-is-their-we",
    ),
    pytest.param(
        "Striker Leo Marsh scored twice as Kestrel Town beat Alder United 3–1 on Saturday.\n\nMarsh, 24, has now "
        "scored 17 goals this season. “The lads were brilliant,” manager Dana Cole said. “We deserved it.”",
        [("Leo Marsh has now scored 17 goals this season.", None), ("Kestrel Town deserved it.", "Dana Cole")],
        ["Striker Leo Marsh deserved it.", "Striker Leo Marsh has now scored 17 goals this season."],
        id="a-role-opening-the-sentence-is-no-part-of-the-name-and-a-person-is-no-we",
    ),
    pytest.param(
        "Harlow Bank said on Wednesday that it would close 40 branches. About 350 jobs are at risk, the bank "
        "said. The bank said it would hold talks with the union.\n\nThe Finance Ministry said it was not "
        "consulted. The ministry said it would ask for a report.",
        [("About 350 jobs are at risk.", "Harlow Bank"), ("Harlow Bank will hold talks with the union.", "Harlow Bank"),
         ("The Finance Ministry will ask for a report.", "the Finance Ministry")],
        ["The Harlow Bank will hold talks with the union."],
        id="a-name-the-article-gave-bare-takes-no-the",
    ),
    pytest.param(
        "Harlow Bank will close 40 branches. The Finance Workers’ Union (FWU), which represents about 1,400 of "
        "Harlow’s staff, called the decision “short-sighted and needless”.",
        [("Harlow Bank’s decision to close 40 branches is short-sighted.", "Finance Workers’ Union"),
         ("Harlow Bank’s decision to close 40 branches is needless.", "Finance Workers’ Union")],
        [],
        id="called-it-adjectives-keep-their-modifiers-and-a-possessive-name-stays-whole",
    ),
    pytest.param(
        "Thieves stole three paintings from the Alderwick Town Museum.\n\nThe museum’s director, Helen Achebe, "
        "said staff were “heartbroken” by the theft.\n\n“We want them back on our walls,” she said.",
        [("Staff were “heartbroken” by the theft of three paintings from the Alderwick Town Museum.", "Helen Achebe"),
         ("The Alderwick Town Museum wants them back on its walls.", "Helen Achebe")],
        ["We want them back on our walls."],
        id="a-quoted-adjective-clause-is-reported-and-the-body-in-the-title-is-their-we",
    ),
    pytest.param(
        "The show includes small watercolours by Thomas Reade, which had been lent to the museum by a collector. "
        "The station was built by Calder Homes, which is based in Leeds.",
        [("Small watercolours had been lent to the museum by a collector.", None),
         ("Calder Homes is based in Leeds.", None)],
        ["Thomas Reade had been lent to the museum by a collector."],
        id="which-after-works-by-a-person-is-about-the-works",
    ),
    pytest.param(
        "The Ardalune Winegrowers’ Association said the frost had damaged most vines. The outlook for the vines "
        "is less certain. If the summer is dry, yields could fall further, the association said. It plans to "
        "publish a full damage assessment in late June.",
        [("The Ardalune Winegrowers’ Association plans to publish a full damage assessment in late June.", None)],
        ["The outlook for the vines plans to publish a full damage assessment in late June."],
        id="an-it-that-plans-is-the-body-that-spoke-last",
    ),
    pytest.param(
        "Aldmere City Council has signed a contract with Cyclo Urban to run the city’s bike-share scheme. Cyclo "
        "Urban, a Brasford-based company, was chosen over two other bidders.\n\nUnder the contract, the operator "
        "must:\n- Repair or replace any damaged bike within 48 hours.\n\nCyclo Urban’s chief executive, Anna "
        "Werner, said the company made a profit in all nine of its cities.",
        [("Under Aldmere City Council’s contract with Cyclo Urban, the operator must repair or replace any damaged bike "
          "within 48 hours.",
          None),
         ("Cyclo Urban made a profit in all nine of its cities.", "Anna Werner")],
        ["Aldmere City Council made a profit in all nine of its cities.", "Under the contract, the operator must repair."],
        id="a-council-is-no-company-the-company-named-beside-its-class-is-and-or-verbs-stay-whole",
    ),
    pytest.param(
        "Aldmere has relaunched its bike-share scheme. Cyclists welcomed the relaunch. The Aldmere Cycling Campaign, "
        "which has about 4,200 members, called it “long overdue” but said the network left out the eastern suburbs.",
        [("The relaunch is long overdue.", "the Aldmere Cycling Campaign"),
         ("The network left out the eastern suburbs.", "the Aldmere Cycling Campaign")],
        ["The Aldmere Cycling Campaign is long overdue."],
        id="what-a-source-called-it-is-what-the-sentence-before-took-a-stance-on",
    ),
    pytest.param(
        "Sorvenia’s population fell to 6.84 million in 2025. It is the first time the population has shrunk "
        "since records began in 1921.\n\nMinister Jonas Lind pledged on Tuesday to keep every village school open "
        "until 2030 and to bring fast broadband to all rural homes by 2028. The union has not promised to end "
        "the strike.",
        [("Sorvenia’s population has shrunk for the first time since records began in 1921.", None),
         ("Minister Jonas Lind will keep every village school open until 2030.", "Jonas Lind"),
         ("Minister Jonas Lind will bring fast broadband to all rural homes by 2028.", "Jonas Lind"),
         ("The union has not promised to end the strike.", None)],
        [],
        id="a-pledge-is-a-forecast-by-its-maker-and-the-first-time-without-that",
    ),
    pytest.param(
        "Selvara’s government scrapped the line. Hallandia opened its second high-speed line last year, and its "
        "fast trains now carry 40 million passengers a year.",
        [("Hallandia’s fast trains now carry 40 million passengers a year.", None)],
        ["Selvara’s government’s fast trains now carry 40 million passengers a year."],
        id="its-in-a-second-conjunct-is-the-named-subjects",
    ),
    pytest.param(
        "Sorvenia’s population fell to 6.84 million in 2025, the National Statistics Office said on Tuesday. "
        "The country is also getting older.",
        [("Sorvenia is also getting older.", None)],
        ["The country is also getting older."],
        id="the-country-is-the-named-owner-of-the-opening-subject",
    ),
    pytest.param(
        "Selvara’s government on Tuesday scrapped the Meridian Line, a planned high-speed railway to Kessby.\n\n"
        "Critics say the decision will push more freight onto the E4 motorway. On a spreadsheet, the cancellation "
        "is easy to defend. On a map, it is much harder to justify.",
        [("Selvara’s government’s decision to scrap the Meridian Line will push more freight onto the E4 motorway.",
          "critics"),
         ("On a map, the cancellation is much harder to justify.", None)],
        ["On a map, Justifying is much harder."],
        id="a-government-named-by-its-country-is-the-actor-and-hard-to-justify-keeps-its-it",
    ),
    pytest.param(
        "The stolen works include “Harbour at Dusk”, an oil painting. The other two are small watercolours.\n\n"
        "Dr Miriam Kessler said the works are likely to be very hard to sell because all three are catalogued and "
        "have been widely reproduced.",
        [("The other two stolen works are small watercolours.", None),
         ("The works are likely to be very hard to sell.", "Miriam Kessler"),
         ("All three works are catalogued.", "Miriam Kessler"),
         ("All three works have been widely reproduced.", "Miriam Kessler")],
        [],
        id="a-reason-after-because-is-its-own-claim-and-a-bare-number-takes-the-noun-counted",
    ),
    pytest.param(
        "The Kessel Pass and the Dornjoch Pass, which together carry about 9,000 vehicles a day, will stay shut. "
        "The service said it would ease its warning step by step, starting with the lower slopes.\n\n"
        "Mirela Hofer, who owns a hotel in Felsbach, said the closures were costing her money. She added that it "
        "was the third forced closure at Felsbach and that her insurance did not cover lost revenue.",
        [("The Kessel Pass and the Dornjoch Pass together carry about 9,000 vehicles a day.", None),
         ("The service will ease its warning step by step, starting with the lower slopes.", "the service"),
         ("Mirela Hofer’s insurance did not cover lost revenue.", "Mirela Hofer")],
        ["The service starts with the lower slopes.", "Felsbach’s insurance did not cover lost revenue."],
        id="which-after-two-conjuncts-starting-with-is-how-and-her-is-no-place",
    ),
    pytest.param(
        "The danger level stands at 5, according to the Vennar Avalanche Warning Service.\n\n"
        "The avalanche service said it would review the danger level every morning.",
        [("The Vennar Avalanche Warning Service will review the danger level every morning.",
          "the Vennar Avalanche Warning Service")],
        [],
        id="a-described-body-is-the-name-that-holds-its-words",
    ),
    pytest.param(
        "Quillon Systems will cut 1,200 jobs and close a centre that employs about 400 people. Chief executive "
        "Marta Lindqvist said the cuts were necessary. “We have to build it faster than our rivals,” she said.\n\n"
        "The Technical Staff Union called the plan “a betrayal of the people who built the company”.\n\n"
        "But the company should say clearly how many of the new AI roles will go to its existing staff.",
        [("Quillon Systems has to build it faster than its rivals.", "Marta Lindqvist"),
         ("Quillon Systems’ plan is a betrayal of the people who built Quillon Systems.", "the Technical Staff Union"),
         ("Quillon Systems should say clearly how many of the new AI roles will go to its existing staff.", None)],
        ["How many of the new AI roles will go to its existing staff."],
        id="a-named-company-is-one-body-a-quoted-name-for-a-plan-is-a-verdict-and-should-say-how-reports-nothing",
    ),
    pytest.param(
        "About 400 growers could lose their entire crop.\n\n“We burned straw all night, but it was not enough,” "
        "said Inés Barral.",
        [("Burning straw all night was not enough.", "Inés Barral")],
        ["About 400 growers was not enough."],
        id="it-was-not-enough-judges-the-act-just-told",
    ),
    pytest.param(
        "The agriculture ministry announced an aid package on Wednesday.\n\nThe ministry said that under the "
        "package it would:\n- Defer social security contributions for affected farms by six months.",
        [("Under the package, the agriculture ministry will defer social security contributions for affected farms "
          "by six months.", "the agriculture ministry")],
        [],
        id="under-x-opening-a-claim-is-set-aside-while-its-it-is-resolved",
    ),
    pytest.param(
        "Quillon Systems said on Wednesday that it would cut 1,200 jobs by the end of September.\n\n"
        "“The cuts are a choice, not a necessity,” said Paul Okafor, the union’s general secretary.",
        [("The cuts of 1,200 jobs are a choice, not a necessity.", "Paul Okafor")],
        [],
        id="the-cuts-are-the-cutting-the-article-opened-with",
    ),
    pytest.param(
        "Aldmere City Council has signed a five-year contract worth 14.5 million euros with Cyclo Urban to run "
        "the city’s bike-share scheme.\n\nOpposition councillor Martin Hale called the contract “a blank cheque”.",
        [("Aldmere City Council’s contract with Cyclo Urban is a blank cheque.", "Martin Hale")],
        [],
        id="the-contract-is-the-one-signed-with-the-partner-named",
    ),
    pytest.param(
        "The census office said the population fell. Rural affairs minister Jonas Lind pledged on Tuesday to keep "
        "every village school open until 2030. Opposition MP Karin Dahl said the pledges came “ten years too late”.",
        [("Jonas Lind’s pledges came ten years too late.", "Karin Dahl")],
        [],
        id="the-pledges-are-the-pledgers",
    ),
    pytest.param(
        "Transport minister Elin Marrak announced the decision. The mayors of five northern cities have asked "
        "to meet the prime minister this month, but her office has not yet agreed to that.",
        [("The prime minister’s office has not yet agreed to that.", None)],
        ["Elin Marrak’s office has not yet agreed to that."],
        id="her-after-a-role-just-named-is-that-office-holders",
    ),
    pytest.param(
        "Selvara’s government on Tuesday scrapped the Meridian Line, a planned high-speed railway. Transport "
        "minister Elin Marrak told parliament that the project “no longer offers value for money”.",
        [("The Meridian Line project no longer offers value for money.", "Elin Marrak")],
        [],
        id="the-project-is-the-named-undertaking-of-the-news",
    ),
    pytest.param(
        "Sorvenia’s population fell to 6.84 million in 2025, the National Statistics Office said on Tuesday.\n\n"
        "The figures show that:\n- Deaths outnumbered births in every year of the decade.\n"
        "- The number of people living alone rose by 18%.",
        [("Deaths outnumbered births in every year of the decade.", "the National Statistics Office’s figures"),
         ("The number of people living alone rose by 18%.", "the National Statistics Office’s figures")],
        [],
        id="the-figures-are-the-body-that-spoke-lasts",
    ),
    pytest.param(
        "Thieves stole three paintings from the museum, breaking in through a rear fire door. A man was arrested "
        "on Monday and charged with theft. Analysts cut their forecasts, citing weak demand.",
        [("The thieves broke in through a rear fire door.", None), ("The man was charged with theft.", None),
         ("Analysts cited weak demand.", None)],
        ["Thieves broke in through a rear fire door."],
        id="a-subject-brought-in-without-an-article-is-definite-when-named-again",
    ),
    pytest.param(
        "Quillon Systems, the Ravensholt-based maker of accounting software, said it would cut 1,200 jobs. "
        "Cyclo Urban, a Brasford-based company that runs bike-share schemes, said it was chosen over two bidders. "
        "Hugo Lindqvist, a scientist at Upsala University, said the probe works.",
        [("Quillon Systems is the Ravensholt-based maker of accounting software.", None),
         ("Cyclo Urban is a Brasford-based company that runs bike-share schemes.", None),
         ("Cyclo Urban was chosen over two bidders.", "Cyclo Urban")],
        ["Quillon Systems was chosen over two bidders.", "Hugo Lindqvist is a scientist at Upsala University."],
        id="a-speaking-business-described-in-apposition-is-what-the-article-says-it-is",
    ),
    pytest.param(
        "Thieves stole three paintings from the Alderwick Town Museum. The museum’s insurer, Calder Mutual, has "
        "offered a reward of £25,000.",
        [("Calder Mutual is the Alderwick Town Museum’s insurer.", None),
         ("Calder Mutual has offered a reward of £25,000.", None)],
        [],
        id="a-named-role-with-a-possessive-read-as-a-noun-modifier",
    ),
    pytest.param(
        "Officers are examining footage from a petrol station on Marsh Road, where a dark van was seen at about "
        "2.30 a.m. Owen Pryor said the raid appeared to have been planned in advance and that the thieves may have "
        "visited the museum.",
        [("Officers are examining footage from a petrol station on Marsh Road.", None),
         ("The raid appeared to have been planned in advance.", "Owen Pryor"),
         ("The thieves may have visited the museum.", "Owen Pryor")],
        [],
        id="a-clock-time-keeps-its-am-and-a-second-that-clause-after-an-infinitive",
    ),
    pytest.param(
        "The ministry said it would pay growers up to 4,000 euros for each hectare that lost more than half its "
        "crop. The city council signed a contract to run the city’s bike-share scheme, which has been out of action "
        "since its previous operator went bust.",
        [("The ministry will pay growers up to 4,000 euros for each hectare that lost more than half its crop.",
          "the ministry"),
         ("The city’s bike-share scheme has been out of action since its previous operator went bust.", None)],
        [],
        id="its-in-a-relative-clause-about-a-thing-is-that-things",
    ),
    pytest.param(
        "For the resorts, the timing could hardly be worse: the region’s winter school holidays began on Saturday. "
        "The mayor said: “We will rebuild.” Up to 1.6 metres of fresh snow fell on the upper valleys, and strong "
        "westerly winds have piled it into deep drifts.",
        [("For the resorts, the timing could hardly be worse.", None),
         ("The region’s winter school holidays began on Saturday.", None),
         ("Up to 1.6 metres of fresh snow fell on the upper valleys.", None),
         ("Strong westerly winds have piled it into deep drifts.", None)],
        [],
        id="clauses-joined-by-a-colon-or-by-and-before-an-adjective-led-subject-are-two-claims",
    ),
    pytest.param(
        "She said the government would spend 6 billion crowns upgrading the existing line to Kessby, which would cut "
        "the journey time to three hours. The chamber said several of its members had put investment plans on hold.",
        [("Upgrading the existing line to Kessby would cut the journey time to three hours.", "she"),
         ("Several of the chamber’s members have put investment plans on hold.", "the chamber")],
        ["Kessby would cut the journey time to three hours."],
        id="which-would-after-the-place-an-action-leads-to-and-several-of-them-are-plural",
    ),
    pytest.param(
        "Jonas Lind said the government would keep every village school open. He also promised to double grants "
        "for young families. The census was carried out in March 2025, and for the first time most households "
        "answered online.",
        [("Jonas Lind will double grants for young families.", "Jonas Lind"),
         ("The census was carried out in March 2025.", None),
         ("For the first time most households answered online.", None)],
        ["Jonas Lind also promised to double grants for young families."],
        id="parser-slips-an-infinitive-read-as-a-preposition-and-a-fronted-phrase-read-as-a-conjunct",
    ),
    pytest.param(
        "Cyclo Urban’s chief executive, Anna Werner, rejected the criticism. The market leader, Grandmart, has 27% "
        "of sales.",
        [("Anna Werner rejected the criticism.", None), ("Grandmart is the market leader.", None)],
        ["Anna Werner is Cyclo Urban’s chief executive."],
        id="a-post-that-says-who-is-acting-is-no-claim-a-role-named-otherwise-is",
    ),
    pytest.param(
        "Dr Alina Morrow, the trust’s chief executive, blamed a shortage of anaesthetists. Its chair, Dr Tomas "
        "Hallam, said the record reflected years of underinvestment rather than a single bad winter. The council "
        "will repair the bridge rather than build a new one. Its president, Captain Lena Voss, said pilots were "
        "tired. Voss said the union was ready to talk.",
        [("Dr Alina Morrow blamed a shortage of anaesthetists.", None),
         ("The record reflected years of underinvestment rather than a single bad winter.", "Tomas Hallam"),
         ("The council will repair the bridge rather than build a new one.", None),
         ("The union is ready to talk.", "Lena Voss")],
        ["Dr Alina Morrow is the trust’s chief executive.", "The record reflected a single bad winter.",
         "The council will build a new one."],
        id="rather-than-is-no-coordination-a-persons-post-no-claim-a-captain-a-title",
    ),
    pytest.param(
        "Dr Alina Morrow blamed a shortage of staff. “We are working flat out,” she said. Health minister Priya "
        "Danvers, who visited the hospital on Friday, pledged an extra 65 million crowns. She said the money would "
        "pay for weekend operating lists. “I promise that no patient will wait more than a year,” Danvers told "
        "reporters. Helen Strand said the money was unlikely to bring the list down in 2026.",
        [("The extra 65 million crowns will pay for weekend operating lists.", "Priya Danvers"),
         ("No patient will wait more than a year.", "Priya Danvers"),
         ("The extra 65 million crowns is unlikely to bring the list down in 2026.", "Helen Strand")],
        [],
        id="a-surname-tagged-plural-is-one-person-i-promise-that-x-is-x-unlikely-to-is-still-so",
    ),
    pytest.param(
        "Nadia Ferreira-Holt has been elected mayor of Port Castellan. Ferreira-Holt, 49, campaigned on housing. "
        "“Tonight this city voted for change,” she told supporters at the Corn Exchange. Rhys Odunsi-Bell, an "
        "analyst, said the plan was ambitious. Leonie Marchetti said the result reflected anger over housing costs "
        "rather than a lasting shift in the city’s politics.",
        [("Tonight Port Castellan voted for change.", "Nadia Ferreira-Holt"),
         ("The plan was ambitious.", "Rhys Odunsi-Bell"),
         ("The result reflected anger over housing costs rather than a lasting shift in Port Castellan’s politics.",
          "Leonie Marchetti")],
        [],
        id="a-hyphenated-surname-is-one-name-of-a-person",
    ),
    pytest.param(
        "The education minister, Ruth Kalland, announced a recruitment plan on Tuesday that she said would bring "
        "5,000 new teachers into classrooms by 2028. Ines Varga, who leads Hollins Secondary School, said her staff "
        "teach subjects they were never trained in. “It is not fair on them,” she said. Kalland said she would "
        "“look carefully” at the report.\n\nThe report recommends that the government:\n"
        "- Raise starting salaries for teachers by 10%.\n- Cap teachers’ weekly working hours at 45.\n",
        [("Ruth Kalland announced a recruitment plan on Tuesday.", None),
         ("The recruitment plan will bring 5,000 new teachers into classrooms by 2028.", "Ruth Kalland"),
         ("Ines Varga’s staff teach subjects they were never trained in.", "Ines Varga"),
         ("Ruth Kalland will “look carefully” at the report.", "Ruth Kalland"),
         ("The government should raise starting salaries for teachers by 10%.", "the report"),
         ("The government should cap teachers’ weekly working hours at 45.", "the report")],
        ["The report recommends that the government.", "Ines Varga’s staff is not fair on them."],
        id="a-plan-that-she-said-would-her-staff-a-scare-quote-and-recommends-that-x",
    ),
    pytest.param(
        "The Port of Kelvara Authority on Tuesday approved a €640 million expansion of its Eastquay terminal, a "
        "project that would double the port’s capacity. The authority’s board voted 9–3. Norvane Line, which calls "
        "at Kelvara twice a week, welcomed the decision. The project will be funded through a concession with "
        "Calloway Terminals, which already runs the existing quay. About 400 people have signed a petition against "
        "the plan, according to the Kelvara Shore Residents’ Association. They fear that crane work will bring "
        "noise to homes along Harbour Road, some of which stand less than 300 metres from the quay. “We were told "
        "the port would be a good neighbour,” said Tom Abernethy, who chairs the association. Brightsea Shipping "
        "called the approval “long overdue”.",
        [("The Port of Kelvara Authority’s board voted 9–3.", None),
         ("Norvane Line calls at Kelvara twice a week.", None),
         ("Calloway Terminals already runs the existing quay.", None),
         ("Some of the homes along Harbour Road stand less than 300 metres from the quay.", "About 400 people"),
         ("The approval of a €640 million expansion of the Port of Kelvara Authority’s Eastquay terminal is long "
          "overdue.", "Brightsea Shipping")],
        ["The Port of Kelvara Authority was told the port would be a good neighbour."],
        id="a-name-of-x-an-of-which-partitive-a-name-ending-in-s-and-we-of-the-body-a-speaker-chairs",
    ),
    pytest.param(
        "Voltrenne, a start-up that makes batteries, said on Monday that it had raised €210 million. The company, "
        "which was founded in 2022, will build a factory in Greyhaven. The Ostrany Data Commission welcomed the "
        "ruling. Its chair said the fine sent a clear message. The commission said it was examining complaints "
        "against three other apps.",
        [("Voltrenne will build a factory in Greyhaven.", None), ("Voltrenne was founded in 2022.", None),
         ("The Ostrany Data Commission is examining complaints against three other apps.",
          "the Ostrany Data Commission")],
        ["The fine is examining complaints against three other apps."],
        id="the-company-with-a-set-off-clause-and-a-body-that-says-it-acts",
    ),
    pytest.param(
        "Skarra Air cancelled 612 flights on Monday. About 90,000 passengers have been affected, according to the "
        "airline, most of them on short-haul routes. “We have made a fair offer of an 8% pay rise, and it remains "
        "on the table,” said Mikael Brandt, Skarra’s chief operating officer. The Norvic Airline Pilots’ "
        "Association, which represents 1,450 of Skarra’s 1,600 pilots, called the strike. The union is demanding "
        "a 15% pay rise.",
        [("About 90,000 passengers have been affected.", "Skarra Air"),
         ("Most of the passengers were on short-haul routes.", "Skarra Air"),
         ("The fair offer of an 8% pay rise remains on the table.", "Mikael Brandt"),
         ("The Norvic Airline Pilots’ Association is demanding a 15% pay rise.", None)],
        ["Skarra Air remains on the table."],
        id="most-of-them-the-thing-a-speaker-made-and-the-union-named-by-whom-it-represents",
    ),
    pytest.param(
        "Rafe Cullen said the pledge was too little and accused the government of missing its own targets three "
        "years running. Dr Tomas Hallam said the record reflected years of underinvestment. “Some of my patients "
        "have waited two years, and many of them can no longer work,” he said. “This did not happen overnight.”",
        [("The government missed its own targets three years running.", "Rafe Cullen"),
         ("The record did not happen overnight.", "Tomas Hallam")],
        ["Rafe Cullen accused the government of missing its own targets three years running.",
         "Many of them did not happen overnight."],
        id="what-someone-is-accused-of-is-their-claim-and-many-of-them-is-no-antecedent",
    ),
    pytest.param(
        "Tarnvale Water said it would impose a hosepipe ban on its customers from Monday, the first such restriction "
        "in the region for 14 years. The company’s six reservoirs stood at 41% of capacity. “They have known for "
        "months that the reservoirs were falling,” said Dominic Achterberg. “This is a crisis of their own making.” "
        "Farmers, who are not covered by the ban, say they are already struggling. Spring barley yields in Tarnvale "
        "were expected to fall.",
        [("The hosepipe ban is the first such restriction in the region for 14 years.", "Tarnvale Water"),
         ("Farmers are already struggling.", "Farmers"),
         ("Spring barley yields in Tarnvale were expected to fall.", None)],
        ["Monday’s restriction is the first such restriction in the region for 14 years.",
         "Tarnvale Water’s six reservoirs have known for months that the reservoirs were falling.",
         "Tarnvale Water is a crisis of their own making."],
        id="a-ban-described-after-its-day-farmers-say-they-a-place-is-not-its-company-this-is-no-company",
    ),
    pytest.param(
        "Nadia Ferreira-Holt has been elected mayor of Port Castellan. Standing for the Harbour Party, she won 52.4% "
        "of the vote. His campaign was damaged by a row over the Quayside bridge, which opened two years late. "
        "Opposition councillors had called it “a monument to mismanagement”. Voters have given her a clear "
        "mandate, but not a majority on the council.",
        [("Standing for the Harbour Party, Nadia Ferreira-Holt won 52.4% of the vote.", None),
         ("The Quayside bridge is a monument to mismanagement.", "opposition councillors"),
         ("Voters have given her a clear mandate, but not a majority on the council.", None)],
        ["Mismanagementing is a monument.", "Voters have given her not a majority on the council."],
        id="a-participle-before-she-a-monument-to-x-is-no-infinitive-but-not-joins-nothing",
    ),
    pytest.param(
        "Nadia Ferreira-Holt has been elected mayor.\n\nShe has promised to:\n1. Build 6,000 council homes by "
        "2030.\n\nWaiting lists have reached a record 48,200 patients, according to figures the trust published on "
        "Thursday.",
        [("Nadia Ferreira-Holt will build 6,000 council homes by 2030.", "Nadia Ferreira-Holt"),
         ("Waiting lists have reached a record 48,200 patients.", "the trust’s figures")],
        [],
        id="has-promised-to-is-a-pledge-and-figures-are-whoever-published-them",
    ),
    pytest.param(
        "“Sodium is cheap, it is everywhere and it does not catch fire easily,” said Amara Quist. If the court "
        "accepts that argument, the fine could fall to about €11 million, she estimated.",
        [("Sodium is cheap.", "Amara Quist"), ("Sodium is everywhere.", "Amara Quist"),
         ("Sodium does not catch fire easily.", "Amara Quist"),
         ("If the court accepts Amara Quist’s argument, the fine could fall to about €11 million.", "Amara Quist")],
        [],
        id="a-comma-splice-is-two-clauses-but-she-estimated-still-reports",
    ),
    pytest.param(
        "A court fined Chatterlane, the messaging app popular with teenagers, €18.5 million. Lena Vastergaard, "
        "Chatterlane’s chief executive, told reporters that the firm had spent €40 million on security. “We have "
        "fixed what went wrong,” she said.",
        [("Chatterlane has fixed what went wrong.", "Lena Vastergaard")],
        ["Chatterlane have fixed what went wrong."],
        id="a-business-described-in-apposition-is-one-body-in-its-speakers-we",
    ),
    pytest.param(
        "The union announced a 48-hour strike at Skarra Air on Monday. The strike will cost about €20 million. "
        "The education minister, Ruth Kalland, announced a recruitment plan on Tuesday. Head teachers said the plan "
        "was a start.",
        [("The strike at Skarra Air will cost about €20 million.", None),
         ("Ruth Kalland’s recruitment plan was a start.", "Head teachers")],
        ["The recruitment plan on Tuesday was a start."],
        id="the-thing-a-name-brought-in-says-whose-or-where-but-not-when",
    ),
    pytest.param(
        "Nadia Ferreira-Holt has been elected mayor of Port Castellan, ending 16 years of Civic Alliance control. "
        "Ferreira-Holt campaigned on housing. The city used early voting for the first time. “Voters wanted to "
        "punish the Alliance,” said Leonie Marchetti.",
        [("Nadia Ferreira-Holt campaigned on housing.", None),
         ("Port Castellan used early voting for the first time.", None),
         ("Voters wanted to punish the Civic Alliance.", "Leonie Marchetti")],
        [],
        id="a-hyphenated-surname-the-mayors-city-and-a-name-first-met-as-a-modifier",
    ),
    pytest.param(
        "Skarra Air cancelled 612 flights on Monday as its pilots walked out. The Norvic Airline Pilots’ Association, "
        "which represents 1,450 of Skarra’s pilots, said its members had voted for strike action. The union is "
        "demanding a 15% pay rise. Its president, Captain Lena Voss, said pilots’ pay had fallen. “Our members are "
        "exhausted,” she said. The airline reported a profit of 212 million euros, up 26% from 2024, but it is also "
        "spending heavily on new aircraft.",
        [("The Norvic Airline Pilots’ Association’s members are exhausted.", "Lena Voss"),
         ("Skarra Air is also spending heavily on new aircraft.", None)],
        ["The airline’s profit is also spending heavily on new aircraft."],
        id="its-president-speaks-for-the-body-just-named-and-but-it-is-the-main-subject",
    ),
    pytest.param(
        "Health minister Priya Danvers pledged an extra 65 million crowns for the Veldmoor Valley Health Trust. She "
        "said the money would pay for weekend operating lists and for 25,000 additional procedures. The plant will "
        "employ 1,400 people when fully running and support about 2,000 more jobs at suppliers.",
        [("The extra 65 million crowns for the Veldmoor Valley Health Trust will pay for weekend operating lists.",
          "Priya Danvers"),
         ("The extra 65 million crowns for the Veldmoor Valley Health Trust will pay for 25,000 additional procedures.",
          "Priya Danvers"),
         ("The plant will employ 1,400 people when fully running.", None),
         ("The plant will support about 2,000 more jobs at suppliers.", None)],
        [],
        id="the-money-is-the-sum-given-for-a-and-for-b-split-and-a-verb-after-a-participle-clause-is-the-mains",
    ),
    pytest.param(
        "Thieves stole three paintings from the Alderwick Town Museum on Monday, police said. Staff were heartbroken "
        "by the theft. Detective Owen Pryor said the raid had been planned in advance. Skarra Air cancelled 612 "
        "flights as its pilots walked out. The walkout is due to last until Wednesday. Pilots at Holm Air began a "
        "48-hour strike on Monday. The strike has cost about €2 million.",
        [("Staff were heartbroken by the theft of three paintings from the Alderwick Town Museum.", None),
         ("The raid on the Alderwick Town Museum has been planned in advance.", "Owen Pryor"),
         ("The walkout by Skarra Air’s pilots is due to last until Wednesday.", None),
         ("The strike by pilots at Holm Air has cost about €2 million.", None)],
        [],
        id="the-theft-the-raid-and-the-walkout-say-what-happened-the-strike-by-whom",
    ),
    pytest.param(
        "Quillon reported revenue of 2.1 billion dollars. Net profit fell to 140 million dollars from 230 million "
        "dollars, which the company blamed on weaker demand from small businesses.",
        [("Quillon blamed the fall in net profit on weaker demand from small businesses.", None)],
        ["Quillon blamed 230 million dollars on weaker demand from small businesses."],
        id="an-amount-a-change-went-to-then-blamed-on-something-is-the-change",
    ),
    pytest.param(
        "The Meridian Line is a planned railway. The line’s estimated cost has risen to 40 billion crowns. Its "
        "opening date had already slipped from 2031 to 2036.",
        [("The Meridian Line’s opening date had already slipped from 2031 to 2036.", None)],
        ["The Meridian Line’s estimated cost’s opening date had already slipped from 2031 to 2036."],
        id="an-amount-owns-nothing-so-its-after-one-is-its-owners",
    ),
    pytest.param(
        "Tarnvale Water announced a hosepipe ban. Harriet Okafor said daily demand had peaked at 912 million litres "
        "on 9 July, which was the highest figure the company had ever recorded. The Tarnvale Rivers Trust, an "
        "environmental group that monitors 14 chalk streams, said the ban had come too late. “They have known for "
        "months,” said Dominic Achterberg, the trust’s director. Two of the streams have already dried up, it said.",
        [("912 million litres was the highest figure Tarnvale Water had ever recorded.", "Harriet Okafor"),
         ("The Tarnvale Rivers Trust is an environmental group that monitors 14 chalk streams.", None),
         ("Two of the 14 chalk streams have already dried up.", "the Tarnvale Rivers Trust")],
        ["9 July was the highest figure Tarnvale Water had ever recorded."],
        id="a-speaking-groups-description-a-record-amount-and-it-said-after-its-director",
    ),
    pytest.param(
        "The Estravian government has agreed to pay €1.4 billion to Halvect Semiconductors, which makes power chips, "
        "to build a chip plant. The subsidy is the largest grant ever paid to a single company in Estravia. The "
        "company, which was founded in 1998, "
        "employs 1,800 people. The operator blamed the shortfall on two power stations, and on low output from dams.",
        [("Halvect Semiconductors employs 1,800 people.", None),
         ("Halvect Semiconductors was founded in 1998.", None),
         ("The operator blamed the shortfall on low output from dams.", None)],
        ["The single company employs 1,800 people.", "The operator blamed the shortfall, on low output from dams."],
        id="the-company-after-a-government-actor-is-the-business-named-not-a-single-company",
    ),
    pytest.param(
        "The ferry Saltwren hit a cargo ship on Friday. The Saltwren is operated by Tessaly Ferries, the largest ferry "
        "company in Ostmark. The company said it had taken the following steps:\n- Withdrawn the Saltwren from "
        "service.\n- Put a second officer on the bridge of every night crossing.\nBookings fell 18% over the "
        "weekend, the company said, although it expects them to recover.\n",
        [("Tessaly Ferries has withdrawn the Saltwren from service.", "Tessaly Ferries"),
         ("Tessaly Ferries has put a second officer on the bridge of every night crossing.", "Tessaly Ferries"),
         ("Bookings will recover.", "Tessaly Ferries")],
        ["Saltwren has taken the following steps.", "Tessaly Ferries has taken the following steps."],
        id="steps-it-had-taken-are-what-it-has-done-and-the-company-is-the-one-so-described",
    ),
    pytest.param(
        "The captain, Piet Oravek, has been suspended. His lawyer, Dana Molle, told reporters that he had acted in "
        "good faith. Prosecutors in Kestrow said they were examining whether to bring charges. Helga Strand, the "
        "board’s chief inspector, said the findings were preliminary. She added that fog had cut visibility. "
        "TransDel, the national grid operator, said demand had hit a record. The operator blamed the heat.",
        [("Piet Oravek has acted in good faith.", "Dana Molle"),
         ("Prosecutors in Kestrow are examining whether to bring charges.", "prosecutors in Kestrow"),
         ("Fog has cut visibility.", "Helga Strand"), ("TransDel blamed the heat.", None)],
        [],
        id="his-lawyers-he-is-the-client-a-groups-they-is-the-group-and-said-that-fog",
    ),
    pytest.param(
        "Halvern said the contamination had been traced to a solvent from an outside supplier. It said it had stopped "
        "using the supplier. Under Estria’s medicines law, manufacturers must report any quality defect to the "
        "authority within 24 hours. Halvern said it had done so on the day the impurity was found. Ivo Sandell said "
        "the recall had been handled well so far but warned that shortages were likely. “The risk to any patient is "
        "very low, but it is not zero,” said Marta Velin.",
        [("Halvern has stopped using the outside supplier.", "Halvern"),
         ("Halvern has reported any quality defect to the authority on the day the impurity was found.", "Halvern"),
         ("The recall has been handled well so far.", "Ivo Sandell"),
         ("The risk to any patient is not zero.", "Marta Velin")],
        ["Halvern has stopped using Halvern."],
        id="done-so-is-the-act-required-before-said-but-warned-is-two-reports-and-the-outside-supplier",
    ),
    pytest.param(
        "Brackenford Athletic has agreed to be sold to Solvane Sports Capital, a Kelmar-based investment group. The "
        "group has promised to:\n1. Build a new stadium on the site of the former gasworks.\nThe gasworks site is "
        "owned by Brackenford City Council, which has not yet said whether it will sell it. Crowds averaged 17,400 "
        "this season, even though the ground holds only 19,000. “We want the stadium to stay within the city,” said "
        "Aoife Marren.\n",
        [("Solvane Sports Capital will build a new stadium on the site of the former gasworks.",
          "Solvane Sports Capital"),
         ("Brackenford City Council has not yet said whether it will sell the gasworks site.", None),
         ("The ground holds only 19,000.", None)],
        ["Even the ground holds only 19,000."],
        id="the-group-is-the-one-so-described-a-city-council-names-the-city-and-even-though",
    ),
    pytest.param(
        "Marrowfield City Council voted to introduce a congestion charge. A group of traders backed by the motoring "
        "association ODA said it would seek a judicial review. The council rejected that argument, saying it had "
        "held 14 public meetings. Cyclists, by contrast, welcomed it. Council officials estimate that traffic will "
        "fall by about 15%. Pieter Asgaard told reporters that the figure was “plausible but uncertain”.",
        [("A group of traders backed by the motoring association ODA will seek a judicial review.",
          "a group of traders backed by the motoring association ODA"),
         ("Marrowfield City Council has held 14 public meetings.", "Marrowfield City Council")],
        ["Cyclists, by contrast, welcomed it.", "Council officials was plausible but uncertain."],
        id="a-group-said-it-would-rejected-saying-it-had-is-the-rejecter-and-officials-are-no-figure",
    ),
    pytest.param(
        "The University of Carrowmere said an inquiry had found misconduct in a 2023 study by Anton Brekke, which "
        "reported that velotrin, a common blood-pressure drug, slowed memory loss. Through his lawyer, he said the "
        "inquiry had been “rushed and one-sided” and that the changes were corrections. Rolling power cuts hit "
        "2.3 million homes. The operator blamed low output from the country’s dams, whose reservoirs are at 38%. "
        "At least 17 hospitals switched to generators and two postponed operations. Silver Network, a charity, said "
        "its volunteers had received 4,000 calls. The minister said the rolling power cuts were unacceptable.",
        [("A 2023 study by Anton Brekke reported that velotrin slowed memory loss.", "the University of Carrowmere"),
         ("Velotrin is a common blood-pressure drug.", None),
         ("The country’s dams’ reservoirs are at 38%.", None),
         ("Silver Network’s volunteers have received 4,000 calls.", "Silver Network")],
        ["The country’s dams’s reservoirs are at 38%.", "Two’s volunteers have received 4,000 calls."],
        id="reported-that-x-comma-y-comma-slowed-whose-after-a-plural-and-no-number-owns-volunteers",
    ),
    pytest.param(
        "Residents of the zone will get a 90% discount, and blue-badge holders, taxis and emergency vehicles will be "
        "exempt.",
        [("Residents of the zone will get a 90% discount.", None),
         ("Blue-badge holders, taxis and emergency vehicles will be exempt.", None)],
        ["Residents of the zone will get taxis."],
        id="subjects-after-and-read-as-the-objects-conjuncts-are-the-second-clauses",
    ),
    pytest.param(
        "Ansel Brevik, an MP for the opposition Green Left party who sits on the finance committee, called the "
        "subsidy “a blank cheque for a profitable company”. “We are sorry for the disruption, which we know has "
        "been very hard for families,” said Karel Dunmore.",
        [("The subsidy is a blank cheque for a profitable company.", "Ansel Brevik"),
         ("Ansel Brevik sits on the finance committee.", None),
         ("The disruption has been very hard for families.", "Karel Dunmore")],
        ["Ansel Brevik is an MP for the opposition Green Left party who sits on the finance committee."],
        id="an-mp-is-a-post-whose-who-clause-is-the-persons-and-which-we-know-is-the-speakers",
    ),
    pytest.param(
        "The government will raise the minimum wage by 8.5%. “Nobody should have to choose between rent and food,” "
        "Tomas Veldran, the finance minister, told reporters. “This rise puts money in the pockets of those who need "
        "it most.”",
        [("The rise puts money in the pockets of those who need it most.", "Tomas Veldran")],
        ["Tomas Veldran’s rise puts money in the pockets of those who need it most."],
        id="this-rise-in-a-quote-is-not-the-speakers-own",
    ),
    pytest.param(
        "The ferry Saltwren collided with a cargo ship outside Kestrow harbour on Friday. The Marine Accident Board "
        "said the ferry was travelling at 14 knots, nearly twice the harbour limit of 8 knots, when it hit the Mira "
        "Dawn.",
        [("The ferry Saltwren was travelling at 14 knots, nearly twice the harbour limit of 8 knots, when it hit the "
          "Mira Dawn.", "the Marine Accident Board")],
        ["The Marine Accident Board hit the Mira Dawn at 8 knots."],
        id="the-ferry-after-the-ferry-saltwren-and-when-after-a-speed-is-no-time",
    ),
    pytest.param(
        "According to the board, a radar alarm sounded on the bridge but was switched off, and the ferry did not "
        "change course.",
        [("The ferry did not change course.", "the board")],
        ["According to the board, the ferry did not change course."],
        id="according-to-is-not-carried-to-a-second-clause",
    ),
    pytest.param(
        "The hospitals association said that at least 17 hospitals had switched to backup generators, and that two "
        "had postponed operations. Businesses cannot absorb another rise of this size. “Some will cut hours, some "
        "will stop hiring,” said Ilse Brandtner.",
        [("Two of the hospitals have postponed operations.", "the hospitals association"),
         ("Some of the businesses will cut hours.", "Ilse Brandtner"),
         ("Some of the businesses will stop hiring.", "Ilse Brandtner")],
        ["Two has postponed operations."],
        id="a-bare-count-counts-the-group-before-and-a-comma-splice-with-some-is-two-clauses",
    ),
    pytest.param(
        "Marrowfield City Council voted on Tuesday to introduce a congestion charge for drivers entering the city’s "
        "central streets. “This is about giving the centre back to people,” said Ilse Vandermeer, the chair of the "
        "council’s transport committee, who proposed the scheme. According to the cycling group Pedal Marrowfield, "
        "cycle journeys rose. Pieter Asgaard said that Marrowfield’s patchy bus network could limit the effect.",
        [("Ilse Vandermeer proposed Marrowfield City Council’s congestion charge.", None),
         ("Marrowfield’s patchy bus network could limit the effect.", "Pieter Asgaard")],
        ["The council’s transport committee proposed the scheme.",
         "Pedal Marrowfield’s patchy bus network could limit the effect."],
        id="the-scheme-is-the-new-thing-decided-who-after-a-persons-post-and-the-town-is-no-short-name",
    ),
    pytest.param(
        "The University of Carrowmere said that an inquiry had found misconduct in a 2023 study by Professor Anton "
        "Brekke, which reported that velotrin slowed memory loss. The study, which has been cited 900 times, was "
        "retracted on Tuesday. It is the first retraction in the university’s history, according to its research "
        "office.",
        [("Professor Anton Brekke’s 2023 study has been cited 900 times.", None),
         ("Professor Anton Brekke’s 2023 study is the first retraction in the University of Carrowmere’s history.",
          "the University of Carrowmere’s research office")],
        [],
        id="a-study-by-x-is-xs-study-and-its-research-office-is-a-bodys",
    ),
    pytest.param(
        "The government of Merovia announced on Tuesday that it would raise the national minimum wage by 8.5%.\n"
        "The decision, which will affect about 640,000 workers, was approved by the cabinet. “Nobody who works full "
        "time in this country should go hungry,” Tomas Veldran told reporters in Kalden. “This rise puts money in the "
        "pockets of those who need it most.” A think tank in Kalden said wages were low.",
        [("The government of Merovia will raise the national minimum wage by 8.5%.", "the government of Merovia"),
         ("Merovia’s government’s decision to raise the national minimum wage will affect about 640,000 workers.", None),
         ("Nobody who works full time in Merovia should go hungry.", "Tomas Veldran"),
         ("The rise in the national minimum wage puts money in the pockets of those who need it most.",
          "Tomas Veldran")],
        [],
        id="the-government-of-x-announced-its-decision-the-rise-and-this-country",
    ),
    pytest.param(
        "“Each job will cost taxpayers about €670,000,” Mr Brevik said. The ministry said the figure was misleading "
        "because it ignored the supplier jobs.",
        [("Mr Brevik’s figure was misleading.", "the ministry"),
         ("Mr Brevik’s figure ignored the supplier jobs.", "the ministry")],
        ["Mr Brevik was misleading.", "The ministry ignored the supplier jobs."],
        id="the-figure-a-speaker-gave-and-it-in-a-because-clause-is-the-main-clauses-subject",
    ),
    pytest.param(
        "Rolling power cuts hit homes across Delvaria on Wednesday. Temperatures reached 43C in the southern city of "
        "Orsena, the highest reading in the country, according to the Delvarian Meteorological Service. “We are "
        "sorry,” the operator’s chief told reporters in Miradell. Sofia Marenko, the energy minister, said the "
        "government would publish the findings by October. The Delvarian government rejected that account.",
        [("Delvaria’s government will publish the findings by October.", "Sofia Marenko")],
        [],
        id="the-country-is-the-one-whose-demonym-the-article-uses",
    ),
    pytest.param(
        "Voltrenne said on Monday that it had raised 210 million euros. The company will use the money to build its "
        "first large-scale factory in Greyhaven. It said the plant would employ 1,400 people. Officials urged "
        "households to:\n- Avoid running washing machines and dishwashers between 5pm and 9pm.\n",
        [("Voltrenne’s first large-scale factory will employ 1,400 people.", "Voltrenne"),
         ("Households should avoid running dishwashers between 5pm and 9pm.", "officials")],
        ["Households should avoid running between 5pm and 9pm."],
        id="its-thing-is-the-subjects-and-a-range-is-no-conjunct",
    ),
    pytest.param(
        "Rolling power cuts hit homes across Delvaria on Wednesday, the Delvarian grid operator said. The Delvarian "
        "government promised an inquiry. The operator urged households to:\n- Unplug appliances that are not in "
        "use.\nThe Marine Board expects to publish its final report within a year. Prosecutors said they would "
        "decide once the report is out.",
        [("Households in Delvaria should unplug appliances that are not in use.", "the Delvarian grid operator"),
         ("Prosecutors will decide once the Marine Board’s final report is out.", "prosecutors")],
        [],
        id="the-people-of-the-article-s-country-are-its-and-a-possessive-mention-takes-no-second-the",
    ),
    pytest.param(
        "The council voted to introduce a congestion charge. The Chamber of Traders called the charge “a tax on the "
        "high street”.\nCyclists, by contrast, welcomed it. Lena Hartwig, an economist, said prices would rise. She "
        "expects employment in hospitality to grow more slowly.",
        [("Cyclists welcomed the congestion charge.", None),
         ("Employment in hospitality will grow more slowly.", "Lena Hartwig")],
        ["Cyclists welcomed it."],
        id="welcomed-it-is-what-was-judged-before-and-expects-x-in-y-to-grow",
    ),
    pytest.param(
        "The trust, which runs four hospitals across the region, said that 9,150 patients had now waited more than a "
        "year for treatment. That is almost three times the 3,200 recorded in March 2024.",
        [("The number of patients who have waited more than a year for treatment is almost three times the 3,200 "
          "recorded in March 2024.", None)],
        ["The trust is almost three times the 3,200 recorded in March 2024."],
        id="that-compared-with-a-figure-is-the-count-given-before",
    ),
    pytest.param(
        "Lumora reported a loss. Now it plans to cut jobs. Net migration added about 74,000 people, most of whom "
        "settled in the cities.",
        [("Now Lumora plans to cut jobs.", None), ("Most of the 74,000 people settled in the cities.", None)],
        ["Most of about 74,000 people settled in the cities."],
        id="an-adverb-before-it-and-most-of-whom-after-about-n",
    ),
    pytest.param(
        "The Saltwren is operated by Tessaly Ferries, the largest ferry company in Ostmark. The stolen works include "
        "“Harbour at Dusk”, an oil painting by Edith Marlowe, who lived in Alderwick until 1931. A court fined "
        "Chatterlane, the messaging app popular with teenagers, €18.5 million for exposing users.",
        [("The Saltwren is operated by Tessaly Ferries.", None),
         ("Tessaly Ferries is the largest ferry company in Ostmark.", None),
         ("Harbour at Dusk is an oil painting by Edith Marlowe.", None),
         ("Edith Marlowe lived in Alderwick until 1931.", None)],
        ["Chatterlane is the messaging app popular with teenagers, €18.5 million for exposing users."],
        id="a-description-set-off-after-a-named-object-is-a-claim-of-its-own",
    ),
    pytest.param(
        "Brackenford Athletic has agreed to be sold to Solvane Sports Capital. The club said that Solvane would take "
        "on 22 million euros of debt. The Delvarian Hospitals Association said hospitals were hit. The Delvarian "
        "government rejected that account.",
        [("Solvane Sports Capital will take on 22 million euros of debt.", "Brackenford Athletic"),
         ("The Delvarian government rejected that account.", None)],
        [],
        id="a-first-word-names-the-whole-body-but-not-as-a-peoples-word",
    ),
    pytest.param(
        "Brackenford Athletic, the second-tier club that was relegated from the top flight two seasons ago, has agreed "
        "to be sold. Silver Network, a charity that supports 60,000 elderly people, said calls rose.",
        [("Brackenford Athletic was relegated from the top flight two seasons ago.", None),
         ("Silver Network is a charity that supports 60,000 elderly people.", None)],
        ["Brackenford Athletic is the second-tier club that was relegated from the top flight two seasons ago."],
        id="the-club-that-was-relegated-is-a-claim-about-the-club-named",
    ),
    pytest.param(
        "Marrowfield City Council voted on Tuesday to introduce a congestion charge for drivers entering the city’s "
        "central streets, making Marrowfield the first city in Ostrevia to adopt such a scheme.",
        [("Marrowfield City Council voted on Tuesday to introduce a congestion charge for drivers entering the city’s "
          "central streets.", None),
         ("Marrowfield is the first city in Ostrevia to adopt such a scheme.", None)],
        [],
        id="making-a-name-the-first-city-is-what-the-name-now-is",
    ),
    pytest.param(
        "Temperatures reached 43.8C in the southern city of Orsena on Tuesday afternoon, the highest reading in the "
        "country since records began in 1921, according to the meteorological service.",
        [("Temperatures reached 43.8C in the southern city of Orsena on Tuesday afternoon.", "the meteorological service"),
         ("43.8C is the highest reading in the country since records began in 1921.", "the meteorological service")],
        [],
        id="a-reading-described-after-its-place-and-time-is-a-claim-about-the-reading",
    ),
    pytest.param(
        "The panel said two junior co-authors had not known about the changes. She said investors had not hoped for a "
        "cut.",
        [("Two junior co-authors did not know about the changes.", "the panel"),
         ("Investors did not hope for a cut.", "she")],
        ["Investors not hoped for a cut."],
        id="had-not-known-is-did-not-know-and-co-authors-is-one-word",
    ),
    pytest.param(
        "Hessford Borough Council closed the bridge. According to a report by the engineering firm Calder & Voss, "
        "which the council published on Wednesday, the cracks run up to 40 centimetres into the piers. The plan would "
        "cost about 4.2 million crowns over five years, most of which would be paid by the Ministry of Environment.",
        [("The cracks run up to 40 centimetres into the piers.", "a report by the engineering firm Calder & Voss"),
         ("Hessford Borough Council published a report by the engineering firm Calder & Voss on Wednesday.", None),
         ("Most of the 4.2 million crowns would be paid by the Ministry of Environment.", None)],
        ["Most of which would be paid by the Ministry of Environment."],
        id="which-after-a-source-and-most-of-which-after-a-cost-are-relative-clauses",
    ),
    pytest.param(
        "The Bank of Lestrania, which supervises the country’s payment systems, called Saturday’s outage "
        "“unacceptable” and ordered an independent review.",
        [("The Bank of Lestrania supervises the country’s payment systems.", None),
         ("The Bank of Lestrania ordered an independent review.", None)],
        ["The Bank of Lestrania. ordered an independent review."],
        id="verb-after-a-relative-clause-read-as-a-participle-is-the-main-verb",
    ),
    pytest.param(
        "“Half of my customers come from the other bank, and they can’t get here,” said Owen Hartley. “If this goes "
        "on for a year, I don’t know whether I’ll still be open.”",
        [("Half of Owen Hartley’s customers can’t get here.", "Owen Hartley"),
         ("If this goes on for a year, Owen Hartley doesn’t know whether Owen Hartley will still be open.",
          "Owen Hartley")],
        ["Owen Hartley can’t get here."],
        id="speakers-i-after-a-comma-and-in-contractions-and-half-of-them-are-they",
    ),
    pytest.param(
        "The report said that water had reached the steel and that some of the bars had lost a fifth of their "
        "thickness. It blamed the damage on a blocked drainage channel.",
        [("The report blamed the damage on a blocked drainage channel.", None)],
        [],
        id="it-that-blames-after-a-source-spoke-is-the-source",
    ),
    pytest.param(
        "Under the timetable, the council will:\n1. Reopen one lane to cars and buses, but not to lorries, in early "
        "July if tests show that the props are carrying the load.\n",
        [("Under the timetable, the council will reopen one lane to cars and buses, but not to lorries, in early July "
          "if tests show that the props are carrying the load.", None)],
        [],
        id="but-not-x-if-y-is-a-condition-not-a-second-clause",
    ),
    pytest.param(
        "Tallix promised to:\n- Build a backup authorisation system, run from a second data centre, by the end of "
        "2027.\n",
        [("Tallix will build a backup authorisation system, run from a second data centre, by the end of 2027.",
          "Tallix")],
        ["Tallix run from a second data centre, by the end of 2027."],
        id="participle-spelled-like-the-verb-describes-the-object",
    ),
    pytest.param(
        "The city parliament of Ostavel voted 58–41 on Wednesday to cap rents on about 310,000 private flats for five "
        "years, the most far-reaching intervention in the city’s housing market since the 1970s.",
        [],
        ["Five years is the most far-reaching intervention in the city’s housing market since the 1970s."],
        id="an-intervention-is-no-description-of-a-duration",
    ),
    pytest.param(
        "The city parliament of Ostavel voted on Wednesday to cap rents. “Nobody will repair flats in a city that "
        "tells them what they may charge,” Stallmann said. Feldhaus said newcomers to the city could find it even "
        "harder to get a flat.",
        [("Newcomers to the city could find it even harder to get a flat.", "Feldhaus")],
        ["Could find it even harder to get a flat."],
        id="said-plus-noun-before-a-modal-is-the-reported-subject-and-find-it-harder-is-no-thing",
    ),
    pytest.param(
        "Mirela Koskar, the SDU leader, opened talks. “We have a mandate to govern,” Koskar said. “We will not sign "
        "anything that keeps coal plants running,” said Ilse Varga, the Greens’ leader. Vadrenko was banned. “We "
        "have zero tolerance for doping,” the team said.",
        [("The SDU has a mandate to govern.", "Mirela Koskar"),
         ("The Greens will not sign anything that keeps coal plants running.", "Ilse Varga"),
         ("The team has zero tolerance for doping.", "the team")],
        [],
        id="we-of-a-party-leader-is-the-party-and-we-of-the-team-is-the-team",
    ),
    pytest.param(
        "The negotiators remain divided on three issues:\n- The closure date for the four remaining coal-fired power "
        "stations, which are due to shut by 2036.\n- The SDU’s pledge to let people retire at 65 instead of 67.\n",
        [("The negotiators remain divided on the closure date for the four remaining coal-fired power stations.", None),
         ("The four remaining coal-fired power stations are due to shut by 2036.", None),
         ("The negotiators remain divided on the SDU’s pledge to let people retire at 65 instead of 67.", None)],
        ["The negotiators remain divided on three issues."],
        id="items-after-a-counted-noun-of-a-preposition-complete-the-preposition",
    ),
    pytest.param(
        "National Renewal, the conservative party that led the outgoing government, won 27.8% and 58 seats, down "
        "from 71 in 2022.",
        [("National Renewal won 27.8%.", None), ("National Renewal won 58 seats, down from 71 in 2022.", None)],
        [],
        id="a-change-after-listed-amounts-compares-the-last",
    ),
    pytest.param(
        "Petr Davor, the Farmers’ League leader, told reporters that his party would not accept new fuel tax. Andrej "
        "Hollos, the outgoing prime minister and National Renewal leader, said his party was ready to govern.",
        [("The Farmers’ League will not accept new fuel tax.", "Petr Davor"),
         ("National Renewal is ready to govern.", "Andrej Hollos")],
        [],
        id="his-party-of-a-party-leader-is-the-party",
    ),
    pytest.param(
        "The federation expects a recovery. If they fail again, it said, output could fall below 6 million bags. In "
        "the long run, analysts said, prices will fall.",
        [("If they fail again, output could fall below 6 million bags.", "the federation"),
         ("In the long run, prices will fall.", "analysts")],
        ["If they fail again, it said, output could fall below 6 million bags."],
        id="it-said-set-off-inside-the-sentence-is-a-frame-and-a-fronted-phrase-keeps-its-comma",
    ),
    pytest.param(
        "Jonas Feld, a commodity analyst, said prices were likely to stay high.\nFeld pointed to three things that "
        "could push prices higher still:\n- Low stocks in exchange-certified warehouses, which have fallen by 38% "
        "since January.\n- Speculative buying by investment funds.\n",
        [("Low stocks in exchange-certified warehouses could push prices higher still.", "Jonas Feld"),
         ("Speculative buying by investment funds could push prices higher still.", "Jonas Feld")],
        ["Jonas Feld pointed to three things that could push prices higher still."],
        id="items-of-counted-things-that-could-x-are-what-could-x",
    ),
    pytest.param(
        "Ilona Marchetti said the case looked strong. “A single small positive can sometimes be explained by "
        "contamination, but together with the swings in his blood values it points to something more systematic,” "
        "she said. “My customers grumble, but they keep coming,” said Maren Olsk.",
        [("A single small positive can sometimes be explained by contamination.", "Ilona Marchetti"),
         ("Maren Olsk’s customers keep coming.", "Maren Olsk")],
        [],
        id="both-halves-of-a-quote-joined-by-but-are-reported-and-they-are-my-customers",
    ),
    pytest.param(
        "The Upland Farmers’ Union, which represents about 2,300 sheep and cattle farmers in the region, called the "
        "plan “reckless” and said it would fight it at every stage.",
        [("The Upland Farmers’ Union represents about 2,300 sheep and cattle farmers in the region.", None),
         ("The Upland Farmers’ Union will fight the plan at every stage.", "the Upland Farmers’ Union")],
        ["The Upland Farmers’ Union represents cattle in the region."],
        id="sheep-and-cattle-farmers-is-one-object-and-said-it-would-fight-it-is-the-plan",
    ),
    pytest.param(
        "Tomas Reyes, a banking analyst, said the shares would stay under pressure. Anya Brandt of Kessling & Co took "
        "a calmer view. She said the sell-off was overdone. The rating agency Norland Ratings said that it had placed "
        "the bank’s rating on review. In a note, it said the bank’s exposure was “high relative to its peers”.",
        [("The sell-off was overdone.", "Anya Brandt"),
         ("The bank’s exposure was high relative to its peers.", "Norland Ratings")],
        [],
        id="she-after-a-person-of-a-firm-and-it-of-a-ratings-agency",
    ),
    pytest.param(
        "Castell said the ratio stood at 14.2%. She told analysts on a conference call that the property losses were "
        "“concentrated in a small number of large loans” and that she did not expect them to spread to mortgages.",
        [("The property losses were concentrated in a small number of large loans.", "she"),
         ("The property losses will not spread to mortgages.", "she")],
        ["The property losses will spread to mortgages."],
        id="told-x-on-a-call-that-y-is-reported-and-did-not-expect-is-will-not",
    ),
    pytest.param(
        "The bank said two rate cuts had squeezed margins. It added that a €45 million fine from the Financial "
        "Conduct Board, which it disclosed in July, had weighed on the results. Shares in Pellbrook Bank fell 17% "
        "after the lender warned that its profit would be far lower than expected, blaming bad loans.",
        [("The bank disclosed a €45 million fine from the Financial Conduct Board in July.", "the bank"),
         ("The lender’s profit will be far lower than expected.", "the lender"),
         ("The lender blamed bad loans.", None)],
        [],
        id="what-it-disclosed-is-the-fine-and-after-x-warned-that-y-is-xs-claim",
    ),
    pytest.param(
        "Kasimir Vadrenko, the Tessarian cyclist who won last year’s Tour of Valmora, has been banned from racing for "
        "four years, the International Cycling Integrity Agency said on Monday.",
        [("Kasimir Vadrenko won last year’s Tour of Valmora.", "the International Cycling Integrity Agency"),
         ("Kasimir Vadrenko is the Tessarian cyclist.", None)],
        ["Kasimir Vadrenko ’s Tour of Valmora is the Tessarian cyclist."],
        id="a-curly-possessive-reads-as-a-straight-one",
    ),
    pytest.param(
        "The authority advised patients to:\n- Keep taking their tablets.\n- Return affected packs to any pharmacy, "
        "where they will be swapped free of charge.\n",
        [("Affected packs will be swapped free of charge in any pharmacy.", "the authority")],
        ["Patients will be swapped free of charge in any pharmacy."],
        id="they-in-a-where-clause-after-an-object-is-the-object",
    ),
    pytest.param(
        "The Brennvald National Park Authority on Monday unveiled a plan to bring wolves back. Deer numbers in the "
        "park have tripled since 2000.",
        [("Deer numbers in the Brennvald National Park have tripled since 2000.", None)],
        [],
        id="the-park-after-a-park-authority-is-that-park",
    ),
    pytest.param(
        "The city parliament of Ostavel voted to cap rents. Lena Morvath, the city’s minister for housing, rejected the "
        "warnings. “We are not against landlords,” Morvath told parliament. Hessford Borough Council closed the "
        "bridge. Daniel Obi, the council leader, spoke on Monday. “We will not cut corners,” he said.",
        [("Ostavel’s government is not against landlords.", "Lena Morvath"),
         ("Hessford Borough Council will not cut corners.", "Daniel Obi")],
        ["Ostavel are not against landlords."],
        id="we-of-a-town-minister-is-its-government-and-of-the-council-leader-the-council",
    ),
    pytest.param(
        "The runway, which was last resurfaced in 2009, handled 14,800 take-offs and landings last year. Skylark Air "
        "said it would cancel flights. It said it would instead base four aircraft at Tessford Airport, 90 kilometres "
        "to the south, and fly its busiest routes from there.",
        [("The runway handled 14,800 take-offs and landings last year.", None),
         ("Skylark Air will instead base four aircraft at Tessford Airport, 90 kilometres to the south.", "Skylark Air")],
        ["The runway handled landings last year.", "Four aircraft is 90 kilometres to the south."],
        id="a-count-before-two-nouns-counts-both-and-a-distance-says-where-a-place-is",
    ),
    pytest.param(
        "Analysts said Orsana was likely to cut costs and could itself become a takeover target. Tomas Rehn criticised "
        "the board. “The board bet the company on one medicine. Now it has to explain what comes next,” he said.",
        [("Orsana could itself become a takeover target.", "analysts"),
         ("Now the board has to explain what comes next.", "Tomas Rehn")],
        ["Could itself become a takeover target."],
        id="an-emphatic-itself-is-no-subject-and-now-the-keeps-its-small-the",
    ),
    pytest.param(
        "A storm surge of 1.9 metres, which coincided with a spring high tide, pushed seawater inland. One man died, "
        "and 14 people were treated in hospital, most of them for minor injuries. The Falcons have won only 11 of "
        "their 38 games. They have conceded 142 goals, according to league figures.",
        [("A storm surge of 1.9 metres coincided with a spring high tide.", None),
         ("Most of the people were treated for minor injuries.", None),
         ("The Falcons have conceded 142 goals.", "league figures")],
        ["1.9 metres coincided with a spring high tide.", "League figures have conceded 142 goals."],
        id="which-after-a-measure-is-the-measured-thing-most-of-them-for-keeps-the-verb-figures-are-no-they",
    ),
    pytest.param(
        "The Drovanian Data Centre Association, which represents 46 operators, called the tax a punishment. “Several "
        "of our members are looking at sites abroad,” said Tomas Ekroll, the chief executive of the association. “We "
        "cannot take risks with safety,” said Helen Markby, the chief executive of Fernhollow Regional Airport. Her "
        "insurer has told her it could take four months to assess the claim.",
        [("Several of the Drovanian Data Centre Association’s members are looking at sites abroad.", "Tomas Ekroll"),
         ("Fernhollow Regional Airport cannot take risks with safety.", "Helen Markby"),
         ("Assessing the claim could take four months.", "Helen Markby’s insurer")],
        [],
        id="we-of-the-chief-executive-of-x-is-x-and-it-could-take-months-to-y-is-ying",
    ),
    pytest.param(
        "Inspectors found cracks in the runway. The two other airlines at Fernhollow, Nordvale Connect and Baltair, "
        "said they would suspend their flights until June. The club’s owner, the property group Granvik Holdings, "
        "said it would make money available for new signings. The Association of Coastal Insurers (ACI) estimated "
        "that losses would reach 140 million pounds. It said its members had received more than 4,200 claims, and it "
        "expects that figure to double.",
        [("Nordvale Connect and Baltair will suspend their flights until June.",
          "the two other airlines at Fernhollow, Nordvale Connect and Baltair"),
         ("Granvik Holdings will make money available for new signings.", "Granvik Holdings")],
        ["Inspectors will suspend their flights until June.",
         "The Association of Coastal Insurers,’s figure will double."],
        id="they-of-the-two-airlines-named-and-an-owner-named-in-apposition",
    ),
    pytest.param(
        "Kelso Regional Airport said on Tuesday that it would close its only runway for six weeks. It said fees would "
        "rise. The runway was last resurfaced in 2009. Skylark Air said it would base four aircraft at Tessford Airport. "
        "The airline said it expected to lose 8 million euros. Critics said Kelso Regional Airport had known about "
        "problems with the runway since 2023.",
        [("Kelso Regional Airport will close its only runway for six weeks.", "Kelso Regional Airport"),
         ("Fees will rise.", "Kelso Regional Airport"),
         ("Kelso Regional Airport’s only runway was last resurfaced in 2009.", None),
         ("Skylark Air expects to lose 8 million euros.", "Skylark Air")],
        ["Kelso Regional Airport knew about problems with Kelso Regional Airport’s only runway since 2023."],
        id="a-named-airport-speaks-as-it-and-its-only-runway-is-its-own-and-the-airline-is-the-airline",
    ),
    pytest.param(
        "Telsaria’s unemployment rate rose to 6.4% in the three months to March, the National Statistics Office said. "
        "The rise was steepest in the northern region of Varnholm. The Central Bank of Telsaria raised its main "
        "interest rate to 4.75% last year. Finance minister Oskar Brandt said the figures were disappointing. “We will "
        "not stand by while people lose their livelihoods,” he said. The Telsarian Confederation of Labour said the "
        "government had been too slow to act. Lena Haraldsen, an economist at the Institute for Economic Research in "
        "Brevik, expects the rate to reach 6.9% by the end of the year.",
        [("The rise in Telsaria’s unemployment rate was steepest in the northern region of Varnholm.", None),
         ("Telsaria’s government will not stand by while people lose their livelihoods.", "Oskar Brandt"),
         ("Telsaria’s government has been too slow to act.", "the Telsarian Confederation of Labour"),
         ("Telsaria’s unemployment rate will reach 6.9% by the end of the year.", "Lena Haraldsen")],
        ["Lena Haraldsen’s figure will reach 6.9% by the end of the year."],
        id="the-rise-is-in-what-rose-a-ministers-we-is-the-government-and-an-institute-in-x-sets-no-home-place",
    ),
    pytest.param(
        "Data centres used 14.2 terawatt-hours last year, up 31% from 2024, according to Drovnet, the national grid "
        "operator. Helga Varn drafted the bill. “From next year, they will pay their share,” she said.",
        [("Data centres used 14.2 terawatt-hours last year, up 31% from 2024.", "Drovnet"),
         ("Drovnet is the national grid operator.", None),
         ("From next year, data centres will pay their share.", "Helga Varn")],
        [],
        id="according-to-x-the-y-describes-x-and-a-resolved-common-noun-is-lower-case-after-a-comma",
    ),
    pytest.param(
        "Drovania’s parliament on Wednesday passed a new tax on the electricity used by large data centres. Finance "
        "minister Helga Varn said the tax would raise about 420 million marks a year. “Data centres have been using "
        "our grid as if it were free,” she said.",
        [("Drovania’s new tax on the electricity used by large data centres will raise about 420 million marks a year.",
          "Helga Varn"),
         ("Data centres have been using Drovania’s grid as if it were free.", "Helga Varn")],
        ["Drovania’s new tax on the electricity used by large data centres were free."],
        id="the-opening-new-thing-keeps-what-it-is-on-as-if-is-no-claim-and-a-ministers-our-is-the-lands",
    ),
    pytest.param(
        "The Frostvik Falcons sacked head coach Lars Medin on Monday after a run of eight straight defeats left the "
        "club second from bottom of the league. The latest loss came on Sunday, when the Falcons were beaten 5-1. "
        "“This was not an easy decision, and we cannot wait any longer,” said Annika Roos, the club’s sporting "
        "director.",
        [("The Frostvik Falcons sacked head coach Lars Medin on Monday.", None),
         ("The Frostvik Falcons’ decision to sack head coach Lars Medin was not an easy decision.", "Annika Roos"),
         ("The Frostvik Falcons cannot wait any longer.", "Annika Roos")],
        [],
        id="a-verb-after-a-plural-name-read-as-an-adjective-and-the-short-team-name-in-full",
    ),
    pytest.param(
        "The government of Merovia will raise the national minimum wage by 8% from April. “This is a step in the right "
        "direction,” said Rada Kostelec, a union leader.",
        [("Raising the national minimum wage is a step in the right direction.", "Rada Kostelec")],
        [],
        id="this-is-a-step-is-the-decided-action-as-a-gerund",
    ),
    pytest.param(
        "If the weather stays dry, the work could be finished a week early. If it does not, the reopening could slip "
        "into mid-June. The council should add a charge. If it does, smaller rivals could win business.",
        [("If the weather does not stay dry, the reopening could slip into mid-June.", None),
         ("If the council adds a charge, smaller rivals could win business.", None)],
        [],
        id="if-it-does-not-is-the-condition-or-duty-before-left-undone-or-met",
    ),
    pytest.param(
        "Nadia Ferreira-Holt won the mayoral election on Sunday. If she fails to deliver early wins, the Civic Alliance "
        "will be back in power in 2030. The Frostvik Falcons have 14 games left. If they do not win ten of them, their "
        "season is over.",
        [("If Nadia Ferreira-Holt fails to deliver early wins, the Civic Alliance will be back in power in 2030.", None)],
        ["If she fails to deliver early wins, the Civic Alliance will be back in power in 2030."],
        id="a-pronoun-opening-an-if-clause-is-resolved-as-one-opening-the-claim",
    ),
    pytest.param(
        "Mirela Koskar, the SDU leader, opened formal talks with the Greens on 22 September.",
        [("Mirela Koskar opened formal talks with the Greens on 22 September.", None)],
        ["Mirela Koskar is the SDU leader."],
        id="a-post-named-by-its-bodys-name-is-a-label",
    ),
    pytest.param(
        "Annika Lorr, a toxicologist, said the risk was tiny. Based on earlier cases, she estimated it at one case in "
        "10,000.",
        [("Based on earlier cases, Annika Lorr estimated it at one case in 10,000.", None)],
        [],
        id="based-on-x-before-a-pronoun-is-looked-past",
    ),
    pytest.param(
        "Prosecutors said Fenwick had taken the money from Calloway Homes, a family-owned developer based in Dunmore, "
        "between 2019 and 2022. Evidence showed that Fenwick received €186,000 in cash and that Calloway Homes paid "
        "for a €95,000 renovation of his house. The key witness was Peter Lisle, who pleaded guilty to offering bribes "
        "last year and is awaiting sentence. Fenwick told the jury that the cash was a loan from a friend.",
        [("Fenwick took the money from Calloway Homes between 2019 and 2022.", "prosecutors"),
         ("Calloway Homes is a family-owned developer based in Dunmore.", None),
         ("Peter Lisle is awaiting sentence.", None),
         ("The €186,000 in cash was a loan from a friend.", "Fenwick")],
        [],
        id="a-dated-past-perfect-a-time-after-an-apposed-name-the-key-witness-named-and-the-cash",
    ),
    pytest.param(
        "A jury found Arnold Fenwick guilty of bribery. Bribery carries a maximum sentence of ten years in Velland, "
        "according to the Velland Prosecution Service. Dunmore City Council said on Thursday that it would review all "
        "14 planning approvals granted to Calloway Homes. The move could delay work on about 600 homes, according to "
        "the council. Mayor Joanna Pike said the review was overdue. Opposition councillors welcomed this decision. If "
        "Fenwick is jailed, he will be barred from office under Velland’s Local Government Act.",
        [("Dunmore City Council’s move to review all 14 planning approvals granted to Calloway Homes could delay work on "
          "about 600 homes.", "Dunmore City Council"),
         ("Opposition councillors welcomed Dunmore City Council’s decision to review all 14 planning approvals granted "
          "to Calloway Homes.", None)],
        ["If Arnold Fenwick is jailed, he will be barred from office under Velland Prosecution Service’s Local "
         "Government Act."],
        id="the-move-after-a-body-said-what-it-will-do-is-that-plan-and-a-place-is-no-body-named-after-it",
    ),
    pytest.param(
        "Arnold Fenwick, 61, had denied all charges. He told the jury that the cash was a loan. His lawyer, Simon "
        "Delacroix, said his client would consider an appeal. Judge Harriet Compton granted Fenwick bail until the "
        "sentencing hearing but ordered him to surrender his passport.",
        [("Judge Harriet Compton ordered Arnold Fenwick to surrender his passport.", None)],
        [],
        id="him-is-the-other-person-of-the-sentence-not-the-subject-of-its-clause",
    ),
    pytest.param(
        "Shares in Orsana Pharma fell 38% on Monday after the company said its experimental drug had failed in a "
        "late-stage trial. The Heart Failure Alliance, a patients’ charity, called the result a blow. Ms Salvesen said "
        "the company is open to acquisitions.",
        [("Orsana Pharma’s experimental drug has failed in a late-stage trial.", "Orsana Pharma"),
         ("Orsana Pharma is open to acquisitions.", "Salvesen")],
        ["Heart Failure Alliance is open to acquisitions."],
        id="shares-in-x-fell-makes-x-the-articles-company",
    ),
    pytest.param(
        "Storm Idris tore through the coastal town of Portmaren on Sunday night. Losses will be 35% above the cost of "
        "Storm Bryn, which hit the same coast in 2023, the insurers said. “This is the most expensive storm this coast "
        "has seen, and it will not be the last,” said Martin Quayle. “We were told the new flood gates would hold, and "
        "they didn’t,” said Carys Penhale. Portmaren Town Council, which installed the flood gates in 2022, said they "
        "had been overtopped rather than breached.",
        [("Storm Idris is the most expensive storm this coast has seen.", "Martin Quayle"),
         ("The new flood gates did not hold.", "Carys Penhale"),
         ("The flood gates have been overtopped rather than breached.", "Portmaren Town Council")],
        [],
        id="this-is-the-storm-they-didnt-and-they-of-a-thing-the-speakers-clause-named",
    ),
    pytest.param(
        "The Association of Coastal Insurers estimated on Tuesday that losses would reach 140 million pounds. It said "
        "its members had already received more than 4,200 claims, and it expects that figure to double by the end of "
        "the month. Most economists think it will.",
        [("The number of claims will double by the end of the month.", "the Association of Coastal Insurers")],
        ["The Association of Coastal Insurers will."],
        id="that-figure-after-a-count-in-its-sentence-is-the-number-counted",
    ),
    pytest.param(
        "Shares in Orsana Pharma fell 38% on Monday. The shares closed at 21.40 euros on the Velmora stock exchange.",
        [("Orsana Pharma’s shares closed at 21.40 euros on the Velmora stock exchange.", None)],
        [],
        id="the-shares-after-shares-in-x-are-xs",
    ),
    pytest.param(
        "Nadia Vorell, 19, won the final on Sunday. Her coach, Marta Kov, said the pair had started working together "
        "only eighteen months ago. “She has the best forehand I have seen,” Kov said. “But she needs to get stronger "
        "physically if she wants to compete every week on the tour.”",
        [("Nadia Vorell needs to get stronger physically if she wants to compete every week on the tour.", "Marta Kov")],
        ["She needs to get stronger physically if she wants to compete every week on the tour."],
        id="but-inside-a-quote-is-dropped-before-the-pronoun-after-it-is-resolved",
    ),
    pytest.param(
        "More than 500 residents were evacuated from Westmere Tower on Monday after an inspection found that cladding "
        "on the 19-storey block was unsafe. Westmere Tower, which was built in 1971, is the tallest of five blocks on "
        "the Dunford estate. It has 230 flats.",
        [("Westmere Tower has 230 flats.", None)],
        ["Cladding on the 19-storey block has 230 flats."],
        id="a-named-tower-is-a-place-not-a-person-and-can-be-it",
    ),
    pytest.param(
        "Nadia Vorell won the final on Sunday. She is 19. “I don’t think it has sunk in yet,” said Vorell. “At 5–4 "
        "down I just told myself to keep swinging. We worked all winter on my return of serve.”\nEwan Tolley, a vet, "
        "said farmers were scared. “Lambs are dying faster than I have ever seen. Nobody is safe.”",
        [("At 5–4 down Nadia Vorell just told herself to keep swinging.", "Nadia Vorell"),
         ("Lambs are dying faster than Ewan Tolley has ever seen.", "Ewan Tolley")],
        ["At 5–4 down I just told myself to keep swinging."],
        id="each-sentence-of-a-quote-over-several-sentences-is-the-speakers",
    ),
    pytest.param(
        "“Nobody asked us. We were ignored,” said Tom Abernethy, who chairs the association.",
        [("Tom Abernethy chairs the association.", None)],
        [],
        id="the-sentence-where-a-quote-closes-before-its-frame-is-no-quote",
    ),
    pytest.param(
        "The council said it would appeal. Its deputy leader, Mark Tolland, said the ban was right. “We respect the "
        "court, but we believe the judge has underestimated the risks,” he said.",
        [("The judge has underestimated the risks.", "Mark Tolland")],
        [],
        id="a-we-believe-inside-a-quote-is-the-speakers",
    ),
    pytest.param(
        "Protests in the square were banned last year. Chief Superintendent Owen Darrow of Caldreth Police said "
        "officers would stay. “Our officers are there to keep people safe,” he said.",
        [("Caldreth Police’s officers are there to keep people safe.", "Owen Darrow")],
        [],
        id="the-we-of-a-speaker-of-a-named-body-is-that-body",
    ),
    pytest.param(
        "The High Court struck down Caldreth city council’s ban on protests in Mercer Square.\nThe council said it "
        "would appeal. The judge found that the council had not shown that a total ban was necessary. The ban has cost "
        "€180,000.",
        [("Caldreth city council will appeal.", "Caldreth city council"),
         ("Caldreth city council’s ban on protests in Mercer Square has cost €180,000.", None)],
        ["The total ban has cost €180,000."],
        id="a-town-councils-ban-names-the-council-and-the-ban-for-later",
    ),
    pytest.param(
        "Lotte Brannval, a seismologist at the University of Vessen, said aftershocks of magnitude 4 or more were "
        "likely over the next two weeks.",
        [("Aftershocks of magnitude 4 or more are likely over the next two weeks.", "Lotte Brannval")],
        ["Lotte Brannval is a seismologist at the University of Vessen."],
        id="said-x-of-a-figure-is-reported-and-a-likely-state-is-present-again",
    ),
    pytest.param(
        "Jonas Brell, a commentator for Ilvara Sport Television, called the win the most surprising result in the "
        "championship’s history. Mia Lund, a nurse at Brenholt Hospital, won the award.",
        [("Mia Lund is a nurse at Brenholt Hospital.", None)],
        ["Jonas Brell is a commentator for Ilvara Sport Television."],
        id="the-job-of-a-person-who-calls-something-x-is-a-label",
    ),
    pytest.param(
        "Analysts expect the merger to save money. Analysts expect the rise to lift revenue. Analysts expect a plan to cut "
        "costs by June.",
        [("The merger will save money.", "analysts"), ("The rise will lift revenue.", "analysts"),
         ("Analysts expect a plan to cut costs by June.", None)],
        ["Analysts expect the rise to lift revenue."],
        id="expect-x-to-do-y-read-as-an-x-to-do-y-is-still-a-forecast",
    ),
    pytest.param(
        "The ministry has also halted exports of live sheep from Fennmarsh, a move that traders estimate will cost the "
        "region’s farmers about 2 million crowns a month.",
        [("Halting exports of live sheep from Fennmarsh will cost the region’s farmers about 2 million crowns a month.",
          "traders")],
        ["Fennmarsh is a move."],
        id="a-move-set-off-after-an-action-is-that-action",
    ),
    pytest.param(
        "The ministry ordered the vaccination of all sheep on Monday, after Tarrow fever was confirmed on 37 farms. "
        "The deal cannot complete until the authority has ruled.",
        [("The ministry ordered the vaccination of all sheep on Monday.", None),
         ("Tarrow fever was confirmed on 37 farms.", None),
         ("The deal cannot complete until the authority has ruled.", None)],
        [],
        id="a-marked-or-passive-clause-of-a-reporting-verb-is-no-speaker",
    ),
    pytest.param(
        "The budget deficit reached 3.4% of GDP in 2025. The Treasury forecasts that it will fall to 2.8% next year. "
        "Lumora said it would cut 300 jobs.",
        [("The budget deficit will fall to 2.8% next year.", "the Treasury"), ("Lumora will cut 300 jobs.", "Lumora")],
        ["The Treasury will fall to 2.8% next year."],
        id="the-it-a-body-forecasts-to-fall-to-a-figure-is-a-quantity",
    ),
    pytest.param(
        "The council approved a new tram line to the airport, a scheme that will cost 40 million euros.",
        [("The council approved a new tram line to the airport.", None),
         ("The new tram line will cost 40 million euros.", None)],
        [],
        id="a-closing-a-scheme-that-describes-the-verbs-object",
    ),
    pytest.param(
        "A court fined Chatterlane, the messaging app popular with teenagers, €18.5 million for exposing users. "
        "Freshway bought Bellamy’s, a chain of 80 stores, for 300 million euros.",
        [("A court fined Chatterlane €18.5 million for exposing users.", None),
         ("Chatterlane is the messaging app popular with teenagers.", None),
         ("Freshway bought Bellamy’s for 300 million euros.", None), ("Bellamy’s is a chain of 80 stores.", None)],
        [],
        id="a-description-set-off-after-a-named-object-is-the-names",
    ),
    pytest.param(
        "The airport said an inspection in 2023 had found only minor wear. The airport said the cracks had grown since "
        "February.",
        [("An inspection in 2023 found only minor wear.", "the airport"),
         ("The cracks have grown since February.", "the airport")],
        ["An inspection in 2023 has found only minor wear."],
        id="an-event-subject-with-its-date-dates-the-past-perfect",
    ),
    pytest.param(
        "Thieves stole three paintings from the Alderwick Town Museum. It was the first theft at the museum since 1987.",
        [("The theft of three paintings from the Alderwick Town Museum was the first theft at the museum since 1987.",
          None)],
        [],
        id="it-was-the-first-theft-is-the-theft-told-before",
    ),
    pytest.param(
        "The group said it would instead:\n- Launch a free weekly newsletter.\nParents are being asked to:\n- Keep sick "
        "children at home.\n",
        [("The group will instead launch a free weekly newsletter.", "the group"),
         ("Parents should keep sick children at home.", None)],
        ["The group would instead."],
        id="a-lead-in-ending-in-an-adverb-and-a-passive-request-take-their-items",
    ),
    pytest.param(
        "The decision was taken after two pupils fell ill. Riverside Rovers finished with ten men after Marco Sandri "
        "was sent off for a second yellow card.",
        [("The decision was taken after two pupils fell ill.", None), ("Two pupils fell ill.", None),
         ("Riverside Rovers finished with ten men.", None), ("Marco Sandri was sent off for a second yellow card.", None)],
        ["The decision was taken."],
        id="a-short-main-clause-keeps-its-after-clause-which-is-a-claim-too",
    ),
    pytest.param(
        "The national space agency lost its new weather satellite on Thursday. Mission director Karin Holm said the "
        "team was devastated. “We will find out what went wrong,” she said.",
        [("The national space agency will find out what went wrong.", "Karin Holm")],
        [],
        id="a-director-speaks-for-the-unnamed-body-the-opening-is-about",
    ),
    pytest.param(
        "The landlords’ association, which says it represents 1,200 owners, opposed the ban. The council, which has not "
        "said whether it will sell the site, met on Monday.",
        [("The landlords’ association represents 1,200 owners.", "the landlords’ association")],
        ["The council will sell the site."],
        id="a-body-which-says-x-is-the-source-of-x",
    ),
    pytest.param(
        "The government will raise the state pension age from 66 to 68 by 2034, the finance minister, Lars Eklund, "
        "announced on Monday.\nUnions called the move “a betrayal of working people”.",
        [("The government’s move to raise the state pension age from 66 to 68 by 2034 is a betrayal of working people.",
          "unions")],
        ["The move is a betrayal of working people."],
        id="the-move-is-the-announced-action-of-an-unnamed-institution",
    ),
    pytest.param(
        "Pellbrook Bank’s shares fell 14% on Thursday, wiping €1.9 billion off its value. Inflation rose to 4.1% in "
        "March, pushing up borrowing costs.",
        [("The fall in Pellbrook Bank’s shares wiped €1.9 billion off its value.", None),
         ("The rise in inflation pushed up borrowing costs.", None)],
        ["Inflation pushed up borrowing costs."],
        id="what-a-fall-or-rise-does-is-the-fall-or-rise",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_rule(nlp, text: str, expected: list[tuple[str, str | None]], absent: list[str]) -> None:  # type: ignore[no-untyped-def]
    claims = build_extractor(nlp=nlp).extract(Article(text=text, source_uri="case"))
    got = [(c.text, c.attributed_to) for c in claims]
    for pair in expected:
        assert pair in got, f"{pair} not in {got}"
    for text_ in absent:
        assert text_ not in [c.text for c in claims]
