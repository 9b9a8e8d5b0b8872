/* Intercom Messenger: opened with Intercom('show'), the visitor given with
   Intercom('update', …); its messages are read from the messenger frame's DOM. */
(function (sk) {
  sk.vendor = {
    open: function () { window.Intercom('show'); },
    close: function () { window.Intercom('hide'); },
    prefill: function (values) { window.Intercom('update', { name: values.name, email: values.email }); }
  };
  sk.whenGlobal('Intercom', function () {
    setTimeout(function () {
      window.Intercom('onShow', function () { sk.once('opened', { type: 'opened', via: 'api' }); });
    }, 0);
  });
})(window.__sk);
