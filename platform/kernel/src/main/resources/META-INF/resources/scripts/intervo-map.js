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
    map.on('click', function (e) {
      if (el.__picking && el.$server) { el.$server.picked(e.latlng.lat, e.latlng.lng); }
    });
    new ResizeObserver(function () {
      map.invalidateSize();
      // a fit asked for while the map had no size yet (a split layout still laying out) is done now
      if (el.__fitPending && el.clientWidth > 0 && el.clientHeight > 0) { frame(el, el.__fitPending); el.__fitPending = null; }
    }).observe(el);
  }
  function setMarkers(el, markersJson, fit) {
    if (!el.__map) { return; }
    var markers = typeof markersJson === 'string' ? JSON.parse(markersJson) : markersJson;
    el.__markers.clearLayers();
    var bounds = [];
    markers.forEach(function (m) {
      var marker = m.colour
        ? L.circleMarker([m.lat, m.lng], { radius: 9, color: '#ffffff', weight: 2, fillColor: m.colour, fillOpacity: 0.95 })
        : L.marker([m.lat, m.lng], { icon: icon(), title: m.label || '' });
      if (m.label) { marker.bindTooltip(m.label, { permanent: !!m.permanent, direction: 'top', offset: [0, m.colour ? -8 : -30] }); }
      marker.addTo(el.__markers);
      bounds.push([m.lat, m.lng]);
    });
    el.setAttribute('data-markers', String(markers.length));
    if (fit && bounds.length > 0) {
      if (el.clientWidth > 0 && el.clientHeight > 0) { frame(el, bounds); } else { el.__fitPending = bounds; }
    }
  }
  function frame(el, bounds) {
    el.__map.invalidateSize();
    if (bounds.length === 1) { el.__map.setView(bounds[0], Math.max(el.__map.getZoom(), 14)); }
    else { el.__map.fitBounds(bounds, { padding: [24, 24] }); }
  }
  function setPicking(el, picking) {
    el.__picking = picking;
    el.style.cursor = picking ? 'crosshair' : '';
  }
  return { init: init, setMarkers: setMarkers, setPicking: setPicking };
})();
