package nl.schaduwklant.probes.phone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request reach the phone probe's webhooks ({@value #PATH}…) only when Twilio
 * signed it: {@code X-Twilio-Signature} is checked with the SDK's
 * {@link RequestValidator} against the URL Twilio was given (the configured public base
 * URL, so a proxy in front changes nothing) and, for form posts, the posted parameters,
 * for JSON bodies the body's SHA-256 ({@code bodySHA256}). A request without a signature,
 * with a wrong one, or signed for another URL gets a 403 and is logged without the
 * signature or any secret.
 */
class TwilioWebhookSignatures extends OncePerRequestFilter {

	static final String PATH = "/api/phone/";

	static final String HEADER = "X-Twilio-Signature";

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhookSignatures.class);

	private final WebhookAddress address;

	private final RequestValidator validator;

	TwilioWebhookSignatures(TwilioProperties properties, WebhookAddress address) {
		this.address = address;
		this.validator = properties.configured() ? new RequestValidator(properties.authToken()) : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// the path as the servlet container and Spring MVC map it (decoded, without
		// ";" parameters), so no spelling of a phone webhook's address passes unchecked
		return !org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request)
			.startsWith(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String signature = request.getHeader(HEADER);
		String refused = null;
		HttpServletRequest checked = request;
		if (this.validator == null) {
			refused = "no Twilio account is configured";
		}
		else if (signature == null || signature.isBlank()) {
			refused = "no " + HEADER + " header";
		}
		else {
			String url = signedUrl(request);
			boolean valid;
			if (MediaType.APPLICATION_JSON.isCompatibleWith(contentType(request))) {
				var body = new CachedBody(request);
				checked = body;
				valid = validJson(this.validator, url, body.text(), signature);
			}
			else {
				valid = this.validator.validate(url, postedParameters(request), signature);
			}
			if (!valid) {
				refused = "the signature does not match " + url;
			}
		}
		if (refused != null) {
			log.warn("Refused a request to {} that claims to come from Twilio: {}", request.getRequestURI(), refused);
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
						+ "\"detail\":\"This address accepts only requests signed by Twilio.\"}");
			return;
		}
		chain.doFilter(checked, response);
	}

	/**
	 * @return the URL Twilio signed: our public base URL with the request's path and
	 * query ({@code ws:} or {@code wss:} for a WebSocket handshake)
	 */
	private String signedUrl(HttpServletRequest request) {
		String base = this.address.base();
		if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
			base = base.replaceFirst("^http", "ws");
		}
		String query = request.getQueryString();
		return base + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	/**
	 * @return the parameters posted in the body: the servlet's parameters without those
	 * of the query string, which is part of the signed URL
	 */
	private static Map<String, String> postedParameters(HttpServletRequest request) {
		String query = request.getQueryString();
		Set<String> inQuery = (query == null) ? Set.of()
				: java.util.Arrays.stream(query.split("&"))
					.map((pair) -> java.net.URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
					.collect(Collectors.toSet());
		Map<String, String> posted = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!inQuery.contains(name) && values.length > 0) {
				posted.put(name, values[0]);
			}
		});
		return posted;
	}

	private static boolean validJson(RequestValidator validator, String url, String body, String signature) {
		try {
			return validator.validate(url, body, signature);
		}
		catch (URISyntaxException | RuntimeException ex) {
			return false;
		}
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType())
					: MediaType.APPLICATION_FORM_URLENCODED;
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * A request whose body was read to check its signature and can be read again.
	 */
	static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request) {
			super(request);
			try {
				this.body = request.getInputStream().readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// the whole body is already here: it can be read at once, to its end
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

				@Override
				public int read() {
					return in.read();
				}

			};
		}

	}

}
