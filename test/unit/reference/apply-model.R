# References for applyModel (src/pipeline/) with R's packages (Debian's r-cran-dbscan, r-cran-cluster):
# dbscan::predict for dbscan and hdbscan fits on new rows, and the nearest medoid by Gower's distance
# (cluster::daisy) for a PAM fit. Writes test/unit/reference/apply-model-r-cases.json:
#   Rscript test/unit/reference/apply-model.R
suppressMessages({library(dbscan); library(cluster); library(jsonlite)})
set.seed(20261201)
here <- if (length(a <- grep("^--file=", commandArgs(FALSE), value = TRUE))) dirname(sub("^--file=", "", a[1])) else "test/unit/reference"
blobs <- function(n, noise) {
  centers <- rbind(c(0, 0), c(4, 0), c(2, 3.5))
  g <- sample(1:3, n, replace = TRUE)
  x <- centers[g, ] + matrix(rnorm(2 * n, sd = c(0.5, 0.7, 0.4)[g]), ncol = 2)
  rbind(x, matrix(runif(2 * noise, -3, 7), ncol = 2))
}
train <- round(blobs(300, 20), 4)
new <- round(blobs(100, 20), 4)

# DBSCAN: R's predict gives a new row the cluster of its nearest clustered (core or border) training
# row within eps, else 0. DBSCAN's own definition (a row belongs when within eps of a core row) is
# R's .predict_frNN on the core rows only: that is what applyModel does; both are written.
eps <- 0.45; minPts <- 6
d <- dbscan(train, eps = eps, minPts = minPts)
core <- is.corepoint(train, eps = eps, minPts = minPts)
dbscanCase <- list(eps = eps, minPts = minPts, labels = d$cluster - 1L, core = which(core) - 1L,
  predict = predict(d, newdata = new, data = train) - 1L,
  predictCore = dbscan:::.predict_frNN(new, train[core, ], d$cluster[core], eps) - 1L)

# HDBSCAN: R's predict gives a new row the cluster of its nearest clustered training row when it lies
# within that row's core distance, else 0 — an approximation, like the hdbscan library's
# approximate_predict (our hdbscanPredict), which decides by mutual reachability instead.
h <- hdbscan(train, minPts = 8)
hdbscanCase <- list(minPts = 8, labels = h$cluster - 1L, coredist = h$coredist,
  predict = predict(h, newdata = new, data = train) - 1L)

# k-medoids: PAM on Gower's distances, then each new row's nearest medoid by the same distance. daisy
# takes each numeric range from the rows it is given, so the new rows are kept inside the training
# ranges: the ranges of rbind(train, new) are then the training ranges, as in a saved model.
mixed <- function(n) data.frame(
  spend = round(rlnorm(n, 3, 0.6), 2),
  visits = sample(1:12, n, replace = TRUE),
  city = factor(sample(c("Leeds", "York", "Hull", "Bath"), n, replace = TRUE, prob = c(0.4, 0.3, 0.2, 0.1)), levels = c("Bath", "Hull", "Leeds", "York", "Oslo")),
  plan = factor(sample(c("basic", "plus", "pro"), n, replace = TRUE))
)
mtrain <- mixed(150)
mnew <- mixed(60)
mnew$spend <- pmin(pmax(mnew$spend, min(mtrain$spend)), max(mtrain$spend))
mnew$city[1:2] <- "Oslo"
p <- pam(daisy(mtrain, metric = "gower"), 4)
all <- as.matrix(daisy(rbind(mtrain, mnew), metric = "gower"))
toMedoids <- all[nrow(mtrain) + seq_len(nrow(mnew)), p$id.med, drop = FALSE]
column <- function(x) if (is.factor(x)) as.character(x) else x
kmedoidsCase <- list(k = 4, numeric = c("spend", "visits"), categorical = c("city", "plan"),
  train = lapply(mtrain, column), new = lapply(mnew, column),
  medoids = as.integer(p$id.med) - 1L, trainLabels = as.integer(p$clustering) - 1L,
  labels = as.integer(apply(toMedoids, 1, which.min)) - 1L, distances = unname(toMedoids))

out <- list(versions = list(dbscan = as.character(packageVersion("dbscan")), cluster = as.character(packageVersion("cluster"))),
  train = unname(train), new = unname(new), dbscan = dbscanCase, hdbscan = hdbscanCase, kmedoids = kmedoidsCase)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), file.path(here, "apply-model-r-cases.json"))
cat("wrote apply-model-r-cases.json; dbscan predict vs core rule differ on", sum(dbscanCase$predict != dbscanCase$predictCore), "rows\n")
