// Charts: each <figure data-chart="..."> holds its ECharts option as JSON; the table with the same
// figures stays in the page (inside <details>) as the text alternative.
(function () {
  function render(root) {
    if (!window.echarts) { return; }
    (root || document).querySelectorAll('[data-chart]').forEach(function (node) {
      var option;
      try { option = JSON.parse(node.getAttribute('data-chart')); } catch (e) { return; }
      var canvas = node.querySelector('.chart-canvas');
      if (!canvas) { return; }
      var chart = window.echarts.getInstanceByDom(canvas) || window.echarts.init(canvas, null, { renderer: 'svg' });
      option.animation = false;
      option.textStyle = { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif' };
      chart.setOption(option, true);
    });
  }
  window.steerboardCharts = render;
  document.addEventListener('DOMContentLoaded', function () { render(document); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart-canvas').forEach(function (canvas) {
      var chart = window.echarts && window.echarts.getInstanceByDom(canvas);
      if (chart) { chart.resize(); }
    });
  });
})();
