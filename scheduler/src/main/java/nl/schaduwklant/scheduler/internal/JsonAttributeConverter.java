package nl.schaduwklant.scheduler.internal;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a value object as JSON text in one column.
 *
 * @param <T> the value type
 */
abstract class JsonAttributeConverter<T> implements AttributeConverter<T, String> {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final TypeReference<T> type;

	JsonAttributeConverter(TypeReference<T> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(T attribute) {
		return (attribute != null) ? MAPPER.writeValueAsString(attribute) : null;
	}

	@Override
	public T convertToEntityAttribute(String column) {
		return (column != null) ? MAPPER.readValue(column, this.type) : null;
	}

}
