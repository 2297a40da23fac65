/*
 * Suggestions for the search box in the header, as one types: names from /search/suggest, in a list
 * under the box (the ARIA combobox pattern). Up and Down move in the list, Enter opens the chosen
 * thing, Escape closes the list. Without this script the box is a plain form that opens /search.
 * Licence: CC0 1.0, as the rest of the site.
 */
(function () {
  "use strict";
  var input = document.getElementById("site-search-q");
  if (!input || !window.fetch) {
    return;
  }
  var form = input.form;
  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.getAttribute("data-suggest-label"));
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  var items = [];
  var active = -1;
  var timer = null;
  var asked = 0;
  var lang = form.querySelector("input[name=lang]");

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function select(index) {
    items.forEach(function (item, i) {
      item.li.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", items[index].li.id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(suggestions) {
    close();
    suggestions.forEach(function (suggestion, i) {
      var li = document.createElement("li");
      li.id = "site-search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.appendChild(document.createTextNode(suggestion.label + " "));
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = "(" + suggestion.kind + ")";
      li.appendChild(kind);
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = suggestion.href;
      });
      list.appendChild(li);
      items.push({li: li, href: suggestion.href});
    });
    if (items.length > 0) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    var number = ++asked;
    var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q) + (lang ? "&lang=" + lang.value : "");
    fetch(url, {headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
      .then(function (answer) {
        if (number === asked) {
          show(answer.suggestions || []);
        }
      })
      .catch(close);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      select((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      select(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = items[active].href;
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
})();
