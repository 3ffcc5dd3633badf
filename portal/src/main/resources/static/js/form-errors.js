// A form shown again with errors: marks the fields to fix for screen readers, brings the first one
// into view and gives it the focus, so a long form on a phone does not hide what went wrong.
(function () {
  var invalid = document.querySelectorAll('form .invalid');
  var first = null;
  Array.prototype.forEach.call(invalid, function (field) {
    // a hidden upload id stands for its file picker
    var visible = field.type === 'hidden' ? field.form && field.form.querySelector('[data-tus-file]') : field;
    if (!visible) return;
    visible.setAttribute('aria-invalid', 'true');
    if (!first) first = visible;
  });
  var target = first || document.querySelector('[data-form-errors]');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
})();
