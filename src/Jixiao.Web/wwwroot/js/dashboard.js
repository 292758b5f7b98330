// Bureau dashboard charts (ECharts, vendored under lib/echarts).
(function () {
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const font = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };
  const colors = ['#3f8f1a', '#1f4e9c', '#e6a23c', '#b00', '#909399'];
  function chart(id, option) { const el = document.getElementById(id); if (el) echarts.init(el).setOption(Object.assign({ textStyle: font, color: colors, animation: false }, option)); }
  chart('chart-grades', {
    tooltip: {}, xAxis: { type: 'category', data: data.grades.map(g => g.name) }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.grades.map(g => g.value), label: { show: true, position: 'top' }, colorBy: 'data' }]
  });
  chart('chart-findings', {
    tooltip: {}, legend: { bottom: 0 },
    color: ['#b00', '#e6a23c', '#909399', '#3f8f1a'],
    series: [{ type: 'pie', radius: ['35%', '65%'], data: data.findings, label: { formatter: '{b}：{c}' } }]
  });
  chart('chart-rates', {
    tooltip: {}, grid: { left: 140, right: 40 },
    xAxis: { type: 'value', max: v => Math.max(100, Math.ceil(v.max)) }, yAxis: { type: 'category', data: data.rates.map(r => r.unit) },
    series: [{ type: 'bar', data: data.rates.map(r => r.rate), label: { show: true, position: 'right', formatter: '{c}%' },
      markLine: { data: [{ xAxis: 90, name: '90%' }], lineStyle: { color: '#b00' }, label: { formatter: '90%' } } }]
  });
  chart('chart-states', {
    tooltip: {}, xAxis: { type: 'category', data: data.states.map(s => s.name) }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.states.map(s => s.value), label: { show: true, position: 'top' } }]
  });
})();
