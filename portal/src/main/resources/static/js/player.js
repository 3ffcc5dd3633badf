// Plays the HLS ladder with hls.js where Media Source Extensions exist, natively where the browser
// plays HLS itself (Safari), and otherwise keeps the MP4 fallback that the page already names.
(function () {
  var video = document.getElementById('player');
  if (!video) return;
  var hls = video.getAttribute('data-hls');
  if (window.Hls && window.Hls.isSupported()) {
    var player = new window.Hls({ capLevelToPlayerSize: true });
    player.on(window.Hls.Events.ERROR, function (event, data) {
      if (data.fatal) {
        player.destroy();
        video.src = video.querySelector('source').src;
      }
    });
    player.on(window.Hls.Events.MANIFEST_PARSED, function () { offerQualities(player); });
    player.loadSource(hls);
    player.attachMedia(video);
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = hls;
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
    box.hidden = false;
  }
})();
