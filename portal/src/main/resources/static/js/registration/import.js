// Import: upload with a progress bar, then follow the background check or commit until it is done.
(function () {
  'use strict';

  function upload(form) {
    var input = form.querySelector('input[type=file]');
    if (!input.files.length || !window.XMLHttpRequest) return false;
    var box = form.querySelector('[data-upload-progress]');
    var bar = box.querySelector('progress');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) bar.value = Math.round(event.loaded * 100 / event.total);
    });
    xhr.addEventListener('load', function () {
      if (xhr.responseURL && xhr.status < 400) {
        window.location.assign(xhr.responseURL);
      } else {
        // a refusal page (too large, wrong type …): show it as the server rendered it
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.addEventListener('error', function () { form.submit(); });
    box.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    xhr.send(new FormData(form));
    return true;
  }

  function follow(box) {
    var bar = box.querySelector('progress');
    var label = box.querySelector('[data-progress-label]');
    var status = document.querySelector('[data-import-status]');
    function poll() {
      fetch(box.dataset.progressSrc, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          bar.value = state.percent;
          var template = state.status === 'COMMITTING' ? label.dataset.committing : label.dataset.checking;
          label.textContent = template.replace('{0}', state.processed).replace('{1}', state.total);
          if (state.working) {
            window.setTimeout(poll, 700);
          } else {
            window.location.reload();
          }
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    }
    if (status) status.setAttribute('aria-live', 'polite');
    poll();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches('[data-upload]') && upload(form)) {
      event.preventDefault();
    } else if (form.matches('[data-confirm]') && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-import-progress]');
    if (box) follow(box);
  });
})();
