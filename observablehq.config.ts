// Pattern Kitchen: Observable Framework configuration. See https://observablehq.com/framework/config
// The service worker (offline reading) exists only in built sites: scripts/postbuild.ts writes dist/sw.js.
const building = process.argv.includes("build");

export default {
  title: "Pattern Kitchen",
  root: "docs",
  output: "dist",
  pages: [
    {
      name: "Lessons",
      pages: [
        {name: "1 · K-means: sorting the spice rack", path: "/kmeans"},
        {name: "2 · Hierarchical: the recipe family tree", path: "/hierarchical"},
        {name: "3 · PCA: the essence of flavour", path: "/pca"},
        {name: "4 · DBSCAN: the quality inspector", path: "/dbscan"},
        {name: "Playground: make data, break algorithms", path: "/playground"}
      ]
    },
    {
      name: "Projects",
      pages: [
        {name: "Restaurant menu intelligence", path: "/restaurant"},
        {name: "Customer segmentation", path: "/segmentation"}
      ]
    },
    {
      name: "Assignment",
      pages: [{name: "Food-delivery customer segments", path: "/assignment"}]
    }
  ],
  pager: true,
  search: true,
  sidebar: true,
  toc: true,
  // docs/style.css = Framework default + air (light) / near-midnight (dark) + our page tools and print rules.
  style: "style.css",
  // No web fonts from another host: the default theme's Google Fonts stylesheet is dropped and
  // the theme falls back to system serif/sans fonts. The site must request nothing off-site.
  globalStylesheets: [],
  // page.js (URL state, presenter mode, print, offline) runs on every page, even one that imports nothing from it.
  head: `${building ? '<meta name="pk-service-worker" content="./sw.js">' : ""}<script type="module" src="./components/page.js"></script><link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='5' cy='6' r='3' fill='%234269d0'/%3E%3Ccircle cx='11' cy='10' r='3' fill='%23efb118'/%3E%3C/svg%3E">`,
  footer: "Pattern Kitchen · an open course on unsupervised learning · your data never leaves your browser."
};
