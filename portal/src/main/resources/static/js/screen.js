// Screen mode: plays the column's playlist for ever. Videos play muted to the end (or 2 minutes),
// article cards stay 15 seconds. The playlist is fetched again each round; when the network is
// down the last good playlist keeps playing and the fetch is retried on the next round.
(function () {
  var url = document.body.getAttribute('data-playlist');
  var video = document.querySelector('.screen-video');
  var card = document.querySelector('.screen-card');
  var idle = document.querySelector('.screen-idle');
  var playlist = [];
  var index = 0;

  function refresh() {
    return fetch(url, { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : playlist; })
      .then(function (items) { playlist = items; }, function () { /* offline: keep the last playlist */ });
  }
  function later(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  function showVideo(item) {
    card.hidden = true; idle.hidden = true; video.hidden = false;
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
    return (item.type === 'video' ? showVideo(item) : showCard(item)).then(next, function () { return later(5000).then(next); });
  }
  refresh().then(next);
})();
