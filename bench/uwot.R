# R's uwot::umap on the benchmark's matrix: bench/umap.ts writes X.f64 (little-endian float64,
# row-major) and meta (n, d); we time the umap() call alone and write Y.f64 and the times.
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
n <- as.integer(args[2])
d <- as.integer(args[3])
suppressMessages(library(uwot))
con <- file(file.path(dir, "X.f64"), "rb")
X <- matrix(readBin(con, "double", n * d, size = 8, endian = "little"), nrow = n, ncol = d, byrow = TRUE)
close(con)
set.seed(42)
t <- system.time(Y <- uwot::umap(X, n_neighbors = 15, min_dist = 0.1, init = "spectral", n_threads = 1, n_sgd_threads = 0))
con <- file(file.path(dir, "Y.f64"), "wb")
writeBin(as.vector(t(Y)), con, size = 8, endian = "little")
close(con)
cat(sprintf('{"elapsed": %.6f, "cpu": %.6f, "uwot": "%s"}\n', t[["elapsed"]], t[["user.self"]] + t[["sys.self"]], packageVersion("uwot")))
