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
    player.loadSource(hls);
    player.attachMedia(video);
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = hls;
  }
})();
