package nl.schaduwklant.probes.phone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.schaduwklant.probes.CallMark;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The consultant's page during consultant-assisted calls: the calls in progress, a button
 * per mark, and the review form once the call is over. It follows
 * {@value ConsultantCallController#PATH} once a second and posts the marks there the
 * moment a button is pressed. Small on purpose: the web application replaces it.
 */
@RestController
class ConsultantCallPage {

	private static final List<String> LABELS = List.of("title", "none", "organisation", "state",
			"state.RINGING_CONSULTANT", "state.DIALLING", "state.CONNECTED", "state.AWAITING_REVIEW", "mark.PERSON",
			"mark.CLOSED", "marked", "review", "review.properWelcome", "review.helped", "review.oneCallEnough",
			"review.callbackPromised", "review.note", "review.send", "precision");

	private final MessageSource messages;

	private final JsonMapper json;

	ConsultantCallPage(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@GetMapping(path = "/consultant-calls", produces = MediaType.TEXT_HTML_VALUE)
	String page(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String label : LABELS) {
			labels.put(label, this.messages.getMessage("consultant.page." + label, null, locale));
		}
		String title = HtmlUtils.htmlEscape(labels.get("title"));
		// the labels as JSON inside a <script>: "<" is escaped so no label can close it
		String labelsJson = this.json.writeValueAsString(labels).replace("<", "\\u003c");
		return """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>body{font-family:sans-serif;margin:2em}section{border:1px solid #ccc;padding:1em;margin:1em 0}
				button{font-size:1.4em;padding:.6em 1em;margin:.3em}small{color:#555}</style></head>
				<body><h1>%s</h1><p><small id="precision"></small></p><div id="calls"></div>
				<script>
				const L = %s;
				const MARKS = %s;
				document.getElementById('precision').textContent = L.precision;
				const api = '%s';
				function post(url, body) {
				  return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
				    .then(r => r.ok ? r.json() : r.json().then(p => alert(p.detail || p.title)));
				}
				function el(tag, text) { const e = document.createElement(tag); if (text) e.textContent = text; return e; }
				function render(calls) {
				  const root = document.getElementById('calls');
				  root.replaceChildren();
				  if (calls.length === 0) { root.append(el('p', L.none)); return; }
				  for (const call of calls) {
				    const s = el('section');
				    s.append(el('h2', call.organisation + ' (' + call.number + ')'));
				    s.append(el('p', L.state + ': ' + L['state.' + call.state]));
				    if (call.state === 'CONNECTED' || call.state === 'DIALLING') {
				      for (const mark of MARKS) {
				        const b = el('button', L['mark.' + mark]);
				        b.disabled = !!call.marks[mark];
				        b.onclick = () => post(api + '/' + call.probeId + '/marks', {mark}).then(refresh);
				        s.append(b);
				      }
				    }
				    for (const [mark, at] of Object.entries(call.marks)) s.append(el('p', L['mark.' + mark] + ' — ' + L.marked + ' ' + at));
				    if (call.state === 'AWAITING_REVIEW' && !call.reviewed) s.append(reviewForm(call));
				    root.append(s);
				  }
				}
				function reviewForm(call) {
				  const f = el('form');
				  f.append(el('h3', L.review));
				  for (const name of ['properWelcome', 'helped', 'oneCallEnough', 'callbackPromised']) {
				    const label = el('label'); const box = el('input'); box.type = 'checkbox'; box.name = name;
				    label.append(box, ' ' + L['review.' + name]); f.append(label, el('br'));
				  }
				  const note = el('textarea'); note.name = 'note'; note.placeholder = L['review.note']; f.append(note, el('br'));
				  const send = el('button', L['review.send']); f.append(send);
				  f.onsubmit = (e) => { e.preventDefault(); const body = {note: note.value};
				    for (const box of f.querySelectorAll('input')) body[box.name] = box.checked;
				    post(api + '/' + call.probeId + '/review', body).then(refresh); };
				  return f;
				}
				let editing = false;
				document.addEventListener('focusin', (e) => editing = !!e.target.closest('form'));
				document.addEventListener('focusout', () => editing = false);
				function refresh() { fetch(api).then(r => r.json()).then(render); }
				refresh();
				setInterval(() => { if (!editing) refresh(); }, 1000);
				</script></body></html>
				"""
			.formatted(HtmlUtils.htmlEscape(locale.getLanguage()), title, title, labelsJson,
					this.json.writeValueAsString(List.of(CallMark.values())), ConsultantCallController.PATH);
	}

}
