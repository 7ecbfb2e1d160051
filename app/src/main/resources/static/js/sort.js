// Sortable tables: each header of a table.sortable becomes a button; sorting is numeric where the cells are numbers
// (Vietnamese or English notation), text otherwise, and aria-sort tells screen readers the order.
(function () {
  function value(cell) {
    var text = (cell.getAttribute('data-sort') || cell.textContent).trim();
    var number = text.replace(/[%\s]/g, '').replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
    return number !== '' && !isNaN(number) ? parseFloat(number) : text.toLowerCase();
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.sortable').forEach(function (table) {
      table.querySelectorAll('thead th').forEach(function (th, index) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort';
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
        button.addEventListener('click', function () {
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          table.querySelectorAll('thead th').forEach(function (other) { other.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          Array.prototype.slice.call(body.rows).sort(function (a, b) {
            var x = value(a.cells[index]), y = value(b.cells[index]);
            if (typeof x !== typeof y) { return typeof x === 'number' ? -1 : 1; }
            return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
          }).forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  });
})();
