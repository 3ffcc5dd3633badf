// Destructive actions sit behind a <details> that says what will happen and holds the real button
// (it works without scripts). With scripts: one open at a time, the confirm button takes the focus,
// and Escape closes it again.
(function () {
  var confirms = document.querySelectorAll('details[data-confirm]');
  Array.prototype.forEach.call(confirms, function (details) {
    details.addEventListener('toggle', function () {
      if (!details.open) return;
      Array.prototype.forEach.call(confirms, function (other) { if (other !== details) other.open = false; });
      var button = details.querySelector('button[type="submit"]');
      if (button) button.focus();
    });
    details.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary').focus();
    });
  });
})();
