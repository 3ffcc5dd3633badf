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
