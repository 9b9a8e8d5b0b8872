package nl.schaduwklant.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a request without (valid) credentials, or with a role that may not make it,
 * with a problem detail in the caller's language, as every other API error.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Schaduwklant\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String problem)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		String title = this.messages.getMessage("problem.access." + problem + ".title", null, locale);
		String detail = this.messages.getMessage("problem.access." + problem + ".detail", null, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status.value()
					+ ",\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI()) + "}");
	}

	private static String json(String text) {
		return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
	}

}
