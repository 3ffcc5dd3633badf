// Shows the rebuild's progress live while it runs.
(function () {
  var line = document.querySelector('[data-reindex-progress]');
  if (!line) return;
  function poll() {
    fetch(line.getAttribute('data-reindex-progress'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (p) {
        line.textContent = p.state === 'RUNNING' ? '正在重建：已写入 ' + p.indexed + ' 条' : p.message;
        if (p.state === 'RUNNING') setTimeout(poll, 1000);
      }, function () { setTimeout(poll, 5000); });
  }
  poll();
})();
