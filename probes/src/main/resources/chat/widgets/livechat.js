/* LiveChat: its availability from LiveChatWidget.get('state'), its messages and their
   authors (agent, bot, customer) from the 'new_event' callback. */
(function (sk) {
  function widget() { return window.LiveChatWidget; }
  sk.vendor = {
    status: function () {
      try {
        var state = widget().get('state');
        return state.availability === 'online' ? 'available' : state.availability === 'offline' ? 'offline' : null;
      } catch (e) {
        return null;
      }
    },
    open: function () { widget().call('maximize'); },
    close: function () { widget().call('minimize'); },
    prefill: function (values) {
      if (values.name) { widget().call('set_customer_name', values.name); }
      if (values.email) { widget().call('set_customer_email', values.email); }
    }
  };
  sk.whenGlobal('LiveChatWidget', function (api) {
    api.on('new_event', function (event) {
      if (event.type === 'message') {
        var type = event.author && event.author.type;
        var author = type === 'customer' ? 'VISITOR' : type === 'bot' ? 'BOT' : type === 'agent' ? 'AGENT' : 'SYSTEM';
        sk.message(author, event.author && event.author.name, event.text, 'api');
      } else if (event.type === 'system_message') {
        sk.message('SYSTEM', null, event.text, 'api');
      }
    });
    api.on('visibility_changed', function (data) {
      if (data.visibility === 'maximized') { sk.once('opened', { type: 'opened', via: 'api' }); }
    });
  });
})(window.__sk);
