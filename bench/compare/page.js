// The comparison page of scripts/bench.mjs: the same dataset and the same first chart
// as /benchmarking (the plan's figures of one indicator per program, as bars), drawn by
// Chart.js. It marks the chart as drawn with #chart[data-drawn] for the benchmark.
(async () => {
  const response = await fetch('../data/manufacturing-usa.json');
  const ds = await response.json();
  const rows = [];
  for (const program of ds.benchmarking.programs) {
    for (const f of program.plan_figures) {
      if (f.metric === 'budget' && typeof f.value === 'number') rows.push([`${program.name}: ${f.label}`, f.value, f.unit]);
    }
  }
  document.getElementById('title').textContent = 'Budgets named in the plan, by program';
  const canvas = document.getElementById('chart');
  new Chart(canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => r[0]), datasets: [{ label: 'value', data: rows.map((r) => r[1]) }] },
    options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
  });
  canvas.dataset.drawn = 'true';
})();
