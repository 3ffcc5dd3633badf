// A small tus 1.0 client for the creator's upload form: chunked PATCHes with a progress bar,
// pause and resume, automatic resumption after a dropped connection, and after a page reload
// (the upload's address is remembered per file in localStorage). A form shown again after a failed
// validation keeps its finished upload: the page says so and nothing is uploaded twice.
(function () {
  var form = document.querySelector('[data-tus-form]');
  if (!form) return;
  var endpoint = form.getAttribute('data-tus-endpoint');
  var CHUNK = parseInt(form.getAttribute('data-tus-chunk'), 10) || 8 * 1024 * 1024;
  var fileInput = form.querySelector('[data-tus-file]');
  var bar = form.querySelector('[data-tus-progress]');
  var statusLine = form.querySelector('[data-tus-status]');
  var pauseButton = form.querySelector('[data-tus-pause]');
  var resumeButton = form.querySelector('[data-tus-resume]');
  var uploadIdField = form.querySelector('[data-tus-upload-id]');
  var submitButton = form.querySelector('[data-tus-submit]');
  var submitHint = form.querySelector('[data-tus-submit-hint]');
  var controls = form.querySelector('[data-tus-controls]');
  var text = function (name) { return form.getAttribute('data-text-' + name) || ''; };
  var csrf = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var state = { file: null, url: null, offset: 0, paused: false, xhr: null, running: false };

  function headers(extra) {
    var h = { 'Tus-Resumable': '1.0.0' };
    if (csrf && csrfHeader) h[csrfHeader.content] = csrf.content;
    for (var k in extra) h[k] = extra[k];
    return h;
  }
  function storageKey(file) { return 'kepu.tus.' + [file.name, file.size, file.lastModified].join('|'); }
  function b64(s) { return btoa(unescape(encodeURIComponent(s))); }
  function show(message) { statusLine.textContent = message; }
  function megabytes(bytes) { return (bytes / 1048576).toFixed(1); }
  // the bar and the words together, from the first byte of the first chunk on
  function progress(sent) {
    var done = sent === undefined ? state.offset : sent;
    var percent = state.file.size ? Math.floor(done * 100 / state.file.size) : 0;
    bar.value = percent;
    show(text('progress') + ' ' + percent + '%（' + megabytes(done) + ' / ' + megabytes(state.file.size) + ' MB）');
  }
  // a disabled submit button says why next to it
  function allowSubmit(allowed) {
    if (!submitButton) return;
    submitButton.disabled = !allowed;
    if (submitHint) submitHint.hidden = allowed;
  }
  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  function problem(response) {
    return response.json().then(function (p) { return p.detail || response.status; }, function () { return response.status; });
  }

  function locate() {
    var saved = localStorage.getItem(storageKey(state.file));
    if (!saved) return Promise.resolve(false);
    return fetch(saved, { method: 'HEAD', headers: headers({}), credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { localStorage.removeItem(storageKey(state.file)); return false; }
      state.url = saved;
      state.offset = parseInt(r.headers.get('Upload-Offset'), 10) || 0;
      return true;
    });
  }

  function create() {
    var meta = 'filename ' + b64(state.file.name) + ',filetype ' + b64(state.file.type || 'application/octet-stream');
    return fetch(endpoint, {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Upload-Length': String(state.file.size), 'Upload-Metadata': meta })
    }).then(function (r) {
      if (r.status !== 201) return problem(r).then(function (d) { throw new Error(d); });
      state.url = r.headers.get('Location');
      state.offset = 0;
      localStorage.setItem(storageKey(state.file), state.url);
    });
  }

  function sendChunk() {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      state.xhr = xhr;
      var start = state.offset;
      var chunk = state.file.slice(start, Math.min(start + CHUNK, state.file.size));
      xhr.open('PATCH', state.url);
      var h = headers({ 'Upload-Offset': String(start), 'Content-Type': 'application/offset+octet-stream' });
      for (var k in h) xhr.setRequestHeader(k, h[k]);
      xhr.upload.onprogress = function (e) {
        // the request's size includes headers: never show more than the chunk
        progress(start + Math.min(e.loaded, chunk.size));
      };
      xhr.onload = function () {
        if (xhr.status === 204) {
          state.offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
          resolve();
        } else {
          var detail = xhr.status;
          try { detail = JSON.parse(xhr.responseText).detail || detail; } catch (ignored) { /* keep the status */ }
          var error = new Error(detail);
          // 409: another offset; 423: another request still writes; 429: too many at once: ask and go on
          error.fatal = [409, 423, 429].indexOf(xhr.status) < 0;
          reject(error);
        }
      };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.onabort = function () { reject(new Error('paused')); };
      xhr.send(chunk);
    });
  }

  async function run() {
    if (state.running) return;
    state.running = true;
    pauseButton.disabled = false;
    resumeButton.disabled = true;
    var delay = 1000;
    try {
      if (!state.url && !(await locate())) await create();
      while (state.offset < state.file.size && !state.paused) {
        try {
          await sendChunk();
          delay = 1000;
          progress();
        } catch (e) {
          if (state.paused) break;
          if (e.fatal) throw e;
          show(text('offline'));
          await wait(delay);
          delay = Math.min(delay * 2, 30000);
          await locate().catch(function () { return false; });
        }
      }
      if (state.offset >= state.file.size) {
        uploadIdField.value = state.url.substring(state.url.lastIndexOf('/') + 1);
        localStorage.removeItem(storageKey(state.file));
        bar.value = 100;
        show(text('done'));
        allowSubmit(true);
        pauseButton.disabled = true;
      }
    } catch (e) {
      show(text('failed') + e.message);
      localStorage.removeItem(storageKey(state.file));
      state.url = null;
    } finally {
      state.running = false;
    }
  }

  fileInput.addEventListener('change', function () {
    if (!fileInput.files.length) return;
    state = { file: fileInput.files[0], url: null, offset: 0, paused: false, xhr: null, running: false };
    uploadIdField.value = '';
    allowSubmit(false);
    if (controls) controls.hidden = false;
    bar.value = 0;
    show(text('starting'));
    run();
  });
  pauseButton.addEventListener('click', function () {
    state.paused = true;
    if (state.xhr) state.xhr.abort();
    pauseButton.disabled = true;
    resumeButton.disabled = false;
    show(text('paused'));
  });
  resumeButton.addEventListener('click', function () {
    state.paused = false;
    state.url = null;
    run();
  });
  window.addEventListener('online', function () { if (state.file && !state.paused) run(); });
  if (uploadIdField.value) {
    // shown again after a failed validation: the finished upload is still ours
    bar.value = 100;
    show(text('kept'));
    allowSubmit(true);
  } else {
    allowSubmit(false);
  }
})();
