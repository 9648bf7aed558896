// The second comparison page of scripts/bench.mjs: the same dataset and the same first
// chart as /benchmarking and bench/compare (the plan's budget figures per program, as
// bars), drawn by Observable Plot through its documented <script> route (d3 and Plot's
// UMD builds, from npm). It marks the chart as drawn with #chart[data-drawn].
(async () => {
  const response = await fetch('../data/manufacturing-usa.json');
  const ds = await response.json();
  const rows = [];
  for (const program of ds.benchmarking.programs) {
    for (const f of program.plan_figures) {
      if (f.metric === 'budget' && typeof f.value === 'number') rows.push({ label: `${program.name}: ${f.label}`, value: f.value });
    }
  }
  document.getElementById('title').textContent = 'Budgets named in the plan, by program';
  const chart = document.getElementById('chart');
  chart.append(Plot.plot({ marginLeft: 220, x: { grid: true }, marks: [Plot.barX(rows, { x: 'value', y: 'label' }), Plot.ruleX([0])] }));
  chart.dataset.drawn = 'true';
})();
