/*
 * Qantar host script: include it once on a page that embeds Qantar iframes marked `data-qantar`.
 * It sizes each iframe to its content, and gives the page a small API:
 *   Qantar.setDate(iframe, '2022-01-06'); Qantar.play(iframe); Qantar.pause(iframe);
 *   iframe.addEventListener('qantar:date', (e) => console.log(e.detail.date));
 * Messages are taken only from the embedded window itself, at its own origin.
 */
(function () {
  'use strict';
  var frames = function () {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-qantar]'));
  };
  var originOf = function (iframe) {
    try {
      return new URL(iframe.src, location.href).origin;
    } catch (e) {
      return null;
    }
  };
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || typeof data.type !== 'string' || data.type.indexOf('qantar:') !== 0) return;
    frames().forEach(function (iframe) {
      if (e.source !== iframe.contentWindow || e.origin !== originOf(iframe)) return;
      if (data.type === 'qantar:height' && typeof data.height === 'number' && data.height > 0) {
        iframe.style.height = Math.ceil(data.height) + 'px';
      } else if ((data.type === 'qantar:date' || data.type === 'qantar:ready') && typeof data.date === 'string') {
        iframe.dispatchEvent(new CustomEvent(data.type, { detail: { date: data.date } }));
      }
    });
  });
  var send = function (iframe, message) {
    var origin = originOf(iframe);
    if (iframe.contentWindow && origin) iframe.contentWindow.postMessage(message, origin);
  };
  window.Qantar = {
    setDate: function (iframe, date) {
      send(iframe, { type: 'qantar:set-date', date: date });
    },
    play: function (iframe) {
      send(iframe, { type: 'qantar:play' });
    },
    pause: function (iframe) {
      send(iframe, { type: 'qantar:pause' });
    },
  };
})();
