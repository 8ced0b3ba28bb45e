"""zhqx.spark and ``zhqx spark-job`` on a real local[2] Spark session (one per test session, about 6 s to start).

Skips with a reason where PySpark or a Java runtime is absent; CI sets ZHQX_REQUIRE_SPARK=1, which makes
that a failure instead, so the module always runs there.
"""

import importlib.util
import os
import shutil
import sys

import pytest
from typer.testing import CliRunner

import zhqx
from scripts.corpus import read_fixture_articles
from zhqx.cli import app


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return 'needs PySpark: pip install "zhqx[spark]"'
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))):
        return "needs a Java runtime (17 or 21), e.g. apt-get install default-jre-headless"
    return None


if _missing():
    if os.environ.get("ZHQX_REQUIRE_SPARK"):
        pytest.fail(f"ZHQX_REQUIRE_SPARK is set but Spark cannot run: {_missing()}", pytrace=False)
    pytest.skip(_missing(), allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from zhqx.spark import entities, events_from_json, extract_events, extract_json  # noqa: E402

SIGNING = "昆山高新区共6个项目签约，总投资72.3亿元，预计年产出124亿元。"
DATED = "2月20日，昆山高新区共6个项目签约，总投资72.3亿元。"
ARTICLE_SCHEMA = "id string, text string, published string"


@pytest.fixture(scope="session")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]").appName("zhqx-tests")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.sql.execution.arrow.maxRecordsPerBatch", "50")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def fixture_articles():
    return [(a["id"], a["text"], a["published"]) for a in read_fixture_articles()]


def expected_rows(doc_id, extraction):
    """The event table's rows of one article, read from the Extraction's events here."""
    def text(value):
        return getattr(value, "text", value)

    def yuan(q):
        return q.value if q is not None and q.unit == "CNY" else None

    return [
        (doc_id, i, e.type, text(e.trigger), text(e.project), text(e.park), text(e.company), yuan(e.investment),
         yuan(e.annual_output), e.count, e.date, e.sentence[0], e.sentence[1])
        for i, e in enumerate(extraction.events)
    ]


def collected(df):
    return sorted(tuple(row) for row in df.collect())


def test_schema_is_fixed_and_versioned(spark):
    from zhqx.spark import ENTITY_SCHEMA, EVENT_SCHEMA, EVENTS_SCHEMA_VERSION

    articles = spark.createDataFrame([("a", SIGNING, None)], ARTICLE_SCHEMA)
    assert (EVENTS_SCHEMA_VERSION, extract_events(articles).schema.simpleString()) == (1, (
        "struct<doc_id:string,event_index:int,type:string,trigger:string,project:string,park:string,"
        "company:string,investment_cny:double,annual_output_cny:double,count:bigint,date:string,"
        "sentence_start:int,sentence_end:int>"
    ))
    entity_schema = entities(articles).schema.simpleString()
    assert entity_schema == "struct<doc_id:string,text:string,label:string,start:int,end:int>"
    assert "`count` bigint" in EVENT_SCHEMA and ENTITY_SCHEMA.startswith("`doc_id` string")


def test_events_equal_extract_on_every_fixture_article_with_published_per_row(spark, fixture_articles):
    assert sum(published is not None for _, _, published in fixture_articles) > 50  # per-row dates matter here
    articles = spark.createDataFrame(fixture_articles, ARTICLE_SCHEMA).repartition(3)
    found = collected(extract_events(articles, published_col="published"))
    expected = sorted(
        row for doc_id, text, published in fixture_articles
        for row in expected_rows(doc_id, zhqx.extract(text, published=published))
    )
    assert len(found) > 600 and found == expected


def test_entities_equal_extract(spark, fixture_articles):
    some = fixture_articles[:30]
    found = collected(entities(spark.createDataFrame(some, ARTICLE_SCHEMA), published_col="published"))
    expected = sorted(
        (doc_id, e.text, e.label, e.start, e.end)
        for doc_id, text, published in some for e in zhqx.extract(text, published=published).entities
    )
    assert found == expected


def test_null_and_blank_texts_give_no_rows(spark):
    articles = spark.createDataFrame(
        [("null", None, None), ("blank", " \n", None), ("a", SIGNING, None)], ARTICLE_SCHEMA
    )
    assert [row.doc_id for row in extract_events(articles).collect()] == ["a"]


def test_a_bad_article_does_not_fail_the_job(spark):
    articles = spark.createDataFrame(
        [("good", DATED, "2020-02-25"), ("bad", DATED, "25/02/2020"), ("other", SIGNING, None)], ARTICLE_SCHEMA
    ).repartition(2)
    skipped = spark.sparkContext.accumulator(0)
    found = extract_events(articles, published_col="published", errors="skip", skipped=skipped).collect()
    assert sorted(row.doc_id for row in found) == ["good", "other"] and skipped.value == 1
    with pytest.raises(Exception, match="article 'bad'.*not an ISO date"):
        extract_events(articles, published_col="published").collect()


def test_a_text_column_of_another_type_is_refused_before_the_job(spark):
    articles = spark.createDataFrame([("a", SIGNING.encode())], "id string, text binary")
    with pytest.raises(TypeError, match="column 'text' is binary.*cast"):
        extract_events(articles)
    with pytest.raises(ValueError, match="no column 'body'"):
        extract_events(articles, text_col="body")


def test_json_column_and_events_from_stored_json(spark, fixture_articles):
    some = fixture_articles[:20] + [("null", None, None)]
    articles = spark.createDataFrame(some, ARTICLE_SCHEMA)
    stored = articles.select("id", extract_json("text", "published").alias("extraction")).collect()
    by_id = {row.id: row.extraction for row in stored}
    extractions = {doc_id: zhqx.extract(text, published=published) for doc_id, text, published in some[:20]}
    assert by_id["null"] is None and all(by_id[doc_id] == found.to_json() for doc_id, found in extractions.items())
    stored = spark.createDataFrame(stored, "id string, extraction string")  # as read back from storage
    expected = sorted(row for doc_id, found in extractions.items() for row in expected_rows(doc_id, found))
    assert collected(events_from_json(stored)) == expected


def test_spark_job_writes_the_events_as_parquet(spark, fixture_articles, tmp_path):
    import pandas as pd

    some = fixture_articles[:40] + [("blank", "", None)]
    source = tmp_path / "articles.parquet"
    pd.DataFrame(some, columns=["doc", "body", "day"]).to_parquet(source)  # one file: one partition
    output = tmp_path / "events"
    args = ["spark-job", "--input", str(source), "--output", str(output), "--text-col", "body", "--id-col", "doc",
            "--published-col", "day", "--log-every", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    written = spark.read.parquet(str(output))
    assert written.schema == extract_events(spark.createDataFrame(some, ARTICLE_SCHEMA)).schema
    expected = sorted(
        row for doc_id, text, published in some
        for row in expected_rows(doc_id, zhqx.extract(text, published=published))
    )
    assert collected(written) == expected
    assert CliRunner().invoke(app, args).exit_code == 1  # the output exists: refused, not overwritten


def test_spark_job_fails_on_a_bad_article_or_skips_it(spark, tmp_path):
    import pandas as pd

    source = tmp_path / "articles.parquet"
    articles = {"id": ["good", "bad"], "text": [DATED, DATED], "date": ["2020-02-25", "25/02/2020"]}
    pd.DataFrame(articles).to_parquet(source)
    args = ["spark-job", "--input", str(source), "--published-col", "date"]
    assert CliRunner().invoke(app, [*args, "--output", str(tmp_path / "a")]).exit_code == 1
    missing = ["spark-job", "--input", str(source), "--output", str(tmp_path / "c"), "--text-col", "body"]
    assert CliRunner().invoke(app, missing).exit_code == 1  # reported, not a traceback
    assert CliRunner().invoke(app, [*args, "--output", str(tmp_path / "b"), "--errors", "skip"]).exit_code == 0
    assert [row.doc_id for row in spark.read.parquet(str(tmp_path / "b")).collect()] == ["good"]
