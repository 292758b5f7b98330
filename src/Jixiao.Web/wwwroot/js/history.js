// Charts across years (ECharts, vendored under lib/echarts); every chart's figures are also in the table beside it.
(function () {
  const block = document.getElementById('history-data');
  if (!block) { return; }
  const data = JSON.parse(block.textContent);
  const font = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };
  function chart(id, option) { const el = document.getElementById(id); if (el) echarts.init(el).setOption(Object.assign({ textStyle: font, animation: false }, option)); }
  if (data.kind === 'unit') {
    chart('chart-unit-history', {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      xAxis: { type: 'category', data: data.years.map(y => String(y.year)) },
      yAxis: [{ type: 'value', name: '得分', min: 0, max: 100 }, { type: 'value', name: '执行率 %', min: 0 }],
      series: [
        { name: '得分', type: 'line', data: data.years.map(y => y.score), label: { show: true } },
        { name: '预算执行率', type: 'bar', yAxisIndex: 1, data: data.years.map(y => y.rate), label: { show: true, formatter: '{c}%' } }
      ]
    });
  } else if (data.kind === 'bureau') {
    chart('chart-bureau-grades', {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, color: ['#3f8f1a', '#1f4e9c', '#e6a23c', '#b00'],
      xAxis: { type: 'category', data: data.years.map(String) }, yAxis: { type: 'value', minInterval: 1 },
      series: data.grades.map(g => ({ name: g.name, type: 'bar', stack: 'grades', data: g.values, label: { show: true } }))
    });
    // Average score per 功能分类 class, one bar per year (the table #function-classes holds the same figures).
    chart('chart-function-classes', {
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      xAxis: { type: 'category', data: data.classes, axisLabel: { interval: 0, rotate: data.classes.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', name: '平均得分', min: 0, max: 100 },
      series: data.classYears.map(y => ({ name: String(y.year), type: 'bar', data: y.averages, label: { show: true } }))
    });
  }
})();
