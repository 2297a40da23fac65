/*
 * The query page's editor: replaces the plain form with Yasgui, on this site's own endpoint.
 * Everything in Yasgui that would talk to another host is turned off: no endpoint catalogue but
 * ours, no term look-ups, no link shortener, nothing kept in the browser's storage. Its "share"
 * button gives this page's own permalink, query?query=...
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

  Yasgui.Tab.prototype.getShareableLink = function () {
    var link = new URL(window.location.pathname, window.location.href);
    link.searchParams.set("query", this.getQuery());
    link.searchParams.set("lang", lang);
    return link.href;
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
}());
