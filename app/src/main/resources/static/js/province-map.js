// The province map: one ECharts heat-map cell per province, laid out roughly as the country lies, coloured by the
// measure chosen; a click, or Enter on the focused map, opens the province's scorecard on the same day. Arrow keys
// move between tiles. The table beside the map carries the same figures for screen readers.
(function () {
  var language = (document.documentElement.lang || 'vi').indexOf('en') === 0 ? 'en-GB' : 'vi-VN';
  function number(value) {
    return typeof value === 'number' ? value.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : value;
  }
  function scorecard(data, tile) {
    return '/scorecard/' + encodeURIComponent(tile.code) + '?asOf=' + encodeURIComponent(data.asOf);
  }
  // A label as wide as its tile, broken onto two lines and smaller when the tile is narrow (a phone), so names do
  // not run into the next tile; 7 columns across the plot.
  function fit(width) {
    var tile = Math.max(20, (width - 8) / 7 - 4);
    var narrow = tile < 70;
    return { width: tile, overflow: narrow ? 'break' : 'truncate', fontSize: narrow ? 9 : 10, lineHeight: narrow ? 10 : 12 };
  }
  function labelled(width) {
    var f = fit(width);
    return { series: [{ label: f }, { label: f }] };
  }
  function option(data) {
    var valued = [], empty = [], values = [];
    data.tiles.forEach(function (tile) {
      var item = { value: [tile.column, tile.row, tile.value == null ? 0 : tile.value], tile: tile };
      if (tile.value == null) { empty.push(item); } else { valued.push(item); values.push(tile.value); }
    });
    var min = values.length ? Math.floor(Math.min.apply(null, values)) : 0;
    var max = values.length ? Math.ceil(Math.max.apply(null, values)) : 100;
    var colours = ['#b91c1c', '#f59e0b', '#fde68a', '#86efac', '#047857'];
    var columns = [], rows = [];
    for (var c = 0; c <= 6; c++) { columns.push(String(c)); }
    for (var r = 0; r <= 16; r++) { rows.push(String(r)); }
    var label = { show: true, fontSize: 10, color: '#111827', formatter: function (p) { return p.data.tile.label; } };
    return {
      animation: false,
      textStyle: { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
      tooltip: { formatter: function (p) {
        var t = p.data.tile;
        return t.name + '<br>' + data.measure + ': ' + (t.value == null ? data.noData : number(t.value) + (data.unit ? ' ' + data.unit : ''));
      } },
      grid: { left: 4, right: 4, top: 4, bottom: 70 },
      xAxis: { type: 'category', data: columns, show: false },
      yAxis: { type: 'category', data: rows, inverse: true, show: false },
      visualMap: { type: 'continuous', seriesIndex: 0, min: min, max: max === min ? min + 1 : max, calculable: false,
        orient: 'horizontal', left: 'center', bottom: 8, text: [data.high, data.low], formatter: number,
        inRange: { color: data.higherIsBetter ? colours : colours.slice().reverse() } },
      series: [
        { type: 'heatmap', data: valued, label: label, itemStyle: { borderColor: '#fff', borderWidth: 2 },
          emphasis: { itemStyle: { borderColor: '#1d4ed8', borderWidth: 3 } } },
        { type: 'heatmap', data: empty, label: label, itemStyle: { color: '#e5e7eb', borderColor: '#fff', borderWidth: 2 },
          emphasis: { itemStyle: { borderColor: '#1d4ed8', borderWidth: 3 } } }
      ]
    };
  }
  // the tile nearest to (column, row) in a direction, for the arrow keys
  function next(items, from, dx, dy) {
    var best = null, bestScore = Infinity;
    items.forEach(function (item, i) {
      var ddx = item.tile.column - from.tile.column, ddy = item.tile.row - from.tile.row;
      var along = dx !== 0 ? ddx * dx : ddy * dy, across = dx !== 0 ? Math.abs(ddy) : Math.abs(ddx);
      if (along <= 0) { return; }
      var score = along + 2 * across;
      if (score < bestScore) { bestScore = score; best = i; }
    });
    return best;
  }
  function start() {
    var figure = document.getElementById('province-map');
    var canvas = document.getElementById('province-map-canvas');
    if (!figure || !canvas || !window.echarts) { return; }
    var data = JSON.parse(figure.getAttribute('data-map'));
    var chart = window.echarts.init(canvas, null, { renderer: 'svg' });
    var built = option(data);
    chart.setOption(built);
    chart.setOption(labelled(canvas.clientWidth));
    var items = built.series[0].data.concat(built.series[1].data);
    // the box can change after the first paint (fonts, the live banner, a phone turned): redraw to fit, so a tile is
    // where it is drawn
    if (window.ResizeObserver) { new window.ResizeObserver(function () { chart.setOption(labelled(canvas.clientWidth)); chart.resize(); }).observe(canvas); }
    canvas.setAttribute('data-tiles', String(items.length));
    // A press and release on one tile opens it, the tile found by position (chart-press.js says why not ECharts' click)
    window.steerboardOnPress(canvas, function (point) {
      if (!chart.containPixel({ gridIndex: 0 }, point)) { return; }
      var cell = chart.convertFromPixel({ gridIndex: 0 }, point);
      var hit = items.filter(function (item) { return item.tile.column === cell[0] && item.tile.row === cell[1]; })[0];
      if (hit) { window.location.href = scorecard(data, hit.tile); }
    });
    var current = 0;
    function show(index) {
      var item = items[index];
      var series = index < built.series[0].data.length ? 0 : 1;
      var dataIndex = series === 0 ? index : index - built.series[0].data.length;
      chart.dispatchAction({ type: 'downplay' });
      chart.dispatchAction({ type: 'highlight', seriesIndex: series, dataIndex: dataIndex });
      chart.dispatchAction({ type: 'showTip', seriesIndex: series, dataIndex: dataIndex });
      canvas.setAttribute('aria-valuetext', item.tile.name);
      current = index;
    }
    canvas.addEventListener('focus', function () { if (items.length) { show(current); } });
    canvas.addEventListener('keydown', function (e) {
      var moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      if (moves[e.key]) {
        var to = next(items, items[current], moves[e.key][0], moves[e.key][1]);
        if (to !== null) { show(to); }
        e.preventDefault();
      } else if (e.key === 'Enter' || e.key === ' ') {
        window.location.href = scorecard(data, items[current].tile);
        e.preventDefault();
      }
    });
    var select = document.getElementById('map-measure');
    if (select) { select.addEventListener('change', function () { document.getElementById('map-form').submit(); }); }
    window.addEventListener('resize', function () { chart.setOption(labelled(canvas.clientWidth)); chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', start);
})();
