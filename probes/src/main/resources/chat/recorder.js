/*
 * Installed into a chat page by the chat probe. Records, with the page's own clock
 * (performance.now()), everything the probe measures: the widget's status, the chat
 * opening, the question, and every message with its author. Messages are read as text
 * (textContent): markup in them is never interpreted. Works on the page itself, inside a
 * same-origin iframe and inside an open shadow root.
 */
(function (cfg) {
  if (!cfg) {
    return 'no configuration';
  }
  if (window.__sk) {
    return 'already installed';
  }
  var sk = window.__sk = { events: [], cfg: cfg, seen: new WeakSet(), observed: null, flags: {} };

  sk.log = function (event) {
    event.t = performance.now();
    sk.events.push(event);
    return event.t;
  };
  sk.once = function (flag, event) {
    if (!sk.flags[flag]) {
      sk.flags[flag] = true;
      return sk.log(event);
    }
    return null;
  };
  sk.drain = function () {
    return sk.events.splice(0, sk.events.length);
  };
  /* Calls back with a global as soon as the page defines it, even when the page defines it
     after this script ran (it is installed before the page's own scripts). */
  sk.whenGlobal = function (name, callback) {
    if (window[name]) {
      callback(window[name]);
      return;
    }
    var value;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: true,
      get: function () { return value; },
      set: function (assigned) {
        value = assigned;
        Object.defineProperty(window, name, { configurable: true, enumerable: true, writable: true, value: assigned });
        callback(assigned);
      }
    });
  };

  function matches(element, selector) {
    if (!selector || !element || element.nodeType !== 1) {
      return false;
    }
    try {
      return element.matches(selector) || element.closest(selector) !== null || element.querySelector(selector) !== null;
    } catch (e) {
      return false;
    }
  }
  function visible(element) {
    if (!element) {
      return false;
    }
    var view = element.ownerDocument.defaultView;
    var style = view.getComputedStyle(element);
    return style.display !== 'none' && style.visibility !== 'hidden' && element.getClientRects().length > 0;
  }

  sk.root = function () {
    var doc = document;
    if (cfg.frame) {
      var frame = document.querySelector(cfg.frame);
      if (!frame) {
        return null;
      }
      try {
        doc = frame.contentDocument;
      } catch (e) {
        return null;
      }
      if (!doc || !doc.body) {
        return null;
      }
    }
    if (cfg.shadowHost) {
      var host = doc.querySelector(cfg.shadowHost);
      return host && host.shadowRoot ? host.shadowRoot : null;
    }
    return doc;
  };
  sk.find = function (selector) {
    if (!selector) {
      return null;
    }
    var root = sk.root();
    var found = root ? root.querySelector(selector) : null;
    return found || document.querySelector(selector);
  };

  sk.isBot = function (name) {
    return !!name && cfg.botNames.indexOf(name.trim()) >= 0;
  };
  sk.nameOf = function (element) {
    if (!cfg.authorName) {
      return null;
    }
    var name = element.querySelector(cfg.authorName);
    return name ? name.textContent.trim() : null;
  };
  sk.textOf = function (element) {
    var text = cfg.messageText ? element.querySelector(cfg.messageText) : null;
    return (text || element).textContent.trim();
  };
  sk.authorOf = function (element, name) {
    if (matches(element, cfg.visitorMarker)) {
      return 'VISITOR';
    }
    if (matches(element, cfg.systemMarker)) {
      return 'SYSTEM';
    }
    if (matches(element, cfg.botMarker) || sk.isBot(name)) {
      return 'BOT';
    }
    if (!cfg.agentMarker || matches(element, cfg.agentMarker)) {
      return 'AGENT';
    }
    return 'SYSTEM';
  };
  sk.message = function (author, name, text, via) {
    if (author === 'AGENT' && sk.isBot(name)) {
      author = 'BOT';
    }
    sk.log({ type: 'message', author: author, name: name || null, text: text, via: via || 'dom' });
  };

  sk.scan = function (root) {
    if (!cfg.messagesFromApi && cfg.message) {
      root.querySelectorAll(cfg.message).forEach(function (element) {
        if (sk.seen.has(element)) {
          return;
        }
        var text = sk.textOf(element);
        if (!text) {
          return;
        }
        sk.seen.add(element);
        var name = sk.nameOf(element);
        sk.message(sk.authorOf(element, name), name, text, 'dom');
      });
    }
    var typing = cfg.typingMarker ? root.querySelector(cfg.typingMarker) : null;
    if (typing && visible(typing)) {
      if (!sk.flags.typing) {
        sk.flags.typing = true;
        sk.log({ type: 'typing' });
      }
    } else {
      sk.flags.typing = false;
    }
    var ended = cfg.endedMarker ? root.querySelector(cfg.endedMarker) : null;
    if (ended && visible(ended)) {
      sk.ended('AGENT');
    }
    sk.isOpen();
  };
  sk.attach = function () {
    var root = sk.root();
    if (!root || sk.observed === root) {
      return !!root;
    }
    sk.observed = root;
    new MutationObserver(function () {
      sk.scan(root);
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden'] });
    sk.scan(root);
    return true;
  };

  sk.status = function () {
    if (sk.flags.status) {
      return sk.flags.status;
    }
    var status = sk.vendor && sk.vendor.status ? sk.vendor.status() : null;
    if (!status) {
      var offline = cfg.offlineMarker ? sk.find(cfg.offlineMarker) : null;
      var launcher = cfg.launcher ? sk.find(cfg.launcher) : null;
      var input = cfg.input ? sk.find(cfg.input) : null;
      if (offline && visible(offline)) {
        status = 'offline';
      } else if ((launcher && visible(launcher)) || (!cfg.launcher && input && visible(input))) {
        status = 'available';
      }
    }
    if (status) {
      sk.flags.status = status;
      sk.log({ type: status });
    }
    return status || 'unknown';
  };
  sk.open = function () {
    if (sk.vendor && sk.vendor.open) {
      sk.vendor.open();
    } else {
      var launcher = sk.find(cfg.launcher);
      if (launcher) {
        launcher.click();
      }
    }
    return sk.isOpen();
  };
  sk.isOpen = function () {
    var input = cfg.input ? sk.find(cfg.input) : null;
    var preChat = cfg.preChatSubmit ? sk.find(cfg.preChatSubmit) : null;
    if ((input && visible(input)) || (preChat && visible(preChat))) {
      sk.once('opened', { type: 'opened' });
      return true;
    }
    return false;
  };
  function fill(selector, value) {
    var field = selector ? sk.find(selector) : null;
    if (!field || value === null || value === undefined) {
      return false;
    }
    var view = field.ownerDocument.defaultView;
    var prototype = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype
      : field.tagName === 'SELECT' ? view.HTMLSelectElement.prototype : view.HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, value);
    field.dispatchEvent(new view.Event('input', { bubbles: true }));
    field.dispatchEvent(new view.Event('change', { bubbles: true }));
    return true;
  }
  sk.preChat = function (values) {
    if (sk.vendor && sk.vendor.prefill) {
      sk.vendor.prefill(values);
    }
    var submit = cfg.preChatSubmit ? sk.find(cfg.preChatSubmit) : null;
    if (!submit || !visible(submit)) {
      return false;
    }
    fill(cfg.preChatName, values.name);
    fill(cfg.preChatEmail, values.email);
    fill(cfg.preChatTopic, values.topic);
    submit.click();
    return true;
  };
  sk.canSend = function () {
    var input = cfg.input ? sk.find(cfg.input) : null;
    return !!input && visible(input) && !input.disabled;
  };
  sk.send = function (text) {
    var input = sk.find(cfg.input);
    if (!input) {
      return null;
    }
    fill(cfg.input, text);
    var button = cfg.send ? sk.find(cfg.send) : null;
    var at = sk.log({ type: 'sent', text: text });
    if (button) {
      button.click();
    } else {
      var view = input.ownerDocument.defaultView;
      input.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
    }
    return at;
  };
  sk.ended = function (by) {
    sk.once('ended', { type: 'ended', by: by });
  };
  sk.close = function () {
    sk.ended('VISITOR');
    if (sk.vendor && sk.vendor.close) {
      sk.vendor.close();
    }
  };

  setInterval(sk.attach, 50);
  sk.attach();
  return 'installed';
})(__SK_CONFIG__);
