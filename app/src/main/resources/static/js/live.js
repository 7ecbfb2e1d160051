// Live figures: every element with data-live-src is re-fetched (with the viewer's own permissions)
// when the server says a figure changed. Debounced so a burst of approvals costs one refresh.
(function () {
  var parts = document.querySelectorAll('[data-live-src]');
  if (!parts.length || !window.EventSource) { return; }
  var pending = null;
  function refresh() {
    pending = null;
    parts = document.querySelectorAll('[data-live-src]');
    parts.forEach(function (part) {
      fetch(part.getAttribute('data-live-src'), { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          part.innerHTML = html;
          part.setAttribute('data-live-updated', new Date().toISOString());
          if (window.steerboardCharts) { window.steerboardCharts(part); }
          document.dispatchEvent(new CustomEvent('steerboard:live', { detail: part }));
        });
    });
  }
  var source = new EventSource(document.body.getAttribute('data-live-stream') || '/live/figures');
  source.addEventListener('ready', function () { document.body.setAttribute('data-live', 'connected'); });
  source.addEventListener('figures', function () {
    if (pending) { clearTimeout(pending); }
    pending = setTimeout(refresh, 150);
  });
})();
