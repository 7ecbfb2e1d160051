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
  var FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
  var measurer = document.createElement('canvas').getContext('2d');
  function textWidth(text, size) {
    measurer.font = size + 'px ' + FONT;
    return measurer.measureText(text).width;
  }
  // A name packed into lines of whole words, none wider than the tile: null when a word alone is wider or the lines
  // are more than fit. The breaks are made here, between words, and given to ECharts as line ends: its own wrapping
  // ('break') cuts a word that is wider than the line ("Thái Nguyê/n") and 'truncate' hides the end of the name.
  function wordLines(name, width, size, most) {
    var lines = [], line = '';
    var words = String(name).split(/\s+/).filter(function (w) { return w.length > 0; });
    for (var i = 0; i < words.length; i++) {
      if (textWidth(words[i], size) > width) { return null; }
      var longer = line ? line + ' ' + words[i] : words[i];
      if (!line || textWidth(longer, size) <= width) { line = longer; } else { lines.push(line); line = words[i]; }
    }
    lines.push(line);
    return lines.length <= most ? lines : null;
  }
  // One size for every tile, the largest (10 px down to 7 px) at which each name fits its tile in whole words, on no
  // more lines than the tile's height holds; at the smallest, a word a line (a word is still never cut).
  function fitted(tiles, width, height) {
    var tile = tileBox(width, height);
    for (var size = 10; size >= 7; size--) {
      var most = Math.max(1, Math.floor((tile.height - 2) / (size + 1))), names = {}, all = true;
      for (var i = 0; i < tiles.length && all; i++) {
        var lines = wordLines(tiles[i].label, tile.width, size, most);
        if (lines) { names[tiles[i].code] = lines.join('\n'); } else { all = false; }
      }
      if (all) { return { size: size, names: names }; }
    }
    var words = {};
    tiles.forEach(function (t) { words[t.code] = String(t.label).split(/\s+/).join('\n'); });
    return { size: 7, names: words };
  }
  // 7 columns and 17 rows across the plot (the grid's margins: 4 px at the sides and top, 70 px at the foot)
  function tileBox(width, height) {
    return { width: Math.max(20, (width - 8) / 7 - 4), height: Math.max(12, (height - 74) / 17 - 2) };
  }
  function labelled(data, width, height) {
    var fit = fitted(data.tiles, width, height);
    var label = { overflow: 'none', fontFamily: FONT, fontSize: fit.size, lineHeight: fit.size + 1,
      formatter: function (p) { return fit.names[p.data.tile.code]; } };
    return { series: [{ label: label }, { label: label }] };
  }
  // black, not the page's ink: with black or white, every colour of the ramp gets at least 4.5:1 (WCAG AA)
  var DARK = '#000000', LIGHT = '#ffffff';
  // the colour the continuous visual map gives a value: linear between evenly spaced stops, as ECharts does
  function fill(ramp, min, max, value) {
    var at = Math.max(0, Math.min(1, (value - min) / (max - min))) * (ramp.length - 1);
    var i = Math.min(ramp.length - 2, Math.floor(at)), f = at - i;
    var a = rgb(ramp[i]), b = rgb(ramp[i + 1]);
    return [0, 1, 2].map(function (k) { return Math.round(a[k] + (b[k] - a[k]) * f); });
  }
  function rgb(hex) { return [1, 3, 5].map(function (k) { return parseInt(hex.substr(k, 2), 16); }); }
  // WCAG 2 relative luminance and contrast ratio
  function luminance(c) {
    var l = c.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }
  function legible(background) {
    var bg = luminance(background);
    var onDark = (1.05) / (bg + 0.05), onLight = (bg + 0.05) / (luminance(rgb(DARK)) + 0.05);
    return onDark > onLight ? LIGHT : DARK;
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
    var ramp = data.higherIsBetter ? colours : colours.slice().reverse();
    valued.forEach(function (item) {
      // the name in white on a dark tile, dark on a light one: whichever reads better on the tile's own colour
      item.label = { color: legible(fill(ramp, min, max === min ? min + 1 : max, item.value[2])) };
    });
    var label = { show: true, fontSize: 10, color: '#111827', formatter: function (p) { return p.data.tile.label; } };
    return {
      animation: false,
      textStyle: { fontFamily: FONT },
      tooltip: { formatter: function (p) {
        var t = p.data.tile;
        return t.name + '<br>' + data.measure + ': ' + (t.value == null ? data.noData : number(t.value) + (data.unit ? ' ' + data.unit : ''));
      } },
      grid: { left: 4, right: 4, top: 4, bottom: 70 },
      xAxis: { type: 'category', data: columns, show: false },
      yAxis: { type: 'category', data: rows, inverse: true, show: false },
      visualMap: { type: 'continuous', seriesIndex: 0, min: min, max: max === min ? min + 1 : max, calculable: false,
        orient: 'horizontal', left: 'center', bottom: 8, text: [data.high, data.low], formatter: number,
        inRange: { color: ramp } },
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
    chart.setOption(labelled(data, canvas.clientWidth, canvas.clientHeight));
    var items = built.series[0].data.concat(built.series[1].data);
    // the box can change after the first paint (fonts, the live banner, a phone turned): redraw to fit, so a tile is
    // where it is drawn
    if (window.ResizeObserver) { new window.ResizeObserver(function () { chart.setOption(labelled(data, canvas.clientWidth, canvas.clientHeight)); chart.resize(); }).observe(canvas); }
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
    window.addEventListener('resize', function () { chart.setOption(labelled(data, canvas.clientWidth, canvas.clientHeight)); chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', start);
})();
