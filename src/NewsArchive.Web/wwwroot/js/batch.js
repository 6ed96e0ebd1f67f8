// While an upload is imported in the background, poll its JSON status and update the page in place.
(() => {
  const root = document.getElementById("batch");
  if (!root || root.dataset.finished === "true") return;
  const summary = document.getElementById("batch-summary");
  const bar = document.getElementById("progress-bar");
  const rows = document.getElementById("outcome-rows");
  const cell = (text, className) => { const td = document.createElement("td"); if (className) td.className = className; td.textContent = text; return td; };
  const render = batch => {
    const percent = batch.total === 0 ? 100 : Math.round(100 * batch.done / batch.total);
    bar.style.width = percent + "%";
    summary.textContent = batch.finished
      ? `Done: ${batch.imported} imported, ${batch.duplicates} duplicate, ${batch.rejected} rejected.`
      : `Importing… ${batch.done} of ${batch.total} pages done.`;
    rows.replaceChildren(...batch.items.map(item => {
      const tr = document.createElement("tr");
      tr.append(cell(item.fileName, "file"));
      const outcome = document.createElement("td");
      const badge = document.createElement("span");
      badge.className = "badge badge-" + item.outcome;
      badge.textContent = item.outcome;
      outcome.append(badge);
      tr.append(outcome);
      const details = document.createElement("td");
      if (item.articleId) {
        const a = document.createElement("a");
        a.href = "/articles/" + item.articleId;
        a.textContent = item.outcome === "duplicate" ? "the article already stored" : "read the article";
        details.append(a);
      }
      if (item.reason && !(item.outcome === "duplicate" && item.articleId)) {
        const span = document.createElement("span");
        span.className = "reason";
        span.textContent = item.reason;
        details.append(span);
      }
      tr.append(details);
      return tr;
    }));
  };
  const poll = async () => {
    try {
      const response = await fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const batch = await response.json();
        render(batch);
        if (batch.finished) return;
      }
    } catch { /* network hiccup: try again */ }
    setTimeout(poll, 1500);
  };
  setTimeout(poll, 1000);
})();
