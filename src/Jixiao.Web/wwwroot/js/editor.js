// Editor helpers, loaded as a file (the Content-Security-Policy allows no inline script):
// - list tables (goals, budget lists): add, remove and reorder rows, paste rows copied from Excel (tab-separated);
//   rows are renumbered (name="goals[3].actual") in their visible order, so the server stores that order;
// - a form marked data-guard asks before the page is left with unsaved changes;
// - buttons with data-confirm ask before they act (提交, 通过, 公开, 删除 ...).
// Without JavaScript the pages still work: blank rows are rendered, and every button saves first on the server.
(function () {
  'use strict';

  // ---- confirmations -------------------------------------------------------------------------------------------
  document.addEventListener('click', function (e) {
    const button = e.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  // ---- unsaved changes -----------------------------------------------------------------------------------------
  let dirty = false;
  const guarded = document.querySelectorAll('form[data-guard]');
  const hint = document.getElementById('dirty-hint');
  const markDirty = function () { dirty = true; if (hint) hint.hidden = false; };
  guarded.forEach(function (form) {
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    form.addEventListener('rows-changed', markDirty);
    form.addEventListener('submit', function () { dirty = false; });
  });
  // Controls outside the form that belong to it (form="evaluation-form"): file inputs of upload and import.
  document.querySelectorAll('input[form]').forEach(function (input) {
    const owner = document.getElementById(input.getAttribute('form'));
    if (owner && owner.hasAttribute('data-guard')) input.addEventListener('change', markDirty);
  });
  document.addEventListener('submit', function () { dirty = false; }, true);
  window.addEventListener('beforeunload', function (e) {
    if (!dirty) return;
    e.preventDefault();
    e.returnValue = '您有尚未保存的修改，离开本页将丢失这些修改。';
    return e.returnValue;
  });

  // ---- list tables ---------------------------------------------------------------------------------------------
  const escapeRegExp = function (s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); };

  function renumber(table) {
    const prefix = table.getAttribute('data-rows');
    const pattern = new RegExp('^' + escapeRegExp(prefix) + '\\[\\d+\\]');
    Array.from(table.tBodies[0].rows).forEach(function (row, i) {
      row.querySelectorAll('[name]').forEach(function (el) { el.name = el.name.replace(pattern, prefix + '[' + i + ']'); });
      const no = row.querySelector('.row-no');
      if (no) no.textContent = String(i + 1);
    });
    const counter = prefix === 'goals' ? document.getElementById('goal-count') : null;
    if (counter) counter.textContent = '共 ' + table.tBodies[0].rows.length + ' 行';
    const form = table.closest('form');
    if (form) form.dispatchEvent(new Event('rows-changed'));
  }

  function showTools(root) { root.querySelectorAll('.tools').forEach(function (t) { t.hidden = false; }); }

  function addRow(table) {
    const template = table.querySelector('template');
    const row = template.content.firstElementChild.cloneNode(true);
    table.tBodies[0].appendChild(row);
    showTools(row);
    return row;
  }

  function cells(row) { return Array.from(row.querySelectorAll('input, select, textarea')); }

  function setValue(el, text) {
    const value = text.trim();
    if (el.tagName === 'SELECT') {
      const options = Array.from(el.options);
      const match = options.find(function (o) { return o.value === value || o.text === value; })
        || options.find(function (o) { return value.length > 0 && (o.text.indexOf(value) === 0 || value.indexOf(o.text) === 0); });
      if (match) { el.value = match.value; } else if (value.length > 0 && el.name.endsWith('.level1')) {
        const o = new Option(value, value, true, true); el.add(o);
      }
    } else {
      el.value = value;
    }
  }

  function pasteRows(table, startRow, startCol, text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
    const body = table.tBodies[0];
    let index = Array.from(body.rows).indexOf(startRow);
    lines.forEach(function (line) {
      let row = body.rows[index];
      if (!row) row = addRow(table);
      const fields = cells(row);
      line.split('\t').forEach(function (cell, j) {
        const el = fields[startCol + j];
        if (el) setValue(el, cell);
      });
      index++;
    });
    // Keep a blank row at the end for the next entry.
    const last = body.rows[body.rows.length - 1];
    if (last && cells(last).some(function (el) { return el.tagName === 'INPUT' && el.value.trim() !== ''; })) addRow(table);
    renumber(table);
  }

  document.querySelectorAll('table[data-rows]').forEach(function (table) {
    showTools(table.tBodies[0]);
    document.querySelectorAll('[data-add-row="' + table.getAttribute('data-rows') + '"]').forEach(function (b) {
      b.closest('.row-actions').hidden = false;
      b.addEventListener('click', function () { const row = addRow(table); renumber(table); const first = cells(row)[0]; if (first) first.focus(); });
    });

    table.addEventListener('click', function (e) {
      const button = e.target.closest('button');
      if (!button) return;
      const row = button.closest('tr');
      if (button.classList.contains('row-remove')) {
        row.remove();
        if (table.tBodies[0].rows.length === 0) addRow(table);
      } else if (button.classList.contains('row-up') && row.previousElementSibling) {
        row.parentNode.insertBefore(row, row.previousElementSibling);
      } else if (button.classList.contains('row-down') && row.nextElementSibling) {
        row.parentNode.insertBefore(row.nextElementSibling, row);
      } else {
        return;
      }
      renumber(table);
    });

    table.addEventListener('paste', function (e) {
      const target = e.target;
      if (!(target instanceof HTMLInputElement)) return;
      const text = (e.clipboardData || window.clipboardData).getData('text');
      if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0) return;
      e.preventDefault();
      const row = target.closest('tr');
      pasteRows(table, row, cells(row).indexOf(target), text);
    });

    renumber(table);
  });
})();
