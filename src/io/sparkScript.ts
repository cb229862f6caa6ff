// The analysis on the page as a PySpark script, for data beyond one machine. Not run here (no Spark
// in this project's CI): the script says so in its first lines.
import type {ScriptSpec} from "./pythonScript.js";

/** Spark MLlib's models for the page's methods; the others have no MLlib counterpart. */
export type SparkMethod = "kmeans" | "gmm" | "bisecting";

/**
 * A PySpark script (Spark MLlib's `KMeans`, `GaussianMixture` or `BisectingKMeans`) that prepares
 * the page's features at scale — missing rows dropped or filled, categories one-hot, columns
 * scaled — fits the model with the page's k and writes each row's segment to Parquet. Spark's
 * models use their own seeds and starts (k-means||), so the segments match the page's in kind,
 * not row for row. Throws for methods MLlib lacks (hierarchical, DBSCAN, HDBSCAN, k-medoids, PCA
 * segments), naming the nearest one.
 */
export function sparkScript(spec: ScriptSpec, {method = spec.method === "gmm" ? "gmm" : "kmeans"}: {method?: SparkMethod} = {}): string {
  const {file = "rows.csv", numeric, categorical = [], missing = "drop", scaling = "standard", params = {}, segmentColumn = "segment"} = spec;
  if (!["kmeans", "gmm"].includes(spec.method) && method !== "bisecting") {
    throw new RangeError(`sparkScript: Spark MLlib has no ${spec.method}; use BisectingKMeans (a divisive hierarchy) or k-means for data this size`);
  }
  if (numeric.length + categorical.length === 0) throw new RangeError("sparkScript: the analysis has no feature columns");
  if (spec.derived?.length) throw new RangeError("the Spark script does not derive date features (days since, month, weekday) yet; the Python script does");
  const k = Number(params.k ?? 4);
  const q = (s: string) => JSON.stringify(s);
  const list = (xs: string[]) => `[${xs.map(q).join(", ")}]`;
  const model = method === "gmm"
    ? `GaussianMixture(k=${k}, featuresCol="features", predictionCol=SEGMENT, seed=42)`
    : method === "bisecting"
      ? `BisectingKMeans(k=${k}, featuresCol="features", predictionCol=SEGMENT, seed=42)`
      : `KMeans(k=${k}, featuresCol="features", predictionCol=SEGMENT, seed=42, initMode="k-means||")`;
  const scaler = scaling === "standard"
    ? `StandardScaler(inputCol="raw", outputCol="features", withMean=True, withStd=True)`
    : scaling === "minmax"
      ? `MinMaxScaler(inputCol="raw", outputCol="features")`
      : scaling === "robust"
        ? `RobustScaler(inputCol="raw", outputCol="features", withCentering=True, withScaling=True)`
        : null;
  return [
    "#!/usr/bin/env python3",
    `"""Pattern Kitchen: the segmentation of ${file.replace(/[^\w .-]/g, "")} for Spark MLlib.`,
    "",
    "NOT RUN by Pattern Kitchen (there is no Spark in its tests): read it before you rely on it.",
    "Usage: spark-submit script.py rows.csv segments.parquet",
    '"""',
    "import sys",
    "",
    "from pyspark.ml import Pipeline",
    `from pyspark.ml.clustering import ${method === "gmm" ? "GaussianMixture" : method === "bisecting" ? "BisectingKMeans" : "KMeans"}`,
    "from pyspark.ml.feature import MinMaxScaler, OneHotEncoder, RobustScaler, StandardScaler, StringIndexer, VectorAssembler",
    "from pyspark.sql import SparkSession, functions as F",
    "",
    `NUMERIC = ${list(numeric)}`,
    `CATEGORICAL = ${list(categorical)}`,
    `SEGMENT = ${q(segmentColumn)}`,
    "",
    'spark = SparkSession.builder.appName("pattern-kitchen-segments").getOrCreate()',
    'rows = spark.read.csv(sys.argv[1], header=True, inferSchema=True)',
    "for c in NUMERIC:",
    '    rows = rows.withColumn(c, F.col(c).cast("double"))',
    missing === "drop"
      ? "rows = rows.dropna(subset=NUMERIC + CATEGORICAL)"
      : [
          "for c in NUMERIC:",
          `    fill = rows.select(${missing === "mean" ? "F.mean(c)" : "F.percentile_approx(c, 0.5)"}).first()[0]`,
          "    rows = rows.fillna({c: fill})",
          "for c in CATEGORICAL:",
          "    top = rows.groupBy(c).count().dropna().orderBy(F.desc(\"count\"), c).first()[0]",
          "    rows = rows.fillna({c: top})"
        ].join("\n"),
    "stages = [StringIndexer(inputCol=c, outputCol=c + \"_index\", stringOrderType=\"alphabetAsc\") for c in CATEGORICAL]",
    "stages += [OneHotEncoder(inputCol=c + \"_index\", outputCol=c + \"_onehot\", dropLast=False) for c in CATEGORICAL]",
    `stages.append(VectorAssembler(inputCols=NUMERIC + [c + "_onehot" for c in CATEGORICAL], outputCol=${scaler ? '"raw"' : '"features"'}))`,
    ...(scaler ? [...(scaling === "standard" ? ["# Spark's StandardScaler divides by the sample std (n - 1), the page by the population std: same shape, slightly other numbers."] : []), `stages.append(${scaler})`] : []),
    `stages.append(${model})`,
    "fitted = Pipeline(stages=stages).fit(rows)",
    "fitted.transform(rows).drop(\"raw\", \"features\", *[c + s for c in CATEGORICAL for s in (\"_index\", \"_onehot\")]).write.parquet(sys.argv[2])",
    ""
  ].join("\n");
}
