// The sign-up challenge without a picture: loads the ALTCHA widget, gives it our Chinese labels
// and its SHA-256 worker (served by us: the CSP allows workers from this site only). Without
// JavaScript the picture captcha below it still works.
(function () {
  var widget = document.querySelector('altcha-widget');
  if (!widget || !window.Worker) return;
  import(widget.getAttribute('data-library')).then(function () {
    var altcha = globalThis.$altcha;
    var worker = widget.getAttribute('data-worker');
    ['SHA-256', 'SHA-384', 'SHA-512'].forEach(function (algorithm) {
      altcha.algorithms.set(algorithm, function () { return new Worker(worker); });
    });
    altcha.i18n.set('zh-cn', JSON.parse(widget.getAttribute('data-strings')));
  });
})();
