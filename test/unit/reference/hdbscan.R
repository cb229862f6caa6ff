# R's dbscan::hdbscan on the fixtures and seeded tables, for test/unit/cluster/hdbscan.test.ts.
#
# Run: Rscript test/unit/reference/hdbscan.R   (Debian's r-cran-dbscan and r-cran-jsonlite)
# Writes test/unit/reference/hdbscan-cases.json: the data of each table and, per case, minPts,
# R's cluster labels (0 = noise), membership_prob, outlier_scores (GLOSH), coredist and
# cluster_scores (the stability of each selected cluster, in R's cluster numbering).
# R's core distance is the distance to the (minPts − 1)-th nearest other point, i.e. to the
# minPts-th point counting the point itself (dbscan:::coredist), and minPts is also the smallest
# cluster size: hdbscan(x, minPts) corresponds to minClusterSize = minSamples = minPts.
suppressPackageStartupMessages({library(dbscan); library(jsonlite)})

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
fixtures <- file.path(here, "..", "..", "fixtures")

standardized <- function(name) {
  fx <- fromJSON(file.path(fixtures, paste0(name, ".json")))
  m <- fx$standardized
  storage.mode(m) <- "double"
  m
}

seeded <- function() {
  set.seed(2026)
  out <- list()
  # Three blobs of different densities plus uniform noise.
  a <- cbind(rnorm(150, 0, 0.3), rnorm(150, 0, 0.3))
  b <- cbind(rnorm(100, 3, 0.8), rnorm(100, 1, 0.8))
  c <- cbind(rnorm(60, -2, 0.15), rnorm(60, 3, 0.15))
  noise <- cbind(runif(40, -4, 6), runif(40, -3, 6))
  out[["densities-350x2"]] <- rbind(a, b, c, noise)
  # Two moons with jitter (non-convex clusters).
  t <- runif(200, 0, pi)
  moons <- rbind(cbind(cos(t[1:100]), sin(t[1:100])), cbind(1 - cos(t[101:200]), 0.5 - sin(t[101:200])))
  out[["moons-200x2"]] <- moons + matrix(rnorm(400, 0, 0.07), ncol = 2)
  # 4 dimensions, five groups of 40 and background.
  centres <- matrix(runif(20, -5, 5), ncol = 4)
  g <- do.call(rbind, lapply(1:5, function(i) matrix(rnorm(160, 0, 0.6), ncol = 4) + matrix(centres[i, ], 40, 4, byrow = TRUE)))
  out[["groups-230x4"]] <- rbind(g, matrix(runif(120, -7, 7), ncol = 4))
  # Whole-number scores (many tied distances).
  out[["ties-120x3"]] <- matrix(sample(0:5, 360, replace = TRUE), ncol = 3)
  # 6,000 rows (above the 4,096 where our spanning tree stops being dense Prim's), rounded to 3
  # decimals so that some distances tie.
  big <- rbind(
    cbind(rnorm(2500, 0, 0.5), rnorm(2500, 0, 0.5)),
    cbind(rnorm(2000, 3, 1), rnorm(2000, 2, 0.4)),
    cbind(rnorm(1000, -2, 0.2), rnorm(1000, 3, 0.2)),
    cbind(runif(500, -5, 7), runif(500, -3, 6))
  )
  out[["large-6000x2"]] <- round(big, 3)
  out
}

tables <- list()
cases <- list()
add <- function(name, x, minPts) {
  tables[[name]] <<- x
  for (m in minPts) {
    h <- hdbscan(x, minPts = m)
    cases[[length(cases) + 1]] <<- list(
      name = name, minPts = m,
      cluster = h$cluster, membership_prob = h$membership_prob, outlier_scores = h$outlier_scores,
      coredist = h$coredist, cluster_scores = unname(h$cluster_scores),
      heights = h$hc$height
    )
  }
}

add("blobs-300x2", standardized("blobs-300x2"), c(3, 5, 10, 20))
add("blobs-300x5", standardized("blobs-300x5"), c(4, 5, 15))
for (s in c("spices", "recipes", "cooking", "menu", "food_delivery")) add(s, standardized(s), c(2, 3))
st <- seeded()
for (nm in setdiff(names(st), "large-6000x2")) add(nm, st[[nm]], c(4, 5, 8, 15))
add("large-6000x2", st[["large-6000x2"]], c(10, 25))

out <- list(
  generator = "test/unit/reference/hdbscan.R",
  dbscan = as.character(packageVersion("dbscan")),
  R = paste(R.version$major, R.version$minor, sep = "."),
  data = lapply(tables, function(m) unname(split(m, row(m)))),
  cases = cases
)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), file.path(here, "hdbscan-cases.json"))
cat(length(cases), "cases\n")
