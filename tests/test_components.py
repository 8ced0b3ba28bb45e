"""The zhqx components as spaCy components: config, initialize, analyze_pipes, rules saved with the pipeline."""

import pytest
import spacy
import srsly

import zhqx
import zhqx.pipeline.entities as entities_module
from zhqx.events.spec import EventRules
from zhqx.language import ZhqxChinese
from zhqx.lexicon import Lexicon, Lexicons, default_lexicons
from zhqx.loading import _load_from, pipeline_path

TEXT = "2月20日，昆山高新区共6个项目签约，总投资72.3亿元，预计年产出124亿元。中关村管委会主任翟立新表示，要抓好复工复产。"


def words(doc):
    return [token.text for token in doc]


def outputs(doc):
    return words(doc), [(e.start_char, e.end_char, e.label_) for e in doc.ents], doc._.zhqx_events


def small_lexicons():
    """A stand-in rule set for these tests (the packaged lexicons are the entity stage's business)."""
    return Lexicons([Lexicon.from_rows("park_suffixes", [
        {"entry": "高新区", "source": "test", "example": "昆山高新区"},
        {"entry": "开发区", "source": "test", "example": "麻城经济开发区"},
    ])])


@pytest.fixture
def fresh():
    return zhqx.load(fresh=True)


def test_analyze_pipes_finds_no_problem_in_the_shipped_pipeline(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


def test_analyze_pipes_reports_a_missing_number_stage():
    nlp = ZhqxChinese()
    nlp.add_pipe("zhqx_entities")
    nlp.add_pipe("zhqx_events")
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert "doc.spans" in problems["zhqx_entities"]
    assert "span._.zhqx_quantity" in problems["zhqx_events"]


def test_components_name_their_settings_in_the_config(nlp):
    components = nlp.config["components"]
    for name in nlp.pipe_names:
        assert components[name]["quantities_key"] == "zhqx_quantities"
        assert components[name]["dates_key"] == "zhqx_dates"
    assert components["zhqx_entities"]["scorer"] == {"@scorers": "zhqx.entity_scorer.v1", "entity_labels": None}
    assert components["zhqx_events"]["scorer"] == {"@scorers": "zhqx.event_scorer.v1", "roles": None}


def test_span_keys_set_in_the_config_are_written_and_read():
    nlp = zhqx.load(fresh=True)
    config = nlp.config.copy()
    for name in nlp.pipe_names:
        config["components"][name]["quantities_key"] = "amounts"
    renamed = ZhqxChinese.from_config(config).from_disk(pipeline_path())
    doc = renamed(TEXT)
    assert "zhqx_quantities" not in doc.spans
    assert [span.text for span in doc.spans["amounts"]][:2] == ["6个项目", "72.3亿元"]
    assert outputs(doc) == outputs(nlp(TEXT))


def test_initialize_on_the_shipped_pipeline_keeps_its_output(fresh):
    before = outputs(fresh(TEXT))
    fresh.initialize()
    assert outputs(fresh(TEXT)) == before
    assert isinstance(fresh.get_pipe("zhqx_entities").rules, Lexicons)


def test_initialize_from_the_config_alone_loads_the_packaged_segmenter(nlp):
    blank = ZhqxChinese.from_config(spacy.util.load_config(pipeline_path() / "config.cfg"))
    with pytest.raises(ValueError, match="initialize"):
        blank("昆山高新区")
    blank.initialize()
    assert outputs(blank(TEXT)) == outputs(nlp(TEXT))


def test_initialize_takes_a_user_dictionary_file(tmp_path):
    words_file = tmp_path / "words.txt"
    words_file.write_text("# a test dictionary\n昆山高新区共\n", encoding="utf-8")
    blank = ZhqxChinese.from_config(spacy.util.load_config(pipeline_path() / "config.cfg"))
    blank.tokenizer.initialize(pkuseg_user_dict=str(words_file))
    assert "昆山高新区共" in words(blank.make_doc(TEXT))
    blank.tokenizer.initialize(pkuseg_model=str(pipeline_path() / "tokenizer" / "pkuseg_model"), pkuseg_user_dict=None)
    assert "昆山高新区共" not in words(blank.make_doc(TEXT))


def test_the_shipped_pipeline_carries_no_copy_of_the_rules():
    for name in ("zhqx_entities", "zhqx_events"):
        assert not (pipeline_path() / name).exists(), f"{name}: the shipped pipeline must read zhqx/rules"


def test_a_user_lexicon_entry_is_saved_loaded_and_used(fresh, tmp_path, monkeypatch):
    lexicons = default_lexicons()  # whole: the event and relation stages read the entity lexicons too
    mine = lexicons.replaced(lexicons["park_suffixes"].extended([{"entry": "智造谷", "source": "user", "example": "长江智造谷"}]))
    fresh.get_pipe("zhqx_entities").initialize(lexicons=mine)
    fresh.to_disk(tmp_path / "mine")
    assert (tmp_path / "mine" / "zhqx_entities" / "rules" / "park_suffixes.tsv").exists()

    given = []

    def spy(text, lexicons=None):
        given.append(lexicons)
        return []

    monkeypatch.setattr(entities_module, "mention_spans", spy)
    loaded = spacy.load(tmp_path / "mine")
    loaded("长江智造谷项目签约")
    assert "智造谷" in given[0]["park_suffixes"]
    assert given[0]["park_suffixes"].rows == mine["park_suffixes"].rows


def test_the_events_read_the_entity_lexicons_of_their_pipeline(fresh, tmp_path):
    """A user's zone end (谷, invented) makes 某智算谷建设全面启动 a zone's launch, no project start, through the pipeline
    whose entity component has it, and through that pipeline saved and loaded."""
    text = "今天，湖滨智算谷建设全面启动。"
    assert [e["type"] for e in fresh(text)._.zhqx_events] == ["project_start"]
    lexicons = default_lexicons()
    mine = lexicons.replaced(lexicons["zone_ends"].extended([{"entry": "谷", "source": "user", "example": text}]))
    fresh.get_pipe("zhqx_entities").initialize(lexicons=mine)
    fresh.to_disk(tmp_path / "mine")
    for nlp in (fresh, spacy.load(tmp_path / "mine")):
        assert nlp(text)._.zhqx_events == []


def test_the_relations_read_the_entity_lexicons_of_their_pipeline(fresh):
    """A user's title (首席顾问, invented) gives a title relation through the pipeline whose entity component has it."""
    text = "青禾集团首席顾问张明华表示。"
    assert fresh(text)._.zhqx_relations == []
    lexicons = default_lexicons()
    fresh.get_pipe("zhqx_entities").initialize(lexicons=lexicons.replaced(
        lexicons["titles"].extended([{"entry": "首席顾问", "source": "user", "example": text}])))
    assert [(r["type"], r["title"]) for r in fresh(text)._.zhqx_relations] == [("title_of", "首席顾问")]


def test_lexicons_given_as_a_folder_in_the_initialize_config(tmp_path, fresh):
    small_lexicons().to_disk(tmp_path / "lexicons")
    config = fresh.config.copy()
    config["initialize"]["components"]["zhqx_entities"] = {"lexicons": str(tmp_path / "lexicons")}
    nlp = ZhqxChinese.from_config(config)
    nlp.initialize()
    assert nlp.get_pipe("zhqx_entities").lexicons["park_suffixes"].rows == small_lexicons()["park_suffixes"].rows


def test_a_user_event_type_is_saved_loaded_and_used(fresh, tmp_path):
    """A user's own event type (揭牌) declared as data travels with the saved pipeline and is extracted."""
    rules = EventRules.default().extended({
        "type": "unveiling", "description": "A park or project is unveiled.",
        "triggers": {"揭牌": "3月1日，华信化工新材料项目在宁波高新区揭牌。"}, "requires": [["project", "park"]]})
    text = "3月1日，华信化工新材料项目在宁波高新区揭牌。"
    assert "unveiling" not in [e["type"] for e in fresh(text)._.zhqx_events]
    fresh.get_pipe("zhqx_events").initialize(rules=rules)
    fresh.to_disk(tmp_path / "mine")
    copy = ZhqxChinese.from_config(fresh.config).from_bytes(fresh.to_bytes())
    for loaded in (copy, spacy.load(tmp_path / "mine")):
        assert loaded.get_pipe("zhqx_events").rules.schema.keys() == rules.schema.keys()
        found = [(e["type"], e["trigger"], e["park"]["text"]) for e in loaded(text)._.zhqx_events]
        assert ("unveiling", "揭牌", "宁波高新区") in found


def test_event_rules_given_as_a_folder_in_initialize(fresh, tmp_path):
    EventRules.default().to_disk(tmp_path / "rules")
    fresh.get_pipe("zhqx_events").initialize(rules=str(tmp_path / "rules"))
    assert fresh.get_pipe("zhqx_events").rules.schema.keys() == EventRules.default().schema.keys()


def test_a_saved_rules_class_outside_zhqx_is_refused(fresh, tmp_path):
    fresh.get_pipe("zhqx_entities").initialize(lexicons=small_lexicons())
    fresh.to_disk(tmp_path / "mine")
    srsly.write_json(tmp_path / "mine" / "zhqx_entities" / "rules.json", {"class": "os:system"})
    with pytest.raises(ValueError, match="os:system"):
        _load_from(tmp_path / "mine")
