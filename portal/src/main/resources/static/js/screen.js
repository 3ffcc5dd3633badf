// Screen mode: plays the column's playlist for ever. Videos play muted to the end (or 2 minutes),
// article cards stay 15 seconds. The playlist is fetched again each round; when the network is
// down the last good playlist keeps playing and the fetch is retried on the next round. An empty
// column gets the latest public videos from the server. The emergency notice is asked for every
// 5 seconds, the clock ticks, and the QR code follows the item on screen.
(function () {
  var body = document.body;
  var url = body.getAttribute('data-playlist');
  var video = document.querySelector('.screen-video');
  var card = document.querySelector('.screen-card');
  var idle = document.querySelector('.screen-idle');
  var title = document.querySelector('[data-title]');
  var qr = document.querySelector('[data-qr-img]');
  var fallback = document.querySelector('[data-fallback]');
  var playlist = [];
  var index = 0;

  function refresh() {
    return fetch(url, { cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) return playlist;
        fallback.hidden = r.headers.get('Kepu-Playlist') !== 'latest-videos';
        return r.json();
      })
      .then(function (items) { playlist = items; }, function () { /* offline: keep the last playlist */ });
  }
  function later(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  function caption(item) {
    title.textContent = item.title;
    qr.src = body.getAttribute('data-qr') + '?path=' + encodeURIComponent(item.url);
  }
  function showVideo(item) {
    card.hidden = true; idle.hidden = true; video.hidden = false;
    video.poster = item.poster || '';
    video.src = item.media;
    return new Promise(function (resolve) {
      var done = function () { video.onended = video.onerror = null; resolve(); };
      video.onended = done;
      video.onerror = done;
      video.play().catch(done);
      setTimeout(done, 120000);
    });
  }
  function showCard(item) {
    video.pause(); video.hidden = true; idle.hidden = true; card.hidden = false;
    card.querySelector('h1').textContent = item.title;
    card.querySelector('p').textContent = item.summary;
    return later(15000);
  }
  function next() {
    if (index >= playlist.length) {
      index = 0;
      return refresh().then(function () { return playlist.length ? next() : later(30000).then(next); });
    }
    var item = playlist[index++];
    caption(item);
    return (item.type === 'article' ? showCard(item) : showVideo(item)).then(next, function () { return later(5000).then(next); });
  }

  // Chinese and Mongolian take turns every 10 s: the labels marked data-bilingual and the notice
  var mongolian = false;
  var lastNotice = null;
  var notice = document.querySelector('[data-screen-notice]');
  function showNotice() {
    var n = lastNotice;
    notice.hidden = !(n && n.title);
    if (!n || !n.title) return;
    var mn = mongolian && n.titleMn;
    notice.lang = mn ? 'mn-Mong' : 'zh-CN';
    notice.querySelector('[data-notice-title]').textContent = mn ? n.titleMn : n.title;
    notice.querySelector('[data-notice-body]').textContent = mn ? n.bodyMn : n.body;
  }
  function alternate() {
    mongolian = !mongolian;
    document.querySelectorAll('[data-bilingual]').forEach(function (el) {
      var text = el.getAttribute(mongolian ? 'data-mn' : 'data-zh');
      if (text) {
        el.textContent = text;
        el.lang = mongolian ? 'mn-Mong' : 'zh-CN';
      }
    });
    showNotice();
    setTimeout(alternate, 10000);
  }
  function pollNotice() {
    fetch(body.getAttribute('data-notice'), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (n) {
        if (!n) return;
        lastNotice = n;
        showNotice();
      }, function () { /* offline: keep what is shown */ })
      .then(function () { setTimeout(pollNotice, 5000); });
  }

  var clock = document.querySelector('[data-clock]');
  var format = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false
  });
  function tick() {
    clock.textContent = format.format(new Date());
    setTimeout(tick, 1000);
  }

  tick();
  pollNotice();
  setTimeout(alternate, 10000);
  refresh().then(next);
})();
