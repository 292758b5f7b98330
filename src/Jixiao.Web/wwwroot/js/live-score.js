// Live score while typing: posts the unsaved form to /evaluations/{id}/preview (antiforgery token included)
// and updates the score panel. The server scores; this script only shows the result.
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
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(preview, 300); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(preview, 100); });
})();
