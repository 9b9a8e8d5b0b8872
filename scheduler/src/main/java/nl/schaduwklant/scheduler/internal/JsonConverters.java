package nl.schaduwklant.scheduler.internal;

import java.util.List;

import jakarta.persistence.Converter;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import tools.jackson.core.type.TypeReference;

/**
 * The JSON column converters of the scheduler's entities.
 */
final class JsonConverters {

	private JsonConverters() {
	}

	@Converter
	static class EndpointsConverter extends JsonAttributeConverter<Endpoints> {

		EndpointsConverter() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class OpeningHoursConverter extends JsonAttributeConverter<OpeningHours> {

		OpeningHoursConverter() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class StringListConverter extends JsonAttributeConverter<List<String>> {

		StringListConverter() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class AnswerKeyConverter extends JsonAttributeConverter<AnswerKey> {

		AnswerKeyConverter() {
			super(new TypeReference<>() {
			});
		}

	}

}
