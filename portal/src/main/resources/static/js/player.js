// Plays the HLS ladder with hls.js where Media Source Extensions exist, natively where the browser
// plays HLS itself (Safari), and otherwise keeps the MP4 fallback that the page already names.
(function () {
  var video = document.getElementById('player');
  if (!video) return;
  var hls = video.getAttribute('data-hls');
  var hlsjs = document.currentScript.getAttribute('data-hlsjs');
  seekPreviews(video);
  captionsForElders(video);
  startAt(video);
  // hls.js is large (a second of a slow phone's CPU): it is fetched when the viewer reaches for the player, or a
  // few seconds after the page has loaded, and takes over only when playing starts. Attached earlier, an empty
  // MediaSource would show a loading spinner over the poster until the viewer pressed play. The MP4 fallback
  // plays meanwhile, and playback carries on where it was when hls.js takes over.
  var script = null;
  function request(then) {
    if (!('MediaSource' in window)) {
      if (then) then();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.src = hlsjs;
      document.head.appendChild(script);
    }
    if (!then) return;
    if (window.Hls) {
      then();
    } else {
      script.addEventListener('load', then, { once: true });
      script.addEventListener('error', then, { once: true });
    }
  }
  ['pointerenter', 'touchstart', 'focus'].forEach(function (type) {
    video.addEventListener(type, function () { request(); }, { once: true, passive: true });
  });
  video.addEventListener('play', function () { request(attach); }, { once: true });
  function later() {
    setTimeout(function () { (window.requestIdleCallback || setTimeout)(function () { request(); }); }, 3000);
  }
  if (document.readyState === 'complete') {
    later();
  } else {
    window.addEventListener('load', later);
  }

  function attach() {
    var at = video.currentTime;
    var playing = !video.paused;
    if (window.Hls && window.Hls.isSupported()) {
      // segments load once playing starts: a page that is only read costs no video traffic
      var player = new window.Hls({
        capLevelToPlayerSize: true, autoStartLoad: playing, startPosition: at || -1,
        // the page's own <track>s carry the captions; the playlist's subtitle renditions are for native players.
        // Without its caption and subtitle controllers hls.js also leaves those tracks alone: they cleared the
        // tracks' cues when the playlist loaded, and captions went blank the moment hls.js took over.
        enableWebVTT: false, timelineController: null, subtitleTrackController: null, subtitleStreamController: null
      });
      if (!playing) video.addEventListener('play', function () { player.startLoad(-1); }, { once: true });
      player.on(window.Hls.Events.ERROR, function (event, data) {
        if (data.fatal) {
          player.destroy();
          video.src = video.querySelector('source').src;
        }
      });
      player.on(window.Hls.Events.MANIFEST_PARSED, function () {
        offerQualities(player);
        if (playing) video.play().catch(function () { /* the viewer presses play again */ });
      });
      player.loadSource(hls);
      player.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = hls;
      if (at) video.currentTime = at;
      if (playing) video.play().catch(function () { /* the viewer presses play again */ });
    }
  }

  // The storyboard over the player's own timeline: pointing at the bottom strip of the video, where the native
  // controls draw the progress bar, shows the frame at that point. Nothing here seeks; the native bar does.
  function seekPreviews(video) {
    var box = video.closest('[data-storyboard]');
    if (!box) return;
    var thumb = box.querySelector('[data-seek-thumb]');
    var label = thumb.querySelector('span');
    var base = box.getAttribute('data-storyboard');
    var cues = [];
    var TIMELINE = 56; // px above the bottom edge where Chromium's and Safari's controls put the timeline
    var INSET = 16;    // the timeline's inset from the left and right edges
    fetch(base, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (vtt) {
      vtt.split(/\n\n+/).forEach(function (block) {
        var m = block.match(/([\d:.]+) --> ([\d:.]+)\s+(\S+)#xywh=(\d+),(\d+),(\d+),(\d+)/);
        if (m) cues.push({ start: seconds(m[1]), end: seconds(m[2]), src: new URL(m[3], location.origin + base).href,
          x: +m[4], y: +m[5], w: +m[6], h: +m[7] });
      });
    });
    function seconds(t) {
      return t.split(':').reduce(function (sum, part) { return sum * 60 + parseFloat(part); }, 0);
    }
    function clock(t) {
      var s = Math.floor(t % 60);
      return Math.floor(t / 60) + ':' + (s < 10 ? '0' : '') + s;
    }
    video.addEventListener('pointermove', function (event) {
      var rect = video.getBoundingClientRect();
      var fromBottom = rect.bottom - event.clientY;
      if (!cues.length || !video.duration || fromBottom > TIMELINE || fromBottom < 0) { thumb.hidden = true; return; }
      var fraction = Math.min(1, Math.max(0, (event.clientX - rect.left - INSET) / (rect.width - 2 * INSET)));
      var time = fraction * video.duration;
      var cue = cues.filter(function (c) { return time >= c.start && time < c.end; })[0] || cues[cues.length - 1];
      thumb.style.width = cue.w + 'px';
      thumb.style.height = cue.h + 'px';
      thumb.style.backgroundImage = 'url("' + cue.src + '")';
      thumb.style.backgroundPosition = '-' + cue.x + 'px -' + cue.y + 'px';
      var left = Math.min(rect.width - cue.w, Math.max(0, event.clientX - rect.left - cue.w / 2));
      thumb.style.transform = 'translateX(' + left + 'px)';
      label.textContent = clock(time);
      thumb.hidden = false;
    });
    video.addEventListener('pointerleave', function () { thumb.hidden = true; });
  }

  // A moment found by search links here with ?t=<seconds>: the fallback starts there, and hls.js, attached later,
  // starts where the fallback is (attach reads currentTime), so both players honour it.
  function startAt(video) {
    var t = parseInt(new URLSearchParams(location.search).get('t'), 10);
    if (!(t > 0)) return;
    function seek() { video.currentTime = Math.min(t, video.duration || t); }
    if (video.readyState >= 1) seek(); else video.addEventListener('loadedmetadata', seek, { once: true });
  }

  // In 长辈模式 captions show from the start: the server marks the transcript's track default, and it is shown here
  // as well, when the mode is switched on in place and once hls.js has attached (which may reset track modes).
  function captionsForElders(video) {
    var css = document.querySelector('[data-elderly-css]');
    var transcript = document.querySelector('[data-transcript]');
    var language = transcript && transcript.getAttribute('data-track');
    function track() {
      var tracks = Array.prototype.slice.call(video.textTracks);
      return tracks.filter(function (t) { return t.language === language; })[0] || tracks[0];
    }
    function show(on) {
      var t = track();
      if (t) t.mode = on ? 'showing' : 'disabled';
    }
    function elderly() { return !!css && css.media === 'all'; }
    if (elderly()) show(true);
    video.addEventListener('loadedmetadata', function () { if (elderly()) show(true); });
    document.addEventListener('kepu:elderly', function (event) { show(event.detail); });
  }

  // Lets a viewer on a slow or metered connection pick a rendition instead of automatic switching.
  function offerQualities(player) {
    var box = document.querySelector('[data-quality]');
    if (!box || player.levels.length < 2) return;
    var select = box.querySelector('select');
    var auto = document.createElement('option');
    auto.value = '-1';
    auto.textContent = select.getAttribute('data-auto-label');
    select.appendChild(auto);
    player.levels.forEach(function (level, index) {
      var option = document.createElement('option');
      option.value = String(index);
      option.textContent = Math.min(level.width, level.height) + 'p';
      select.appendChild(option);
    });
    select.addEventListener('change', function () { player.currentLevel = parseInt(select.value, 10); });
    box.classList.remove('pending');
  }
})();
