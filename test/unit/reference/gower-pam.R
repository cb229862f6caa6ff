# Reference results for gower() and kmedoids(): R's cluster::daisy(metric = "gower") and
# cluster::pam (Debian's r-cran-cluster). Writes test/unit/reference/gower-pam-cases.json:
#   Rscript test/unit/reference/gower-pam.R
suppressMessages({library(cluster); library(jsonlite)})
set.seed(20261201)
here <- if (length(a <- grep("^--file=", commandArgs(FALSE), value = TRUE))) dirname(sub("^--file=", "", a[1])) else "test/unit/reference"
mixed <- function(n, missing = 0) {
  t <- data.frame(
    spend = round(rlnorm(n, 3, 0.6), 2),
    visits = sample(1:12, n, replace = TRUE),
    city = factor(sample(c("Leeds", "York", "Hull", "Bath"), n, replace = TRUE, prob = c(0.4, 0.3, 0.2, 0.1))),
    plan = factor(sample(c("basic", "plus", "pro"), n, replace = TRUE))
  )
  if (missing > 0) {
    t$spend[sample(n, missing)] <- NA
    t$city[sample(n, missing)] <- NA
  }
  t
}
column <- function(x) if (is.factor(x)) as.character(x) else x
tables <- list(
  list(name = "mixed-60-missing", data = mixed(60, 6), k = 2:5),
  list(name = "mixed-300", data = mixed(300), k = c(2, 3, 4, 6)),
  list(name = "ties-40", data = data.frame(a = sample(1:3, 40, TRUE), b = factor(sample(c("x", "y"), 40, TRUE)), c = factor(sample(c("u", "v", "w"), 40, TRUE))), k = 2:4),
  list(name = "delivery", data = read.csv(file.path(here, "../../../data/food_delivery.csv"))[, -1], k = 2:4)
)
cases <- lapply(tables, function(t) {
  x <- t$data
  numeric <- names(x)[vapply(x, is.numeric, TRUE)]
  categorical <- names(x)[vapply(x, is.factor, TRUE)]
  d <- daisy(x, metric = "gower")
  fits <- lapply(t$k, function(k) {
    p <- pam(d, k)
    list(k = k, medoids = as.integer(p$id.med) - 1L, labels = as.integer(p$clustering) - 1L,
         objective = unname(as.numeric(p$objective)))
  })
  list(name = t$name, numeric = numeric, categorical = categorical,
       columns = lapply(x, column), distances = as.vector(d), pam = fits)
})
# PAM on Euclidean distances of numeric rows (pam(x, k) computes them itself).
euclid <- lapply(c(200, 800), function(n) {
  centres <- matrix(rnorm(8, sd = 4), 4)
  X <- centres[sample(4, n, TRUE), ] + matrix(rnorm(2 * n), n)
  X <- round(X, 3)
  fits <- lapply(3:5, function(k) {
    p <- pam(X, k)
    list(k = k, medoids = as.integer(p$id.med) - 1L, labels = as.integer(p$clustering) - 1L,
         objective = unname(as.numeric(p$objective)))
  })
  list(name = paste0("euclidean-", n), X = X, pam = fits)
})
out <- list(version = as.character(packageVersion("cluster")), gower = cases, euclidean = euclid)
writeLines(toJSON(out, digits = NA, na = "null", auto_unbox = TRUE), file.path(here, "gower-pam-cases.json"))
