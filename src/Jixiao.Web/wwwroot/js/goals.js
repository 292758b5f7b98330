// Goal tables: any number of rows (添加一行 / 删除) and paste from Excel (tab-separated cells, one row per line) into
// any cell; rows are added as needed. The server reads whatever rows are posted; blank rows are not saved.
(function () {
  const columns = ['level1', 'level2', 'name', 'valueType', 'operator', 'target', 'unit', 'explanation', 'scoringStandard', 'standard', 'standardValue', 'weight', 'reason', 'remark'];

  function nextIndex(tbody) {
    let max = -1;
    for (const tr of tbody.querySelectorAll('tr[data-index]')) max = Math.max(max, parseInt(tr.dataset.index, 10));
    return max + 1;
  }

  function addRow(table) {
    const tbody = table.tBodies[0];
    const template = tbody.querySelector('tr[data-index]');
    if (!template) return null;
    const index = nextIndex(tbody);
    const row = template.cloneNode(true);
    row.dataset.index = String(index);
    for (const input of row.querySelectorAll('input')) {
      input.name = input.name.replace(/\[\d+\]/, '[' + index + ']');
      input.value = '';
    }
    const badge = row.querySelector('.prov-badge');
    if (badge) badge.remove();
    tbody.appendChild(row);
    return row;
  }

  function cell(row, column) {
    return row.querySelector('input[name$="].' + column + '"]');
  }

  document.addEventListener('click', (event) => {
    const add = event.target.closest('button.add-row');
    if (add) {
      const table = document.getElementById(add.dataset.section + '-rows');
      const row = table && addRow(table);
      if (row) cell(row, 'level1').focus();
      return;
    }
    const remove = event.target.closest('button.remove-row');
    if (remove) {
      const row = remove.closest('tr');
      const tbody = row.parentElement;
      if (tbody.querySelectorAll('tr[data-index]').length > 1) row.remove();
      else for (const input of row.querySelectorAll('input')) input.value = '';
    }
  });

  document.addEventListener('paste', (event) => {
    const input = event.target;
    const table = input && input.closest && input.closest('table.goal-rows');
    if (!table) return;
    const text = (event.clipboardData || window.clipboardData).getData('text');
    if (!text || (text.indexOf('\t') < 0 && text.indexOf('\n') < 0)) return;
    event.preventDefault();
    const lines = text.replace(/\r/g, '').split('\n');
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
    const startColumn = Math.max(0, columns.findIndex((c) => input.name.endsWith('].' + c)));
    let row = input.closest('tr');
    for (let i = 0; i < lines.length; i++) {
      if (!row) row = addRow(table);
      const cells = lines[i].split('\t');
      for (let j = 0; j < cells.length && startColumn + j < columns.length; j++) {
        const target = cell(row, columns[startColumn + j]);
        if (target) target.value = cells[j].trim();
      }
      let next = row.nextElementSibling;
      while (next && !next.dataset.index) next = next.nextElementSibling;
      row = next;
    }
    table.dispatchEvent(new Event('input', { bubbles: true }));
  });
})();
