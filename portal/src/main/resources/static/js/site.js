// 长辈模式 and the article text size are cookies the server renders from; the switches are GET forms that work
// without scripts. Here they act in place, without a reload.
(function () {
  var root = document.documentElement;
  var YEAR = 60 * 60 * 24 * 365;
  function remember(name, value) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + YEAR + '; samesite=lax';
  }
  var elderlyCss = document.querySelector('[data-elderly-css]');
  if (elderlyCss && elderlyCss.media === 'all') root.classList.add('elderly');

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-toggle-elderly]');
    if (toggle) {
      event.preventDefault();
      var on = toggle.getAttribute('aria-pressed') !== 'true';
      remember('kepu_elderly', on ? '1' : '0');
      if (elderlyCss) elderlyCss.media = on ? 'all' : 'not all';
      root.classList.toggle('elderly', on);
      toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
      toggle.value = on ? 'off' : 'on';
      toggle.querySelector('[data-elderly-state]').textContent = toggle.getAttribute(on ? 'data-on' : 'data-off');
      document.dispatchEvent(new CustomEvent('kepu:elderly', { detail: on }));
      return;
    }
    var size = event.target.closest('[data-text-size]');
    if (size) {
      event.preventDefault();
      remember('kepu_text', size.value);
      var body = document.querySelector('[data-text-body]');
      if (body) {
        body.classList.remove('text-small', 'text-medium', 'text-large');
        body.classList.add('text-' + size.value);
      }
      document.querySelectorAll('[data-text-size]').forEach(function (b) {
        b.setAttribute('aria-pressed', b === size ? 'true' : 'false');
      });
    }
  });
})();

document.addEventListener('click', function (event) {
  if (event.target.matches('[data-print]')) window.print();
});

// Suggestions while typing (titles, popular queries, pinyin); the search works without them.
(function () {
  var input = document.getElementById('site-q');
  var list = document.getElementById('search-suggestions');
  if (!input || !list) return;
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (!q) return;
    timer = setTimeout(function () {
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          list.textContent = '';
          items.forEach(function (text) {
            var option = document.createElement('option');
            option.value = text;
            list.appendChild(option);
          });
        }, function () { /* offline: no suggestions */ });
    }, 200);
  });
})();

// The search filters fold on phones (closed in the page) and open where there is room beside the results.
(function () {
  if (!window.matchMedia('(min-width: 900px)').matches) return;
  document.querySelectorAll('details[data-open-wide]').forEach(function (d) { d.open = true; });
})();
