/* tawk.to: status from onStatusChange and getStatus(), agents' names from
   onAgentJoinChat, messages from onChatMessageAgent and onChatMessageSystem, the end from
   onChatEnded. The page's own callbacks keep working: ours are called beside them. */
(function (sk) {
  var agent = null;
  var status = null;
  var ours = {
    onStatusChange: function (value) { status = value; },
    onAgentJoinChat: function (data) { agent = data && data.name; },
    onChatMessageAgent: function (message) {
      var text = typeof message === 'string' ? message : message && (message.message || message.text);
      var name = (message && message.name) || agent;
      sk.message('AGENT', name, text, 'api');
    },
    onChatMessageSystem: function (message) {
      sk.message('SYSTEM', null, typeof message === 'string' ? message : message && message.message, 'api');
    },
    onChatMaximized: function () { sk.once('opened', { type: 'opened', via: 'api' }); },
    onChatEnded: function () { sk.ended('AGENT'); }
  };
  function chain(api) {
    Object.keys(ours).forEach(function (name) {
      var theirs = api[name];
      Object.defineProperty(api, name, {
        configurable: true,
        get: function () {
          return function () {
            ours[name].apply(api, arguments);
            if (typeof theirs === 'function') { return theirs.apply(api, arguments); }
          };
        },
        set: function (callback) { theirs = callback; }
      });
    });
  }
  sk.vendor = {
    status: function () {
      var value = status || (window.Tawk_API && window.Tawk_API.getStatus ? window.Tawk_API.getStatus() : null);
      return value === 'online' ? 'available' : (value === 'offline' || value === 'away') ? 'offline' : null;
    },
    open: function () { window.Tawk_API.maximize(); },
    close: function () { if (window.Tawk_API.endChat) { window.Tawk_API.endChat(); } },
    prefill: function (values) {
      if (window.Tawk_API.setAttributes) {
        window.Tawk_API.setAttributes({ name: values.name, email: values.email }, function () {});
      }
    }
  };
  sk.whenGlobal('Tawk_API', chain);
})(window.__sk);
