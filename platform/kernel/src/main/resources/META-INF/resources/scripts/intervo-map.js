// Thin glue between the LeafletMap Vaadin component and Leaflet (loaded from its webjar).
window.intervoMap = (function () {
  function icon() {
    return L.icon({
      iconUrl: 'webjars/leaflet/1.9.4/dist/images/marker-icon.png',
      iconRetinaUrl: 'webjars/leaflet/1.9.4/dist/images/marker-icon-2x.png',
      shadowUrl: 'webjars/leaflet/1.9.4/dist/images/marker-shadow.png',
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
    });
  }
  function init(el, tileUrl, attribution, lat, lng, zoom) {
    if (el.__map) { return; }
    var map = L.map(el, { zoomControl: true }).setView([lat, lng], zoom);
    // offline or blocked tiles leave a blank background; markers still show
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: attribution }).addTo(map);
    el.__map = map;
    el.__markers = L.layerGroup().addTo(map);
    // plain dots (tickets) above every label: a technician's name never hides a ticket
    map.createPane('intervo-dots').style.zIndex = 660;
    // once the person moves the map, a resize no longer re-frames it
    map.on('dragstart', function () { el.__moved = true; });
    // markers that would sit on each other at this zoom are moved apart again after every zoom
    map.on('zoomend', function () { spread(el); });
    // the server reads what is in sight: it hears where the map came to rest, once it stops moving
    map.on('moveend', function () {
      if (!el.__reportView || !el.$server) { return; }
      clearTimeout(el.__viewTimer);
      el.__viewTimer = setTimeout(function () {
        var b = map.getBounds();
        var size = map.getSize();
        el.$server.viewChanged(b.getSouth(), b.getWest(), b.getNorth(), b.getEast(), map.getZoom(),
            Math.round(size.x), Math.round(size.y));
      }, 300);
    });
    map.on('click', function (e) {
      if (el.__picking && el.$server) { el.$server.picked(e.latlng.lat, e.latlng.lng); }
    });
    new ResizeObserver(function () {
      map.invalidateSize();
      // a fit asked for while the map had no size yet (a split layout still laying out, a hidden tab) is done now;
      // a map that grew or shrank frames its markers again for its new size
      if (el.clientWidth > 0 && el.clientHeight > 0) {
        if (el.__fitPending) { frame(el, el.__fitPending); el.__fitPending = null; }
        else if (el.__framed && !el.__moved) { frame(el, el.__framed); }
      }
    }).observe(el);
  }
  function layerOf(m) {
    var marker = m.colour
      ? L.circleMarker([m.lat, m.lng], { radius: 9, color: '#ffffff', weight: 2, fillColor: m.colour, fillOpacity: 0.95,
          pane: m.permanent ? 'overlayPane' : 'intervo-dots' })
      : L.marker([m.lat, m.lng], { icon: icon(), title: m.label || '' });
    if (m.label) { marker.bindTooltip(m.label, { permanent: !!m.permanent, direction: 'top', offset: [0, m.colour ? -8 : -30] }); }
    return marker;
  }
  // A cluster: a disc with the count; a click zooms to the cluster's extent, where the server sends its markers.
  function clusterOf(el, c) {
    var size = c.count < 100 ? 34 : c.count < 10000 ? 42 : 50;
    var html = '<div style="width:' + size + 'px;height:' + size + 'px;line-height:' + size + 'px;border-radius:50%;'
      + 'background:' + (c.colour || '#6d4c41') + ';color:#fff;font:600 12px sans-serif;text-align:center;'
      + 'border:2px solid #fff;box-shadow:0 0 3px rgba(0,0,0,.5)">' + c.count + '</div>';
    var marker = L.marker([c.lat, c.lng], { icon: L.divIcon({ html: html, className: 'intervo-cluster',
      iconSize: [size, size] }), keyboard: false });
    marker.on('click', function () {
      el.__map.fitBounds([[c.south, c.west], [c.north, c.east]], { animate: false });
    });
    return marker;
  }
  function setMarkers(el, markersJson, fit, clustersJson) {
    if (!el.__map) { return; }
    var markers = typeof markersJson === 'string' ? JSON.parse(markersJson) : markersJson;
    var clusters = clustersJson ? (typeof clustersJson === 'string' ? JSON.parse(clustersJson) : clustersJson) : [];
    el.__markers.clearLayers();
    el.__items = [];
    el.__byKey = {};
    var bounds = [];
    markers.forEach(function (m) {
      var marker = layerOf(m);
      marker.addTo(el.__markers);
      var item = { layer: marker, origin: L.latLng(m.lat, m.lng) };
      el.__items.push(item);
      if (m.key) { el.__byKey[m.key] = item; }
      bounds.push([m.lat, m.lng]);
    });
    clusters.forEach(function (c) {
      clusterOf(el, c).addTo(el.__markers);
      bounds.push([c.lat, c.lng]);
    });
    spread(el);
    el.setAttribute('data-markers', String(markers.length));
    el.setAttribute('data-clusters', String(clusters.length));
    if (fit && bounds.length > 0) {
      if (el.clientWidth > 0 && el.clientHeight > 0) { frame(el, bounds); } else { el.__fitPending = bounds; }
    }
  }
  // One marker added or replaced by its key (a live update): the rest of the map stays.
  function putMarker(el, markerJson) {
    if (!el.__map) { return; }
    var m = typeof markerJson === 'string' ? JSON.parse(markerJson) : markerJson;
    removeLayer(el, m.key);
    var marker = layerOf(m);
    marker.addTo(el.__markers);
    var item = { layer: marker, origin: L.latLng(m.lat, m.lng) };
    el.__items.push(item);
    el.__byKey[m.key] = item;
    spread(el);
    el.setAttribute('data-markers', String(el.__items.length));
  }
  function removeMarker(el, key) {
    if (!el.__map) { return; }
    removeLayer(el, key);
    spread(el);
    el.setAttribute('data-markers', String(el.__items.length));
  }
  function removeLayer(el, key) {
    var old = el.__byKey && el.__byKey[key];
    if (!old) { return; }
    el.__markers.removeLayer(old.layer);
    el.__items = el.__items.filter(function (it) { return it !== old; });
    delete el.__byKey[key];
  }
  function setReportView(el, report) {
    el.__reportView = report;
  }
  // Markers closer than a marker's size (a technician standing at a ticket's address, two tickets in one
  // building) are placed on a small circle around their common point, so none hides another.
  function spread(el) {
    var map = el.__map, items = el.__items || [];
    if (!map || items.length === 0) { return; }
    var points = items.map(function (it) { return map.latLngToLayerPoint(it.origin); });
    var placed = items.map(function () { return false; });
    items.forEach(function (it, i) {
      if (placed[i]) { return; }
      placed[i] = true;
      var group = [i];
      for (var j = i + 1; j < items.length; j++) {
        if (!placed[j] && points[i].distanceTo(points[j]) < 22) { group.push(j); placed[j] = true; }
      }
      if (group.length === 1) { it.layer.setLatLng(it.origin); return; }
      var radius = 12 + 4 * group.length;
      group.forEach(function (k, n) {
        var angle = 2 * Math.PI * n / group.length - Math.PI / 2;
        var p = points[i].add(L.point(Math.cos(angle) * radius, Math.sin(angle) * radius));
        items[k].layer.setLatLng(map.layerPointToLatLng(p));
      });
    });
  }
  // Fits the markers and their shown labels inside the map with a margin, so no label is cut at an edge.
  // Frames the markers now, and once more when the page has settled (a split layout or tab still sizing the map,
  // labels not yet placed), unless the person moved the map meanwhile.
  function frame(el, bounds) {
    fit(el, bounds);
    clearTimeout(el.__settle);
    el.__settle = setTimeout(function () {
      if (!el.__moved && el.__framed === bounds && el.clientWidth > 0 && el.clientHeight > 0) { fit(el, bounds); }
    }, 250);
  }
  function fit(el, bounds) {
    var map = el.__map;
    el.__framed = bounds;
    map.invalidateSize();
    if (bounds.length === 1) { map.setView(bounds[0], Math.max(map.getZoom(), 14), { animate: false }); }
    else { map.fitBounds(bounds, { padding: [48, 48], animate: false }); }
    spread(el);
    keepInside(el);
  }
  function keepInside(el) {
    var map = el.__map, margin = 6;
    for (var round = 0; round < 6; round++) {
      var box = el.getBoundingClientRect();
      var shown = el.querySelectorAll('.leaflet-tooltip, .leaflet-marker-icon, path.leaflet-interactive');
      if (shown.length === 0 || box.width === 0) { return; }
      var r = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      shown.forEach(function (node) {
        var b = node.getBoundingClientRect();
        r.left = Math.min(r.left, b.left); r.top = Math.min(r.top, b.top);
        r.right = Math.max(r.right, b.right); r.bottom = Math.max(r.bottom, b.bottom);
      });
      if (r.right - r.left > box.width - 2 * margin || r.bottom - r.top > box.height - 2 * margin) {
        if (map.getZoom() <= map.getMinZoom()) { return; }
        map.setZoom(map.getZoom() - 1, { animate: false });
        continue;
      }
      var dx = r.left < box.left + margin ? r.left - box.left - margin
        : r.right > box.right - margin ? r.right - box.right + margin : 0;
      var dy = r.top < box.top + margin ? r.top - box.top - margin
        : r.bottom > box.bottom - margin ? r.bottom - box.bottom + margin : 0;
      if (dx === 0 && dy === 0) { return; }
      map.panBy([dx, dy], { animate: false });
    }
  }
  function setPicking(el, picking) {
    el.__picking = picking;
    el.style.cursor = picking ? 'crosshair' : '';
  }
  return { init: init, setMarkers: setMarkers, putMarker: putMarker, removeMarker: removeMarker,
    setReportView: setReportView, setPicking: setPicking };
})();
