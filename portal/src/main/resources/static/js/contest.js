// Entry pages: asks before a withdrawal, and follows a video being transcoded so the timeline
// moves on without a reload by hand.
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
  var state = document.querySelector('[data-entry-state]');
  if (!state || !state.querySelector('.timeline .current')) return;
  var headline = state.querySelector('[data-timeline-headline]');
  function poll() {
    fetch(state.getAttribute('data-entry-state'), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (t) {
        if (!t) return setTimeout(poll, 10000);
        if (t.headline !== headline.textContent) return location.reload();
        var current = state.querySelector('.timeline .current');
        var step = t.steps.filter(function (s) { return s.state === 'current'; })[0];
        if (current && step) current.textContent = step.label;
        setTimeout(poll, 3000);
      }, function () { setTimeout(poll, 10000); });
  }
  if (headline.textContent.indexOf('转码') >= 0) setTimeout(poll, 3000);
})();
