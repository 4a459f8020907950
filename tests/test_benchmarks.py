"""Every benchmark script still imports (a refactor of qabot cannot break one silently), and
the scoring of plain_eval.py counts what its docstring says."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(BENCHMARKS.glob("*.py"))


_IMPORT_EACH = """
import importlib, json, sys, traceback
failures = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc()[-2000:]
print(json.dumps(failures))
"""


@pytest.fixture(scope="module")
def import_failures() -> dict[str, str]:
    """Import every script in one process (a process each cost about 0.3 CPU-s apiece, most of
    it importing qabot again); return the traceback of each one that failed."""
    # run in their own folder, as `python benchmarks/x.py` does, so sibling imports resolve
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *(script.stem for script in SCRIPTS)],
        cwd=BENCHMARKS,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    failures: dict[str, str] = json.loads(result.stdout.splitlines()[-1])
    return failures


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_benchmark_script_imports(script: Path, import_failures: dict[str, str]) -> None:
    assert script.stem not in import_failures, import_failures.get(script.stem)


def load_benchmark(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import benchmarks/NAME.py as a module, its sibling imports resolved from benchmarks/."""
    siblings = (
        "name_forms",
        "question_sets",
        "speech_eval",
        "archive_alias_named",
        "archive_alias_forms",
        "archive_alias_described",
        "archive_alias_generation",
    )
    for sibling in (*siblings, name):
        spec = importlib.util.spec_from_file_location(sibling, BENCHMARKS / f"{sibling}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        monkeypatch.setitem(sys.modules, sibling, module)
        spec.loader.exec_module(module)
    return sys.modules[name]


def shown(*passages: tuple[str, str], found: bool = True) -> dict[str, object]:
    """An answer as `qabot ask --json` gives it, with these (path, text) passages."""
    return {
        "found": found,
        "passages": [{"text": text, "article": {"path": path}} for path, text in passages],
        "quotes": [],
    }


QUESTION = {
    "id": "p001",
    "class": "fact",
    "question": "how many ferries sail to the island",
    "articles": ["news/ferry.txt"],
    "snippets": ["Four ferries a day sail"],
}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (shown(("news/ferry.txt", "In summer, four  ferries a DAY sail there.")), (True, 1)),
        (
            shown(("news/other.txt", "x"), ("news/ferry.txt", "Four ferries a day sail.")),
            (True, 2),
        ),
        (shown(("news/other.txt", "Four ferries a day sail.")), (False, None)),  # not gold
        (shown(("news/ferry.txt", "The island has a harbour.")), (False, None)),  # no snippet
        (shown(found=False), (False, None)),
    ],
)
def test_plain_eval_scores_an_answering_passage_by_article_and_snippet(
    monkeypatch: pytest.MonkeyPatch, answer: dict[str, object], expected: tuple[bool, int | None]
) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    assert plain_eval.score(QUESTION, answer) == expected


def test_plain_eval_counts_only_the_top_three_passages(monkeypatch: pytest.MonkeyPatch) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    answer = shown(*[("news/other.txt", "x")] * 3, ("news/ferry.txt", "Four ferries a day sail."))
    assert plain_eval.score(QUESTION, answer) == (False, None)


@pytest.mark.parametrize(("found", "honest"), [(False, True), (True, False)])
def test_plain_eval_no_answer_is_honest_only_when_nothing_is_found(
    monkeypatch: pytest.MonkeyPatch, found: bool, honest: bool
) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    question = {**QUESTION, "class": "no_answer", "articles": [], "snippets": []}
    answer = shown(("news/ferry.txt", "Four ferries a day sail."), found=found)
    assert plain_eval.score(question, answer) == (honest, None)


def test_plain_eval_counts_a_byte_identical_copy_of_the_gold_article_apart(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    (tmp_path / "news").mkdir()
    story = "Ferries\n\nFour ferries a day sail to the island.\n"
    for name, text in [("ferry.txt", story), ("copy.txt", story), ("other.txt", story + "!")]:
        (tmp_path / "news" / name).write_text(text)
    copies = plain_eval.copies_of(tmp_path)
    assert copies == {"news/ferry.txt": {"news/copy.txt"}, "news/copy.txt": {"news/ferry.txt"}}
    answer = shown(("news/copy.txt", "Four ferries a day sail to the island."))
    assert plain_eval.score(QUESTION, answer) == (False, None)  # the headline scorer: gold only
    assert plain_eval.answering_rank(QUESTION, answer, copies) == 1
    other = shown(("news/other.txt", "Four ferries a day sail to the island."))
    assert plain_eval.answering_rank(QUESTION, other, copies) is None  # not the same bytes


def test_plain_eval_counts_a_gold_snippet_in_the_quotes_shown_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    quote = {"text": "Four ferries a day sail", "article": {"path": "news/ferry.txt"}}
    elsewhere = {**quote, "article": {"path": "news/other.txt"}}
    answers = [
        {**shown(("news/other.txt", "x")), "quotes": [quote]},  # counted apart
        {**shown(("news/other.txt", "x")), "quotes": [elsewhere]},  # not a gold article
        {**shown(*[("news/other.txt", "x")] * 3), "quotes": [{"text": "y"}] * 3 + [quote]},
    ]
    outcomes = [plain_eval.outcome_of(QUESTION, answer, 0.0) for answer in answers]
    assert [o.correct for o in outcomes] == [False, False, False]  # the headline scorer
    ids = plain_eval.quoted_answers([QUESTION] * 3, answers, outcomes)
    assert ids == ["p001"]  # only the first answer: the fourth quote is not among the first 3


def test_plain_eval_answer_length_counts_passages_and_quotes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    answer = {**shown(("a.txt", "12345"), ("b.txt", "678")), "quotes": [{"text": "ab"}]}
    assert plain_eval.answer_length(answer) == 10


def test_answer_diff_full_records_the_lead_and_second_page(tmp_path: Path) -> None:
    from tests.support.indexes import index_of

    index_of(tmp_path, {"ferry.txt": "Ferry strike ends\n\nThe ferry strike ended."})
    questions = tmp_path / "questions.txt"
    questions.write_text("ferry strike\nwhat did nobody say about ferries\n", encoding="utf-8")
    out = tmp_path / "full.jsonl"
    command = [sys.executable, "answer_diff.py", "record", "--full", "--as-is"]
    command += ["--index-dir", str(tmp_path / "index"), "--questions", str(questions), str(out)]
    subprocess.run(command, cwd=BENCHMARKS, check=True, capture_output=True, timeout=120)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["question"] for row in rows] == [
        "ferry strike",
        "what did nobody say about ferries",
    ]
    assert rows[0]["lead"] and "page_2" in rows[0] and "emphasis" in rows[0]
    same = [sys.executable, "answer_diff.py", "diff", str(out), str(out)]
    assert subprocess.run(same, cwd=BENCHMARKS, capture_output=True, check=False).returncode == 0


def test_answer_ab_times_each_side_and_the_engine_in_one_sitting(tmp_path: Path) -> None:
    from tests.support.indexes import index_of

    index_of(tmp_path, {"ferry.txt": "Ferry strike ends\n\nThe ferry strike ended."})
    questions = tmp_path / "questions.txt"
    questions.write_text("ferry strike\nwhen did the strike end\n", encoding="utf-8")
    command = [sys.executable, "answer_ab.py", "--index-dir", str(tmp_path / "index")]
    command += ["--questions", str(questions), "--rounds", "1", "--chunk", "1"]
    command += ["--side", f"again={BENCHMARKS.parent}", "--tail", "2", "--freeze"]
    done = subprocess.run(command, cwd=BENCHMARKS, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("2 questions, mode cold") and "engine" in lines[1]
    assert any(line.startswith("this     all") and "x the engine" in line for line in lines)
    assert any(line.startswith("again    when/how") for line in lines)
    # each side's collector: its share of the CPU, the answers that met a full collection
    assert any(line.startswith("again    gc ") and "full collection" in line for line in lines)
    # --tail: this side's slowest answers, their CPU inside tantivy's search beside the rest
    assert any(line.startswith("slowest 5%") for line in lines)
    assert any("of their CPU inside tantivy's search" in line for line in lines)
    assert lines[-1].strip().endswith(("ferry strike", "when did the strike end"))


@pytest.mark.parametrize(
    ("speaker", "gold", "counted"),
    [
        ("Harbour Board", "a spokesman for Harbour Board", True),
        ("Ferrycorp", "a spokeswoman for operator Ferrycorp", True),
        ("Ferrycorp", "a Ferrycorp spokesperson", True),
        ("Harbour", "a spokesman for Harbour Board", False),  # part of the body only
        ("Harbour Board", "Ann Lee", False),  # the gold is no spokesperson
        ("Ann Lee", "a spokesman for Harbour Board", False),
        ("", "a spokesman for Harbour Board", False),
    ],
)
def test_speech_eval_counts_the_body_a_gold_spokesperson_speaks_for_apart(
    monkeypatch: pytest.MonkeyPatch, speaker: str, gold: str, counted: bool
) -> None:
    speech_eval = load_benchmark("speech_eval", monkeypatch)
    assert speech_eval.speaks_for(speaker, [gold]) is counted
    question = {"type": "who_said", "speaker": gold, "snippets": []}
    answer = {"quotes": [{"speaker": speaker, "text": "x"}]}
    assert speech_eval.score(question, answer)[0] is (speaker == gold)  # the strict figure


ARTICLE = "Harbour talks\n\nPort chief Antonio Brandt said talks went well. Mr Brandt left.\n"


@pytest.mark.parametrize(
    ("speaker", "gold", "article", "counted"),
    [
        ("Christopher Lane", "Chris Lane", None, True),  # a first name's long form
        ("Chris Lane", "Christopher Lane", None, True),  # and its short form
        ("Bill Lane", "William Lane", None, True),
        ("Christine Lane", "Christopher Lane", None, False),  # both "Chris", not one name
        ("Chris Lake", "Christopher Lane", None, False),
        ("Ferry Safety Board", "The Ferry Safety Board", None, True),  # "The" dropped
        ("Board", "Ferry Board", ARTICLE + "The Ferry Board met.\n", False),  # no person
        ("Antonio Brandt", 'Antonio "AB" Brandt', None, True),  # a quoted nickname dropped
        ("Brandt", 'Antonio "AB" Brandt', ARTICLE, True),  # the surname: nobody else so called
        ("Mr Brandt", "Antonio Brandt", ARTICLE, True),
        ("Brandt", "Antonio Brandt", ARTICLE + "His wife Orla Brandt agreed.\n", False),
        ("Brandt", "Antonio Brandt", None, False),  # the article cannot be read: not counted
        ("Antonio", "Antonio Brandt", ARTICLE, False),  # the first name alone
        ("Lane", "Chris Lane", ARTICLE, False),  # the article does not name the gold person
        ("Board", "The Ferry Board", ARTICLE, False),
        ("", "Chris Lane", None, False),
    ],
)
def test_speech_eval_counts_the_gold_person_by_a_name_form_apart(
    monkeypatch: pytest.MonkeyPatch, speaker: str, gold: str, article: str | None, counted: bool
) -> None:
    speech_eval = load_benchmark("speech_eval", monkeypatch)
    question = {"type": "who_said", "speaker": gold, "snippets": []}
    assert speech_eval.named_by_form(speaker, question, article) is counted
    answer = {"quotes": [{"speaker": speaker, "text": "x"}]}
    assert speech_eval.score(question, answer)[0] is False  # the strict figure is unchanged
    outcome = speech_eval.Outcome(
        id="z001", type="who_said", cls="plain", source="bbc", question="who said x?",
        speaker=gold, correct=False, speaker_right=None, body_right=False,
        form_right=counted, seconds=0.1, found=True, first_quote=None, first_passage=None,
    )  # fmt: skip
    lines = speech_eval.table([outcome])
    line = "  who_said with name forms counted: 1/1 (z001)"
    assert (line in lines) is counted


@pytest.mark.parametrize(
    ("speaker", "text", "body", "form"),
    [
        ("Vince Lane", "The ferry will sail at dawn.", False, True),  # a short first name
        ("Harbour Board", "The ferry will sail at dawn.", True, False),  # the body spoken for
        ("Vince Lane", "Nothing about ferries.", False, False),  # not the gold words
        ("Ann Lee", "The ferry will sail at dawn.", False, False),  # another person's
    ],
)
def test_speech_eval_counts_what_said_by_a_name_form_or_body_apart(
    monkeypatch: pytest.MonkeyPatch, speaker: str, text: str, body: bool, form: bool
) -> None:
    speech_eval = load_benchmark("speech_eval", monkeypatch)
    gold = "a spokesman for Harbour Board" if body else "Vincent Lane"
    question = {"type": "what_said", "speaker": gold, "snippets": ["the ferry will sail"]}
    answer = {"quotes": [{"speaker": "Ann Lee", "text": "x"}, {"speaker": speaker, "text": text}]}
    correct, _ = speech_eval.score(question, answer)
    assert correct is False  # the strict figure is unchanged
    counted = speech_eval.counted_apart(question, answer, correct, lambda _: None)
    assert counted == (body, form)
    assert speech_eval.counted_apart(question, answer, True, lambda _: None) == (True, True)


def test_plain_eval_capitalised_types_the_archives_names_with_a_capital(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.support.indexes import index_of

    index_of(
        tmp_path,
        {
            "a.txt": "Ferries\n\nThe captain Orla Brandt runs the ferries. They sail daily.\n",
            "b.txt": "Harbour\n\nThe harbour hired Orla Brandt, who loves ferries.\n",
        },
    )
    plain_eval = load_benchmark("plain_eval", monkeypatch)
    asked = plain_eval.capitalised(["when did orla brandt start the ferries"], tmp_path / "index")
    assert asked == ["when did Orla Brandt start the ferries"]


def test_polnear_eval_counts_a_body_named_before_a_gold_company_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    polnear_eval = load_benchmark("polnear_eval", monkeypatch)
    text = "Brambleworth Ltd said profits rose.\n\nThe company said sales fell in May."
    first, second = text.index("profits"), text.index("sales")
    gold = [
        polnear_eval.Gold([(first, first + 12)], "Brambleworth Ltd", "reported", 0),
        polnear_eval.Gold(
            [(second, second + 17)], "The company", "reported", text.index("The company")
        ),
    ]
    tallies = {kind: polnear_eval.Tally() for kind in polnear_eval.KINDS}
    polnear_eval.evaluate_article(text, gold, "a", tallies)
    reported = tallies["reported"]
    # the strict figure counts "Brambleworth Ltd" against the gold "The company" wrong
    assert (reported.speaker_checked, reported.speaker_correct) == (2, 1)
    assert reported.body_named == 1


def write_set(folder: Path, name: str, ids: list[str]) -> None:
    folder.joinpath(name).write_text(
        "".join(json.dumps({"id": i, "question": f"q {i}"}) + "\n" for i in ids)
    )


def test_pooled_sets_split_by_parity_with_the_whole_sets_kept_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = load_benchmark("question_sets", monkeypatch)
    write_set(tmp_path, "speech_questions.jsonl", ["a001", "a002"])
    write_set(tmp_path, "speech_questions_third.jsonl", ["c001", "c002"])
    write_set(tmp_path, "speech_questions_fourth.jsonl", ["d001", "d002", "d003"])
    write_set(tmp_path, "plain_questions.jsonl", ["p001", "p002"])
    dev = sets.pooled("speech", "development", folder=tmp_path)
    unseen = sets.pooled("speech", "unseen", folder=tmp_path)
    assert sorted(q["id"] for q in dev) == ["a001", "a002", "d001", "d003"]
    assert sorted(q["id"] for q in unseen) == ["c001", "c002", "d002"]
    assert {q["set"] for q in unseen} == {
        "speech_questions_third.jsonl",
        "speech_questions_fourth.jsonl",
    }
    left = sets.pooled(
        "speech", "development", ("speech_questions_fourth.jsonl",), folder=tmp_path
    )
    assert [q["id"] for q in left] == ["a001", "a002"]
    assert [q["id"] for q in sets.pooled("plain", "unseen", folder=tmp_path)] == ["p002"]


def test_pooled_sets_never_take_in_a_set_written_this_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = load_benchmark("question_sets", monkeypatch)
    write_set(tmp_path, "speech_questions_fourth.jsonl", ["d001", "d002"])
    write_set(tmp_path, "speech_questions_fifth.jsonl", ["e001", "e002"])
    monkeypatch.setattr(sets, "WRITTEN_THIS_SESSION", ("speech_questions_fifth.jsonl",))
    for part in ("development", "unseen"):
        assert {q["set"] for q in sets.pooled("speech", part, folder=tmp_path)} == {
            "speech_questions_fourth.jsonl"
        }


def test_by_set_counts_each_set_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    sets = load_benchmark("question_sets", monkeypatch)
    lines = sets.by_set(["x.jsonl", "y.jsonl", "x.jsonl"], [True, False, False])
    assert [line.split() for line in lines] == [["x.jsonl", "1/2"], ["y.jsonl", "0/1"]]


def test_write_rows_gives_one_json_line_a_row_with_text_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = load_benchmark("question_sets", monkeypatch)
    path = tmp_path / "rows.jsonl"
    sets.write_rows(path, [{"id": "x1", "question": "what did José say?"}, {"id": "x2"}])
    text = path.read_text()
    assert "José" in text and text.endswith("\n")
    assert [json.loads(line)["id"] for line in text.splitlines()] == ["x1", "x2"]


def what_said(speaker: str, *aliases: str) -> dict[str, object]:
    return {
        "id": "x001",
        "type": "what_said",
        "question": f"what did {speaker} say about the ferry",
        "speaker": speaker,
        "speaker_aliases": list(aliases),
        "snippets": ["the ferry sails"],
    }


@pytest.mark.parametrize(
    ("speaker", "alias", "expected"),
    [
        # a qualifier stays with the role: the shadow minister is no minister
        ("Ann Ward", "Shadow harbour minister Ann Ward", ["the Shadow harbour minister"]),
        (
            "Ann Ward",
            "Shadow Harbour Board chief officer Ann Ward",
            [
                "the Shadow Harbour Board chief officer",
                "Harbour Board's shadow chief officer",
                "the shadow chief officer",
            ],
        ),
        # an owner's possessive as written, with no "the" before a name and none doubled
        ("Bo Lind", "Anna Moss' lawyer", ["Anna Moss' lawyer", "the lawyer"]),
        ("Bo Lind", "Tern Rovers boss Bo Lind", ["the Tern Rovers boss", "Tern Rovers' boss"]),
        ("a ferry spokesman", "The company's spokesman", ["the company's spokesman"]),
        # where someone works, an owner alone, a bracketed short name: no role to ask by
        ("Bo Lind", "Bo Lind, of Tern Securities", []),
        ("Bo Lind", "The Tern Party's Bo Lind", []),
        ("Tern Ferry Board", "the Isle Tern Ferry Board (TFB)", []),
        # a person speaking for a body is asked as themself, not as the body
        ("Tern Ferries", "Tern Ferries chairman Richard Moss", []),
    ],
)
def test_alias_probe_asks_by_each_alias_as_a_reader_writes_it(
    monkeypatch: pytest.MonkeyPatch, speaker: str, alias: str, expected: list[str]
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its phrasing_probe
    probe = load_benchmark("alias_probe", monkeypatch)
    forms = [text for kind, text in probe.alias_forms(what_said(speaker, alias)) if kind != "name"]
    assert forms[: len(expected) or None] == expected if expected else forms == []


def test_alias_probe_counts_which_one_asked_apart_when_the_gold_speaker_is_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    probe = load_benchmark("alias_probe", monkeypatch)
    question = what_said("Bo Lind")
    asked = {"quotes": [], "speaker": None, "choices": ["Al Lind", "Bo Lind"]}
    assert probe.asked_which(question, asked)
    assert not probe.asked_which(question, {**asked, "choices": ["Al Lind", "Cy Lind"]})
    # answered with someone, the others named beside: an answer, not a question back
    answered = {**asked, "quotes": [{"speaker": "Al Lind", "text": "x"}], "speaker": "Al Lind"}
    assert not probe.asked_which(question, answered)


def test_archive_alias_probe_reads_a_role_before_and_after_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_benchmark("archive_alias_probe", monkeypatch)
    forms = sys.modules["archive_alias_forms"]
    text = (
        "Harbour Trust chief executive Ann Lowry said the pier would open. "
        "Tom Reed, a senior analyst for Glimmer, said so too. Mr Reed added more."
    )
    assert forms.role_before(text, "Ann Lowry") == "Harbour Trust chief executive"
    assert forms.role_after(text, "Tom Reed") == "a senior analyst for Glimmer"
    assert forms.role_before(text, "Tom Reed") is None  # a sentence's start: no role
    assert forms.title_form(text, "Tom Reed") == "Mr Reed"
    assert forms.body_short("China Harbour Works Corp") == "Harbour Works"
    assert forms.titled(text, "Tom Reed")  # "Mr Reed": a person, no body asked by a word
    assert not forms.titled(text, "Harbour Trust")
    assert forms.as_asked("role after", "a senior analyst for Glimmer") == (
        "the senior analyst for Glimmer"
    )


def test_archive_alias_probe_asks_a_title_before_the_surname_and_a_shared_surname(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_benchmark("archive_alias_probe", monkeypatch)
    forms = sys.modules["archive_alias_forms"]
    named = sys.modules["archive_alias_named"]
    text = "Detective Inspector Ola Marsh said the van was found. German President Al Penn spoke."
    assert named.title_before(forms.role_before(text, "Ola Marsh")) == "Detective Inspector"
    assert named.title_before(forms.role_before(text, "Al Penn")) is None  # a nationality
    assert named.title_before("Rovers' manager") is None
    people = named.quoted_by_surname({"Anna Marsh", "Tom Marsh", "Peter Penn", "Marsh"})
    assert named.shared_surname("Anna Marsh", people) == "Marsh"
    assert named.shared_surname("Peter Penn", people) is None  # the only Penn


def test_archive_alias_probe_asks_a_role_a_person_owns_in_the_shapes_its_story_allows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_benchmark("archive_alias_probe", monkeypatch)
    forms = sys.modules["archive_alias_forms"]
    text = (
        "Trainer Jim Bolger was cleared on Monday. Bolger's publicist, Ivo Marsh, said the case "
        "was closed. Mr Bolger thanked his staff."
    )
    assert forms.owned_forms(text, "Ivo Marsh") == [
        ("owned role", "Bolger's publicist", "Bolger's publicist"),
        ("owned role, full owner", "Bolger's publicist", "Jim Bolger's publicist"),
        ("owned role, titled", "Bolger's publicist", "mr bolger's publicist"),
    ]
    assert forms.person_role(text, "Ivo Marsh") is None  # no noun of the wide shapes'
    assert forms.owned_forms("Ivo Marsh said the case was closed.", "Ivo Marsh") == []


@pytest.mark.parametrize(
    ("checks", "expected"),
    [
        (["quote_evidence", "quote_evidence"], "one word shared"),  # weighed, nothing offered
        (["quote_evidence", "is_filler"], "filler"),
        (["quote_evidence", "said_better_elsewhere"], "told better elsewhere"),
        # the deed's own "who said" ranking gave quotes the answer does not show
        (["quote_evidence", "who_said"], "a deed not told of them"),
        ([], "no quote kept"),
    ],
)
def test_who_said_misses_probe_names_the_check_that_withheld_a_first_speaker(
    checks: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = load_benchmark("who_said_misses_probe", monkeypatch)
    assert probe.withheld_by({"checks": checks}) == expected


def test_joined_deed_probe_asks_the_deed_joined_by_and_up_to_its_second_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its found_probes, speech_eval
    probe = load_benchmark("joined_deed_probe", monkeypatch)
    joined = probe._JOINED.match(
        "Tern Ferries closed its old office last spring and has already opened two larger ones"
    )
    assert joined is not None
    assert (joined["name"], joined["verb"]) == ("Tern Ferries", "opened")
    assert probe._words(joined["rest"]) == "two larger"
    assert probe._words("to the") == ""  # no second word other than a stop word: no question
    # a verb of the first predicate only, nothing joined: no deed of the kind asked
    assert probe._JOINED.match("Tern Ferries closed its old office last spring") is None
