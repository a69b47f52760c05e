"""Code news articles into events with dyad on every Spark executor and write them as Parquet.

    spark-submit dyad_spark.py INPUT OUTPUT [--dyad PATH] [--input-format jsonl|warc] [--partitions N]

INPUT is a file, folder or glob of JSON Lines articles (one article per line, as `dyad code`
reads them or as `dyad extract` prints them) or of WARC archives (.warc, .warc.gz). OUTPUT is
a Parquet folder with one row per event, in the columns of dyad's event record.

JSON Lines are split by line like any text file and each partition is piped through
`dyad code --format jsonl -`. WARC archives cannot be split (a gzipped archive is one stream),
so each archive is one task: its path is piped to `dyad extract --format json`, which streams
the articles of that archive, and the articles are then repartitioned and coded like JSON Lines.
The archives must be readable at the same path on every executor (a shared or mounted file
system); for object stores, convert them to JSON Lines first with `dyad extract`.

dyad must be installed at the same path on every executor (`--dyad`, default `dyad` on PATH).
"""
import argparse
import shlex

from pyspark.sql import SparkSession

# dyad's event record (DESIGN.md, data model), so columns that are null in every event of a
# run still get a type and the Parquet schema is the same for every run.
ACTOR = "STRUCT<code: STRING, country: STRING, role: STRING, entity: STRING, text: STRING>"
EVENT_SCHEMA = ", ".join([
    "id STRING",
    "date STRING",
    f"source {ACTOR}",
    f"target {ACTOR}",
    "cameo STRING",
    "root STRING",
    "label STRING",
    "quad INT",
    "goldstein DOUBLE",
    "plover STRUCT<type: STRING, mode: STRING>",
    "modality STRING",
    "negated BOOLEAN",
    "confidence DOUBLE",
    "location STRUCT<name: STRING, country: STRING, lat: DOUBLE, lon: DOUBLE>",
    "evidence STRUCT<article: STRING, url: STRING, sentence: INT, text: STRING, "
    "source_span: ARRAY<INT>, target_span: ARRAY<INT>, verb_span: ARRAY<INT>, "
    "pattern: STRING, rules: ARRAY<STRING>>",
])


def is_warc(path):
    lower = path.lower()
    return lower.endswith(".warc") or lower.endswith(".warc.gz")


def list_files(sc, source):
    """The files that `source` (a file, folder or glob, on any Hadoop file system) names, sorted."""
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(source)
    fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())
    files = []
    for status in fs.globStatus(hadoop_path) or []:
        if status.isDirectory():
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                files.append(listing.next().getPath().toString())
        else:
            files.append(status.getPath().toString())
    return sorted(f for f in files if not f.rsplit("/", 1)[-1].startswith((".", "_")))


def local_path(uri):
    return uri[len("file:"):] if uri.startswith("file:") else uri


def article_lines(spark, files, input_format, dyad, partitions):
    """An RDD of JSON article lines read from `files`."""
    sc = spark.sparkContext
    parallelism = partitions or sc.defaultParallelism
    if input_format == "jsonl":
        lines = sc.textFile(",".join(files), minPartitions=parallelism)
        return lines.filter(lambda line: line.strip() != "")
    # WARC: one task per archive, which `dyad extract` streams on the executor.
    archives = [local_path(f) for f in files]
    paths = sc.parallelize(archives, len(archives))
    extract = "xargs -d '\\n' -n 1 " + shlex.quote(dyad) + " extract --format json"
    return paths.pipe(extract).repartition(parallelism)


def main():
    parser = argparse.ArgumentParser(description="Code articles into events with dyad on Spark; write Parquet.")
    parser.add_argument("input", help="JSON Lines articles or WARC archives: a file, folder or glob")
    parser.add_argument("output", help="Parquet folder for the events (replaced if it exists)")
    parser.add_argument("--dyad", default="dyad", help="path of the dyad executable on every executor")
    parser.add_argument("--input-format", choices=["jsonl", "warc"],
                        help="default: warc when every file of INPUT ends in .warc or .warc.gz, else jsonl")
    parser.add_argument("--partitions", type=int, help="partitions to code in (default: Spark's parallelism)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("dyad-code").getOrCreate()
    files = list_files(spark.sparkContext, args.input)
    if not files:
        raise SystemExit(f"dyad_spark: no files in {args.input}")
    input_format = args.input_format or ("warc" if all(is_warc(f) for f in files) else "jsonl")
    lines = article_lines(spark, files, input_format, args.dyad, args.partitions)
    events = lines.pipe(shlex.quote(args.dyad) + " code --format jsonl -")
    frame = spark.read.schema(EVENT_SCHEMA).json(events)
    frame.write.mode("overwrite").parquet(args.output)
    written = spark.read.parquet(args.output).count()
    print(f"dyad_spark: {written} events from {args.input} ({input_format}) written to {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
