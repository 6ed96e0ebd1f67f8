// Ask before destructive form posts (forms carry data-confirm).
document.querySelectorAll("form[data-confirm]").forEach(form =>
  form.addEventListener("submit", e => { if (!confirm(form.dataset.confirm)) e.preventDefault(); }));
