// Filters the people/places list on this page as you type; the form (?filter=) still searches every page.
(() => {
  const input = document.getElementById("entity-filter");
  const items = document.querySelectorAll("#entity-list li[data-keys]");
  const status = document.getElementById("entity-filter-status");
  if (!input || items.length === 0) return;
  // The same folding as the server's keys: lower case, accents removed, punctuation as spaces.
  const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  input.addEventListener("input", () => {
    const key = fold(input.value);
    let shown = 0;
    items.forEach(li => {
      const match = key === "" || li.dataset.keys.includes(key);
      li.hidden = !match;
      if (match) shown++;
    });
    if (status) {
      status.hidden = key === "";
      status.textContent = `${shown} of ${items.length} on this page match. Press Enter to search all pages.`;
    }
  });
})();
