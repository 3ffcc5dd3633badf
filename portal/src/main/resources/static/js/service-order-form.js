// The order form's place list narrows to the chosen town's villages. Without a script every town's
// places stay listed by town, and the server checks that the place lies in the town.
(function () {
  var town = document.querySelector('[data-town-select]');
  var place = document.querySelector('[data-place-select]');
  if (!town || !place) return;
  function narrow() {
    var groups = place.querySelectorAll('optgroup');
    Array.prototype.forEach.call(groups, function (group) {
      var shown = !town.value || group.getAttribute('data-town') === town.value;
      group.hidden = !shown;
      group.disabled = !shown;
    });
    var chosen = place.options[place.selectedIndex];
    if (chosen && chosen.parentNode.disabled) place.value = '';
  }
  town.addEventListener('change', narrow);
  narrow();
})();
