"""Directed stance: the stance a sentence takes toward each target it names, one target at a time.

The sentence rules (:mod:`._stance_rules`) give every target of a sentence the sentence's stance,
so in "we urge the US to stop threatening Iran" Iran is as much criticised as the US. The
directed rules read where each evaluation lands: a demand lands on the one it is made of, an
accusation on its doer and not on its victim, praise of a relation on both parties, a
sincerity doubt ("if the US truly wishes ...") and a rhetorical question on those they name. The
words they use are data: ``data/stance/cues-1.8.csv`` (what evaluates) and
``data/stance/directed-1.7.csv`` (what directs).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .._errors import DataFileError
from .._fold import fold
from ._lexicon import _finish, _read_csv
from ._matcher import Matcher
from ._stance_rules import NEGATION_FACTOR, _read_data, _table

__all__ = ["BAND", "DIRECTED_VERSION", "Directed", "directed", "directed_data"]

#: Version of the directed rules; the ``method`` column of their rows is ``directed@DIRECTED_VERSION``.
DIRECTED_VERSION = "1.7"
#: The data files the directed rules read (a new version of either is a new file).
CUES_FILE, WORDS_FILE = "cues-1.8.csv", "directed-1.7.csv"
#: ``tanh`` of a target's summed weights at or beyond +-BAND is favour / against (chosen by
#: leave-one-source-out on the sentence rules, ``docs/validation/stance_targets.md``).
BAND = 0.3
#: The weight of a demand, a sincerity doubt or a rhetorical question on the target it names.
DEMAND_WEIGHT = -1.5
#: The weight of the speaker's own state defended: acted upon by an accusation, or named in what a
#: demand on another asks ("we urge the US to respect China's sovereignty").
DEFENDED_WEIGHT = 0.5
#: The weight of confidence in what a target will do ("we believe that Pakistan can overcome ...").
CONFIDENT_WEIGHT = 0.8
_KINDS = ("demand", "hope", "modal", "corrective", "sincerity", "rhetorical", "agent", "patient", "evaluative",
          "praising", "qualifier", "owned", "about", "offer", "protest", "harming", "justified", "confident",
          "punitive", "charging")
#: A cooperation cue this weak or weaker ("cooperation", "partners", "relations") names a topic
#: unless a qualifier of ``directed`` data comes right before it ("close partnership").
TOPIC_WEIGHT = 0.5
_DETERMINERS = r"(?:(?:the|a|an|some|certain|relevant|other|those|these|its|their|our|all)\s+)*"
# after a verb of wish or confidence, up to its subject: "hope that the DPRK and the ", "believe "
_WISHED = rf"\s+(?:that\s+)?{_DETERMINERS}(?:\w+\s+(?:and|or)\s+{_DETERMINERS})?$"
# "remind certain people in Australia to ...": a demand made of a state's people is made of the state
_PEOPLE_IN = r"(?:(?:people|politicians|forces|individuals|lawmakers|officials|media|elements)\s+in\s+(?:the\s+)?)?"
# "India and Pakistan", "the US and other countries": a coordinated name shares its verb
_CONJUNCT = r"(?:\s+(?:and|or)\s+(?:the\s+|other\s+)*\w+(?:\s+\w+)?)?"
# "we hope the DPRK and the US will continue to ...": encouragement to go on is no correction
_GO_ON = re.compile(rf"^{_CONJUNCT}(?:\s+side)?\s+(?:will|would|can|could|to)\s+(?:continue|keep|go on|carry on)\b")
_ADVERBS = r"(?:\s+(?:also|itself|themselves|really|truly|first|still|now|instead|then|too))?"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
# a name joined to another name by a hyphen ("China-EU", "Russian-Chinese"), not "anti-China", "China-related"
_PAIRED_AFTER = re.compile(r"[-–][A-Z]")
_PAIRED_BEFORE = re.compile(r"\b[A-Z][\w.]*[-–]$")
_ADJACENT = re.compile(rf"\s*{_DETERMINERS}")
_COORDINATED = re.compile(r"\s*(?:\s(?:and|or)\s+(?:the\s+)?|\s+(?:the\s+)?)")
_SCAN = 12  # mentions looked at on each side of a cue: a sentence of 10,000 words stays linear
# from a punitive measure to the one it is imposed on: "sanctions on the", "sanctioned 180 Venezuelan",
# "countermeasures against"
_IMPOSED_ON = re.compile(rf"\s+(?:(?:on|upon|against|of|to|for)\s+)?(?:(?:\d[\d,]*|more|several|many|all)\s+)?"
                         rf"{_DETERMINERS}")
# a punitive measure lifted: "ease sanctions", "the lifting of sanctions", "sanctions relief"
_LIFTED_BEFORE = re.compile(r"\b(?:eas|lift|remov|end|terminat|cancel|relax|waiv|roll(?:ing)? back|rollback|modif|"
                            r"drop)\w*\s+(?:\w+\s+){0,3}$")
_LIFTED_AFTER = re.compile(r"\s+(?:relief|waivers?|exemptions?|rollback|lifted|eased|removed)\b")
# a name's possessive right before a cue that is no target's mention: the deed is that name's
_NAMED_OWNER = re.compile(r"\b(?!(?:It|That|There|What|Here|He|She|Who|Where|This|Let|Today|Yesterday)\b)"
                          r"[A-Z][\w.-]*(?:['’]s|s['’])\s+(?:[a-z-]+\s+){0,2}$")
# from an against cue to the doer marked after it: "an attack by the", "the aggression that we have seen
# from"; not "lending by China" several words after "failed"
_MARKED_DOER = re.compile(rf"(?:\s+\w+)?\s+by\s+{_DETERMINERS}|.{{0,30}}\bfrom\s+{_DETERMINERS}")
# folded "russia s brutal ", "the us  irresponsible " (the US' ...), "china s "; or, right after the
# name, the deed itself ("the US slanders", "US bullying")
_POSSESSIVE = re.compile(r"(?: s| )(?: \w+){0,2} | ")
# the speaker's own state as a verb's object ("framing China", "using China as"): a lower-case word
# right before it that is no preposition, conjunction or determiner; not a possessive ("China's")
_OBJECT_BEFORE = re.compile(r"\b(?!(?:and|or|between|of|with|to|in|on|by|from|for|against|at|the|a|an|that|as|"
                            r"than|but|while|whereas|if|when)\b)[a-z]+ $")
_POSSESSIVE_AFTER = re.compile(r" s\b")
# "the bullying nature of the US side", "the hegemonic acts of the US": the deed's doer, not its victim
_DEED_OF = re.compile(r"\s+(?:\w+\s+)?(?:nature|practices?|behaviou?rs?|acts?|conduct|actions?|moves?|attempts?|"
                      r"deeds?|polic(?:y|ies))\s+of\s+(?:the\s+|some\s+|certain\s+)?")
# "it is ridiculous for the UK to pose ...": the one who does it (not "a debt trap for the Maldives")
_FOR = re.compile(r"\s+for\s+(?:the\s+|some\s+|certain\s+)?")
_TO_AFTER = re.compile(r"(?:\s+\w+){0,3}\s+to\s")
_NEGATIVE_CUE = re.compile(r"(?:no|not|never)\b")
# the speaker's own state as a partner in what a demand asks ("work with China", "meet China halfway")
_PARTNER_BEFORE = re.compile(r"\b(?:with|meet)\s+(?:the\s+)?$")
# the capitalized words of a name around a cue ("Treaty of Peace and ", " Treaty"), and a document's word
_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+(?:(?:of|and|for|on|the)\s+)*)+$")
_TITLE_AFTER = re.compile(r"(?:\s+(?:(?:of|and|for|on|the)\s+)*[A-Z][\w-]*)+")
_DOCUMENT = re.compile(r"\b(?:Treaty|Treaties|Agreement|Vision|Convention|Charter|Act|Accords?|Pact)\b")
# "of deep concern to the Philippines": the one concerned, not the one of concern
_CONCERN_TO = re.compile(r" (?:to|for) ")
# a place a clause's praise does not reach ("violence in Syria"); "people in Taiwan" are Taiwan's
_IN_PLACE = re.compile(r"(?<!people)(?<!individuals)(?<!those)(?<!officials)(?<!forces)(?<!lawmakers) in (?:the )?$")
# what a target is trusted to do: "Pakistan can overcome", "the two sides will", not "will not"
_ABLE = re.compile(rf"{_CONJUNCT}(?: side| government| people)? (?:will|can|could|would|(?:is|are) able to)"
                   r"(?: \w+ly)? (?!not\b|never\b|be\b)\w")
# what a wish for two sides together may still ask of them: a demand on both
_STOP = re.compile(r"\b(?:stop|cease|abandon|give up|refrain|correct|mistakes?|wrong)\b")
# between two targets named together ("the DPRK and the US")
_PAIR = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?")
# where a clause ends: evaluation does not cross these
_CLAUSE = re.compile(r";|:\s|\s(?:but|while|whereas|although|though|however)\s|,\s*which\s|\.\s", re.IGNORECASE)


# a state's name as a clause's subject: its verb or an adverb right after it ("China is", "Russia
# has always"), not a name used as a modifier ("Russian oil companies") or coordinated ("China and")
_PREDICATE = re.compile(r"(?: side| government)? (?:is|are|was|were|has|have|had|will|would|always|firmly|stands?|"
                        r"remains?|also|itself|has always|will always|continues?|keeps?)\b")


@dataclass(frozen=True)
class Directed:
    """The stance toward one target: label, score in (-1, 1), and the rule that decided it."""

    stance: str
    score: float
    rule: str


@dataclass(frozen=True)
class DirectedData:
    """The cues (:data:`CUES_FILE`) and the directing words (:data:`WORDS_FILE`), compiled."""

    cues: Matcher
    weight: dict
    words: dict  # kind -> compiled regex on folded text


def _alternation(patterns: list[str]) -> str:
    return "(?:" + "|".join(p.replace("-", " ").replace("'", " ").replace(" ", r"\s+") for p in patterns) + ")"


@lru_cache(maxsize=1)
def directed_data() -> DirectedData:
    """Load (once) the cues and the directing words, checked against ``MANIFEST.csv``."""
    data, path = _read_data(CUES_FILE)
    cues = _finish("stance_cues", CUES_FILE[5:-4], _read_csv(data.decode("utf-8"), path), path, data)
    found: dict[str, list[str]] = {k: [] for k in _KINDS}
    for line, row in _table(WORDS_FILE, ("kind", "pattern")):
        if row["kind"] not in found:
            raise DataFileError(f"discourse/data/stance/{WORDS_FILE}", line, "kind",
                                f"{row['kind']!r} is not one of {', '.join(_KINDS)}", "fix the row")
        try:
            re.compile(row["pattern"])
        except re.error as err:
            raise DataFileError(f"discourse/data/stance/{WORDS_FILE}", line, "pattern",
                                f"not a regular expression: {err}", "fix the row") from None
        found[row["kind"]].append(row["pattern"])
    alt = {k: _alternation(v) for k, v in found.items()}
    words = {
        # "we urge the US side to", "our advice for Nauru is": a demand, then its addressee
        "demand": re.compile(rf"\b{alt['demand']}\s+{_DETERMINERS}{_PEOPLE_IN}(?:\w+\s+(?:and|or)\s+{_DETERMINERS})?$"),
        "confident": re.compile(rf"\b{alt['confident']}{_WISHED}"),
        "hope": re.compile(rf"\b{alt['hope']}{_WISHED}"),
        "modal": re.compile(rf"^{_CONJUNCT}(?:\s+(?:side|government|authorities|administration|politicians|"
                            rf"officials))?{_ADVERBS}\s+{alt['modal']}\b"),
        "addressed": re.compile(rf"^{_CONJUNCT}(?:\s+(?:side|government|authorities|administration|politicians|"
                                r"officials|leaders?|lawmakers|people))?\s+(?:to|not\s+to|that|will|would|can|"
                                r"could|is|should|must)\b"),
        "corrective": re.compile(rf"\b{alt['corrective']}\b"),
        "sincerity": re.compile(rf"\b(?:if|unless|were)\s+{_DETERMINERS}$"),
        "sincere": re.compile(rf"^(?:\s+\w+){{0,2}}?\s+{alt['sincerity']}\b"),
        "rhetorical": re.compile(rf"\b{alt['rhetorical']}\b"),
        "agent": re.compile(rf"\b{alt['agent']}\s+{_DETERMINERS}$"),
        "patient": re.compile(rf"\b{alt['patient']}\s+{_DETERMINERS}$"),
        "evaluative": re.compile(alt["evaluative"]),
        "praising": re.compile(alt["praising"]),
        "offer": re.compile(alt["offer"]),
        "justified": re.compile(alt["justified"]),
        "protest": re.compile(alt["protest"]),
        "punitive": re.compile(alt["punitive"]),
        "charging": re.compile(alt["charging"]),
        "owned": re.compile(alt["owned"]),
        "about": re.compile(alt["about"]),
        "qualifier": re.compile(rf"\b{alt['qualifier']}\s+(?:\w+\s+){{0,2}}$"),
        # "thwart mutually beneficial cooperation": what is harmed is no praise
        "harming": re.compile(rf"\b{alt['harming']}\s+(?:\w+\s+){{0,3}}$"),
        # "relations are good", "their partnership developing": a qualifier as the predicate
        "qualified": re.compile(rf"^(?:\s+(?:has|have|had|is|are|was|were|been|being|keeps?|kept|remains?|remained))*"
                                rf"\s+{alt['qualifier']}\b"),
    }
    return DirectedData(Matcher(cues), {(e.frame, e.pattern): e.weight for e in cues.entries}, words)


def _clauses(text: str) -> list[int]:
    """Start offsets of the clauses of a sentence (the first is 0)."""
    return [0] + [m.end() for m in _CLAUSE.finditer(text)]


def directed(text: str, spans, own=None) -> list[Directed]:
    """The stance a text takes toward each of its targets.

    The rules, in order, for each target (its mentions are ``spans`` in ``text``):

    1. **Demand.** A demand verb of :data:`WORDS_FILE` right before a mention of the target
       and an addressee's verb after it ("we urge the US to stop ...", "call on India and
       Pakistan to ...", "our advice for Nauru is"), the target followed by a modal ("the US
       should ...", "the US and Russia have the obligation to ..."), or a wish whose complement
       corrects it ("we hope the US will view this objectively"): the target is asked to change
       course, weight -1.5. The speaker's own state is never asked: "China has the duty to
       safeguard ..." is its commitment, left to the other rules; named in what a demand on
       another asks ("we urge the US to respect China's sovereignty") it is defended (+0.5).
       A wish for two targets named together ("we hope the DPRK and the US will meet each other
       halfway") evaluates neither (rule ``encouraged``), unless it asks them to stop or correct
       something. Confidence in what a target will or can do ("we believe that Pakistan can
       overcome the temporary difficulties") praises it (+0.8), unless its clause accuses or
       corrects.
    2. **Sincerity and rhetorical questions.** "if the US truly wishes ..." and a question
       opened as a challenge ("who dares ...", "where is the rule of law ...?") weigh -1.5
       on the targets they name.
    3. **Accusation lands on its doer, judgement on its object.** A verb of judging
       ("condemn", "oppose", "reject": kind ``evaluative``) lands on the first mention after
       it ("Russia condemned the decision of Ukraine": against Ukraine). Each other against cue
       of :data:`CUES_FILE` (its weight flipped and halved when negated) is credited to the
       nearest mention before it in its clause that is not acted upon (after "against", "in",
       "on", "to" ... or right after the cue), else to the nearest such mention after it; "by
       X", "from X", "people in X" mark the doer; the speaker's own state as a verb's object ("framing China with
       trumped-up charges and fabricating ...") is no doer. A target acted upon by an
       accusation is its victim: nothing, unless it is the speaker's own state (``own``),
       whose defence is favour (+0.5). No against cue counts toward the speaker's own state
       ("China firmly opposes ..." is its stand); found as an accusation's doer, it is named in a
       charge the speaker rejects ("some in Australia spread the China threat fallacy"): the
       next doer takes the charge and the own state is defended. A deed "of X" ("the bullying
       nature of the US side") and what it is wrong "for X to" do ("it is ridiculous for the UK
       to pose ...") are X's. A cue that is itself a negation ("no right to") is not negated again by a list
       before it ("no sovereignty, no jurisdiction and no right to").
       Representations lodged ("lodged stern representations with the US side": kind
       ``protest``) land only on the state named right after them. A punitive measure (kind
       ``punitive``: "sanctions", "countermeasures", "export controls") lands on the state it is
       imposed on ("we imposed sanctions on Russia"), not on its doer, unless imposed on the
       speaker's own state; lifted ("ease sanctions on the DPRK") it lands on no one.
    4. **Praise reaches every party of its clause**: each favour and cooperation cue (but one
       harmed by a verb right before it: "thwart mutually-beneficial cooperation") adds its
       weight to every target named in its clause ("China and Cambodia have seen their
       partnership developing"); support, praise and help land on their object ("to help
       Ukraine"), and so does cooperation offered ("China stands ready to work with Botswana":
       kind ``offer``). Praise of a clause does not reach a place named "in" it ("violence in
       Syria has diminished"), and a favour word capitalized in a document's title ("the Treaty of
       Peace and Friendship") praises no one. The speaker's own state named alone as the subject
       of a favour cue that is no verb of support and qualifies no relation ("China is a staunch
       defender of ...", "China is firmly committed to ...") or of an offer ("China stands ready to work with
       ...") is praised itself (rule ``self``). A claim of legitimacy ("in accordance with the
       law", "has the right to": kind ``justified``) lands only on its subject ("China has taken
       measures in accordance with the law against ...": China, not those it acts against).
    5. ``score = tanh(sum)``; ``favour`` at or above :data:`BAND`, ``against`` at or below
       ``-BAND``, else ``neutral``: a sentence that evaluates nothing (a visit's dates, a
       fact) is neutral toward everything it names. The speaker's own state is never
       ``against``, and ``favour`` only when defended, praised itself, or praised as a named
       party of a relation ("the China-Germany consultation achieved fruitful outcomes",
       "cooperation between China and ...").

    Parameters
    ----------
    text : str
        The words read (a sentence, or a speaker's part of it).
    spans : list of list of (int, int)
        For each target, the offsets of its mentions in ``text``; an empty list for a target
        with no mention (a cooperation object), which takes the sum of every cue.
    own : list of bool, optional
        For each target, whether it is the speaker's own state (or its leader).

    Returns
    -------
    list of Directed
        One per target: ``stance``, ``score`` and ``rule`` (``demand``, ``encouraged``, ``sincerity``,
        ``rhetorical``, ``judged``, ``accused``, ``praised``, ``defended``, ``self``, ``cues``,
        ``own`` or ``none``).

    Examples
    --------
    >>> text = "We urge the US to stop threatening Iran."
    >>> [d.stance for d in directed(text, [[(12, 14)], [(35, 39)]])]
    ['against', 'neutral']
    >>> text = "All attempts by the US to smear China will be in vain."
    >>> [(d.stance, d.rule) for d in directed(text, [[(20, 22)], [(32, 37)]], own=[False, True])]
    [('against', 'accused'), ('favour', 'defended')]
    >>> directed("Foreign Minister Wang Yi will visit Russia from May 12 to 13.", [[(36, 42)]])[0].stance
    'neutral'
    """
    data = directed_data()
    own = list(own) if own is not None else [False] * len(spans)
    folded, clauses = fold(text), _clauses(text)
    clause = lambda pos: bisect_right(clauses, pos) - 1  # noqa: E731
    mentions = sorted((a, b, i) for i, target in enumerate(spans) for a, b in target)
    words = data.words
    hits = [h for h in data.cues.find(text, folded)
            if not _topic(h, data, folded) and not _harmed(h, words, folded) and not _titled(h, text)]
    # a cue that is itself a negation ("no right to") is not negated again by a list before it
    # ("no sovereignty, no jurisdiction and no right to")
    cues = [(h.start, h.end, data.weight[(h.frame, h.pattern)]
             * (NEGATION_FACTOR if h.negated and not _NEGATIVE_CUE.match(folded, h.start) else 1)) for h in hits]
    governed, patient = _acted_upon(text, folded, mentions, cues, words, clause)
    by_clause: dict[int, list] = {}
    for m in mentions:
        by_clause.setdefault(clause(m[0]), []).append(m)
    total, rule = [0.0] * len(spans), ["none"] * len(spans)
    demanded = _addressed(text, folded, mentions, own, words, clauses, total, rule)
    _trusted(folded, mentions, own, words, clauses, cues, total, rule)
    for a, _, i in mentions:  # "we urge the US to ... respect China's sovereignty": the own state defended
        if own[i] and rule[i] == "none" and any(d0 <= a < d1 for d0, d1 in demanded) \
                and not _PARTNER_BEFORE.search(folded, max(0, a - 20), a):  # "work with China": a partner
            total[i], rule[i] = DEFENDED_WEIGHT, "defended"
    decided = {i for i, r in enumerate(rule) if r != "none"}
    mine = {i for i, o in enumerate(own) if o}
    praise: dict[int, float] = {}
    accused = set()
    # the own state as a verb's object ("framing China"); not "China's affairs", nor a party of "China-US ties"
    own_objects = {(a, b) for a, b, i in mentions if i in mine and _OBJECT_BEFORE.search(folded, max(0, a - 30), a)
                   and not _POSSESSIVE_AFTER.match(folded, b) and not _PAIRED_AFTER.match(text, b)}
    own_spans, shielded = {(a, b) for a, b, i in mentions if i in mine}, set()
    # the own state named in a charge, not as a clause's subject ("China firmly opposes") nor as an
    # owner ("China's internal affairs where no outside forces shall interfere")
    charged = {i for a, b, i in mentions if i in mine and not _PREDICATE.match(folded, b)
               and not _POSSESSIVE_AFTER.match(folded, b)}
    # mentions that are no accusation's doer, united once for every cue (a long sentence stays linear);
    # own_objects are among own_spans
    no_doers, no_own_doers = patient | own_objects, patient | own_spans
    surfaces = [folded[h.start:h.end] for h in hits]
    # each cue's kind: support, praise, help; cooperation offered; a claim of legitimacy
    praises, offers, claims = ([words[kind].fullmatch(s) is not None for s in surfaces]
                               for kind in ("praising", "offer", "justified"))
    for (c0, c1, weight), praised, offered, claimed in zip(cues, praises, offers, claims):  # rules 3 and 4
        k = clause(c0)
        same = by_clause.get(k, [])
        if claimed and weight >= 0:  # "China has taken measures in accordance with the law against ...": its subject
            for i in set(_subject(same, c0, folded)) - decided:
                total[i] += weight
                rule[i] = "self" if i in mine else "praised"
            continue
        if weight >= 0:
            praising = praised or offered
            objects = _object(same, c1, set(), folded) if praising else []
            for i in set(objects) - decided:
                total[i] += weight
                rule[i] = "praised"
            if not praising:
                praise[k] = praise.get(k, 0.0) + weight
            continue
        judged = words["evaluative"].fullmatch(folded[c0:c1])
        if words["owned"].fullmatch(folded[c0:c1]):  # "the Assad regime"; "the sanctions regime" is no one's
            found = _owner(same, c0, folded)
        elif words["about"].fullmatch(folded[c0:c1]):  # "concern over X"; "X's concerns" are X's worries
            # and "of concern to X" is X's concern
            found = [] if _CONCERN_TO.match(folded, c1) else _object(same, c1, set(), folded)
        elif words["protest"].fullmatch(folded[c0:c1]):  # "lodged representations with the US side"
            found = _object(same, c1, set(), folded, adjacent=True)
        elif judged:
            found = _judged(same, c0, c1, governed, patient, words["agent"], folded, text)
        elif words["punitive"].fullmatch(folded[c0:c1]):  # "we imposed sanctions on Russia": Russia
            charging = words["charging"].fullmatch(folded[c0:c1]) is not None
            found = _punished(same, c0, c1, no_doers, mine, words["agent"], folded, text, charging)
            if not found:
                continue  # "Mexico announced its countermeasures": no charge, no one defended
        else:  # the speaker's own state as a verb's object is no doer: "the US ... framing China ... fabricating"
            found = _doers(same, c0, c1, no_doers, words["agent"], folded, text)
            named = set(found) & charged
            if named:  # nor named in the charge: "some in Australia spread the China threat fallacy": the
                shielded.update(named)  # charge is another's, China defended
                found = _doers(same, c0, c1, no_own_doers, words["agent"], folded, text)
        for doer in set(found) - decided - mine:  # no accusation counts toward the speaker's own state
            total[doer] += weight
            rule[doer] = "judged" if judged else "accused"
        accused.add(k)
    for k, weight in praise.items():  # not a place named "in" the clause ("the level of violence in Syria")
        for i in {i for a, _, i in by_clause.get(k, []) if not _IN_PLACE.search(folded, max(0, a - 9), a)} - decided:
            total[i] += weight
            rule[i] = "cues" if rule[i] == "none" else rule[i]
    for k in accused:  # the speaker's own state acted upon by an accusation, or named in it, is defended
        for a, b, i in by_clause.get(k, []):
            if own[i] and ((a, b) in patient or i in shielded) and i not in decided and rule[i] != "defended":
                total[i] += DEFENDED_WEIGHT
                rule[i] = "defended"
    relations = [h.start for h in hits if h.frame == "cooperation"]
    # the speaker's own state as the subject of praise: "China is firmly committed to"
    for h, praised, offered, claimed in zip(hits, praises, offers, claims) if mine else ():
        if h.frame != "favour" or h.negated or praised or claimed:
            continue
        if not offered and any(h.end <= r <= h.end + 25 for r in relations):
            continue  # "has good relations with": no self-praise; an offer's relations are its content
        for i in _subject(by_clause.get(clause(h.start), []), h.start, folded):
            if i in mine and i not in decided and rule[i] != "defended":
                total[i], rule[i] = max(total[i], 0.0) + data.weight[(h.frame, h.pattern)], "self"
    sentence = sum(w for _, _, w in cues)
    return [_label(sentence if not target else total[i], ("cues" if cues else "none") if not target else rule[i],
                   own[i], own[i] and _party(text, target)) for i, target in enumerate(spans)]


def _party(text: str, spans) -> bool:
    """Whether a target is named as a party of a relation: "China-Germany consultation",
    "Russia-China partnership", "between China and ..."."""
    return any(_PAIRED_AFTER.match(text, b) or _PAIRED_BEFORE.search(text, max(0, a - 30), a)
               or _BETWEEN.search(text, max(0, a - 9), a) for a, b in spans)


def _titled(hit, text: str) -> bool:
    """Whether a favour or cooperation cue is a word of a document's title, capitalized inside the
    sentence with the document's word in the same name ("the Treaty of Peace and Friendship", "the
    Friendship Treaty", "the Trilateral Cooperation Vision"): it names a document, it praises no
    one. A named relation ("the Comprehensive Strategic Partnership") still praises."""
    if hit.frame == "against" or not text[hit.start].isupper() or _opens(text, hit.start):
        return False
    before, after = _TITLE_BEFORE.search(text, max(0, hit.start - 60), hit.start), _TITLE_AFTER.match(text, hit.end)
    name = (before.start() if before else hit.start, after.end() if after else hit.end)
    return _DOCUMENT.search(text, *name) is not None


def _opens(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` opens its sentence (or a quotation in it): only opening
    punctuation between it and the start or the mark that ends a sentence or clause."""
    before = text[max(0, pos - 8):pos].rstrip(" \"“‘'(")
    return before.endswith((".", "!", "?", ":", ";")) or (not before and not text[:max(0, pos - 8)].strip())


def _harmed(hit, words: dict, folded: str) -> bool:
    """Whether a favour or cooperation cue names what a verb of harm right before it harms
    ("disrupt market operations and thwart mutually-beneficial cooperation"): no praise."""
    return hit.frame != "against" and \
        words["harming"].search(folded, max(0, hit.start - 60), hit.start) is not None


def _topic(hit, data: DirectedData, folded: str) -> bool:
    """Whether a cue only names cooperation as a topic: a weak cooperation word ("talks on
    bilateral cooperation", "our partners from Brazil") with no qualifier before it ("close
    partnership", "stepped up practical cooperation") or as its predicate ("relations are
    good", "their partnership developing")."""
    return (hit.frame == "cooperation" and data.weight[(hit.frame, hit.pattern)] <= TOPIC_WEIGHT
            and not data.words["qualifier"].search(folded[max(0, hit.start - 40):hit.start])
            and not data.words["qualified"].match(folded[hit.end:hit.end + 60]))


def _acted_upon(text, folded, mentions, cues, words, clause) -> tuple[set, set]:
    """The mentions governed by a preposition of the acted-upon ("against", "in", "on"; not "by"),
    and those plus the mentions right after an against cue in its clause ("smear China")."""
    governed = {(a, b) for a, b, _ in mentions if words["patient"].search(folded[max(0, a - 40):a])
                and not words["agent"].search(folded[max(0, a - 40):a])}
    patient = set(governed)
    ends = [c1 for _, c1, w in cues if w < 0]
    for a, b, _ in mentions:
        k = bisect_right(ends, a) - 1
        if k >= 0 and a - ends[k] <= 20 and clause(ends[k]) == clause(a) and "," not in text[ends[k]:a] \
                and not _done_by(folded, ends[k], a, b):
            patient.add((a, b))
    return governed, patient


def _addressed(text, folded, mentions, own, words, clauses, total, rule) -> list[tuple[int, int]]:
    """Rules 1 and 2, in place: demands, corrective wishes, sincerity doubts, rhetorical questions.
    Returns the spans of what the demands ask: from the addressee to its clause's end."""
    demanded = []
    for k, (a, b, i) in enumerate(mentions):
        if own[i]:
            continue  # "China has the duty to safeguard ...": the speaker's own state commits itself
        before, after = folded[max(0, a - 60):a], folded[b:b + 80]
        end = _clause_end(clauses, bisect_right(clauses, b) - 1, len(text))
        addressed = words["addressed"].search(after)
        wished = addressed and words["hope"].search(before)
        if wished and _paired(mentions, k, folded) and not _STOP.search(folded, b, end):
            rule[i] = "encouraged"  # "we hope the DPRK and the US will meet each other halfway": a wish
            continue  # for two sides together evaluates neither, unless it asks them to stop or correct
        asked = (addressed and words["demand"].search(before)) or words["modal"].search(after)
        if asked or (wished and not _GO_ON.match(after)
                     and words["corrective"].search(folded[b:end])):  # a demand, or a wish that corrects
            total[i], rule[i] = DEMAND_WEIGHT, "demand"
            demanded.append((b, end))
        elif words["sincerity"].search(before) and words["sincere"].search(after):
            total[i], rule[i] = DEMAND_WEIGHT, "sincerity"
    if text.rstrip().endswith("?") and words["rhetorical"].search(folded):
        for _, _, i in mentions:
            if rule[i] == "none" and not own[i]:
                total[i], rule[i] = DEMAND_WEIGHT, "rhetorical"
    return demanded


def _paired(mentions, k: int, folded: str) -> bool:
    """Whether mention ``k`` is coordinated with another target's mention ("the DPRK and the US")."""
    a, b, i = mentions[k]
    return any(m[2] != i and _PAIR.fullmatch(folded, *((m[1], a) if m[1] <= a else (b, m[0])))
               for m in mentions[max(0, k - 1):k + 2] if m[:2] != (a, b))


def _trusted(folded, mentions, own, words, clauses, cues, total, rule) -> None:
    """Rule 1b, in place: confidence in what a target will do ("we believe that Pakistan can overcome
    the temporary difficulties", "we are convinced that Botswana and Mozambique will make greater
    progress") praises it, unless its clause accuses, corrects or negates."""
    for a, b, i in mentions:
        if rule[i] != "none" or not words["confident"].search(folded, max(0, a - 60), a):
            continue
        k = bisect_right(clauses, b) - 1
        end = _clause_end(clauses, k, len(folded))
        if _ABLE.match(folded, b) and not words["corrective"].search(folded, b, end) \
                and not any(w < 0 and clauses[k] <= c0 < end for c0, _, w in cues):
            total[i], rule[i] = CONFIDENT_WEIGHT, "self" if own[i] else "praised"


def _label(total: float, rule: str, own: bool, party: bool = False) -> Directed:
    """Rule 5: the label of a summed weight; the speaker's own state is favour only when defended,
    praised itself, or praised as a named party of a relation (``party``), and never against."""
    score = math.tanh(total)
    stance = "favour" if score >= BAND else "against" if score <= -BAND else "neutral"
    if own and (stance == "against" or (stance == "favour" and rule not in ("defended", "self")
                                        and not (party and rule in ("cues", "praised")))):
        stance, rule = "neutral", "own"
    return Directed(stance, score, rule)


def _clause_end(clauses: list[int], k: int, length: int) -> int:
    return clauses[k + 1] if k + 1 < len(clauses) else length


def _doers(same, c0: int, c1: int, patient: set, agent: re.Pattern, folded: str, text: str) -> list[int]:
    """The targets an against cue at ``c0:c1`` is said of, among the mentions of its clause: the
    owner of a possessive right before it ("Russia's brutal aggression"; none when the owner is a
    name no target has: "Putin's aggression"), else the one whose deed it names ("the bullying
    nature of the US"), else the doer marked right after it ("the aggression that we have seen
    from Russia"), else the nearest one before it that is not acted upon (with the names
    coordinated with it, "the US and Canada abused ..."), else the first after it marked as the
    doer ("by X"), else the first after it."""
    owner = _owner(same, c0, folded)
    if owner:  # "Russia's brutal aggression": the owner of the deed did it, whatever precedes
        return owner
    if _NAMED_OWNER.search(text, max(0, c0 - 40), c0):
        return []  # "the brave people of Ukraine fight against Putin's aggression": a deed of one no target names
    start = bisect_right(same, (c1, -1, -1))
    if start < len(same) and (_done_by(folded, c1, *same[start][:2])
                              or (folded.endswith(" by", c0, c1) and _ADJACENT.fullmatch(folded, c1, same[start][0]))):
        return [same[start][2]]  # "the bullying practices of the US side"; "challenges posed by China"
    after = [(a, b, i) for a, b, i in same[start:start + _SCAN] if (a, b) not in patient]
    if after and _MARKED_DOER.fullmatch(folded, c1, after[0][0]) and agent.search(folded, max(0, after[0][0] - 40),
                                                                                  after[0][0]):
        return [after[0][2]]  # "the aggression that we have seen from Russia": the doer, whoever precedes
    cut = bisect_right(same, (c0, c0, -1))
    near = same[max(0, cut - _SCAN):cut]
    before = [(a, b, i) for a, b, i in near if b <= c0 and (a, b) not in patient]
    if before:
        return _coordinated(before, folded)
    marked = [m for m in after if agent.search(folded[max(0, m[0] - 40):m[0]])]
    if marked:
        return [marked[0][2]]
    return [after[0][2]] if after else []


def _punished(same, c0: int, c1: int, patient: set, own: set, agent: re.Pattern, folded: str,
              text: str, charging: bool = False) -> list[int]:
    """The targets of a punitive measure at ``c0:c1`` ("sanctions", "countermeasures", "export
    controls"): the state named right after it, on whom it is imposed ("we imposed sanctions on
    Russia", "China will take countermeasures against the US"). Imposed on the speaker's own state
    (``own``), it accuses its doer as any against cue does ("the US sanctions on Chinese firms"),
    and so does a measure of kind ``charging`` imposed on no state named ("the US sanctions",
    "sanctions imposed by the US"); another measure on no state is its owner's ("China's export controls"), or no one's
    ("Mexico announced its countermeasures"); one lifted ("ease sanctions on the DPRK", "sanctions
    relief") lands on no one.

    Examples
    --------
    >>> [d.stance for d in directed("We imposed sanctions on Russia.", [[(24, 30)]])]
    ['against']
    >>> t = "The US imposed sanctions on Chinese firms."
    >>> [(d.stance, d.rule) for d in directed(t, [[(4, 6)], [(28, 35)]], own=[False, True])]
    [('against', 'accused'), ('favour', 'defended')]
    >>> [d.stance for d in directed("They proposed to ease sanctions on the DPRK.", [[(39, 43)]])]
    ['neutral']
    """
    if _LIFTED_BEFORE.search(folded, max(0, c0 - 40), c0) or _LIFTED_AFTER.match(folded, c1):
        return []
    k = bisect_right(same, (c1, -1, -1))
    after = same[k:k + 1]  # a slice of one: no copy of the rest of a long sentence per cue
    imposed = after and _IMPOSED_ON.fullmatch(folded, c1, after[0][0])
    if imposed and after[0][2] not in own:
        return [after[0][2]]
    if imposed or charging:
        return _doers(same, c0, c1, patient, agent, folded, text)
    return _owner(same, c0, folded)  # "China's proposed export controls": China's


def _done_by(folded: str, c1: int, a: int, b: int) -> bool:
    """Whether the mention ``a:b`` after an against cue ending at ``c1`` names who did it: the
    deed "of" it ("the bullying nature of the US side") or the one "for" whom it is wrong "to"
    act ("it is ridiculous for the UK to pose as a supervisor")."""
    return _DEED_OF.fullmatch(folded, c1, a) is not None or (
        _FOR.fullmatch(folded, c1, a) is not None and _TO_AFTER.match(folded, b) is not None)


def _judged(same, c0: int, c1: int, governed: set, patient: set, agent: re.Pattern, folded: str,
            text: str) -> list[int]:
    """The target of a verb of judging at ``c0:c1`` ("condemn", "oppose"): the owner of a
    judgement named as a noun ("the US' accusations"), else its object, the first mention after
    it that is not acted upon (with the names coordinated with it), else the doer
    before it ("the decision, which Russia rejected" has no object after it)."""
    return _owner(same, c0, folded, bare=False) or _object(same, c1, governed, folded) or \
        _doers(same, c0, c1, patient, agent, folded, text)


def _owner(same, c0: int, folded: str, bare: bool = True) -> list[int]:
    """The target whose possessive (or, if ``bare``, name) stands right before the cue at ``c0``:
    "the US' accusations against Hong Kong" are the US's, not the speaker's judgement of Hong
    Kong; "the US and Canada abused" are both the doers. A verb of judging right after a bare
    name ("Russia condemned") has that name as its subject, not its owner: ``bare=False``."""
    cut = bisect_right(same, (c0, c0, -1))
    near = same[max(0, cut - _SCAN):cut]
    owner = [k for k, (a, b, i) in enumerate(near) if b <= c0 and _POSSESSIVE.fullmatch(folded[b:c0])
             and (bare or folded[b:c0] != " ")]
    if not owner:
        return []
    return _coordinated(near[:owner[-1] + 1], folded) if folded[near[owner[-1]][1]:c0] == " " else \
        [near[owner[-1]][2]]


def _coordinated(before, folded: str) -> list[int]:
    """The last mention of ``before`` with the names coordinated with it ("the US and Canada")."""
    found = [before[-1]]
    for m in reversed(before[:-1]):
        if not _COORDINATED.fullmatch(folded[m[1]:found[-1][0]]):
            break
        found.append(m)
    return [m[2] for m in found]


def _object(same, c1: int, governed: set, folded: str, adjacent: bool = False) -> list[int]:
    """The first mention after ``c1`` that is not ``governed``, with the names coordinated with it;
    if ``adjacent``, only one right after the cue or its determiners ("with the relevant US side")."""
    start = bisect_right(same, (c1, -1, -1))
    after = [(a, b, i) for a, b, i in same[start:start + _SCAN] if (a, b) not in governed]
    if not after or (adjacent and not _ADJACENT.fullmatch(folded[c1:after[0][0]])):
        return []
    found = [after[0]]
    for m in after[1:]:
        if not _COORDINATED.fullmatch(folded[found[-1][1]:m[0]]):
            break
        found.append(m)
    return [m[2] for m in found]


def _subject(same, c0: int, folded: str) -> list[int]:
    """The target named alone right before a cue at ``c0`` in its clause, as its subject: no other
    mention between them, none coordinated with it ("China and ASEAN countries" share the praise)."""
    cut = bisect_right(same, (c0, c0, -1))
    before = [m for m in same[max(0, cut - _SCAN):cut] if m[1] <= c0]  # bounded: long sentences stay linear
    if not before:
        return []
    _, b, i = before[-1]
    if len(_coordinated(before, folded)) > 1 or not _PREDICATE.match(folded, b):
        return []
    return [i]
