// Portico search: loads this portal's index on first use and filters it in
// the browser. The index comes as a script (search-index.js, the same data as
// search.json), so search also works when the portal is opened from disk.
(function () {
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var index = null;

  var loading = null;
  function load() {
    if (index) return Promise.resolve(index);
    if (loading) return loading;
    loading = new Promise(function (resolve) {
      var script = document.createElement("script");
      script.src = root + "search-index.js";
      script.onload = function () { index = (window.PORTICO_SEARCH || {}).pages || []; resolve(index); };
      script.onerror = function () { index = []; resolve(index); };
      document.head.appendChild(script);
    });
    return loading;
  }

  function score(page, terms) {
    var title = page.title.toLowerCase(), text = (page.summary + " " + page.words).toLowerCase(), s = 0;
    for (var i = 0; i < terms.length; i++) {
      if (title.indexOf(terms[i]) >= 0) s += 10;
      else if (text.indexOf(terms[i]) >= 0) s += 1;
      else return 0;
    }
    return s;
  }

  function show(results) {
    list.innerHTML = "";
    results.slice(0, 8).forEach(function (page) {
      var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
      a.href = root + page.url;
      a.textContent = page.title;
      small.textContent = page.summary || "";
      a.appendChild(small);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }

  input.addEventListener("input", run);
  function run() {
    var q = input.value.trim().toLowerCase();
    if (q.length < 2) { show([]); return; }
    load().then(function (pages) {
      var terms = q.split(/\s+/);
      show(pages.map(function (p) { return { p: p, s: score(p, terms) }; })
        .filter(function (x) { return x.s > 0; })
        .sort(function (a, b) { return b.s - a.s; })
        .map(function (x) { return x.p; }));
    });
  }
  // ?q=… opens the page with that search already run, so a search can be shared.
  var query = new URLSearchParams(location.search).get("q");
  if (query) { input.value = query; run(); }
  input.addEventListener("keydown", function (e) { if (e.key === "Escape") { input.value = ""; show([]); } });
})();
