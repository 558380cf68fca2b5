// Glue between the SignaturePad Vaadin component and signature_pad (MIT, loaded from its webjar).
window.intervoSignature = (function () {
  function init(el) {
    if (el.__pad) { return; }
    var canvas = document.createElement('canvas');
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    canvas.style.touchAction = 'none';
    el.appendChild(canvas);
    var pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: 'rgb(20,40,120)' });
    function size() {
      var ratio = Math.max(window.devicePixelRatio || 1, 1);
      var data = pad.isEmpty() ? null : pad.toData();
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d').scale(ratio, ratio);
      pad.clear();
      if (data) { pad.fromData(data); }
    }
    el.__pad = pad;
    size();
    new ResizeObserver(size).observe(canvas);
    pad.addEventListener('endStroke', function () { el.setAttribute('data-signed', 'true'); });
  }
  function clear(el) {
    if (el.__pad) { el.__pad.clear(); el.removeAttribute('data-signed'); }
  }
  function data(el) {
    return el.__pad && !el.__pad.isEmpty() ? el.__pad.toDataURL('image/png').split(',')[1] : '';
  }
  return { init: init, clear: clear, data: data };
})();

// The browser's GPS fix as "lat,lng,accuracy", or '' when there is none or the user said no.
window.intervoGeo = {
  fix: function () {
    return new Promise(function (resolve) {
      if (!navigator.geolocation) { resolve(''); return; }
      navigator.geolocation.getCurrentPosition(function (p) {
        resolve(p.coords.latitude + ',' + p.coords.longitude + ',' + p.coords.accuracy);
      }, function () { resolve(''); }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }
};
