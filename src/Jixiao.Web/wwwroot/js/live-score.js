// Live score while typing: posts the unsaved form to /evaluations/{id}/preview (antiforgery token included)
// and updates the score panel. The server scores; this script only shows the result. Files chosen for upload or
// import are not sent with a preview.
(function () {
  const form = document.getElementById('evaluation-form');
  if (!form || !form.dataset.preview) return;
  let timer = null;
  let seq = 0;
  const set = (id, text) => { const el = document.getElementById(id); if (el) el.textContent = text; };
  const list = (id, items, render, empty) => {
    const ul = document.getElementById(id);
    if (!ul) return;
    ul.replaceChildren();
    if (items.length === 0 && empty) { const li = document.createElement('li'); li.className = 'none'; li.textContent = empty; ul.appendChild(li); }
    for (const item of items) { const li = document.createElement('li'); render(li, item); ul.appendChild(li); }
  };
  async function preview() {
    const mine = ++seq;
    const body = new FormData(form);
    for (const [key, value] of Array.from(body.entries())) { if (value instanceof File) body.delete(key); }
    body.delete('intent');
    const response = await fetch(form.dataset.preview, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok || mine !== seq) return;
    const s = await response.json();
    set('score-total', s.total);
    set('score-grade', s.grade);
    set('score-rate', s.executionRate);
    list('score-errors', s.errors, (li, e) => { li.textContent = e; });
    list('score-findings', s.findings, (li, f) => { li.className = 'sev-' + f.severity; li.textContent = '【' + f.severityName + '】' + f.message; }, '暂无');
    form.dataset.previewed = String(mine);
  }
  const schedule = (delay) => { clearTimeout(timer); timer = setTimeout(preview, delay); };
  form.addEventListener('input', () => schedule(300));
  form.addEventListener('change', () => schedule(100));
  form.addEventListener('rows-changed', () => schedule(100));
})();
