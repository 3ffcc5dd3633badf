// Photos of a held service: too many, or too large for one upload, are said next to the picker
// before anything is sent, so the report typed in the same form is not lost to a refused upload.
(function () {
  var MAX_BYTES = 10 * 1024 * 1024;
  var MAX_TOTAL = 25 * 1024 * 1024;
  Array.prototype.forEach.call(document.querySelectorAll('[data-photo-form]'), function (form) {
    var input = form.querySelector('input[type=file]');
    var problem = form.querySelector('[data-photo-problem]');
    var max = parseInt(form.getAttribute('data-max-photos'), 10);
    function check() {
      var files = Array.prototype.slice.call(input.files || []);
      var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
      var text = '';
      if (files.length > max) text = problem.getAttribute('data-too-many');
      else if (files.some(function (f) { return f.size > MAX_BYTES; })) text = problem.getAttribute('data-too-large');
      else if (total > MAX_TOTAL) text = problem.getAttribute('data-too-much');
      problem.textContent = text;
      problem.hidden = !text;
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
      return !text;
    }
    input.addEventListener('change', check);
    form.addEventListener('submit', function (event) {
      if (!check()) {
        event.preventDefault();
        input.focus();
      }
    });
  });
})();
