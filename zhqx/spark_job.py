"""zhqx's Spark job: a Parquet of articles in, a Parquet of event rows (``zhqx.spark.EVENT_SCHEMA``) out.

    zhqx spark-job --input articles.parquet --output events/ --text-col text --id-col id
    spark-submit --master yarn "$(python -c 'import zhqx.spark_job as m; print(m.__file__)')" --input ... --output ...

Run by ``zhqx spark-job`` (or ``python -m zhqx.spark_job``) it starts a local session on every core of this
machine, with workers on this very Python; under ``spark-submit`` it uses the session and master given there.
A small input (no more partitions than cores) is spread over the available cores row by row (a file split
says nothing of its rows: one Parquet row group read as two splits gives every row to one of them); progress is logged every
``--log-every`` seconds. Exit status 0 on success, 1 when the job failed.
"""

import os
import sys

if __name__ == "__main__" and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    sys.path.pop(0)  # run as a file (spark-submit): zhqx's own modules (types.py) must not shadow the stdlib's

import argparse  # noqa: E402
import logging  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

_log = logging.getLogger("zhqx.spark_job")
# The JVM of a local run only moves Arrow batches and Parquet: its C1 compiler and one-thread GC halve its CPU
# (measured: 0.7-0.9 CPU-s a job against 1.5-2.2 s), leaving the cores to the Python workers.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhqx spark-job", description="Extract the events of a Parquet of articles on Spark, writing Parquet.",
    )
    parser.add_argument("--input", required=True, help="Parquet file or folder of articles.")
    parser.add_argument("--output", required=True, help="Folder to write the event rows to (Parquet).")
    parser.add_argument("--text-col", default="text", help="Column of the article texts (default: text).")
    parser.add_argument("--id-col", default="id", help="Column of the article ids, written as doc_id (default: id).")
    parser.add_argument("--published-col", help="Column of publication dates (ISO strings or dates), per row.")
    parser.add_argument("--partitions", type=int, help="Repartition the input to this many partitions.")
    parser.add_argument("--table", choices=("events", "entities"), default="events", help="Rows to write.")
    parser.add_argument("--errors", choices=("raise", "skip"), default="raise",
                        help="An article that cannot be processed fails the job, or is skipped and counted.")
    parser.add_argument("--mode", choices=("errorifexists", "overwrite"), default="errorifexists",
                        help="When the output exists: fail (default) or overwrite it.")
    parser.add_argument("--batch-rows", type=int, default=1000, help="Rows per Arrow batch (default: 1000).")
    parser.add_argument("--log-every", type=float, default=10.0, help="Seconds between progress lines.")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the job; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        _parser().error("--partitions must be at least 1")
    _log_to_stderr()
    try:
        from pyspark.sql import SparkSession

        from zhqx import spark as zspark
    except ImportError as error:
        print(f"zhqx spark-job: {error}", file=sys.stderr)
        return 1
    owned = SparkSession.getActiveSession() is None
    # the job logs its own progress lines; Spark's console bar would write over them
    builder = SparkSession.builder.appName("zhqx").config("spark.ui.showConsoleProgress", "false")
    if owned and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit: a local JVM starts here
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # its workers run this Python
        builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
    session = builder.getOrCreate()
    try:
        return _run(session, zspark, args)
    except Exception as error:  # noqa: BLE001  (an unreadable input, a missing column, a failed task: exit 1)
        _log.error("job failed: %s", _summary(error))
        return 1
    finally:
        if owned:
            session.stop()


def _log_to_stderr() -> None:
    """zhqx's INFO lines on stderr (once), leaving other loggers (py4j's) as they are."""
    log = logging.getLogger("zhqx")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.propagate = False
    log.setLevel(logging.INFO)


def _run(session, zspark, args) -> int:
    context = session.sparkContext
    session.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_rows))
    if context.getConf().get("spark.python.worker.reuse", "true").lower() == "false":
        _log.warning("spark.python.worker.reuse=false: every task starts a Python worker and loads the pipeline")
    articles = session.read.parquet(args.input)
    partitions = articles.rdd.getNumPartitions()
    cores = context.defaultParallelism
    if args.partitions:
        articles = articles.repartition(args.partitions)
    elif partitions <= cores:
        articles = articles.repartition(cores)
    _log.info("%s: %d partitions read, %d used, on %d cores (%s)", args.input, partitions,
              articles.rdd.getNumPartitions(), cores, context.master)
    skipped = context.accumulator(0)
    table = zspark.extract_events if args.table == "events" else zspark.entities
    rows = table(articles, args.text_col, args.id_col, args.published_col, errors=args.errors, skipped=skipped)
    start = time.perf_counter()
    stop = threading.Event()
    threading.Thread(target=_progress, args=(context, stop, args.log_every), daemon=True).start()
    try:
        rows.write.mode(args.mode).parquet(args.output)
    finally:
        stop.set()
    written = session.read.parquet(args.output).count()
    _log.info("%s: %d %s rows written in %.1f s; %d articles skipped", args.output, written, args.table,
              time.perf_counter() - start, skipped.value)
    return 0


def _progress(context, stop: threading.Event, every: float) -> None:
    """Log the tasks done of the running stages until ``stop`` is set."""
    tracker = context.statusTracker()
    while not stop.wait(every):
        for stage_id in tracker.getActiveStageIds():
            stage = tracker.getStageInfo(stage_id)
            if stage:
                _log.info("stage %d: %d of %d tasks done, %d running", stage_id, stage.numCompletedTasks,
                          stage.numTasks, stage.numActiveTasks)


def _summary(error: Exception) -> str:
    """The line of a Spark error that names the problem (zhqx's own message when a worker raised one)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    named = [line for line in lines if "zhqx.errors." in line or line.startswith("Zhqx")]
    return (named or lines or [type(error).__name__])[-1]


if __name__ == "__main__":
    sys.exit(main())
