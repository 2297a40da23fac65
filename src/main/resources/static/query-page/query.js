/*
 * The query page's editor: replaces the plain form with Yasgui, on this site's own endpoint.
 * Everything in Yasgui that would talk to another host is turned off: no endpoint catalogue but
 * ours, no term look-ups, no link shortener, nothing kept in the browser's storage. Its "share"
 * button gives this page's own permalink, query?query=...
 *
 * Yasgui speaks English only: its controls are put in the page's language from the page's own
 * texts (data-labels on the editor's element, from the query page's message bundles), and its
 * parts that fail the accessibility rules are named or made reachable by keyboard.
 */
(function () {
  "use strict";

  var form = document.getElementById("plain-query");
  var host = document.getElementById("yasgui");
  if (!form || !host || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(form.getAttribute("action"), document.baseURI).href;
  var query = form.elements.query.value;
  var lang = document.documentElement.lang;
  var labels = JSON.parse(host.getAttribute("data-labels") || "{}");

  // Yasgui's English, by the name of the page's text that replaces it.
  var ENGLISH = {
    "Table": "table",
    "Response": "response",
    "Shows Table view": "showsTable",
    "Shows Response view": "showsResponse",
    "Simple view": "simpleView",
    "Ellipse": "ellipse",
    "Filter query results": "filter",
    "Page size:": "pageSize",
    "All": "all",
    "Download result": "download",
    "Download Results": "download",
    "Share query": "share",
    "Run query": "run",
    "Show all": "showAll",
    "pagination": "pagination"
  };
  // Yasgui's sentences with numbers in them: the count of rows and the time the answer took.
  var SENTENCES = [
    { pattern: /^1 result in ([\d.]+) seconds?$/, label: "oneResult" },
    { pattern: /^(\d+) results? in ([\d.]+) seconds?$/, label: "results" },
    { pattern: /^Response in ([\d.]+) seconds?$/, label: "responseTime" }
  ];
  var ATTRIBUTES = ["title", "aria-label", "placeholder"];
  var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });

  function label(name) {
    return Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : null;
  }

  function translate(text) {
    var trimmed = text.trim();
    if (!trimmed) {
      return null;
    }
    if (Object.prototype.hasOwnProperty.call(ENGLISH, trimmed)) {
      return label(ENGLISH[trimmed]);
    }
    for (var i = 0; i < SENTENCES.length; i++) {
      var match = SENTENCES[i].pattern.exec(trimmed);
      var sentence = match && label(SENTENCES[i].label);
      if (sentence) {
        var rows = match.length > 2 ? match[1] : "1";
        var seconds = match[match.length - 1];
        return sentence.replace("{0}", numbers.format(Number(rows)))
          .replace("{1}", numbers.format(Number(seconds)));
      }
    }
    return null;
  }

  function translateElement(element) {
    ATTRIBUTES.forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      var translated = value && translate(value);
      if (translated) {
        element.setAttribute(attribute, translated);
      }
    });
  }

  /** Names the editor's unnamed form fields and lets the keyboard reach its scrolling parts. */
  function repair(root) {
    var input = root.querySelector(".CodeMirror textarea");
    if (input && !input.hasAttribute("aria-label")) {
      input.setAttribute("aria-label", host.getAttribute("data-editor-label"));
    }
    root.querySelectorAll("select.tableSizer:not([aria-label])").forEach(function (select) {
      select.setAttribute("aria-label", label("pageSize").replace(/:$/, ""));
    });
    root.querySelectorAll(".yasr_results, .dt-layout-table, .CodeMirror-scroll").forEach(function (region) {
      var scrolls = region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight;
      if (scrolls && region.getAttribute("tabindex") !== "0" && !region.querySelector(".CodeMirror")) {
        region.setAttribute("tabindex", "0");
      }
    });
  }

  function translateTree(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var texts = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push(node);
    }
    texts.forEach(function (text) {
      var translated = translate(text.nodeValue);
      if (translated) {
        text.nodeValue = text.nodeValue.replace(text.nodeValue.trim(), translated);
      }
    });
    translateElement(root);
    root.querySelectorAll("[title], [aria-label], [placeholder]").forEach(translateElement);
  }

  var pending = false;
  function refresh() {
    if (pending) {
      return;
    }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      observer.disconnect();
      translateTree(host);
      repair(host);
      observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true,
        attributeFilter: ATTRIBUTES });
    });
  }
  var observer = new MutationObserver(refresh);

  Yasgui.Tab.prototype.getShareableLink = function () {
    var link = new URL(window.location.pathname, window.location.href);
    link.searchParams.set("query", this.getQuery());
    link.searchParams.set("lang", lang);
    return link.href;
  };
  Yasgui.Yasr.plugins.table.defaults.tableConfig.language = {
    info: label("info"),
    infoEmpty: label("infoEmpty"),
    infoFiltered: label("infoFiltered"),
    emptyTable: label("emptyTable"),
    zeroRecords: label("zeroRecords"),
    aria: {
      orderable: label("orderable"),
      orderableReverse: label("orderableReverse"),
      orderableRemove: label("orderableRemove"),
      paginate: { first: label("first"), previous: label("previous"), next: label("next"), last: label("last") }
    },
    paginate: { first: "&lt;&lt;", last: "&gt;&gt;", next: "&gt;", previous: "&lt;" }
  };
  // The editor measures its box when it is built, so it is shown first.
  host.hidden = false;
  form.hidden = true;

  var yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: []
    },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasqe: {
      autocompleters: [],
      createShortLink: undefined,
      persistenceId: null
    },
    yasr: {
      persistenceId: null
    }
  });

  yasgui.getTab().setQuery(query);
  refresh();
}());
