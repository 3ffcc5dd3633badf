// The transcript beside the player. The page already lists the cues as ?t= links (they work without scripts);
// here the cue being said is marked as it plays, a click seeks instead of reloading the page, and the search box
// narrows the list to the cues that hold the typed words.
(function () {
  var box = document.querySelector('[data-transcript]');
  var video = document.getElementById('player');
  if (!box || !video) return;
  var list = box.querySelector('ol');
  var links = Array.prototype.slice.call(list.querySelectorAll('a[data-start]'));
  var starts = links.map(function (a) { return parseFloat(a.getAttribute('data-start')); });
  var texts = links.map(function (a) { return a.querySelector('.cue').textContent; });
  var current = null;
  var readerScrolledAt = 0;

  // The last cue that has started: between two cues the reader keeps their place instead of losing the mark.
  function cueAt(time) {
    var low = 0;
    var high = starts.length - 1;
    var found = -1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (starts[mid] <= time + 0.05) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found < 0 ? null : links[found];
  }

  function mark() {
    var cue = cueAt(video.currentTime);
    if (cue === current) return;
    if (current) current.removeAttribute('aria-current');
    current = cue;
    if (cue) {
      cue.setAttribute('aria-current', 'time');
      follow(cue);
    }
  }

  // Scrolls the list, never the page, and leaves it alone for a while after the reader scrolled it themselves.
  function follow(cue) {
    if (!box.open || cue.parentNode.hidden || Date.now() - readerScrolledAt < 4000) return;
    var top = cue.parentNode.offsetTop;
    if (top < list.scrollTop || top + cue.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  }

  ['wheel', 'touchmove'].forEach(function (type) {
    list.addEventListener(type, function () { readerScrolledAt = Date.now(); }, { passive: true });
  });
  video.addEventListener('timeupdate', mark);
  video.addEventListener('seeked', mark);
  box.addEventListener('toggle', function () { if (current && box.open) follow(current); });

  list.addEventListener('click', function (event) {
    var cue = event.target.closest('a[data-start]');
    // a new tab or window still gets the ?t= link
    if (!cue || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    var at = parseFloat(cue.getAttribute('data-start'));
    function seek() {
      video.currentTime = at;
      mark();
    }
    if (video.readyState >= 1) seek(); else video.addEventListener('loadedmetadata', seek, { once: true });
    if (video.paused) video.play().catch(function () { /* the viewer presses play */ });
  });

  // Search inside the transcript: every typed word must be in the cue; the matches are marked.
  var search = box.querySelector('[data-transcript-search]');
  var input = search.querySelector('input');
  var status = search.querySelector('[data-transcript-status]');
  search.hidden = false;
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(filter, 120);
  });

  function filter() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    links.forEach(function (a, i) {
      var lower = texts[i].toLowerCase();
      var hit = words.every(function (w) { return lower.indexOf(w) >= 0; });
      a.parentNode.hidden = !hit;
      highlight(a.querySelector('.cue'), texts[i], hit ? words : []);
      if (hit) shown++;
    });
    status.textContent = !words.length ? ''
      : shown ? status.getAttribute('data-found').replace('{0}', shown) : status.getAttribute('data-none');
    if (!words.length && current) follow(current);
  }

  function highlight(span, text, words) {
    var lower = text.toLowerCase();
    // marks by position in the lower-cased text: only where lower-casing kept the length (all Chinese text does)
    if (!words.length || lower.length !== text.length) {
      if (span.firstElementChild || span.textContent !== text) span.textContent = text;
      return;
    }
    var marked = new Array(text.length).fill(false);
    words.forEach(function (w) {
      for (var at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
        for (var k = at; k < at + w.length; k++) marked[k] = true;
      }
    });
    span.textContent = '';
    var from = 0;
    for (var i = 1; i <= text.length; i++) {
      if (i === text.length || marked[i] !== marked[from]) {
        var piece = text.slice(from, i);
        if (marked[from]) {
          var m = document.createElement('mark');
          m.textContent = piece;
          span.appendChild(m);
        } else {
          span.appendChild(document.createTextNode(piece));
        }
        from = i;
      }
    }
  }

  mark();
})();
