// Monitoring form: the lights while typing. Posts the unsaved form to /monitoring/tasks/{id}/preview (antiforgery token
// included) and shows what the server computed: every light with its arithmetic, 执行率 and 结余 per fund row, 偏离度 per
// indicator, and what must still be filled before 报送. The server computes; this script only shows the result.
(function () {
  'use strict';
  const form = document.getElementById('monitoring-form');
  if (!form || !form.dataset.preview) return;
  let timer = null;
  let seq = 0;
  const lightClass = (light) => 'light light-' + String(light).toLowerCase();
  const text = (el, value) => { if (el) el.textContent = value === null || value === undefined ? '' : String(value); };
  const pct = (v) => v === null || v === undefined ? '—' : (Math.round(v * 100) / 100) + '%';
  const amount = (v) => v === null || v === undefined ? '' : String(Math.round(v * 100) / 100);
  const setLight = (el, light) => { if (el) { el.className = lightClass(light.light) + (el.classList.contains('indicator-light') ? ' indicator-light' : ''); el.textContent = light.name; } };
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
    body.delete('intent');
    const response = await fetch(form.dataset.preview, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok || mine !== seq) return;
    const v = await response.json();
    setLight(document.getElementById('light-overall'), v.overall);
    setLight(document.getElementById('light-budget'), v.budget);
    text(document.getElementById('light-budget-explain'), v.budget.explanation);
    text(document.getElementById('side-budget'), v.budget.name);
    const rows = Array.from(document.querySelectorAll('#funds-table tbody tr'));
    const named = rows.filter((row) => { const s = row.querySelector('input[name$=".source"]'); return s && s.value.trim() !== ''; });
    rows.forEach((row) => { text(row.querySelector('.fund-rate'), ''); text(row.querySelector('.fund-balance'), ''); });
    v.funds.forEach((f, i) => { const row = named[i]; if (!row) return; text(row.querySelector('.fund-rate'), pct(f.executionRate)); text(row.querySelector('.fund-balance'), amount(f.balance)); });
    text(document.getElementById('funds-budget'), amount(v.total.budget));
    text(document.getElementById('funds-spent'), amount(v.total.spent));
    text(document.getElementById('funds-rate'), pct(v.total.executionRate));
    text(document.getElementById('funds-balance'), amount(v.total.balance));
    v.indicators.forEach((ind) => {
      const row = document.getElementById('indicator-' + ind.index);
      if (!row) return;
      setLight(row.querySelector('.indicator-light'), ind.light);
      text(row.querySelector('.indicator-explain'), ind.light.explanation);
      text(row.querySelector('.indicator-deviation'), pct(ind.deviation));
    });
    text(document.getElementById('count-red'), v.indicators.filter((i) => i.light.light === 'red').length);
    text(document.getElementById('count-yellow'), v.indicators.filter((i) => i.light.light === 'yellow').length);
    list('monitor-errors', v.errors, (li, e) => { li.textContent = e; });
    list('monitor-findings', v.findings, (li, f) => { li.className = 'sev-' + f.severity; li.textContent = '【' + f.severityName + '】' + f.message; }, '暂无');
    form.dataset.previewed = String(mine);
  }
  const schedule = (delay) => { clearTimeout(timer); timer = setTimeout(preview, delay); };
  form.addEventListener('input', () => schedule(300));
  form.addEventListener('change', () => schedule(100));
  form.addEventListener('rows-changed', () => schedule(100));
})();
