package nl.schaduwklant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.schaduwklant.scheduler.InvalidCampaign;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every API error into an RFC 9457 problem detail, in the caller's language (Dutch
 * by default). Invalid input names every invalid field under {@code errors}.
 */
@RestControllerAdvice
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(invalid(ex.getBindingResult()));
	}

	@ExceptionHandler(InvalidCampaign.class)
	ResponseEntity<ProblemDetail> invalidCampaign(InvalidCampaign ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(invalid(ex.getErrors()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(text("problem.invalidInput.title", locale));
		String field = fieldOf(ex.getCause());
		if (field != null) {
			problem.setDetail(text("problem.unreadableField.detail", locale, field));
			problem.setProperty("errors",
					List.of(Map.of("field", field, "message", text("problem.unreadableField.message", locale))));
		}
		else {
			problem.setDetail(text("problem.unreadable.detail", locale));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail invalid(Errors errors) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, Object>> fields = new ArrayList<>();
		for (FieldError error : errors.getFieldErrors()) {
			fields.add(Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)));
		}
		for (ObjectError error : errors.getGlobalErrors()) {
			fields.add(Map.of("field", error.getObjectName(), "message", this.messages.getMessage(error, locale)));
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(text("problem.invalidInput.title", locale));
		problem.setDetail(text("problem.invalidInput.detail", locale,
				String.join(", ", fields.stream().map((field) -> (String) field.get("field")).distinct().toList())));
		problem.setProperty("errors", fields);
		return problem;
	}

	private static String fieldOf(Throwable cause) {
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			var path = new StringBuilder();
			for (JacksonException.Reference reference : databind.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
