// Portico search: loads search.json (relative to the portal root) on first use
// and filters it in the browser. No network beyond this portal's own files.
(function () {
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var index = null;

  function load() {
    if (index) return Promise.resolve(index);
    return fetch(form.getAttribute("data-index"))
      .then(function (r) { return r.json(); })
      .then(function (data) { index = data.pages || []; return index; })
      .catch(function () { index = []; return index; });
  }

  function score(page, terms) {
    var title = page.title.toLowerCase(), text = (page.summary + " " + page.text).toLowerCase(), s = 0;
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

  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    if (q.length < 2) { show([]); return; }
    load().then(function (pages) {
      var terms = q.split(/\s+/);
      show(pages.map(function (p) { return { p: p, s: score(p, terms) }; })
        .filter(function (x) { return x.s > 0; })
        .sort(function (a, b) { return b.s - a.s; })
        .map(function (x) { return x.p; }));
    });
  });
  input.addEventListener("keydown", function (e) { if (e.key === "Escape") { input.value = ""; show([]); } });
})();
