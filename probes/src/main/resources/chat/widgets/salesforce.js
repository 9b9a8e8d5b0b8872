/* Salesforce Embedded Service chat: availability from onSettingsCallCompleted, messages
   from onAgentMessage (a bot's rich messages from onAgentRichMessage), the hand-off from
   onChatTransferSuccessful, the end from onChatEndedByAgent. Handlers are registered
   before the page calls embedded_svc.init, as Salesforce requires. */
(function (sk) {
  var available = null;
  var transferred = false;
  function register(svc) {
    svc.addEventHandler('onSettingsCallCompleted', function (data) { available = !!(data && data.isAgentAvailable); });
    svc.addEventHandler('onAgentMessage', function (data) {
      sk.message(transferred ? 'AGENT' : (sk.isBot(data.name) ? 'BOT' : 'AGENT'), data.name, data.content, 'api');
    });
    svc.addEventHandler('onAgentRichMessage', function (data) { sk.message('BOT', data.name, data.content, 'api'); });
    svc.addEventHandler('onChatTransferSuccessful', function () { transferred = true; sk.log({ type: 'handoff' }); });
    svc.addEventHandler('onChatEndedByAgent', function () { sk.ended('AGENT'); });
  }
  sk.vendor = {
    status: function () { return available === true ? 'available' : available === false ? 'offline' : null; },
    open: function () { window.embedded_svc.bootstrapEmbeddedService(); },
    close: function () {
      if (window.embedded_svc.liveAgentAPI) { window.embedded_svc.liveAgentAPI.endChat(); }
    },
    prefill: function (values) {
      var name = (values.name || '').trim();
      var split = name.lastIndexOf(' ');
      window.embedded_svc.settings.prepopulatedPrechatFields = {
        FirstName: split > 0 ? name.substring(0, split) : name,
        LastName: split > 0 ? name.substring(split + 1) : '',
        Email: values.email,
        Subject: values.topic
      };
    }
  };
  sk.whenGlobal('embedded_svc', function (svc) {
    var init = svc.init;
    if (typeof init === 'function') {
      svc.init = function () {
        register(svc);
        return init.apply(svc, arguments);
      };
    } else {
      register(svc);
    }
  });
})(window.__sk);
