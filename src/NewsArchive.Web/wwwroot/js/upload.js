// Drag-and-drop onto the upload form. Without JavaScript the plain <input type=file multiple> still works.
(() => {
  const zone = document.getElementById("dropzone");
  const input = document.getElementById("files");
  const chosen = document.getElementById("chosen");
  if (!zone || !input) return;
  const describe = () => {
    const n = input.files.length;
    chosen.textContent = n === 0 ? "" : n === 1 ? `Chosen: ${input.files[0].name}` : `${n} files chosen`;
  };
  input.addEventListener("change", describe);
  ["dragenter", "dragover"].forEach(type => zone.addEventListener(type, e => { e.preventDefault(); zone.classList.add("dragging"); }));
  ["dragleave", "drop"].forEach(type => zone.addEventListener(type, e => { e.preventDefault(); zone.classList.remove("dragging"); }));
  zone.addEventListener("drop", e => {
    if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
    input.files = e.dataTransfer.files;
    describe();
  });
})();
