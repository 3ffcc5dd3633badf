// The elderly mode (larger text, higher contrast) is remembered on this device.
(function () {
  var root = document.documentElement;
  if (localStorage.getItem('kepu.elderly') === '1') root.classList.add('elderly');
  document.addEventListener('click', function (event) {
    if (!event.target.matches('[data-toggle-elderly]')) return;
    var on = root.classList.toggle('elderly');
    localStorage.setItem('kepu.elderly', on ? '1' : '0');
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
