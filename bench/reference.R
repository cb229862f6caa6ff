# R side of the Pattern Kitchen benchmarks (Debian's r-cran-dbscan).
#
# Usage: Rscript bench/reference.R DIR
# DIR holds meta.json ({"task", "n", "d", "params"}) and X.f64 (n*d little-endian float64, row-major).
# Prints one JSON object {"seconds": median time of the call, "result": {...}} on stdout.
# Only the call is timed (elapsed time of proc.time), median of params$repeats runs (default 3).
suppressPackageStartupMessages({library(dbscan); library(jsonlite)})

args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
meta <- fromJSON(file.path(folder, "meta.json"))
n <- meta$n
d <- meta$d
p <- meta$params
con <- file(file.path(folder, "X.f64"), "rb")
x <- matrix(readBin(con, "double", n * d, size = 8, endian = "little"), nrow = n, ncol = d, byrow = TRUE)
close(con)
repeats <- if (is.null(p$repeats)) 3 else p$repeats

timed <- function(fit) {
  times <- numeric(repeats)
  value <- NULL
  for (r in seq_len(repeats)) {
    gc()
    t0 <- proc.time()[["elapsed"]]
    value <- fit()
    times[r] <- proc.time()[["elapsed"]] - t0
  }
  list(seconds = median(times), value = value)
}

if (meta$task == "hdbscan") {
  t <- timed(function() hdbscan(x, minPts = p$minPts))
  h <- t$value
  result <- list(cluster = h$cluster, membership_prob = h$membership_prob, outlier_scores = h$outlier_scores)
} else {
  stop(paste("unknown task:", meta$task))
}
cat(toJSON(list(seconds = t$seconds, result = result), digits = NA, auto_unbox = TRUE))
