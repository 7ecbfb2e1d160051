// A press and release at one spot on a chart, given to the handler as a point inside the chart's box. Charts open
// their items this way, finding the item by position, not by ECharts' click: hovering redraws an item's label, and
// when that redraw lands between press and release (a quick tap, a busy machine) the browser fires no click at all.
(function () {
  window.steerboardOnPress = function (canvas, handler) {
    var pressed = null;
    canvas.addEventListener('pointerdown', function (e) { pressed = { x: e.clientX, y: e.clientY }; });
    canvas.addEventListener('pointerup', function (e) {
      var from = pressed;
      pressed = null;
      if (!from || e.button !== 0 || Math.abs(e.clientX - from.x) > 6 || Math.abs(e.clientY - from.y) > 6) { return; }
      var box = canvas.getBoundingClientRect();
      handler([e.clientX - box.left, e.clientY - box.top]);
    });
  };
})();
