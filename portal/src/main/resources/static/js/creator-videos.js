// Follows the creator's videos that are still being transcoded, so progress shows live.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-video-state]'));
  function poll() {
    var pending = items.filter(function (li) { return li.querySelector('[data-state-progress]'); });
    if (!pending.length) return;
    Promise.all(pending.map(function (li) {
      return fetch(li.getAttribute('data-video-state'), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) return;
          var bar = li.querySelector('[data-state-progress]');
          if (s.status === 'PROCESSING') { bar.value = s.progress; return; }
          location.reload();
        });
    })).then(function () { setTimeout(poll, 3000); }, function () { setTimeout(poll, 10000); });
  }
  setTimeout(poll, 3000);
})();
