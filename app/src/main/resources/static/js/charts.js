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
      localiseNumbers(option);
      option.textStyle = { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif' };
      chart.setOption(option, true);
      links(canvas, chart);
    });
  }
  // A bar whose data item carries a link (a status on the overview) opens it, the same link its table holds: a press
  // and release in the bar's column, found by position (chart-press.js says why not ECharts' click).
  function links(canvas, chart) {
    var series = (chart.getOption().series || [])[0];
    var linked = series && (series.data || []).some(function (d) { return d && typeof d.link === 'string'; });
    if (!linked || canvas.getAttribute('data-links')) { return; }
    canvas.setAttribute('data-links', 'true');
    window.steerboardOnPress(canvas, function (point) {
      var current = window.echarts.getInstanceByDom(canvas);
      if (!current || !current.containPixel({ gridIndex: 0 }, point)) { return; }
      var index = current.convertFromPixel({ seriesIndex: 0 }, point)[0];
      var item = (current.getOption().series[0].data || [])[index];
      if (item && typeof item.link === 'string' && item.link.charAt(0) === '/') { window.location.assign(item.link); }
    });
  }
  // Numbers on a chart read as the page's language writes them: 33,3 on a Vietnamese page, 33.3 on an English one.
  var language = (document.documentElement.lang || 'vi').indexOf('en') === 0 ? 'en-GB' : 'vi-VN';
  function number(value) {
    return typeof value === 'number' ? value.toLocaleString(language, { maximumFractionDigits: 1 }) : value;
  }
  function localiseNumbers(option) {
    (option.series || []).forEach(function (series) {
      if (series.label && series.label.show && !series.label.formatter) {
        series.label.formatter = function (p) {
          return number(Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value);
        };
      }
    });
    if (option.tooltip && !option.tooltip.valueFormatter) { option.tooltip.valueFormatter = number; }
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
