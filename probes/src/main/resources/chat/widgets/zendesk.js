/* Zendesk Messenger: opened and closed with zE('messenger', …); its messages are read from
   the messaging window's DOM (the Web Widget API has no message events). */
(function (sk) {
  sk.vendor = {
    open: function () { window.zE('messenger', 'open'); },
    close: function () { window.zE('messenger', 'close'); }
  };
  sk.whenGlobal('zE', function () {
    setTimeout(function () {
      window.zE('messenger:on', 'open', function () { sk.once('opened', { type: 'opened', via: 'api' }); });
    }, 0);
  });
})(window.__sk);
