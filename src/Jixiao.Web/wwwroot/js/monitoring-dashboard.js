// Monitoring round dashboard (ECharts, vendored under lib/echarts). Every chart has its table and CSV under it;
// clicking a bar opens the queue filtered to it (or the task, for the worst indicators): the drill-down to the row.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const font = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };
  const colour = { red: '#b00', yellow: '#e6a23c', green: '#3f8f1a', blue: '#1f4e9c', notassessed: '#b0b3b8' };
  function chart(id, option, hrefOf) {
    const el = document.getElementById(id);
    if (!el) return;
    const c = echarts.init(el);
    c.setOption(Object.assign({ textStyle: font, animation: false }, option));
    if (hrefOf) c.on('click', function (p) { const href = hrefOf(p); if (href) window.location.href = href; });
  }
  chart('chart-lights', {
    tooltip: {}, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}：{c}' },
      data: data.lights.map(l => ({ name: l.name, value: l.value, href: l.href, itemStyle: { color: colour[l.light] } })) }]
  }, p => p.data && p.data.href);
  chart('chart-execution', {
    tooltip: {}, grid: { left: 50, right: 20, bottom: 40 },
    xAxis: { type: 'category', data: data.execution.map(b => b.name), axisLabel: { rotate: 30 } }, yAxis: { type: 'value', minInterval: 1, name: '任务数' },
    series: [{ type: 'bar', data: data.execution.map(b => ({ value: b.value, itemStyle: { color: b.from + 10 <= data.timeProgress * 0.6 ? colour.red : b.from + 10 <= data.timeProgress * 0.8 ? colour.yellow : colour.green } })),
      label: { show: true, position: 'top' },
      markLine: { symbol: 'none', data: [{ xAxis: Math.min(12, Math.floor(data.timeProgress / 10)), name: '时间进度' }], lineStyle: { color: '#333', type: 'dashed' }, label: { formatter: '时间进度 ' + data.timeProgress + '%' } } }]
  });
  const stacked = (rows) => [
    { name: '红灯', key: 'red', c: colour.red }, { name: '黄灯', key: 'yellow', c: colour.yellow }, { name: '绿灯', key: 'green', c: colour.green },
    { name: '蓝灯', key: 'blue', c: colour.blue }, { name: '无法判断', key: 'none', c: colour.notassessed }
  ].map(s => ({ name: s.name, type: 'bar', stack: 'all', itemStyle: { color: s.c }, data: rows.map(r => r[s.key]) }));
  chart('chart-units', {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 160, right: 30, bottom: 40 },
    yAxis: { type: 'category', inverse: true, data: data.units.map(u => u.name) }, xAxis: { type: 'value', minInterval: 1 },
    series: stacked(data.units)
  }, p => data.units[p.dataIndex] && data.units[p.dataIndex].href);
  chart('chart-classes', {
    tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 160, right: 60, bottom: 40 },
    yAxis: { type: 'category', inverse: true, data: data.classes.map(c => c.name) },
    xAxis: [{ type: 'value', minInterval: 1, name: '任务数' }, { type: 'value', name: '执行率 %', max: v => Math.max(100, Math.ceil(v.max)), position: 'top' }],
    series: stacked(data.classes).concat([{ name: '执行率', type: 'scatter', xAxisIndex: 1, symbolSize: 12, itemStyle: { color: '#333' },
      data: data.classes.map(c => c.rate), markLine: { symbol: 'none', data: [{ xAxis: data.timeProgress }], label: { formatter: '时间进度 {c}%' }, lineStyle: { type: 'dashed', color: '#333' } } }])
  }, p => data.classes[p.dataIndex] && data.classes[p.dataIndex].href);
  chart('chart-worst', {
    tooltip: {}, grid: { left: 260, right: 50 },
    yAxis: { type: 'category', inverse: true, data: data.worst.map(w => w.name), axisLabel: { width: 240, overflow: 'truncate' } }, xAxis: { type: 'value', name: '完成进度 %' },
    series: [{ type: 'bar', label: { show: true, position: 'right', formatter: '{c}%' },
      data: data.worst.map(w => ({ value: w.value === null ? 0 : w.value, href: w.href, itemStyle: { color: colour[w.light] } })) }]
  }, p => p.data && p.data.href);
})();
