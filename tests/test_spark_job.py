"""zhqx spark-job's own logic that needs no JVM: arguments and the line it reports when a job fails."""

import pytest

from zhqx import spark_job

WORKER_ERROR = """An exception was thrown from the Python worker. Please see the stack trace below.
Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/zhqx/batches.py", line 200, in _fail
    raise ZhqxValueError(f"article {doc_id!r}: {type(error).__name__}: {error}") from error
zhqx.errors.ZhqxValueError: article 'bad': ZhqxValueError: published='25/02/2020' is not an ISO date
 SQLSTATE: 38000
\tat org.apache.spark.api.python.BasePythonRunner$ReaderIterator.hasNext(PythonRunner.scala:1034)
"""


def test_a_failed_job_is_reported_by_the_line_naming_the_article():
    assert spark_job._summary(RuntimeError(WORKER_ERROR)) == (
        "zhqx.errors.ZhqxValueError: article 'bad': ZhqxValueError: published='25/02/2020' is not an ISO date"
    )
    assert spark_job._summary(RuntimeError("Path does not exist: file:/x.parquet")) == (
        "Path does not exist: file:/x.parquet"
    )


@pytest.mark.parametrize("args", [["--output", "o"], ["--input", "i", "--output", "o", "--partitions", "0"]])
def test_bad_arguments_exit_with_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as exit_:
        spark_job.main(args)
    assert exit_.value.code == 2 and "usage: zhqx spark-job" in capsys.readouterr().err
