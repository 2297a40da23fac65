/*
 * The map page: draws the places of the page's table (each row a town with its coordinates, or a
 * partner country) with the vendored Leaflet, over the vendored world outline, or over a tile server's
 * tiles when the page names one. Every marker is a link to its place's page, as the table's are.
 * Without scripts the table alone is the page.
 */
(function () {
  "use strict";

  var container = document.getElementById("map");
  if (!container || !window.L || !window.fetch) {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-place]"));

  container.hidden = false;
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", container.getAttribute("data-label"));

  var map = L.map(container, {
    worldCopyJump: false,
    zoomSnap: 0.5,
    minZoom: 1,
    maxZoom: container.hasAttribute("data-tiles") ? 12 : 7,
    zoomControl: false,
    attributionControl: true
  });
  L.control.zoom({
    zoomInTitle: container.getAttribute("data-zoom-in"),
    zoomOutTitle: container.getAttribute("data-zoom-out")
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(container.getAttribute("data-attribution"));

  if (container.hasAttribute("data-tiles")) {
    L.tileLayer(container.getAttribute("data-tiles"), { maxZoom: 12 }).addTo(map);
  }

  function link(row) {
    return row.querySelector("a");
  }

  function markerIcon(row, kind) {
    var source = link(row);
    var anchor = document.createElement("a");
    anchor.href = source.getAttribute("href");
    anchor.className = "map-marker-link";
    var symbol = document.createElement("span");
    symbol.className = "map-symbol " + kind;
    symbol.setAttribute("aria-hidden", "true");
    var name = document.createElement("span");
    name.className = "map-marker-name";
    name.textContent = source.textContent;
    if (source.firstElementChild && source.firstElementChild.lang) {
      name.lang = source.firstElementChild.lang;
    }
    anchor.appendChild(symbol);
    anchor.appendChild(name);
    var holder = document.createElement("div");
    holder.appendChild(anchor);
    L.DomEvent.disableClickPropagation(anchor);
    return L.divIcon({ className: "map-marker " + kind, html: holder.innerHTML, iconSize: null });
  }

  function addMarker(row, latLng, kind) {
    var marker = L.marker(latLng, {
      icon: markerIcon(row, kind),
      keyboard: false,
      interactive: false,
      riseOnHover: true
    });
    marker.addTo(map);
    var element = marker.getElement();
    if (element) {
      element.setAttribute("data-place-marker", row.getAttribute("data-place"));
      element.removeAttribute("tabindex");
      element.removeAttribute("role");
    }
    return marker;
  }

  var towns = rows.filter(function (row) { return row.getAttribute("data-place") === "town"; });
  var points = towns.map(function (row) {
    return L.latLng(parseFloat(row.getAttribute("data-lat")), parseFloat(row.getAttribute("data-lon")));
  });
  if (points.length > 0) {
    map.fitBounds(L.latLngBounds(points).pad(0.15));
  } else {
    map.setView([50, 10], 2);
  }
  towns.forEach(function (row, i) {
    addMarker(row, points[i], row.getAttribute("data-kind"));
  });

  var partners = {};
  rows.filter(function (row) { return row.getAttribute("data-place") === "country"; }).forEach(function (row) {
    partners[row.getAttribute("data-name-en")] = row;
  });

  function largestRing(geometry) {
    var polygons = geometry.type === "MultiPolygon" ? geometry.coordinates : [geometry.coordinates];
    var best = null;
    var bestArea = -1;
    polygons.forEach(function (polygon) {
      var bounds = L.latLngBounds(polygon[0].map(function (c) { return [c[1], c[0]]; }));
      var area = (bounds.getNorth() - bounds.getSouth()) * (bounds.getEast() - bounds.getWest());
      if (area > bestArea) {
        bestArea = area;
        best = bounds;
      }
    });
    return best;
  }

  fetch(container.getAttribute("data-countries"), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (world) {
      if (!world) {
        return;
      }
      var layer = L.geoJSON(world, {
        interactive: false,
        style: function (feature) {
          var partner = partners[feature.properties && feature.properties.name];
          return partner
            ? { color: "#7a3e00", weight: 1.5, fillColor: "#f2c28b", fillOpacity: 1 }
            : { color: "#8a969e", weight: 0.6, fillColor: "#e8edf0", fillOpacity: 1 };
        },
        onEachFeature: function (feature, featureLayer) {
          var row = partners[feature.properties && feature.properties.name];
          if (row && feature.geometry) {
            addMarker(row, largestRing(feature.geometry).getCenter(), "country");
          }
        }
      });
      layer.addTo(map);
      layer.bringToBack();
    })
    .catch(function () {
      container.classList.add("map-without-outline");
    });
})();
