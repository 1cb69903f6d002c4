"""Directed stance: each class of where an evaluation lands, on sentences written for the test,
and on real transcripts (Kremlin, White House) through ``stance.measure``."""

import time

import pandas as pd
import pytest

import discourse as dx
from discourse import DataFileError
from discourse.features import stance
from discourse.features._stance_directed import directed
from tests.conftest import ROOT


def spans(text, *names):
    """The offsets of every occurrence of each name in the text."""
    out = []
    for name in names:
        found, at = [], text.find(name)
        while at >= 0:
            found.append((at, at + len(name)))
            at = text.find(name, at + 1)
        assert found, name
        out.append(found)
    return out


def labels(text, *names, own=()):
    return [d.stance for d in directed(text, spans(text, *names), [n in own for n in names])]


@pytest.mark.parametrize("text", [
    "We urge the US to stop interfering in Hong Kong affairs.",
    "China calls on the US side to correct its mistakes.",
    "Our advice for the US is that it should face up to the facts.",
    "The US should stop its interference at once.",
    "The US must immediately lift the sanctions.",
    "We hope the US will view China's development objectively and rationally.",
])
def test_a_demand_is_against_the_one_asked(text):
    assert labels(text, "US") == ["against"]


def test_a_demand_reaches_coordinated_names_and_spares_the_rest():
    text = "We call on India and Pakistan to exercise restraint and stop threatening Afghanistan."
    assert labels(text, "India", "Pakistan", "Afghanistan") == ["against", "against", "neutral"]


@pytest.mark.parametrize("text, name", [
    ("I just want to remind certain people in Australia to have more confidence in their system.", "Australia"),
    ("The current US administration would be wise to stop relying on alternative facts.", "US"),
    ("I hope the Vietnamese side will face up to the historical fact.", "Vietnamese"),
])
def test_advice_and_demands_made_of_a_states_people_are_against_it(text, name):
    assert labels(text, name) == ["against"]


def test_a_wish_to_go_on_is_encouragement_not_a_demand():
    text = "We hope that the DPRK and the US will continue to engage in dialogue and respect each other's concerns."
    assert labels(text, "DPRK", "US") == ["neutral", "neutral"]
    text = "We hope that the DPRK and the US will stop provocations and respect each other's concerns."
    assert labels(text, "DPRK", "US") == ["against", "against"]


def test_a_wish_without_correction_is_not_a_demand():
    assert labels("We hope that Brazil will continue to score new achievements.", "Brazil") == ["favour"]
    assert labels("We hope the talks will go ahead in Geneva next week.", "Geneva") == ["neutral"]


def test_an_accusation_lands_on_its_doer_not_its_victim():
    text = "All attempts by the US to smear Iran will be in vain."
    assert labels(text, "US", "Iran") == ["against", "neutral"]
    text = "The US and Canada abused their extradition treaty against a citizen of Mexico."
    assert labels(text, "US", "Canada", "Mexico") == ["against", "against", "neutral"]


def test_the_owner_of_a_deed_did_it():
    text = "We support the people of Ukraine as they defend themselves against Russia's brutal aggression."
    assert labels(text, "Ukraine", "Russia") == ["favour", "against"]


def test_a_judgement_named_as_a_noun_is_its_owners():
    text = "The US' irresponsible accusations against Hong Kong are groundless."
    assert labels(text, "US", "Hong Kong") == ["against", "neutral"]
    assert labels("They voiced criticism on the US slanders and hegemonic acts.", "US") == ["against"]
    assert labels("Ukraine's condemnation of Belarus was strong.", "Ukraine", "Belarus") == ["against", "neutral"]


def test_a_regime_is_someones_only_with_a_name_before_it():
    text = "We must uphold the non-proliferation regime and support the people of Ukraine."
    assert labels(text, "Ukraine") == ["favour"]
    assert labels("The Kiev regime shelled the city.", "Kiev") == ["against"]


def test_support_and_praise_land_on_their_object():
    assert labels("China firmly supports Pakistan in safeguarding its sovereignty.", "China", "Pakistan",
                  own=("China",)) == ["neutral", "favour"]
    assert labels("We welcome the decision of Kenya to join.", "Kenya") == ["favour"]
    text = "If so, China and the US can leverage their strengths to jointly support Africa's development."
    assert labels(text, "US") == ["neutral"]


@pytest.mark.parametrize("text, expected", [
    ("The leaders will exchange views on China-Germany relations and cooperation.", "neutral"),
    ("The committee prepared specific issues on bilateral cooperation with Germany for the meeting.", "neutral"),
    ("China and Germany are natural partners.", "favour"),
    ("China and Germany have stepped up practical cooperation in trade.", "favour"),
    ("China-Germany relations are good and stable.", "favour"),
    ("China and Germany enjoy a close and enduring partnership.", "favour"),
])
def test_cooperation_is_praise_only_when_qualified(text, expected):
    assert labels(text, "Germany") == [expected]


@pytest.mark.parametrize("text", [
    "The US slapped tariffs on additional Chinese goods the day the talks ended.",
    "It goes against the market principles the US claims to champion.",
    "This runs counter to the consensus, and the US knows it.",
])
def test_officials_words_of_conduct_are_against_the_doer(text):
    assert labels(text, "US") == ["against"]


def test_a_judgement_lands_on_its_object_not_its_subject():
    assert labels("Russia condemned the decision of Ukraine.", "Russia", "Ukraine") == ["neutral", "against"]
    assert labels("We condemn the aggression by Russia.", "Russia") == ["against"]


def test_the_speakers_own_state_is_defended_never_accused():
    text = "All attempts by the US to smear China will be in vain."
    assert labels(text, "US", "China", own=("China",)) == ["against", "favour"]
    assert labels("China firmly opposes hegemonism.", "China", own=("China",)) == ["neutral"]
    assert labels("China has good relations with Cambodia.", "China", "Cambodia", own=("China",)) == [
        "neutral", "favour"]


@pytest.mark.parametrize("text, name", [
    ("The US has severely distorted the facts by accusing China of stealing technology.", "China"),
    ("Apparently aware that they will bear responsibility for it, they try to blame Russia.", "Russia"),
    ("Some politicians always try to blame Russia for everything.", "Russia"),
])
def test_the_speakers_own_state_accused_by_others_is_defended(text, name):
    assert labels(text, name, own=(name,)) == ["favour"]


@pytest.mark.parametrize("text, name", [
    ("For years the US has kept smearing China and fabricating stories about its trade.", "US"),
    ("Lately the UK has been using China as a pretext, hyping up so-called threats.", "UK"),
])
def test_the_speakers_own_state_as_a_verbs_object_is_no_doer(text, name):
    # the accusation after the own state's mention lands on the state before it, which did it
    assert labels(text, name, "China", own=("China",))[0] == "against"


def test_the_own_states_possessive_is_no_object():
    text = "Taiwan and Tibet are China's internal affairs where no outside forces shall interfere."
    assert labels(text, "Taiwan", "Tibet", "China", own=("China",)) == ["neutral", "neutral", "neutral"]


@pytest.mark.parametrize("text", [
    "We urge Canada to respect China's judicial sovereignty and release the detained citizen.",
    "China urges the US to stop arms sales to Taiwan and abide by the one-China principle.",
])
def test_the_own_state_named_in_a_demand_on_another_is_defended(text):
    name = "Canada" if "Canada" in text else "US"
    assert labels(text, name, "China", own=("China",)) == ["against", "favour"]


@pytest.mark.parametrize("text, name, expected", [
    ("We hope the UK will play a positive role rather than make trouble.", "UK", "against"),  # a correction
    ("We hope Japan will act prudently instead of provoking tensions.", "Japan", "against"),
    ("We hope the UK will play a positive role in the region.", "UK", "favour"),  # no correction: no demand
])
def test_rather_than_in_a_wish_corrects_it(text, name, expected):
    assert labels(text, name) == [expected]


@pytest.mark.parametrize("text, name", [
    ("The US has been exaggerating the threat posed by others.", "US"),
    ("We have seen Iranian officials falsely deny their role.", "Iranian"),
    ("This is a tool used by the US to serve its selfish interests.", "US"),
    ("How on earth can people in the US call this freedom?", "US"),
])
def test_falsehood_selfishness_and_rhetorical_questions_of_fourth_set(text, name):
    assert labels(text, name) == ["against"]


@pytest.mark.parametrize("text", [
    "At present China-Germany relations enjoy a sound momentum of development.",
    "A sound and stable China-Japan relationship serves the common interests of both peoples.",
])
def test_praise_of_a_relations_momentum_and_common_interests(text):
    other = "Germany" if "Germany" in text else "Japan"
    assert labels(text, other) == ["favour"]


def test_what_a_verb_of_harm_harms_is_no_praise():
    text = "Such moves by India disrupt markets and thwart mutually beneficial cooperation between others."
    assert labels(text, "India") != ["favour"]
    assert labels("India and Nepal deepened mutually beneficial cooperation.", "India") == ["favour"]


@pytest.mark.parametrize("text, name", [
    ("China is a staunch defender of cyber-security.", "China"),
    ("China is firmly committed to denuclearizing the Peninsula.", "China"),
    ("As always, the United States has an enduring commitment to the region and is committed to its friends.",
     "United States"),
])
def test_the_speakers_own_state_as_the_subject_of_praise_is_favour(text, name):
    assert [(d.stance, d.rule) for d in directed(text, spans(text, name), [True])] == [("favour", "self")]


@pytest.mark.parametrize("text, names", [
    ("China supports this.", ("China",)),  # its support lands on what it supports
    ("The leaders of Russian oil companies fully supported the new deal.", ("Russian",)),  # a modifier
    ("China and Malaysia are committed to cooperation.", ("China", "Malaysia")),  # praise of both is no self-praise
    ("The Chinese side is not committed to that plan.", ("Chinese",)),  # negated
])
def test_own_state_praise_needs_its_own_predicate(text, names):
    assert labels(text, *names, own=(names[0],))[0] == "neutral"


def test_help_given_to_a_state_is_favour_toward_it():
    text = "First, to help Ukraine procure weapons and equipment to repel Russia's invasion."
    assert labels(text, "Ukraine", "Russia") == ["favour", "against"]
    assert labels("They will face increased security assistance to Ukraine.", "Ukraine") == ["favour"]
    assert labels("We are helping Ukraine, and we will assist Moldova too.", "Ukraine", "Moldova") == [
        "favour", "favour"]


@pytest.mark.parametrize("text, name", [
    ("China stands ready to work with Botswana to scale new heights in bilateral relations.", "Botswana"),
    ("We hope to work with the ROK side to realize new progress.", "ROK"),
    ("We are willing to work with the Maldives to cement our friendship.", "Maldives"),
    ("We will continue to work with our partners and with Ukraine.", "Ukraine"),
])
def test_cooperation_offered_to_a_state_is_favour_toward_it(text, name):
    assert labels(text, name) == ["favour"]


def test_cooperation_offered_by_the_speakers_own_state_praises_it_too():
    text = "China stands ready to work with New Zealand to deepen political mutual trust."
    assert labels(text, "China", "New Zealand", own=("China",)) == ["favour", "favour"]
    # asked of another, working together is a demand on it, not an offer to the one named after
    assert labels("We hope the US will work together with China to meet each other halfway.", "US") == ["against"]
    assert labels("Russia is working with Iran on the project.", "Russia", "Iran") == ["neutral", "neutral"]


@pytest.mark.parametrize("text", [
    "We have lodged stern representations with the US side.",
    "The Chinese Embassy made representations to the US government.",
    "China has lodged representations with the relevant US side, urging it to stop.",
])
def test_representations_lodged_are_against_the_state_they_are_lodged_with(text):
    assert labels(text, "US") == ["against"]


def test_representations_reach_only_the_state_named_right_after():
    text = "We have made representations to the relevant governments and asked them to leave Hong Kong alone."
    assert labels(text, "Hong Kong") == ["neutral"]
    assert labels("China has lodged representations with the US side.", "China", "US", own=("China",)) == [
        "neutral", "against"]


def test_an_obligation_named_is_a_demand_except_on_the_speakers_own_state():
    text = "As the largest nuclear powers, the US and Russia have the obligation to cut their arsenals."
    assert labels(text, "US", "Russia") == ["against", "against"]
    # the speaker's own state commits itself: no demand, so its praise as a subject counts
    text = "It goes without saying that the Chinese government has the duty to safeguard our legitimate rights."
    assert [(d.stance, d.rule) for d in directed(text, spans(text, "Chinese"), [True])] == [("favour", "self")]
    assert labels("China should stand firm.", "China", own=("China",)) == ["neutral"]


@pytest.mark.parametrize("text", [
    "The fifth China-Germany intergovernmental consultation achieved fruitful outcomes.",
    "We appreciate the fruitful Russia-China partnership.",
    "Mutual trust and fruitful cooperation between China and the US serve both peoples.",
])
def test_the_speakers_own_state_named_as_a_party_of_a_praised_relation_is_favour(text):
    assert labels(text, "China", own=("China",)) == ["favour"]


@pytest.mark.parametrize("text", [
    "The pro-China groups enjoy fruitful cooperation.",  # a prefix, not a party
    "The China-related cooperation projects are fruitful.",
])
def test_a_hyphen_without_another_name_makes_no_party(text):
    assert labels(text, "China", own=("China",)) == ["neutral"]


def test_protests_not_hold_water_and_milestones():
    assert labels("The travel advisory issued by the US side does not hold water.", "US") == ["against"]
    assert labels("It is a milestone of China-Italy cooperation.", "Italy") == ["favour"]
    assert labels("China-Japan relations were restored to the normal track.", "Japan") == ["favour"]


def test_sincerity_doubts_and_rhetorical_questions_are_against():
    assert labels("If the US truly wishes for peace, it should lift the blockade.", "US") == ["against"]
    assert labels("Were that true, who dares to buy aircraft made in the US?", "US") == ["against"]
    assert labels("Do you know where Canada is?", "Canada") == ["neutral"]


def test_praise_reaches_every_party_of_its_clause():
    text = "China and Cambodia have seen their strategic partnership developing with a sound momentum."
    assert labels(text, "China", "Cambodia") == ["favour", "favour"]


def test_a_sentence_that_evaluates_nothing_is_neutral_toward_all():
    text = "At the invitation of Sergey Lavrov, Wang Yi will pay an official visit to Russia from May 12 to 13."
    assert labels(text, "Russia") == ["neutral"]
    assert labels("There is only one China in the world and Taiwan is part of China.", "Taiwan") == ["neutral"]


def test_negated_praise_and_clauses_keep_their_own_targets():
    text = "Relations with France are fruitful, but Norway has violated the agreement."
    assert labels(text, "France", "Norway") == ["favour", "against"]
    assert labels("We do not support the plan of Japan.", "Japan") == ["neutral"]


def test_a_target_with_no_mention_reads_every_cue():
    assert directed("The two sides enjoy fruitful win-win cooperation.", [[]])[0].stance == "favour"
    assert directed("This is a groundless smear.", [[]])[0].stance == "against"
    assert directed("", [[]])[0].stance == "neutral" and directed("No target here.", []) == []


def test_scores_are_in_range_and_rules_are_named():
    found = directed("We urge the US to stop smearing China.", spans("We urge the US to stop smearing China.",
                                                                    "US", "China"), [False, True])
    assert [d.rule for d in found] == ["demand", "defended"]
    assert all(-1 < d.score < 1 for d in found)


def test_ten_thousand_words_and_fifty_candidates_stay_fast():
    names = ["France", "Japan", "Brazil", "Kenya", "Chile"] * 10
    sentence = "We urge " + ", ".join(names) + " to stop the smear; " + "the allegations are groundless " * 1600
    started = time.perf_counter()
    found = directed(sentence, spans(sentence, *dict.fromkeys(names)))
    assert len(found) == 5 and time.perf_counter() - started < 5  # a budget against hangs, not a benchmark


def test_the_data_files_are_checked():
    from discourse.features._stance_directed import directed_data

    data = directed_data()
    assert data.words["demand"].pattern and len(data.weight) > 200
    with pytest.raises(DataFileError, match="sha256"):
        from discourse.features._stance_rules import _read_data

        _read_data("MANIFEST.csv")


def test_measure_gives_each_target_its_own_label(tmp_path):
    text = ("We urge the US to stop threatening Iran. "
            "Wang Yi will visit Russia from May 12 to 13. "
            "China and Cambodia have seen their partnership developing with a sound momentum.")
    pd.DataFrame({"doc_id": ["d"], "source": ["Foreign Ministry of China"], "text": [text]}).to_csv(
        tmp_path / "docs.csv", index=False)
    rows = stance.measure(dx.load(tmp_path / "docs.csv", mapping={"doc_id": "doc_id"}), targets={})
    got = dict(zip(rows["target"], rows["stance"]))
    assert (got["United States"], got["Iran"], got["Russia"], got["Cambodia"]) == (
        "against", "neutral", "neutral", "favour")
    assert (rows["method"] == f"directed@{stance.DIRECTED_VERSION}").all()


def test_officials_turns_are_not_all_favour():
    """On the bundled Kremlin and White House transcripts the directed rules label most dyads
    neutral (the sentence rules called most of them favour), and the holder is the turn's speaker."""
    corpus = dx.load([ROOT / "corpora" / "kremlin", ROOT / "corpora" / "whitehouse"], progress=False)
    rows = stance.measure(corpus, targets={})
    quoted = rows[rows["voice"] == "quoted"]
    assert len(quoted) > 100  # the holder is a turn's speaker (anonymous briefers stay missing)
    assert quoted["speaker"].dropna().isin(set(corpus.quotes["speaker"].dropna())).all()
    share = quoted["stance"].value_counts(normalize=True)
    assert share["neutral"] > 0.5 and share.get("against", 0) > 0.02
    rules = stance.measure(corpus, targets={}, method="rules")
    assert (rules["stance"] == "favour").mean() > share["favour"]


@pytest.mark.parametrize("text, names, own, want", [
    ("China has the right to reject uninvited people.", ("China",), ("China",), ["favour"]),
    ("As a sovereign state, Russia has every right to defend itself.", ("Russia",), (), ["favour"]),
    ("Iran is entitled to the peaceful use of nuclear energy.", ("Iran",), (), ["favour"]),
    # the claim lands on its subject, not on those the measures were taken against
    ("China has taken compulsory measures in accordance with the law against the Canadian citizens.",
     ("China", "Canadian"), ("China",), ["favour", "neutral"]),
    ("The Chinese navy identified the British warship in accordance with the law and expelled it.",
     ("Chinese", "British"), ("Chinese",), ["neutral", "neutral"]),
    ("The court will rule in accordance with the law next week, the Canadian side said.", ("Canadian",), (),
     ["neutral"]),
    # denied or demanded, it is against
    ("The US sanctions are not in line with international law.", ("US",), (), ["against"]),
    ("We urge the US to act in accordance with international law.", ("US",), (), ["against"]),
    ("The US has no right to interfere in China's internal affairs.", ("US", "China"), ("China",),
     ["against", "favour"]),
    ("The UK has no sovereignty, no jurisdiction and no right to supervise Hong Kong.", ("UK",), (), ["against"]),
    ("The Canadian side has no right to wantonly comment on Hong Kong affairs.", ("Canadian",), (), ["against"]),
])
def test_a_claim_of_legitimacy_lands_on_its_subject(text, names, own, want):
    assert labels(text, *names, own=own) == want


@pytest.mark.parametrize("text", [
    "China sees the bullying nature of the US side.",
    "China will take countermeasures against the unilateral and bullying practices of the US side.",
    "What China has done is self-defense against the unreasonable acts of the US side.",
])
def test_a_deed_of_a_state_is_its_own(text):
    """A nominal cue whose deed is "of X" ("the bullying nature of the US") has X as its doer,
    not its victim ("smear China": China acted upon)."""
    assert labels(text, "US", "China", own=("China",))[0] == "against"
    assert labels("They smear the reputation of Chinese firms.", "Chinese") == ["neutral"]


def test_wrong_for_x_to_act_and_dismissal_words():
    """"It is ADJ for X to ..." makes X the doer; a deed "for X" with no "to" keeps X its victim;
    words dismissing a claim or an act are against."""
    assert labels("It is ridiculous for the UK to pose itself as a supervisor.", "UK") == ["against"]
    assert labels("It is utterly wrong for certain German media to put on a show.", "German") == ["against"]
    assert labels("They say China has created a debt trap for the Maldives.", "Maldives", "China",
                  own=("China",)) == ["neutral", "neutral"]
    assert labels("What the US has done is unjust and untenable.", "US") == ["against"]


@pytest.mark.parametrize("text, names, want", [
    # a wish for two sides together evaluates neither, unless it asks them to stop or correct
    ("We hope that Ethiopia and Eritrea will meet each other halfway and build trust.", ("Ethiopia", "Eritrea"),
     ["neutral", "neutral"]),
    ("We hope the US and the DPRK could respect each other's concerns and resume talks.", ("US", "DPRK"),
     ["neutral", "neutral"]),
    # one addressee: still a demand; a call on two: still a demand on both
    ("We hope the US will respect the facts.", ("US",), ["against"]),
    ("We call on India and Pakistan to stop the shelling.", ("India", "Pakistan"), ["against", "against"]),
])
def test_a_wish_for_two_sides_together_evaluates_neither(text, names, want):
    assert labels(text, *names) == want


@pytest.mark.parametrize("text, names, want", [
    ("We believe that Pakistan can overcome the temporary difficulties.", ("Pakistan",), ["favour"]),
    ("We are convinced that Kenya and Ghana will make greater progress.", ("Kenya", "Ghana"), ["favour", "favour"]),
    ("We are confident that the Nigerian side is able to host the summit well.", ("Nigerian",), ["favour"]),
    # not when it cannot, nor when the clause accuses or corrects
    ("We believe that Japan will not change its course.", ("Japan",), ["neutral"]),
    ("We believe the US will abandon its wrong practices.", ("US",), ["against"]),
    ("We believe Canada will fail to hide its hypocrisy.", ("Canada",), ["against"]),
])
def test_confidence_in_what_a_state_will_do_praises_it(text, names, want):
    assert labels(text, *names) == want


@pytest.mark.parametrize("text", [
    "This year marks the 40th anniversary of the Treaty of Peace and Friendship between China and {}.",
    "The Friendship Treaty with {} was signed in 2001.",
    "A document titled Cooperation Vision for the Next Decade was released with {}.",
])
def test_praise_words_in_a_documents_title_praise_no_one(text):
    assert labels(text.format("Japan"), "Japan") == ["neutral"]


def test_a_named_relation_and_an_opening_word_still_praise():
    assert labels("China and Italy marked the Comprehensive Strategic Partnership.", "Italy") == ["favour"]
    assert labels("Friendship between Chinese and Italian people runs deep.", "Italian") == ["favour"]


@pytest.mark.parametrize("text, names, want", [
    ("We made stern representations and protests to the US side.", ("US",), ["against"]),
    ("Such move by the Japanese side is not conducive to the improvement of relations.", ("Japanese",),
     ["against"]),
    ("We will discuss the challenges posed by the Islamic Republic of Iran at the NATO Summit.",
     ("Iran", "NATO"), ["against", "neutral"]),
    ("We address the legitimate security concerns of the DPRK.", ("DPRK",), ["favour"]),
    ("China is concerned about the provocations in areas of deep concern to the Philippines.", ("Philippines",),
     ["neutral"]),
    ("In science and technology, the US is second to none.", ("US",), ["favour"]),
    ("I want to note the special role of the President of Turkey.", ("Turkey",), ["favour"]),
    ("A lot of effort is needed to take relations between Russia and Japan to a new level.", ("Japan",), ["favour"]),
    ("China and Russia have maintained close communication and coordination.", ("Russia",), ["favour"]),
    ("Innovation is a key area of China-Russia pragmatic cooperation.", ("Russia",), ["favour"]),
    ("There are more reasons for the US to view competition in an objective way.", ("US",), ["against"]),
    ("We hope the US can treat other countries' progress with an open and inclusive attitude.", ("US",),
     ["against"]),
    # praise of a clause does not reach a place named in it
    ("Thanks to close coordination between Russia and Iran, violence in Syria has diminished.",
     ("Russia", "Iran", "Syria"), ["favour", "favour", "neutral"]),
])
def test_classes_read_on_the_fifth_development_set(text, names, want):
    assert labels(text, *names) == want


@pytest.mark.parametrize("text, names, own, want", [
    # the speaker's own state named in a charge it rejects: defended, and the charge is another's
    ("For a while, some in Australia have been spreading the China threat fallacy.", ("Australia", "China"),
     ("China",), ["against", "favour"]),
    ("US politicians met rioters, criticized China unreasonably and undermined stability.", ("US", "China"),
     ("China",), ["against", "favour"]),
    ("The claim that Russia is a threat is absurd, the Russian side said.", ("Russia",), ("Russia",), ["favour"]),
])
def test_the_own_state_named_in_a_charge_is_defended(text, names, own, want):
    assert labels(text, *names, own=own) == want


@pytest.mark.parametrize("text, names, own, expected", [
    ("We imposed new sanctions on Russia today.", ("Russia",), (), ["against"]),
    ("The United States will impose costs on Russia.", ("United States", "Russia"), ("United States",),
     ["neutral", "against"]),
    ("China will take countermeasures against the US.", ("China", "US"), ("China",), ["neutral", "against"]),
    ("We have sanctioned 180 Venezuelan officials.", ("Venezuelan",), (), ["against"]),
    # imposed on the speaker's own state: the doer is accused, the own state defended
    ("The US imposed sanctions on Chinese firms.", ("US", "Chinese"), ("Chinese",), ["against", "favour"]),
    # lifted, or imposed on no state: no one
    ("China proposed to ease sanctions on the DPRK.", ("China", "DPRK"), ("China",), ["neutral", "neutral"]),
    ("Mexico also announced its countermeasures.", ("Mexico",), (), ["neutral"]),
    ("They discussed the sanctions relief steps for Iran.", ("Iran",), (), ["neutral"]),
    # another's measure named by its owner
    ("How will the US respond to China's proposed export controls?", ("US", "China"), ("US",), ["neutral", "against"]),
])
def test_a_punitive_measure_lands_on_the_state_it_is_imposed_on(text, names, own, expected):
    assert labels(text, *names, own=own) == expected


@pytest.mark.parametrize("text, names, expected", [
    ("We talk with Ukraine about the aggression that we have seen from Russia.", ("Ukraine", "Russia"),
     ["neutral", "against"]),
    ("Ukraine has faced the aggression that we have seen from Russia.", ("Ukraine", "Russia"), ["neutral", "against"]),
    # a deed owned by a name that is no target: not the target's
    ("The brave people of Ukraine fight against Putin's aggression.", ("Ukraine",), ["favour"]),
    ("We support Israel against Hamas's horrific terrorist attacks.", ("Israel",), ["favour"]),
])
def test_a_deed_is_its_marked_doers_or_its_named_owners(text, names, expected):
    assert labels(text, *names) == expected


@pytest.mark.parametrize("text, name, own, expected", [
    ("Russia is a peace-loving nation.", "Russia", ("Russia",), "favour"),
    ("America is a great country.", "America", (), "favour"),
    ("Russia extended his detention after yet another sham hearing.", "Russia", (), "against"),
    ("The PRC has suggested that we hoard vaccines, despite evidence to the contrary.", "PRC", (), "against"),
    ("Cheap Chinese cars negatively impact our workers.", "Chinese", (), "against"),
])
def test_praise_and_charges_read_on_the_sixth_set(text, name, own, expected):
    assert labels(text, name, own=own) == [expected]
