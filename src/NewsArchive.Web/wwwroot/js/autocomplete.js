// Suggests people and places in search boxes (ARIA 1.2 combobox with a listbox). Choosing one inserts
// person:"Name" or place:"Name" in place of the word being typed. Without JS the boxes are plain inputs.
(() => {
  const boxes = document.querySelectorAll('input[type="search"][name="q"]');
  let counter = 0;

  // The term under the caret: "person:"Zel", "place:Ky" or a plain word of at least two letters.
  function currentTerm(value, caret) {
    const before = value.slice(0, caret);
    const m = before.match(/(?:^|\s)((person|place)s?:"?([^"]*)|([^\s"():]{2,}))$/i);
    if (!m) return null;
    const typed = (m[3] ?? m[4] ?? "").trim();
    if (typed.length < 2) return null;
    return { start: caret - m[1].length, end: caret, kind: m[2] ? m[2].toLowerCase() : "", text: typed };
  }

  boxes.forEach(input => {
    const id = `entity-suggest-${++counter}`;
    const list = document.createElement("ul");
    list.id = id;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "People and places");
    list.hidden = true;
    input.parentElement.classList.add("has-suggest");
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    let items = [], active = -1, term = null, timer = 0, request = 0;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      [...list.children].forEach((li, i) => li.setAttribute("aria-selected", i === index ? "true" : "false"));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", `${id}-${index}`);
        list.children[index].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }

    function choose(index) {
      const item = items[index];
      if (!item || !term) return;
      const insert = `${item.kind}:"${item.name.replace(/"/g, "")}" `;
      const value = input.value;
      input.value = value.slice(0, term.start) + insert + value.slice(term.end).replace(/^"?\s*/, "");
      const caret = term.start + insert.length;
      input.setSelectionRange(caret, caret);
      close();
      input.focus();
    }

    function show(found) {
      items = found;
      list.replaceChildren(...found.map((item, i) => {
        const li = document.createElement("li");
        li.id = `${id}-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.textContent = item.name;
        const meta = document.createElement("span");
        meta.className = "suggest-meta";
        meta.textContent = `${item.kind} · ${item.count}`;
        li.append(name, meta);
        li.addEventListener("mousedown", e => { e.preventDefault(); choose(i); });
        return li;
      }));
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length ? "true" : "false");
      active = -1;
    }

    async function update() {
      term = currentTerm(input.value, input.selectionStart ?? input.value.length);
      if (!term) { close(); return; }
      const mine = ++request;
      const url = `/api/entities/suggest?q=${encodeURIComponent(term.text)}${term.kind ? `&kind=${term.kind}` : ""}`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok || mine !== request) return;
        show(await response.json());
      } catch { close(); }
    }

    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(update, 120); });
    input.addEventListener("blur", () => setTimeout(close, 100));
    input.addEventListener("keydown", e => {
      if (list.hidden) {
        if (e.key === "ArrowDown" && input.value) { update(); e.preventDefault(); }
        return;
      }
      switch (e.key) {
        case "ArrowDown": highlight((active + 1) % items.length); e.preventDefault(); break;
        case "ArrowUp": highlight(active <= 0 ? items.length - 1 : active - 1); e.preventDefault(); break;
        case "Enter": if (active >= 0) { choose(active); e.preventDefault(); } break;
        case "Escape": close(); e.preventDefault(); break;
        case "Tab": close(); break;
      }
    });
  });
})();
