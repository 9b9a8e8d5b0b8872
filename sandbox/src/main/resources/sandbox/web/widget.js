/*
 * The sandbox's imitation of chat widgets: the DOM and JavaScript API shape of Zendesk
 * Messenger (zE), Intercom (Intercom(...)), LiveChat (LiveChatWidget), Salesforce
 * Embedded Service (embedded_svc) and tawk.to (Tawk_API), and a generic widget placed in the
 * page, in a same-origin iframe or in a shadow root. No vendor code: only the shape our
 * adapters rely on. What the simulated organisation says, and when, comes from the
 * sandbox server; every message shown is reported to the server, which notes the instant
 * as ground truth. That instant is the system clock's (Date.now()), read right after the
 * element is inserted: the same clock the server reads, and not the page's
 * performance.now() that the probe converts, so the truth does not depend on the
 * conversion it checks. Messages are shown as text (textContent), never as HTML.
 */
(function () {
  var cfg = window.__sandbox;
  var token = null;
  var askedAt = null;

  /* Reports what was shown, and when, in a task of its own: sending it must not delay
     what else the page does in the task that showed it (the probe's recorder, for one). */
  function truth(kind, shownAt, extra) {
    var body = { org: cfg.org, token: token, kind: kind, at: shownAt };
    for (var key in (extra || {})) { body[key] = extra[key]; }
    setTimeout(function () {
      fetch('/truth', { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body) });
    }, 0);
  }
  function el(doc, tag, attributes, text) {
    var element = doc.createElement(tag);
    for (var name in (attributes || {})) { element.setAttribute(name, attributes[name]); }
    if (text !== undefined && text !== null) { element.textContent = text; }
    return element;
  }
  function show(element) { element.style.display = 'block'; }

  /* Where each widget kind keeps its parts. */
  var SKINS = {
    GENERIC: {
      launcher: function (doc) { return el(doc, 'button', { 'class': 'sk-launcher' }, 'Chat met ons'); },
      offline: function (doc) { return el(doc, 'div', { 'class': 'chat-offline' }, 'We zijn nu niet bereikbaar via chat.'); },
      preChat: function (doc) {
        var form = el(doc, 'div', { 'class': 'chat-prechat' });
        form.appendChild(el(doc, 'input', { 'class': 'chat-name', placeholder: 'Naam' }));
        form.appendChild(el(doc, 'input', { 'class': 'chat-email', placeholder: 'E-mail' }));
        form.appendChild(el(doc, 'button', { 'class': 'chat-start' }, 'Start'));
        return form;
      },
      input: function (doc) { return el(doc, 'textarea', { 'class': 'chat-input' }); },
      send: function (doc) { return el(doc, 'button', { 'class': 'chat-send' }, 'Verstuur'); },
      message: function (doc, author, name, text) {
        var message = el(doc, 'div', { 'class': 'chat-message from-' + author });
        message.appendChild(el(doc, 'span', { 'class': 'chat-author' }, name));
        message.appendChild(el(doc, 'p', { 'class': 'chat-text' }, text));
        return message;
      },
      typing: function (doc) { return el(doc, 'div', { 'class': 'chat-typing' }, 'typt…'); },
      ended: function (doc) { return el(doc, 'div', { 'class': 'chat-ended' }, 'Het gesprek is beëindigd.'); }
    },
    ZENDESK: {
      launcher: function (doc) { return el(doc, 'button', { 'data-testid': 'launcher-button' }, 'Messaging'); },
      offline: function (doc) { return el(doc, 'div', { 'data-testid': 'offline-notice' }, 'We zijn offline.'); },
      preChat: function (doc) {
        var form = el(doc, 'form', { 'data-testid': 'pre-chat-form' });
        form.appendChild(el(doc, 'input', { name: 'name' }));
        form.appendChild(el(doc, 'input', { name: 'email' }));
        form.appendChild(el(doc, 'button', { type: 'button', 'data-testid': 'start-conversation' }, 'Start'));
        return form;
      },
      input: function (doc) { return el(doc, 'textarea', { 'aria-label': 'Type a message' }); },
      send: function (doc) { return el(doc, 'button', { 'aria-label': 'Send message' }, '➤'); },
      message: function (doc, author, name, text) {
        var type = author === 'visitor' ? 'user' : author;
        var message = el(doc, 'div', { 'data-testid': 'message', 'data-author-type': type });
        message.appendChild(el(doc, 'span', { 'data-testid': 'message-author' }, name));
        message.appendChild(el(doc, 'p', { 'data-testid': 'message-text' }, text));
        return message;
      },
      typing: function (doc) { return el(doc, 'div', { 'data-testid': 'typing-indicator' }, '…'); },
      ended: function (doc) { return el(doc, 'div', { 'data-testid': 'conversation-ended' }, 'Gesprek beëindigd'); }
    },
    INTERCOM: {
      launcher: function (doc) { return el(doc, 'div', { 'class': 'intercom-launcher', role: 'button' }, '💬'); },
      offline: function (doc) { return el(doc, 'div', { 'class': 'intercom-offline-notice' }, 'Het team is offline.'); },
      input: function (doc) { return el(doc, 'textarea', { name: 'message' }); },
      send: function (doc) { return el(doc, 'button', { 'aria-label': 'Send a message' }, 'Stuur'); },
      message: function (doc, author, name, text) {
        var kind = { agent: 'admin', bot: 'bot', visitor: 'user', system: 'system' }[author];
        var container = el(doc, 'div', { 'class': 'intercom-comment-container-' + kind });
        var comment = el(doc, 'div', { 'class': 'intercom-comment' });
        comment.appendChild(el(doc, 'span', { 'class': 'intercom-comment-author' }, name));
        comment.appendChild(el(doc, 'div', { 'class': 'intercom-comment-body' }, text));
        container.appendChild(comment);
        return container;
      },
      typing: function (doc) { return el(doc, 'div', { 'class': 'intercom-typing-indicator' }, '…'); },
      ended: function (doc) { return el(doc, 'div', { 'class': 'intercom-conversation-ended' }, 'Gesprek gesloten'); }
    },
    LIVECHAT: {
      offline: function (doc) { return el(doc, 'div', { 'class': 'lc-offline' }, 'Laat een bericht achter.'); },
      preChat: function (doc) {
        var form = el(doc, 'form', { 'class': 'lc-prechat' });
        form.appendChild(el(doc, 'input', { id: 'name' }));
        form.appendChild(el(doc, 'input', { id: 'email' }));
        form.appendChild(el(doc, 'button', { type: 'submit', 'class': 'lc-start-chat' }, 'Start de chat'));
        form.addEventListener('submit', function (event) { event.preventDefault(); });
        return form;
      },
      input: function (doc) { return el(doc, 'textarea', { id: 'chat-feed-input' }); },
      send: function (doc) { return el(doc, 'button', { 'aria-label': 'Send a message' }, 'Stuur'); },
      message: function (doc, author, name, text) {
        var message = el(doc, 'div', { 'class': 'lc-message lc-message--' + author });
        message.appendChild(el(doc, 'span', { 'class': 'lc-author' }, name));
        message.appendChild(el(doc, 'div', { 'class': 'lc-text' }, text));
        return message;
      },
      typing: function (doc) { return el(doc, 'div', { 'class': 'lc-typing-indicator' }, '…'); },
      ended: function (doc) { return el(doc, 'div', { 'class': 'lc-chat-ended' }, 'De chat is gesloten.'); }
    },
    SALESFORCE: {
      launcher: function (doc) { return el(doc, 'button', { 'class': 'helpButtonEnabled' }, 'Chat met een medewerker'); },
      offline: function (doc) { return el(doc, 'button', { 'class': 'helpButtonDisabled', disabled: 'disabled' }, 'Agent offline'); },
      preChat: function (doc) {
        var form = el(doc, 'div', { 'class': 'prechatUI' });
        form.appendChild(el(doc, 'button', { 'class': 'startButton' }, 'Chat starten'));
        return form;
      },
      input: function (doc) { return el(doc, 'textarea', { 'class': 'chasitorText' }); },
      message: function (doc, author, name, text) {
        var message = el(doc, 'li', { 'class': 'chatMessage ' + (author === 'visitor' ? 'chasitor' : author) });
        message.appendChild(el(doc, 'span', { 'class': 'name' }, name));
        message.appendChild(el(doc, 'div', { 'class': 'chatContent' }, text));
        return message;
      },
      typing: function (doc) { return el(doc, 'div', { 'class': 'isTyping' }, '…'); },
      ended: function (doc) { return el(doc, 'div', { 'class': 'endChatMessage' }, 'Chat beëindigd'); }
    },
    TAWK: {
      offline: function (doc) { return el(doc, 'div', { 'class': 'tawk-offline' }, 'Offline'); },
      preChat: function (doc) {
        var form = el(doc, 'div', { 'class': 'tawk-prechat' });
        form.appendChild(el(doc, 'input', { id: 'tawk-name' }));
        form.appendChild(el(doc, 'input', { id: 'tawk-email' }));
        form.appendChild(el(doc, 'button', { 'class': 'tawk-prechat-submit' }, 'Start'));
        return form;
      },
      input: function (doc) { return el(doc, 'textarea', { 'class': 'tawk-chatinput-editor' }); },
      send: function (doc) { return el(doc, 'button', { 'class': 'tawk-chatinput-send' }, 'Stuur'); },
      message: function (doc, author, name, text) {
        var message = el(doc, 'div', { 'class': 'tawk-message tawk-' + author });
        message.appendChild(el(doc, 'div', { 'class': 'tawk-message-name' }, name));
        message.appendChild(el(doc, 'div', { 'class': 'tawk-message-text' }, text));
        return message;
      },
      typing: function (doc) { return el(doc, 'div', { 'class': 'tawk-typing' }, '…'); },
      ended: function (doc) { return el(doc, 'div', { 'class': 'tawk-chat-ended' }, 'Chat beëindigd'); }
    }
  };
  var skin = SKINS[cfg.widget];

  /* The vendor API, so the adapters have the same shape to talk to. */
  var api = { listeners: {}, opened: false };
  api.emit = function (name, data) { (api.listeners[name] || []).forEach(function (callback) { callback(data); }); };
  api.on = function (name, callback) { (api.listeners[name] = api.listeners[name] || []).push(callback); };

  var ui = {};

  function container() {
    if (cfg.widget === 'ZENDESK') {
      var launcherDoc = document;
      if (cfg.presence === 'ONLINE') {
        var launcherFrame = el(document, 'iframe', { id: 'launcher', title: 'Knop om berichtenvenster te openen' });
        document.body.appendChild(launcherFrame);
        launcherDoc = launcherFrame.contentDocument;
      }
      var frame = el(document, 'iframe', { title: 'Messaging window', style: 'display:none;width:380px;height:520px' });
      document.body.appendChild(frame);
      return { launcherDoc: launcherDoc, doc: frame.contentDocument, root: frame.contentDocument.body,
        reveal: function () { show(frame); } };
    }
    if (cfg.widget === 'INTERCOM') {
      var frame = el(document, 'iframe', { name: 'intercom-messenger-frame', style: 'display:none;width:380px;height:520px' });
      document.body.appendChild(frame);
      return { launcherDoc: document, doc: frame.contentDocument, root: frame.contentDocument.body,
        reveal: function () { show(frame); } };
    }
    if (cfg.widget === 'LIVECHAT') {
      var holder = el(document, 'div', { id: 'chat-widget-container' });
      var frame = el(document, 'iframe', { id: 'chat-widget', style: 'display:none;width:380px;height:520px' });
      holder.appendChild(frame);
      document.body.appendChild(holder);
      return { doc: frame.contentDocument, root: frame.contentDocument.body, reveal: function () { show(frame); } };
    }
    if (cfg.widget === 'TAWK') {
      var frame = el(document, 'iframe', { title: 'chat widget', style: 'display:none;width:380px;height:520px' });
      document.body.appendChild(frame);
      return { doc: frame.contentDocument, root: frame.contentDocument.body, reveal: function () { show(frame); } };
    }
    if (cfg.widget === 'SALESFORCE') {
      var button = el(document, 'div', { 'class': 'embeddedServiceHelpButton' });
      var sidebar = el(document, 'div', { 'class': 'embeddedServiceSidebar', style: 'display:none' });
      document.body.appendChild(button);
      document.body.appendChild(sidebar);
      return { launcherDoc: document, launcherParent: button, doc: document, root: sidebar, reveal: function () { show(sidebar); } };
    }
    if (cfg.placement === 'IFRAME') {
      var frame = el(document, 'iframe', { id: 'chat-frame', style: 'width:400px;height:560px' });
      document.body.appendChild(frame);
      var windowInFrame = el(frame.contentDocument, 'div', { 'class': 'chat-window', style: 'display:none' });
      frame.contentDocument.body.appendChild(windowInFrame);
      return { launcherDoc: frame.contentDocument, doc: frame.contentDocument, root: windowInFrame, reveal: function () { show(windowInFrame); } };
    }
    if (cfg.placement === 'SHADOW') {
      var host = el(document, 'div', { id: 'chat-host' });
      document.body.appendChild(host);
      var shadow = host.attachShadow({ mode: 'open' });
      var windowInShadow = el(document, 'div', { 'class': 'chat-window', style: 'display:none' });
      shadow.appendChild(windowInShadow);
      return { launcherDoc: document, launcherParent: shadow, doc: document, root: windowInShadow, reveal: function () { show(windowInShadow); } };
    }
    var windowInPage = el(document, 'div', { 'class': 'chat-window', style: 'display:none' });
    document.body.appendChild(windowInPage);
    return { launcherDoc: document, doc: document, root: windowInPage, reveal: function () { show(windowInPage); } };
  }

  function build() {
    var place = container();
    ui.place = place;
    var doc = place.doc;
    if (cfg.presence !== 'ONLINE') {
      var offline = skin.offline(place.launcherDoc || doc);
      (place.launcherParent || (place.launcherDoc || doc).body).appendChild(offline);
      if (!place.launcherDoc) { place.reveal(); }
      return;
    }
    if (skin.launcher && place.launcherDoc) {
      var launcher = skin.launcher(place.launcherDoc);
      launcher.addEventListener('click', open);
      (place.launcherParent || place.launcherDoc.body).appendChild(launcher);
    }
    ui.log = el(doc, 'div', { 'class': 'log' });
    place.root.appendChild(ui.log);
    if (cfg.preChatForm && skin.preChat) {
      ui.preChat = skin.preChat(doc);
      place.root.appendChild(ui.preChat);
      ui.preChat.querySelector('button').addEventListener('click', startChat);
    }
    ui.input = skin.input(doc);
    ui.input.style.display = ui.preChat ? 'none' : 'block';
    place.root.appendChild(ui.input);
    if (skin.send) {
      ui.send = skin.send(doc);
      ui.send.style.display = ui.preChat ? 'none' : 'inline-block';
      place.root.appendChild(ui.send);
      ui.send.addEventListener('click', ask);
    } else {
      ui.input.addEventListener('keydown', function (event) { if (event.key === 'Enter') { ask(); } });
    }
  }

  function open() {
    if (api.opened || !ui.place) { return; }
    api.opened = true;
    ui.place.reveal();
    api.emit('open');
  }
  function startChat() {
    ui.preChat.style.display = 'none';
    ui.input.style.display = 'block';
    if (ui.send) { ui.send.style.display = 'inline-block'; }
  }
  /* Shows an element in the chat's log; returns when, by the system clock. */
  function append(element) {
    ui.log.appendChild(element);
    return Date.now();
  }
  function render(author, name, text) {
    return append(skin.message(ui.place.doc, author, name, text));
  }

  function ask() {
    var question = ui.input.value;
    if (!question || askedAt !== null) { return; }
    askedAt = performance.now();
    var match = /SK-[0-9A-Z]{5}/.exec(question);
    token = match ? match[0] : null;
    var shownAt = render('visitor', cfg.visitorName || 'U', question);
    api.emit('visitor', question);
    truth('question', shownAt);
    ui.input.value = '';
    fetch('/chat/' + cfg.org + '/conversation', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: question })
      .then(function (response) { return response.json(); })
      .then(play);
  }

  function play(script) {
    script.events.forEach(function (event) {
      var delay = Math.max(0, askedAt + event.after - performance.now());
      setTimeout(function () { perform(event); }, delay);
    });
  }

  function perform(event) {
    if (event.kind === 'typing') {
      ui.typing = skin.typing(ui.place.doc);
      truth('typing', append(ui.typing));
    } else if (event.kind === 'bot' || event.kind === 'agent' || event.kind === 'system') {
      if (ui.typing) { ui.typing.remove(); ui.typing = null; }
      if (event.kind === 'agent' && !api.agentJoined) { api.agentJoined = true; api.emit('agentJoined', event.name); }
      var shownAt = render(event.kind, event.name, event.text);
      api.emit('message', event);
      truth(event.kind, shownAt, { name: event.name });
    } else if (event.kind === 'transfer') {
      api.emit('transfer');
    } else if (event.kind === 'hang') {
      truth('hang', Date.now());
      setTimeout(function () {
        var until = Date.now() + 600000;
        while (Date.now() < until) { /* the page stops responding */ }
      }, 0);
    } else if (event.kind === 'end') {
      var endedAt = append(skin.ended(ui.place.doc));
      api.emit('ended');
      truth('ended', endedAt);
    }
  }

  /* --- the vendors' JavaScript APIs --- */
  function installZendesk() {
    window.zE = function (scope, command, callback) {
      if (scope === 'messenger' && command === 'open') { open(); }
      if (scope === 'messenger' && command === 'close') { ui.place.root.style.display = 'none'; }
      if (scope === 'messenger:on' && command === 'open') { api.on('open', callback); }
      if (scope === 'messenger:on' && command === 'unreadMessages') { api.on('message', function () { callback(1); }); }
    };
  }
  function installIntercom() {
    window.Intercom = function (command, argument) {
      if (command === 'show' || command === 'showNewMessage') { open(); }
      if (command === 'hide') { ui.place.root.style.display = 'none'; }
      if (command === 'onShow') { api.on('open', argument); }
      if (command === 'onUnreadCountChange') { api.on('message', function () { argument(1); }); }
      if (command === 'update') { cfg.visitorName = argument && argument.name || cfg.visitorName; }
    };
    window.Intercom.booted = true;
  }
  function installLiveChat() {
    var state = { availability: cfg.presence === 'ONLINE' ? 'online' : 'offline', visibility: 'minimized' };
    var customer = {};
    window.LiveChatWidget = {
      on: function (name, callback) { api.on('lc:' + name, callback); },
      once: function (name, callback) { api.on('lc:' + name, callback); },
      off: function () {},
      get: function (name) { if (name === 'state') { return state; } if (name === 'customer_data') { return customer; } return null; },
      call: function (method, argument) {
        if (method === 'maximize') { open(); state.visibility = 'maximized'; api.emit('lc:visibility_changed', { visibility: 'maximized' }); }
        if (method === 'minimize') { state.visibility = 'minimized'; }
        if (method === 'set_customer_name') { customer.name = argument; }
        if (method === 'set_customer_email') { customer.email = argument; }
      }
    };
    api.on('visitor', function (text) {
      api.emit('lc:new_event', { type: 'message', text: text, author: { id: 'customer', type: 'customer' }, timestamp: Date.now() });
    });
    api.on('message', function (event) {
      api.emit('lc:new_event', event.kind === 'system' ? { type: 'system_message', text: event.text }
        : { type: 'message', text: event.text, author: { id: event.name, type: event.kind === 'bot' ? 'bot' : 'agent', name: event.name },
          timestamp: Date.now() });
    });
  }
  function installSalesforce() {
    var handlers = {};
    function fire(name, data) { (handlers[name] || []).forEach(function (handler) { handler(data || {}); }); }
    window.embedded_svc = {
      settings: { displayHelpButton: true, language: 'nl', prepopulatedPrechatFields: {} },
      addEventHandler: function (name, handler) { (handlers[name] = handlers[name] || []).push(handler); },
      init: function () {
        setTimeout(function () { fire('onSettingsCallCompleted', { isAgentAvailable: cfg.presence === 'ONLINE' }); }, 50);
      },
      bootstrapEmbeddedService: function () { open(); fire('onHelpButtonClick'); },
      liveAgentAPI: { endChat: function () { fire('onChatEndedByChasitor'); } }
    };
    api.on('visitor', function (text) { fire('onChatRequestSuccess', { liveAgentSessionKey: 'sandbox' }); fire('onChasitorMessage', { content: text }); });
    api.on('transfer', function () { fire('onChatTransferSuccessful', { liveAgentSessionKey: 'sandbox' }); });
    api.on('message', function (event) {
      fire(event.kind === 'bot' ? 'onAgentRichMessage' : 'onAgentMessage', { content: event.text, name: event.name, liveAgentSessionKey: 'sandbox' });
    });
    api.on('ended', function () { fire('onChatEndedByAgent', { liveAgentSessionKey: 'sandbox' }); });
  }
  function installTawk() {
    var tawk = window.Tawk_API;
    function call(name, data) { if (typeof tawk[name] === 'function') { tawk[name](data); } }
    tawk.maximize = function () { open(); call('onChatMaximized'); };
    tawk.getStatus = function () { return cfg.presence === 'ONLINE' ? 'online' : 'offline'; };
    tawk.setAttributes = function (attributes, callback) { if (callback) { callback(); } };
    tawk.endChat = function () {};
    api.on('visitor', function (text) { call('onChatStarted'); call('onChatMessageVisitor', { message: text }); });
    api.on('agentJoined', function (name) { call('onAgentJoinChat', { name: name, position: 'agent' }); });
    api.on('message', function (event) {
      if (event.kind === 'system') { call('onChatMessageSystem', { message: event.text }); }
      else { call('onChatMessageAgent', { message: event.text, name: event.name }); }
    });
    api.on('ended', function () { call('onChatEnded'); });
    call('onStatusChange', tawk.getStatus());
    call('onLoad');
  }

  function load() {
    if (cfg.presence === 'MISSING') { return; }
    build();
    if (cfg.widget === 'ZENDESK') { installZendesk(); }
    if (cfg.widget === 'INTERCOM') { installIntercom(); }
    if (cfg.widget === 'LIVECHAT') { installLiveChat(); }
    if (cfg.widget === 'SALESFORCE') { installSalesforce(); if (window.__sandboxReady) { window.__sandboxReady(); } }
    if (cfg.widget === 'TAWK') { installTawk(); }
  }
  /* Like the real loaders, the widget arrives a moment after the page. */
  setTimeout(load, cfg.loadDelay || 300);
})();
