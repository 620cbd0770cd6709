// The example article's use of the host API: a button that sets the map's date, and a caption that follows it.
(function () {
  'use strict';
  var iframe = document.getElementById('qantar-iframe');
  var caption = document.getElementById('host-date');
  document.getElementById('jump').addEventListener('click', function () {
    window.Qantar.setDate(iframe, '2022-01-06');
  });
  var show = function (e) {
    caption.textContent = 'The map shows ' + e.detail.date + '.';
  };
  iframe.addEventListener('qantar:ready', show);
  iframe.addEventListener('qantar:date', show);
})();
