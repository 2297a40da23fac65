// The editor's pickers: with a search box over a long list of choices, typing narrows the list.
// Without this script the list works as it is.
document.querySelectorAll('input.picker-search').forEach(function (search) {
  var select = document.getElementById(search.getAttribute('data-for'));
  if (!select) {
    return;
  }
  search.hidden = false;
  search.addEventListener('input', function () {
    var text = search.value.trim().toLowerCase();
    Array.prototype.forEach.call(select.options, function (option) {
      option.hidden = text !== '' && option.value !== '' && !option.selected
        && option.textContent.toLowerCase().indexOf(text) < 0;
    });
  });
});
